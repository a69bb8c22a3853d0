/** What the fake Slack workspace holds: the seeded directory, posted messages, files, views and trigger ids. */

/** The workspace, app and bot the fake pretends to be. */
export interface FakeSlackIdentity {
  readonly teamId: string;
  readonly teamDomain: string;
  readonly appId: string;
  readonly botId: string;
  readonly botUserId: string;
  readonly botName: string;
}

/** A user in the fake's directory, as `users.info` reports them. */
export interface FakeUser {
  readonly id: string;
  readonly name: string;
  readonly real_name: string;
  readonly tz: string;
  /** The user's Slack language (`fr-CA`, `en-US`); users.info gives it only with include_locale. Default en-US. */
  readonly locale?: string;
  readonly is_admin?: boolean;
  readonly deleted?: boolean;
}

/** A user group (`S…`) with its members. */
export interface FakeGroup {
  readonly id: string;
  readonly handle: string;
  readonly name?: string;
  readonly users: ReadonlyArray<string>;
}

/** A channel the fake knows; the bot can post only where `isMember` is true. */
export interface FakeChannel {
  readonly id: string;
  readonly name: string;
  readonly isMember: boolean;
  readonly isPrivate?: boolean;
}

/** A message as stored in a channel; `chat.update` edits it in place. */
export interface StoredMessage {
  readonly channel: string;
  readonly ts: string;
  text: string;
  blocks: ReadonlyArray<unknown> | undefined;
  readonly user: string;
  readonly bot_id: string;
  readonly thread_ts?: string;
  /** The files a files.completeUploadExternal shared with this message. */
  readonly files?: ReadonlyArray<StoredFile>;
  metadata?: unknown;
  edited?: { readonly user: string; readonly ts: string };
}

/**
 * A file from files.getUploadURLExternal: its bytes arrive at the upload URL, and
 * files.completeUploadExternal gives it its title and shares it.
 */
export interface StoredFile {
  readonly id: string;
  readonly filename: string;
  /** The size announced to files.getUploadURLExternal; the upload URL takes exactly this many bytes. */
  readonly length: number;
  /** Undefined until the upload URL received them. */
  bytes: Uint8Array | undefined;
  title: string | undefined;
  readonly created: number;
}

/** An ephemeral message: shown to one user in one channel, never stored in the channel. */
export interface StoredEphemeral {
  readonly channel: string;
  readonly user: string;
  readonly message_ts: string;
  readonly text: string;
  readonly blocks: ReadonlyArray<unknown> | undefined;
}

/** A modal or Home tab view as the fake last accepted it. */
export interface StoredView {
  readonly id: string;
  readonly type: 'modal' | 'home';
  readonly user: string | undefined;
  readonly root_view_id: string;
  readonly previous_view_id: string | null;
  readonly body: Readonly<Record<string, unknown>>;
  readonly hash: string;
}

/** How long Slack honours a trigger_id. */
export const TRIGGER_TTL_MS = 3000;

/** The mutable state behind one fake Slack server. */
export interface FakeSlackState {
  readonly identity: FakeSlackIdentity;
  readonly botToken: string;
  readonly now: () => number;
  readonly users: Map<string, FakeUser>;
  readonly groups: Map<string, FakeGroup>;
  readonly channels: Map<string, FakeChannel>;
  readonly messages: Map<string, StoredMessage[]>;
  readonly ephemerals: StoredEphemeral[];
  readonly views: Map<string, StoredView>;
  readonly homeViews: Map<string, string>;
  readonly triggers: Map<string, { readonly issuedAt: number; readonly user: string | undefined; used: boolean }>;
  readonly files: Map<string, StoredFile>;
  /** Upload URL tickets (the URL's last segment) to the id of the file they take the bytes of. */
  readonly uploadTickets: Map<string, string>;
  /** Socket Mode tickets apps.connections.open handed out and no connection has used yet (each opens one). */
  readonly socketTickets: Set<string>;
  /** The fake's own origin (`http://127.0.0.1:PORT`), known once it listens: upload URLs point at it. */
  origin: string;
  /** A new message timestamp, strictly after every earlier one ("1700000000.000100", "1700000000.000200", …). */
  nextTs(): string;
  /** A new id with Slack's one-letter prefix (`V` views, `D` DMs…). */
  nextId(prefix: string): string;
  /** The DM channel id between the bot and a user (stable, like Slack's). */
  dmChannelOf(userId: string): string;
  /** Forget everything posted, opened and issued; the seeded users, groups and channels stay. */
  clearActivity(): void;
}

/** The default identity: one workspace, one app. */
export const DEFAULT_IDENTITY: FakeSlackIdentity = {
  teamId: 'T0FAKE0001',
  teamDomain: 'fake-workspace',
  appId: 'A0FAKE0001',
  botId: 'B0FAKE0001',
  botUserId: 'U0FAKEBOT1',
  botName: 'switchboard',
};

/** An empty workspace state. */
export function createFakeSlackState(botToken: string, now: () => number, identity = DEFAULT_IDENTITY): FakeSlackState {
  let tsCounter = 0n;
  let idCounter = 0;
  const state: FakeSlackState = {
    identity,
    botToken,
    now,
    users: new Map(),
    groups: new Map(),
    channels: new Map(),
    messages: new Map(),
    ephemerals: [],
    views: new Map(),
    homeViews: new Map(),
    triggers: new Map(),
    files: new Map(),
    uploadTickets: new Map(),
    socketTickets: new Set(),
    origin: '',
    nextTs() {
      tsCounter += 1n;
      const micros = 1_700_000_000_000_000n + tsCounter * 100n;
      return `${micros / 1_000_000n}.${String(micros % 1_000_000n).padStart(6, '0')}`;
    },
    nextId(prefix) {
      idCounter += 1;
      return `${prefix}0FAKE${String(idCounter).padStart(5, '0')}`;
    },
    dmChannelOf(userId) {
      return `D${userId.slice(1)}`;
    },
    clearActivity() {
      for (const map of [state.messages, state.views, state.homeViews, state.triggers, state.files, state.uploadTickets]) map.clear();
      state.ephemerals.length = 0;
    },
  };
  return state;
}
