import { hostname } from 'node:os';
import {
  adoptCreatedRuleIds,
  changedParts,
  restoreParts,
  sharedParts,
  type CallHandlingPart,
} from '../callflow/index.ts';
import { APPLYING_MESSAGES, inEachLanguage, say, sayEach, type Said } from '../i18n/index.ts';
import type { ChangeRequest } from '../store/index.ts';
import { errorText } from './error-text.ts';
import { recordOutcome } from './record-outcome.ts';
import { rollBack } from './roll-back.ts';
import { nowIso, type WorkflowContext } from './workflow-context.ts';

/** The owner string of this process: `host:pid`. */
export function processOwner(): string {
  return `${hostname()}:${process.pid}`;
}

/**
 * Finds requests left in `applying` by a process that died (same host, its pid gone) or whose
 * claim ran out (another host), and reconciles each with RingCentral: applied in full becomes
 * `applied`, untouched becomes `failed` with nothing changed, half-applied is rolled back and
 * becomes `failed`. Returns one line per request it settled, in English: the lines go to the log
 * and to the operator's start-up notices, as every other log line.
 */
export async function recoverInterruptedRequests(context: WorkflowContext): Promise<ReadonlyArray<string>> {
  const applying = await context.requests.list({ statuses: ['applying'], limit: 100 });
  const settled: string[] = [];
  for (const request of applying) {
    if (!isAbandoned(context, request)) continue;
    const claimed = await context.requests.transition(request.id, 'applying', request.version, 'applying', {
      applyingOwner: context.owner,
      applyingLeaseUntil: new Date(context.now().getTime() + context.applyLeaseMs).toISOString(),
      updatedAt: nowIso(context),
    });
    if (claimed === undefined) continue;
    try {
      settled.push((await reconcile(context, claimed)).en);
    } catch (error) {
      // Left in `applying` with this process's claim; the next start tries again.
      settled.push(`Request ${claimed.id} could not be reconciled yet: ${errorText(error)}`);
    }
  }
  return settled;
}

/**
 * Ends this process's claims on the requests it is still applying (a shutdown past its deadline):
 * their lease ends now, so another replica settles them at its next recovery pass instead of
 * after the lease. The claim changes version, so this process's own late ending of the request
 * is refused and the request is settled once. Returns how many were released.
 */
export async function releaseApplyingClaims(context: WorkflowContext): Promise<number> {
  const applying = await context.requests.list({ statuses: ['applying'], limit: 100 });
  let released = 0;
  for (const request of applying) {
    if (request.applyingOwner !== context.owner) continue;
    const ended = await context.requests.transition(request.id, 'applying', request.version, 'applying', { applyingLeaseUntil: nowIso(context), updatedAt: nowIso(context) });
    if (ended !== undefined) released += 1;
  }
  return released;
}

async function reconcile(context: WorkflowContext, request: ChangeRequest): Promise<Said> {
  const id = request.id;
  if (request.preApply === undefined) {
    const summary = sayEach(APPLYING_MESSAGES['interrupted-before-sending'], { id });
    await recordOutcome(context, request, { to: 'failed', event: 'failed', summary });
    return summary;
  }
  const preApply = request.preApply;
  const live = await context.gateway.readCallHandling({ fresh: true });
  const planned = restoreParts(preApply, request.intended, changedParts(request.before, request.intended));
  const { target, adoptedIds } = adoptCreatedRuleIds(planned, preApply, live);
  const touched = changedParts(preApply, target);
  if (sharedParts(changedParts(live, target), touched).size === 0) {
    const summary = sayEach(APPLYING_MESSAGES['interrupted-all-reached'], { id });
    await recordOutcome(context, request, { to: 'applied', event: 'recovered', summary, update: { applied: live, outcome: { operations: [], summary: summary.en } } });
    return summary;
  }
  if (sharedParts(changedParts(preApply, live), touched).size === 0) {
    const summary = sayEach(APPLYING_MESSAGES['interrupted-none-reached'], { id });
    await recordOutcome(context, request, { to: 'failed', event: 'failed', summary });
    return summary;
  }
  const parts = new Set<CallHandlingPart>([...touched, ...adoptedIds.map((ruleId): CallHandlingPart => `rule:${ruleId}`)]);
  const rollback = await rollBack(context, preApply, parts, live);
  const summary = inEachLanguage((language) => say(language, APPLYING_MESSAGES['interrupted-half-way'], { id, rollback: rollback.summary[language] }));
  await recordOutcome(context, request, {
    to: 'failed',
    event: 'failed',
    summary,
    operations: rollback.operations,
    update: { outcome: { operations: [], rollback: rollback.operations, summary: summary.en } },
  });
  return summary;
}

function isAbandoned(context: WorkflowContext, request: ChangeRequest): boolean {
  const leaseOver = request.applyingLeaseUntil === undefined || Date.parse(request.applyingLeaseUntil) <= context.now().getTime();
  if (request.applyingOwner === undefined || leaseOver) return true;
  const [host, pid] = splitOwner(request.applyingOwner);
  return host === hostname() && pid !== process.pid && !isProcessAlive(pid);
}

function splitOwner(owner: string): [string, number] {
  const colon = owner.lastIndexOf(':');
  return [owner.slice(0, colon), Number(owner.slice(colon + 1))];
}

function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
