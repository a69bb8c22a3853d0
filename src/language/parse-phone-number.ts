/** A phone number as people type it: digits with an optional +, spaces, dots, dashes, parentheses. */
export const PHONE_PATTERN = String.raw`\+?\d(?:[\d\s().-]*\d)?`;

/**
 * Reads a phone number, whole or partial ("+1 (415) 555-0100", "+1 415"), into digits with an
 * optional leading + ("+14155550100", "+1415"). Null when it is not one (letters, or more than
 * the 15 digits E.164 allows).
 */
export function parsePhoneNumber(text: string): string | null {
  const trimmed = text.trim();
  if (!new RegExp(`^${PHONE_PATTERN}$`).test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length === 0 || digits.length > 15) return null;
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}
