import type { types } from '@slack/bolt';
import { MESSAGE_BLOCK_LIMIT, MESSAGE_BLOCKS_TEXT_BUDGET } from '../block-kit-limits.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';
import { cutMrkdwn, fallbackText, paginate, section, type Block, type PageBudget, type SlackMessage } from './block-parts.ts';
import { countOf } from './change-lines.ts';

const NOTE_CHARS = 600;
// Kept from the timelines' share of the message for the note and the code fences.
const RESERVED_CHARS = 2000;
const FALLBACK_CHARS = 300;

/**
 * A timeline in monospace: its lines, escaped, in code blocks, so the hour columns line up. Lines
 * past the budget end in "and N more lines".
 */
export function timelineSections(lines: ReadonlyArray<string>, budget: Pick<PageBudget, 'maxBlocks' | 'maxChars'>): types.SectionBlock[] {
  const pages = paginate(lines.map(escapeMrkdwn), { ...budget, more: (hidden) => `…and ${countOf(hidden, 'more line')}` });
  // paginate leaves room under the section limit for the fences.
  return pages.map((page) => section(`\`\`\`\n${page.text?.text ?? ''}\n\`\`\``));
}

/**
 * The ephemeral answer when the week's picture could not be posted: the week (or the weeks) as
 * text timelines (`weekTimeline` without colour, each starting with its title), then why and how
 * to get the picture.
 */
export function weekTextMessage(timelines: ReadonlyArray<ReadonlyArray<string>>, note: string): SlackMessage {
  const perWeek = Math.floor((MESSAGE_BLOCK_LIMIT - 1) / timelines.length);
  const perWeekChars = Math.floor((MESSAGE_BLOCKS_TEXT_BUDGET - RESERVED_CHARS) / timelines.length);
  const blocks: Block[] = timelines.flatMap((timeline) => timelineSections(timeline, { maxBlocks: perWeek, maxChars: perWeekChars }));
  const escapedNote = cutMrkdwn(escapeMrkdwn(note), NOTE_CHARS);
  return { text: fallbackText(cutMrkdwn(escapedNote, FALLBACK_CHARS)), blocks: [...blocks, section(escapedNote)] };
}
