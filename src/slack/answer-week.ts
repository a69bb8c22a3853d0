import type { DateTime } from 'luxon';
import type { CallHandling } from '../callflow/index.ts';
import { say, SLACK_MESSAGES, type Language } from '../i18n/index.ts';
import { weekTimeline } from '../week/index.ts';
import { weekOfQuestion, type WeekQuestion } from '../workflow/index.ts';
import { answerMessage, weekTextMessage, type SlackMessage } from './blocks/index.ts';
import { postWeekPicture } from './post-week-picture.ts';
import type { SlackClient } from './slack-context.ts';

/**
 * `/ivr week [...]`: the week's picture posted in the conversation the command was typed in, and
 * a short ephemeral answer; where Slack will not take the picture, the week as a text timeline
 * with why and how to fix it.
 */
export async function answerWeek(
  client: SlackClient,
  question: { readonly intent: WeekQuestion; readonly handling: CallHandling; readonly now: DateTime; readonly channel: string; readonly language: Language },
): Promise<SlackMessage> {
  const { language } = question;
  const week = weekOfQuestion(question.intent, question.handling, question.now, language);
  const posted = await postWeekPicture(client, { channel: question.channel, weeks: [week], title: week.title, filename: `week-${week.days[0]?.date ?? 'of'}.png` }, language);
  if (!posted.posted) return weekTextMessage([weekTimeline(week, { color: false })], posted.why, language);
  return answerMessage([say(language, SLACK_MESSAGES['posted-picture'], { title: week.title })], language);
}
