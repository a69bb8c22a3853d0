import { ConfigError, NO_APPROVAL_FOR_EXAMPLE, type ApprovalSettings } from '../config.ts';
import { CHANGE_INTENT_KINDS, QUESTION_INTENT_KINDS, type ChangeIntentKind } from '../language/index.ts';
import { DEFAULT_REQUEST_TTL_MS, POLICY_VARIABLES, type ApprovalPolicy } from '../workflow/index.ts';

/** Which variable each approval setting comes from, for the messages that name them. */
const VARIABLE_OF: Readonly<Record<keyof ApprovalSettings, (typeof POLICY_VARIABLES)[number]>> = {
  requesters: 'SWITCHBOARD_REQUESTERS',
  approvers: 'SWITCHBOARD_APPROVERS',
  approvalsRequired: 'SWITCHBOARD_APPROVALS_REQUIRED',
  allowSelfApproval: 'SWITCHBOARD_ALLOW_SELF_APPROVAL',
  requestTtlMs: 'SWITCHBOARD_REQUEST_TTL',
  noApprovalFor: 'SWITCHBOARD_NO_APPROVAL_FOR',
};

const CHANGE_KINDS: ReadonlySet<string> = new Set(CHANGE_INTENT_KINDS);
// Questions never need approval, so naming one is harmless and simply ignored.
const QUESTION_KINDS: ReadonlySet<string> = new Set(QUESTION_INTENT_KINDS);

/**
 * The approval policy: `local-admin` while no policy variable is set, else `team`, checked for
 * approvers that can actually reach the number of approvals required. Throws ConfigError with a
 * one-line message naming the variable at fault.
 */
export function buildPolicy(settings: ApprovalSettings): ApprovalPolicy {
  const setOnes = (Object.keys(VARIABLE_OF) as Array<keyof ApprovalSettings>).filter((key) => settings[key] !== undefined).map((key) => VARIABLE_OF[key]);
  if (setOnes.length === 0) return { kind: 'local-admin' };
  const approvers = settings.approvers;
  if (approvers === undefined) {
    throw new ConfigError(
      `SWITCHBOARD_APPROVERS is not set: with ${setOnes.join(', ')} set, changes need approvers; e.g. SWITCHBOARD_APPROVERS=U024BE7LH,@ops-leads`,
    );
  }
  const approvalsRequired = settings.approvalsRequired ?? 1;
  const users = new Set(approvers.flatMap((approver) => (approver.kind === 'user' ? [approver.id.toLowerCase()] : [])));
  // A group may grow, so only a list of users alone can be known to be too short.
  if (approvers.every((approver) => approver.kind === 'user') && users.size < approvalsRequired) {
    throw new ConfigError(
      `SWITCHBOARD_APPROVALS_REQUIRED is ${approvalsRequired} but SWITCHBOARD_APPROVERS names ${users.size} user${users.size === 1 ? '' : 's'} and no group, so no request could ever be approved; lower it or add approvers, e.g. SWITCHBOARD_APPROVERS=U024BE7LH,@ops-leads`,
    );
  }
  return {
    kind: 'team',
    requesters: settings.requesters ?? approvers,
    approvers,
    approvalsRequired,
    allowSelfApproval: settings.allowSelfApproval ?? false,
    requestTtlMs: settings.requestTtlMs ?? DEFAULT_REQUEST_TTL_MS,
    noApprovalFor: readChangeKinds(settings.noApprovalFor ?? []),
  };
}

/** The kinds of change named, in the workflow's order; a word that is no kind is refused. */
function readChangeKinds(words: ReadonlyArray<string>): ReadonlyArray<ChangeIntentKind> {
  const unknown = words.find((word) => !CHANGE_KINDS.has(word) && !QUESTION_KINDS.has(word));
  if (unknown !== undefined) {
    throw new ConfigError(
      `SWITCHBOARD_NO_APPROVAL_FOR has ${JSON.stringify(unknown)}, which is not a kind of change (${CHANGE_INTENT_KINDS.join(', ')}); e.g. SWITCHBOARD_NO_APPROVAL_FOR=${NO_APPROVAL_FOR_EXAMPLE}`,
    );
  }
  return CHANGE_INTENT_KINDS.filter((kind) => words.includes(kind));
}
