import { randomBytes } from 'node:crypto';
import { silentLogger } from '../src/logger.ts';
import type { RingCentralGateway } from '../src/ringcentral/index.ts';
import { createStores, type OpenedDatabase } from '../src/store/index.ts';
import { createChangeWorkflow, noGroups, type ApprovalPolicy, type ChangeWorkflow } from '../src/workflow/index.ts';

/** The PostgreSQL server benches make scratch databases on: BENCH_DATABASE_URL, else the tests' TEST_DATABASE_URL, else the local default. */
export const POSTGRES_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The audit trail's key in every bench database: fresh each run, as bench databases are scratch. */
export const BENCH_AUDIT_KEY = randomBytes(32).toString('hex');

/**
 * How the runner asks a bench to run. `quick` (`npm run bench -- --quick`): a few iterations at small
 * sizes, so CI runs every bench and its correctness checks once, cheaply; its figures are rough.
 */
export interface BenchOptions {
  readonly quick: boolean;
}

/** One requester and one approver, one approval, as a small team would set it. */
export function benchPolicy(requester: string, approver: string): ApprovalPolicy {
  return {
    kind: 'team',
    requesters: [{ kind: 'user', id: requester }],
    approvers: [{ kind: 'user', id: approver }],
    readers: [],
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
    ...createStores(database, { auditKey: BENCH_AUDIT_KEY }),
    gateway,
    policy,
    groups: noGroups,
    now,
    owner: `bench:${process.pid}`,
    applyLeaseMs: 60_000,
    logger: silentLogger,
  });
}

/** The middle value (the mean of the two middle ones for an even count); 0 for none. */
export function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
