import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { DateTime } from 'luxon';
import { isChangeIntent, parseCommand, refusalMessage } from '../language/index.ts';
import { canApprove, type WorkflowOutcome } from '../workflow/index.ts';
import { outcomeText, rejectReasonModal } from './blocks/index.ts';
import { NO_POLICY_MESSAGE } from './no-policy-message.ts';
import { afterWorkflowOutcome } from './refresh-after-outcome.ts';
import { slackActor } from './slack-actor.ts';
import type { SlackContext } from './slack-context.ts';

/**
 * The buttons on previews, approval messages and audit posts. A button's value only says which
 * command or request it is about; who may do what is checked again on the server for every click.
 */
export function registerRequestButtons(app: App, context: SlackContext): void {
  app.action<BlockAction<ButtonAction>>('request_approval', async ({ ack, body, action, respond }) => {
    await ack();
    const outcome = await requestFromPreview(context, slackActor(body.user), action.value ?? '');
    await respond({ replace_original: true, text: typeof outcome === 'string' ? outcome : outcomeText(outcome) });
    if (typeof outcome !== 'string') await afterWorkflowOutcome(context, outcome);
  });

  app.action('cancel_preview', async ({ ack, respond }) => {
    await ack();
    await respond({ delete_original: true });
  });

  app.action<BlockAction<ButtonAction>>('approve_request', async ({ ack, body, action, client }) => {
    await ack();
    const outcome = await context.workflow.approve(requestId(action.value), slackActor(body.user));
    await afterWorkflowOutcome(context, outcome);
    await tellClicker(context, client, body, outcome);
  });

  app.action<BlockAction<ButtonAction>>('reject_request', async ({ ack, body, action, client }) => {
    await ack();
    // Someone who may not reject is told so at once, instead of a form whose submission fails.
    const actor = slackActor(body.user);
    if (!(await canApprove(context.policy, actor, context.groups))) {
      await tellClicker(context, client, body, `${actor.name ?? actor.id} may not reject changes; approvers are set in SWITCHBOARD_APPROVERS.`);
      return;
    }
    await client.views.open({ trigger_id: body.trigger_id, view: rejectReasonModal(requestId(action.value)) });
  });

  app.view('reject_reason', async ({ ack, body, view }) => {
    const id = requestId(view.private_metadata);
    const reason = Object.values(view.state.values.reason ?? {})[0]?.value ?? undefined;
    const outcome = await context.workflow.reject(id, slackActor(body.user), reason?.trim() || undefined);
    if (outcome.code !== 'rejected') {
      // Slack shows input errors as plain text: the workflow's sentence, not the mrkdwn note.
      await ack({ response_action: 'errors', errors: { reason: outcome.message.slice(0, 150) } });
      return;
    }
    await ack();
    await afterWorkflowOutcome(context, outcome);
  });

  app.action<BlockAction<ButtonAction>>('undo_request', async ({ ack, body, action, client }) => {
    await ack();
    const outcome =
      context.policy.kind === 'team'
        ? await context.workflow.undo(requestId(action.value), slackActor(body.user), await context.gateway.readCallHandling())
        : undefined;
    if (outcome !== undefined) await afterWorkflowOutcome(context, outcome);
    await tellClicker(context, client, body, outcome ?? NO_POLICY_MESSAGE);
  });
}

/** Plans the previewed command again against RingCentral as it is now, and asks for approval. */
async function requestFromPreview(context: SlackContext, actor: ReturnType<typeof slackActor>, text: string): Promise<WorkflowOutcome | string> {
  if (context.policy.kind !== 'team') return NO_POLICY_MESSAGE;
  const handling = await context.gateway.readCallHandling();
  const at = DateTime.fromJSDate(context.now()).setZone(handling.timeZone);
  const parsed = parseCommand(text, { ...handling, now: at });
  if (!parsed.ok) return refusalMessage(parsed.code, parsed.text, parsed.candidates);
  if (!isChangeIntent(parsed.intent)) return `"${text}" does not change call handling.`;
  return context.workflow.requestChange({ text, intent: parsed.intent, requester: actor, handling, at });
}

/** An ephemeral note to whoever clicked, in the conversation the button was in. */
async function tellClicker(context: SlackContext, client: SlackContext['client'], body: BlockAction, outcome: WorkflowOutcome | string): Promise<void> {
  const channel = body.channel?.id ?? body.container?.channel_id;
  const text = typeof outcome === 'string' ? outcome : outcomeText(outcome);
  if (channel === undefined) return;
  try {
    await client.chat.postEphemeral({ channel, user: body.user.id, text });
  } catch (error) {
    context.logger.warn({ err: error }, 'could not send the ephemeral note');
  }
}

/**
 * A request id from a button value or modal metadata; 0 (no such request) when it is not written
 * in digits. `Number` alone would take a tampered "0x1" or "1e0" for request 1.
 */
function requestId(value: string | undefined): number {
  const id = /^\d{1,15}$/.test(value ?? '') ? Number(value) : 0;
  return id > 0 ? id : 0;
}
