import { describe, expect, it } from 'vitest';
import { shutDownGracefully, type DrainingPart } from '../../src/app/graceful-shutdown.ts';
import { createLogger } from '../../src/logger.ts';

/** A piece of work in flight that the test ends when it chooses. */
function pendingWork(): { readonly promise: Promise<void>; readonly end: () => void } {
  let end: () => void = () => {};
  const promise = new Promise<void>((resolve) => (end = resolve));
  return { promise, end };
}

/** A logger whose lines the test reads. */
function recordingLogger(): { readonly logger: ReturnType<typeof createLogger>; readonly lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } });
  return { logger, lines };
}

const ERROR = 50;

describe('shutDownGracefully', () => {
  it('hands back leases and closes only once every part has finished its work in flight', async () => {
    const { logger, lines } = recordingLogger();
    const approval = pendingWork();
    const job = pendingWork();
    const steps: string[] = [];
    const parts: DrainingPart[] = [
      { name: 'Slack interactions', finish: () => approval.promise.then(() => void steps.push('approval ended')) },
      { name: 'scheduler', finish: () => job.promise.then(() => void steps.push('job ended')) },
    ];

    const shutdown = shutDownGracefully({ parts, release: async () => void steps.push('released'), close: async () => void steps.push('closed'), logger, deadlineMs: 60_000 });
    job.end();
    await new Promise((resolve) => setImmediate(resolve));
    expect(steps).toEqual(['job ended']);
    approval.end();

    expect(await shutdown).toEqual({ kind: 'finished' });
    expect(steps).toEqual(['job ended', 'approval ended', 'released', 'closed']);
    expect(lines.filter((line) => line.level === ERROR)).toEqual([]);
  });

  it('logs at error what was still running at the deadline, then still hands back leases and closes', async () => {
    const { logger, lines } = recordingLogger();
    const steps: string[] = [];
    const parts: DrainingPart[] = [
      { name: 'Slack interactions', finish: () => new Promise<void>(() => {}), inFlight: () => ['Slack button approve_request'] },
      { name: 'scheduler', finish: () => new Promise<void>(() => {}) },
      { name: 'outbox delivery', finish: async () => {} },
    ];

    const outcome = await shutDownGracefully({ parts, release: async () => void steps.push('released'), close: async () => void steps.push('closed'), logger, deadlineMs: 400 });

    expect(outcome).toEqual({ kind: 'overdue', stillRunning: ['Slack button approve_request', 'scheduler'] });
    expect(steps).toEqual(['released', 'closed']);
    expect(lines.filter((line) => line.level === ERROR)).toEqual([expect.objectContaining({ stillRunning: ['Slack button approve_request', 'scheduler'] })]);
  });

  it('stops waiting for the work in flight when hurried (a second signal), long before the deadline', async () => {
    const { logger } = recordingLogger();
    const hurry = pendingWork();
    const released: string[] = [];
    const parts: DrainingPart[] = [{ name: 'scheduler', finish: () => new Promise<void>(() => {}) }];

    const shutdown = shutDownGracefully({ parts, release: async () => void released.push('released'), close: async () => {}, logger, deadlineMs: 3_600_000, hurry: hurry.promise });
    hurry.end();

    expect(await shutdown).toEqual({ kind: 'overdue', stillRunning: ['scheduler'] });
    expect(released).toEqual(['released']);
  });

  it('closes even when handing back the leases fails, and says so at error', async () => {
    const { logger, lines } = recordingLogger();
    const steps: string[] = [];

    const outcome = await shutDownGracefully({
      parts: [],
      release: async () => {
        throw new Error('the database went away');
      },
      close: async () => void steps.push('closed'),
      logger,
      deadlineMs: 60_000,
    });

    expect(outcome).toEqual({ kind: 'finished' });
    expect(steps).toEqual(['closed']);
    expect(lines.filter((line) => line.level === ERROR).map((line) => line.msg)).toEqual([expect.stringContaining('could not hand back the leases')]);
  });

  it('is overdue when closing does not end in time', async () => {
    const { logger, lines } = recordingLogger();

    const outcome = await shutDownGracefully({ parts: [], release: async () => {}, close: () => new Promise<void>(() => {}), logger, deadlineMs: 400 });

    expect(outcome).toEqual({ kind: 'overdue', stillRunning: [] });
    expect(lines.filter((line) => line.level === ERROR).map((line) => line.msg)).toEqual(['shutdown: closing did not end in time']);
  });
});
