import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoState, parseEmulatorState, startEmulator, StateFileError } from '../../src/emulator/index.ts';
import { connect, demoId, send } from './emulator-client.ts';

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'switchboard-emulator-'));
});

afterAll(() => rm(folder, { recursive: true, force: true }));

const holiday = {
  name: 'Christmas',
  schedule: { ranges: [{ from: '2026-12-25T00:00:00', to: '2026-12-26T00:00:00' }] },
  callHandlingAction: 'Bypass',
  extension: { id: demoId(400) },
};

describe('state file', () => {
  it('creates a missing state file (and its folder) at start with the demo company', async () => {
    const file = join(folder, 'new', 'state.json');
    const emulator = await startEmulator({ stateFile: file, rateLimits: false });
    await emulator.close();
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved).toEqual(createDemoState());
  });

  it('saves every successful change and restores it after a restart', async () => {
    const file = join(folder, 'round-trip.json');
    const first = await startEmulator({ stateFile: file, rateLimits: false });
    const api = await connect(first.url);
    const created = await api.post('/answering-rule', holiday);
    expect(created.status).toBe(200);
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.answeringRules.map((rule: { name?: string }) => rule.name)).toContain('Christmas');
    await first.close();

    const second = await startEmulator({ stateFile: file, rateLimits: false });
    try {
      const again = await connect(second.url);
      const rule = await again.get(`/answering-rule/${created.body.id}`);
      expect(rule.body.schedule.ranges).toEqual([{ from: '2026-12-25T05:00:00.000Z', to: '2026-12-26T05:00:00.000Z' }]);
      expect(await readdir(folder)).not.toContainEqual(expect.stringMatching(/\.tmp$/));
    } finally {
      await second.close();
    }
  });

  it('leaves an existing state file as written until the first change', async () => {
    const file = join(folder, 'hand-written.json');
    const text = JSON.stringify({ answeringRules: [{ id: '7', name: 'Lunch', schedule: { weeklyRanges: { monday: [{ from: '12:00', to: '13:00' }] } } }] });
    await writeFile(file, text);
    const emulator = await startEmulator({ stateFile: file, rateLimits: false });
    const api = await connect(emulator.url);
    expect((await api.get('/answering-rule/7')).body.name).toBe('Lunch');
    await emulator.close();
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('does not save a refused change', async () => {
    const file = join(folder, 'refused.json');
    const emulator = await startEmulator({ stateFile: file, rateLimits: false });
    const before = await readFile(file, 'utf8');
    const api = await connect(emulator.url);
    await api.delete('/answering-rule/business-hours-rule');
    await emulator.close();
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('refuses to start on a file that is not JSON, naming the file', async () => {
    const file = join(folder, 'broken.json');
    await writeFile(file, '{ "account": ');
    const started = startEmulator({ stateFile: file });
    await expect(started).rejects.toBeInstanceOf(StateFileError);
    await expect(started).rejects.toThrow(file);
  });

  it('refuses to start on a file with a bad field, naming its path on one line', async () => {
    const file = join(folder, 'bad-field.json');
    const state = createDemoState() as unknown as { answeringRules: Array<Record<string, unknown>> };
    state.answeringRules[0]!.callHandlingAction = 'Voicemail';
    await writeFile(file, JSON.stringify(state));
    const error = await startEmulator({ stateFile: file }).then(
      () => new Error('started'),
      (caught: unknown) => caught as Error,
    );
    expect(error).toBeInstanceOf(StateFileError);
    expect(error.message).toContain('answeringRules[0].callHandlingAction');
    expect(error.message).not.toContain('\n');
  });
});

describe('/_emulator/state', () => {
  it('returns the live state and replaces it on PUT', async () => {
    const emulator = await startEmulator({ rateLimits: false });
    try {
      const state = createDemoState();
      state.businessHours = { schedule: {} };
      state.answeringRules = state.answeringRules.filter((rule) => rule.id !== 'after-hours-rule');
      const put = await send(`${emulator.url}/_emulator/state`, { method: 'PUT', body: JSON.stringify(state) });
      expect(put.status).toBe(200);
      expect((await send(`${emulator.url}/_emulator/state`)).body).toEqual(state);
      const api = await connect(emulator.url);
      expect((await api.get('/business-hours')).body.schedule).toEqual({});
    } finally {
      await emulator.close();
    }
  });

  it('refuses an invalid state with 400 and a one-line message, keeping the old state', async () => {
    const emulator = await startEmulator({ rateLimits: false });
    try {
      const reply = await send(`${emulator.url}/_emulator/state`, { method: 'PUT', body: JSON.stringify({ extensions: [{ id: 'x' }] }) });
      expect(reply.status).toBe(400);
      expect(reply.body.message).toMatch(/^extensions\[0\]\.id: /);
      expect((await send(`${emulator.url}/_emulator/state`)).body).toEqual(createDemoState());
    } finally {
      await emulator.close();
    }
  });
});

describe('parseEmulatorState', () => {
  it('gives an empty object the demo company with just the two default rules', () => {
    const parsed = parseEmulatorState({});
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.state.extensions).toEqual(createDemoState().extensions);
    expect(parsed.state.answeringRules.map((rule) => [rule.id, rule.callHandlingAction])).toEqual([
      ['business-hours-rule', 'Operator'],
      ['after-hours-rule', 'Operator'],
    ]);
  });

  it('reads offset-less date ranges in the company time zone', () => {
    const parsed = parseEmulatorState({
      answeringRules: [{ id: '1', name: 'New Year', schedule: { ranges: [{ from: '2027-01-01T00:00:00', to: '2027-01-02T00:00:00' }] }, callHandlingAction: 'Disconnect' }],
    });
    expect(parsed.ok && parsed.state.answeringRules[0]?.schedule?.ranges).toEqual([{ from: '2027-01-01T05:00:00.000Z', to: '2027-01-02T05:00:00.000Z' }]);
  });

  it('refuses an after-hours rule while business hours are 24/7', () => {
    const parsed = parseEmulatorState({ businessHours: { schedule: {} }, answeringRules: [{ id: 'after-hours-rule', type: 'AfterHours' }] });
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining('answeringRules[0]') });
  });

  it('refuses a rule that sends calls to an extension that does not exist', () => {
    const parsed = parseEmulatorState({ answeringRules: [{ id: '1', callers: [{ callerId: '1' }], callHandlingAction: 'Bypass', extension: { id: '5' } }] });
    expect(parsed).toEqual({ ok: false, error: 'answeringRules[0].extension.id: Resource for parameter [extension.id] is not found' });
  });

  it('refuses an unknown time zone', () => {
    const state = createDemoState();
    state.account.regionalSettings.timezone.name = 'Mars/Olympus';
    const parsed = parseEmulatorState(state);
    expect(parsed).toEqual({ ok: false, error: 'account.regionalSettings.timezone.name: expected an IANA time zone name' });
  });

  it('refuses a misspelt section name instead of ignoring it', () => {
    const parsed = parseEmulatorState({ answeringRule: [] });
    expect(parsed.ok).toBe(false);
  });
});
