/**
 * The fake's `response_url`s: each takes at most 5 JSON posts (Slack: 5 uses in 30 minutes), and
 * `replace_original` / `delete_original` act on the message the interaction came from.
 */
import { checkMessage } from './block-kit-guard.ts';
import type { FakeSlackState } from './fake-slack-state.ts';

/** How many times Slack lets an app post to one response_url. */
export const RESPONSE_URL_USES = 5;

/** The message a response_url belongs to: a channel message (approval buttons) or an ephemeral one. */
export type ResponseOrigin =
  | { readonly kind: 'channel-message'; readonly channel: string; readonly ts: string }
  | { readonly kind: 'ephemeral'; readonly channel?: string; readonly original?: ResponseMessage };

/** A message a response_url produced and the user can still see (ephemeral unless `in_channel`). */
export interface ResponseMessage {
  readonly response_type: 'ephemeral' | 'in_channel';
  readonly text: string;
  readonly blocks: ReadonlyArray<unknown> | undefined;
}

/** One post to a response_url, as sent. */
export interface ResponsePost {
  readonly body: Readonly<Record<string, unknown>>;
  readonly at: number;
}

interface ResponseUrlState {
  readonly origin: ResponseOrigin;
  readonly posts: ResponsePost[];
  readonly visible: ResponseMessage[];
}

/** The outcome of one post: HTTP status and the text body Slack answers with. */
export interface ResponseUrlAnswer {
  readonly status: number;
  readonly text: string;
}

/** The response_urls of one fake server. */
export interface ResponseUrls {
  /** Registers where an id's posts land (the driver calls this when it issues a response_url). */
  bind(id: string, origin: ResponseOrigin): void;
  /** Handles a POST to /respond/:id. */
  post(id: string, body: unknown): ResponseUrlAnswer;
  posts(id: string): ReadonlyArray<ResponsePost>;
  visible(id: string): ReadonlyArray<ResponseMessage>;
  clear(): void;
}

/** A set of response_urls acting on the given workspace state. */
export function createResponseUrls(state: FakeSlackState): ResponseUrls {
  const urls = new Map<string, ResponseUrlState>();
  const entry = (id: string): ResponseUrlState => {
    let found = urls.get(id);
    if (!found) {
      found = { origin: { kind: 'ephemeral' }, posts: [], visible: [] };
      urls.set(id, found);
    }
    return found;
  };

  return {
    bind(id, origin) {
      const visible = origin.kind === 'ephemeral' && origin.original ? [origin.original] : [];
      urls.set(id, { origin, posts: [], visible });
    },
    post(id, body) {
      const url = entry(id);
      if (url.posts.length >= RESPONSE_URL_USES) return { status: 404, text: 'used_url' };
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return { status: 400, text: 'invalid_payload' };
      const message = body as Record<string, unknown>;
      url.posts.push({ body: message, at: state.now() });
      if (message.delete_original === true || message.delete_original === 'true') return deleteOriginal(state, url);
      const refusal = checkMessage(message);
      if (refusal) return { status: 400, text: refusal.error };
      const shown: ResponseMessage = {
        response_type: message.response_type === 'in_channel' ? 'in_channel' : 'ephemeral',
        text: typeof message.text === 'string' ? message.text : '',
        blocks: Array.isArray(message.blocks) ? message.blocks : undefined,
      };
      if (message.replace_original === true || message.replace_original === 'true') return replaceOriginal(state, url, shown);
      url.visible.push(shown);
      return { status: 200, text: 'ok' };
    },
    posts: (id) => urls.get(id)?.posts ?? [],
    visible: (id) => urls.get(id)?.visible ?? [],
    clear: () => urls.clear(),
  };
}

function deleteOriginal(state: FakeSlackState, url: ResponseUrlState): ResponseUrlAnswer {
  if (url.origin.kind === 'channel-message') {
    const { channel, ts } = url.origin;
    const list = state.messages.get(channel) ?? [];
    const index = list.findIndex((message) => message.ts === ts);
    if (index < 0) return { status: 404, text: 'message_not_found' };
    list.splice(index, 1);
  } else {
    url.visible.pop();
  }
  return { status: 200, text: 'ok' };
}

function replaceOriginal(state: FakeSlackState, url: ResponseUrlState, shown: ResponseMessage): ResponseUrlAnswer {
  if (url.origin.kind === 'channel-message') {
    const { channel, ts } = url.origin;
    const message = state.messages.get(channel)?.find((candidate) => candidate.ts === ts);
    if (!message) return { status: 404, text: 'message_not_found' };
    message.text = shown.text;
    message.blocks = shown.blocks;
    message.edited = { user: state.identity.botUserId, ts: state.nextTs() };
  } else {
    // The original of an ephemeral response_url is the last message it produced.
    url.visible.pop();
    url.visible.push(shown);
  }
  return { status: 200, text: 'ok' };
}
