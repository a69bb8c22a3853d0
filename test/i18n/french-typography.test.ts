import { describe, expect, it } from 'vitest';
import { french } from '../../src/i18n/index.ts';
import { englishTypographyFaults, frenchTypographyFaults } from './typography-faults.ts';

describe('french', () => {
  it('puts no-break spaces before : and inside « », and narrow ones before ; ? !', () => {
    expect(french`Règles : ${'Lunch'} ; « ${'Noël'} » ? Oui !`).toBe('Règles\u00A0: Lunch\u202F; «\u00A0Noël\u00A0»\u202F? Oui\u202F!');
  });

  it('adds the spaces inside guillemets written without them', () => {
    expect(french`«${'état'}»`).toBe('«\u00A0état\u00A0»');
  });

  it('leaves the values as they are', () => {
    expect(french`Je ne connais pas « ${'a : b ?'} ».`).toBe('Je ne connais pas «\u00A0a : b ?\u00A0».');
  });
});

describe('frenchTypographyFaults', () => {
  it('accepts text set by french``, with a time and a web address', () => {
    expect(frenchTypographyFaults(french`Essayez « règle "Noël" désactivée » ou « 2026-12-24T10:00 » ; voir https://example.com/a?b=c.`)).toEqual([]);
  });

  it.each([
    ['Règles: Lunch', 'no no-break space before ":" at 6'],
    ['Règles : Lunch', 'no no-break space before ":" at 7'],
    ['Vraiment ?', 'no narrow no-break space before "?" at 9'],
    ['Essayez « état ».', 'no no-break space after "«" at 8'],
    ['Essayez "état".', 'straight quotes outside « »'],
  ])('finds English typography in %j', (text, fault) => {
    expect(frenchTypographyFaults(text)).toContain(fault);
  });
});

describe('englishTypographyFaults', () => {
  it('finds guillemets and spaces before punctuation', () => {
    expect(englishTypographyFaults('Rules : « Lunch »')).toEqual(['guillemets', 'a space before : ; ? or !']);
    expect(englishTypographyFaults('Rules: "Lunch"; see https://example.com/?a=b')).toEqual([]);
  });
});
