import type { types } from '@slack/bolt';
import { BUTTON_VALUE_LIMIT, HEADER_TEXT_LIMIT, MESSAGE_TEXT_LIMIT, SECTION_TEXT_LIMIT } from '../block-kit-limits.ts';

/** A Block Kit block as the builders make them. */
export type Block = types.KnownBlock;

/** A message for chat.postMessage, chat.update or respond(): blocks and the plain fallback text. */
export interface SlackMessage {
  /** The notification and screen-reader text; mrkdwn, already escaped. */
  readonly text: string;
  readonly blocks: Block[];
}

/** A section of mrkdwn (already escaped), cut to the section limit. */
export function section(mrkdwn: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: cutMrkdwn(nonBlank(mrkdwn), SECTION_TEXT_LIMIT) } };
}

/** A header in plain text, cut to the header limit. Only our own wording goes here. */
export function header(text: string): types.HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: cutMrkdwn(nonBlank(text), HEADER_TEXT_LIMIT), emoji: true } };
}

/** A context line of mrkdwn (already escaped). */
export function context(mrkdwn: string): types.ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: cutMrkdwn(nonBlank(mrkdwn), SECTION_TEXT_LIMIT) }] };
}

/** Slack refuses empty text objects; blank text (an empty status line, say) shows as "(empty)". */
function nonBlank(text: string): string {
  return text.trim() === '' ? '_(empty)_' : text;
}

export function divider(): types.DividerBlock {
  return { type: 'divider' };
}

/** A button; a value must already fit (the builder decides what to do with one that does not). */
export function button(actionId: string, label: string, value?: string, style?: 'primary' | 'danger'): types.Button {
  if (value !== undefined && value.length > BUTTON_VALUE_LIMIT) {
    throw new Error(`Button ${actionId}: a value of ${value.length} characters exceeds ${BUTTON_VALUE_LIMIT}`);
  }
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: label, emoji: true },
    ...(value === undefined ? {} : { value }),
    ...(style ? { style } : {}),
  };
}

/** An actions block of buttons. */
export function actions(elements: ReadonlyArray<types.Button>): types.ActionsBlock {
  return { type: 'actions', elements: [...elements] };
}

/** The fallback `text` of a message, cut to Slack's message text limit. */
export function fallbackText(mrkdwn: string): string {
  return cutMrkdwn(nonBlank(mrkdwn), MESSAGE_TEXT_LIMIT);
}

/**
 * Cuts escaped mrkdwn to at most `limit` characters, ending with "…". Never cuts inside an entity
 * (`&lt;`) or a `<…>` token (mention, date), so a cut never leaves half of one behind.
 */
export function cutMrkdwn(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let kept = text.slice(0, limit - 1);
  const openToken = kept.lastIndexOf('<');
  if (openToken > kept.lastIndexOf('>')) kept = kept.slice(0, openToken);
  const openEntity = kept.lastIndexOf('&');
  if (openEntity > kept.lastIndexOf(';')) kept = kept.slice(0, openEntity);
  return `${kept}…`;
}

/** How `paginate` may spend blocks and characters. */
export interface PageBudget {
  readonly maxBlocks: number;
  /** Characters across all the sections. */
  readonly maxChars: number;
  /** The last line when some lines did not fit, e.g. `n => \`…and ${n} more changes\``. */
  readonly more: (hidden: number) => string;
}

// Room kept in the last section for the "and N more" line.
const MORE_ROOM = 80;

/**
 * Packs lines of escaped mrkdwn into as few sections as it can, each within the section limit,
 * within the block and character budget; lines that do not fit are counted in a last "and N more".
 */
export function paginate(lines: ReadonlyArray<string>, budget: PageBudget): types.SectionBlock[] {
  if (budget.maxBlocks < 1 || lines.length === 0) return [];
  const perSection = SECTION_TEXT_LIMIT - MORE_ROOM;
  const totalRoom = Math.max(budget.maxChars - MORE_ROOM, 0);
  const pages: string[][] = [[]];
  const sizes = [0];
  let total = 0;
  let shown = 0;
  for (const raw of lines) {
    const line = cutMrkdwn(raw, perSection);
    let page = pages.length - 1;
    const needed = (sizes[page] === 0 ? 0 : 1) + line.length;
    if (sizes[page]! + needed > perSection) {
      if (pages.length >= budget.maxBlocks) break;
      pages.push([]);
      sizes.push(0);
      page += 1;
    }
    const cost = (sizes[page] === 0 ? 0 : 1) + line.length;
    if (total + cost > totalRoom && shown > 0) break;
    pages[page]!.push(line);
    sizes[page]! += cost;
    total += cost;
    shown += 1;
  }
  const hidden = lines.length - shown;
  if (hidden > 0) pages[pages.length - 1]!.push(budget.more(hidden));
  return pages.filter((page) => page.length > 0).map((page) => section(page.join('\n')));
}
