import { ConfigError, NO_APPROVAL_FOR_EXAMPLE, type ApprovalSettings, type PrincipalSetting } from '../config.ts';
import { CHANGE_INTENT_KINDS, QUESTION_INTENT_KINDS, type ChangeIntentKind } from '../language/index.ts';
import { DEFAULT_REQUEST_TTL_MS, POLICY_VARIABLES, type ApprovalPolicy } from '../workflow/index.ts';

/** Which variable each approval setting comes from, for the messages that name them. */
const VARIABLE_OF: Readonly<Record<keyof ApprovalSettings, (typeof POLICY_VARIABLES)[number]>> = {
  requesters: 'SWITCHBOARD_REQUESTERS',
  approvers: 'SWITCHBOARD_APPROVERS',
  readers: 'SWITCHBOARD_READERS',
  approvalsRequired: 'SWITCHBOARD_APPROVALS_REQUIRED',
  allowSelfApproval: 'SWITCHBOARD_ALLOW_SELF_APPROVAL',
  requestTtlMs: 'SWITCHBOARD_REQUEST_TTL',
  noApprovalFor: 'SWITCHBOARD_NO_APPROVAL_FOR',
};

const CHANGE_KINDS: ReadonlySet<string> = new Set(CHANGE_INTENT_KINDS);
// Questions never need approval, so naming one is harmless and simply ignored.
const QUESTION_KINDS: ReadonlySet<string> = new Set(QUESTION_INTENT_KINDS);

/**
 * The approval policy: `local-admin` while no policy variable is set, else `team`, refused when it
 * cannot work: no one to ask, or a request some requester could make that could never collect its
 * approvals. Throws ConfigError with a one-line message naming the variable at fault.
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
  // The variables never read as an empty list (an empty item is refused, a blank value is unset),
  // but a list naming nobody would leave no one able to ask for a change, whoever passes one in.
  if (settings.requesters?.length === 0) {
    throw new ConfigError('SWITCHBOARD_REQUESTERS names nobody, so no change could ever be asked for; name who may ask, or unset it to let the approvers ask, e.g. SWITCHBOARD_REQUESTERS=alice,@ops');
  }
  const requesters = settings.requesters ?? approvers;
  const approvalsRequired = settings.approvalsRequired ?? 1;
  const allowSelfApproval = settings.allowSelfApproval ?? false;
  const users = userIds(approvers);
  // A group may grow, so only a list of users alone can be known to be too short.
  if (approvers.every((approver) => approver.kind === 'user') && users.size < approvalsRequired) {
    throw new ConfigError(
      `SWITCHBOARD_APPROVALS_REQUIRED is ${approvalsRequired} but SWITCHBOARD_APPROVERS names ${users.size} user${users.size === 1 ? '' : 's'} and no group, so no request could ever be approved; lower it or add approvers, e.g. SWITCHBOARD_APPROVERS=U024BE7LH,@ops-leads`,
    );
  }
  if (!allowSelfApproval) refuseRequesterWithoutQuorum(requesters, approvers, approvalsRequired, settings.requesters === undefined);
  return {
    kind: 'team',
    requesters,
    approvers,
    readers: settings.readers ?? [],
    approvalsRequired,
    allowSelfApproval,
    requestTtlMs: settings.requestTtlMs ?? DEFAULT_REQUEST_TTL_MS,
    noApprovalFor: readChangeKinds(settings.noApprovalFor ?? []),
  };
}

/**
 * Without self-approval, a requester's own approval does not count, so each requester needs
 * `approvalsRequired` approvers besides themself. Known only when both lists name users alone:
 * a group may hold more people, or the requester may not be among its members.
 */
function refuseRequesterWithoutQuorum(
  requesters: ReadonlyArray<PrincipalSetting>,
  approvers: ReadonlyArray<PrincipalSetting>,
  approvalsRequired: number,
  requestersAreApprovers: boolean,
): void {
  if (![...requesters, ...approvers].every((principal) => principal.kind === 'user')) return;
  const approverIds = userIds(approvers);
  // The caller made sure there are enough approvers in all, so only one who also asks can lack them.
  const others = approverIds.size - 1;
  if (others >= approvalsRequired) return;
  const stuck = requesters.find((requester) => requester.kind === 'user' && approverIds.has(requester.id.toLowerCase()));
  if (stuck?.kind !== 'user') return;
  const name = stuck.id;
  const why = requestersAreApprovers ? 'SWITCHBOARD_REQUESTERS is unset, so the approvers ask for changes' : `${name} is in SWITCHBOARD_REQUESTERS too`;
  throw new ConfigError(
    `SWITCHBOARD_APPROVERS leaves ${name} ${others === 0 ? 'no other approver' : `only ${others} other approver${others === 1 ? '' : 's'}`}, so ${name}'s own requests could never get ${approvalsRequired} approval${approvalsRequired === 1 ? '' : 's'} (${why}, and SWITCHBOARD_ALLOW_SELF_APPROVAL is off); add approvers, set SWITCHBOARD_REQUESTERS to who asks, or allow self-approval, e.g. SWITCHBOARD_ALLOW_SELF_APPROVAL=true`,
  );
}

/** The users a list names, as the policy matches names: in any case. */
function userIds(principals: ReadonlyArray<PrincipalSetting>): ReadonlySet<string> {
  return new Set(principals.flatMap((principal) => (principal.kind === 'user' ? [principal.id.toLowerCase()] : [])));
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
