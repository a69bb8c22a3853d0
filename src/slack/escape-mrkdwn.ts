/**
 * Escapes text for Slack mrkdwn and plain_text: `&`, `<` and `>` become entities, which is all
 * Slack asks for. After this, nothing a user typed or RingCentral returned (a rule named
 * `<!channel>`, `<@U1>`, `<https://evil|click>`) can ping anyone or become a link.
 * https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A Slack user id (`U…`, or `W…` on Enterprise Grid), as opposed to a console name such as `alice`. */
const SLACK_USER_ID = /^[UW][A-Z0-9]+$/;

/** True for a Slack user id that a `<@…>` mention can name. */
export function isSlackUserId(id: string): boolean {
  return SLACK_USER_ID.test(id);
}

/** A person in mrkdwn: a `<@U…>` mention for a Slack user id, else the escaped name. */
export function mentionPerson(id: string): string {
  return isSlackUserId(id) ? `<@${id}>` : escapeMrkdwn(id);
}

/**
 * Escapes a workflow sentence and turns the named people in it into mentions. Only the ids
 * given are mentioned, as whole words, so a Slack id someone typed into a reason or a rule name
 * stays plain text and pings nobody.
 */
export function escapeMentioning(text: string, people: Iterable<string | undefined>): string {
  const ids = [...new Set([...people].filter((id): id is string => id !== undefined && isSlackUserId(id)))];
  const escaped = escapeMrkdwn(text);
  if (ids.length === 0) return escaped;
  const pattern = new RegExp(`(?<![A-Za-z0-9@])(${ids.join('|')})(?![A-Za-z0-9])`, 'g');
  return escaped.replace(pattern, '<@$1>');
}
