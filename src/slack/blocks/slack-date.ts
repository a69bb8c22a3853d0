import { describeInstant } from '../../workflow/index.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';

/**
 * An instant as Slack date markup, which every reader sees in their own zone
 * (`<!date^1798210800^{date_short_pretty} at {time}|2026-12-25 15:00 UTC>`); the fallback is
 * the workflow's own wording for clients that cannot render it.
 * https://docs.slack.dev/messaging/formatting-message-text#date-formatting
 */
export function slackDate(iso: string): string {
  const seconds = Math.floor(Date.parse(iso) / 1000);
  // Slack's date token takes a Unix time in whole seconds; one before 1970 would be shown as typed.
  if (Number.isNaN(seconds) || seconds < 0) return escapeMrkdwn(describeInstant(iso));
  return `<!date^${seconds}^{date_short_pretty} at {time}|${escapeMrkdwn(describeInstant(iso))}>`;
}
