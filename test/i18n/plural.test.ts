import { describe, expect, it } from 'vitest';
import { plural } from '../../src/i18n/index.ts';

const RULE = { one: 'rule', other: 'rules' };
const REGLE = { one: 'règle', other: 'règles' };

describe('plural', () => {
  it.each([
    [0, 'rules'],
    [1, 'rule'],
    [2, 'rules'],
    [1.5, 'rules'],
  ])('says %s %s in English', (count, form) => {
    expect(plural('en', count, RULE)).toBe(form);
  });

  it.each([
    [0, 'règle'],
    [1, 'règle'],
    [1.5, 'règle'],
    [2, 'règles'],
    [1_000_000, 'règles'],
  ])('says %s %s in French, where 0 and 1 are singular', (count, form) => {
    expect(plural('fr', count, REGLE)).toBe(form);
  });

  it('uses the French form for the millions when one is given', () => {
    expect(plural('fr', 1_000_000, { one: 'règle', other: 'règles', many: 'de règles' })).toBe('de règles');
    expect(plural('fr', 2, { one: 'règle', other: 'règles', many: 'de règles' })).toBe('règles');
  });
});
