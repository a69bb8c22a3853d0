import { PassThrough } from 'node:stream';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { answerWeek } from '../../src/console/answer-week.ts';
import { company } from '../fixtures/call-handling.ts';

/** What `week` prints to a stdout that is, or is not, a terminal. */
async function printed(terminal: boolean, env: Record<string, string> = {}): Promise<string> {
  const stdout = Object.assign(new PassThrough(), { isTTY: terminal });
  let text = '';
  stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const handling = company();
  const code = await answerWeek({ kind: 'week' }, handling, DateTime.fromISO('2026-12-21T10:00', { zone: handling.timeZone }), { json: false }, { stdout, stderr: new PassThrough(), env });
  expect(code).toBe(0);
  return text;
}

describe('week in the console', () => {
  it('is coloured on a terminal', async () => {
    expect(await printed(true)).toContain('\u001b[38;2;');
  });

  it('is plain in a pipe, and on a terminal with NO_COLOR set', async () => {
    expect(await printed(false)).not.toContain('\u001b[');
    expect(await printed(true, { NO_COLOR: '1' })).not.toContain('\u001b[');
  });
});
