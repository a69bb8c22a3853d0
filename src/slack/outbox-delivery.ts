import { z } from 'zod';
import type { CallHandling } from '../callflow/index.ts';
import { inEachLanguage, say, saidFromStored, SLACK_MESSAGES, type Language, type Said } from '../i18n/index.ts';
import type { OutboxMessage } from '../store/index.ts';
import { approvalRequestMessage, auditMessage, noticeMessage, ruleEditCommand } from './blocks/index.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { approvalsRequired, refreshApprovalMessage } from './refresh-approval-message.ts';
import type { DeliveryContext } from './slack-context.ts';

/** How often queued messages are looked at when nothing asks for it sooner. */
const TICK_MS = 5_000;
const FIRST_RETRY_MS = 30_000;
const LAST_RETRY_MS = 60 * 60_000;
/** The most messages one pass delivers; the rest wait for the next tick. */
const BATCH = 20;
/**
 * How long a claimed message is this replica's alone: well above the slowest post (one post,
 * possibly waiting out a 429), since a post outlasting it could let another replica post it twice.
 * After a crash mid-post, that message goes out again once the lease ends (at least once: Slack
 * may already show it); the lease holds nothing else, as messages are claimed one at a time.
 */
const CLAIM_LEASE_MS = 5 * 60_000;
/** The kinds of the scheduler's notices start with this; their payload is `noticePayloadSchema`. */
const NOTICE_KIND_PREFIX = 'notice-';

/** A text said in each language, or one English string as payloads queued by an earlier version hold. */
const storedTextSchema = z.union([z.string(), z.object({ en: z.string(), fr: z.string() })]);
const noticePayloadSchema = z.object({ text: storedTextSchema, ruleId: z.string(), at: z.string(), plannedFor: storedTextSchema });
/** A notice posted more than this after its time (the bot was down, or Slack) says so. */
const NOTICE_LATE_AFTER_MS = 5 * 60_000;
type NoticePayload = z.infer<typeof noticePayloadSchema>;

/** What the messages of one pass share: the call handling, read at most once and only for a reminder's Edit button. */
interface DeliveryPass {
  readonly context: DeliveryContext;
  readonly handling: () => Promise<CallHandling>;
  /** Logs, once per process, that notices have nowhere to go. */
  readonly tellNowhere: () => void;
}

/** Delivers the workflow's outbox to Slack: a Slack outage or a missing channel delays messages, never loses one. */
export interface OutboxDelivery {
  /** Delivers what is due now; returns how many were sent. */
  deliverDue(): Promise<number>;
  /** Runs deliveries every few seconds (and at once after `soon()`) until `stop()`. */
  start(): void;
  soon(): void;
  /** Starts no further delivery; resolves once the message being posted now (if any) is done. */
  stop(): Promise<void>;
  /**
   * Hands back the message still being posted (a shutdown that cannot wait for Slack any longer):
   * due again at once for another replica rather than after its lease. Slack may then show it
   * twice, as after a crash. Returns its outbox id, or undefined when none was held.
   */
  release(): Promise<number | undefined>;
}

export function createOutboxDelivery(context: DeliveryContext, onDelivered: (message: OutboxMessage) => Promise<void> = async () => {}): OutboxDelivery {
  // One delivery at a time in this process; between replicas, each pass claims its messages.
  let queue: Promise<number> = Promise.resolve(0);
  let waiting: Promise<number> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  // The message claimed and being posted, with the lease end its claim set.
  let held: OutboxMessage | undefined;
  // A missing setting is said once, not at every notice.
  let toldNowhere = false;
  const tellNowhere = (): void => {
    if (toldNowhere) return;
    toldNowhere = true;
    context.logger.info('switch notices and reminders have nowhere to go, so they are dropped: set SWITCHBOARD_MANAGERS_CHANNEL and/or SWITCHBOARD_MANAGERS_GROUP');
  };

  const deliverOnce = async (): Promise<number> => {
    let handling: Promise<CallHandling> | undefined;
    const pass: DeliveryPass = { context, handling: () => (handling ??= context.gateway.readCallHandling()), tellNowhere };
    let sent = 0;
    // One claim per message, not one for the batch: a process killed while posting then leaves
    // only that message leased, and the next process delivers the others at once instead of after
    // the lease. A pass takes as many as were due when it began (the direct messages a notice
    // queues wait for the next pass), and a failed message gets a later retry time, so the next
    // claim does not take it again.
    const dueAtStart = (await context.stores.outbox.due(context.now().toISOString(), BATCH)).length;
    for (let claimed = 0; claimed < dueAtStart && !stopped; claimed += 1) {
      const [message] = await context.stores.outbox.claimDue(context.now().toISOString(), CLAIM_LEASE_MS, 1);
      if (message === undefined) break;
      held = message;
      try {
        await deliver(pass, message);
        await context.stores.outbox.markSent(message.id, context.now().toISOString());
        await onDelivered(message);
        sent += 1;
      } catch (error) {
        const why = describeSlackError(error);
        if (CHANNEL_RECIPIENTS.has(message.recipient) && UNPOSTABLE_CHANNEL_ERRORS.has(why)) {
          await giveUp(context, message, why);
          continue;
        }
        const retryAt = new Date(context.now().getTime() + retryDelayMs(error, message.attempts)).toISOString();
        context.logger.warn({ err: error, outboxId: message.id, kind: message.kind, retryAt }, 'could not deliver a message to Slack; it stays queued');
        await context.stores.outbox.markFailed(message.id, why, retryAt);
      } finally {
        held = undefined;
      }
    }
    return sent;
  };

  const deliverDue = (): Promise<number> => {
    // A change finished during shutdown queues its messages for the other replicas (or the next start).
    if (stopped) return Promise.resolve(0);
    // Calls made while a pass is queued share that pass: it will see their messages too.
    waiting ??= queue.then(() => {
      waiting = undefined;
      return deliverOnce();
    });
    queue = waiting.catch((error: unknown) => {
      context.logger.error({ err: error }, 'outbox delivery failed');
      return 0;
    });
    return waiting;
  };

  const soon = (): void => {
    deliverDue().catch(() => undefined);
  };

  return {
    deliverDue,
    soon,
    start() {
      timer ??= setInterval(soon, TICK_MS);
      timer.unref();
      soon();
    },
    async stop() {
      stopped = true;
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      await queue;
    },
    async release() {
      const message = held;
      if (message === undefined) return undefined;
      const released = await context.stores.outbox.release(message.id, message.nextAttemptAt, context.now().toISOString());
      return released ? message.id : undefined;
    },
  };
}

/**
 * Slack's answers for a channel the bot cannot post to: not a member, archived, or no such channel
 * (chat.postMessage's documented errors). Retrying changes none of them until someone acts, so the
 * message is given up rather than retried for ever; `doctor` lists what was given up.
 */
const UNPOSTABLE_CHANNEL_ERRORS: ReadonlySet<string> = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);
/** The recipients that are the configured channels; a direct message to a person keeps being retried. */
const CHANNEL_RECIPIENTS: ReadonlySet<string> = new Set(['approvals', 'audit', 'managers']);

/** What each of those answers means for the person who must fix it. */
const UNPOSTABLE_CHANNEL_ADVICE = {
  not_in_channel: SLACK_MESSAGES['advice-not-in-channel'],
  channel_not_found: SLACK_MESSAGES['advice-channel-not-found'],
  is_archived: SLACK_MESSAGES['advice-is-archived'],
} as const;

/** The advice for one of Slack's answers in a language, or the answer itself when there is none. */
function adviceFor(why: string, language: Language): string {
  const advice = Object.entries(UNPOSTABLE_CHANNEL_ADVICE).find(([error]) => error === why)?.[1];
  return advice === undefined ? why : say(language, advice);
}

/**
 * Gives up on a message Slack will not take in that channel, and tells the requester when it was
 * their approval request: it still waits, and approvers can find it with `/ivr requests`.
 */
async function giveUp(context: DeliveryContext, message: OutboxMessage, why: string): Promise<void> {
  context.logger.error({ outboxId: message.id, kind: message.kind, recipient: message.recipient, slackError: why }, 'Slack refused the message for its channel; it will not be retried');
  await context.stores.outbox.markUndeliverable(message.id, why, context.now().toISOString());
  const requestId = (message.payload as { requestId?: unknown }).requestId;
  if (message.recipient !== 'approvals' || typeof requestId !== 'number') return;
  const request = await context.stores.requests.get(requestId);
  if (request === undefined) return;
  // Said in each language: the requester's is looked up when the direct message goes out.
  const summary = inEachLanguage((language) => say(language, SLACK_MESSAGES['approval-not-posted'], { id: request.id, why, advice: adviceFor(why, language) }));
  await context.stores.outbox.enqueue({
    recipient: `user:${request.requester}`,
    kind: 'approval-not-posted',
    payload: { requestId: request.id, summary },
    dedupeKey: `not-posted:${request.id}`,
    createdAt: context.now().toISOString(),
  });
}

async function deliver(pass: DeliveryPass, message: OutboxMessage): Promise<void> {
  const { context } = pass;
  if (message.recipient === 'managers') return deliverToManagers(pass, message);
  const payload = message.payload as { requestId?: number; summary?: string | Said; auditSeq?: number; auditHash?: string };
  const request = payload.requestId === undefined ? undefined : await context.stores.requests.get(payload.requestId);
  if (message.recipient === 'approvals') {
    if (request === undefined) return;
    const channel = requireChannel(context.slack.approvalChannel, 'SWITCHBOARD_APPROVAL_CHANNEL');
    const approvers = (await context.stores.requests.approvals(request.id)).map((approval) => approval.approver);
    const posted = await context.client.chat.postMessage({ channel, ...approvalRequestMessage(request, approvers, approvalsRequired(context), context.languages.companyLanguage()) });
    if (posted.ts !== undefined) await context.refs.save({ requestId: request.id, purpose: 'approval', channel: posted.channel ?? channel, ts: posted.ts });
    return;
  }
  if (request !== undefined) await refreshApprovalMessage(context, request.id);
  if (message.recipient === 'audit') {
    const entry = payload.auditSeq === undefined ? undefined : await context.stores.audit.entry(payload.auditSeq);
    if (entry === undefined) return;
    const channel = requireChannel(context.slack.auditChannel, 'SWITCHBOARD_AUDIT_CHANNEL');
    const undoable = request?.status === 'applied' && (entry.event === 'applied' || entry.event === 'recovered');
    await context.client.chat.postMessage({ channel, ...auditMessage(entry, { undoable, requestId: request?.id, chainHash: payload.auditHash, language: context.languages.companyLanguage(), ...(request?.undoOf === undefined ? {} : { undoOf: request.undoOf }) }) });
    return;
  }
  const user = message.recipient.startsWith('user:') ? message.recipient.slice('user:'.length) : '';
  // Requests made from the console carry a name, not a Slack user: there is nobody to message.
  if (!/^[UW][A-Z0-9]+$/.test(user)) return;
  const language = await context.languages.languageOf(user);
  if (message.kind.startsWith(NOTICE_KIND_PREFIX)) return postNotice(pass, user, message, language);
  const summary = payload.summary === undefined ? message.kind : saidFromStored(payload.summary)[language];
  const text = request === undefined ? summary : say(language, SLACK_MESSAGES['your-request'], { id: request.id, command: request.commandText, summary });
  await context.client.chat.postMessage({ channel: user, text: escapeMrkdwn(text) });
}

/**
 * A notice for the managers: a direct message queued for each member of the managers' group, then
 * the post in the managers' channel. Queued first, keyed by member, so a retry after a failed
 * post queues nobody twice; each direct message is then delivered (and retried) on its own.
 */
async function deliverToManagers(pass: DeliveryPass, message: OutboxMessage): Promise<void> {
  const { context } = pass;
  const { managersChannel, managersGroup } = context.slack;
  if (managersChannel === undefined && managersGroup === undefined) return pass.tellNowhere();
  if (managersGroup !== undefined) {
    const members = await context.groups.membersOf(managersGroup);
    if (members.size === 0) context.logger.warn({ group: managersGroup }, 'the managers group has no members, or Slack has no group with that handle: no direct messages sent');
    for (const member of members) {
      const dedupeKey = `${message.dedupeKey}:${member}`;
      await context.stores.outbox.enqueue({ recipient: `user:${member}`, kind: message.kind, payload: message.payload, dedupeKey, createdAt: context.now().toISOString() });
    }
  }
  if (managersChannel !== undefined) await postNotice(pass, managersChannel, message, context.languages.companyLanguage());
}

/**
 * Posts a notice in `language` (the channel's or the person's); a reminder gets an Edit button
 * when its rule is still there (a failed read only costs the button).
 */
async function postNotice(pass: DeliveryPass, channel: string, message: OutboxMessage, language: Language): Promise<void> {
  const parsed = noticePayloadSchema.safeParse(message.payload);
  if (!parsed.success) throw new Error(`notice ${message.dedupeKey} has an unreadable payload: ${parsed.error.message}`);
  const notice = parsed.data;
  const editCommand = message.kind === 'notice-reminder' ? await findEditCommand(pass, notice) : undefined;
  const late = pass.context.now().getTime() - Date.parse(notice.at) > NOTICE_LATE_AFTER_MS;
  const said = saidFromStored(notice.text)[language];
  const text = late ? say(language, SLACK_MESSAGES['notice-late'], { text: said, planned: saidFromStored(notice.plannedFor)[language] }) : said;
  const input = { kind: message.kind, text, at: notice.at, language, ...(editCommand === undefined ? {} : { editCommand }) };
  await pass.context.client.chat.postMessage({ channel, ...noticeMessage(input) });
}

async function findEditCommand(pass: DeliveryPass, notice: NoticePayload): Promise<string | undefined> {
  try {
    const handling = await pass.handling();
    const rule = handling.customRules.find((candidate) => candidate.id === notice.ruleId);
    return rule === undefined ? undefined : ruleEditCommand(rule, handling, notice.at);
  } catch (error) {
    pass.context.logger.warn({ err: error, ruleId: notice.ruleId }, "could not read the call handling for a reminder's Edit button; posting it without one");
    return undefined;
  }
}

function requireChannel(channel: string | undefined, variable: string): string {
  if (channel === undefined) throw new Error(`${variable} is not set, so there is nowhere to post; set it to a channel id the bot was invited to`);
  return channel;
}

/** Waits what Slack asked for after a 429, else backs off from 30 s, doubling, up to an hour. */
function retryDelayMs(error: unknown, attempts: number): number {
  const retryAfter = (error as { retryAfter?: unknown }).retryAfter;
  if (typeof retryAfter === 'number' && retryAfter > 0) return retryAfter * 1000;
  return Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(attempts, 10));
}

function describeSlackError(error: unknown): string {
  const data = (error as { data?: { error?: unknown } }).data;
  if (typeof data?.error === 'string') return data.error;
  return error instanceof Error ? error.message : String(error);
}
