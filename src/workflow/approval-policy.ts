import { REQUEST_MESSAGES, say, type Language } from '../i18n/index.ts';
import type { ChangeIntentKind, IntentKind } from '../language/index.ts';

/** Someone acting: a Slack user id and display name, or the name given to the console's `--as`. */
export interface Actor {
  readonly id: string;
  readonly name?: string;
}

/** Who a policy names: one user (Slack user id or name) or a Slack user group (handle without "@"). */
export type Principal = { readonly kind: 'user'; readonly id: string } | { readonly kind: 'group'; readonly handle: string };

/**
 * Who may read, who may ask for changes and who approves them. `local-admin`: the console or CLI
 * acts for one local admin who confirms, and changes apply at once (still audited); the Slack bot
 * serves no one under it. `team`: changes wait for `approvalsRequired` approvals unless their kind
 * is in `noApprovalFor`.
 */
export type ApprovalPolicy = { readonly kind: 'local-admin' } | TeamPolicy;

/** A team's policy, set by the SWITCHBOARD_* policy variables. */
export interface TeamPolicy {
  readonly kind: 'team';
  readonly requesters: ReadonlyArray<Principal>;
  readonly approvers: ReadonlyArray<Principal>;
  /** Who may read besides the requesters and approvers (who always may); empty: no one else. */
  readonly readers: ReadonlyArray<Principal>;
  readonly approvalsRequired: number;
  readonly allowSelfApproval: boolean;
  /** How long a pending request waits for its approvals before it expires. */
  readonly requestTtlMs: number;
  readonly noApprovalFor: ReadonlyArray<ChangeIntentKind>;
}

/** The members of Slack user groups, by handle; the Slack adapter asks usergroups.users.list. */
export interface GroupDirectory {
  /** The user ids in the group; empty when there is no such group. */
  membersOf(handle: string): Promise<ReadonlySet<string>>;
}

/** A directory where every group is empty: the console knows no Slack groups. */
export const noGroups: GroupDirectory = { membersOf: async () => new Set() };

/** How long a request waits for approval when the policy does not say. */
export const DEFAULT_REQUEST_TTL_MS = 24 * 3_600_000;

/** The environment variables that make up the policy; setting any of them switches to `team`. */
export const POLICY_VARIABLES = [
  'SWITCHBOARD_REQUESTERS',
  'SWITCHBOARD_APPROVERS',
  'SWITCHBOARD_READERS',
  'SWITCHBOARD_APPROVALS_REQUIRED',
  'SWITCHBOARD_ALLOW_SELF_APPROVAL',
  'SWITCHBOARD_REQUEST_TTL',
  'SWITCHBOARD_NO_APPROVAL_FOR',
] as const;

/**
 * True when the actor may read call handling, requests and history: a reader, requester or
 * approver. Asking for or deciding on a change means reading it first, so a list of readers only
 * adds people. One list, so every user entry is tried before any group is looked up.
 */
export async function canRead(policy: ApprovalPolicy, actor: Actor, groups: GroupDirectory): Promise<boolean> {
  if (policy.kind === 'local-admin') return true;
  return isNamedIn([...policy.readers, ...policy.requesters, ...policy.approvers], actor, groups);
}

/** True when the actor may ask for a change (and undo or re-plan one): a requester. */
export async function canRequest(policy: ApprovalPolicy, actor: Actor, groups: GroupDirectory): Promise<boolean> {
  return policy.kind === 'local-admin' || isNamedIn(policy.requesters, actor, groups);
}

/**
 * True when the actor may approve or reject requests: an approver. Whether they may approve
 * their own request (`allowSelfApproval`) depends on the request, so the decision checks it.
 */
export async function canApprove(policy: ApprovalPolicy, actor: Actor, groups: GroupDirectory): Promise<boolean> {
  return policy.kind === 'local-admin' || isNamedIn(policy.approvers, actor, groups);
}

/**
 * True when a request of this kind waits for approvers. Deny by default: in a team, every kind
 * not exempted by `noApprovalFor` needs approval, including any kind added later.
 */
export function needsApproval(policy: ApprovalPolicy, kind: IntentKind): boolean {
  if (policy.kind === 'local-admin') return false;
  return !policy.noApprovalFor.some((exempt) => exempt === kind);
}

/** Whether a team lets this kind of change through without approvers (SWITCHBOARD_NO_APPROVAL_FOR). */
export function letsThroughWithoutApproval(policy: ApprovalPolicy, kind: IntentKind): boolean {
  return policy.kind === 'team' && !needsApproval(policy, kind);
}

/** What every preview of a change the team lets through says, in the console and in Slack. */
export function appliesAtOnceNote(kind: IntentKind, language: Language = 'en'): string {
  return say(language, REQUEST_MESSAGES['applies-at-once'], { kind });
}

/**
 * The policy in one or two lines, for `help` and the startup banner, e.g. "Requests from alice,
 * @ops; 1 approval from carol, @leads; no self-approval; requests expire after 24 h."
 */
export function describePolicy(policy: ApprovalPolicy, language: Language = 'en'): string {
  if (policy.kind === 'local-admin') return say(language, REQUEST_MESSAGES['policy-local-admin']);
  const line = say(language, REQUEST_MESSAGES['policy-team'], {
    requesters: listPrincipals(policy.requesters),
    approvals: policy.approvalsRequired,
    approvers: listPrincipals(policy.approvers),
    selfApproval: policy.allowSelfApproval,
    lifetime: describeTtl(policy.requestTtlMs, language),
    readers: listPrincipals(policy.readers),
  });
  return policy.noApprovalFor.length === 0 ? line : `${line}\n${say(language, REQUEST_MESSAGES['policy-no-approval-for'], { kinds: policy.noApprovalFor.join(', ') })}`;
}

// Slack user ids (U024BE7LH, W…): upper-case letters and digits after a U or a W.
const SLACK_USER_ID = /^[UW][A-Z0-9]{6,}$/;

/**
 * Whether a policy entry names this actor. A Slack user id matches only that user's id, exactly:
 * names are chosen by their owners, so a user named "u024be7lh" must not pass for U024BE7LH. A name
 * matches the actor's name or id (the console's actors are names), in any case.
 */
function namesActor(entry: string, actor: Actor): boolean {
  if (SLACK_USER_ID.test(entry)) return entry === actor.id;
  const wanted = entry.toLowerCase();
  return actor.id.toLowerCase() === wanted || actor.name?.toLowerCase() === wanted;
}

async function isNamedIn(principals: ReadonlyArray<Principal>, actor: Actor, groups: GroupDirectory): Promise<boolean> {
  if (principals.some((principal) => principal.kind === 'user' && namesActor(principal.id, actor))) return true;
  // Groups are looked up only when no user entry matched, one at a time: each is a Slack API call.
  // A failed lookup throws, so nobody is let in on an error.
  for (const principal of principals) {
    if (principal.kind === 'group' && (await groups.membersOf(principal.handle)).has(actor.id)) return true;
  }
  return false;
}

function listPrincipals(principals: ReadonlyArray<Principal>): string {
  return principals.map((principal) => (principal.kind === 'user' ? principal.id : `@${principal.handle}`)).join(', ');
}

/** "45 min", "1 h 30 min", "24 h", "2 d 12 h" (French "2 j 12 h"): hours up to two days, as people say "24 hours". */
function describeTtl(ms: number, language: Language): string {
  const totalMinutes = Math.round(ms / 60_000);
  const days = totalMinutes >= 2 * 1440 ? Math.floor(totalMinutes / 1440) : 0;
  const minutes = totalMinutes - days * 1440;
  const parts: ReadonlyArray<readonly [number, string]> = [
    [days, language === 'fr' ? 'j' : 'd'],
    [Math.floor(minutes / 60), 'h'],
    [minutes % 60, 'min'],
  ];
  return parts
    .filter(([count]) => count > 0)
    .map(([count, unit]) => `${count} ${unit}`)
    .join(' ');
}
