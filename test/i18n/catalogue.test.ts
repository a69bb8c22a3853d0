import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { message, say } from '../../src/i18n/index.ts';
import { catalogueFaults } from './catalogue-faults.ts';

const MESSAGES_FOLDER = new URL('../../src/i18n/messages/', import.meta.url);

// Every messages file, found on disk, so a new one is checked without being listed here.
const CATALOGUE_FILES = readdirSync(MESSAGES_FOLDER).filter((file) => file.endsWith('.ts'));
const CATALOGUE_MODULES = await Promise.all(
  CATALOGUE_FILES.map(async (file) => [file, (await import(new URL(file, MESSAGES_FOLDER).href)) as Readonly<Record<string, unknown>>] as const),
);

describe('the message catalogues', () => {
  it('are found on disk', () => {
    expect(CATALOGUE_FILES).toContain('refusals.ts');
  });

  it.each(CATALOGUE_MODULES)('%s says every entry in every language with each of its examples, in that language\'s typography', (_file, exports) => {
    expect(catalogueFaults(exports)).toEqual([]);
  });
});

describe('catalogueFaults', () => {
  const greeting = message<{ name: string }>({ en: ({ name }) => `Hello, ${name}.`, fr: ({ name }) => `Bonjour, ${name}.`, examples: [{ name: 'Alice' }] });

  it('finds nothing wrong with a catalogue in both languages', () => {
    expect(catalogueFaults({ GREETINGS: { hello: greeting } })).toEqual([]);
  });

  it('finds an entry without a French wording', () => {
    const { fr: _dropped, ...englishOnly } = greeting;
    expect(catalogueFaults({ GREETINGS: { hello: englishOnly } })).toEqual(['GREETINGS.hello: no fr wording']);
  });

  it('finds an entry that says nothing for one of its examples', () => {
    const shy = message<{ name: string }>({ en: ({ name }) => name, fr: ({ name }) => `Bonjour, ${name}.`, examples: [{ name: 'Alice' }, { name: ' ' }] });
    expect(catalogueFaults({ GREETINGS: { shy } })).toEqual(['GREETINGS.shy in en with {"name":" "}: empty']);
  });

  it('finds a value that went astray', () => {
    const astray = message<{ name: string }>({ en: ({ name }) => `Hello, ${name}.`, fr: () => `Bonjour, ${String(undefined)}.`, examples: [{ name: 'Alice' }] });
    expect(catalogueFaults({ GREETINGS: { astray } })).toEqual(['GREETINGS.astray in fr with {"name":"Alice"}: says "undefined"']);
  });

  it('finds English typography in French', () => {
    const question = message({ en: () => 'Ready?', fr: () => 'Prêt?' });
    expect(catalogueFaults({ QUESTIONS: { question } })).toHaveLength(1);
  });

  it('finds an export that is not a catalogue, and a messages file that exports none', () => {
    expect(catalogueFaults({ GREETINGS: 'Hello' })).toEqual(['GREETINGS: not a catalogue of messages']);
    expect(catalogueFaults({})).toEqual(['no catalogue']);
  });
});

describe('say', () => {
  const rules = message<{ count: number }>({ en: ({ count }) => `${count} rules`, fr: ({ count }) => `${count} règles`, examples: [{ count: 2 }] });

  it('says a message in the language asked for', () => {
    expect(say('en', rules, { count: 2 })).toBe('2 rules');
    expect(say('fr', rules, { count: 2 })).toBe('2 règles');
  });

  it('says a message without values with no values given', () => {
    expect(say('fr', message({ en: () => 'Commands:', fr: () => 'Commandes :' }))).toBe('Commandes :');
  });
});
