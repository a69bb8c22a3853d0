import type { Insertable } from 'kysely';
import { DateTime } from 'luxon';
import { expect, it } from 'vitest';
import { parseCommand } from '../../src/language/index.ts';
import { isStoreError, type Database, type RequestedChange } from '../../src/store/index.ts';
import { company } from '../fixtures/call-handling.ts';
import { describeEachDatabase, type TestDatabase } from '../support/use-test-databases.ts';
import { CLOSE_INTENT_V1, HOLIDAYS_INTENT_V1, newChangeRequest, versionOneRow } from './change-request-fixture.ts';

const CHRISTMAS = { from: '2026-12-25T00:00:00.000-05:00', to: '2026-12-26T00:00:00.000-05:00' };

/** One request of every kind, in the shape schema version 2 stores; `tsc` fails when a kind is missing. */
const EVERY_KIND: { readonly [K in RequestedChange['kind']]: Extract<RequestedChange, { kind: K }> } = {
  route: { kind: 'route', rule: 'business-hours', target: { kind: 'users', extensionIds: ['1001', '1002'], ringMode: 'FixedOrder' } },
  'add-rule': {
    kind: 'add-rule',
    proposedName: 'Weekday lunch',
    name: 'Lunch',
    schedule: { kind: 'weekly', weekly: { monday: [{ from: 720, to: 780 }], friday: [{ from: 720, to: 1440 }] } },
    callers: ['+1415555'],
    calledNumbers: ['+16505550111'],
    target: { kind: 'greeting-then-hang-up' },
  },
  holidays: { kind: 'holidays', proposedName: 'Holidays US 2026', holidays: [{ range: CHRISTMAS }], target: { kind: 'extension', extensionId: '3000' } },
  close: { kind: 'close', range: { from: '2026-11-25T12:00:00.000-05:00', to: '2026-11-25T18:00:00.000-05:00' } },
  open: { kind: 'open' },
  'set-business-hours': { kind: 'set-business-hours', businessHours: {} },
  'set-ring-mode': { kind: 'set-ring-mode', queueId: '2000', ringMode: 'Rotating' },
  'set-dial-zero': { kind: 'set-dial-zero', menu: { kind: 'ivr-menu', menuId: '5000' }, action: { action: 'Connect', extensionId: '1001' } },
  'change-rule': { kind: 'change-rule', ruleId: 'rule-7', change: 'disable' },
  undo: { kind: 'undo', requestId: 4 },
};

/** Intents as schema version 1 stored them, and what each is read as now. */
const VERSION_ONE: ReadonlyArray<readonly [string, unknown, RequestedChange]> = [
  ['holidays', HOLIDAYS_INTENT_V1, { kind: 'holidays', proposedName: 'Holidays US 2026', holidays: [{ range: CHRISTMAS }] }],
  ['close', CLOSE_INTENT_V1, { kind: 'close', range: CLOSE_INTENT_V1.range }],
  [
    'change-rule',
    { kind: 'change-rule', ruleId: 'rule-7', ruleName: 'VIP callers', change: 'delete' },
    { kind: 'change-rule', ruleId: 'rule-7', change: 'delete' },
  ],
  [
    'add-rule',
    { kind: 'add-rule', proposedName: 'Dec 25, 2026', name: 'Christmas', schedule: { kind: 'dates', ranges: [CHRISTMAS] }, callers: [], calledNumbers: [], target: { kind: 'greeting' } },
    { kind: 'add-rule', proposedName: 'Dec 25, 2026', name: 'Christmas', schedule: { kind: 'dates', ranges: [CHRISTMAS] }, callers: [], calledNumbers: [], target: { kind: 'greeting' } },
  ],
  [
    'set-dial-zero',
    { kind: 'set-dial-zero', menu: { kind: 'main-site' }, action: { action: 'DoNothing' } },
    { kind: 'set-dial-zero', menu: { kind: 'main-site' }, action: { action: 'DoNothing' } },
  ],
  ['undo', { kind: 'undo', requestId: 4 }, { kind: 'undo', requestId: 4 }],
];

async function insertRow(database: TestDatabase, row: Insertable<Database['change_requests']>): Promise<number> {
  const inserted = await database.db.insertInto('change_requests').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(inserted.id);
}

async function schemaVersionOf(database: TestDatabase, id: number): Promise<number> {
  const row = await database.db.selectFrom('change_requests').select('schema_version').where('id', '=', id).executeTakeFirstOrThrow();
  return Number(row.schema_version);
}

/** What reading the request threw. */
async function readFailure(database: TestDatabase, id: number): Promise<unknown> {
  return database.stores.requests.get(id).then(
    () => new Error('the request was read'),
    (error: unknown) => error,
  );
}

describeEachDatabase('stored requested changes', (database) => {
  it('stores a new request at schema version 2 with only what re-planning reads', async () => {
    const handling = company();
    const parsed = parseCommand('holidays US 2026', { ...handling, now: DateTime.fromISO('2026-11-25T12:00', { zone: handling.timeZone }) });
    if (!parsed.ok || parsed.intent.kind !== 'holidays') throw new Error(`not parsed: ${JSON.stringify(parsed)}`);
    const inserted = await database().stores.requests.insert(newChangeRequest({ intent: parsed.intent }));

    const { proposedName, holidays } = parsed.intent;
    const expected = { kind: 'holidays', proposedName, holidays: holidays.map(({ range }) => ({ range })) };
    expect(await schemaVersionOf(database(), inserted.id)).toBe(2);
    const row = await database().db.selectFrom('change_requests').select('intent').where('id', '=', inserted.id).executeTakeFirstOrThrow();
    expect(JSON.parse(row.intent)).toEqual(expected);
    expect(inserted.intent).toEqual(expected);
  });

  it.each(Object.values(EVERY_KIND))('reads a $kind request back as it was written', async (intent) => {
    const inserted = await database().stores.requests.insert(newChangeRequest({ intent }));

    expect((await database().stores.requests.get(inserted.id))?.intent).toEqual(intent);
  });

  it('gives schema version 1 to a row written without one, as before the column existed', async () => {
    const id = await insertRow(database(), versionOneRow(HOLIDAYS_INTENT_V1));

    expect(await schemaVersionOf(database(), id)).toBe(1);
  });

  it.each(VERSION_ONE)('reads a %s intent stored at schema version 1 as the change it asked for', async (_kind, stored, expected) => {
    const id = await insertRow(database(), versionOneRow(stored));

    const request = await database().stores.requests.get(id);

    expect(request?.intent).toEqual(expected);
    expect(request).toMatchObject({ id, status: 'pending', version: 1, commandText: newChangeRequest().commandText });
  });

  it('refuses a row at a schema version it does not know, naming the request', async () => {
    const id = await insertRow(database(), { ...versionOneRow(EVERY_KIND.open), schema_version: 3 });

    const error = await readFailure(database(), id);

    expect(isStoreError(error) && error.code).toBe('unreadable-row');
    expect((error as Error).message).toMatch(new RegExp(`^Change request ${id} cannot be read: its schema version 3 .*\\.$`));
  });

  it.each([
    ['version 2 intent without its range', 2, { kind: 'close' }],
    ['version 1 holidays intent without its country', 1, { ...HOLIDAYS_INTENT_V1, country: undefined }],
    ['version 2 intent of a kind a request cannot hold', 2, { kind: 'status' }],
  ])('refuses a %s in one line naming the request', async (_case, schemaVersion, intent) => {
    const id = await insertRow(database(), { ...versionOneRow(intent), schema_version: schemaVersion });

    const error = await readFailure(database(), id);

    expect(isStoreError(error) && error.code).toBe('unreadable-row');
    expect((error as Error).message).toContain(`Change request ${id} cannot be read: its intent does not match schema version ${schemaVersion}`);
    expect((error as Error).message).not.toContain('\n');
  });
});
