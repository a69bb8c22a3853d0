import { describeClockTime, inEachLanguage, PREVIEW_MESSAGES, say, sayEach, type Said } from '../i18n/index.ts';
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import {
  clashingParts,
  describeCallHandlingPart,
  proposalRefusalMessage,
  proposeChange,
  type CallHandling,
  type CallHandlingRequest,
  type ProposalRefusal,
} from '../callflow/index.ts';
import type { ChangeDraft } from '../store/index.ts';
import { canRequest, type Actor } from './approval-policy.ts';
import { errorText } from './error-text.ts';
import { fingerprintCallHandling } from './fingerprint.ts';
import { openRequest } from './open-request.ts';
import { withOwnClosureRuleIds } from './own-closure-rule-ids.ts';
import { notAllowedToRequest } from './request-change.ts';
import type { WorkflowContext } from './workflow-context.ts';
import type { DraftedChange, WorkflowOutcome } from './workflow-outcome.ts';

/** The answer to a second click on a preview, or a click on one another replica requested. */
const ALREADY_REQUESTED: WorkflowOutcome = { code: 'already-decided', message: sayEach(PREVIEW_MESSAGES['already-requested']) };

/** How long a preview can be requested: long enough to read it, short enough that it is still news. */
export const DRAFT_TTL_MS = 15 * 60_000;

/** A change command as read: its words, what they mean, who asked, and the call handling and instant it was read against. */
export interface ChangeCommand {
  readonly text: string;
  readonly intent: CallHandlingRequest;
  readonly author: Actor;
  readonly handling: CallHandling;
  readonly at: DateTime;
}

/**
 * What a change command would do to the call handling just read, stored as a draft its author can
 * request for the next 15 minutes. `open` and `close` are given the closure rules Switchboard made
 * (from the store), so the preview shows what would be deleted and nothing else.
 */
export async function draftChange(context: Pick<WorkflowContext, 'requests' | 'drafts' | 'now'>, command: ChangeCommand): Promise<DraftedChange | ProposalRefusal> {
  const proposal = proposeChange(command.handling, await withOwnClosureRuleIds(context.requests, command.intent), command.at);
  if (!proposal.ok || proposal.plan.length === 0) return proposal.ok ? { ...proposal, draftId: undefined } : proposal;
  const createdAt = context.now();
  // 128 random bits: a draft id travels through Slack, so it must not be guessable.
  const id = randomBytes(16).toString('base64url');
  await context.drafts.save({
    id,
    author: command.author.id,
    commandText: command.text,
    intent: command.intent,
    readAt: command.at.toISO() ?? createdAt.toISOString(),
    plan: proposal.plan,
    changes: proposal.changes,
    warnings: proposal.warnings,
    before: command.handling,
    intended: proposal.after,
    createdAt: createdAt.toISOString(),
    expiresAt: new Date(createdAt.getTime() + DRAFT_TTL_MS).toISOString(),
  });
  return { ...proposal, draftId: id };
}

/**
 * Asks for exactly the change a draft previewed: its plan, against the call handling it was read
 * from, whatever the clock says now. Refused in one line, asking for nothing, when the requester
 * may not ask for changes, or the draft is unknown (tampered with), another person's, already
 * requested or expired. When someone changed in RingCentral what the draft touches, nothing is
 * asked for: the outcome (`draft-changed`) carries the change as it would be now, as a new draft.
 */
export async function requestDraft(context: WorkflowContext, draftId: string, requester: Actor): Promise<WorkflowOutcome> {
  if (!(await canRequest(context.policy, requester, context.groups))) return notAllowedToRequest(requester);
  const own = await readOwnDraft(context, draftId, requester);
  if ('refusal' in own) return own.refusal;
  const { draft } = own;
  // Also told before RingCentral is read: the claim below only settles a race between two clicks.
  if (draft.requestedAt !== undefined) return ALREADY_REQUESTED;
  if (isExpired(context, draft)) return expired(draft);
  let live: CallHandling;
  try {
    live = await context.gateway.readCallHandling({ fresh: true });
  } catch (error) {
    return { code: 'failed', message: sayEach(PREVIEW_MESSAGES['read-failed'], { error: errorText(error) }) };
  }
  const clash = clashingParts(draft.before, draft.intended, live);
  if (clash.size > 0) {
    const what = inEachLanguage((language) => [...clash].map((part) => describeCallHandlingPart(part, live, draft.before, language)).join(', '));
    return redraftAfterChange(context, draft, requester, live, what);
  }
  if (!(await context.drafts.claim(draft.id, context.now().toISOString()))) return ALREADY_REQUESTED;
  // The read just made is the one the apply checks against, when the request applies at once.
  const request = {
    commandText: draft.commandText,
    requester: requester.id,
    intent: draft.intent,
    plan: draft.plan,
    changes: draft.changes,
    warnings: draft.warnings,
    before: draft.before,
    fingerprint: fingerprintCallHandling(draft.before),
    intended: draft.intended,
  };
  return openRequest(context, request, { live });
}

/**
 * The call handling a draft was planned against (`before`) and the one its plan leads to
 * (`intended`), for its author to look at while it can still be requested; refused in one line,
 * as `requestDraft` refuses, when the draft is unknown, someone else's or expired.
 */
export async function readDraftStates(
  context: Pick<WorkflowContext, 'drafts' | 'now'>,
  draftId: string,
  reader: Actor,
): Promise<{ readonly ok: true; readonly value: DraftStates } | { readonly ok: false; readonly message: Said }> {
  const own = await readOwnDraft(context, draftId, reader);
  if ('refusal' in own) return { ok: false, message: own.refusal.message };
  if (isExpired(context, own.draft)) return { ok: false, message: expired(own.draft).message };
  return { ok: true, value: { before: own.draft.before, intended: own.draft.intended } };
}

/** A draft's call handling before and after its plan. */
export interface DraftStates {
  readonly before: CallHandling;
  readonly intended: CallHandling;
}

/** The draft if it exists and is `actor`'s, else the one-line refusal (a click's value may be tampered with). */
async function readOwnDraft(context: Pick<WorkflowContext, 'drafts'>, draftId: string, actor: Actor): Promise<{ readonly draft: ChangeDraft } | { readonly refusal: WorkflowOutcome }> {
  const lookup = await context.drafts.get(draftId);
  if (!lookup.found) {
    return { refusal: { code: 'not-found', message: sayEach(PREVIEW_MESSAGES[lookup.reason === 'unknown' ? 'unknown' : 'other-version']) } };
  }
  const { draft } = lookup;
  if (draft.author !== actor.id) return { refusal: { code: 'not-allowed', message: sayEach(PREVIEW_MESSAGES['not-yours'], { author: draft.author }) } };
  return { draft };
}

function isExpired(context: Pick<WorkflowContext, 'now'>, draft: ChangeDraft): boolean {
  return context.now().getTime() > Date.parse(draft.expiresAt);
}

function expired(draft: ChangeDraft): WorkflowOutcome {
  const zone = DateTime.fromISO(draft.readAt, { setZone: true }).zone;
  const until = DateTime.fromISO(draft.expiresAt).setZone(zone);
  return { code: 'expired', message: inEachLanguage((language) => say(language, PREVIEW_MESSAGES.expired, { until: describeClockTime(until, language), minutes: DRAFT_TTL_MS / 60_000 })) };
}

/** The draft's command planned again against RingCentral as it is now, as a new draft; nothing is asked for. */
async function redraftAfterChange(context: WorkflowContext, draft: ChangeDraft, author: Actor, live: CallHandling, what: Said): Promise<WorkflowOutcome> {
  const at = DateTime.fromJSDate(context.now()).setZone(live.timeZone);
  const { intent } = draft;
  const preview = await draftChange(context, { text: draft.commandText, intent, author, handling: live, at });
  if (!preview.ok) {
    const { code, id } = preview;
    return { code: 'refused', message: inEachLanguage((language) => say(language, PREVIEW_MESSAGES['changed-and-refused'], { what: what[language], refusal: proposalRefusalMessage(code, id, language) })) };
  }
  if (preview.draftId === undefined) return { code: 'no-change', message: inEachLanguage((language) => say(language, PREVIEW_MESSAGES['changed-to-no-change'], { what: what[language] })) };
  return {
    code: 'draft-changed',
    message: inEachLanguage((language) => say(language, PREVIEW_MESSAGES['changed-redrafted'], { what: what[language] })),
    redraft: { commandText: draft.commandText, kind: intent.kind, timeZone: live.timeZone, at, preview },
  };
}
