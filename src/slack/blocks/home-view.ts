import type { types } from '@slack/bolt';
import { APP_HOME_MESSAGES, REQUEST_RECORD_MESSAGES, say, SLACK_MESSAGES, type Language } from '../../i18n/index.ts';
import type { AuditEntry, ChangeRequest } from '../../store/index.ts';
import { escapeMrkdwn, mentionPerson } from '../escape-mrkdwn.ts';
import { context, cutMrkdwn, divider, header, paginate, section, type Block } from './block-parts.ts';
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
  /** The language of the person whose tab it is; the lines above come worded in it. */
  readonly language: Language;
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
  const { language } = input;
  const blocks: Block[] = [
    header(say(language, APP_HOME_MESSAGES['where-calls-go'])),
    ...paginate(input.statusLines.map(escapeMrkdwn), {
      maxBlocks: STATUS_BLOCKS,
      maxChars: PART_CHARS,
      more: (count) => `_${say(language, SLACK_MESSAGES['and-more-lines'], { count })}._`,
    }),
    section(say(language, APP_HOME_MESSAGES['business-hours'], { hours: escapeMrkdwn(input.businessHoursLine) })),
    divider(),
    header(say(language, APP_HOME_MESSAGES['this-week'])),
    ...timelineSections(input.weekTimeline, { maxBlocks: WEEK_BLOCKS, maxChars: WEEK_CHARS }, language),
    divider(),
    header(say(language, APP_HOME_MESSAGES['upcoming-rules'])),
    ...list(
      input.upcomingRules.map((rule) => `• *${escapeMrkdwn(rule.name)}* ${escapeMrkdwn(rule.when)}`),
      say(language, APP_HOME_MESSAGES['no-upcoming-rules']),
      language,
    ),
    divider(),
    header(say(language, APP_HOME_MESSAGES['pending-requests'])),
    ...list(input.pending.map((request) => pendingLine(request, language)), say(language, REQUEST_RECORD_MESSAGES['no-pending-requests']), language),
    divider(),
    header(say(language, APP_HOME_MESSAGES['recent-changes'])),
    ...list(input.recent.map((entry) => recentLine(entry, language)), say(language, REQUEST_RECORD_MESSAGES['no-recorded-changes']), language),
    divider(),
    context(
      [
        say(language, APP_HOME_MESSAGES[input.canRequest ? 'how-to-request' : 'read-only']),
        ...(input.now ? [say(language, APP_HOME_MESSAGES['updated-at'], { date: slackDate(input.now.toISOString(), language) })] : []),
      ].join(' '),
    ),
  ];
  return { type: 'home', blocks };
}

function list(lines: ReadonlyArray<string>, empty: string, language: Language): Block[] {
  if (lines.length === 0) return [section(`_${empty}_`)];
  return paginate(lines, { maxBlocks: LIST_BLOCKS, maxChars: PART_CHARS, more: (count) => say(language, APP_HOME_MESSAGES['and-more-items'], { count }) });
}

function pendingLine(request: ChangeRequest, language: Language): string {
  const command = cutMrkdwn(escapeMrkdwn(request.commandText), COMMAND_CHARS);
  return say(language, APP_HOME_MESSAGES['pending-line'], { id: request.id, requester: mentionPerson(request.requester), command, expires: slackDate(request.expiresAt, language) });
}

function recentLine(entry: AuditEntry, language: Language): string {
  const request = entry.requestId === undefined ? '' : `*${entry.requestId}* `;
  const command = cutMrkdwn(escapeMrkdwn(entry.commandText), COMMAND_CHARS);
  // English has always shown the event's code ("rolled-back"); French shows it in words.
  const event = language === 'en' ? entry.event : say(language, SLACK_MESSAGES[`event-${entry.event}`]);
  return say(language, APP_HOME_MESSAGES['recent-line'], {
    when: slackDate(entry.recordedAt, language),
    request,
    event: escapeMrkdwn(event),
    command,
    requester: mentionPerson(entry.requestedBy),
  });
}
