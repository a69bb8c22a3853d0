import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { currentTraceId, deriveTraceId, withTrace } from '../src/trace-context.ts';

describe('deriveTraceId', () => {
  it('gives the same id for the same trigger id, so a delivery Slack retries keeps its trace on any replica', () => {
    const triggerId = '13345224609.738474920.8088930838d88f008e0';
    expect(deriveTraceId(triggerId)).toBe(deriveTraceId(triggerId));
    expect(deriveTraceId(triggerId)).toMatch(/^[0-9a-f]{12}$/);
  });

  it('does not put the trigger id itself in the trace id', () => {
    expect(deriveTraceId('13345224609.738474920.8088930838d88f008e0')).not.toContain('13345224609');
  });

  it('gives different ids for different trigger ids', () => {
    expect(deriveTraceId('13345224609.738474920.a')).not.toBe(deriveTraceId('13345224609.738474920.b'));
  });

  it('gives a fresh random id when there is nothing to derive it from', () => {
    const ids = new Set([deriveTraceId(), deriveTraceId(''), deriveTraceId()]);
    expect(ids.size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('withTrace', () => {
  it('carries the trace id through awaits and timers started inside, and not outside', async () => {
    const seen: Array<string | undefined> = [];
    const traced = withTrace('aaaaaaaaaaaa', async () => {
      await sleep(1);
      setTimeout(() => seen.push(currentTraceId()), 1);
      seen.push(currentTraceId());
    });
    seen.push(currentTraceId());
    await traced;
    await sleep(5);
    expect(seen).toEqual([undefined, 'aaaaaaaaaaaa', 'aaaaaaaaaaaa']);
  });

  it('keeps two interactions served at once apart', async () => {
    const served = await Promise.all(
      ['aaaaaaaaaaaa', 'bbbbbbbbbbbb'].map((id, index) =>
        withTrace(id, async () => {
          await sleep(5 - index * 4);
          return currentTraceId();
        }),
      ),
    );
    expect(served).toEqual(['aaaaaaaaaaaa', 'bbbbbbbbbbbb']);
  });
});
