import { HELP_MESSAGES, say, type Language } from '../../i18n/index.ts';
import type { CommandReferenceEntry, IntentKind } from '../../language/index.ts';
import { QUESTION_INTENT_KINDS } from '../../language/index.ts';
import { MESSAGE_BLOCKS_TEXT_BUDGET } from '../block-kit-limits.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';
import { context, fallbackText, header, paginate, type Block, type SlackMessage } from './block-parts.ts';

/** Who may use a command form. */
type Audience = 'reader' | 'approver' | 'requester';

const QUESTIONS: ReadonlySet<IntentKind> = new Set(QUESTION_INTENT_KINDS);
const DECISIONS: ReadonlySet<IntentKind> = new Set(['approve', 'reject']);

/** Deny by default: a kind that is neither a question nor a decision is for requesters. */
function audienceOf(kind: IntentKind): Audience {
  if (QUESTIONS.has(kind)) return 'reader';
  if (DECISIONS.has(kind)) return 'approver';
  return 'requester';
}

const GROUP_BLOCKS = 10;
const GROUP_RESERVE = 1500;

const GROUP_TITLES = {
  reader: HELP_MESSAGES['slack-help-ask'],
  requester: HELP_MESSAGES['slack-help-change'],
  approver: HELP_MESSAGES['slack-help-decide'],
} as const;

/**
 * `/ivr` and `/ivr help`: the command forms from the command reference that this user may use;
 * questions for everyone who may read, changes only for requesters, approve and reject only for approvers.
 */
export function helpMessage(entries: ReadonlyArray<CommandReferenceEntry>, canRequest: boolean, canApprove: boolean, language: Language = 'en', command = '/ivr'): SlackMessage {
  const audiences: Audience[] = ['reader', ...(canRequest ? (['requester'] as const) : []), ...(canApprove ? (['approver'] as const) : [])];
  const slash = escapeMrkdwn(command);
  const blocks: Block[] = [header(say(language, HELP_MESSAGES['slack-help-title']))];
  const exampleLabel = say(language, HELP_MESSAGES['slack-help-example-label']);
  let room = MESSAGE_BLOCKS_TEXT_BUDGET;
  for (const [index, audience] of audiences.entries()) {
    const lines = entries
      .filter((entry) => audienceOf(entry.intent) === audience)
      .map((entry) => `\`${slash} ${escapeMrkdwn(entry.syntax)}\`\n${escapeMrkdwn(entry.description)} ${exampleLabel} \`${slash} ${escapeMrkdwn(entry.example)}\``);
    if (lines.length === 0) continue;
    // Each group may spend what is left, less a share kept for the groups after it.
    const maxChars = room - GROUP_RESERVE * (audiences.length - index - 1);
    const sections = paginate([say(language, GROUP_TITLES[audience]), ...lines], { maxBlocks: GROUP_BLOCKS, maxChars, more: (hidden) => say(language, HELP_MESSAGES['slack-help-more'], { hidden }) });
    room -= sections.reduce((sum, block) => sum + (block.text?.text.length ?? 0), 0);
    blocks.push(...sections);
  }
  blocks.push(
    context(
      canRequest ? say(language, HELP_MESSAGES['slack-help-requester-footer'], { slash }) : say(language, HELP_MESSAGES['slack-help-reader-footer']),
    ),
  );
  return { text: fallbackText(say(language, HELP_MESSAGES['slack-help-fallback'], { slash })), blocks };
}
