import { say, SLACK_MESSAGES, type Language } from '../i18n/index.ts';
import type { AuditLog } from '../store/index.ts';
import { describeSlackReadFailure, readAuditChannel } from './read-audit-channel.ts';
import type { SlackClient } from './slack-context.ts';

/**
 * What the audit channel says about the trail in the database, in one line: the posts match it,
 * differ from it (an entry rewritten or removed), or Slack could not be read.
 */
export interface AuditChannelComparison {
  readonly kind: 'matches' | 'differs' | 'unreadable';
  readonly message: string;
}

/**
 * Reads the chain heads posted in the audit channel and compares the trail with them: the only
 * check that notices the newest entries removed once nothing in the database refers to them.
 * Our own sentences are in `language` (English for a caller that does not pass it, the console).
 */
export async function compareWithAuditChannel(
  client: SlackClient,
  channel: string,
  audit: Pick<AuditLog, 'compareWithAnchors'>,
  language: Language,
): Promise<AuditChannelComparison> {
  let anchors;
  try {
    anchors = await readAuditChannel(client, channel);
  } catch (error) {
    const message = describeSlackReadFailure(error, channel);
    if (message === undefined) throw error;
    return { kind: 'unreadable', message };
  }
  const compared = await audit.compareWithAnchors(anchors);
  if (!compared.ok) return { kind: 'differs', message: compared.message };
  if (compared.anchors === 0) return { kind: 'matches', message: say(language, SLACK_MESSAGES['audit-channel-no-heads']) };
  return { kind: 'matches', message: say(language, SLACK_MESSAGES['audit-channel-matches'], { count: compared.anchors }) };
}
