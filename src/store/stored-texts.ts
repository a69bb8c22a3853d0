import { saidFromStored, type Said } from '../i18n/index.ts';

/**
 * Changes or warnings as a request or draft row holds them (JSON), each text said in each language.
 * Rows written before texts were said in French hold one English string; they read as that string
 * in every language.
 */
export function parseStoredTexts<Item extends { readonly text: Said }>(json: string): Item[] {
  const items = JSON.parse(json) as Array<Omit<Item, 'text'> & { readonly text: string | Said }>;
  return items.map((item) => ({ ...item, text: saidFromStored(item.text) }) as unknown as Item);
}
