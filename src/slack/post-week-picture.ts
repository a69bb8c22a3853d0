import type { WeekRouting } from '../callflow/index.ts';
import { say, SLACK_MESSAGES, type Language } from '../i18n/index.ts';
import { renderWeekPng, weekLegendLines } from '../week/index.ts';
import { fallbackText } from './blocks/block-parts.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import type { SlackClient } from './slack-context.ts';

/**
 * Why Slack would not take the picture, by Web API error, with what to do: the asker gets the week
 * as text instead. Any other failure is thrown, to be answered as a failure.
 */
const REFUSALS = {
  not_in_channel: SLACK_MESSAGES['picture-not-in-channel'],
  channel_not_found: SLACK_MESSAGES['picture-channel-not-found'],
  // An app installed before the picture existed lacks files:write until it is reinstalled.
  missing_scope: SLACK_MESSAGES['picture-missing-scope'],
} as const;

/** Posted, or why not in one sentence. */
export type PostedPicture = { readonly posted: true } | { readonly posted: false; readonly why: string };

/** What to post: the weeks side by side, their file title and name. */
export interface WeekPicture {
  readonly channel: string;
  readonly weeks: ReadonlyArray<WeekRouting>;
  readonly title: string;
  readonly filename: string;
}

/**
 * Uploads the picture of the weeks (side by side) into a conversation with `files.uploadV2`, each
 * week's title and legend as the message text beside it, so a screen reader says what the colours
 * mean. A conversation Slack will not take it in is answered with why, in the asker's `language`
 * (English for a caller that does not pass it), not thrown.
 */
export async function postWeekPicture(client: SlackClient, picture: WeekPicture, language: Language): Promise<PostedPicture> {
  const png = await renderWeekPng(picture.weeks);
  const legend = picture.weeks.map((week) => [week.title, ...weekLegendLines(week)].join('\n')).join('\n\n');
  try {
    await client.filesUploadV2({
      channel_id: picture.channel,
      // The client reads a Buffer as the file's bytes; a bare Uint8Array it would take for a stream.
      file: Buffer.from(png),
      filename: picture.filename,
      title: picture.title,
      initial_comment: fallbackText(escapeMrkdwn(legend)),
    });
    return { posted: true };
  } catch (error) {
    const code = (error as { data?: { error?: unknown } }).data?.error;
    const refusal = Object.entries(REFUSALS).find(([refused]) => refused === code)?.[1];
    if (refusal === undefined) throw error;
    return { posted: false, why: say(language, SLACK_MESSAGES['picture-not-posted'], { why: say(language, refusal) }) };
  }
}
