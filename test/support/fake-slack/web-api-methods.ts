/**
 * The Web API methods the bot uses, with Slack's success shapes and error codes
 * (shapes: ../shared/slack/java-slack-sdk-json-samples/api; errors: ../shared/slack/slack-api-ref).
 */
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { checkMessage, checkView } from './block-kit-guard.ts';
import { TRIGGER_TTL_MS, type FakeSlackState, type StoredFile, type StoredMessage, type StoredView } from './fake-slack-state.ts';

/** A Web API answer body: `{ ok: true, … }` or `{ ok: false, error, … }`. */
export type WebApiAnswer = { readonly ok: boolean; readonly error?: string } & Record<string, unknown>;

type Args = Readonly<Record<string, unknown>>;
type Method = (state: FakeSlackState, args: Args) => WebApiAnswer;

const fail = (error: string, extra: Record<string, unknown> = {}): WebApiAnswer => ({ ok: false, error, ...extra });
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Answers one Web API call against the fake's state. */
export function answerWebApiMethod(state: FakeSlackState, method: string, args: Args): WebApiAnswer {
  const handler = METHODS[method];
  return handler ? handler(state, args) : fail('unknown_method');
}

/** The methods an app-level token (xapp-…) may call, and a bot token may not (`not_allowed_token_type` either way). */
export const APP_TOKEN_METHODS: ReadonlySet<string> = new Set(['apps.connections.open']);

const METHODS: Readonly<Record<string, Method>> = {
  // Socket Mode: a WebSocket URL on the fake itself, whose ticket opens one connection.
  'apps.connections.open': (state) => {
    const ticket = randomBytes(12).toString('hex');
    state.socketTickets.add(ticket);
    return { ok: true, url: `${state.origin.replace(/^http/, 'ws')}/link/?ticket=${ticket}&app_id=${state.identity.appId}` };
  },

  'auth.test': (state) => ({
    ok: true,
    url: `https://${state.identity.teamDomain}.slack.com/`,
    team: 'Fake Workspace',
    user: state.identity.botName,
    team_id: state.identity.teamId,
    user_id: state.identity.botUserId,
    bot_id: state.identity.botId,
    app_id: state.identity.appId,
    is_enterprise_install: false,
  }),

  'chat.postMessage': (state, args) => {
    const target = resolvePostableChannel(state, args.channel);
    if (typeof target !== 'string') return target;
    const problem = checkMessage(args);
    if (problem) return problem;
    const message: StoredMessage = {
      channel: target,
      ts: state.nextTs(),
      text: str(args.text) ?? '',
      blocks: args.blocks as ReadonlyArray<unknown> | undefined,
      user: state.identity.botUserId,
      bot_id: state.identity.botId,
      ...(str(args.thread_ts) ? { thread_ts: str(args.thread_ts) } : {}),
      ...(args.metadata !== undefined ? { metadata: args.metadata } : {}),
    };
    const list = state.messages.get(target) ?? [];
    list.push(message);
    state.messages.set(target, list);
    return { ok: true, channel: target, ts: message.ts, message: messageJson(state, message) };
  },

  'chat.update': (state, args) => {
    const channel = str(args.channel);
    if (!channel || !isKnownChannel(state, channel)) return fail('channel_not_found');
    const message = state.messages.get(channel)?.find((candidate) => candidate.ts === str(args.ts));
    if (!message) return fail('message_not_found');
    if (message.user !== state.identity.botUserId) return fail('cant_update_message');
    const problem = checkMessage({ text: args.text ?? message.text, blocks: args.blocks ?? message.blocks });
    if (problem) return problem;
    // Slack keeps the old text and blocks when an update leaves them out; an empty array removes the blocks.
    if (args.text !== undefined) message.text = String(args.text);
    if (args.blocks !== undefined) message.blocks = args.blocks as ReadonlyArray<unknown>;
    if (args.metadata !== undefined) message.metadata = args.metadata;
    message.edited = { user: state.identity.botUserId, ts: state.nextTs() };
    return { ok: true, channel, ts: message.ts, text: message.text, message: messageJson(state, message) };
  },

  'chat.postEphemeral': (state, args) => {
    const target = resolvePostableChannel(state, args.channel);
    if (typeof target !== 'string') return target;
    const user = str(args.user);
    if (!user || !state.users.has(user)) return fail('user_not_in_channel');
    const problem = checkMessage(args);
    if (problem) return problem;
    const messageTs = state.nextTs();
    state.ephemerals.push({ channel: target, user, message_ts: messageTs, text: str(args.text) ?? '', blocks: args.blocks as ReadonlyArray<unknown> | undefined });
    return { ok: true, message_ts: messageTs };
  },

  'chat.getPermalink': (state, args) => {
    const channel = str(args.channel);
    if (!channel || !isKnownChannel(state, channel)) return fail('channel_not_found');
    const message = state.messages.get(channel)?.find((candidate) => candidate.ts === str(args.message_ts));
    if (!message) return fail('message_not_found');
    return { ok: true, channel, permalink: `https://${state.identity.teamDomain}.slack.com/archives/${channel}/p${message.ts.replace('.', '')}` };
  },

  // A trigger id opens one view, for the user whose interaction issued it.
  'views.open': (state, args) => {
    const trigger = useTrigger(state, args.trigger_id);
    return trigger.refusal ?? storeView(state, args.view, { user: trigger.user, previous: undefined });
  },

  'views.push': (state, args) => {
    const trigger = useTrigger(state, args.trigger_id);
    return trigger.refusal ?? storeView(state, args.view, { user: trigger.user, previous: undefined });
  },

  'views.update': (state, args) => {
    const existing = findView(state, args);
    if (!existing) return fail('not_found');
    if (str(args.hash) && args.hash !== existing.hash) return fail('hash_conflict');
    return storeView(state, args.view, { user: existing.user, previous: existing });
  },

  'views.publish': (state, args) => {
    const user = str(args.user_id);
    if (!user) return fail('invalid_arguments', { response_metadata: { messages: ['[ERROR] missing required field: user_id'] } });
    const homeId = state.homeViews.get(user);
    const existing = homeId ? state.views.get(homeId) : undefined;
    if (existing && str(args.hash) && args.hash !== existing.hash) return fail('hash_conflict');
    return storeView(state, args.view, { user, previous: existing, home: true });
  },

  'users.info': (state, args) => {
    const user = state.users.get(str(args.user) ?? '');
    if (!user) return fail('user_not_found');
    const zone = DateTime.fromMillis(state.now()).setZone(user.tz);
    return {
      ok: true,
      user: {
        id: user.id,
        team_id: state.identity.teamId,
        name: user.name,
        real_name: user.real_name,
        deleted: user.deleted ?? false,
        tz: user.tz,
        tz_label: zone.offsetNameLong ?? user.tz,
        tz_offset: zone.offset * 60,
        // Slack adds the locale only when asked (include_locale=true), as the real method does.
        ...(args.include_locale === true || args.include_locale === 'true' ? { locale: user.locale ?? 'en-US' } : {}),
        is_admin: user.is_admin ?? false,
        is_owner: false,
        is_primary_owner: false,
        is_restricted: false,
        is_ultra_restricted: false,
        is_bot: false,
        is_app_user: false,
        updated: Math.floor(state.now() / 1000),
        profile: { real_name: user.real_name, display_name: user.name, real_name_normalized: user.real_name, display_name_normalized: user.name, team: state.identity.teamId },
      },
    };
  },

  'usergroups.list': (state, args) => ({
    ok: true,
    usergroups: [...state.groups.values()].map((group) => ({
      id: group.id,
      team_id: state.identity.teamId,
      is_usergroup: true,
      is_subteam: true,
      name: group.name ?? group.handle,
      description: '',
      handle: group.handle,
      is_external: false,
      date_create: 1_700_000_000,
      date_update: 1_700_000_000,
      date_delete: 0,
      created_by: state.identity.botUserId,
      prefs: { channels: [], groups: [] },
      user_count: group.users.length,
      ...(args.include_users === true || args.include_users === 'true' ? { users: [...group.users] } : {}),
    })),
  }),

  'usergroups.users.list': (state, args) => {
    const group = state.groups.get(str(args.usergroup) ?? '');
    return group ? { ok: true, users: [...group.users] } : fail('no_such_subteam');
  },

  'conversations.info': (state, args) => {
    const id = str(args.channel) ?? '';
    if (id.startsWith('D') && [...state.users.keys()].some((user) => state.dmChannelOf(user) === id)) {
      return { ok: true, channel: { id, is_channel: false, is_group: false, is_im: true, is_private: true, is_member: true, is_archived: false } };
    }
    const channel = state.channels.get(id);
    if (!channel) return fail('channel_not_found');
    return {
      ok: true,
      channel: {
        id: channel.id,
        name: channel.name,
        name_normalized: channel.name,
        is_channel: !channel.isPrivate,
        is_group: channel.isPrivate ?? false,
        is_im: false,
        is_mpim: false,
        is_private: channel.isPrivate ?? false,
        is_archived: false,
        is_general: false,
        is_member: channel.isMember,
        created: 1_700_000_000,
        creator: state.identity.botUserId,
      },
    };
  },

  // Newest first, `limit` at a time (default 100, at most 999), thread replies left out; the
  // cursor is Slack's shape, base64 of "next_ts:<ts>". A channel the bot is not in is refused.
  'conversations.history': (state, args) => {
    const id = str(args.channel);
    if (!id || !isKnownChannel(state, id)) return fail('channel_not_found');
    if (state.channels.get(id)?.isMember === false) return fail('not_in_channel');
    const limit = Math.min(HISTORY_MAX_LIMIT, Math.max(1, Number(args.limit) || HISTORY_DEFAULT_LIMIT));
    const cursor = str(args.cursor);
    const before = cursor === undefined ? undefined : /^next_ts:(\d+\.\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'))?.[1];
    if (cursor !== undefined && before === undefined) return fail('invalid_cursor');
    const newestFirst = (state.messages.get(id) ?? [])
      .filter((message) => message.thread_ts === undefined || message.thread_ts === message.ts)
      .filter((message) => before === undefined || compareTs(message.ts, before) <= 0)
      .sort((a, b) => compareTs(b.ts, a.ts));
    const page = newestFirst.slice(0, limit);
    const next = newestFirst[limit];
    return {
      ok: true,
      messages: page.map((message) => messageJson(state, message)),
      has_more: next !== undefined,
      pin_count: 0,
      channel_actions_ts: null,
      channel_actions_count: 0,
      ...(next === undefined ? {} : { response_metadata: { next_cursor: Buffer.from(`next_ts:${next.ts}`).toString('base64') } }),
    };
  },

  // The first of an upload's three steps: a file id, and a URL on the fake itself for the bytes.
  'files.getUploadURLExternal': (state, args) => {
    const filename = str(args.filename);
    if (!filename) return missingField('filename');
    if (args.length === undefined || args.length === '') return missingField('length');
    const length = Number(args.length);
    if (!Number.isInteger(length) || length < 0) return fail('invalid_arguments', { response_metadata: { messages: ['[ERROR] must be an integer [json-pointer:/length]'] } });
    if (length === 0) return fail('missing_argument');
    const id = state.nextId('F');
    state.files.set(id, { id, filename, length, bytes: undefined, title: undefined, created: Math.floor(state.now() / 1000) });
    const ticket = randomBytes(12).toString('hex');
    state.uploadTickets.set(ticket, id);
    return { ok: true, upload_url: `${state.origin}/upload/v1/${ticket}`, file_id: id };
  },

  // The last step: titles the uploaded files and shares them in one message (private without a channel).
  'files.completeUploadExternal': (state, args) => {
    if (!Array.isArray(args.files) || args.files.length === 0) return missingField('files');
    const entries = (args.files as ReadonlyArray<unknown>).map((entry) => (typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {}));
    const files: StoredFile[] = [];
    for (const entry of entries) {
      const file = state.files.get(str(entry.id) ?? '');
      if (!file || file.bytes === undefined) return fail('file_not_found');
      files.push(file);
    }
    const share = (): WebApiAnswer => {
      for (const [index, file] of files.entries()) file.title = str(entries[index]?.title) ?? file.filename;
      return { ok: true, files: files.map((file) => fileJson(state, file)) };
    };
    const channelId = str(args.channel_id);
    if (channelId === undefined) {
      if (str(args.thread_ts)) return fail('invalid_arguments', { response_metadata: { messages: ['[ERROR] thread_ts needs a channel_id'] } });
      return share();
    }
    const target = resolveShareChannel(state, channelId);
    if (typeof target !== 'string') return target;
    // Slack shows the initial comment as the message text and ignores blocks when both are given.
    const comment = str(args.initial_comment);
    const blocks = comment === undefined ? (args.blocks as ReadonlyArray<unknown> | undefined) : undefined;
    if (comment !== undefined || blocks !== undefined) {
      const problem = checkMessage({ text: comment, blocks });
      if (problem) return problem;
    }
    const message: StoredMessage = {
      channel: target,
      ts: state.nextTs(),
      text: comment ?? '',
      blocks,
      user: state.identity.botUserId,
      bot_id: state.identity.botId,
      files,
      ...(str(args.thread_ts) ? { thread_ts: str(args.thread_ts) } : {}),
    };
    const list = state.messages.get(target) ?? [];
    list.push(message);
    state.messages.set(target, list);
    return share();
  },

  'conversations.open': (state, args) => {
    const users = (str(args.users) ?? '').split(',').filter(Boolean);
    if (users.length === 0) return fail('users_list_not_supplied');
    if (users.length > 1) return fail('method_not_supported_for_channel_type');
    const [user] = users as [string];
    if (!state.users.has(user)) return fail('user_not_found');
    return { ok: true, no_op: true, already_open: true, channel: { id: state.dmChannelOf(user) } };
  },
};

const HISTORY_DEFAULT_LIMIT = 100;
const HISTORY_MAX_LIMIT = 999;

/** Orders message timestamps ("1700000000.000100") as numbers, without a float's rounding. */
function compareTs(a: string, b: string): number {
  const [aSeconds = '', aMicros = ''] = a.split('.');
  const [bSeconds = '', bMicros = ''] = b.split('.');
  return Number(aSeconds) - Number(bSeconds) || Number(aMicros) - Number(bMicros);
}

/** The channel id a message may be posted to, or the error Slack gives (user ids post into the bot's DM). */
function resolvePostableChannel(state: FakeSlackState, raw: unknown): string | WebApiAnswer {
  const given = str(raw);
  if (!given) return fail('channel_not_found');
  if (/^[UW]/.test(given)) return state.users.has(given) ? state.dmChannelOf(given) : fail('channel_not_found');
  if (given.startsWith('D')) return isKnownChannel(state, given) ? given : fail('channel_not_found');
  const name = given.replace(/^#/, '');
  const channel = state.channels.get(given) ?? [...state.channels.values()].find((candidate) => candidate.name === name);
  if (!channel) return fail('channel_not_found');
  if (!channel.isMember) return fail('not_in_channel');
  return channel.id;
}

/**
 * The conversation files.completeUploadExternal shares into: a channel id (never a name) the bot
 * is a member of, or the bot's DM with a user. A conversation the fake knows that the bot is not
 * in (a channel it was never invited to, a DM between two people) is `not_in_channel`.
 */
function resolveShareChannel(state: FakeSlackState, id: string): string | WebApiAnswer {
  const channel = state.channels.get(id);
  if (channel) return channel.isMember ? channel.id : fail('not_in_channel');
  return isKnownChannel(state, id) ? id : fail('channel_not_found');
}

function missingField(field: string): WebApiAnswer {
  return fail('invalid_arguments', { response_metadata: { messages: [`[ERROR] missing required field: ${field}`] } });
}

/** A file as Slack describes it in answers and in the messages that share it. */
function fileJson(state: FakeSlackState, file: StoredFile): Record<string, unknown> {
  return {
    id: file.id,
    created: file.created,
    timestamp: file.created,
    name: file.filename,
    title: file.title ?? file.filename,
    filetype: /\.(\w+)$/.exec(file.filename)?.[1]?.toLowerCase() ?? 'binary',
    user: state.identity.botUserId,
    size: file.length,
    mode: 'hosted',
  };
}

function isKnownChannel(state: FakeSlackState, id: string): boolean {
  return state.channels.has(id) || [...state.users.keys()].some((user) => state.dmChannelOf(user) === id);
}

function messageJson(state: FakeSlackState, message: StoredMessage): Record<string, unknown> {
  return {
    type: 'message',
    user: message.user,
    bot_id: message.bot_id,
    text: message.text,
    ts: message.ts,
    ...(message.blocks ? { blocks: message.blocks } : {}),
    ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
    ...(message.edited ? { edited: message.edited } : {}),
    ...(message.files ? { files: message.files.map((file) => fileJson(state, file)), upload: true } : {}),
  };
}

/** Consumes a trigger id: Slack honours each one once, within 3 seconds of the interaction. */
function useTrigger(state: FakeSlackState, raw: unknown): { readonly refusal?: WebApiAnswer; readonly user?: string | undefined } {
  const id = str(raw);
  if (!id) return { refusal: fail('invalid_arguments', { response_metadata: { messages: ['[ERROR] missing required field: trigger_id'] } }) };
  const trigger = state.triggers.get(id);
  if (!trigger) return { refusal: fail('invalid_trigger_id') };
  if (trigger.used) return { refusal: fail('exchanged_trigger_id') };
  if (state.now() - trigger.issuedAt > TRIGGER_TTL_MS) return { refusal: fail('expired_trigger_id') };
  trigger.used = true;
  return { user: trigger.user };
}

function findView(state: FakeSlackState, args: Args): StoredView | undefined {
  const byId = str(args.view_id);
  if (byId) return state.views.get(byId);
  const external = str(args.external_id);
  return external ? [...state.views.values()].find((view) => view.body.external_id === external) : undefined;
}

function storeView(
  state: FakeSlackState,
  raw: unknown,
  where: { readonly user: string | undefined; readonly previous: StoredView | undefined; readonly home?: boolean },
): WebApiAnswer {
  const problem = checkView(raw, where.home ? 'home' : undefined);
  if (problem) return problem;
  const body = raw as Record<string, unknown>;
  const type = body.type === 'home' ? 'home' : 'modal';
  // An update keeps the view id; a push or open makes a new one.
  const id = where.previous?.id ?? state.nextId('V');
  const view: StoredView = {
    id,
    type,
    user: where.user,
    root_view_id: where.previous?.root_view_id ?? id,
    previous_view_id: where.previous?.previous_view_id ?? null,
    body,
    hash: `${Math.floor(state.now() / 1000)}.${state.nextId('h')}`,
  };
  state.views.set(id, view);
  if (type === 'home' && where.user) state.homeViews.set(where.user, id);
  return { ok: true, view: viewJson(state, view) };
}

/** A view as Slack returns it and sends it back in interaction payloads. */
export function viewJson(state: FakeSlackState, view: StoredView, values: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: view.id,
    team_id: state.identity.teamId,
    type: view.type,
    blocks: [],
    private_metadata: '',
    callback_id: '',
    external_id: '',
    clear_on_close: false,
    notify_on_close: false,
    submit_disabled: false,
    ...view.body,
    state: { values },
    hash: view.hash,
    root_view_id: view.root_view_id,
    previous_view_id: view.previous_view_id,
    app_id: state.identity.appId,
    app_installed_team_id: state.identity.teamId,
    bot_id: state.identity.botId,
  };
}
