import { SocketModeReceiver, type Logger as BoltLogger } from '@slack/bolt';

/** A Socket Mode receiver, and whether its WebSocket to Slack is open now. */
export interface WatchedSocketMode {
  readonly receiver: SocketModeReceiver;
  isConnected(): boolean;
}

/**
 * The receiver Bolt would build for Socket Mode, built here so that readiness can follow its
 * client's state (connected after Slack's `hello`, not from the moment the WebSocket closes until
 * a new one is greeted, nor after it stopped) and so that each envelope is handled once.
 */
export function watchSocketMode(appToken: string, logger: BoltLogger, apiUrl: string | undefined): WatchedSocketMode {
  // The socket client opens its connection with apps.connections.open: on SLACK_API_URL too (GovSlack, a test fake).
  const receiver = new SocketModeReceiver({ appToken, logger, ...(apiUrl ? { installerOptions: { clientOptions: { slackApiUrl: apiUrl } } } : {}) });
  handleEachEnvelopeOnce(receiver, logger);
  let connected = false;
  receiver.client.on('connected', () => {
    connected = true;
  });
  // `close` is the WebSocket closing (dropped, or after Slack's `disconnect`): the client only says
  // `reconnecting` after waiting (5 s in @slack/socket-mode 3.1), and meanwhile nothing arrives.
  for (const state of ['close', 'reconnecting', 'disconnecting', 'disconnected']) {
    receiver.client.on(state, () => {
      connected = false;
    });
  }
  return { receiver, isConnected: () => connected };
}

/** How many envelope ids are remembered: Slack redelivers within minutes, and a bot gets a few envelopes a minute. */
const REMEMBERED_ENVELOPES = 1_000;

/** What @slack/socket-mode emits as `slack_event` for each envelope (the fields used here). */
interface SocketModeEvent {
  readonly envelope_id: string;
  readonly ack: (response?: Record<string, unknown>) => Promise<void>;
}

/**
 * Slack sends an envelope again, with the same envelope_id and `retry_attempt` one higher, when
 * its ack did not arrive: the connection dropped with the ack on its way, or just as the envelope
 * came. Bolt would run the listeners again (a second preview, a second note to an approver). So
 * the first delivery is handled to the end even when its ack cannot be sent, and a redelivery is
 * only acknowledged, with the answer the first one gave (a modal's response_action). The ids are
 * remembered in this process: with several replicas on Socket Mode, a redelivery reaching another
 * replica is handled there again.
 */
function handleEachEnvelopeOnce(receiver: SocketModeReceiver, logger: BoltLogger): void {
  const client = receiver.client;
  const [handle, ...others] = client.listeners('slack_event');
  if (handle === undefined || others.length > 0) throw new Error('expected Bolt\'s SocketModeReceiver to listen to "slack_event" once');
  client.removeAllListeners('slack_event');
  // Each envelope's answer: the payload it was acknowledged with, undefined once handled without one.
  const answers = new Map<string, Promise<Record<string, unknown> | undefined>>();
  const sendAck = async (event: SocketModeEvent, response: Record<string, unknown> | undefined): Promise<void> => {
    try {
      await event.ack(response);
    } catch (error) {
      logger.warn(`Could not acknowledge Slack envelope ${event.envelope_id} (${String(error)}); Slack will send it again and get the same answer.`);
    }
  };
  client.on('slack_event', async (event: SocketModeEvent) => {
    const first = answers.get(event.envelope_id);
    if (first !== undefined) {
      await sendAck(event, await first);
      return;
    }
    let answer: (response: Record<string, unknown> | undefined) => void = () => {};
    answers.set(event.envelope_id, new Promise((resolve) => (answer = resolve)));
    if (answers.size > REMEMBERED_ENVELOPES) answers.delete(answers.keys().next().value as string);
    await handle({
      ...event,
      ack: async (response?: Record<string, unknown>) => {
        answer(response);
        await sendAck(event, response);
      },
    });
    answer(undefined);
  });
}
