import { say, SLACK_MESSAGES, type Language } from '../../i18n/index.ts';
import { MESSAGE_BLOCK_LIMIT, MESSAGE_BLOCKS_TEXT_BUDGET } from '../block-kit-limits.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';
import { cutMrkdwn, fallbackText, paginate, section, type SlackMessage } from './block-parts.ts';

// The notification text names the first line only; the blocks carry the rest.
const FALLBACK_CHARS = 300;

/**
 * The answer to a question (`status`, `test`, `rules`, `requests`, `history`) as an ephemeral
 * message: the lines, escaped, packed into sections; lines past the limits end in "and N more lines".
 * The lines come worded in the reader's language; `language` words only the builder's own parts
 * (a caller that does not pass it answers in English, as before).
 */
export function answerMessage(lines: ReadonlyArray<string>, language: Language): SlackMessage {
  if (lines.length === 0) {
    const nothing = say(language, SLACK_MESSAGES['nothing-to-show']);
    return { text: nothing, blocks: [section(nothing)] };
  }
  const escaped = lines.map(escapeMrkdwn);
  const blocks = paginate(escaped, {
    maxBlocks: MESSAGE_BLOCK_LIMIT,
    maxChars: MESSAGE_BLOCKS_TEXT_BUDGET,
    more: (count) => `_${say(language, SLACK_MESSAGES['and-more-lines'], { count })}._`,
  });
  return { text: fallbackText(cutMrkdwn(escaped[0]!, FALLBACK_CHARS)), blocks };
}
