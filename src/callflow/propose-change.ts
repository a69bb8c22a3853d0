import type { DateTime } from 'luxon';
import { CHANGE_MESSAGES, sayEach } from '../i18n/index.ts';
import type { CallHandlingRequest } from './call-handling-request.ts';
import { diffCallHandling } from './diff-call-handling.ts';
import type { CallHandling } from './model.ts';
import { planChanges } from './plan-changes.ts';
import type { ProposalRefusal, ProposalWarning, ProposedChange } from './proposed-change.ts';
import { resolveProposalWarnings } from './resolve-proposal-warnings.ts';
import { resolveRequestedHandling } from './resolve-requested-handling.ts';

/**
 * What a request would do to the company's call handling: the after-state, the RingCentral writes
 * that get there, the differences in words, and warnings; or a refusal with a code. Pure.
 *
 * @example
 * proposeChange(handling, { kind: 'holidays', proposedName: 'US holidays 2026', holidays }, at)
 * // { ok: true, after, plan: [{ kind: 'create-rule', … }], changes: [{ kind: 'rule-added', … }], warnings: [] }
 */
export function proposeChange(handling: CallHandling, request: CallHandlingRequest, at: DateTime): ProposedChange | ProposalRefusal {
  const requested = resolveRequestedHandling(handling, request, at);
  if (!requested.ok) return requested;
  const { after } = requested;
  const plan = planChanges(handling, after);
  const warnings: ProposalWarning[] = [...resolveProposalWarnings(after, requested.touchedRuleIds)];
  if (plan.length === 0) warnings.push({ code: 'no-change', text: sayEach(CHANGE_MESSAGES['warning-no-change']) });
  return { ok: true, after, plan, changes: diffCallHandling(handling, after), warnings };
}
