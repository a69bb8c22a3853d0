import { createSwitchboardMetrics, type SwitchboardMetrics } from '../../metrics/index.ts';
import type { RingCentralObserver } from '../../ringcentral/index.ts';
import type { IvrCommandListener } from '../../slack/index.ts';
import { readOperationalCounts, type OpenedDatabase } from '../../store/index.ts';

/** The bot's metrics, and the callbacks that feed them, handed to the gateway and the Slack app. */
export interface BotMetrics {
  readonly metrics: SwitchboardMetrics;
  /** For the RingCentral gateway, which is built before the database's session is complete. */
  readonly ringCentralObserver: RingCentralObserver;
  /** For the Slack app's `/ivr`. */
  readonly onSlackCommand: IvrCommandListener;
  /** The database the gauges are read from at each scrape; until it is given, a scrape fails. */
  readFrom(database: OpenedDatabase): void;
}

/**
 * Wires metrics/ to the parts that have something to count, so neither the gateway nor the Slack
 * adapter imports metrics/ (or each other): each takes a plain callback.
 */
export function createBotMetrics(now: () => Date = () => new Date()): BotMetrics {
  let database: OpenedDatabase | undefined;
  const metrics = createSwitchboardMetrics({
    now,
    readStoredState: async () => {
      if (database === undefined) throw new Error('the database is not open yet');
      return readOperationalCounts(database.db, now().toISOString());
    },
  });
  return {
    metrics,
    ringCentralObserver: {
      onRequest: ({ group, status }) => metrics.countRingCentralRequest(group, status),
      onRateLimitWait: ({ group, waitedMs }) => metrics.countRateLimitWait(group, waitedMs),
    },
    onSlackCommand: ({ kind, outcome }) => metrics.countCommand({ adapter: 'slack', kind, outcome }),
    readFrom: (opened) => {
      database = opened;
    },
  };
}
