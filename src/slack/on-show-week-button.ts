import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { DateTime } from 'luxon';
import type { WeekRouting } from '../callflow/index.ts';
import { weekTimeline } from '../week/index.ts';
import { say, SLACK_MESSAGES, type Language } from '../i18n/index.ts';
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
    const language = await context.languages.languageOf(body.user.id);
    try {
      const answer =
        channel === undefined
          ? answerMessage([say(language, SLACK_MESSAGES['no-conversation'])], language)
          : await weekAfterChange(context, slackActor(body.user), action.value ?? '', channel, language);
      await respond({ response_type: 'ephemeral', replace_original: false, ...answer });
    } catch (error) {
      const text = describeFailure(error, context.logger.child({ action: SHOW_WEEK_AFTER_ACTION }), 'the week after a change could not be shown', language);
      await respond({ response_type: 'ephemeral', replace_original: false, text });
    }
  });
}

/** The draft's week before and after, posted in `channel`; refused in one line as the workflow refuses the draft. */
async function weekAfterChange(context: SlackContext, actor: Actor, draftId: string, channel: string, language: Language): Promise<SlackMessage> {
  const states = await context.workflow.draftStates(draftId, actor);
  if (!states.ok) return answerMessage([states.message[language]], language);
  const now = DateTime.fromJSDate(context.now()).setZone(states.value.before.timeZone);
  const week = weekOfChange(states.value, now, language);
  const weeks: ReadonlyArray<WeekRouting> = [
    { ...week.before, title: say(language, SLACK_MESSAGES['week-as-it-is'], { title: week.before.title }) },
    { ...week.after, title: say(language, SLACK_MESSAGES['week-after-change'], { title: week.after.title }) },
  ];
  const picture = {
    channel,
    weeks,
    title: say(language, SLACK_MESSAGES['week-before-and-after'], { title: week.after.title }),
    filename: `week-${week.after.days[0]?.date ?? 'of'}-after-change.png`,
  };
  const posted = await postWeekPicture(context.client, picture, language);
  if (!posted.posted) return weekTextMessage(weeks.map((shown) => weekTimeline(shown, { color: false })), posted.why, language);
  return answerMessage([say(language, SLACK_MESSAGES['posted-before-and-after'])], language);
}
