import type { ChangeRequestStore } from '../store/index.ts';
import type { AppliedChange } from './check-drift.ts';

/**
 * `appliedSince` for the drift watch over the change requests: the applied requests updated after
 * `iso`, oldest first, each with the state read just before it was applied and the state it left.
 * Looks at the newest `limit` applied requests (the drift watch polls every few minutes, so far
 * fewer are applied between two polls).
 */
export function appliedSinceFrom(
  requests: Pick<ChangeRequestStore, 'list'>,
  limit = 200,
): (iso: string) => Promise<ReadonlyArray<AppliedChange>> {
  return async (iso) => {
    const since = Date.parse(iso);
    const applied = await requests.list({ statuses: ['applied'], limit });
    const changes: AppliedChange[] = [];
    for (const request of [...applied].reverse()) {
      if (Date.parse(request.updatedAt) <= since) continue;
      if (request.preApply === undefined || request.applied === undefined) continue;
      changes.push({ preApply: request.preApply, applied: request.applied });
    }
    return changes;
  };
}
