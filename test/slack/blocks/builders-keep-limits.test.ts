import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/i18n/index.ts';
import { COMMAND_REFERENCE, type CommandReferenceEntry } from '../../../src/language/index.ts';
import { findBlockKitViolation, MESSAGE_BLOCKS_TEXT_BUDGET } from '../../../src/slack/block-kit-limits.ts';
import {
  answerMessage,
  approvalRequestMessage,
  auditMessage,
  decidedRequestMessage,
  helpMessage,
  homeView,
  noticeMessage,
  outcomeText,
  previewMessage,
  weekTextMessage,
  type PreviewAction,
} from '../../../src/slack/blocks/index.ts';
import { sameInEachLanguage } from '../../support/same-in-each-language.ts';
import { allText, sampleEntry, sampleRequest } from './block-fixtures.ts';

// Text made of what breaks mrkdwn (<, >, &, |, mentions) plus multi-unit characters, short or very long.
const unit = fc.constantFrom('<', '>', '&', '!', '@', '|', 'U', '1', 'a', ' ', '*', '`', '\n', 'é', '😀', '<!channel>', '<@U1>', '&amp;');
const hostile = fc.oneof(
  fc.string({ unit, maxLength: 60 }),
  fc.tuple(fc.string({ unit, minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 1200 })).map(([piece, times]) => piece.repeat(times)),
);
const many = <T>(arb: fc.Arbitrary<T>, max: number) =>
  fc.tuple(arb, fc.integer({ min: 0, max })).map(([item, count]) => Array.from({ length: count }, () => item));
const changes = many(hostile.map((text) => ({ kind: 'rule-added' as const, text: sameInEachLanguage(text) })), 500);
const warnings = many(hostile.map((text) => ({ code: 'overlaps-rule' as const, text: sameInEachLanguage(text) })), 200);
// The builders' own words differ in length by language: each language must keep the limits.
const language = fc.constantFrom<Language>('en', 'fr');
const people = fc.array(fc.constantFrom('U0APPROVER', 'W0GRID', 'alice', '<!here>'), { maxLength: 30 });

/**
 * True when the only `<`/`>` left in rendered text are the builder's own: mentions of the
 * fixture's people, Slack dates, and the `>` that starts a quoted command.
 */
function isSafe(text: string): boolean {
  const own = text
    .replace(/<@(U0REQUESTER|U0APPROVER|W0GRID)>/g, '')
    .replace(/<!date\^\d+\^[^<>|]*\|[^<>]*>/g, '')
    .replace(/^>/gm, '');
  return !/[<>]/.test(own);
}

const runs = { numRuns: 40 };
// Inputs of thousands of long lines: fewer runs keep the suite quick.
const bigRuns = { numRuns: 12 };

describe('every builder keeps Block Kit limits and escapes what it is given', () => {
  it('previewMessage', () => {
    fc.assert(
      fc.property(hostile, hostile, changes, warnings, fc.subarray<PreviewAction>(['request-approval', 'show-week', 'edit', 'cancel']), language, (commandText, zoneLine, changeList, warningList, actions, said) => {
        const message = previewMessage({ commandText, zoneLine, changes: changeList, warnings: warningList, actions, language: said });
        expect(findBlockKitViolation('message', message)).toBeUndefined();
        expect(isSafe(allText(message))).toBe(true);
      }),
      runs,
    );
  });

  it('answerMessage', () => {
    fc.assert(
      fc.property(many(hostile, 2000), language, (lines, said) => {
        const message = answerMessage(lines, said);
        expect(findBlockKitViolation('message', message)).toBeUndefined();
        expect(isSafe(allText(message))).toBe(true);
      }),
      bigRuns,
    );
  });

  it('weekTextMessage, with one week or two', () => {
    fc.assert(
      fc.property(fc.array(many(hostile, 400), { minLength: 1, maxLength: 2 }), hostile, language, (timelines, note, said) => {
        const message = weekTextMessage(timelines, note, said);
        expect(findBlockKitViolation('message', message)).toBeUndefined();
        expect(isSafe(allText(message))).toBe(true);
        const blockText = message.blocks.map((block) => (block.type === 'section' ? (block.text?.text.length ?? 0) : 0)).reduce((sum, length) => sum + length, 0);
        expect(blockText).toBeLessThanOrEqual(MESSAGE_BLOCKS_TEXT_BUDGET);
      }),
      bigRuns,
    );
  });

  it('approvalRequestMessage and decidedRequestMessage', () => {
    fc.assert(
      fc.property(hostile, changes, warnings, people, hostile, fc.integer({ min: 1, max: 2 ** 31 }), language, (commandText, changeList, warningList, approvals, reason, id, said) => {
        const request = sampleRequest({ id, commandText, changes: changeList, warnings: warningList, status: 'rejected', decidedBy: 'U0APPROVER', reason });
        const asking = approvalRequestMessage(request, approvals, 3, said);
        expect(findBlockKitViolation('message', asking)).toBeUndefined();
        expect(isSafe(allText(asking))).toBe(true);
        const decided = decidedRequestMessage(request, `Request ${id} was rejected by U0APPROVER: ${reason}`, said, approvals);
        expect(findBlockKitViolation('message', decided)).toBeUndefined();
        expect(isSafe(allText(decided))).toBe(true);
      }),
      runs,
    );
  });

  it('auditMessage', () => {
    fc.assert(
      fc.property(hostile, changes, people, hostile, fc.boolean(), language, (commandText, changeList, approvers, summary, undoable, said) => {
        const entry = sampleEntry({ commandText, changes: changeList, approvedBy: approvers, summary });
        const message = auditMessage(entry, { undoable, requestId: 12, language: said });
        expect(findBlockKitViolation('message', message)).toBeUndefined();
        expect(isSafe(allText(message))).toBe(true);
      }),
      runs,
    );
  });

  it('auditMessage for drift', () => {
    fc.assert(
      fc.property(changes, hostile, language, (changeList, summary, said) => {
        const message = auditMessage(sampleEntry({ event: 'drift', requestId: undefined, changes: changeList, summary }), { undoable: false, requestId: undefined, language: said });
        expect(findBlockKitViolation('message', message)).toBeUndefined();
        expect(isSafe(allText(message))).toBe(true);
      }),
      runs,
    );
  });

  it('noticeMessage', () => {
    const kind = fc.constantFrom('notice-reminder', 'notice-switch-on', 'notice-switch-off', 'notice-other');
    fc.assert(
      fc.property(kind, hostile, hostile, fc.option(hostile, { nil: undefined }), language, (noticeKind, text, at, editCommand, said) => {
        const message = noticeMessage({ kind: noticeKind, text, at, language: said, ...(editCommand === undefined ? {} : { editCommand }) });
        expect(findBlockKitViolation('message', message)).toBeUndefined();
        expect(isSafe(allText(message))).toBe(true);
      }),
      runs,
    );
  });

  it('outcomeText', () => {
    fc.assert(
      fc.property(hostile, language, (message, said) => {
        const text = outcomeText({ code: 'already-decided', message: sameInEachLanguage(message), request: sampleRequest() }, said, ['U0APPROVER']);
        expect(text.length).toBeLessThanOrEqual(3000);
        expect(isSafe(text)).toBe(true);
      }),
      runs,
    );
  });

  it('helpMessage', () => {
    const entry = fc.record({ syntax: hostile, description: hostile, example: hostile, intent: fc.constantFrom(...COMMAND_REFERENCE.map((known) => known.intent)) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 300 }), fc.boolean(), fc.boolean(), (entries: CommandReferenceEntry[], canRequest, canApprove) => {
        const message = helpMessage(entries, canRequest, canApprove);
        expect(findBlockKitViolation('message', message)).toBeUndefined();
        expect(isSafe(allText(message))).toBe(true);
      }),
      runs,
    );
  });

  it('homeView', () => {
    fc.assert(
      fc.property(
        many(hostile, 1000),
        hostile,
        many(hostile, 200),
        many(fc.record({ name: hostile, when: hostile }), 1000),
        many(hostile, 300),
        many(hostile, 300),
        fc.boolean(),
        language,
        (statusLines, businessHoursLine, weekTimeline, upcomingRules, pendingCommands, recentCommands, canRequest, said) => {
          const view = homeView({
            statusLines,
            businessHoursLine,
            weekTimeline,
            upcomingRules,
            pending: pendingCommands.map((commandText, index) => sampleRequest({ id: index + 1, commandText })),
            recent: recentCommands.map((commandText, index) => sampleEntry({ seq: index + 1, commandText })),
            canRequest,
            now: new Date('2026-12-20T14:00:00Z'),
            language: said,
          });
          expect(findBlockKitViolation('home', view)).toBeUndefined();
          expect(isSafe(allText(view))).toBe(true);
        },
      ),
      bigRuns,
    );
  });
});
