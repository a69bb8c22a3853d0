import type { Message, NoValues } from './catalogue.ts';
import { LANGUAGES, type Language } from './language.ts';

/**
 * A text said in every language. The parts that word something before knowing who will read it
 * (a diff stored with its request, a workflow outcome, a warning) say it in each language at
 * once; the adapter that shows it picks the reader's (`said[language]`).
 */
export type Said = Readonly<Record<Language, string>>;

/** The text in each language from a function of the language. */
export function inEachLanguage(word: (language: Language) => string): Said {
  return guarded(Object.fromEntries(LANGUAGES.map((language) => [language, word(language)])) as Record<Language, string>);
}

/**
 * A text in a template literal (`${change.text}`) type-checks whatever it is, so a Said used where
 * a string was meant throws at once instead of showing "[object Object]" to someone.
 */
function guarded(said: Record<Language, string>): Said {
  Object.defineProperty(said, 'toString', {
    enumerable: false,
    value: () => {
      throw new TypeError(`A text said in each language was used as one string; pick the reader's language ("${said.en}")`);
    },
  });
  return said;
}

/** A catalogue entry said in each language: `sayEach(RULE_COUNT, { count: 2 })` is `{ en: '2 rules', fr: '2 règles' }`. */
export function sayEach<Values extends object>(entry: Message<Values>, ...values: NoValues extends Values ? [values?: Values] : [values: Values]): Said {
  return inEachLanguage((language) => entry[language](values[0] ?? ({} as Values)));
}

/**
 * A text stored before it was said in each language (requests, drafts and audit entries written
 * by an earlier version kept one English string): the same words whatever the language.
 */
export function saidFromStored(stored: string | Said): Said {
  return typeof stored === 'string' ? inEachLanguage(() => stored) : guarded({ en: stored.en, fr: stored.fr });
}

/**
 * A text another part words in English only and that is shown as it comes, in either language: an
 * error of the store, the configuration or a library, quoted inside a sentence of the catalogue.
 */
export function inEnglishOnly(english: string): Said {
  return inEachLanguage(() => english);
}
