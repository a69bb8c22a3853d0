import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startFakeSlack, type EnvelopeContent, type FakeSlack } from '../support/fake-slack/index.ts';

const BOT_TOKEN = 'xoxb-fake-socket-bot';
const APP_TOKEN = 'xapp-1-A0FAKE0001-1-fakesocket';
const COMMAND: EnvelopeContent = { type: 'slash_commands', payload: { command: '/ivr', text: 'status' }, accepts_response_payload: true };

let fake: FakeSlack | undefined;
beforeAll(async () => {
  fake = await startFakeSlack({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
});
afterAll(async () => {
  await fake?.close();
});
beforeEach(() => slack().reset());
const slack = (): FakeSlack => {
  if (fake === undefined) throw new Error('the fake Slack starts in beforeAll');
  return fake;
};

/** A Web API call as @slack/web-api makes it, token in the Authorization header. */
async function callApi(method: string, token: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${slack().url}${method}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
  return (await response.json()) as Record<string, unknown>;
}

/** An app's side of one connection: the messages Slack sent on it, read one at a time. */
interface AppSide {
  readonly socket: WebSocket;
  next(): Promise<Record<string, unknown>>;
  readonly closed: Promise<void>;
}

async function connect(): Promise<AppSide> {
  const opened = await callApi('apps.connections.open', APP_TOKEN);
  return connectTo(String(opened.url));
}

async function connectTo(url: string): Promise<AppSide> {
  const socket = new WebSocket(url);
  const received: Array<Record<string, unknown>> = [];
  const readers: Array<(message: Record<string, unknown>) => void> = [];
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as Record<string, unknown>;
    const reader = readers.shift();
    if (reader) reader(message);
    else received.push(message);
  });
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return {
    socket,
    closed,
    next: () => {
      const waiting = received.shift();
      return waiting ? Promise.resolve(waiting) : new Promise((resolve) => readers.push(resolve));
    },
  };
}

describe('the fake Slack over Socket Mode', () => {
  // First, before any test has opened a connection.
  it('cannot deliver while no connection is open, as Slack tells the user dispatch_failed', async () => {
    await expect(slack().socketMode.deliver(COMMAND)).rejects.toThrow(/dispatch_failed/);
  });

  it('opens a connection URL for the app-level token only', async () => {
    expect(await callApi('apps.connections.open', APP_TOKEN)).toEqual({ ok: true, url: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/link\/\?ticket=\w+&app_id=A0FAKE0001$/) });
    expect(await callApi('apps.connections.open', BOT_TOKEN)).toEqual({ ok: false, error: 'not_allowed_token_type' });
    expect(await callApi('apps.connections.open', 'xapp-1-A0FAKE0001-1-wrong')).toEqual({ ok: false, error: 'invalid_auth' });
    // The app-level token does nothing else.
    expect(await callApi('auth.test', APP_TOKEN)).toEqual({ ok: false, error: 'not_allowed_token_type' });
  });

  it('greets each connection with hello, and refuses a second connection on the same URL', async () => {
    const opened = await callApi('apps.connections.open', APP_TOKEN);
    const app = await connectTo(String(opened.url));
    try {
      expect(await app.next()).toEqual({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: expect.any(String), build_number: expect.any(Number), approximate_connection_time: expect.any(Number) },
        connection_info: { app_id: 'A0FAKE0001' },
      });
      await expect(connectTo(String(opened.url))).rejects.toThrow(/401/);
    } finally {
      app.socket.terminate();
      await app.closed;
    }
  });

  it("hands the ack's payload to the sender", async () => {
    const app = await connect();
    try {
      await app.next();
      const delivered = slack().socketMode.deliver(COMMAND);
      const envelope = await app.next();
      expect(envelope).toEqual({ envelope_id: expect.any(String), ...COMMAND, retry_attempt: 0, retry_reason: '' });
      app.socket.send(JSON.stringify({ envelope_id: envelope.envelope_id, payload: { text: 'Calls go to the company greeting.' } }));
      expect(await delivered).toEqual({ text: 'Calls go to the company greeting.' });
    } finally {
      app.socket.terminate();
      await app.closed;
    }
  });

  it('sends an envelope again on the next connection when its connection ended before the ack, and takes the ack there', async () => {
    const first = await connect();
    await first.next();
    const delivered = slack().socketMode.deliver(COMMAND);
    const envelope = await first.next();
    first.socket.terminate();
    await first.closed;
    const second = await connect();
    try {
      expect(await second.next()).toMatchObject({ type: 'hello' });
      expect(await second.next()).toEqual({ ...envelope, retry_attempt: 1, retry_reason: 'timeout' });
      second.socket.send(JSON.stringify({ envelope_id: envelope.envelope_id }));
      expect(await delivered).toEqual({});
      expect(slack().socketMode.deliveries().map((delivery) => delivery.retryAttempt)).toEqual([0, 1]);
    } finally {
      second.socket.terminate();
      await second.closed;
    }
  });

  it('drops the connection an ack was lost on, and sends the envelope again', async () => {
    const first = await connect();
    await first.next();
    slack().socketMode.loseNextAck();
    const delivered = slack().socketMode.deliver(COMMAND);
    const envelope = await first.next();
    first.socket.send(JSON.stringify({ envelope_id: envelope.envelope_id }));
    await first.closed;
    const second = await connect();
    try {
      await second.next();
      expect(await second.next()).toMatchObject({ envelope_id: envelope.envelope_id, retry_attempt: 1 });
      second.socket.send(JSON.stringify({ envelope_id: envelope.envelope_id }));
      expect(await delivered).toEqual({});
    } finally {
      second.socket.terminate();
      await second.closed;
    }
  });

  it("asks for a refresh with Slack's disconnect message", async () => {
    const app = await connect();
    try {
      await app.next();
      slack().socketMode.requestRefresh();
      expect(await app.next()).toEqual({ type: 'disconnect', reason: 'refresh_requested', debug_info: { host: expect.any(String) } });
    } finally {
      app.socket.terminate();
      await app.closed;
    }
  });
});
