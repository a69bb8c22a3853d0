import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { DateTime } from 'luxon';
import type { WeekRouting } from '../callflow/index.ts';
import { weekTimeline } from '../week/index.ts';
import { weekOfChange, type Actor } from '../workflow/index.ts';
import { answerMessage, SHOW_WEEK_AFTER_ACTION, weekTextMessage, type SlackMessage } from './blocks/index.ts';
import { describeFailure } from './describe-failure.ts';
import { postWeekPicture } from './post-week-picture.ts';
import { slackActor } from './slack-actor.ts';
import type { SlackContext } from './slack-context.ts';

/**
 * "Show the week after this change" on a preview: the week the change shows in, as it is and with
 * the draft's plan applied, posted side by side in the conversation; the preview stays, so its
 * Request approval button can still be clicked.
 */
export function registerShowWeekButton(app: App, context: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(SHOW_WEEK_AFTER_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const channel = body.channel?.id ?? body.container?.channel_id;
    try {
      const answer =
        channel === undefined
          ? answerMessage(['Slack did not say which conversation this preview is in; run the command again.'])
          : await weekAfterChange(context, slackActor(body.user), action.value ?? '', channel);
      await respond({ response_type: 'ephemeral', replace_original: false, ...answer });
    } catch (error) {
      const text = describeFailure(error, context.logger.child({ action: SHOW_WEEK_AFTER_ACTION }), 'the week after a change could not be shown');
      await respond({ response_type: 'ephemeral', replace_original: false, text });
    }
  });
}

/** The draft's week before and after, posted in `channel`; refused in one line as the workflow refuses the draft. */
async function weekAfterChange(context: SlackContext, actor: Actor, draftId: string, channel: string): Promise<SlackMessage> {
  const states = await context.workflow.draftStates(draftId, actor);
  if (!states.ok) return answerMessage([states.message]);
  const now = DateTime.fromJSDate(context.now()).setZone(states.value.before.timeZone);
  const week = weekOfChange(states.value, now);
  const weeks: ReadonlyArray<WeekRouting> = [
    { ...week.before, title: `${week.before.title}, as it is` },
    { ...week.after, title: `${week.after.title}, after this change` },
  ];
  const posted = await postWeekPicture(context.client, {
    channel,
    weeks,
    title: `${week.after.title}: as it is, and after this change`,
    filename: `week-${week.after.days[0]?.date ?? 'of'}-after-change.png`,
  });
  if (!posted.posted) return weekTextMessage(weeks.map((shown) => weekTimeline(shown, { color: false })), posted.why);
  return answerMessage(['Posted the week as it is and after this change, side by side, in this conversation.']);
}
