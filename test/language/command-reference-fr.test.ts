import { describe, expect, it } from 'vitest';
import type { CustomRule } from '../../src/callflow/model.ts';
import { commandReference, COMMAND_REFERENCE, parseCommand } from '../../src/language/index.ts';
import { frenchTypographyFaults } from '../i18n/typography-faults.ts';
import { companyContext, CUSTOM_RULES, NOW } from './fixtures/company-context.ts';

// The French example switches off a rule named "Noël", which this company has besides its own.
const NOEL: CustomRule = { ...CUSTOM_RULES[0]!, id: 'r5', name: 'Noël' };
const CONTEXT = companyContext(NOW, { customRules: [...CUSTOM_RULES, NOEL] });

const FRENCH = commandReference('fr');

describe('the French command reference', () => {
  it.each(FRENCH.map((entry) => [entry.example, entry.intent] as const))('reads its example "%s" in French as a %s intent', (example, kind) => {
    const result = parseCommand(example, CONTEXT, { language: 'fr' });
    expect(result.ok ? result.intent.kind : `refused: ${result.code} "${result.text}"`).toBe(kind);
    // Read by the French grammar, not by the fall-back to English.
    expect(result.language).toBe('fr');
  });

  it('has every form of the English reference, in the same order', () => {
    expect(FRENCH.map((entry) => entry.intent)).toEqual(COMMAND_REFERENCE.map((entry) => entry.intent));
  });

  it('gives every form a French syntax, description and example, each on one line and none the English one', () => {
    for (const [index, entry] of FRENCH.entries()) {
      const english = COMMAND_REFERENCE[index]!;
      for (const field of ['syntax', 'description', 'example'] as const) {
        expect(entry[field].trim()).not.toBe('');
        expect(entry[field]).not.toContain('\n');
      }
      expect(entry.description).not.toBe(english.description);
    }
  });

  it('lists each French syntax once', () => {
    const syntaxes = FRENCH.map((entry) => entry.syntax);
    expect(new Set(syntaxes).size).toBe(syntaxes.length);
  });

  it.each(FRENCH.map((entry) => [entry.syntax, entry.description] as const))('describes "%s" in French typography', (_syntax, description) => {
    expect(frenchTypographyFaults(description)).toEqual([]);
  });
});
