import { describe, expect, it } from 'vitest';
import { COMMAND_REFERENCE } from '../../src/language/index.ts';
import { intentOf } from './fixtures/read-command.ts';

describe('COMMAND_REFERENCE', () => {
  it.each(COMMAND_REFERENCE.map((entry) => [entry.example, entry.intent] as const))('reads its example "%s" as a %s intent', (example, kind) => {
    expect(intentOf(example).kind).toBe(kind);
  });

  it('gives every form a syntax, a description and an example, each on one line', () => {
    for (const entry of COMMAND_REFERENCE) {
      for (const field of [entry.syntax, entry.description, entry.example]) {
        expect(field.trim()).not.toBe('');
        expect(field).not.toContain('\n');
      }
    }
  });

  it('lists each syntax once', () => {
    const syntaxes = COMMAND_REFERENCE.map((entry) => entry.syntax);
    expect(new Set(syntaxes).size).toBe(syntaxes.length);
  });
});
