import { tmpdir } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { createBotMetrics, type BotMetrics } from '../../src/app/health/create-bot-metrics.ts';
import { healthRoutes } from '../../src/app/health/health-routes.ts';
import { startHealthServer } from '../../src/app/health/start-health-server.ts';
import { silentLogger } from '../../src/logger.ts';
import { createRingCentralGateway, type RingCentralGateway } from '../../src/ringcentral/index.ts';
import { openDatabase, pingDatabase, type OpenedDatabase } from '../../src/store/index.ts';
import { ALICE, useSlackAppHarness, type RunningSlackApp } from '../support/slack-app-harness.ts';
import { describeEachDatabase, type TestDatabase } from '../support/use-test-databases.ts';

const { harness, fake, start } = useSlackAppHarness();

/** The bot's HTTP app with the health routes and the metrics wired as src/app/ wires them. */
interface HealthyApp {
  readonly app: RunningSlackApp;
  readonly gateway: RingCentralGateway;
  readonly botMetrics: BotMetrics;
  readonly routes: ReturnType<typeof healthRoutes>;
  close(): Promise<void>;
}

/**
 * `pinged` is the database readiness pings (default: the app's own), to ping one that gets closed;
 * `sleep` replaces the gateway's waits (default: none at all).
 */
async function startWithHealth(database: TestDatabase, options: { readonly pinged?: OpenedDatabase; readonly sleep?: (ms: number) => Promise<void> } = {}): Promise<HealthyApp> {
  const pinged = options.pinged ?? database;
  const botMetrics = createBotMetrics();
  botMetrics.readFrom(database);
  const gateway = createRingCentralGateway({
    serverUrl: harness.emulator().url,
    clientId: 'test',
    clientSecret: 'test',
    jwt: 'test',
    observer: botMetrics.ringCentralObserver,
    sleep: options.sleep ?? (async () => {}),
    retry: { attempts: 2, baseDelayMs: 1 },
  });
  let started = false;
  const routes = healthRoutes({
    readiness: { pingDatabase: () => pingDatabase(pinged.db), tokenStatus: () => gateway.tokenStatus(), slackConnected: () => started },
    metrics: botMetrics.metrics,
    logger: silentLogger,
  });
  const app = await start(database, undefined, {}, { gateway: () => gateway, routes, onCommand: botMetrics.onSlackCommand });
  started = true;
  return {
    app,
    gateway,
    botMetrics,
    routes,
    close: async () => {
      await app.close();
      await gateway.close();
    },
  };
}

async function using(healthy: HealthyApp, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } finally {
    await healthy.close();
  }
}

/**
 * One sample of the Prometheus text format: `name{label="value",…} value`. Prometheus reads NaN in
 * any case (Go's ParseFloat), and prom-client writes `Nan` (the event loop lag before its first sample).
 */
const SAMPLE_LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (-?[0-9.e+-]+|[Nn]a[Nn]|[+-]Inf)$/;

/**
 * Parses the text exposition format strictly: every line is a comment (`# HELP`, `# TYPE`) or a
 * sample of a metric whose TYPE came first; returns each sample's value by `name{labels}`.
 */
function parsePrometheusText(text: string): Map<string, number> {
  const typed = new Set<string>();
  const samples = new Map<string, number>();
  for (const line of text.split('\n').filter((candidate) => candidate !== '')) {
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) {
      typed.add(type[1]!);
      continue;
    }
    if (line.startsWith('# HELP ')) continue;
    const sample = SAMPLE_LINE.exec(line);
    if (sample === null) throw new Error(`not a Prometheus text line: ${line}`);
    const name = sample[1]!;
    if (![...typed].some((family) => name === family || name.startsWith(`${family}_`))) throw new Error(`a sample before its TYPE: ${line}`);
    samples.set(`${name}${sample[2] ?? ''}`, Number(sample[3]));
  }
  return samples;
}

async function scrape(url: string): Promise<Map<string, number>> {
  const response = await fetch(`${url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(await response.text());
}

const STATUS_ANSWERED = 'switchboard_commands_total{adapter="slack",kind="status",outcome="answered"}';

describeEachDatabase('health, readiness and metrics on the bot\'s HTTP server', (database) => {
  it('answers /healthz with 200 {"ok":true}', async () => {
    const healthy = await startWithHealth(database());
    await using(healthy, async () => {
      const response = await fetch(`${healthy.app.appUrl}/healthz`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await response.json()).toEqual({ ok: true });
    });
  });

  it('is not ready before RingCentral gave a token, and ready with every check ok once it has', async () => {
    const healthy = await startWithHealth(database());
    await using(healthy, async () => {
      const before = await fetch(`${healthy.app.appUrl}/readyz`);
      expect(before.status).toBe(503);
      expect(await before.json()).toEqual({
        database: { ok: true },
        ringCentral: { ok: false, detail: 'no RingCentral token: not logged in yet, or a refresh was refused' },
        slack: { ok: true },
      });
      expect((await healthy.app.driver.slashCommand({ user: ALICE, text: 'status' })).status).toBe(200);
      const after = await fetch(`${healthy.app.appUrl}/readyz`);
      expect(after.status).toBe(200);
      expect(await after.json()).toEqual({ database: { ok: true }, ringCentral: { ok: true }, slack: { ok: true } });
    });
  });

  it('is not ready, 503 naming the database, once the database is closed', async () => {
    // A connection of its own, closed by this test alone.
    const other = await openDatabase({ url: database().url, dataDir: tmpdir() });
    let closed = false;
    const healthy = await startWithHealth(database(), { pinged: other });
    await using(healthy, async () => {
      try {
        await healthy.app.driver.slashCommand({ user: ALICE, text: 'status' });
        expect((await fetch(`${healthy.app.appUrl}/readyz`)).status).toBe(200);
        closed = true;
        await other.close();
        const response = await fetch(`${healthy.app.appUrl}/readyz`);
        expect(response.status).toBe(503);
        expect(await response.json()).toEqual({ database: { ok: false, detail: 'the database did not answer' }, ringCentral: { ok: true }, slack: { ok: true } });
      } finally {
        if (!closed) await other.close();
      }
    });
  });

  it('serves Prometheus text at /metrics, whose command and RingCentral counters grow with an /ivr status', async () => {
    const healthy = await startWithHealth(database());
    await using(healthy, async () => {
      const before = await scrape(healthy.app.appUrl);
      expect(before.get(STATUS_ANSWERED)).toBeUndefined();
      const lightBefore = before.get('switchboard_ringcentral_requests_total{group="Light",status="200"}') ?? 0;

      await healthy.app.driver.slashCommand({ user: ALICE, text: 'status' });
      await healthy.app.driver.slashCommand({ user: ALICE, text: 'no such command' });
      const after = await scrape(healthy.app.appUrl);
      expect(after.get(STATUS_ANSWERED)).toBe(1);
      expect(after.get('switchboard_commands_total{adapter="slack",kind="unknown",outcome="refused"}')).toBe(1);
      // A whole read is about a dozen requests, the login among them (Auth).
      expect(after.get('switchboard_ringcentral_requests_total{group="Light",status="200"}')).toBeGreaterThan(lightBefore + 3);
      expect(after.get('switchboard_ringcentral_requests_total{group="Auth",status="200"}')).toBe(1);
      expect(after.get('process_cpu_user_seconds_total')).toBeGreaterThan(0);
    });
  });

  it('reads the requests, the outbox, the job lag and the drift entries from the database at each scrape', async () => {
    const healthy = await startWithHealth(database());
    await using(healthy, async () => {
      const empty = await scrape(healthy.app.appUrl);
      const pendingBefore = empty.get('switchboard_change_requests{status="pending"}') ?? 0;
      const driftBefore = empty.get('switchboard_drift_entries')!;
      expect(driftBefore).toBeGreaterThanOrEqual(0);

      const typed = await healthy.app.driver.slashCommand({ user: ALICE, text: 'route to voicemail on Dec 25' });
      const preview = fake().responseMessages(typed.responseUrlId!).at(-1)!;
      await healthy.app.driver.clickButton({ user: ALICE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: preview.blocks } });
      const now = Date.now();
      const { stores } = database();
      // Queued ten minutes ago and retried later than this test lasts, so no delivery takes it meanwhile;
      // and a job due two minutes ago that no scheduler ran.
      const queued = await stores.outbox.enqueue({ recipient: 'audit', kind: 'test-backlog', payload: {}, dedupeKey: `backlog-${now}`, createdAt: new Date(now - 600_000).toISOString() });
      await stores.outbox.markFailed(queued.id, 'Slack is down', new Date(now + 3_600_000).toISOString());
      await stores.jobs.upsert([{ key: `late-${now}`, kind: 'test-late', payload: {}, runAt: new Date(now - 120_000).toISOString() }]);
      await stores.audit.append({
        event: 'drift',
        recordedAt: new Date(now).toISOString(),
        requestId: undefined,
        requestedBy: 'RingCentral',
        approvedBy: [],
        commandText: '',
        changes: [],
        operations: [],
        summary: 'Changed in RingCentral, not through Switchboard',
      });

      const after = await scrape(healthy.app.appUrl);
      expect(after.get('switchboard_change_requests{status="pending"}')).toBe(pendingBefore + 1);
      expect(after.get('switchboard_outbox_backlog')).toBeGreaterThanOrEqual(1);
      expect(after.get('switchboard_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(600);
      expect(after.get('switchboard_job_lag_seconds')).toBeGreaterThanOrEqual(120);
      expect(after.get('switchboard_drift_entries')).toBe(driftBefore + 1);
    });
  });

  it('counts the time RingCentral\'s rate limit held requests back', async () => {
    // The penalty lasts 50 ms here, long enough for the retry to find its group closed.
    const healthy = await startWithHealth(database(), { sleep: () => delay(50) });
    await using(healthy, async () => {
      await harness.setFaults([{ method: 'GET', path: '/business-hours', status: 429, retryAfterSeconds: 1 }]);
      await healthy.app.driver.slashCommand({ user: ALICE, text: 'status' });
      const samples = await scrape(healthy.app.appUrl);
      const total = (prefix: string): number => [...samples].filter(([key]) => key.startsWith(prefix)).reduce((sum, [, value]) => sum + value, 0);
      expect(total('switchboard_ringcentral_rate_limit_waits_total{')).toBeGreaterThanOrEqual(1);
      expect(total('switchboard_ringcentral_rate_limit_wait_seconds_total{')).toBeGreaterThanOrEqual(0.04);
      expect([...samples].some(([key, value]) => key.startsWith('switchboard_ringcentral_requests_total{') && key.endsWith('status="429"}') && value === 1)).toBe(true);
      expect(samples.get(STATUS_ANSWERED)).toBe(1);
    });
  });

  it('serves the same endpoints on a port of their own (SWITCHBOARD_HEALTH_PORT), and nothing else there', async () => {
    const healthy = await startWithHealth(database());
    const server = await startHealthServer(healthy.routes, 0, '127.0.0.1');
    await using(healthy, async () => {
      try {
        const url = `http://127.0.0.1:${server.port}`;
        await healthy.app.driver.slashCommand({ user: ALICE, text: 'status' });
        expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true });
        const ready = await fetch(`${url}/readyz`);
        expect([ready.status, await ready.json()]).toEqual([200, { database: { ok: true }, ringCentral: { ok: true }, slack: { ok: true } }]);
        expect((await scrape(url)).get(STATUS_ANSWERED)).toBe(1);
        for (const path of ['/slack/events', '/healthz/x', '/']) expect([path, (await fetch(`${url}${path}`)).status]).toEqual([path, 404]);
        expect((await fetch(`${url}/healthz`, { method: 'POST' })).status).toBe(404);
      } finally {
        await server.close();
      }
    });
  });
}, { freshForEachTest: true });
