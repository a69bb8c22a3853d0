import { inEvaluationOrder, withCreatedRule } from '../callflow/ringcentral-behaviour.ts';
import { apiFailure, resourceNotFound } from './api-error.ts';
import { checkAnsweringRule, ruleCheckContext } from './answering-rule-checks.ts';
import type { AnsweringRuleRecord, EmulatorState } from './emulator-state.ts';
import { buildPage, readPageRequest } from './paging.ts';
import { accountUri } from './resource-uris.ts';
import { failWith, ok, type Route, type RouteContext, type RouteResult } from './route-types.ts';

/** A rule body after spec validation: every field optional, values of the spec's types. */
type RuleBody = Partial<Omit<AnsweringRuleRecord, 'extension'>> & { extension?: { id?: string } };

/** Custom rule ids are numeric strings counting up from here, like RingCentral's. */
const FIRST_RULE_ID = 33_000_000_001;

const ruleUri = (context: RouteContext, id: string) => `${accountUri(context)}/answering-rule/${id}`;

/** `CompanyAnsweringRuleInfo`: the whole rule. */
function ruleView(context: RouteContext, rule: AnsweringRuleRecord) {
  return { uri: ruleUri(context, rule.id), ...rule };
}

/** `ListCompanyAnsweringRuleInfo`: the list leaves out schedule, action and callers, as RingCentral does. */
function listRecordView(context: RouteContext, rule: AnsweringRuleRecord) {
  const record: Record<string, unknown> = { uri: ruleUri(context, rule.id), id: rule.id, enabled: rule.enabled, type: rule.type };
  if (rule.name !== undefined) record.name = rule.name;
  if (rule.calledNumbers !== undefined) record.calledNumbers = rule.calledNumbers.map((called) => ({ phoneNumber: called.phoneNumber }));
  if (rule.extension !== undefined) record.extension = rule.extension;
  return record;
}

/** Copies the rule fields a body sets, in the stored shapes (only `id` kept of `extension`). */
function fieldsOf(body: RuleBody): Partial<AnsweringRuleRecord> {
  const fields: Partial<AnsweringRuleRecord> = {};
  if (body.enabled !== undefined) fields.enabled = body.enabled;
  if (body.name !== undefined) fields.name = body.name;
  if (body.callers !== undefined) fields.callers = body.callers.map(({ callerId, name }) => ({ callerId, name }));
  if (body.calledNumbers !== undefined) fields.calledNumbers = body.calledNumbers.map(({ id, phoneNumber }) => ({ id, phoneNumber }));
  if (body.schedule !== undefined) {
    const { weeklyRanges, ranges, ref } = body.schedule;
    fields.schedule = { weeklyRanges, ranges, ref };
    for (const key of ['weeklyRanges', 'ranges', 'ref'] as const) if (fields.schedule[key] === undefined) delete fields.schedule[key];
  }
  if (body.callHandlingAction !== undefined) fields.callHandlingAction = body.callHandlingAction;
  if (body.extension !== undefined) fields.extension = { id: String(body.extension.id ?? '') };
  if (body.greetings !== undefined) fields.greetings = body.greetings;
  return JSON.parse(JSON.stringify(fields)) as Partial<AnsweringRuleRecord>; // drops undefined members
}

function nextRuleId(state: EmulatorState): string {
  const numeric = state.answeringRules.map((rule) => Number(rule.id)).filter((id) => Number.isSafeInteger(id));
  return String(Math.max(FIRST_RULE_ID - 1, ...numeric) + 1);
}

/** "My Rule N" with the first free N, RingCentral's default name. */
function defaultName(state: EmulatorState): string {
  const names = new Set(state.answeringRules.map((rule) => rule.name));
  let n = 1;
  while (names.has(`My Rule ${n}`)) n += 1;
  return `My Rule ${n}`;
}

function listRules(context: RouteContext): RouteResult {
  const paging = readPageRequest(context.query);
  if (!paging.ok) return failWith(paging.failure);
  const types = context.query.getAll('type');
  // Listed in evaluation order (callflow's RingCentral behaviour `rule-order`); a real account may
  // list the two default rules anywhere, which the gateway does not rely on.
  const rules = inEvaluationOrder(context.state.answeringRules).filter((rule) => types.length === 0 || types.includes(rule.type));
  return ok(buildPage(rules.map((rule) => listRecordView(context, rule)), paging.request, context.requestUrl));
}

function createRule(context: RouteContext): RouteResult {
  const body = context.body as RuleBody;
  if (body.type !== undefined && body.type !== 'Custom') {
    return failWith(apiFailure(400, 'AWR-108', 'Only custom answering rules can be created', 'type'));
  }
  const candidate: AnsweringRuleRecord = {
    id: nextRuleId(context.state),
    type: 'Custom',
    enabled: true,
    name: defaultName(context.state),
    callHandlingAction: 'Operator',
    ...fieldsOf(body),
  };
  const checked = checkAnsweringRule(candidate, ruleCheckContext(context.state));
  if (!checked.ok) return failWith(checked.failure);
  context.state.answeringRules = withCreatedRule(context.state.answeringRules, checked.rule);
  return ok(ruleView(context, checked.rule));
}

function findRule(context: RouteContext): AnsweringRuleRecord | undefined {
  return context.state.answeringRules.find((rule) => rule.id === context.params.ruleId);
}

function updateRule(context: RouteContext): RouteResult {
  const rule = findRule(context);
  if (rule === undefined) return failWith(resourceNotFound('ruleId'));
  const body = context.body as RuleBody;
  if (body.type !== undefined && body.type !== rule.type) {
    return failWith(apiFailure(400, 'AWR-164', 'Answering rule type cannot be changed', 'type'));
  }
  // PUT is a partial update; a rule that stops bypassing drops its target with it.
  const merged: AnsweringRuleRecord = { ...rule, ...fieldsOf(body) };
  if (merged.callHandlingAction !== 'Bypass' && body.extension === undefined) delete merged.extension;
  const checked = checkAnsweringRule(merged, ruleCheckContext(context.state));
  if (!checked.ok) return failWith(checked.failure);
  context.state.answeringRules = context.state.answeringRules.map((candidate) => (candidate.id === rule.id ? checked.rule : candidate));
  return ok(ruleView(context, checked.rule));
}

function deleteRule(context: RouteContext): RouteResult {
  const rule = findRule(context);
  if (rule === undefined) return failWith(resourceNotFound('ruleId'));
  if (rule.type !== 'Custom') {
    return failWith(apiFailure(403, 'AWR-110', 'Business Hours/After Hours rule cannot be deleted', 'ruleId'));
  }
  context.state.answeringRules = context.state.answeringRules.filter((candidate) => candidate.id !== rule.id);
  return { status: 204 };
}

function readRule(context: RouteContext): RouteResult {
  const rule = findRule(context);
  return rule === undefined ? failWith(resourceNotFound('ruleId')) : ok(ruleView(context, rule));
}

/** Company answering rules: list, create, read, partial update, delete. */
export function createAnsweringRuleRoutes(): Record<string, Route> {
  return {
    listCompanyAnsweringRules: { changesState: false, handle: listRules },
    createCompanyAnsweringRule: { changesState: true, handle: createRule },
    readCompanyAnsweringRule: { changesState: false, handle: readRule },
    updateCompanyAnsweringRule: { changesState: true, handle: updateRule },
    deleteCompanyAnsweringRule: { changesState: true, handle: deleteRule },
  };
}
