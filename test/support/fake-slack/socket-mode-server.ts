/**
 * Slack's side of Socket Mode for end-to-end tests, on the fake Slack's own loopback HTTP server:
 * a WebSocket at `/link/?ticket=…`, where each ticket from apps.connections.open opens one
 * connection. It speaks what @slack/socket-mode 3.1 expects: `hello` when a connection opens,
 * envelopes the app acknowledges with `{ envelope_id, payload? }`, and `disconnect`
 * (`refresh_requested`) when Slack wants the app on a new connection. `ws` answers the client's
 * pings with pongs by itself; the client drops a connection that leaves four pings unanswered.
 * Like Slack, an envelope whose ack had not arrived when its connection ended is sent again on the
 * next connection with `retry_attempt` one higher, and an ack counts on whichever connection it
 * comes.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';

/** What Slack puts in an envelope: the payload it would POST over HTTP, and whether the ack may answer it. */
export interface EnvelopeContent {
  readonly type: 'slash_commands' | 'interactive' | 'events_api';
  readonly payload: Readonly<Record<string, unknown>>;
  /** True where the ack's payload is the answer: a command's reply, a modal's response_action, options. */
  readonly accepts_response_payload: boolean;
}

/** One sending of an envelope; a redelivery is a sending of its own. */
export interface EnvelopeDelivery {
  readonly envelopeId: string;
  readonly type: EnvelopeContent['type'];
  readonly retryAttempt: number;
  /** The connection it went on: 1 for the first the app opened, 2 for the next, and so on. */
  readonly connection: number;
}

/** The Socket Mode side of a running fake Slack. */
export interface FakeSocketMode {
  /**
   * Sends an envelope on the app's newest connection and resolves with its ack's payload (`{}`
   * when the ack carries none), after redeliveries if connections end meanwhile. Rejects when no
   * connection is open (Slack tells the user `dispatch_failed`) or no ack comes within `timeoutMs`.
   */
  deliver(content: EnvelopeContent, timeoutMs?: number): Promise<Readonly<Record<string, unknown>>>;
  /** Slack's `disconnect` (`refresh_requested`) on every open connection: the app must open another. */
  requestRefresh(): void;
  /** Ends every open connection at once, without a close frame, as a network failure does. */
  dropConnections(): void;
  /** The next ack never arrives: its connection breaks while the ack is on the way. */
  loseNextAck(): void;
  /** How many connections the app has opened so far, each greeted with its hello. */
  connectionCount(): number;
  /** Every envelope sent, redeliveries included, oldest first. */
  deliveries(): ReadonlyArray<EnvelopeDelivery>;
  /** Forgets the deliveries; connections stay open. */
  reset(): void;
  /** Ends every connection and stops taking new ones; deliveries still waiting for an ack reject. */
  close(): void;
}

/** The app the connections are for, and the tickets that open them. */
export interface SocketModeOptions {
  readonly appId: string;
  /** Uses up a ticket apps.connections.open handed out; false for one never issued or already used. */
  readonly takeTicket: (ticket: string) => boolean;
}

interface Connection {
  readonly number: number;
  readonly socket: WebSocket;
}

/** An envelope waiting for its ack. */
interface Pending {
  readonly id: string;
  readonly content: EnvelopeContent;
  /** The retry_attempt of its next sending. */
  attempt: number;
  /** The connection it was last sent on, until that connection ends. */
  connection: Connection | undefined;
  readonly resolve: (payload: Readonly<Record<string, unknown>>) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** How long a delivery waits for its ack: past the 5 s @slack/socket-mode 3.1 waits before it reconnects, so a redelivery's ack still counts. */
const DEFAULT_TIMEOUT_MS = 15_000;

/** Serves Socket Mode connections on `server` (the fake Slack's HTTP server). */
export function attachSocketMode(server: Server, options: SocketModeOptions): FakeSocketMode {
  const webSockets = new WebSocketServer({ noServer: true });
  const open: Connection[] = [];
  const pending = new Map<string, Pending>();
  let delivered: EnvelopeDelivery[] = [];
  let opened = 0;
  let loseAck = false;

  const send = (entry: Pending, connection: Connection): void => {
    entry.connection = connection;
    delivered.push({ envelopeId: entry.id, type: entry.content.type, retryAttempt: entry.attempt, connection: connection.number });
    connection.socket.send(
      JSON.stringify({
        envelope_id: entry.id,
        ...entry.content,
        retry_attempt: entry.attempt,
        // Assumed: Slack documents the fields, not the reason it gives for a redelivery over Socket Mode.
        retry_reason: entry.attempt === 0 ? '' : 'timeout',
      }),
    );
    entry.attempt += 1;
  };

  const redeliver = (): void => {
    const newest = open.at(-1);
    if (newest === undefined) return;
    for (const entry of pending.values()) if (entry.connection === undefined) send(entry, newest);
  };

  const receive = (connection: Connection, data: RawData): void => {
    let ack: { envelope_id?: unknown; payload?: unknown };
    try {
      ack = JSON.parse(data.toString()) as typeof ack;
    } catch {
      return;
    }
    if (loseAck) {
      loseAck = false;
      connection.socket.terminate();
      return;
    }
    // A second ack, or one for an envelope never sent, changes nothing.
    const entry = typeof ack.envelope_id === 'string' ? pending.get(ack.envelope_id) : undefined;
    if (entry === undefined) return;
    pending.delete(entry.id);
    clearTimeout(entry.timer);
    entry.resolve(typeof ack.payload === 'object' && ack.payload !== null ? (ack.payload as Record<string, unknown>) : {});
  };

  const accept = (socket: WebSocket): void => {
    opened += 1;
    const connection: Connection = { number: opened, socket };
    open.push(connection);
    socket.on('message', (data, isBinary) => {
      if (!isBinary) receive(connection, data);
    });
    socket.on('close', () => {
      open.splice(open.indexOf(connection), 1);
      for (const entry of pending.values()) if (entry.connection === connection) entry.connection = undefined;
      redeliver();
    });
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: open.length,
        debug_info: { host: `applink-fake-${connection.number}`, build_number: 1, approximate_connection_time: 18_060 },
        connection_info: { app_id: options.appId },
      }),
    );
    redeliver();
  };

  const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const ticket = url.searchParams.get('ticket');
    if (url.pathname !== '/link/' || ticket === null || !options.takeTicket(ticket)) {
      // Assumed: a URL without a live ticket is refused at the handshake, and the client asks for a new one.
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    webSockets.handleUpgrade(request, socket, head, accept);
  };
  server.on('upgrade', upgrade);

  return {
    deliver(content, timeoutMs = DEFAULT_TIMEOUT_MS) {
      const newest = open.at(-1);
      if (newest === undefined) return Promise.reject(new Error(`fake Slack: no Socket Mode connection is open for this ${content.type} envelope (Slack would tell the user "dispatch_failed")`));
      return new Promise((resolve, reject) => {
        const id = randomUUID();
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`fake Slack: the ${content.type} envelope ${id} was not acked within ${timeoutMs} ms`));
        }, timeoutMs);
        const entry: Pending = { id, content, attempt: 0, connection: undefined, resolve, reject, timer };
        pending.set(id, entry);
        send(entry, newest);
      });
    },
    requestRefresh() {
      for (const { number, socket } of open) socket.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested', debug_info: { host: `applink-fake-${number}` } }));
    },
    dropConnections() {
      for (const { socket } of [...open]) socket.terminate();
    },
    loseNextAck() {
      loseAck = true;
    },
    connectionCount: () => opened,
    deliveries: () => [...delivered],
    reset() {
      delivered = [];
      loseAck = false;
    },
    close() {
      server.off('upgrade', upgrade);
      for (const { socket } of [...open]) socket.terminate();
      for (const entry of pending.values()) {
        clearTimeout(entry.timer);
        entry.reject(new Error('fake Slack: closed before the envelope was acked'));
      }
      pending.clear();
      webSockets.close();
    },
  };
}
