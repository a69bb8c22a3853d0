import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRateLimiter, type RateLimiter, type RateLimitOutcome } from '../../src/ringcentral/rate-limiter.ts';
import { createWaitTeller, type RateLimitWait } from '../../src/ringcentral/rate-limit-wait.ts';

/** A response with these headers (RingCentral's names, any case). */
function answer(status: number, headers: Record<string, string>): RateLimitOutcome {
  const lower = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { status, headers: { get: (name) => lower.get(name.toLowerCase()) ?? null } };
}

const tooMany = (retryAfterSeconds: number): RateLimitOutcome => answer(429, { 'Retry-After': String(retryAfterSeconds) });
const remaining = (left: number): RateLimitOutcome =>
  answer(200, { 'X-Rate-Limit-Group': 'Light', 'X-Rate-Limit-Limit': '50', 'X-Rate-Limit-Remaining': String(left), 'X-Rate-Limit-Window': '60' });

describe('the rate limiter', () => {
  let limiter: RateLimiter;
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.parse('2026-12-03T10:00:00Z') });
    limiter = createRateLimiter({ sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Sends one request of the group and settles it with `outcome`. */
  async function send(outcome: RateLimitOutcome): Promise<void> {
    (await limiter.acquire('Light')).settle(outcome);
  }

  it('tells a waiting caller once per wait: the reason, the group and the time left', async () => {
    await send(tooMany(20));
    const told: RateLimitWait[] = [];
    const caller = { priority: 'interactive' as const, onGate: createWaitTeller((wait) => told.push(wait)) };
    // A whole read: several requests of the group meet the same gate.
    const tickets = [limiter.acquire('Light', caller), limiter.acquire('Light', caller), limiter.acquire('Light', caller)];
    expect(told).toEqual([{ reason: 'retry-after', group: 'Light', waitMs: 20_100 }]);

    await vi.advanceTimersByTimeAsync(20_100);
    (await tickets[0]!).settle(remaining(0));
    // The budget is spent: a new wait, of a window, said again.
    await vi.advanceTimersByTimeAsync(0);
    expect(told).toEqual([
      { reason: 'retry-after', group: 'Light', waitMs: 20_100 },
      { reason: 'budget', group: 'Light', waitMs: 60_000 },
    ]);
    await vi.advanceTimersByTimeAsync(60_000);
    await Promise.all(tickets.slice(1).map(async (ticket) => (await ticket).settle(remaining(40))));
  });

  it('says nothing of a wait of 2 seconds or less', async () => {
    await send(tooMany(1));
    const told: RateLimitWait[] = [];
    const ticket = limiter.acquire('Light', { priority: 'interactive', onGate: createWaitTeller((wait) => told.push(wait)) });
    await vi.advanceTimersByTimeAsync(1_100);
    (await ticket).settle(remaining(40));
    expect(told).toEqual([]);
  });

  it('lets a waiting interactive request go before a background one that waited longer', async () => {
    await send(tooMany(5));
    const order: string[] = [];
    const background = limiter.acquire('Light', { priority: 'background' }).then((ticket) => {
      order.push('background');
      return ticket;
    });
    const interactive = limiter.acquire('Light').then((ticket) => {
      order.push('interactive');
      return ticket;
    });
    await vi.advanceTimersByTimeAsync(5_100);
    expect(order).toEqual(['interactive']);
    (await interactive).settle(remaining(40));
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['interactive', 'background']);
    (await background).settle(remaining(39));
  });

  it('sends a background request at once when no interactive one waits', async () => {
    const ticket = await limiter.acquire('Light', { priority: 'background' });
    ticket.settle(remaining(49));
    expect(limiter.budget('Light')).toEqual({ group: 'Light', remaining: 49, limit: 50 });
  });

  it('knows the budget left: RingCentral’s count, none while the group is closed, all of it a window later', async () => {
    expect(limiter.budget('Medium')).toEqual({ group: 'Medium', remaining: 40, limit: 40 });
    await send(remaining(12));
    const sent = await limiter.acquire('Light');
    expect(limiter.budget('Light')).toEqual({ group: 'Light', remaining: 11, limit: 50 });
    sent.settle(remaining(11));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(limiter.budget('Light').remaining).toBe(50);
    await send(tooMany(30));
    expect(limiter.budget('Light').remaining).toBe(0);
  });
});
