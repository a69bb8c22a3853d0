/**
 * RingCentral API calls per operation, beside the fewest each operation needs, and the wall time of
 * a 1,000-date holiday import against the emulator with RingCentral's real rate limits, beside the
 * least time those limits allow for the requests it made. Counts come from the emulator's request
 * log; the operations run as the console runs them: read, then request the change (which, for the
 * local admin, re-reads to check nothing changed and applies).
 *
 *   npm run bench -- api-calls
 *   npm run bench -- --quick api-calls   (the same, without the untimed warm-up import)
 */
import { DateTime } from 'luxon';
import type { CallHandling } from '../src/callflow/index.ts';
import { createDemoState, startEmulator, type LoggedRequest, type RunningEmulator } from '../src/emulator/index.ts';
import { parseCommand, type ChangeIntent, type HolidayDay } from '../src/language/index.ts';
import { createRingCentralGateway, DEFAULT_RATE_LIMITS, RATE_LIMIT_GROUPS, type RingCentralGateway } from '../src/ringcentral/index.ts';
import { rateLimitGroupOf } from '../src/ringcentral/rate-limit-group.ts';
import { openDatabase, type OpenedDatabase } from '../src/store/index.ts';
import type { ChangeWorkflow } from '../src/workflow/index.ts';
import { READ_CACHE_TTL_MS } from '../src/app/connect-ring-central.ts';
import { benchRow, type BenchRow, type BenchSection } from './bench-report.ts';
import { benchWorkflow, type BenchOptions } from './bench-support.ts';

const IMPORT_DATES = 1000;
const NOW = DateTime.fromISO('2026-11-25T10:00', { zone: 'US/Eastern' });

/** What one scenario uses: an emulator, a gateway on it, a workflow over a scratch SQLite database. */
interface Rig {
  readonly emulator: RunningEmulator;
  readonly gateway: RingCentralGateway;
  readonly workflow: ChangeWorkflow;
  readonly database: OpenedDatabase;
  close(): Promise<void>;
}

async function openRig(rateLimits: boolean, realWaits: boolean): Promise<Rig> {
  const emulator = await startEmulator({ port: 0, state: createDemoState(), ...(rateLimits ? {} : { rateLimits: false }) });
  // Without limits the emulator sends no counters and the gateway would pace itself: skip its waits there.
  const gateway = createRingCentralGateway({
    serverUrl: emulator.url,
    clientId: 'bench',
    clientSecret: 'bench',
    jwt: 'bench',
    // As `npm start` and the console use it.
    cacheTtlMs: READ_CACHE_TTL_MS,
    ...(realWaits ? {} : { sleep: async () => {} }),
  });
  const database = await openDatabase({ url: ':memory:', dataDir: '.' });
  const workflow = benchWorkflow(database, gateway, { kind: 'local-admin' }, () => NOW.toJSDate());
  return {
    emulator,
    gateway,
    workflow,
    database,
    async close() {
      await gateway.close();
      await database.close();
      await emulator.close();
    },
  };
}

async function requestLog(emulator: RunningEmulator): Promise<ReadonlyArray<LoggedRequest>> {
  const body = (await (await fetch(`${emulator.url}/_emulator/requests`)).json()) as { requests: LoggedRequest[] };
  return body.requests;
}

/** The requests `operation` sent. */
async function countCalls(rig: Rig, operation: () => Promise<unknown>): Promise<ReadonlyArray<LoggedRequest>> {
  const before = (await requestLog(rig.emulator)).length;
  await operation();
  return (await requestLog(rig.emulator)).slice(before);
}

/**
 * The GETs a whole read of this company needs: account, business hours, the business-hours rule,
 * the after-hours rule (absent with 24/7 hours), the rule list and each custom rule (the list lacks
 * schedules), the extension list, the IVR menu list and each menu (the list lacks keys), the queue
 * list and, per queue, its members and its rule (ring mode).
 */
function fullReadCalls(handling: CallHandling): number {
  const afterHours = handling.businessHours === undefined || Object.values(handling.businessHours).every((ranges) => ranges.length === 0) ? 0 : 1;
  return 3 + afterHours + 1 + handling.customRules.length + 1 + 1 + handling.ivrMenus.length + 1 + 2 * handling.callQueues.length;
}

/** Reads, then requests the change the text asks for, as the console does. */
async function change(rig: Rig, text: string): Promise<void> {
  const handling = await rig.gateway.readCallHandling();
  const parsed = parseCommand(text, { ...handling, now: NOW });
  if (!parsed.ok) throw new Error(`"${text}" did not parse: ${parsed.code}`);
  await requestIntent(rig, text, parsed.intent as ChangeIntent, handling);
}

async function requestIntent(rig: Rig, text: string, intent: ChangeIntent, handling: CallHandling): Promise<void> {
  const requester = { id: 'bench' };
  const preview = await rig.workflow.draftChange({ text, intent, author: requester, handling, at: NOW });
  if (!preview.ok || preview.draftId === undefined) throw new Error(`"${text}" previewed ${preview.ok ? 'no change' : preview.code}`);
  const outcome = await rig.workflow.requestDraft(preview.draftId, requester);
  if (outcome.code !== 'applied') throw new Error(`"${text}" ended ${outcome.code}: ${outcome.message}`);
}

/** A holidays intent of `count` whole days, every other day from Jan 4, 2027 (no two touch). */
function manyHolidays(count: number): ChangeIntent {
  const first = DateTime.fromISO('2027-01-04', { zone: 'US/Eastern' });
  const holidays: HolidayDay[] = Array.from({ length: count }, (_, index) => {
    const day = first.plus({ days: 2 * index });
    return {
      name: `Day ${index + 1}`,
      date: day.toISODate() ?? '',
      substitute: false,
      // Instants with their offset, as the language's holiday import gives them.
      range: { from: day.toISO() ?? '', to: day.plus({ days: 1 }).toISO() ?? '' },
    };
  });
  return { kind: 'holidays', country: 'XX', year: 2027, proposedName: `Bench ${count} days`, holidays };
}

async function importMany(rig: Rig): Promise<void> {
  const handling = await rig.gateway.readCallHandling();
  await requestIntent(rig, `holidays: ${IMPORT_DATES} dates`, manyHolidays(IMPORT_DATES), handling);
}

/** The least time RingCentral's limits allow for these requests: per group, a minute per full window after the first. */
function rateLimitBoundSeconds(requests: ReadonlyArray<LoggedRequest>): number {
  let bound = 0;
  for (const group of RATE_LIMIT_GROUPS) {
    const count = requests.filter((request) => rateLimitGroupOf(request.method, request.path) === group).length;
    if (count > 0) bound = Math.max(bound, Math.floor((count - 1) / DEFAULT_RATE_LIMITS[group]) * 60);
  }
  return bound;
}

async function countOperations(): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const rig = await openRig(false, false);
  try {
    const cold = await countCalls(rig, () => rig.gateway.readCallHandling());
    const coldRead = fullReadCalls(await rig.gateway.readCallHandling());
    const warm = await countCalls(rig, () => rig.gateway.readCallHandling());
    // Each change: the read it needs just before writing (the rules grow as the run adds some), and one write.
    const measureChange = async (run: () => Promise<void>): Promise<{ calls: ReadonlyArray<LoggedRequest>; fewest: number }> => {
      const fewest = fullReadCalls(await rig.gateway.readCallHandling()) + 1;
      return { calls: await countCalls(rig, run), fewest };
    };
    const route = await measureChange(() => change(rig, 'route to voicemail on Dec 25'));
    const holidays = await measureChange(() => change(rig, 'holidays US 2027'));
    const many = await measureChange(() => importMany(rig));
    const handling = await rig.gateway.readCallHandling();
    const read = coldRead;
    const writes = (requests: ReadonlyArray<LoggedRequest>): number => requests.filter((request) => request.method !== 'GET').length;
    const fewestNeeded = 'fewest needed (one read to check, one write)';
    return {
      rows: [
        // Cold: one login, then the read.
        benchRow('status, cold', cold.length, 'calls', 'fewest needed (login + one read)', 1 + coldRead),
        benchRow('status, warm', warm.length, 'calls', 'fewest needed (nothing changed: none)', 0),
        benchRow('route to voicemail on Dec 25', route.calls.length, 'calls', fewestNeeded, route.fewest),
        benchRow('holidays US 2027 (11 dates)', holidays.calls.length, 'calls', fewestNeeded, holidays.fewest),
        benchRow(`holiday import of ${IMPORT_DATES} dates`, many.calls.length, 'calls', fewestNeeded, many.fewest),
      ],
      notes: [
        `one whole read of the demo company is ${read} requests at first (${handling.customRules.length} custom rules by the end, ${handling.ivrMenus.length} IVR menu, ${handling.callQueues.length} queues)`,
        `writes: route ${writes(route.calls)}, 11 holidays ${writes(holidays.calls)}, ${IMPORT_DATES} holidays ${writes(many.calls)} (a rule holds up to 1,000 dates, so one POST each)`,
        `a change is previewed from a read at most ${READ_CACHE_TTL_MS / 1000} s old and checked against a fresh read just before it is written`,
      ],
    };
  } finally {
    await rig.close();
  }
}

async function timeImport(rateLimits: boolean): Promise<{ seconds: number; requests: ReadonlyArray<LoggedRequest> }> {
  const rig = await openRig(rateLimits, rateLimits);
  try {
    const start = process.hrtime.bigint();
    const requests = await countCalls(rig, () => importMany(rig));
    return { seconds: Number(process.hrtime.bigint() - start) / 1e9, requests };
  } finally {
    await rig.close();
  }
}

export async function apiCallsBench(options: BenchOptions): Promise<BenchSection> {
  const counts = await countOperations();
  // The counts are exact whatever the mode; quick mode only skips warming up before the timed imports.
  if (!options.quick) await timeImport(false);
  const unlimited = await timeImport(false);
  const limited = await timeImport(true);
  const bound = rateLimitBoundSeconds(limited.requests);
  return {
    name: 'api-calls',
    title: 'RingCentral API calls per operation on the demo company, and a 1,000-date import against the emulator with real rate limits',
    rows: [
      ...counts.rows,
      benchRow(`${IMPORT_DATES}-date import, real limits (cold)`, limited.seconds, 's', 'least time the limits allow', bound),
      benchRow(`${IMPORT_DATES}-date import, real limits (cold)`, limited.seconds, 's', 'the same without limits', unlimited.seconds),
    ],
    notes: [
      ...counts.notes,
      `the import sent ${limited.requests.length} requests (limits a minute: ${RATE_LIMIT_GROUPS.map((group) => `${group} ${DEFAULT_RATE_LIMITS[group]}`).join(', ')}), so the limits impose ${bound} s of waiting`,
    ],
  };
}
