import type { OutboxMessage } from '../store/index.ts';
import { approvalRequestMessage, auditMessage } from './blocks/index.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { approvalsRequired, refreshApprovalMessage } from './refresh-approval-message.ts';
import type { SlackContext } from './slack-context.ts';

/** How often queued messages are looked at when nothing asks for it sooner. */
const TICK_MS = 5_000;
const FIRST_RETRY_MS = 30_000;
const LAST_RETRY_MS = 60 * 60_000;
const BATCH = 20;

/** Delivers the workflow's outbox to Slack: a Slack outage or a missing channel delays messages, never loses one. */
export interface OutboxDelivery {
  /** Delivers what is due now; returns how many were sent. */
  deliverDue(): Promise<number>;
  /** Runs deliveries every few seconds (and at once after `soon()`) until `stop()`. */
  start(): void;
  soon(): void;
  stop(): Promise<void>;
}

export function createOutboxDelivery(context: Omit<SlackContext, 'deliverSoon'>, onDelivered: (message: OutboxMessage) => Promise<void> = async () => {}): OutboxDelivery {
  // One delivery at a time in this process, so a message is never posted twice by two passes.
  let queue: Promise<number> = Promise.resolve(0);
  let waiting: Promise<number> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const deliverOnce = async (): Promise<number> => {
    const due = await context.stores.outbox.due(context.now().toISOString(), BATCH);
    let sent = 0;
    for (const message of due) {
      try {
        await deliver(context, message);
        await context.stores.outbox.markSent(message.id, context.now().toISOString());
        await onDelivered(message);
        sent += 1;
      } catch (error) {
        const retryAt = new Date(context.now().getTime() + retryDelayMs(error, message.attempts)).toISOString();
        context.logger.warn({ err: error, outboxId: message.id, kind: message.kind, retryAt }, 'could not deliver a message to Slack; it stays queued');
        await context.stores.outbox.markFailed(message.id, describeSlackError(error), retryAt);
      }
    }
    return sent;
  };

  const deliverDue = (): Promise<number> => {
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
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      await queue;
    },
  };
}

async function deliver(context: Omit<SlackContext, 'deliverSoon'>, message: OutboxMessage): Promise<void> {
  const payload = message.payload as { requestId?: number; summary?: string; auditSeq?: number };
  const request = payload.requestId === undefined ? undefined : await context.stores.requests.get(payload.requestId);
  if (message.recipient === 'approvals') {
    if (request === undefined) return;
    const channel = requireChannel(context.slack.approvalChannel, 'SWITCHBOARD_APPROVAL_CHANNEL');
    const approvers = (await context.stores.requests.approvals(request.id)).map((approval) => approval.approver);
    const posted = await context.client.chat.postMessage({ channel, ...approvalRequestMessage(request, approvers, approvalsRequired(context)) });
    if (posted.ts !== undefined) await context.refs.save({ requestId: request.id, purpose: 'approval', channel: posted.channel ?? channel, ts: posted.ts });
    return;
  }
  if (request !== undefined) await refreshApprovalMessage(context, request.id);
  if (message.recipient === 'audit') {
    const entry = payload.auditSeq === undefined ? undefined : await context.stores.audit.entry(payload.auditSeq);
    if (entry === undefined) return;
    const channel = requireChannel(context.slack.auditChannel, 'SWITCHBOARD_AUDIT_CHANNEL');
    const undoable = request?.status === 'applied' && (entry.event === 'applied' || entry.event === 'recovered');
    await context.client.chat.postMessage({ channel, ...auditMessage(entry, { undoable, requestId: request?.id }) });
    return;
  }
  const user = message.recipient.startsWith('user:') ? message.recipient.slice('user:'.length) : '';
  // Requests made from the console carry a name, not a Slack user: there is nobody to message.
  if (!/^[UW][A-Z0-9]+$/.test(user)) return;
  const about = request === undefined ? '' : `Your request ${request.id} (${request.commandText}): `;
  await context.client.chat.postMessage({ channel: user, text: escapeMrkdwn(`${about}${payload.summary ?? message.kind}`) });
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
