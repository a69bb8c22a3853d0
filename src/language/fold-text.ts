/**
 * A name or phrase reduced for comparison: lower case, accents removed, spaces collapsed, so
 * "Chloe" finds "Chloé" and "SALES  queue" finds "Sales Queue".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
