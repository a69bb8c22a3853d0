import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { DateTime } from 'luxon';
import { say, SLACK_MESSAGES } from '../i18n/index.ts';
import { canApprove, type WorkflowOutcome } from '../workflow/index.ts';
import { outcomeText, rejectReasonModal } from './blocks/index.ts';
import { draftPreviewMessage } from './on-ivr-command.ts';
import { registerShowWeekButton } from './on-show-week-button.ts';
import { applyPreviewedReplan } from './replan-at-once.ts';
import { afterWorkflowOutcome } from './refresh-after-outcome.ts';
import { slackActor } from './slack-actor.ts';
import type { SlackContext } from './slack-context.ts';

/**
 * The buttons on previews, approval messages and audit posts. A button's value only says which
 * command or request it is about; who may do what is checked again on the server for every click.
 */
export function registerRequestButtons(app: App, context: SlackContext): void {
  registerShowWeekButton(app, context);
  app.action<BlockAction<ButtonAction>>('request_approval', async ({ ack, body, action, respond }) => {
    await ack();
    const actor = slackActor(body.user);
    // The button carries the draft's id: exactly the previewed plan is requested, or nothing.
    const outcome = await context.workflow.requestDraft(action.value ?? '', actor);
    const language = await context.languages.languageOf(actor.id);
    if (outcome.redraft !== undefined) {
      await respond({ replace_original: true, ...(await draftPreviewMessage(context, actor, outcome.redraft, language, outcome.message[language])) });
      return;
    }
    await respond({ replace_original: true, text: outcomeText(outcome, language) });
    await afterWorkflowOutcome(context, outcome);
  });

  app.action<BlockAction<ButtonAction>>('replan_request', async ({ ack, body, action, respond }) => {
    await ack();
    const actor = slackActor(body.user);
    const language = await context.languages.languageOf(actor.id);
    const answer = await applyPreviewedReplan(context, actor, action.value ?? '', () => DateTime.fromJSDate(context.now()), language);
    if ('code' in answer) {
      await respond({ replace_original: true, text: outcomeText(answer, language) });
      await afterWorkflowOutcome(context, answer);
    } else {
      await respond({ replace_original: true, text: answer.text, blocks: [...answer.blocks] });
    }
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
    const language = await context.languages.languageOf(actor.id);
    if (!(await canApprove(context.policy, actor, context.groups))) {
      await tellClicker(context, client, body, say(language, SLACK_MESSAGES['may-not-reject'], { who: actor.name ?? actor.id }));
      return;
    }
    await client.views.open({ trigger_id: body.trigger_id, view: rejectReasonModal(requestId(action.value), language) });
  });

  app.view('reject_reason', async ({ ack, body, view }) => {
    const id = requestId(view.private_metadata);
    const reason = Object.values(view.state.values.reason ?? {})[0]?.value ?? undefined;
    const outcome = await context.workflow.reject(id, slackActor(body.user), reason?.trim() || undefined);
    if (outcome.code !== 'rejected') {
      // Slack shows input errors as plain text: the workflow's sentence, not the mrkdwn note.
      const language = await context.languages.languageOf(body.user.id);
      await ack({ response_action: 'errors', errors: { reason: outcome.message[language].slice(0, 150) } });
      return;
    }
    await ack();
    await afterWorkflowOutcome(context, outcome);
  });

  app.action<BlockAction<ButtonAction>>('undo_request', async ({ ack, body, action, client }) => {
    await ack();
    const outcome = await context.workflow.undo(requestId(action.value), slackActor(body.user), await context.gateway.readCallHandling());
    await afterWorkflowOutcome(context, outcome);
    await tellClicker(context, client, body, outcome);
  });
}

/** An ephemeral note to whoever clicked, in the conversation the button was in. */
async function tellClicker(context: SlackContext, client: SlackContext['client'], body: BlockAction, outcome: WorkflowOutcome | string): Promise<void> {
  const channel = body.channel?.id ?? body.container?.channel_id;
  if (channel === undefined) return;
  const text = typeof outcome === 'string' ? outcome : outcomeText(outcome, await context.languages.languageOf(body.user.id));
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
