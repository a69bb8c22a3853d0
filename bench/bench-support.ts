import type { ApprovalPolicy } from '../src/workflow/index.ts';

/** One requester and one approver, one approval, as a small team would set it. */
export function benchPolicy(requester: string, approver: string): ApprovalPolicy {
  return {
    kind: 'team',
    requesters: [{ kind: 'user', id: requester }],
    approvers: [{ kind: 'user', id: approver }],
    approvalsRequired: 1,
    allowSelfApproval: false,
    requestTtlMs: 24 * 3_600_000,
    noApprovalFor: [],
  };
}

/** A positive whole number from an argument or variable, else the fallback. */
export function positiveInt(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return text !== undefined && Number.isInteger(value) && value > 0 ? value : fallback;
}
