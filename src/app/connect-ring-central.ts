import { mkdir } from 'node:fs/promises';
import type { Logger } from '../logger.ts';
import { createFileTokenStore, createMemoryTokenStore, createRingCentralGateway, type RingCentralGateway, type RingCentralObserver } from '../ringcentral/index.ts';
import type { Settings } from './load-settings.ts';

/**
 * How long one read of the call handling answers the commands, views and previews that follow it.
 * A whole read is about 14 requests against RingCentral's 50 a minute, so without this a burst of
 * commands would wait on the rate limit; a change made in the admin portal shows at most this late,
 * and every change is checked against a fresh read before it is written.
 */
export const READ_CACHE_TTL_MS = 10_000;

/** A gateway to the configured RingCentral, with what to tell the user about it. */
export interface RingCentralConnection {
  readonly gateway: RingCentralGateway;
  /** Set when Switchboard runs on its embedded emulator: the line that says so, and how to connect a real account. */
  readonly announcement: string | undefined;
  close(): Promise<void>;
}

/**
 * Connects to the RingCentral the configuration names, or starts the embedded emulator with the
 * demo company. The emulator keeps its state in a file under the data folder, so changes made by
 * one command are still there for the next.
 */
export async function connectRingCentral(
  config: Pick<Settings, 'ringCentral' | 'dataDir'>,
  logger: Logger,
  /** Hears of every request and rate-limit wait (the bot's metrics). */
  observer?: RingCentralObserver,
): Promise<RingCentralConnection> {
  await mkdir(config.dataDir, { recursive: true });
  const rc = config.ringCentral;
  if (rc.kind === 'account') {
    const gateway = createRingCentralGateway({
      serverUrl: rc.serverUrl,
      clientId: rc.clientId,
      clientSecret: rc.clientSecret,
      jwt: rc.jwt,
      tokenStore: createFileTokenStore(`${config.dataDir}/ringcentral-tokens.json`),
      logger,
      cacheTtlMs: READ_CACHE_TTL_MS,
      ...(observer ? { observer } : {}),
    });
    return { gateway, announcement: undefined, close: () => gateway.close() };
  }
  // Imported only here so that a production process never loads the emulator and its spec.
  const { startEmulator } = await import('../emulator/index.ts');
  const emulator = await startEmulator({ port: 0, stateFile: rc.stateFile });
  const gateway = createRingCentralGateway({
    serverUrl: emulator.url,
    clientId: 'switchboard-demo',
    clientSecret: 'switchboard-demo',
    jwt: 'switchboard-demo',
    // The embedded emulator forgets its tokens when the process ends, so saving them is pointless.
    tokenStore: createMemoryTokenStore(),
    logger,
    cacheTtlMs: READ_CACHE_TTL_MS,
    ...(observer ? { observer } : {}),
  });
  return {
    gateway,
    announcement:
      `Using the built-in RingCentral emulator with a demo company (state in ${rc.stateFile}). ` +
      'Set RINGCENTRAL_SERVER_URL, RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET and RINGCENTRAL_JWT to use a real account.',
    close: async () => {
      await gateway.close();
      await emulator.close();
    },
  };
}
