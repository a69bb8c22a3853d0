import type { AuditAnchor } from '../store/index.ts';
import { readChainHeadLine } from './blocks/chain-head-line.ts';
import type { SlackClient } from './slack-context.ts';

/** Messages asked for per conversations.history page (Slack allows up to 999; 200 is its advice). */
const PAGE_LIMIT = 200;

/**
 * The chain heads the bot posted in the audit channel, read back page by page with
 * conversations.history. Only the bot's own posts count: anyone in the channel could type a line
 * that looks like one. Throws the Web API's error when Slack refuses (see describeSlackReadFailure).
 */
export async function readAuditChannel(client: SlackClient, channel: string): Promise<ReadonlyArray<AuditAnchor>> {
  const { bot_id: botId } = await client.auth.test();
  if (botId === undefined) return [];
  const anchors: AuditAnchor[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.conversations.history({ channel, limit: PAGE_LIMIT, ...(cursor === undefined ? {} : { cursor }) });
    for (const message of page.messages ?? []) {
      if (message.bot_id === botId) anchors.push(...chainHeadsIn(message.blocks));
    }
    const next = page.response_metadata?.next_cursor;
    cursor = page.has_more === true && next !== undefined && next !== '' ? next : undefined;
  } while (cursor !== undefined);
  return anchors;
}

/** The chain head lines in a message's context blocks. */
function chainHeadsIn(blocks: ReadonlyArray<unknown> | undefined): AuditAnchor[] {
  const anchors: AuditAnchor[] = [];
  for (const block of blocks ?? []) {
    const { type, elements } = block as { type?: unknown; elements?: unknown };
    if (type !== 'context' || !Array.isArray(elements)) continue;
    for (const element of elements) {
      const text = (element as { text?: unknown }).text;
      const anchor = typeof text === 'string' ? readChainHeadLine(text) : undefined;
      if (anchor !== undefined) anchors.push(anchor);
    }
  }
  return anchors;
}

/** What to do about each refusal Slack may give for reading the channel. */
const READ_REFUSALS: Readonly<Record<string, string>> = {
  not_in_channel: 'invite the bot to the channel',
  channel_not_found: 'check SWITCHBOARD_AUDIT_CHANNEL, and invite the bot if the channel is private',
  missing_scope: 'give the app the channels:history scope (groups:history for a private channel) and reinstall it',
  invalid_auth: 'check SLACK_BOT_TOKEN',
  not_authed: 'check SLACK_BOT_TOKEN',
  token_revoked: 'check SLACK_BOT_TOKEN',
  account_inactive: 'check SLACK_BOT_TOKEN',
};

/** One line saying why the audit channel could not be read, for a Web API error; undefined for anything else. */
export function describeSlackReadFailure(error: unknown, channel: string): string | undefined {
  const { code, data, original, retryAfter } = error as { code?: unknown; data?: { error?: unknown }; original?: { message?: unknown }; retryAfter?: unknown };
  if (typeof code !== 'string' || !code.startsWith('slack_webapi_')) return undefined;
  if (typeof data?.error === 'string') {
    const advice = READ_REFUSALS[data.error];
    return `Slack did not let the bot read the audit channel ${channel} (${data.error})${advice === undefined ? '' : `: ${advice}`}.`;
  }
  if (typeof retryAfter === 'number') return `Slack is limiting the bot's requests (retry after ${retryAfter} s): read the audit channel ${channel} again in a minute.`;
  const reason = typeof original?.message === 'string' ? original.message : (error as Error).message;
  return `Slack could not be reached to read the audit channel ${channel} (${reason.replace(/\s+/g, ' ')}): check SLACK_API_URL and the network, and try again.`;
}
