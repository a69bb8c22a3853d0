import { changedParts, diffCallHandling, type CallHandling } from '../../../src/callflow/index.ts';
import type { ChangeRequest } from '../../../src/store/index.ts';
import type { ScheduleRun, StepRecord } from './run-fault-schedule.ts';

/** The path a rule is created at (POST), as the emulator logs it. */
const CREATE_RULE_PATH = '/restapi/v1.0/account/~/answering-rule';

/** A request as it ended, by id. */
export type EndedRequests = ReadonlyMap<number, ChangeRequest | undefined>;

/**
 * The steps whose request does not tell the truth about RingCentral, one line each (empty when all do):
 * - `applied`: RingCentral holds the state recorded as applied, and nothing the request did not touch changed;
 * - `failed` or `stale`: RingCentral is as it was before, or the reason names every difference that is live;
 * - anything else (`approved`, `applying`, …) is a request left stuck, and a thrown approval is a bug.
 */
export function findUntruthfulEndings(run: ScheduleRun, ended: EndedRequests): string[] {
  return run.steps.flatMap((step) => {
    if (step.requestId === undefined) return [];
    const where = `step "${step.label}" (request ${step.requestId}, ${step.faultKind})`;
    if (step.threw !== undefined) return [`${where} threw ${step.threw}`];
    const request = ended.get(step.requestId);
    switch (request?.status) {
      case 'applied':
        return checkApplied(where, step, request);
      case 'failed':
      case 'stale':
        return checkNotApplied(where, step, request);
      default:
        return [`${where} is left ${request?.status ?? 'missing'}: ${step.outcome?.message ?? ''}`];
    }
  });
}

function checkApplied(where: string, step: StepRecord, request: ChangeRequest): string[] {
  if (request.applied === undefined || request.preApply === undefined) return [`${where} is applied without the states it was applied between`];
  const wrong = [...changedParts(request.applied, step.after)];
  if (wrong.length > 0) return [`${where} is applied, but RingCentral differs from what it recorded in ${wrong.join(', ')}`];
  const touched = changedParts(request.preApply, request.applied);
  const beyond = [...changedParts(step.before, step.after)].filter((part) => !touched.has(part));
  return beyond.length > 0 ? [`${where} also changed ${beyond.join(', ')}, which it was not meant to touch`] : [];
}

function checkNotApplied(where: string, step: StepRecord, request: ChangeRequest): string[] {
  if (isSameContent(step.before, step.after)) return [];
  const live = diffCallHandling(step.before, step.after).map((change) => change.text.en);
  const reason = request.reason ?? '';
  const unnamed = live.filter((text) => !reason.includes(text));
  if (reason.includes('Now live, compared with before:') && unnamed.length === 0) return [];
  return [`${where} is ${request.status}, but RingCentral changed (${live.join('; ')}) and its reason says: ${reason}`];
}

/** The same call handling, but for the ids of rules (a rule brought back by a rollback gets a new id). */
export function isSameContent(a: CallHandling, b: CallHandling): boolean {
  const withoutIds = (handling: CallHandling) => ({ ...handling, customRules: handling.customRules.map(({ id: _id, ...rule }) => rule) });
  return JSON.stringify(withoutIds(a)) === JSON.stringify(withoutIds(b));
}

/**
 * The steps where a write may have been made twice, one line each (empty when none was):
 * every rule create RingCentral accepted is one the request recorded as done, a create that
 * failed without a clear answer (5xx, dropped) was not sent again, and no two rules share a name.
 */
export function findRepeatedWrites(run: ScheduleRun, ended: EndedRequests): string[] {
  return run.steps.flatMap((step) => {
    if (step.requestId === undefined) return [];
    const where = `step "${step.label}" (request ${step.requestId}, ${step.faultKind})`;
    const request = ended.get(step.requestId);
    const creates = [...(request?.outcome?.operations ?? []), ...(request?.outcome?.rollback ?? [])].filter(
      (result) => result.operation.kind === 'create-rule',
    );
    const posts = step.requests.filter((entry) => entry.method === 'POST' && entry.path === CREATE_RULE_PATH);
    const accepted = posts.filter((entry) => entry.status >= 200 && entry.status < 300).length;
    const unanswered = posts.filter((entry) => entry.status === 0 || entry.status >= 500).length;
    const done = creates.filter((result) => result.result === 'done').length;
    const failed = creates.filter((result) => result.result === 'failed').length;
    const problems: string[] = [];
    if (accepted !== done) problems.push(`${where}: RingCentral created ${accepted} rules, the request records ${done}`);
    if (unanswered > failed) problems.push(`${where}: ${unanswered} creates went unanswered but only ${failed} failed: one was sent again`);
    const names = step.after.customRules.map((rule) => rule.name);
    const twice = names.filter((name, index) => names.indexOf(name) !== index);
    if (twice.length > 0) problems.push(`${where}: RingCentral has two rules named ${twice.join(', ')}`);
    return problems;
  });
}

/** How a request can end under faults; a run should see each of them. */
export type Ending =
  | 'applied'
  | 'failed before writing'
  | 'rolled back'
  | 'rollback failed'
  | 'rollback could not read'
  | 'recovered as applied'
  | 'recovered by rolling back';

/** The endings the run's requests came to, told apart by what each request recorded. */
export function findEndings(run: ScheduleRun, ended: EndedRequests): ReadonlySet<Ending> {
  const endings = new Set<Ending>();
  for (const step of run.steps) {
    const request = step.requestId === undefined ? undefined : ended.get(step.requestId);
    if (request === undefined) continue;
    const rollback = request.outcome?.rollback;
    if (step.kind === 'interrupted') {
      if (request.status === 'applied') endings.add('recovered as applied');
      else if (rollback !== undefined && rollback.length > 0) endings.add('recovered by rolling back');
    } else if (request.status === 'applied') {
      endings.add('applied');
    } else if (rollback === undefined) {
      endings.add('failed before writing');
    } else if (rollback.length === 0) {
      endings.add('rollback could not read');
    } else {
      endings.add(rollback.every((result) => result.result === 'done') ? 'rolled back' : 'rollback failed');
    }
  }
  return endings;
}
