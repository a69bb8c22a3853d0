/**
 * The digits of a phone number or caller-ID prefix, which is how RingCentral compares them:
 * `+1 (415) 555-0100` and `14155550100` are the same number.
 */
export function normalizePhoneNumber(value: string): string {
  return value.replace(/\D/g, '');
}
