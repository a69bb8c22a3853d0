import { describe, expect, it } from 'vitest';
import { findBlockKitViolation } from '../../../src/slack/block-kit-limits.ts';
import { auditMessage } from '../../../src/slack/blocks/index.ts';
import { chainHeadLine, readChainHeadLine } from '../../../src/slack/blocks/chain-head-line.ts';
import { actionIds, allText, buttonOf, hasHostileToken, manyChanges, sampleEntry } from './block-fixtures.ts';

describe('auditMessage', () => {
  it('says who asked for what, when, who approved, what RingCentral did and the outcome', () => {
    const text = allText(auditMessage(sampleEntry(), { undoable: true, requestId: 12, language: 'en' }).blocks);
    expect(text).toContain('Request 12 applied');
    expect(text).toContain('<@U0REQUESTER> asked:\n>route to voicemail on Dec 25');
    expect(text).toContain('*Approved by*\n<@U0APPROVER>');
    expect(text).toContain('*RingCentral*\n1 operation: 1 done');
    expect(text).toContain('|2026-12-20 15:00 UTC>');
    expect(text).toContain('*What changed:*\n• New custom rule "Dec 25"');
    expect(text).toContain('Applied 1 operation.');
  });

  it('ends with the chain head: the entry number and its hash as the outbox payload recorded it', () => {
    const hash = 'b3f9a0c2b71de0123456789abcdef0123456789abcdef0123456789abcdef0123';
    const { blocks } = auditMessage(sampleEntry({ seq: 17 }), { undoable: false, requestId: 12, chainHash: hash, language: 'en' });
    const last = blocks.at(-1);

    expect(last).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: `Audit entry 17 · ${hash.slice(0, 12)}` }] });
    expect(allText(auditMessage(sampleEntry({ seq: 17 }), { undoable: false, requestId: 12, language: 'en' }).blocks)).toContain(`Audit entry 17 · ${'a'.repeat(12)}`);
  });

  it('reads a chain head line back, and nothing else', () => {
    const hash = '3f9a0c2b71de'.padEnd(64, '0');
    expect(readChainHeadLine(chainHeadLine(17, hash))).toEqual({ seq: 17, hashPrefix: '3f9a0c2b71de' });
    for (const text of ['Audit entry 17 · 3F9A0C2B71DE', 'Audit entry 17 · 3f9a0c2b71d', 'Audit entry 17 · 3f9a0c2b71de0', 'audit entry 17 · 3f9a0c2b71de', '>Audit entry 17 · 3f9a0c2b71de']) {
      expect(readChainHeadLine(text)).toBeUndefined();
    }
  });

  it('offers Undo with the request id when undoable', () => {
    const { blocks } = auditMessage(sampleEntry(), { undoable: true, requestId: 12, language: 'en' });
    expect(actionIds(blocks)).toEqual(['undo_request']);
    expect(buttonOf(blocks, 'undo_request')?.value).toBe('12');
  });

  it('offers no Undo when not undoable', () => {
    expect(actionIds(auditMessage(sampleEntry(), { undoable: false, requestId: 12, language: 'en' }).blocks)).toEqual([]);
  });

  it('counts failed and skipped operations of a failed change', () => {
    const entry = sampleEntry({
      event: 'failed',
      operations: [
        { operation: { kind: 'create-rule' } as never, result: 'done' },
        { operation: { kind: 'create-rule' } as never, result: 'failed', error: 'CMN-101' },
        { operation: { kind: 'create-rule' } as never, result: 'skipped' },
      ],
      summary: 'RingCentral refused <b>: CMN-101; rolled back.',
    });
    const text = allText(auditMessage(entry, { undoable: false, requestId: 12, language: 'en' }).blocks);
    expect(text).toContain('Request 12 failed');
    expect(text).toContain('3 operations: 1 done, 1 failed, 1 skipped');
    expect(text).toContain('*What was asked:*');
    expect(text).toContain('RingCentral refused &lt;b&gt;');
  });

  it('titles rolled-back changes and undos', () => {
    expect(auditMessage(sampleEntry({ event: 'rolled-back' }), { undoable: false, requestId: 12, language: 'en' }).text).toContain('Request 12 rolled back');
    expect(auditMessage(sampleEntry({ commandText: 'undo 9' }), { undoable: true, requestId: 12, undoOf: 9, language: 'en' }).text).toContain('Request 12 undid request 9');
  });

  it('says no approval was needed when the policy let it through', () => {
    expect(allText(auditMessage(sampleEntry({ approvedBy: [] }), { undoable: false, requestId: 12, language: 'en' }).blocks)).toContain('no approval needed');
  });

  it('keeps the limits and escapes everything with 500 hostile changes', () => {
    const message = auditMessage(sampleEntry({ changes: manyChanges(500), commandText: `<!channel> ${'c'.repeat(5000)}` }), { undoable: true, requestId: 12, language: 'en' });
    expect(findBlockKitViolation('message', message)).toBeUndefined();
    expect(hasHostileToken(allText(message))).toBe(false);
    expect(actionIds(message.blocks)).toEqual(['undo_request']);
  });

  describe('for a change made in RingCentral, not through Switchboard', () => {
    const drift = sampleEntry({
      event: 'drift',
      requestId: undefined,
      requestedBy: 'RingCentral',
      approvedBy: [],
      commandText: 'changed in RingCentral, not through Switchboard',
      operations: [],
      summary: 'Changed in RingCentral, not through Switchboard: 1 change.',
    });

    it('says so plainly and lists the changes in words, without a requester, approvers or an Undo', () => {
      const message = auditMessage(drift, { undoable: true, requestId: 12, language: 'en' });
      const text = allText(message.blocks);
      expect(text).toContain('Changed in RingCentral, not through Switchboard');
      expect(text).toContain('*What changed:*\n• New custom rule "Dec 25"');
      expect(text).toContain(`Audit entry 7 · ${'a'.repeat(12)}`);
      expect(text).not.toMatch(/asked:|Approved by|Request 12/);
      expect(message.text).toBe('Changed in RingCentral, not through Switchboard: 1 change.');
      expect(actionIds(message.blocks)).toEqual([]);
      expect(findBlockKitViolation('message', message)).toBeUndefined();
    });

    it('keeps the limits and escapes 500 hostile changes', () => {
      const message = auditMessage({ ...drift, changes: manyChanges(500) }, { undoable: false, requestId: undefined, language: 'en' });
      expect(findBlockKitViolation('message', message)).toBeUndefined();
      expect(hasHostileToken(allText(message))).toBe(false);
      expect(allText(message.blocks)).toMatch(/…and \d+ more/);
    });
  });
});
