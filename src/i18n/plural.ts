import type { Language } from './language.ts';

/**
 * The forms of a word by plural category. French needs `many` only for the millions
 * ("1 000 000 de règles"); without it `other` is used.
 */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
  readonly many?: string;
}

const RULES: Readonly<Record<Language, Intl.PluralRules>> = { en: new Intl.PluralRules('en'), fr: new Intl.PluralRules('fr') };

/**
 * The form of a word for a count, by the language's own rules: English says "0 rules" and
 * "1 rule", French "0 règle" and "1 règle" (0 and 1 are both singular there), "1,5 heure".
 */
export function plural(language: Language, count: number, forms: PluralForms): string {
  const category = RULES[language].select(count);
  if (category === 'one') return forms.one;
  if (category === 'many') return forms.many ?? forms.other;
  return forms.other;
}
