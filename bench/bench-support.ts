import { silentLogger } from '../src/logger.ts';
import type { RingCentralGateway } from '../src/ringcentral/index.ts';
import { createStores, type OpenedDatabase } from '../src/store/index.ts';
import { createChangeWorkflow, noGroups, type ApprovalPolicy, type ChangeWorkflow } from '../src/workflow/index.ts';

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

/** The workflow a bench drives: over this database and gateway, with no Slack groups and a silent log. */
export function benchWorkflow(database: OpenedDatabase, gateway: RingCentralGateway, policy: ApprovalPolicy, now: () => Date = () => new Date()): ChangeWorkflow {
  return createChangeWorkflow({
    ...createStores(database),
    gateway,
    policy,
    groups: noGroups,
    now,
    owner: `bench:${process.pid}`,
    applyLeaseMs: 60_000,
    logger: silentLogger,
  });
}
