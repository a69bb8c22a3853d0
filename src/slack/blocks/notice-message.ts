import { DateTime } from 'luxon';
import type { CallHandling, CustomRule, Destination } from '../../callflow/index.ts';
import { say, SLACK_MESSAGES, type Language } from '../../i18n/index.ts';
import { MAX_COMMAND_LENGTH, RULE_NAME_MAX_LENGTH } from '../../language/index.ts';
import { BUTTON_VALUE_LIMIT } from '../block-kit-limits.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';
import { EDIT_REQUEST_ACTION } from './action-ids.ts';
import { actions, button, context, fallbackText, section, type Block, type SlackMessage } from './block-parts.ts';
import { slackDate } from './slack-date.ts';

/** A scheduler notice as the managers see it: its outbox kind, its sentence and when it is about. */
export interface NoticeInput {
  /** `notice-reminder`, `notice-switch-on` or `notice-switch-off`. */
  readonly kind: string;
  /** The scheduler's sentence in `language`, with "Late: …" when it is posted late. */
  readonly text: string;
  /** The ISO instant the notice is planned for. */
  readonly at: string;
  /** A command that prefills the route editor with the rule (`ruleEditCommand`); a reminder gets an Edit button with it. */
  readonly editCommand?: string;
  /** The language of the channel or person it goes to. */
  readonly language: Language;
}

/** The mark of each notice kind with a label of its own in the context line. */
const KIND_MARK = {
  'notice-reminder': ':alarm_clock:',
  'notice-switch-on': ':arrow_forward:',
  'notice-switch-off': ':black_square_for_stop:',
} as const;

/** ":alarm_clock: Reminder", or "Notice" for a kind without a label. */
function kindLabel(kind: string, language: Language): string {
  const labelled = Object.entries(KIND_MARK).find(([candidate]) => candidate === kind);
  if (labelled === undefined) return say(language, SLACK_MESSAGES['notice-other']);
  const [labelledKind, mark] = labelled as [keyof typeof KIND_MARK, string];
  return `${mark} ${say(language, SLACK_MESSAGES[labelledKind])}`;
}

/**
 * A switch notice or reminder for the managers' channel and their direct messages: the sentence,
 * what kind of notice it is and when, and for a reminder an Edit button that opens the route
 * editor with the rule, so a manager can still change it before it starts.
 */
export function noticeMessage(notice: NoticeInput): SlackMessage {
  const text = escapeMrkdwn(notice.text);
  const edit = notice.kind === 'notice-reminder' && notice.editCommand !== undefined && notice.editCommand.length <= BUTTON_VALUE_LIMIT;
  const blocks: Block[] = [section(text), context(`${kindLabel(notice.kind, notice.language)} · ${slackDate(notice.at, notice.language)}`)];
  if (edit) blocks.push(actions([button(EDIT_REQUEST_ACTION, say(notice.language, SLACK_MESSAGES.edit), notice.editCommand)]));
  return { text: fallbackText(text), blocks };
}

/**
 * The command that prefills the route editor with a date rule's next range (the one starting
 * after `after`): its destination, that range as ISO instants, its callers and its name.
 * Undefined when the rule has no such range, its destination has no name a command can use, or
 * the command is longer than the language reads (so the editor would open empty).
 *
 * @example ruleEditCommand(christmas, handling, '2026-12-24T00:00:00-05:00')
 *   // 'route to ext 300 from 2026-12-25T00:00:00-05:00 until 2026-12-26T00:00:00-05:00 named "Christmas"'
 */
export function ruleEditCommand(rule: CustomRule, handling: Pick<CallHandling, 'extensions' | 'ivrMenus' | 'timeZone'>, after: string): string | undefined {
  if (rule.schedule.kind !== 'dates') return undefined;
  const from = DateTime.fromISO(after);
  // The editor prefills one range; the next one is what the reminder is about.
  const next = rule.schedule.ranges.find((range) => DateTime.fromISO(range.from, { zone: handling.timeZone }) > from);
  const target = targetPhrase(rule.destination, handling);
  if (next === undefined || target === undefined) return undefined;
  const start = DateTime.fromISO(next.from, { zone: handling.timeZone }).toISO({ suppressMilliseconds: true });
  const end = DateTime.fromISO(next.to, { zone: handling.timeZone }).toISO({ suppressMilliseconds: true });
  if (start === null || end === null) return undefined;
  const callers = rule.callers.length === 0 ? '' : ` when ${rule.callers.map((caller) => caller.callerId).join(' or ')} calls`;
  const command = `route to ${target} from ${start} until ${end}${callers}${nameClause(rule.name)}`;
  return command.length <= Math.min(MAX_COMMAND_LENGTH, BUTTON_VALUE_LIMIT) ? command : undefined;
}

/** `named "<name>"`, or nothing for a name the language would refuse (blank, too long). */
function nameClause(name: string): string {
  // A double quote would end the clause early; the reader sees a single one instead.
  const quotable = name.replaceAll('"', "'").trim();
  return quotable === '' || quotable.length > RULE_NAME_MAX_LENGTH ? '' : ` named "${quotable}"`;
}

/** The destination as the language reads it back: by extension number, so a renamed or oddly named extension still resolves. */
function targetPhrase(destination: Destination, directory: Pick<CallHandling, 'extensions' | 'ivrMenus'>): string | undefined {
  if (destination.kind === 'greeting') return 'greeting';
  if (destination.kind === 'greeting-then-hang-up') return 'greeting then hang up';
  const number = [...directory.extensions, ...directory.ivrMenus].find((entry) => entry.id === destination.extensionId)?.extensionNumber;
  return number === undefined ? undefined : `ext ${number}`;
}
