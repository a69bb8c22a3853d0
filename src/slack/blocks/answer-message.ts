import { MESSAGE_BLOCK_LIMIT, MESSAGE_BLOCKS_TEXT_BUDGET } from '../block-kit-limits.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';
import { cutMrkdwn, fallbackText, paginate, section, type SlackMessage } from './block-parts.ts';
import { countOf } from './change-lines.ts';

// The notification text names the first line only; the blocks carry the rest.
const FALLBACK_CHARS = 300;

/**
 * The answer to a question (`status`, `test`, `rules`, `requests`, `history`) as an ephemeral
 * message: the lines, escaped, packed into sections; lines past the limits end in "and N more lines".
 */
export function answerMessage(lines: ReadonlyArray<string>): SlackMessage {
  if (lines.length === 0) return { text: 'Nothing to show.', blocks: [section('Nothing to show.')] };
  const escaped = lines.map(escapeMrkdwn);
  const blocks = paginate(escaped, {
    maxBlocks: MESSAGE_BLOCK_LIMIT,
    maxChars: MESSAGE_BLOCKS_TEXT_BUDGET,
    more: (hidden) => `_…and ${countOf(hidden, 'more line')}._`,
  });
  return { text: fallbackText(cutMrkdwn(escaped[0]!, FALLBACK_CHARS)), blocks };
}
