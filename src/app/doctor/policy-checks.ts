import { ConfigError, type Config, type PrincipalSetting } from '../../config.ts';
import { DOCTOR_MESSAGES as M, inEachLanguage, inEnglishOnly, say, sayEach } from '../../i18n/index.ts';
import { describePolicy, type ApprovalPolicy, type Principal, type TeamPolicy } from '../../workflow/index.ts';
import { refuseUnkeyedAuditTrail } from '../audit-key.ts';
import { buildPolicy } from '../build-policy.ts';
import { checkPolicyFitsSlack } from '../check-policy-fits-slack.ts';
import { fail, pass, type Check } from './check.ts';
import type { NamedGroup } from './slack-checks.ts';

/** The policy as a start builds it, when it could be built, and the checks of the settings around it. */
export interface PolicyChecks {
  readonly policy: ApprovalPolicy | undefined;
  readonly checks: ReadonlyArray<Check>;
}

/**
 * Builds the policy as every start does, but each refusal (an unreachable quorum, no approvers,
 * a missing channel or audit key) is a failed check rather than an exit, so the other checks run.
 */
export function checkPolicy(config: Config): PolicyChecks {
  let policy: ApprovalPolicy;
  try {
    policy = buildPolicy(config.approvals);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // Configuration errors are worded in English only, as at every start.
    return { policy: undefined, checks: [fail('policy', inEnglishOnly(error.message))] };
  }
  if (policy.kind === 'local-admin' && config.slack !== undefined) {
    return {
      policy,
      checks: [fail('policy', sayEach(M['policy-none']), sayEach(M['policy-none-fix']))],
    };
  }
  const checks: Check[] = [pass('policy', inEachLanguage((language) => say(language, M['policy'], { description: describePolicy(policy, language).replace(/\n/g, ' ') })))];
  for (const [name, refuse] of [
    ['policy.channels', () => checkPolicyFitsSlack(policy, config.slack)],
    ['policy.auditKey', () => refuseUnkeyedAuditTrail(policy, config)],
  ] as const) {
    try {
      refuse();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      checks.push(fail(name, inEnglishOnly(error.message)));
    }
  }
  return { policy, checks };
}

/** Who the policy variables name, as set or as built into a policy. */
interface NamedPrincipals {
  readonly requesters?: ReadonlyArray<PrincipalSetting> | undefined;
  readonly approvers?: ReadonlyArray<PrincipalSetting> | undefined;
  readonly readers?: ReadonlyArray<PrincipalSetting> | undefined;
}

/** The Slack user groups the policy and SWITCHBOARD_MANAGERS_GROUP name, each with the first variable naming it. */
export function namedGroups(principals: NamedPrincipals, managersGroup: string | undefined): ReadonlyArray<NamedGroup> {
  const named: Array<readonly [string, ReadonlyArray<PrincipalSetting> | undefined]> = [
    ['SWITCHBOARD_REQUESTERS', principals.requesters],
    ['SWITCHBOARD_APPROVERS', principals.approvers],
    ['SWITCHBOARD_READERS', principals.readers],
  ];
  const groups = new Map<string, NamedGroup>();
  for (const [variable, principals] of named) {
    for (const principal of principals ?? []) {
      if (principal.kind === 'group' && !groups.has(principal.handle.toLowerCase())) groups.set(principal.handle.toLowerCase(), { handle: principal.handle, variable });
    }
  }
  if (managersGroup !== undefined && !groups.has(managersGroup.toLowerCase())) {
    groups.set(managersGroup.toLowerCase(), { handle: managersGroup, variable: 'SWITCHBOARD_MANAGERS_GROUP' });
  }
  return [...groups.values()];
}

/**
 * Whether a request can collect its approvals, counting the members of approver groups as Slack
 * lists them (`groupMembers`, by lower-case handle). Without self-approval, a requester who also
 * approves needs that many others. Settings alone already refuse lists of users that fall short.
 */
export function quorumCheck(policy: TeamPolicy, groupMembers: ReadonlyMap<string, ReadonlyArray<string>> | undefined): Check {
  const required = policy.approvalsRequired;
  const groups = policy.approvers.filter((approver) => approver.kind === 'group');
  if (groups.length > 0 && groupMembers === undefined) {
    return pass('policy.quorum', sayEach(M['quorum-uncounted'], { required, groups: groups.map((group) => group.handle) }));
  }
  const approvers = peopleIn(policy.approvers, groupMembers);
  const requesters = peopleIn(policy.requesters, groupMembers);
  const someoneApprovesOwn = !policy.allowSelfApproval && [...requesters].some((requester) => approvers.has(requester));
  const available = approvers.size - (someoneApprovesOwn ? 1 : 0);
  if (available < required) {
    return fail('policy.quorum', sayEach(M['quorum-short'], { required, approvers: approvers.size, someoneApprovesOwn }), sayEach(M['quorum-fix']));
  }
  return pass('policy.quorum', sayEach(M['quorum-ok'], { required, approvers: approvers.size }));
}

/** The users a list names (as written, names in lower case) and the members of its groups. */
function peopleIn(principals: ReadonlyArray<Principal>, groupMembers: ReadonlyMap<string, ReadonlyArray<string>> | undefined): ReadonlySet<string> {
  return new Set(
    principals.flatMap((principal) => (principal.kind === 'user' ? [principal.id.toLowerCase()] : (groupMembers?.get(principal.handle.toLowerCase()) ?? []).map((id) => id.toLowerCase()))),
  );
}
