/**
 * The Slack driver over Socket Mode: the same methods and the same payloads as createSlackDriver,
 * but each one reaches the app as a Socket Mode envelope on the fake Slack's WebSocket, and the
 * answer is the app's ack. Socket Mode has no signatures, so only `signing: 'valid'` (the default)
 * makes sense here.
 */
import type { EnvelopeContent } from './fake-slack/index.ts';
import { createSlackDriverOver, type SlackDriver, type SlackDriverOptions } from './slack-driver.ts';

/** Options of `createSocketModeDriver`: the HTTP driver's, less the app's URL and signing secret. */
export type SocketModeDriverOptions = Pick<SlackDriverOptions, 'fake' | 'defaultChannel' | 'now'>;

/** A driver whose requests go to the app connected to `fake` over Socket Mode; an empty ack reads as `''`, as over HTTP. */
export function createSocketModeDriver(options: SocketModeDriverOptions): SlackDriver {
  return createSlackDriverOver(options, async (body, contentType, signing = 'valid') => {
    if (signing !== 'valid') throw new Error(`socket mode driver: Socket Mode envelopes are not signed, so signing "${signing}" tests nothing; use the HTTP driver`);
    const ack = await options.fake.socketMode.deliver(envelopeFor(body, contentType));
    return { status: 200, body: Object.keys(ack).length === 0 ? '' : ack };
  });
}

/**
 * The envelope Slack sends over Socket Mode for what it would POST over HTTP: a slash command's
 * form fields as an object, an interaction's `payload` field parsed, an event's JSON as it is.
 */
function envelopeFor(body: string, contentType: string): EnvelopeContent {
  if (contentType.startsWith('application/json')) return { type: 'events_api', payload: JSON.parse(body) as Record<string, unknown>, accepts_response_payload: false };
  const fields = Object.fromEntries(new URLSearchParams(body));
  if (fields.payload === undefined) return { type: 'slash_commands', payload: fields, accepts_response_payload: true };
  const payload = JSON.parse(fields.payload) as Record<string, unknown>;
  // Only a modal submission and an options load are answered in the ack; a click's ack is empty.
  return { type: 'interactive', payload, accepts_response_payload: payload.type === 'view_submission' || payload.type === 'block_suggestion' };
}
