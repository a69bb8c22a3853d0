import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { sayRateLimitWaits } from '../../src/console/say-rate-limit-waits.ts';
import type { Language } from '../../src/i18n/index.ts';
import { describeRateLimitWait, type RateLimitWait } from '../../src/ringcentral/index.ts';

/** What the console and `run` print on stderr while RingCentral's rate limit holds a command up. */
const RETRY_AFTER: RateLimitWait = { reason: 'retry-after', group: 'Heavy', waitMs: 20_000 };
const BUDGET: RateLimitWait = { reason: 'budget', group: 'Light', waitMs: 39_600 };

function said(wait: RateLimitWait, language: () => Language): string {
  const stream = new PassThrough();
  sayRateLimitWaits(stream, language)(wait);
  return String(stream.read());
}

describe('sayRateLimitWaits', () => {
  it('says the wait in French, with the group and the cause', () => {
    expect(said(RETRY_AFTER, () => 'fr')).toBe('Attente de la limite de débit de RingCentral (Retry-After après un 429 sur le groupe Heavy), environ 20 s…\n');
    expect(said(BUDGET, () => 'fr')).toBe('Attente de la limite de débit de RingCentral (groupe Light), environ 40 s…\n');
  });

  it('says it in English exactly as before', () => {
    expect(said(RETRY_AFTER, () => 'en')).toBe(`${describeRateLimitWait(RETRY_AFTER, true)}\n`);
    expect(said(BUDGET, () => 'en')).toBe(`${describeRateLimitWait(BUDGET, true)}\n`);
  });

  it('asks the language at each wait, as the console\'s changes with :lang', () => {
    let language: Language = 'en';
    const stream = new PassThrough();
    const listener = sayRateLimitWaits(stream, () => language);
    listener(BUDGET);
    language = 'fr';
    listener(BUDGET);
    expect(String(stream.read()).split('\n').slice(0, 2)).toEqual([describeRateLimitWait(BUDGET, true), 'Attente de la limite de débit de RingCentral (groupe Light), environ 40 s…']);
  });
});
