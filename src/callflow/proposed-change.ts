import type { Said } from '../i18n/index.ts';
import type { CallHandlingChange } from './call-handling-change.ts';
import type { ChangePlan } from './change-plan.ts';
import type { CallHandling } from './model.ts';

/** The warnings a proposal can carry, declared once for the type and the tests. */
export const PROPOSAL_WARNING_CODES = ['shadowed-by-earlier-rule', 'overlaps-rule', 'dst-change-day', 'no-change'] as const;
export type ProposalWarningCode = (typeof PROPOSAL_WARNING_CODES)[number];

/** Something the requester should know before approving; the change can still go ahead. */
export interface ProposalWarning {
  readonly code: ProposalWarningCode;
  readonly text: Said;
}

/** A request turned into the state it leads to, the writes that get there and what it means. */
export interface ProposedChange {
  readonly ok: true;
  readonly after: CallHandling;
  readonly plan: ChangePlan;
  readonly changes: ReadonlyArray<CallHandlingChange>;
  readonly warnings: ReadonlyArray<ProposalWarning>;
}

/** Every reason `proposeChange` refuses a request. */
export const PROPOSAL_REFUSAL_CODES = [
  'after-hours-missing',
  'unsupported-request',
  'rule-not-found',
  'menu-not-found',
  'no-matching-queue',
  'queue-not-found',
  'date-range-invalid',
  'date-range-ended',
  'greeting-in-multi-level-ivr',
] as const;
export type ProposalRefusalCode = (typeof PROPOSAL_REFUSAL_CODES)[number];

/** A request `proposeChange` will not turn into a change; the adapter words the reply from `code`. */
export interface ProposalRefusal {
  readonly ok: false;
  readonly code: ProposalRefusalCode;
  /** The rule, menu or queue id the refusal is about, when there is one. */
  readonly id?: string;
}
