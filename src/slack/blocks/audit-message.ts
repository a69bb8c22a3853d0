import { say, SLACK_MESSAGES, type Language } from '../../i18n/index.ts';
import { auditSummary, type AuditEntry, type AuditEvent } from '../../store/index.ts';
import { escapeMentioning, escapeMrkdwn, mentionPerson } from '../escape-mrkdwn.ts';
import { UNDO_REQUEST_ACTION } from './action-ids.ts';
import { actions, button, context, cutMrkdwn, fallbackText, header, paginate, section, type Block, type SlackMessage } from './block-parts.ts';
import { chainHeadLine } from './chain-head-line.ts';
import { changeLines, quoteCommand } from './change-lines.ts';
import { slackDate } from './slack-date.ts';

/** How an audit post is told apart: its request, whether Undo is offered, and what it undoes. */
export interface AuditMessageOptions {
  /** True when the change is applied and nothing since prevents undoing it; the server checks again on click. */
  readonly undoable: boolean;
  readonly requestId: number | undefined;
  /** The request this change undid, for an applied undo (the outbox payload's `undoOf`). */
  readonly undoOf?: number;
  /**
   * The entry's hash as the outbox payload recorded it at append (`auditHash`), shown as the chain
   * head: a row rewritten before the post goes out then shows as rewritten. The entry's own hash
   * for a message queued before payloads carried it.
   */
  readonly chainHash?: string;
  /** The audit channel's language: the company's. */
  readonly language: Language;
}

const CHANGE_BLOCKS = 25;
const CHANGE_CHARS = 6000;
const COMMAND_CHARS = 1000;
const SUMMARY_CHARS = 2000;

/**
 * One audit-channel post per ended change: who asked for what, when, who approved, the diff,
 * what RingCentral did and the outcome, with an Undo button (value = request id) when undoable.
 * A drift entry (a change made in RingCentral itself) has its own shape and never an Undo.
 */
export function auditMessage(entry: AuditEntry, options: AuditMessageOptions): SlackMessage {
  const chainHead = context(chainHeadLine(entry.seq, options.chainHash ?? entry.hash));
  if (entry.event === 'drift') return driftMessage(entry, chainHead, options.language);
  const requestId = options.requestId ?? entry.requestId;
  const { language } = options;
  const subject = requestId === undefined ? say(language, SLACK_MESSAGES['audit-subject-change']) : say(language, SLACK_MESSAGES['audit-subject-request'], { id: requestId });
  const undoOf = entry.event === 'applied' || entry.event === 'recovered' ? options.undoOf : undefined;
  const title =
    undoOf !== undefined
      ? say(language, SLACK_MESSAGES['audit-undid'], { subject, undoOf })
      : say(language, SLACK_MESSAGES['audit-title'], { subject, event: say(language, SLACK_MESSAGES[`event-${entry.event}`]) });
  const people = [entry.requestedBy, ...entry.approvedBy];
  const changed = entry.event === 'applied' || entry.event === 'recovered';
  const blocks: Block[] = [
    header(title),
    section(say(language, SLACK_MESSAGES['audit-asked'], { requester: mentionPerson(entry.requestedBy), command: cutMrkdwn(quoteCommand(entry.commandText), COMMAND_CHARS) })),
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `${say(language, SLACK_MESSAGES['audit-when'])}\n${slackDate(entry.recordedAt, language)}` },
        { type: 'mrkdwn', text: `${say(language, SLACK_MESSAGES['audit-approved-by'])}\n${cutMrkdwn(approvedBy(entry, language), 1900)}` },
        { type: 'mrkdwn', text: `${say(language, SLACK_MESSAGES['audit-ringcentral'])}\n${describeOperations(entry, language)}` },
      ],
    },
    ...(entry.changes.length === 0
      ? []
      : paginate([say(language, SLACK_MESSAGES[changed ? 'audit-what-changed' : 'audit-what-was-asked']), ...changeLines(entry.changes, language)], {
          maxBlocks: CHANGE_BLOCKS,
          maxChars: CHANGE_CHARS,
          more: (count) => say(language, SLACK_MESSAGES['and-more'], { count }),
        })),
    section(cutMrkdwn(escapeMentioning(auditSummary(entry, language), people), SUMMARY_CHARS)),
    chainHead,
  ];
  if (options.undoable && requestId !== undefined) blocks.push(actions([button(UNDO_REQUEST_ACTION, say(language, SLACK_MESSAGES.undo), String(requestId))]));
  return {
    text: fallbackText(
      say(language, SLACK_MESSAGES['audit-fallback'], { title: escapeMrkdwn(title), command: cutMrkdwn(escapeMrkdwn(entry.commandText), 200), requester: mentionPerson(entry.requestedBy) }),
    ),
    blocks,
  };
}

/**
 * A change someone made in RingCentral itself: what changed and when it was noticed. Nobody asked
 * or approved through Switchboard, so there is no requester, approver or Undo to show.
 */
function driftMessage(entry: AuditEntry, chainHead: Block, language: Language): SlackMessage {
  const changes = entry.changes.length === 0 ? [] : [say(language, SLACK_MESSAGES['audit-what-changed']), ...changeLines(entry.changes, language)];
  const summary = cutMrkdwn(escapeMrkdwn(auditSummary(entry, language)), SUMMARY_CHARS);
  return {
    // The summary counts the changes even when they could not be put in words.
    text: fallbackText(summary),
    blocks: [
      header(say(language, SLACK_MESSAGES['drift-title'])),
      section(say(language, SLACK_MESSAGES['drift-explained'])),
      { type: 'section', fields: [{ type: 'mrkdwn', text: `${say(language, SLACK_MESSAGES['audit-noticed'])}\n${slackDate(entry.recordedAt, language)}` }] },
      ...paginate(changes, { maxBlocks: CHANGE_BLOCKS, maxChars: CHANGE_CHARS, more: (count) => say(language, SLACK_MESSAGES['and-more'], { count }) }),
      context(summary),
      chainHead,
    ],
  };
}

/** The events after which the change went (or was meant to go) to RingCentral. */
const SENT_EVENTS: ReadonlySet<AuditEvent> = new Set(['applied', 'recovered', 'failed', 'rolled-back']);

function approvedBy(entry: AuditEntry, language: Language): string {
  if (entry.approvedBy.length > 0) return entry.approvedBy.map(mentionPerson).join(', ');
  return say(language, SLACK_MESSAGES[SENT_EVENTS.has(entry.event) ? 'audit-no-approval-needed' : 'audit-nobody']);
}

/** "3 operations: 1 done, 1 failed, 1 skipped", or "nothing sent". */
function describeOperations(entry: AuditEntry, language: Language): string {
  if (entry.operations.length === 0) return say(language, SLACK_MESSAGES['audit-nothing-sent']);
  const results = (['done', 'failed', 'skipped'] as const)
    .map((result) => [result, entry.operations.filter((operation) => operation.result === result).length] as const)
    .filter(([, count]) => count > 0)
    .map(([result, count]) => say(language, SLACK_MESSAGES[`operations-${result}`], { count }));
  return say(language, SLACK_MESSAGES['audit-operations'], { count: entry.operations.length, results: results.join(', ') });
}
