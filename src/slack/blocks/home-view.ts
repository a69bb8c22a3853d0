import type { types } from '@slack/bolt';
import type { AuditEntry, ChangeRequest } from '../../store/index.ts';
import { escapeMrkdwn, mentionPerson } from '../escape-mrkdwn.ts';
import { context, cutMrkdwn, divider, header, paginate, section, type Block } from './block-parts.ts';
import { countOf } from './change-lines.ts';
import { slackDate } from './slack-date.ts';
import { timelineSections } from './week-text.ts';

/** A custom rule coming up, as the Home tab lists it. */
export interface UpcomingRule {
  readonly name: string;
  /** When it applies, in the company zone, e.g. `describeWhen`'s "on Dec 25, 2026 (all day)". */
  readonly when: string;
}

/** What the Home tab shows; all of it prepared by the caller. */
export interface HomeInput {
  /** Where calls go right now: `describeStatus(...).lines`. */
  readonly statusLines: ReadonlyArray<string>;
  readonly businessHoursLine: string;
  /** This week hour by hour: `weekTimeline(…, { color: false })`. */
  readonly weekTimeline: ReadonlyArray<string>;
  /** Custom rules in the next 60 days. */
  readonly upcomingRules: ReadonlyArray<UpcomingRule>;
  readonly pending: ReadonlyArray<ChangeRequest>;
  readonly recent: ReadonlyArray<AuditEntry>;
  readonly canRequest: boolean;
  /** When the view was built, shown as "Updated …". */
  readonly now?: Date;
}

// Each part's share of the 100 blocks; with headers, dividers and context they stay under 100.
const STATUS_BLOCKS = 12;
const WEEK_BLOCKS = 4;
const WEEK_CHARS = 8000;
const LIST_BLOCKS = 15;
const PART_CHARS = 15_000;
const COMMAND_CHARS = 150;

/**
 * The App Home tab: where calls go now, business hours, this week as a text timeline, upcoming
 * custom rules, pending requests and recent changes. Long lists end in "and N more".
 */
export function homeView(input: HomeInput): types.HomeView {
  const blocks: Block[] = [
    header('Where calls go'),
    ...paginate(input.statusLines.map(escapeMrkdwn), { maxBlocks: STATUS_BLOCKS, maxChars: PART_CHARS, more: (hidden) => `_…and ${countOf(hidden, 'more line')}._` }),
    section(`*Business hours:* ${escapeMrkdwn(input.businessHoursLine)}`),
    divider(),
    header('This week'),
    ...timelineSections(input.weekTimeline, { maxBlocks: WEEK_BLOCKS, maxChars: WEEK_CHARS }),
    divider(),
    header('Custom rules in the next 60 days'),
    ...list(
      input.upcomingRules.map((rule) => `• *${escapeMrkdwn(rule.name)}* ${escapeMrkdwn(rule.when)}`),
      'No custom rules apply in the next 60 days.',
    ),
    divider(),
    header('Pending requests'),
    ...list(input.pending.map(pendingLine), 'No requests are waiting for approval.'),
    divider(),
    header('Recent changes'),
    ...list(input.recent.map(recentLine), 'No changes recorded yet.'),
    divider(),
    context(
      [
        input.canRequest
          ? 'To change call handling, type `/ivr` and a change, e.g. `/ivr route to voicemail on Dec 25`; `/ivr help` lists every command.'
          : 'You can read call handling here. To request changes, ask an admin to add you to SWITCHBOARD_REQUESTERS.',
        ...(input.now ? [`Updated ${slackDate(input.now.toISOString())}.`] : []),
      ].join(' '),
    ),
  ];
  return { type: 'home', blocks };
}

function list(lines: ReadonlyArray<string>, empty: string): Block[] {
  if (lines.length === 0) return [section(`_${empty}_`)];
  return paginate(lines, { maxBlocks: LIST_BLOCKS, maxChars: PART_CHARS, more: (hidden) => `_…and ${hidden} more._` });
}

function pendingLine(request: ChangeRequest): string {
  const command = cutMrkdwn(escapeMrkdwn(request.commandText), COMMAND_CHARS);
  return `• *${request.id}* ${mentionPerson(request.requester)}: ${command} · expires ${slackDate(request.expiresAt)}`;
}

function recentLine(entry: AuditEntry): string {
  const request = entry.requestId === undefined ? '' : `*${entry.requestId}* `;
  const command = cutMrkdwn(escapeMrkdwn(entry.commandText), COMMAND_CHARS);
  return `• ${slackDate(entry.recordedAt)} ${request}${escapeMrkdwn(entry.event)}: ${command} by ${mentionPerson(entry.requestedBy)}`;
}
