import { ConfigError, loadConfig, type Config } from '../config.ts';
import { writeLine, type CliIo } from '../console/index.ts';
import { DEFAULT_DRIFT_INTERVAL_MS, DEFAULT_REMINDER_LEAD_MS } from '../scheduler/index.ts';
import type { ApprovalPolicy } from '../workflow/index.ts';
import { refuseUnkeyedAuditTrail } from './audit-key.ts';
import { buildPolicy } from './build-policy.ts';
import { checkPolicyFitsSlack } from './check-policy-fits-slack.ts';

/** The configuration a process runs with: the environment's values, with the policy built and the owners' defaults filled in. */
export interface Settings extends Omit<Config, 'approvals' | 'scheduler'> {
  /** Who may request and approve changes; `local-admin` when no policy variable is set. */
  readonly policy: ApprovalPolicy;
  readonly scheduler: {
    readonly reminderLeadMs: number;
    readonly driftIntervalMs: number;
    readonly weeklyNoticeRules: ReadonlyArray<string>;
  };
}

/**
 * Reads the environment (empty or blank values count as unset) into the settings of one process.
 * Throws ConfigError with a one-line message naming the variable at fault.
 */
export function loadSettings(env: Readonly<Record<string, string | undefined>>): Settings {
  const { approvals, scheduler, ...config } = loadConfig(env);
  const policy = buildPolicy(approvals);
  checkPolicyFitsSlack(policy, config.slack);
  refuseUnkeyedAuditTrail(policy, config);
  return {
    ...config,
    policy,
    scheduler: {
      reminderLeadMs: scheduler.reminderLeadMs ?? DEFAULT_REMINDER_LEAD_MS,
      driftIntervalMs: scheduler.driftIntervalMs ?? DEFAULT_DRIFT_INTERVAL_MS,
      weeklyNoticeRules: scheduler.weeklyNoticeRules,
    },
  };
}

/** Reads the settings; on a bad variable prints its one-line message and returns undefined (exit 2). */
export function loadCliSettings(io: CliIo): Settings | undefined {
  try {
    return loadSettings(io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    writeLine(io.stderr, error.message);
    return undefined;
  }
}
