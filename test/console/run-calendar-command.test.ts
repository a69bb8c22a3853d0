import { DateTime } from 'luxon';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { createDemoState } from '../../src/emulator/index.ts';
import { runCli } from '../support/run-cli.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';

const emulator = useCliEmulator('calendar');

/** The demo company (US/Eastern) with a holiday, a disabled date rule and a weekly lunch rule, in RingCentral's shapes. */
function companyWithRules(): unknown {
  const state = createDemoState();
  const [vip, ...defaults] = state.answeringRules;
  const custom = [
    {
      id: '33000000002',
      type: 'Custom',
      enabled: true,
      name: 'Christmas',
      schedule: { ranges: [{ from: '2026-12-25T00:00:00-05:00', to: '2026-12-26T00:00:00-05:00' }] },
      callHandlingAction: 'Bypass',
      extension: { id: '62000000300' },
    },
    {
      id: '33000000003',
      type: 'Custom',
      enabled: false,
      name: 'Old closure',
      schedule: { ranges: [{ from: '2026-12-10T00:00:00-05:00', to: '2026-12-11T00:00:00-05:00' }] },
      callHandlingAction: 'Bypass',
      extension: { id: '62000000300' },
    },
    {
      id: '33000000004',
      type: 'Custom',
      enabled: true,
      name: 'Lunch',
      schedule: { weeklyRanges: { monday: [{ from: '12:00', to: '13:00' }], friday: [{ from: '12:00', to: '13:00' }] } },
      callHandlingAction: 'Bypass',
      extension: { id: '62000000201' },
    },
  ];
  return { ...state, answeringRules: [vip, ...custom, ...defaults] };
}

async function putState(state: unknown): Promise<void> {
  const response = await fetch(`${emulator.url()}/_emulator/state`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(state) });
  expect(response.ok).toBe(true);
}

describe('switchboard calendar', () => {
  it('writes the feed of the company\'s dated and weekly rules to stdout, and nothing else', async () => {
    await putState(companyWithRules());
    const result = await runCli(['calendar', '--now', '2026-12-01T10:00'], emulator.env());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);

    const events = Object.values(ical.sync.parseICS(result.stdout)).filter((component): component is VEvent => component?.type === 'VEVENT');
    expect(events.map((event) => [event.uid, event.summary])).toEqual([
      ['33000000002-0@switchboard', 'Christmas: calls go to Main Voicemail (ext 300)'],
      ['33000000004-0@switchboard', 'Lunch: calls go to Sales Queue (ext 201)'],
    ]);
    const lunch = events[1]!;
    expect(DateTime.fromJSDate(lunch.start, { zone: 'America/New_York' }).toFormat("ccc yyyy-MM-dd'T'HH:mm")).toBe('Mon 2026-11-30T12:00');
    expect(lunch.rrule?.toString()).toContain('BYDAY=MO,FR');
    expect(lunch.description).toContain('Custom rule "Lunch" sends calls to Sales Queue (ext 201) on Mon, Fri 12:00–13:00.');
  });

  it('runs on the embedded demo company when no RingCentral is configured, saying so on stderr only', async () => {
    const result = await runCli(['calendar'], { SWITCHBOARD_DATA_DIR: emulator.env().SWITCHBOARD_DATA_DIR ?? '' });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Using the built-in RingCentral emulator with a demo company');
    // The demo company's one custom rule is for callers during business hours: no times of its own.
    expect(result.stdout).toContain('X-WR-CALNAME:Where calls to +16505550100 go');
    expect(result.stdout).not.toContain('BEGIN:VEVENT');
  });

  it('exits 2 on an unknown option, an argument or a --now that is no time', async () => {
    const unknown = await runCli(['calendar', '--bogus'], emulator.env());
    expect([unknown.code, unknown.stderr.trim()]).toEqual([2, 'Unknown option \'--bogus\'. Usage: switchboard calendar [--now TIME]']);
    expect((await runCli(['calendar', 'next-year'], emulator.env())).code).toBe(2);
    const badNow = await runCli(['calendar', '--now', 'tomorrow'], emulator.env());
    expect([badNow.code, badNow.stderr.trim(), badNow.stdout]).toEqual([2, '--now "tomorrow" is not an ISO date-time. Try --now 2026-12-24T10:00.', '']);
  });

  it('exits 3 with one line when RingCentral fails, and writes no feed', async () => {
    await fetch(`${emulator.url()}/_emulator/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ faults: [{ path: '/answering-rule', status: 403, errorCode: 'CMN-401', times: 10 }] }),
    });
    try {
      const result = await runCli(['calendar'], emulator.env());
      expect(result.code).toBe(3);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('answering-rule');
      expect(result.stdout).toBe('');
    } finally {
      await fetch(`${emulator.url()}/_emulator/faults`, { method: 'DELETE' });
    }
  });
});
