import { DateTime } from 'luxon';
import { describeInstant as describeInstantIn, say, SLACK_MESSAGES, type Language } from '../../i18n/index.ts';
import { describeInstant } from '../../workflow/index.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';

/**
 * An instant as Slack date markup, which every reader sees in their own zone
 * (`<!date^1798210800^{date_short_pretty} at {time}|2026-12-25 15:00 UTC>`); the fallback is
 * the workflow's own wording for clients that cannot render it. Slack words the date and time
 * in the reader's locale, but the word between them is ours ("at" / "à").
 * https://docs.slack.dev/messaging/formatting-message-text#date-formatting
 */
export function slackDate(iso: string, language: Language): string {
  const seconds = Math.floor(Date.parse(iso) / 1000);
  const at = DateTime.fromISO(iso, { zone: 'utc' });
  // The workflow's wording is in figures, so it stands for an instant that cannot be read.
  const fallback = escapeMrkdwn(language === 'en' || !at.isValid ? describeInstant(iso) : describeInstantIn(at, 'UTC', language));
  // Slack's date token takes a Unix time in whole seconds; one before 1970 would be shown as typed.
  if (Number.isNaN(seconds) || seconds < 0) return fallback;
  return `<!date^${seconds}^${say(language, SLACK_MESSAGES['date-at-time'])}|${fallback}>`;
}
