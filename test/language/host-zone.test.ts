import { afterEach, describe, expect, it } from 'vitest';
import { COMMAND_REFERENCE, parseCommand } from '../../src/language/index.ts';
import { companyContext } from './fixtures/company-context.ts';

const COMMANDS = [
  ...COMMAND_REFERENCE.map((entry) => entry.example),
  'route to voicemail tomorrow',
  'route to voicemail today',
  'route to voicemail on Friday',
  'route to voicemail on 2027-03-14',
  'route to voicemail from 2027-11-06T22:00 to 2027-11-07T03:00',
  'route to voicemail until 9am',
  'close now',
  'status at tomorrow 9am',
  'test 2026-12-02T20:00Z',
];
const originalZone = process.env.TZ;

// The host zone must never leak in: the same commands read the same under any TZ. Node re-reads
// process.env.TZ when it changes, so one process can try several (CI also runs the whole suite
// under TZ=UTC and TZ=Asia/Tokyo).
describe('parseCommand under different host time zones', () => {
  afterEach(() => {
    if (originalZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalZone;
  });

  it('reads every command the same under UTC, Tokyo, Kiritimati and Honolulu', () => {
    const hostOffsets: number[] = [];
    const readings = ['UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Honolulu'].map((zone) => {
      process.env.TZ = zone;
      hostOffsets.push(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset());
      return COMMANDS.map((command) => parseCommand(command, companyContext()));
    });
    expect(hostOffsets).toEqual([0, -540, -840, 600]);
    for (const reading of readings.slice(1)) expect(reading).toEqual(readings[0]);
    expect(readings[0]?.every((result) => result.ok)).toBe(true);
  });
});
