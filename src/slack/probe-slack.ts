import { webApi } from '@slack/bolt';

/** What to look at, with which token. */
export interface SlackProbeOptions {
  readonly botToken: string;
  /** SLACK_API_URL; Slack's own when unset. */
  readonly apiUrl: string | undefined;
  /** Channel ids whose membership to check. */
  readonly channels: ReadonlyArray<string>;
  /** Whether to list the user groups (only then is usergroups:read needed). */
  readonly groups: boolean;
}

/** A Web API call's outcome: its value, or Slack's error code (`invalid_auth`, `channel_not_found`, …) or a reason it got no answer. */
export type SlackStep<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** A channel as conversations.info shows it to the bot. */
export interface ProbedChannel {
  readonly name: string;
  readonly isMember: boolean;
  readonly isArchived: boolean;
  readonly isPrivate: boolean;
}

/** A user group: its handle (no @) and member ids. */
export interface ProbedGroup {
  readonly handle: string;
  readonly members: ReadonlyArray<string>;
}

/** What a probe found out; channels and groups are looked at only when the token works. */
export interface SlackProbe {
  /** auth.test, with the scopes Slack says the token has (its `x-oauth-scopes` header). */
  readonly auth: SlackStep<{ readonly team: string; readonly botUser: string; readonly scopes: ReadonlyArray<string> }>;
  readonly channels: ReadonlyMap<string, SlackStep<ProbedChannel>>;
  readonly groups: SlackStep<ReadonlyArray<ProbedGroup>> | undefined;
}

/** A check waits a little for Slack and never retries: the next `doctor` is the retry. */
const CLIENT_LIMITS: webApi.WebClientOptions = { timeout: 10_000, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true };

/** Asks Slack, as the bot, who it is and what it may do, where the configuration says it works. */
export async function probeSlack(options: SlackProbeOptions): Promise<SlackProbe> {
  const client = new webApi.WebClient(options.botToken, { ...(options.apiUrl === undefined ? {} : { slackApiUrl: options.apiUrl }), ...CLIENT_LIMITS, logLevel: webApi.LogLevel.ERROR });
  const auth = await step(async () => {
    const answer = await client.auth.test();
    return { team: answer.team ?? '', botUser: answer.user ?? '', scopes: answer.response_metadata?.scopes ?? [] };
  });
  if (!auth.ok) return { auth, channels: new Map(), groups: undefined };
  const [channels, groups] = await Promise.all([
    Promise.all(
      options.channels.map(async (id) => {
        const info = await step(async () => {
          const { channel } = await client.conversations.info({ channel: id });
          return { name: channel?.name ?? id, isMember: channel?.is_member === true, isArchived: channel?.is_archived === true, isPrivate: channel?.is_private === true };
        });
        return [id, info] as const;
      }),
    ),
    options.groups
      ? step(async () => {
          const { usergroups } = await client.usergroups.list({ include_users: true });
          return (usergroups ?? []).map((group) => ({ handle: group.handle ?? '', members: group.users ?? [] }));
        })
      : undefined,
  ]);
  return { auth, channels: new Map(channels), groups };
}

async function step<T>(call: () => Promise<T>): Promise<SlackStep<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, error: describeFailure(error) };
  }
}

/** Slack's error code when it answered `ok: false`, else why no usable answer came, in a few words. */
function describeFailure(error: unknown): string {
  const { data, original, retryAfter } = error as { data?: { error?: unknown }; original?: { message?: unknown }; retryAfter?: unknown };
  if (typeof data?.error === 'string') return data.error;
  if (typeof retryAfter === 'number') return `rate limited, retry after ${retryAfter} s`;
  const reason = typeof original?.message === 'string' ? original.message : error instanceof Error ? error.message : String(error);
  return `no answer: ${reason.replace(/\s+/g, ' ')}`;
}
