import { ConfigError, type SlackConfig } from '../config.ts';
import type { ApprovalPolicy } from '../workflow/index.ts';

/**
 * Refuses a team policy the Slack bot could not carry out: it posts each request to the approval
 * channel (where the Approve button is) and each applied change to the audit channel (where the
 * Undo button is), so both must be set; a request with nowhere to be approved would wait in the
 * outbox until it expired. Throws ConfigError naming the missing variable.
 */
export function checkPolicyFitsSlack(policy: ApprovalPolicy, slack: SlackConfig | undefined): void {
  if (policy.kind !== 'team' || slack === undefined) return;
  if (slack.approvalChannel === undefined) {
    throw new ConfigError(
      'SWITCHBOARD_APPROVAL_CHANNEL is not set: with an approval policy the Slack bot posts requests there for approvers; invite the bot to a channel and set its id, e.g. SWITCHBOARD_APPROVAL_CHANNEL=C0123456789',
    );
  }
  if (slack.auditChannel === undefined) {
    throw new ConfigError(
      'SWITCHBOARD_AUDIT_CHANNEL is not set: with an approval policy the Slack bot posts every applied change there, with its Undo button; invite the bot to a channel and set its id, e.g. SWITCHBOARD_AUDIT_CHANNEL=C0123456789',
    );
  }
}
