import { inEachLanguage, type Said } from '../../src/i18n/index.ts';

/** A fixture's text, the same in each language: for tests about where a text goes, not its words. */
export function sameInEachLanguage(text: string): Said {
  return inEachLanguage(() => text);
}
