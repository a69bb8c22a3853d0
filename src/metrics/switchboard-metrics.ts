import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';

/**
 * What a scrape reads from the database. The shape is this module's own (metrics/ imports nothing
 * of the project); src/app/ fills it from the store.
 */
export interface StoredStateSample {
  readonly requestsByStatus: Readonly<Record<string, number>>;
  readonly outboxBacklog: number;
  /** ISO instants; undefined when nothing waits. */
  readonly outboxOldestCreatedAt: string | undefined;
  readonly oldestDueJobRunAt: string | undefined;
  readonly driftEntries: number;
}

/** Where a command came from, and how it ended. */
export interface CommandSample {
  /** `slack`: only the bot's process serves /metrics (the console and `run` are processes of their own). */
  readonly adapter: string;
  /** The intent's kind (`status`, `route`…), or what stood in for one (`help`, `edit`, `unparsed`). */
  readonly kind: string;
  /** `answered` (an answer or a preview), `refused` (not understood or not allowed), `failed` (an error). */
  readonly outcome: 'answered' | 'refused' | 'failed';
}

/** Switchboard's Prometheus metrics, and the callbacks src/app/ hands the adapters and the gateway. */
export interface SwitchboardMetrics {
  /** The Content-Type of `render`'s text (Prometheus text exposition format). */
  readonly contentType: string;
  /** Every metric in Prometheus text form, the database's gauges read now. */
  render(): Promise<string>;
  countCommand(sample: CommandSample): void;
  /** One RingCentral HTTP exchange: its throttling group and status (`network-error` when no answer came). */
  countRingCentralRequest(group: string, status: number | 'network-error'): void;
  /** A request held at a closed rate-limit gate for `waitedMs`. */
  countRateLimitWait(group: string, waitedMs: number): void;
}

/** Options of createSwitchboardMetrics. */
export interface SwitchboardMetricsOptions {
  /** Read at each scrape; when it fails the scrape fails too, rather than report stale or zero gauges. */
  readonly readStoredState: () => Promise<StoredStateSample>;
  readonly now?: () => Date;
}

/**
 * Creates a registry of its own (not prom-client's global one, so two apps in one test process
 * never share counters) with Node's default process metrics and Switchboard's:
 * counters that the running code increments, and gauges read from the database at scrape time, so
 * every replica reports the same shared state.
 */
export function createSwitchboardMetrics(options: SwitchboardMetricsOptions): SwitchboardMetrics {
  const registry = new Registry();
  const now = options.now ?? (() => new Date());
  collectDefaultMetrics({ register: registry });
  const commands = new Counter({
    name: 'switchboard_commands_total',
    help: 'Commands handled, by adapter, kind and outcome.',
    labelNames: ['adapter', 'kind', 'outcome'] as const,
    registers: [registry],
  });
  const requests = new Counter({
    name: 'switchboard_ringcentral_requests_total',
    help: 'RingCentral HTTP requests, by throttling group and response status.',
    labelNames: ['group', 'status'] as const,
    registers: [registry],
  });
  const waitSeconds = new Counter({
    name: 'switchboard_ringcentral_rate_limit_wait_seconds_total',
    help: 'Time requests spent waiting for a RingCentral rate-limit group to reopen.',
    labelNames: ['group'] as const,
    registers: [registry],
  });
  const waits = new Counter({
    name: 'switchboard_ringcentral_rate_limit_waits_total',
    help: 'Requests that waited for a RingCentral rate-limit group to reopen.',
    labelNames: ['group'] as const,
    registers: [registry],
  });

  // One scrape collects several gauges from one database read: render() starts each scrape afresh.
  let sample: Promise<StoredStateSample> | undefined;
  const readSample = (): Promise<StoredStateSample> => (sample ??= options.readStoredState());
  const ageSeconds = (iso: string | undefined): number => (iso === undefined ? 0 : Math.max(0, (now().getTime() - Date.parse(iso)) / 1000));

  new Gauge({
    name: 'switchboard_change_requests',
    help: 'Change requests in the database, by status.',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const { requestsByStatus } = await readSample();
      // A status no request has any more must read 0, not keep its last count.
      this.reset();
      for (const [status, count] of Object.entries(requestsByStatus)) this.set({ status }, count);
    },
  });
  new Gauge({
    name: 'switchboard_outbox_backlog',
    help: 'Slack messages waiting in the outbox (neither sent nor given up on).',
    registers: [registry],
    async collect() {
      this.set((await readSample()).outboxBacklog);
    },
  });
  new Gauge({
    name: 'switchboard_outbox_oldest_age_seconds',
    help: 'How long the oldest message waiting in the outbox has waited; 0 when none waits.',
    registers: [registry],
    async collect() {
      this.set(ageSeconds((await readSample()).outboxOldestCreatedAt));
    },
  });
  new Gauge({
    name: 'switchboard_job_lag_seconds',
    help: 'How long ago the oldest scheduler job that is due (or whose lease ended) was due; 0 when none is.',
    registers: [registry],
    async collect() {
      this.set(ageSeconds((await readSample()).oldestDueJobRunAt));
    },
  });
  new Gauge({
    name: 'switchboard_drift_entries',
    help: 'Audit entries recording changes made in RingCentral outside Switchboard.',
    registers: [registry],
    async collect() {
      this.set((await readSample()).driftEntries);
    },
  });

  return {
    contentType: registry.contentType,
    render: () => {
      sample = undefined;
      return registry.metrics();
    },
    countCommand: ({ adapter, kind, outcome }) => commands.inc({ adapter, kind, outcome }),
    countRingCentralRequest: (group, status) => requests.inc({ group, status: String(status) }),
    countRateLimitWait: (group, waitedMs) => {
      waits.inc({ group });
      waitSeconds.inc({ group }, waitedMs / 1000);
    },
  };
}
