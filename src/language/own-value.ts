/**
 * The value a lookup table holds for a key typed by a user, or undefined. A plain `table[key]`
 * also finds what every object inherits, so "constructor 12" read as a command kind named
 * `Object` and "9 constructor" as a time with a meridiem.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
