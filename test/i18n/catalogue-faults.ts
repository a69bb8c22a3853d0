import { LANGUAGES } from '../../src/i18n/index.ts';
import { englishTypographyFaults, frenchTypographyFaults } from './typography-faults.ts';

const TYPOGRAPHY = { en: englishTypographyFaults, fr: frenchTypographyFaults } as const;

// Signs of a value that was not the one the wording expected.
const LEAKS = ['undefined', 'null', 'NaN', '[object Object]'];

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What is wrong with the catalogues a messages file exports, one line per fault: an export that
 * is not a catalogue, an entry without examples or without a wording in some language, and what
 * an entry says with each of its examples in each language when that is empty, shows a value
 * that went astray, or breaks the language's typography.
 */
export function catalogueFaults(exports: Readonly<Record<string, unknown>>): ReadonlyArray<string> {
  const faults: string[] = [];
  if (Object.keys(exports).length === 0) faults.push('no catalogue');
  for (const [name, catalogue] of Object.entries(exports)) {
    if (!isRecord(catalogue) || Object.keys(catalogue).length === 0) {
      faults.push(`${name}: not a catalogue of messages`);
      continue;
    }
    for (const [key, entry] of Object.entries(catalogue)) faults.push(...entryFaults(`${name}.${key}`, entry));
  }
  return faults;
}

function entryFaults(where: string, entry: unknown): ReadonlyArray<string> {
  if (!isRecord(entry)) return [`${where}: not a message`];
  const examples = entry['examples'];
  if (!Array.isArray(examples) || examples.length === 0) return [`${where}: no examples`];
  const faults: string[] = [];
  for (const language of LANGUAGES) {
    const wording = entry[language];
    if (typeof wording !== 'function') {
      faults.push(`${where}: no ${language} wording`);
      continue;
    }
    for (const example of examples) {
      const said: unknown = wording(example);
      const shown = `${where} in ${language} with ${JSON.stringify(example)}`;
      if (typeof said !== 'string' || said.trim() === '') faults.push(`${shown}: empty`);
      else {
        faults.push(...LEAKS.filter((leak) => said.includes(leak)).map((leak) => `${shown}: says "${leak}"`));
        faults.push(...TYPOGRAPHY[language](said).map((fault) => `${shown}: ${fault} in ${JSON.stringify(said)}`));
      }
    }
  }
  return faults;
}
