import { webApi } from '@slack/bolt';
import type { SlackConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { boltLogger, compareWithAuditChannel, type AuditChannelComparison } from '../slack/index.ts';
import type { AuditLog } from '../store/index.ts';

/**
 * A command line waits for Slack a little, not the client's default half hour of retries. In a
 * module of its own, imported only for `--against-slack`, so a plain `audit verify` loads no Bolt.
 */
const CLIENT_LIMITS: webApi.WebClientOptions = { timeout: 30_000, retryConfig: { retries: 2, factor: 2, minTimeout: 1_000, maxTimeout: 10_000 } };

/** Compares the trail with the chain heads the bot posted in the audit channel; the client logs through the process's logger. */
export function compareWithSlack(slack: SlackConfig, channel: string, audit: Pick<AuditLog, 'compareWithAnchors'>, logger: Logger): Promise<AuditChannelComparison> {
  const client = new webApi.WebClient(slack.botToken, { ...(slack.apiUrl === undefined ? {} : { slackApiUrl: slack.apiUrl }), ...CLIENT_LIMITS, logger: boltLogger(logger) });
  // `switchboard audit` speaks English only, like the audit trail's own messages.
  return compareWithAuditChannel(client, channel, audit, 'en');
}
