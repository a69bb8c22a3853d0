import { describe, expect, it } from 'vitest';
import { intentSchema, isChangeIntent, isWorkflowIntent } from '../../src/language/index.ts';
import { expectTwinRefusals, expectTwins, intentIn, refusalIn } from './fixtures/read-french.ts';

// French twins of parse-workflow-command.test.ts.

describe('parseCommand in French: listing requests', () => {
  it.each(['demandes', 'en attente', 'lister les demandes', 'afficher les demandes en attente', 'Demandes'])('reads "%s" as the pending requests', (text) => {
    expect(intentIn('fr', text)).toEqual({ kind: 'list-requests' });
  });
});

describe('parseCommand in French: acting on one request', () => {
  it.each([
    ['approuver 12', 'approve 12'],
    ['approuver #12', 'approve #12'],
    ['Approuver la demande #7', 'Approve request #7'],
    ['approuver la demande n° 7', 'approve request #7'],
    ['approuver # 3', 'approve # 3'],
    ['valider 3', 'approve 3'],
    ['annuler 4', 'cancel 4'],
    ['retirer #4', 'withdraw #4'],
    ['replanifier 9', 'replan 9'],
    ['défaire 30', 'undo 30'],
    ['revenir sur #30', 'revert #30'],
    ['approuver 12.', 'approve 12.'],
  ])('reads "%s" as "%s"', (french, english) => {
    expectTwins(french, english);
  });

  it.each([
    ['approuver', 'approve'],
    ['annuler', 'cancel'],
    ['replanifier', 'replan'],
    ['défaire', 'undo'],
    ['refuser', 'reject'],
  ])('asks which request when "%s" has no number, quoting the French word', (french, english) => {
    expect(expectTwinRefusals(french, english)).toEqual({ ok: false, code: 'request-id-missing', text: french });
  });

  it.each([
    ['approuver douze', 'approve twelve', 'douze'],
    ['approuver 0', 'approve 0', '0'],
    ['approuver #', 'approve #', '#'],
    ['approuver -3', 'approve -3', '-3'],
    ['défaire 1.5', 'undo 1.5', '1.5'],
    ['approuver 9999999999999999', 'approve 9999999999999999', '9999999999999999'],
    ['approuver demandes', 'approve requests', 'demandes'],
  ])('refuses "%s" as an unreadable request number', (french, english, bad) => {
    expect(expectTwinRefusals(french, english)).toEqual({ ok: false, code: 'request-id-unreadable', text: bad });
  });

  it('refuses words after the number', () => {
    expect(expectTwinRefusals('approuver 12 svp', 'approve 12 please')).toEqual({ ok: false, code: 'leftover-words', text: 'svp' });
  });

  it('does not take "approbation" or "défait" for a command word', () => {
    expect(refusalIn('fr', 'approbation 12').code).toBe('command-unknown');
    expect(refusalIn('fr', 'défait 12').code).toBe('command-unknown');
  });
});

describe('parseCommand in French: rejecting a request', () => {
  it('rejects without a reason', () => {
    expectTwins('refuser #12', 'reject #12');
  });

  it('keeps the reason as typed, French words, accents, capitals and punctuation included', () => {
    expect(intentIn('fr', 'refuser 12 le 25 déc. est couvert par "Fériés US", demandez à Carol')).toEqual({
      kind: 'reject',
      requestId: 12,
      reason: 'le 25 déc. est couvert par "Fériés US", demandez à Carol',
    });
  });

  it.each(['refuser 12: Mauvais jour', 'refuser 12 - Mauvais jour', 'refuser 12 parce que Mauvais jour', 'refuser 12 car Mauvais jour', 'refuser 12, "Mauvais jour"', 'rejeter #12 Mauvais jour'])(
    'drops the separator before the reason in "%s"',
    (text) => {
      expect(intentIn('fr', text)).toEqual({ kind: 'reject', requestId: 12, reason: 'Mauvais jour' });
    },
  );

  it('loses a closing full stop, which the normalizer drops from every command', () => {
    expect(intentIn('fr', 'refuser 12 Mauvais jour.')).toMatchObject({ reason: 'Mauvais jour' });
  });

  it('refuses a reason given in place of the number', () => {
    expect(expectTwinRefusals('refuser mauvais jour', 'reject wrong day')).toEqual({ ok: false, code: 'request-id-unreadable', text: 'mauvais' });
  });
});

describe('parseCommand in French: history and the audit trail', () => {
  it.each([
    ['historique', 'history'],
    ['historique 1', 'history 1'],
    ['historique 200', 'history 200'],
    ["afficher l'historique 20", 'show history 20'],
  ])('reads "%s" as "%s"', (french, english) => {
    expectTwins(french, english);
  });

  it.each([
    ['historique 0', 'history 0', '0'],
    ['historique 201', 'history 201', '201'],
    ['historique 500', 'history 500', '500'],
    ['historique beaucoup', 'history lots', 'beaucoup'],
    ['historique -5', 'history -5', '-5'],
  ])('refuses "%s" with the range', (french, english, bad) => {
    expect(expectTwinRefusals(french, english)).toEqual({ ok: false, code: 'history-limit-invalid', text: bad });
  });

  it.each(["vérifier l'audit", "vérifier le journal d'audit", "Vérifier la piste d'audit", 'verifier l audit'])('reads "%s" as an audit check', (text) => {
    expect(intentIn('fr', text)).toEqual({ kind: 'audit-verify' });
  });
});

describe('French workflow intents', () => {
  const texts = ['demandes', 'approuver 12', 'refuser 12 Mauvais jour', 'annuler 12', 'replanifier 12', 'historique 20', 'historique', 'défaire 12', "vérifier l'audit"];

  it.each(texts)('round-trips "%s" through JSON and the schema unchanged', (text) => {
    const intent = intentIn('fr', text);
    expect(intentSchema.parse(JSON.parse(JSON.stringify(intent)))).toStrictEqual(intent);
  });

  it.each(texts)('counts "%s" as a workflow intent and not as a change', (text) => {
    const intent = intentIn('fr', text);
    expect(isWorkflowIntent(intent)).toBe(true);
    expect(isChangeIntent(intent)).toBe(false);
  });

  it.each(['envoyer vers la messagerie le 25 déc.', 'ouvrir', 'règle Lunch désactivée'])('counts "%s" as a change and not as a workflow intent', (text) => {
    const intent = intentIn('fr', text);
    expect(isChangeIntent(intent)).toBe(true);
    expect(isWorkflowIntent(intent)).toBe(false);
  });

  it.each(['état', 'règles', 'tester 24 déc. 10 h'])('counts the question "%s" as neither', (text) => {
    const intent = intentIn('fr', text);
    expect(isChangeIntent(intent)).toBe(false);
    expect(isWorkflowIntent(intent)).toBe(false);
  });
});
