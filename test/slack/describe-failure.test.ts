import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { RingCentralApiError } from '../../src/ringcentral/index.ts';
import { describeFailure } from '../../src/slack/describe-failure.ts';
import { StoreError } from '../../src/store/index.ts';

function capturingLogger(): { logger: ReturnType<typeof createLogger>; text: () => string } {
  let text = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { logger: createLogger({ level: 'error', destination }), text: () => text };
}

describe('describeFailure', () => {
  it('says what to do instead of showing the error, and logs the error under the id it quotes', () => {
    const { logger, text } = capturingLogger();
    const error = new RingCentralApiError('RingCentral refused PUT /restapi/v1.0/account/~/business-hours: internal detail XYZ', {
      code: 'rate-limited',
      method: 'PUT',
      path: '/restapi/v1.0/account/~/business-hours',
      status: 429,
    });
    const answer = describeFailure(error, logger, 'the /ivr command failed', 'en');
    expect(answer).toMatch(/^Sorry, that failed\. RingCentral is busy \(rate limit\)\. Try again in a minute\. \(error ([0-9a-f]{8}) in the log\)$/);
    expect(answer).not.toContain('XYZ');
    const errorId = /error ([0-9a-f]{8})/.exec(answer)?.[1];
    expect(text()).toContain(`"errorId":"${errorId}"`);
    expect(text()).toContain('internal detail XYZ');
  });

  it('names the database and anything else without their messages', () => {
    const { logger } = capturingLogger();
    expect(describeFailure(new StoreError('unavailable', 'connect ECONNREFUSED 10.0.0.5:5432'), logger, 'x', 'en')).toContain('database is not available');
    const other = describeFailure(new TypeError("Cannot read properties of undefined (reading 'id')"), logger, 'x', 'en');
    expect(other).toContain('Something went wrong in Switchboard');
    expect(other).not.toContain('properties');
  });
});
