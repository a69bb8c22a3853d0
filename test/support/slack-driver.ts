/**
 * Plays Slack's side of an end-to-end test: builds slash commands, button clicks, view
 * submissions, options loads and events in Slack's shapes (Bolt's types and
 * ../shared/slack/java-slack-sdk-json-samples/app-backend), signs them exactly as Slack does
 * (v0 HMAC over `v0:<ts>:<raw body>`) and POSTs them to the app's /slack/events, or hands them to
 * another delivery (Socket Mode: socket-mode-driver.ts). Trigger ids and response_urls come from the
 * fake Slack, so the app's follow-up calls land there.
 */
import { createHmac } from 'node:crypto';
import type { FakeSlack, ResponseOrigin } from './fake-slack/index.ts';

/** How a request is signed: correctly, with the wrong secret, 301 s in the past, or not at all. */
export type Signing = 'valid' | 'bad' | 'stale' | 'missing';

/** What the app answered: HTTP status and the body (parsed JSON, else text; '' for an empty ack). */
export interface DriverResponse {
  readonly status: number;
  readonly body: unknown;
}

/** An interaction's answer, with the response_url id and trigger id handed to the app. */
export interface InteractionResponse extends DriverResponse {
  readonly responseUrlId: string | undefined;
  readonly triggerId: string;
}

/** Options of `createSlackDriver`. */
export interface SlackDriverOptions {
  /** The Bolt app's base URL, e.g. `http://127.0.0.1:PORT`; requests go to `<appUrl>/slack/events`. */
  readonly appUrl: string;
  readonly signingSecret: string;
  readonly fake: FakeSlack;
  /** The channel slash commands are typed in when a call names none. */
  readonly defaultChannel?: string;
  /** Epoch milliseconds for request timestamps; Bolt compares them with its own clock, so keep it real. */
  readonly now?: () => number;
}

/** Where a clicked button sits: an ephemeral message (slash-command preview), a modal, or the user's Home tab. */
export type ButtonContainer =
  | { readonly kind: 'ephemeral'; readonly channel?: string; readonly text?: string; readonly blocks?: ReadonlyArray<unknown> }
  | { readonly kind: 'view'; readonly viewId: string }
  | { readonly kind: 'home' };

/** Slack's modal input state: block_id → action_id → `{ type, value | selected_option | selected_date | … }`. */
export type ViewValues = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;

/** A Slack client in a test. */
export interface SlackDriver {
  /** A user types `/ivr <text>` (or `command`) in a channel. */
  slashCommand(input: { user: string; text: string; command?: string; channel?: string; signing?: Signing }): Promise<InteractionResponse>;
  /** A user clicks a button on a channel message (`message`), an ephemeral message, a modal or the Home tab. */
  clickButton(input: {
    user: string;
    actionId: string;
    /** The button's value; defaults to the value on the rendered button. */
    value?: string;
    blockId?: string;
    message?: { channel: string; ts: string };
    container?: ButtonContainer;
    signing?: Signing;
  }): Promise<InteractionResponse>;
  /** A user submits a modal; `viewId` takes the rest of the view from what the app opened. */
  submitView(input: { user: string; callbackId?: string; viewId?: string; privateMetadata?: string; values: ViewValues; signing?: Signing }): Promise<InteractionResponse>;
  /** A user opens the app's Home tab (`app_home_opened`, Events API JSON). */
  openHome(user: string, options?: { signing?: Signing }): Promise<DriverResponse>;
  /** An external_select in a modal asks for options matching what the user typed. */
  blockSuggestion(input: { user: string; actionId: string; value: string; blockId?: string; viewId?: string; signing?: Signing }): Promise<DriverResponse>;
  /** POSTs any body to /slack/events, signed as asked (oversized or malformed requests). */
  postRaw(input: { body: string; contentType: string; signing?: Signing }): Promise<DriverResponse>;
}

/** Slack's legacy verification token in payloads; Bolt ignores it but real payloads carry one. */
const VERIFICATION_TOKEN = 'fakeVerificationToken0001';
const STALE_SECONDS = 301;

/**
 * How a driver's request reaches the app: given the body Slack would POST to /slack/events, its
 * content type and how to sign it, returns the app's answer (over HTTP, or as a Socket Mode envelope).
 */
export type SlackDelivery = (body: string, contentType: string, signing?: Signing) => Promise<DriverResponse>;

/** A driver posting to one app, with trigger ids and response_urls from one fake Slack. */
export function createSlackDriver(options: SlackDriverOptions): SlackDriver {
  return createSlackDriverOver(options, postSigned(options));
}

/** Posts each request to the app's /slack/events, signed as asked. */
function postSigned(options: SlackDriverOptions): SlackDelivery {
  const now = options.now ?? Date.now;
  const eventsUrl = `${options.appUrl.replace(/\/$/, '')}/slack/events`;
  return async (body, contentType, signing = 'valid') => {
    const timestamp = Math.floor(now() / 1000) - (signing === 'stale' ? STALE_SECONDS : 0);
    const headers: Record<string, string> = { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp) };
    if (signing !== 'missing') {
      const secret = signing === 'bad' ? `${options.signingSecret}-not` : options.signingSecret;
      headers['x-slack-signature'] = signSlackRequest(secret, timestamp, body);
    }
    const response = await fetch(eventsUrl, { method: 'POST', headers, body });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').includes('application/json');
    return { status: response.status, body: isJson && text !== '' ? (JSON.parse(text) as unknown) : text };
  };
}

/** A driver whose requests reach the app through `post`, with trigger ids and response_urls from `options.fake`. */
export function createSlackDriverOver(options: Pick<SlackDriverOptions, 'fake' | 'defaultChannel' | 'now'>, post: SlackDelivery): SlackDriver {
  const { fake } = options;
  const now = options.now ?? Date.now;
  const team = { id: fake.identity.teamId, domain: fake.identity.teamDomain };
  const defaultChannel = options.defaultChannel ?? 'C0FAKEGNRL';

  const userJson = (user: string) => {
    const name = fake.findUser(user)?.name ?? user.toLowerCase();
    return { id: user, username: name, name, team_id: fake.identity.teamId };
  };
  const channelJson = (id: string) => ({ id, name: fake.findChannel(id)?.name ?? (id.startsWith('D') ? 'directmessage' : 'general') });
  const slackTs = () => {
    const ms = now();
    return `${Math.floor(ms / 1000)}.${String((ms % 1000) * 1000).padStart(6, '0')}`;
  };

  // Slack sends commands and interactivity as exactly this content type; Bolt refuses "…; charset=utf-8".
  const postForm = (fields: Record<string, string>, signing?: Signing) => post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', signing);
  const postPayload = (payload: Record<string, unknown>, signing?: Signing) => postForm({ payload: JSON.stringify(payload) }, signing);

  const common = (user: string) => ({
    user: userJson(user),
    api_app_id: fake.identity.appId,
    token: VERIFICATION_TOKEN,
    team,
    enterprise: null,
    is_enterprise_install: false,
  });

  const viewOf = (viewId: string | undefined, values: ViewValues = {}) => {
    const stored = viewId === undefined ? undefined : fake.viewPayload(viewId, values);
    if (viewId !== undefined && !stored) throw new Error(`slack driver: the fake has no view ${viewId}`);
    return stored;
  };

  return {
    async slashCommand({ user, text, command = '/ivr', channel = defaultChannel, signing }) {
      const triggerId = fake.issueTriggerId(user);
      const responseUrl = fake.newResponseUrl({ kind: 'ephemeral', channel });
      const answer = await postForm(
        {
          token: VERIFICATION_TOKEN,
          team_id: team.id,
          team_domain: team.domain,
          channel_id: channel,
          channel_name: channelJson(channel).name,
          user_id: user,
          user_name: userJson(user).name,
          command,
          text,
          api_app_id: fake.identity.appId,
          is_enterprise_install: 'false',
          response_url: responseUrl.url,
          trigger_id: triggerId,
        },
        signing,
      );
      return { ...answer, responseUrlId: responseUrl.id, triggerId };
    },

    async clickButton({ user, actionId, value, blockId, message, container, signing }) {
      const triggerId = fake.issueTriggerId(user);
      const where = describeContainer(fake, user, defaultChannel, message, container, slackTs());
      const button = findElement(where.blocks, actionId, blockId);
      const responseUrl = where.origin ? fake.newResponseUrl(where.origin) : undefined;
      const answer = await postPayload(
        {
          type: 'block_actions',
          ...common(user),
          container: where.container,
          trigger_id: triggerId,
          ...(where.channel ? { channel: channelJson(where.channel) } : {}),
          ...(where.message ? { message: where.message } : {}),
          ...(where.viewId ? { view: viewOf(where.viewId) } : {}),
          ...(responseUrl ? { response_url: responseUrl.url } : {}),
          state: { values: {} },
          actions: [
            {
              type: 'button',
              action_id: actionId,
              block_id: blockId ?? button?.blockId ?? 'fake-block',
              text: button?.text ?? { type: 'plain_text', text: actionId, emoji: true },
              value: value ?? button?.value ?? '',
              action_ts: slackTs(),
            },
          ],
        },
        signing,
      );
      return { ...answer, responseUrlId: responseUrl?.id, triggerId };
    },

    async submitView({ user, callbackId, viewId, privateMetadata, values, signing }) {
      if (callbackId === undefined && viewId === undefined) throw new Error('slack driver: submitView needs a callbackId or a viewId');
      const triggerId = fake.issueTriggerId(user);
      const stored = viewOf(viewId, values);
      const view = {
        id: 'V0FAKESUBM',
        team_id: team.id,
        type: 'modal',
        blocks: [],
        title: { type: 'plain_text', text: 'Switchboard', emoji: true },
        private_metadata: '',
        callback_id: '',
        state: { values },
        hash: `${Math.floor(now() / 1000)}.fakehash`,
        root_view_id: viewId ?? 'V0FAKESUBM',
        previous_view_id: null,
        app_id: fake.identity.appId,
        bot_id: fake.identity.botId,
        ...stored,
        ...(callbackId !== undefined ? { callback_id: callbackId } : {}),
        ...(privateMetadata !== undefined ? { private_metadata: privateMetadata } : {}),
      };
      const answer = await postPayload({ type: 'view_submission', ...common(user), trigger_id: triggerId, view, response_urls: [] }, signing);
      return { ...answer, responseUrlId: undefined, triggerId };
    },

    openHome(user, { signing } = {}) {
      const home = fake.homeView(user);
      const event = {
        token: VERIFICATION_TOKEN,
        team_id: team.id,
        api_app_id: fake.identity.appId,
        event: {
          type: 'app_home_opened',
          user,
          channel: `D${user.slice(1)}`,
          tab: 'home',
          event_ts: slackTs(),
          ...(home ? { view: fake.viewPayload(home.id) } : {}),
        },
        type: 'event_callback',
        event_id: `Ev${Math.floor(now())}`,
        event_time: Math.floor(now() / 1000),
        authorizations: [{ enterprise_id: null, team_id: team.id, user_id: fake.identity.botUserId, is_bot: true, is_enterprise_install: false }],
        is_ext_shared_channel: false,
        event_context: `4-fake-${team.id}`,
      };
      return post(JSON.stringify(event), 'application/json', signing);
    },

    blockSuggestion({ user, actionId, value, blockId, viewId, signing }) {
      const view = viewOf(viewId);
      const element = findElement(view?.blocks, actionId, blockId);
      return postPayload(
        {
          type: 'block_suggestion',
          ...common(user),
          container: { type: 'view', view_id: viewId ?? 'V0FAKESUGG' },
          action_id: actionId,
          block_id: blockId ?? element?.blockId ?? 'fake-block',
          value,
          ...(view ? { view } : {}),
        },
        signing,
      );
    },

    postRaw: ({ body, contentType, signing }) => post(body, contentType, signing),
  };
}

/** Slack's `x-slack-signature`: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>`. */
export function signSlackRequest(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

interface ClickContext {
  readonly container: Record<string, unknown>;
  readonly blocks: ReadonlyArray<unknown> | undefined;
  readonly channel?: string;
  readonly message?: Record<string, unknown>;
  readonly viewId?: string;
  readonly origin?: ResponseOrigin;
}

/** The container, message or view a click carries, as Slack fills them for each place a button can be. */
function describeContainer(
  fake: FakeSlack,
  user: string,
  defaultChannel: string,
  message: { channel: string; ts: string } | undefined,
  container: ButtonContainer | undefined,
  ephemeralTs: string,
): ClickContext {
  if (message) {
    const stored = fake.messages(message.channel).find((candidate) => candidate.ts === message.ts);
    if (!stored) throw new Error(`slack driver: the fake has no message ${message.ts} in ${message.channel}`);
    return {
      container: { type: 'message', message_ts: stored.ts, channel_id: stored.channel, is_ephemeral: false },
      blocks: stored.blocks,
      channel: stored.channel,
      message: { type: 'message', user: stored.user, bot_id: stored.bot_id, text: stored.text, ts: stored.ts, blocks: stored.blocks ?? [] },
      origin: { kind: 'channel-message', channel: stored.channel, ts: stored.ts },
    };
  }
  if (container?.kind === 'view' || container?.kind === 'home') {
    const view = container.kind === 'view' ? fake.view(container.viewId) : fake.homeView(user);
    if (!view) throw new Error(`slack driver: the fake has no ${container.kind === 'home' ? `Home tab for ${user}` : `view ${container.viewId}`}`);
    return { container: { type: 'view', view_id: view.id }, blocks: view.body.blocks as ReadonlyArray<unknown> | undefined, viewId: view.id };
  }
  // Ephemeral messages carry no `message` in the payload; only the response_url can change them.
  const channel = container?.channel ?? defaultChannel;
  const original = container?.text !== undefined || container?.blocks !== undefined ? { response_type: 'ephemeral' as const, text: container.text ?? '', blocks: container.blocks } : undefined;
  return {
    container: { type: 'message', message_ts: ephemeralTs, channel_id: channel, is_ephemeral: true },
    blocks: container?.blocks,
    channel,
    origin: { kind: 'ephemeral', channel, ...(original ? { original } : {}) },
  };
}

/** The rendered element with this action_id (in actions blocks, section accessories and inputs). */
function findElement(
  blocks: unknown,
  actionId: string,
  blockId: string | undefined,
): { readonly blockId: string | undefined; readonly text: unknown; readonly value: string | undefined } | undefined {
  if (!Array.isArray(blocks)) return undefined;
  for (const block of blocks as ReadonlyArray<Record<string, unknown>>) {
    if (blockId !== undefined && block.block_id !== blockId) continue;
    const candidates = [...(Array.isArray(block.elements) ? block.elements : []), block.accessory, block.element] as ReadonlyArray<Record<string, unknown> | undefined>;
    const element = candidates.find((candidate) => candidate?.action_id === actionId);
    if (element) {
      return { blockId: typeof block.block_id === 'string' ? block.block_id : undefined, text: element.text, value: typeof element.value === 'string' ? element.value : undefined };
    }
  }
  return undefined;
}
