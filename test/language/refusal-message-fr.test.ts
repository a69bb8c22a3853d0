import { describe, expect, it } from 'vitest';
import { REFUSAL_MESSAGES } from '../../src/i18n/index.ts';
import { parseCommand, REFUSAL_CODES, refusalMessage } from '../../src/language/index.ts';
import type { CustomRule } from '../../src/callflow/model.ts';
import { companyContext, CUSTOM_RULES, NOW } from './fixtures/company-context.ts';

const NBSP = '\u00A0';
const NARROW = '\u202F';

// A French example in a refusal is a whole command or a part of one: each is tried alone and in
// the commands it can be part of (a date, a target, a caller, a ring mode, a rule action, …).
const FRAMES: ReadonlyArray<(example: string) => string> = [
  (example) => example,
  (example) => `envoyer vers la messagerie ${example}`,
  (example) => `envoyer vers la messagerie le 31 déc. ${example}`,
  (example) => `envoyer vers la messagerie le 25 déc. ${example}`,
  (example) => `envoyer vers ${example}`,
  (example) => `envoyer vers la messagerie quand le ${example} appelle`,
  (example) => `tester ${example}`,
  (example) => `fermer maintenant jusqu'à ${example}`,
  (example) => `fériés ${example} 2027`,
  (example) => `règle "Lunch" ${example}`,
  (example) => `sonner Sales ${example}`,
];

// The French examples switch off a rule named "Noël", which this company has besides its own.
const NOEL: CustomRule = { ...CUSTOM_RULES[0]!, id: 'r5', name: 'Noël' };
const CONTEXT = companyContext(NOW, { customRules: [...CUSTOM_RULES, NOEL] });

const TEXT = 'xyz';

/**
 * Every « … » of every French refusal. The text at fault is left empty, so that the wordings that
 * build their example from it give their own ("approuver 12", "fériés CA-QC 2027").
 */
function frenchExamples(): ReadonlyArray<string> {
  const said = REFUSAL_CODES.map((code) => refusalMessage(code, '', [], 'fr'));
  const quoted = said.flatMap((message) => [...message.matchAll(/«\u00A0(.*?)\u00A0»/g)].map((match) => match[1] ?? ''));
  return [...new Set(quoted)].filter((example) => example !== '');
}

describe('refusalMessage in French', () => {
  it('has a message in both languages for every refusal code, and no other', () => {
    expect(Object.keys(REFUSAL_MESSAGES).sort()).toEqual([...REFUSAL_CODES].sort());
  });

  it('is French, not the English, for every refusal code', () => {
    for (const code of REFUSAL_CODES) expect(refusalMessage(code, TEXT, [], 'fr')).not.toBe(refusalMessage(code, TEXT, [], 'en'));
  });

  it('quotes the text at fault in guillemets and suggests French commands', () => {
    expect(refusalMessage('command-unknown', 'redémarrer', [], 'fr')).toBe(
      `Je ne connais pas la commande «${NBSP}redémarrer${NBSP}». Essayez «${NBSP}envoyer vers la messagerie le 25 déc.${NBSP}», «${NBSP}heures lun.-ven. 9 h-17 h, sam. 10 h-14 h${NBSP}» ou «${NBSP}état${NBSP}».`,
    );
  });

  it('offers the names close to an unknown destination as a French question', () => {
    expect(refusalMessage('target-unknown', 'Alise', ['Alice Smith (ext 101)'], 'fr')).toBe(
      `Je ne connais pas la destination «${NBSP}Alise${NBSP}». Vouliez-vous dire${NBSP}: Alice Smith (ext 101)${NARROW}?`,
    );
  });

  it('repeats the command word as typed when the request number is missing', () => {
    expect(refusalMessage('request-id-missing', 'défaire', [], 'fr')).toContain(`«${NBSP}défaire 12${NBSP}»`);
    expect(refusalMessage('request-id-missing', '', [], 'fr')).toContain(`«${NBSP}approuver 12${NBSP}»`);
  });

  it('says English by default', () => {
    expect(refusalMessage('rule-unknown', 'Dinner')).toBe('There is no rule "Dinner". Type "rules" to list them.');
  });

  it('refuses dates that are neither English nor French in both languages', () => {
    expect(refusalMessage('date-language', '25. Dezember')).toBe('I read dates in English and French, and "25. Dezember" is neither. Write it like "Dec 25" or "2027-12-25".');
    expect(refusalMessage('date-language', '25. Dezember', [], 'fr')).toContain('ni l\'un ni l\'autre');
  });

  it.each(frenchExamples())('suggests «\u00A0%s\u00A0», which the French grammar reads', (example) => {
    const reading = FRAMES.map((frame) => parseCommand(frame(example), CONTEXT, { language: 'fr' })).find((result) => result.ok && result.language === 'fr');
    expect(reading, `no command with «${example}» was read in French`).toBeDefined();
  });
});
