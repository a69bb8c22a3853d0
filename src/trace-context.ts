import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomBytes } from 'node:crypto';

/**
 * The trace id of the interaction being served (a Slack command, click or modal submission), carried
 * with the async context like the gateway's `withCaller`, so every log line written while serving it,
 * the RingCentral requests it sends and the audit entry it leads to can name it without each layer
 * passing it on. Called a trace id, not a request id: in Switchboard a request is a change request.
 */
const traces = new AsyncLocalStorage<string>();

/** Runs `work` as part of the interaction `traceId`: everything it starts, awaited or not, carries it. */
export function withTrace<T>(traceId: string, work: () => T): T {
  return traces.run(traceId, work);
}

/** The trace id of the interaction being served, or undefined outside one (the scheduler, start-up). */
export function currentTraceId(): string | undefined {
  return traces.getStore();
}

/**
 * A 12-hex-digit trace id: derived from `seed` when one is given, so the same seed (Slack's
 * trigger_id of a retried delivery) gives the same id on any replica; random otherwise. Hashed, so
 * the seed itself (a trigger_id opens a modal for the next 3 s) never reaches a log.
 */
export function deriveTraceId(seed?: string): string {
  if (seed === undefined || seed === '') return randomBytes(6).toString('hex');
  return createHash('sha256').update(seed).digest('hex').slice(0, 12);
}
