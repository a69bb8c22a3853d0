import { describe, expect, it } from 'vitest';
import { intentSchema, isChangeIntent, isWorkflowIntent } from '../../src/language/index.ts';
import { intentOf, refusalOf } from './fixtures/read-command.ts';

describe('parseCommand: listing requests', () => {
  it.each(['requests', 'pending', 'list requests', 'show pending requests', 'Requests'])('reads "%s" as the pending requests', (text) => {
    expect(intentOf(text)).toEqual({ kind: 'list-requests' });
  });
});

describe('parseCommand: acting on one request', () => {
  it.each([
    ['approve 12', { kind: 'approve', requestId: 12 }],
    ['approve #12', { kind: 'approve', requestId: 12 }],
    ['Approve request #7', { kind: 'approve', requestId: 7 }],
    ['approve # 3', { kind: 'approve', requestId: 3 }],
    ['cancel 4', { kind: 'cancel', requestId: 4 }],
    ['withdraw #4', { kind: 'cancel', requestId: 4 }],
    ['replan 9', { kind: 'replan', requestId: 9 }],
    ['undo 30', { kind: 'undo', requestId: 30 }],
    ['revert #30', { kind: 'undo', requestId: 30 }],
    ['approve 12.', { kind: 'approve', requestId: 12 }],
  ])('reads "%s"', (text, intent) => {
    expect(intentOf(text)).toEqual(intent);
  });

  it.each(['approve', 'cancel', 'replan', 'undo', 'reject'])('asks which request when "%s" has no number', (verb) => {
    expect(refusalOf(verb)).toEqual({ ok: false, code: 'request-id-missing', text: verb });
  });

  it.each([
    ['approve twelve', 'twelve'],
    ['approve 0', '0'],
    ['approve #', '#'],
    ['approve -3', '-3'],
    ['undo 1.5', '1.5'],
    ['approve 9999999999999999', '9999999999999999'],
    ['approve requests', 'requests'],
  ])('refuses "%s" as an unreadable request number', (text, bad) => {
    expect(refusalOf(text)).toEqual({ ok: false, code: 'request-id-unreadable', text: bad });
  });

  it('refuses words after the number', () => {
    expect(refusalOf('approve 12 please')).toEqual({ ok: false, code: 'leftover-words', text: 'please' });
  });

  it('does not take "approval" or "undone" for a command word', () => {
    expect(refusalOf('approval 12').code).toBe('command-unknown');
    expect(refusalOf('undone 12').code).toBe('command-unknown');
  });
});

describe('parseCommand: rejecting a request', () => {
  it('rejects without a reason', () => {
    expect(intentOf('reject #12')).toEqual({ kind: 'reject', requestId: 12 });
  });

  it('keeps the reason as typed, capitals and punctuation included', () => {
    expect(intentOf('reject 12 Dec 25 is covered by "US holidays", ask Carol')).toEqual({
      kind: 'reject',
      requestId: 12,
      reason: 'Dec 25 is covered by "US holidays", ask Carol',
    });
  });

  it.each(['reject 12: Wrong day', 'reject 12 - Wrong day', 'reject 12 because Wrong day', 'reject 12, "Wrong day"', 'decline #12 Wrong day'])(
    'drops the separator before the reason in "%s"',
    (text) => {
      expect(intentOf(text)).toEqual({ kind: 'reject', requestId: 12, reason: 'Wrong day' });
    },
  );

  it('loses a closing full stop, which the normalizer drops from every command', () => {
    expect(intentOf('reject 12 Wrong day.')).toMatchObject({ reason: 'Wrong day' });
  });

  it('refuses a reason given in place of the number', () => {
    expect(refusalOf('reject wrong day')).toEqual({ ok: false, code: 'request-id-unreadable', text: 'wrong' });
  });
});

describe('parseCommand: history and the audit trail', () => {
  it('shows the history without a limit', () => {
    expect(intentOf('history')).toEqual({ kind: 'history' });
  });

  it.each([
    ['history 1', 1],
    ['history 200', 200],
    ['show history 20', 20],
  ])('reads "%s" with its limit', (text, limit) => {
    expect(intentOf(text)).toEqual({ kind: 'history', limit });
  });

  it.each([
    ['history 0', '0'],
    ['history 201', '201'],
    ['history 500', '500'],
    ['history lots', 'lots'],
    ['history -5', '-5'],
  ])('refuses "%s" with the range', (text, bad) => {
    expect(refusalOf(text)).toEqual({ ok: false, code: 'history-limit-invalid', text: bad });
  });

  it.each(['audit verify', 'verify audit', 'verify the audit trail', 'Audit Verify'])('reads "%s" as an audit check', (text) => {
    expect(intentOf(text)).toEqual({ kind: 'audit-verify' });
  });
});

describe('workflow intents', () => {
  const texts = ['requests', 'approve 12', 'reject 12 Wrong day', 'cancel 12', 'replan 12', 'history 20', 'history', 'undo 12', 'audit verify'];

  it.each(texts)('round-trips "%s" through JSON and the schema unchanged', (text) => {
    const intent = intentOf(text);
    expect(intentSchema.parse(JSON.parse(JSON.stringify(intent)))).toStrictEqual(intent);
  });

  it.each(texts)('counts "%s" as a workflow intent and not as a change', (text) => {
    const intent = intentOf(text);
    expect(isWorkflowIntent(intent)).toBe(true);
    expect(isChangeIntent(intent)).toBe(false);
  });

  it.each(['route to voicemail on Dec 25', 'open', 'rule Lunch off'])('counts "%s" as a change and not as a workflow intent', (text) => {
    const intent = intentOf(text);
    expect(isChangeIntent(intent)).toBe(true);
    expect(isWorkflowIntent(intent)).toBe(false);
  });

  it.each(['status', 'rules', 'test Dec 24 10am'])('counts the question "%s" as neither', (text) => {
    const intent = intentOf(text);
    expect(isChangeIntent(intent)).toBe(false);
    expect(isWorkflowIntent(intent)).toBe(false);
  });

  it('rejects a stored request id that is not a positive whole number', () => {
    expect(intentSchema.safeParse({ kind: 'approve', requestId: 0 }).success).toBe(false);
    expect(intentSchema.safeParse({ kind: 'history', limit: 201 }).success).toBe(false);
  });

});
