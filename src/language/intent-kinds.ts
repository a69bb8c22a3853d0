import type { CallHandlingRequest } from '../callflow/index.ts';
import type { Intent, IntentKind, WorkflowIntent } from './intent.ts';

/**
 * The Intent kinds that change call handling, i.e. what `proposeChange` accepts and what an
 * approval policy can exempt (`SWITCHBOARD_NO_APPROVAL_FOR`).
 */
export const CHANGE_INTENT_KINDS = [
  'route',
  'add-rule',
  'holidays',
  'close',
  'open',
  'set-business-hours',
  'set-ring-mode',
  'set-dial-zero',
  'change-rule',
] as const satisfies ReadonlyArray<CallHandlingRequest['kind']>;

/** An Intent kind that changes call handling. */
export type ChangeIntentKind = (typeof CHANGE_INTENT_KINDS)[number];

/** An Intent that changes call handling; assignable to callflow's `CallHandlingRequest`. */
export type ChangeIntent = Extract<Intent, { kind: ChangeIntentKind }>;

/** The Intent kinds that only read: call handling, pending requests or the audit trail. */
export const QUESTION_INTENT_KINDS = ['list-rules', 'status', 'test', 'week', 'list-requests', 'history', 'audit-verify'] as const;

/** The kinds of `WorkflowIntent`: commands about change requests and the audit trail. */
export const WORKFLOW_INTENT_KINDS = [
  'list-requests',
  'approve',
  'reject',
  'cancel',
  'replan',
  'history',
  'undo',
  'audit-verify',
] as const satisfies ReadonlyArray<WorkflowIntent['kind']>;

// Compile-time checks that the lists above leave nothing out: a new Intent kind has to be sorted
// into them, and a new CallHandlingRequest kind has to be listed as a change.
type Expect<T extends true> = T;
type Covers<Listed, All> = [Exclude<All, Listed>] extends [never] ? true : false;
type IntentKindListsAreComplete = [
  Expect<Covers<ChangeIntentKind, CallHandlingRequest['kind']>>,
  Expect<Covers<(typeof WORKFLOW_INTENT_KINDS)[number], WorkflowIntent['kind']>>,
  Expect<Covers<ChangeIntentKind | (typeof QUESTION_INTENT_KINDS)[number] | (typeof WORKFLOW_INTENT_KINDS)[number], IntentKind>>,
];

const changeKinds: ReadonlySet<IntentKind> = new Set(CHANGE_INTENT_KINDS);
const workflowKinds: ReadonlySet<IntentKind> = new Set(WORKFLOW_INTENT_KINDS);

/** True for an Intent that changes call handling (what `proposeChange` takes). */
export function isChangeIntent(intent: Intent): intent is ChangeIntent {
  return changeKinds.has(intent.kind);
}

/** True for a command about change requests or the audit trail rather than call handling. */
export function isWorkflowIntent(intent: Intent): intent is WorkflowIntent {
  return workflowKinds.has(intent.kind);
}
