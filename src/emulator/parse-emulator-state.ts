import type * as z from 'zod';
import { isAlwaysOpen } from '../callflow/ringcentral-behaviour.ts';
import { checkAnsweringRule, ruleCheckContext } from './answering-rule-checks.ts';
import { createDemoState } from './demo-company.ts';
import {
  AFTER_HOURS_RULE_ID,
  BUSINESS_HOURS_RULE_ID,
  createdAfterHoursRule,
  type AnsweringRuleRecord,
  type BusinessHoursRecord,
  type EmulatorState,
  type ExtensionRecord,
  type IvrMenuRecord,
} from './emulator-state.ts';
import { emulatorStateSchema, type EmulatorStateInput } from './emulator-state-schema.ts';
import { checkWeeklyRanges } from './weekly-ranges.ts';

/** The outcome of reading a state file: the state, or one line naming the field at fault. */
export type ParseEmulatorStateResult = { ok: true; state: EmulatorState } | { ok: false; error: string };

/** `answeringRules[2].schedule` style, the way the field would be written in JavaScript. */
function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `${text === '' ? '' : '.'}${String(key)}`;
  return text === '' ? 'state' : text;
}

/** One line for the first zod issue. */
function describeIssue(issue: z.core.$ZodIssue): string {
  return `${formatPath(issue.path)}: ${issue.message}`;
}

class StateError {
  constructor(readonly line: string) {}
}

const fail = (line: string): never => {
  throw new StateError(line);
};

/** The business-hours rule of a state file that leaves it out: the company greeting. */
function defaultBusinessHoursRule(): AnsweringRuleRecord {
  return { id: BUSINESS_HOURS_RULE_ID, type: 'BusinessHours', enabled: true, schedule: { ref: 'BusinessHours' }, callHandlingAction: 'Operator' };
}

/** Business hours as stored: checked, and 24/7 always spelt as an empty schedule. */
function resolveBusinessHours(input: EmulatorStateInput['businessHours']): BusinessHoursRecord {
  const businessHours = input ?? createDemoState().businessHours;
  const weekly = businessHours.schedule.weeklyRanges;
  if (weekly !== undefined) {
    const failure = checkWeeklyRanges(weekly, 'schedule.weeklyRanges');
    if (failure !== null) fail(`businessHours.${failure.parameterName ?? 'schedule'}: ${failure.message}`);
  }
  return isAlwaysOpen(weekly) ? { schedule: {} } : { schedule: { weeklyRanges: weekly ?? {} } };
}

/** The account; when it is left out, the demo account with an operator that exists. */
function resolveAccount(input: EmulatorStateInput['account'], extensions: ReadonlyArray<ExtensionRecord>) {
  if (input !== undefined) {
    if (!extensions.some((extension) => extension.id === input.operator.id)) {
      fail(`account.operator.id: no extension with id ${input.operator.id}`);
    }
    return input;
  }
  const account = createDemoState().account;
  if (extensions.some((extension) => extension.id === account.operator.id)) return account;
  const operator = extensions.find((extension) => extension.type === 'User') ?? extensions[0];
  if (operator === undefined) return fail('extensions: at least one extension is needed to act as the operator');
  return { ...account, operator: { id: operator.id, extensionNumber: operator.extensionNumber } };
}

function checkExtensions(extensions: ReadonlyArray<ExtensionRecord>): void {
  const ids = new Set<number>();
  const numbers = new Set<string>();
  extensions.forEach((extension, index) => {
    if (ids.has(extension.id)) fail(`extensions[${index}].id: duplicate id ${extension.id}`);
    if (numbers.has(extension.extensionNumber)) {
      fail(`extensions[${index}].extensionNumber: duplicate extension number ${extension.extensionNumber}`);
    }
    ids.add(extension.id);
    numbers.add(extension.extensionNumber);
  });
}

/** The rules, checked like API writes, with the default rules added when missing. */
function resolveRules(state: Omit<EmulatorState, 'answeringRules'>, input: EmulatorStateInput['answeringRules']) {
  const rules: AnsweringRuleRecord[] = [];
  const context = ruleCheckContext(state);
  (input ?? []).forEach((rule, index) => {
    if (rules.some((other) => other.id === rule.id)) fail(`answeringRules[${index}].id: duplicate id ${rule.id}`);
    const fixedType = rule.id === BUSINESS_HOURS_RULE_ID ? 'BusinessHours' : rule.id === AFTER_HOURS_RULE_ID ? 'AfterHours' : 'Custom';
    if (rule.type !== fixedType) fail(`answeringRules[${index}].type: a rule with id ${rule.id} must have type ${fixedType}`);
    if (rule.id === AFTER_HOURS_RULE_ID && isAlwaysOpen(state.businessHours.schedule.weeklyRanges)) {
      fail(`answeringRules[${index}]: after-hours-rule cannot exist while business hours are 24/7`);
    }
    const checked = checkAnsweringRule(rule, context);
    if (!checked.ok) fail(`answeringRules[${index}].${checked.failure.parameterName ?? 'rule'}: ${checked.failure.message}`);
    else rules.push(checked.rule);
  });
  const missing = [
    ...(rules.some((rule) => rule.id === BUSINESS_HOURS_RULE_ID) ? [] : [defaultBusinessHoursRule()]),
    ...(isAlwaysOpen(state.businessHours.schedule.weeklyRanges) || rules.some((rule) => rule.id === AFTER_HOURS_RULE_ID) ? [] : [createdAfterHoursRule()]),
  ];
  // The defaults play the company greeting, which multi-level IVR mode refuses.
  const greeting = context.multiLevelIvr ? missing[0] : undefined;
  if (greeting !== undefined) fail(`answeringRules: multi-level IVR mode needs ${greeting.id} given, with callHandlingAction Bypass (AWR-182)`);
  return [...rules, ...missing];
}

/** IVR menus: one per `IvrMenu` extension (an empty one when missing), targets that exist. */
function resolveIvrMenus(extensions: ReadonlyArray<ExtensionRecord>, input: IvrMenuRecord[]): IvrMenuRecord[] {
  input.forEach((menu, index) => {
    if (!extensions.some((extension) => String(extension.id) === menu.id && extension.type === 'IvrMenu')) {
      fail(`ivrMenus[${index}].id: no IvrMenu extension with id ${menu.id}`);
    }
    menu.actions.forEach((action, actionIndex) => {
      if (action.extension !== undefined && !extensions.some((extension) => String(extension.id) === action.extension?.id)) {
        fail(`ivrMenus[${index}].actions[${actionIndex}].extension.id: no extension with id ${action.extension.id}`);
      }
    });
  });
  const missing = extensions
    .filter((extension) => extension.type === 'IvrMenu' && !input.some((menu) => menu.id === String(extension.id)))
    .map((extension) => ({ id: String(extension.id), name: extension.name, extensionNumber: extension.extensionNumber, actions: [] }));
  return [...input, ...missing];
}

function checkCallQueues(extensions: ReadonlyArray<ExtensionRecord>, queues: NonNullable<EmulatorState['callQueues']>): void {
  queues.forEach((queue, index) => {
    if (!extensions.some((extension) => String(extension.id) === queue.id && extension.type === 'Department')) {
      fail(`callQueues[${index}].id: no Department extension with id ${queue.id}`);
    }
    queue.members.forEach((member, memberIndex) => {
      if (!extensions.some((extension) => extension.id === member.id && extension.type === 'User')) {
        fail(`callQueues[${index}].members[${memberIndex}].id: no User extension with id ${member.id}`);
      }
    });
    queue.queue.fixedOrderAgents?.forEach((agent, agentIndex) => {
      if (!queue.members.some((member) => String(member.id) === agent.extension.id)) {
        fail(`callQueues[${index}].queue.fixedOrderAgents[${agentIndex}].extension.id: ${agent.extension.id} is not a member`);
      }
    });
  });
}

/** Fills in defaults and checks that the sections agree with each other. */
function resolveState(input: EmulatorStateInput): EmulatorState {
  const demo = createDemoState();
  const extensions = input.extensions ?? demo.extensions;
  checkExtensions(extensions);
  // Menus and queues of the demo company only make sense with its extensions.
  const ivrMenus = input.ivrMenus ?? (input.extensions === undefined ? demo.ivrMenus : []);
  const callQueues = input.callQueues ?? (input.extensions === undefined ? demo.callQueues : undefined);
  const base = {
    account: resolveAccount(input.account, extensions),
    extensions,
    businessHours: resolveBusinessHours(input.businessHours),
    ivrMenus: resolveIvrMenus(extensions, ivrMenus),
    ...(input.multiLevelIvr === undefined ? {} : { multiLevelIvr: input.multiLevelIvr }),
  };
  if (callQueues !== undefined) checkCallQueues(extensions, callQueues);
  const rulesBase = callQueues === undefined ? base : { ...base, callQueues };
  return { ...rulesBase, answeringRules: resolveRules(rulesBase, input.answeringRules) };
}

/**
 * Reads emulator state from parsed JSON. Missing sections take defaults (the demo company's
 * account, extensions, hours, menus and queues; just the two default rules; single-level IVR
 * unless `multiLevelIvr` is true); on failure the
 * error is one line that names the field path at fault.
 */
export function parseEmulatorState(json: unknown): ParseEmulatorStateResult {
  const parsed = emulatorStateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: issue === undefined ? 'state: invalid' : describeIssue(issue) };
  }
  try {
    return { ok: true, state: resolveState(parsed.data) };
  } catch (error) {
    if (error instanceof StateError) return { ok: false, error: error.line };
    throw error;
  }
}
