import { message } from '../catalogue.ts';
import { french } from '../french-typography.ts';
import type { Language } from '../language.ts';

const LANGUAGE_NAMES: Readonly<Record<Language, Readonly<Record<Language, string>>>> = {
  en: { en: 'English', fr: 'French' },
  fr: { en: 'anglais', fr: 'français' },
};

/** What is said about the language a command was read in, and about choosing one. */
export const READING_MESSAGES = {
  /** Before the answer, when the command was read in the other language than the person's. */
  'read-in-other-language': message<{ read: Language }>({
    en: ({ read }) => `(Read as ${LANGUAGE_NAMES.en[read]}.)`,
    fr: ({ read }) => `(Lu en ${LANGUAGE_NAMES.fr[read]}.)`,
    examples: [{ read: 'en' }, { read: 'fr' }],
  }),
  /** The console's `:lang` answer. */
  'language-chosen': message<{ language: Language }>({
    en: ({ language }) => `Commands are read in ${LANGUAGE_NAMES.en[language]} first, and answers are in ${LANGUAGE_NAMES.en[language]}.`,
    fr: ({ language }) => `Les commandes sont lues d'abord en ${LANGUAGE_NAMES.fr[language]}, et les réponses sont en ${LANGUAGE_NAMES.fr[language]}.`,
    examples: [{ language: 'en' }, { language: 'fr' }],
  }),
  'language-unknown': message<{ text: string }>({
    en: ({ text }) => `":lang ${text}" is not a language I speak: use :lang en (English) or :lang fr (French).`,
    fr: ({ text }) => french`« :lang ${text} » n'est pas une langue que je parle : utilisez :lang fr (français) ou :lang en (anglais).`,
    examples: [{ text: 'de' }],
  }),
};
