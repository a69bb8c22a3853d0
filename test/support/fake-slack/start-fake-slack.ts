/**
 * A fake Slack Web API on a loopback port, for end-to-end tests that point the real Bolt app's
 * `clientOptions.slackApiUrl` at it. It speaks what @slack/web-api 8 sends (form-encoded bodies,
 * non-scalar fields JSON-encoded, `Authorization: Bearer`), records every call, enforces Block Kit
 * limits, serves response_urls and file upload URLs, and answers 429/500/`{ ok: false }` on demand.
 * With an app-level token it serves Socket Mode too (socket-mode-server.ts).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { load } from 'js-yaml';
import {
  createFakeSlackState,
  DEFAULT_IDENTITY,
  type FakeChannel,
  type FakeGroup,
  type FakeSlackIdentity,
  type FakeUser,
  type StoredEphemeral,
  type StoredFile,
  type StoredMessage,
  type StoredView,
} from './fake-slack-state.ts';
import { createResponseUrls, type ResponseMessage, type ResponseOrigin, type ResponsePost } from './response-urls.ts';
import { receiveUpload } from './upload-urls.ts';
import { attachSocketMode, type FakeSocketMode } from './socket-mode-server.ts';
import { answerWebApiMethod, APP_TOKEN_METHODS, viewJson, type WebApiAnswer } from './web-api-methods.ts';

/** Options of `startFakeSlack`. */
export interface FakeSlackOptions {
  /** The only bot token the fake accepts. */
  readonly botToken: string;
  /** The fake's clock in epoch milliseconds (trigger expiry, `at` of calls); defaults to `Date.now`. */
  readonly now?: () => number;
  readonly identity?: FakeSlackIdentity;
  /** The scopes the bot token has, sent in `x-oauth-scopes` as Slack does; default the production manifest's bot scopes. */
  readonly scopes?: ReadonlyArray<string>;
  /** The app-level token (`xapp-…`) apps.connections.open takes to open a Socket Mode connection; none when unset. */
  readonly appToken?: string;
}

/** One Web API call as the fake received and answered it (each retry is a call of its own). */
export interface RecordedCall {
  readonly method: string;
  /** The arguments, with JSON-encoded fields (`blocks`, `view`, `attachments`, `metadata`) parsed back. */
  readonly args: Readonly<Record<string, unknown>>;
  readonly at: number;
  readonly status: number;
  /** The body answered, or undefined for an injected HTTP 500. */
  readonly response: WebApiAnswer | undefined;
}

/** A fault to answer instead of the real result, `times` times, to calls of `method` (`'*'`: any). */
export interface FakeSlackFault {
  readonly method: string;
  /** HTTP 429 (with `Retry-After`) or 500. */
  readonly status?: 429 | 500;
  /** Seconds in `Retry-After` for a 429; default 1. */
  readonly retryAfterSeconds?: number;
  /** A Web API error code answered as HTTP 200 `{ ok: false, error }`. */
  readonly error?: string;
  /** How many calls the fault answers; default 1. */
  readonly times?: number;
  /** Only calls whose `channel` (or `channel_id`) argument is this (one user's DMs, say); any call when unset. */
  readonly channel?: string;
}

/**
 * A slow answer to `times` calls (default 1) of `method`: the call takes effect at once (the
 * message is posted) and its answer is held for `ms`, as when Slack is slow or the answer is lost
 * on the way. A sender killed meanwhile cannot know that its message went out.
 */
export interface FakeSlackDelay {
  readonly method: string;
  readonly ms: number;
  readonly times?: number;
  /** Only calls whose `channel` (or `channel_id`) argument is this; any call when unset. */
  readonly channel?: string;
}

/** A running fake Slack. */
export interface FakeSlack {
  /** Web API base URL for `clientOptions.slackApiUrl`, e.g. `http://127.0.0.1:PORT/api/`. */
  readonly url: string;
  readonly identity: FakeSlackIdentity;
  /** Socket Mode: the connections apps.connections.open led to, and the envelopes sent on them. */
  readonly socketMode: FakeSocketMode;
  /** The response_url for an id: `http://127.0.0.1:PORT/respond/<id>`. */
  responseUrl(id: string): string;
  /** A fresh response_url tied to the message the interaction came from. */
  newResponseUrl(origin?: ResponseOrigin): { readonly id: string; readonly url: string };
  /** A trigger_id valid for one views.open/views.push within 3 s, as Slack hands out with each interaction. */
  issueTriggerId(user?: string): string;
  addUser(user: FakeUser): void;
  addGroup(group: FakeGroup): void;
  addChannel(channel: FakeChannel): void;
  findUser(id: string): FakeUser | undefined;
  findChannel(id: string): FakeChannel | undefined;
  /** Recorded Web API calls, oldest first; only those of `method` when given. */
  calls(method?: string): ReadonlyArray<RecordedCall>;
  /** The first call (already made or still to come) of `method` matching `predicate`. */
  waitForCall(method: string, predicate?: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** The messages in a channel (or DM channel), oldest first, as chat.update left them; a shared file's message has its `files`. */
  messages(channel: string): ReadonlyArray<StoredMessage>;
  /** A file by id, with the bytes its upload URL received, shared or not. */
  file(id: string): StoredFile | undefined;
  /** Ephemeral messages sent through chat.postEphemeral, in one channel or all. */
  ephemerals(channel?: string): ReadonlyArray<StoredEphemeral>;
  /** What was posted to a response_url, in order. */
  responses(id: string): ReadonlyArray<ResponsePost>;
  /** The messages a response_url left visible after replace_original/delete_original. */
  responseMessages(id: string): ReadonlyArray<ResponseMessage>;
  /** A view by id, as the app last opened, pushed or updated it. */
  view(id: string): StoredView | undefined;
  /** A view by id in the shape Slack sends in interaction payloads, with the given input state. */
  viewPayload(id: string, values?: Record<string, unknown>): Record<string, unknown> | undefined;
  /** The Home tab last published for a user. */
  homeView(user: string): StoredView | undefined;
  injectFault(fault: FakeSlackFault): void;
  injectDelay(delay: FakeSlackDelay): void;
  /** Forgets calls, faults, delays, messages, files, views, triggers, response_urls and Socket Mode deliveries; seeded users, groups and channels, and open connections, stay. */
  reset(): void;
  close(): Promise<void>;
}

interface Waiter {
  readonly method: string;
  readonly predicate: (call: RecordedCall) => boolean;
  readonly resolve: (call: RecordedCall) => void;
}

/** The bot scopes manifests/switchboard.yaml asks for: what an app installed from it has. */
function manifestBotScopes(): ReadonlyArray<string> {
  const manifest = load(readFileSync(new URL('../../../manifests/switchboard.yaml', import.meta.url), 'utf8')) as { oauth_config: { scopes: { bot: string[] } } };
  return manifest.oauth_config.scopes.bot;
}

/** Fields @slack/web-api JSON-encodes inside a form body. */
const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata', 'files']);

/** The conversation a call is about: chat.* name it `channel`, files.completeUploadExternal `channel_id`. */
const channelOf = (args: Readonly<Record<string, unknown>>): unknown => args.channel ?? args.channel_id;

/** Starts a fake Slack Web API on 127.0.0.1 and an ephemeral port. */
export async function startFakeSlack(options: FakeSlackOptions): Promise<FakeSlack> {
  const now = options.now ?? Date.now;
  // Slack sends the token's scopes with every answer to an authenticated call.
  const scopesHeader = { 'x-oauth-scopes': (options.scopes ?? manifestBotScopes()).join(',') };
  const state = createFakeSlackState(options.botToken, now, options.identity ?? DEFAULT_IDENTITY);
  const responseUrls = createResponseUrls(state);
  const recorded: RecordedCall[] = [];
  const faults: Array<{ fault: FakeSlackFault; left: number }> = [];
  const delays: Array<{ delay: FakeSlackDelay; left: number }> = [];
  const heldAnswers = new Set<NodeJS.Timeout>();
  let waiters: Waiter[] = [];
  let triggerCount = 0;

  const record = (call: RecordedCall): void => {
    recorded.push(call);
    const ready = waiters.filter((waiter) => waiter.method === call.method && waiter.predicate(call));
    waiters = waiters.filter((waiter) => !ready.includes(waiter));
    for (const waiter of ready) waiter.resolve(call);
  };

  const takeFault = (method: string, args: Readonly<Record<string, unknown>>): FakeSlackFault | undefined => {
    const found = faults.find(
      (entry) =>
        entry.left > 0 &&
        (entry.fault.method === method || entry.fault.method === '*') &&
        (entry.fault.channel === undefined || entry.fault.channel === channelOf(args)),
    );
    if (!found) return undefined;
    found.left -= 1;
    return found.fault;
  };

  const takeDelay = (method: string, args: Readonly<Record<string, unknown>>): number => {
    const found = delays.find(
      (entry) => entry.left > 0 && entry.delay.method === method && (entry.delay.channel === undefined || entry.delay.channel === channelOf(args)),
    );
    if (!found) return 0;
    found.left -= 1;
    return found.delay.ms;
  };
  const hold = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        heldAnswers.delete(timer);
        resolve();
      }, ms);
      heldAnswers.add(timer);
    });

  const handleApi = async (method: string, request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const raw = (await readBody(request)).toString('utf8');
    const { args, token } = parseWebApiRequest(request, raw);
    const at = now();
    // Slack names the token's scopes in each answer to an authenticated call.
    let granted: Record<string, string> | undefined;
    const send = (status: number, body: WebApiAnswer | undefined, extra: Record<string, string> = {}): void => {
      record({ method, args, at, status, response: body });
      const headers = { ...granted, ...extra };
      if (body === undefined) {
        response.writeHead(status, { 'content-type': 'text/plain', ...headers }).end('Internal Server Error');
      } else {
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
      }
    };
    if (!token) return send(200, { ok: false, error: 'not_authed' });
    const isAppToken = options.appToken !== undefined && token === options.appToken;
    if (token !== state.botToken && !isAppToken) return send(200, { ok: false, error: 'invalid_auth' });
    // An app-level token opens Socket Mode connections and does nothing else; a bot token cannot open them.
    if (isAppToken !== APP_TOKEN_METHODS.has(method)) return send(200, { ok: false, error: 'not_allowed_token_type' });
    granted = isAppToken ? { 'x-oauth-scopes': 'connections:write' } : scopesHeader;
    const fault = takeFault(method, args);
    if (fault?.status === 429) {
      return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(fault.retryAfterSeconds ?? 1) });
    }
    if (fault?.status === 500) return send(500, undefined);
    if (fault?.error) return send(200, { ok: false, error: fault.error });
    const answer = answerWebApiMethod(state, method, args);
    const delayMs = takeDelay(method, args);
    if (delayMs === 0) return send(200, answer);
    // Recorded (and done) now; only the answer waits.
    record({ method, args, at, status: 200, response: answer });
    await hold(delayMs);
    if (!response.destroyed) response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...scopesHeader }).end(JSON.stringify(answer));
  };

  const handleRespond = async (id: string, request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const raw = (await readBody(request)).toString('utf8');
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      body = undefined;
    }
    const answer = responseUrls.post(id, body);
    response.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.text);
  };

  const handleUpload = async (ticket: string, request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const answer = await receiveUpload(state, ticket, await readBody(request), request.headers['content-type'] ?? '');
    response.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.text);
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://fake').pathname;
    const api = /^\/api\/([\w.]+)$/.exec(path);
    const respond = /^\/respond\/([\w.-]+)$/.exec(path);
    const upload = /^\/upload\/v1\/(\w+)$/.exec(path);
    const handled =
      request.method === 'POST' && api ? handleApi(api[1] as string, request, response)
      : request.method === 'POST' && respond ? handleRespond(respond[1] as string, request, response)
      : request.method === 'POST' && upload ? handleUpload(upload[1] as string, request, response)
      : Promise.resolve(void response.writeHead(404, { 'content-type': 'text/plain' }).end('not_found'));
    handled.catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.origin = base;
  const socketMode = attachSocketMode(server, { appId: state.identity.appId, takeTicket: (ticket) => state.socketTickets.delete(ticket) });

  return {
    url: `${base}/api/`,
    socketMode,
    identity: state.identity,
    responseUrl: (id) => `${base}/respond/${id}`,
    newResponseUrl(origin = { kind: 'ephemeral' }) {
      const id = randomBytes(8).toString('hex');
      responseUrls.bind(id, origin);
      return { id, url: `${base}/respond/${id}` };
    },
    issueTriggerId(user) {
      triggerCount += 1;
      // Slack's shape: "<seconds>.<number>.<hex>".
      const id = `${Math.floor(now() / 1000)}.${triggerCount}.${randomBytes(8).toString('hex')}`;
      state.triggers.set(id, { issuedAt: now(), user, used: false });
      return id;
    },
    addUser: (user) => void state.users.set(user.id, user),
    addGroup: (group) => void state.groups.set(group.id, group),
    addChannel: (channel) => void state.channels.set(channel.id, channel),
    findUser: (id) => state.users.get(id),
    findChannel: (id) => state.channels.get(id),
    calls: (method) => (method === undefined ? [...recorded] : recorded.filter((call) => call.method === method)),
    waitForCall(method, predicate = () => true, timeoutMs = 2000) {
      const done = recorded.find((call) => call.method === method && predicate(call));
      if (done) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          method,
          predicate,
          resolve: (call) => {
            clearTimeout(timer);
            resolve(call);
          },
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((candidate) => candidate !== waiter);
          const seen = recorded.map((call) => call.method).join(', ') || 'none';
          reject(new Error(`fake Slack: no matching ${method} call within ${timeoutMs} ms (calls so far: ${seen})`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    messages: (channel) => state.messages.get(channel) ?? [],
    file: (id) => state.files.get(id),
    ephemerals: (channel) => state.ephemerals.filter((message) => channel === undefined || message.channel === channel),
    responses: (id) => responseUrls.posts(id),
    responseMessages: (id) => responseUrls.visible(id),
    view: (id) => state.views.get(id),
    viewPayload(id, values = {}) {
      const view = state.views.get(id);
      return view ? viewJson(state, view, values) : undefined;
    },
    homeView(user) {
      const id = state.homeViews.get(user);
      return id === undefined ? undefined : state.views.get(id);
    },
    injectFault(fault) {
      if (fault.status === undefined && fault.error === undefined) throw new Error('injectFault needs a status or an error');
      faults.push({ fault, left: fault.times ?? 1 });
    },
    injectDelay(delay) {
      delays.push({ delay, left: delay.times ?? 1 });
    },
    reset() {
      recorded.length = 0;
      faults.length = 0;
      delays.length = 0;
      state.clearActivity();
      responseUrls.clear();
      socketMode.reset();
    },
    async close() {
      // Held answers are dropped with their connections.
      for (const timer of heldAnswers) clearTimeout(timer);
      heldAnswers.clear();
      socketMode.close();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The arguments and token of a Web API request, from a form or JSON body. */
function parseWebApiRequest(request: IncomingMessage, raw: string): { args: Record<string, unknown>; token: string | undefined } {
  const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  const type = request.headers['content-type'] ?? '';
  if (type.startsWith('application/json')) {
    const parsed: unknown = raw === '' ? {} : JSON.parse(raw);
    const { token: _ignored, ...args } = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    // A JSON body must carry the token in the Authorization header.
    return { args, token: bearer };
  }
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = JSON_FIELDS.has(key) ? parseJsonField(value) : value;
  }
  // Slack still takes the token as a form field; it never goes in the recorded arguments.
  const token = bearer ?? (typeof args.token === 'string' ? args.token : undefined);
  delete args.token;
  return { args, token };
}

function parseJsonField(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
