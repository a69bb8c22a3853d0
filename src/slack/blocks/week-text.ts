import type { types } from '@slack/bolt';
import { say, SLACK_MESSAGES, type Language } from '../../i18n/index.ts';
import { MESSAGE_BLOCK_LIMIT, MESSAGE_BLOCKS_TEXT_BUDGET } from '../block-kit-limits.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';
import { cutMrkdwn, fallbackText, paginate, section, type Block, type PageBudget, type SlackMessage } from './block-parts.ts';

const NOTE_CHARS = 600;
// Kept from the timelines' share of the message for the note and the code fences.
const RESERVED_CHARS = 2000;
const FALLBACK_CHARS = 300;

/**
 * A timeline in monospace: its lines, escaped, in code blocks, so the hour columns line up. Lines
 * past the budget end in "and N more lines".
 */
export function timelineSections(lines: ReadonlyArray<string>, budget: Pick<PageBudget, 'maxBlocks' | 'maxChars'>, language: Language): types.SectionBlock[] {
  const pages = paginate(lines.map(escapeMrkdwn), { ...budget, more: (count) => say(language, SLACK_MESSAGES['and-more-lines'], { count }) });
  // paginate leaves room under the section limit for the fences.
  return pages.map((page) => section(`\`\`\`\n${page.text?.text ?? ''}\n\`\`\``));
}

/**
 * The ephemeral answer when the week's picture could not be posted: the week (or the weeks) as
 * text timelines (`weekTimeline` without colour, each starting with its title), then why and how
 * to get the picture. `note` comes in the reader's language; a caller that does not pass it gets
 * the builder's own words in English, as before.
 */
export function weekTextMessage(timelines: ReadonlyArray<ReadonlyArray<string>>, note: string, language: Language): SlackMessage {
  const perWeek = Math.floor((MESSAGE_BLOCK_LIMIT - 1) / timelines.length);
  const perWeekChars = Math.floor((MESSAGE_BLOCKS_TEXT_BUDGET - RESERVED_CHARS) / timelines.length);
  const blocks: Block[] = timelines.flatMap((timeline) => timelineSections(timeline, { maxBlocks: perWeek, maxChars: perWeekChars }, language));
  const escapedNote = cutMrkdwn(escapeMrkdwn(note), NOTE_CHARS);
  return { text: fallbackText(cutMrkdwn(escapedNote, FALLBACK_CHARS)), blocks: [...blocks, section(escapedNote)] };
}
