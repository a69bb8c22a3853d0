import type { AuditEntry, AuditEvent } from '../../store/index.ts';
import { escapeMentioning, escapeMrkdwn, mentionPerson } from '../escape-mrkdwn.ts';
import { UNDO_REQUEST_ACTION } from './action-ids.ts';
import { actions, button, context, cutMrkdwn, fallbackText, header, paginate, section, type Block, type SlackMessage } from './block-parts.ts';
import { chainHeadLine } from './chain-head-line.ts';
import { changeLines, countOf, quoteCommand } from './change-lines.ts';
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
}

const CHANGE_BLOCKS = 25;
const CHANGE_CHARS = 6000;
const COMMAND_CHARS = 1000;
const SUMMARY_CHARS = 2000;
const DRIFT_TITLE = 'Changed in RingCentral, not through Switchboard';

/** What the post's header says happened. */
const EVENT_TITLE: Readonly<Record<AuditEvent, string>> = {
  applied: 'applied',
  recovered: 'applied after a restart',
  failed: 'failed',
  'rolled-back': 'rolled back',
  stale: 'went stale',
  rejected: 'rejected',
  expired: 'expired',
  cancelled: 'cancelled',
  drift: 'changed in RingCentral, not through Switchboard',
};

/**
 * One audit-channel post per ended change: who asked for what, when, who approved, the diff,
 * what RingCentral did and the outcome, with an Undo button (value = request id) when undoable.
 * A drift entry (a change made in RingCentral itself) has its own shape and never an Undo.
 */
export function auditMessage(entry: AuditEntry, options: AuditMessageOptions): SlackMessage {
  const chainHead = context(chainHeadLine(entry.seq, options.chainHash ?? entry.hash));
  if (entry.event === 'drift') return driftMessage(entry, chainHead);
  const requestId = options.requestId ?? entry.requestId;
  const subject = requestId === undefined ? 'Change' : `Request ${requestId}`;
  const undone = options.undoOf !== undefined && (entry.event === 'applied' || entry.event === 'recovered');
  const title = undone ? `${subject} undid request ${options.undoOf}` : `${subject} ${EVENT_TITLE[entry.event]}`;
  const people = [entry.requestedBy, ...entry.approvedBy];
  const changed = entry.event === 'applied' || entry.event === 'recovered';
  const blocks: Block[] = [
    header(title),
    section(`${mentionPerson(entry.requestedBy)} asked:\n${cutMrkdwn(quoteCommand(entry.commandText), COMMAND_CHARS)}`),
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*When*\n${slackDate(entry.recordedAt)}` },
        { type: 'mrkdwn', text: `*Approved by*\n${cutMrkdwn(approvedBy(entry), 1900)}` },
        { type: 'mrkdwn', text: `*RingCentral*\n${describeOperations(entry)}` },
      ],
    },
    ...(entry.changes.length === 0
      ? []
      : paginate([changed ? '*What changed:*' : '*What was asked:*', ...changeLines(entry.changes)], {
          maxBlocks: CHANGE_BLOCKS,
          maxChars: CHANGE_CHARS,
          more: (hidden) => `…and ${hidden} more`,
        })),
    section(cutMrkdwn(escapeMentioning(entry.summary, people), SUMMARY_CHARS)),
    chainHead,
  ];
  if (options.undoable && requestId !== undefined) blocks.push(actions([button(UNDO_REQUEST_ACTION, 'Undo', String(requestId))]));
  return {
    text: fallbackText(`${escapeMrkdwn(title)}: ${cutMrkdwn(escapeMrkdwn(entry.commandText), 200)} by ${mentionPerson(entry.requestedBy)}`),
    blocks,
  };
}

/**
 * A change someone made in RingCentral itself: what changed and when it was noticed. Nobody asked
 * or approved through Switchboard, so there is no requester, approver or Undo to show.
 */
function driftMessage(entry: AuditEntry, chainHead: Block): SlackMessage {
  const changes = entry.changes.length === 0 ? [] : ['*What changed:*', ...changeLines(entry.changes)];
  return {
    // The summary counts the changes even when they could not be put in words.
    text: fallbackText(cutMrkdwn(escapeMrkdwn(entry.summary), SUMMARY_CHARS)),
    blocks: [
      header(DRIFT_TITLE),
      section('Someone changed the call handling in RingCentral directly (the admin portal, an app or another integration), so nobody asked for or approved it in Switchboard.'),
      { type: 'section', fields: [{ type: 'mrkdwn', text: `*Noticed*\n${slackDate(entry.recordedAt)}` }] },
      ...paginate(changes, { maxBlocks: CHANGE_BLOCKS, maxChars: CHANGE_CHARS, more: (hidden) => `…and ${hidden} more` }),
      context(cutMrkdwn(escapeMrkdwn(entry.summary), SUMMARY_CHARS)),
      chainHead,
    ],
  };
}

/** The events after which the change went (or was meant to go) to RingCentral. */
const SENT_EVENTS: ReadonlySet<AuditEvent> = new Set(['applied', 'recovered', 'failed', 'rolled-back']);

function approvedBy(entry: AuditEntry): string {
  if (entry.approvedBy.length > 0) return entry.approvedBy.map(mentionPerson).join(', ');
  return SENT_EVENTS.has(entry.event) ? 'no approval needed' : 'nobody';
}

/** "3 operations: 1 done, 1 failed, 1 skipped", or "nothing sent". */
function describeOperations(entry: AuditEntry): string {
  if (entry.operations.length === 0) return 'nothing sent';
  const counts = (['done', 'failed', 'skipped'] as const)
    .map((result) => [result, entry.operations.filter((operation) => operation.result === result).length] as const)
    .filter(([, count]) => count > 0)
    .map(([result, count]) => `${count} ${result}`);
  return `${countOf(entry.operations.length, 'operation')}: ${counts.join(', ')}`;
}
