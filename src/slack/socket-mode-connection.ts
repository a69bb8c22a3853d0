import { SocketModeReceiver, type Logger as BoltLogger } from '@slack/bolt';

/** A Socket Mode receiver, and whether its WebSocket to Slack is open now. */
export interface WatchedSocketMode {
  readonly receiver: SocketModeReceiver;
  isConnected(): boolean;
}

/**
 * The receiver Bolt would build for Socket Mode, built here so that readiness can follow its
 * client's state: connected after Slack's `hello`, not while it reconnects (a dropped connection,
 * or Slack's `disconnect` asking for a refresh) or after it stopped.
 */
export function watchSocketMode(appToken: string, logger: BoltLogger, apiUrl: string | undefined): WatchedSocketMode {
  // The socket client opens its connection with apps.connections.open: on SLACK_API_URL too (GovSlack, a test fake).
  const receiver = new SocketModeReceiver({ appToken, logger, ...(apiUrl ? { installerOptions: { clientOptions: { slackApiUrl: apiUrl } } } : {}) });
  let connected = false;
  receiver.client.on('connected', () => {
    connected = true;
  });
  for (const state of ['reconnecting', 'disconnecting', 'disconnected']) {
    receiver.client.on(state, () => {
      connected = false;
    });
  }
  return { receiver, isConnected: () => connected };
}
