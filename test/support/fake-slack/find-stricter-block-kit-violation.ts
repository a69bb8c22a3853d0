/**
 * The fake's own Block Kit checker, run after the app's `findBlockKitViolation`
 * (src/slack/block-kit-limits.ts) as an independent second opinion: the same limits
 * (docs/slack-platform.md §4.1) plus what that one leaves out — plain_text where Slack allows
 * nothing else, `submit` required beside input blocks, duplicate block_id/action_id, overflow,
 * checkbox and radio counts, confirm dialogs, unknown block types. A bug in the app's checker then
 * cannot hide the same bug in a builder. Test-only.
 */

/** Where a payload is shown: limits differ between messages, modals and the Home tab. */
export type BlockKitSurface = 'message' | 'modal' | 'home';

/** The parts of a message or view the limits apply to. */
export interface BlockKitPayload {
  readonly text?: string;
  readonly blocks?: ReadonlyArray<unknown>;
  readonly title?: unknown;
  readonly submit?: unknown;
  readonly close?: unknown;
  readonly private_metadata?: string;
}

type Json = Record<string, unknown>;
type Check = (value: unknown, at: string) => string | undefined;

const MAX_BLOCKS: Record<BlockKitSurface, number> = { message: 50, modal: 100, home: 100 };
const MESSAGE_TEXT_MAX = 40_000;

/** The first limit the payload breaks, as Slack would describe it (without the `[ERROR]` prefix), or undefined. */
export function findStricterBlockKitViolation(surface: BlockKitSurface, payload: BlockKitPayload): string | undefined {
  const root = surface === 'message' ? '' : '/view';
  if (surface === 'message' && payload.text !== undefined && payload.text.length > MESSAGE_TEXT_MAX) {
    return `must be at most ${MESSAGE_TEXT_MAX} characters [json-pointer:/text]`;
  }
  if (surface === 'modal') {
    const problem =
      plainText(1, 24)(payload.title, `${root}/title`) ??
      optional(plainText(1, 24))(payload.submit, `${root}/submit`) ??
      optional(plainText(1, 24))(payload.close, `${root}/close`);
    if (problem) return problem;
    const hasInput = (payload.blocks ?? []).some((block) => isObject(block) && block.type === 'input');
    if (hasInput && payload.submit === undefined) return `submit is required when a view has input blocks [json-pointer:${root}/submit]`;
  }
  if (payload.private_metadata !== undefined && payload.private_metadata.length > 3000) {
    return `must be at most 3000 characters [json-pointer:${root}/private_metadata]`;
  }
  const blocks = payload.blocks;
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return `must be an array [json-pointer:${root}/blocks]`;
  if (blocks.length > MAX_BLOCKS[surface]) {
    return `no more than ${MAX_BLOCKS[surface]} items allowed [json-pointer:${root}/blocks]`;
  }
  const blockIds = new Set<string>();
  for (const [index, block] of blocks.entries()) {
    const at = `${root}/blocks/${index}`;
    if (!isObject(block)) return `must be an object [json-pointer:${at}]`;
    if (typeof block.block_id === 'string') {
      if (block.block_id.length > 255) return `must be at most 255 characters [json-pointer:${at}/block_id]`;
      if (blockIds.has(block.block_id)) return `duplicate block_id ${block.block_id} [json-pointer:${at}/block_id]`;
      blockIds.add(block.block_id);
    }
    const problem = checkBlock(block, at);
    if (problem) return problem;
  }
  return undefined;
}

function checkBlock(block: Json, at: string): string | undefined {
  switch (block.type) {
    case 'section':
      if (block.text === undefined && block.fields === undefined) return `must provide text or fields [json-pointer:${at}]`;
      return (
        optional(textObject(1, 3000))(block.text, `${at}/text`) ??
        optional(list(10, textObject(1, 2000)))(block.fields, `${at}/fields`) ??
        optional(element)(block.accessory, `${at}/accessory`)
      );
    case 'header':
      return plainText(1, 150)(block.text, `${at}/text`);
    case 'divider':
      return undefined;
    case 'context':
      return list(10, (item, where) => (isObject(item) && item.type === 'image' ? element(item, where) : textObject(1, 3000)(item, where)))(
        block.elements,
        `${at}/elements`,
      );
    case 'actions':
      return list(25, element)(block.elements, `${at}/elements`) ?? uniqueActionIds(block.elements, `${at}/elements`);
    case 'input':
      return (
        plainText(1, 2000)(block.label, `${at}/label`) ??
        optional(plainText(1, 2000))(block.hint, `${at}/hint`) ??
        element(block.element, `${at}/element`)
      );
    case 'image':
      return string(1, 2000)(block.alt_text, `${at}/alt_text`) ?? optional(plainText(1, 2000))(block.title, `${at}/title`);
    case 'markdown':
      return string(1, 12_000)(block.text, `${at}/text`);
    case 'rich_text':
    case 'table':
    case 'video':
    case 'file':
    case 'context_actions':
      return undefined;
    default:
      return `unsupported type: ${String(block.type)} [json-pointer:${at}/type]`;
  }
}

const OPTION: Check = (option, at) => {
  if (!isObject(option)) return `must be an object [json-pointer:${at}]`;
  return (
    textObject(1, 75)(option.text, `${at}/text`) ??
    string(1, 150)(option.value, `${at}/value`) ??
    optional(plainText(1, 75))(option.description, `${at}/description`)
  );
};

const CONFIRM: Check = (confirm, at) => {
  if (!isObject(confirm)) return `must be an object [json-pointer:${at}]`;
  return (
    plainText(1, 100)(confirm.title, `${at}/title`) ??
    textObject(1, 300)(confirm.text, `${at}/text`) ??
    plainText(1, 30)(confirm.confirm, `${at}/confirm`) ??
    plainText(1, 30)(confirm.deny, `${at}/deny`)
  );
};

function element(value: unknown, at: string): string | undefined {
  if (!isObject(value)) return `must be an object [json-pointer:${at}]`;
  const common =
    optional(string(1, 255))(value.action_id, `${at}/action_id`) ??
    optional(plainText(1, 150))(value.placeholder, `${at}/placeholder`) ??
    optional(CONFIRM)(value.confirm, `${at}/confirm`);
  if (common) return common;
  switch (value.type) {
    case 'button':
      if (value.style !== undefined && value.style !== 'primary' && value.style !== 'danger') {
        return `must be one of primary, danger [json-pointer:${at}/style]`;
      }
      return (
        plainText(1, 75)(value.text, `${at}/text`) ??
        optional(string(1, 2000))(value.value, `${at}/value`) ??
        optional(string(1, 3000))(value.url, `${at}/url`) ??
        optional(string(1, 75))(value.accessibility_label, `${at}/accessibility_label`)
      );
    case 'static_select':
    case 'multi_static_select':
      if (value.options === undefined && value.option_groups === undefined) return `must provide options or option_groups [json-pointer:${at}]`;
      return (
        optional(list(100, OPTION))(value.options, `${at}/options`) ??
        optional(
          list(100, (group, where) =>
            isObject(group) ? plainText(1, 75)(group.label, `${where}/label`) ?? list(100, OPTION)(group.options, `${where}/options`) : `must be an object [json-pointer:${where}]`,
          ),
        )(value.option_groups, `${at}/option_groups`) ??
        optional(OPTION)(value.initial_option, `${at}/initial_option`)
      );
    case 'external_select':
    case 'multi_external_select':
      return optional(OPTION)(value.initial_option, `${at}/initial_option`);
    case 'overflow':
      return list(5, OPTION, 1)(value.options, `${at}/options`);
    case 'checkboxes':
    case 'radio_buttons':
      return list(10, OPTION)(value.options, `${at}/options`);
    case 'plain_text_input':
      return (
        optional(integer(0, 3000))(value.min_length, `${at}/min_length`) ??
        optional(integer(1, 3000))(value.max_length, `${at}/max_length`) ??
        optional(string(0, 3000))(value.initial_value, `${at}/initial_value`)
      );
    case 'image':
      return string(1, 2000)(value.alt_text, `${at}/alt_text`);
    default:
      return undefined;
  }
}

function uniqueActionIds(elements: unknown, at: string): string | undefined {
  const seen = new Set<string>();
  for (const [index, item] of (elements as ReadonlyArray<Json>).entries()) {
    if (typeof item.action_id !== 'string') continue;
    if (seen.has(item.action_id)) return `duplicate action_id ${item.action_id} [json-pointer:${at}/${index}/action_id]`;
    seen.add(item.action_id);
  }
  return undefined;
}

function textObject(min: number, max: number, only?: 'plain_text'): Check {
  return (value, at) => {
    if (!isObject(value)) return `must be a text object [json-pointer:${at}]`;
    if (only && value.type !== only) return `must be a ${only} text object [json-pointer:${at}/type]`;
    if (value.type !== 'plain_text' && value.type !== 'mrkdwn') return `must be one of plain_text, mrkdwn [json-pointer:${at}/type]`;
    return string(min, max)(value.text, `${at}/text`);
  };
}

function plainText(min: number, max: number): Check {
  return textObject(min, max, 'plain_text');
}

function string(min: number, max: number): Check {
  return (value, at) => {
    if (typeof value !== 'string') return `must be a string [json-pointer:${at}]`;
    if (value.length < min) return `must be at least ${min} characters [json-pointer:${at}]`;
    if (value.length > max) return `must be at most ${max} characters [json-pointer:${at}]`;
    return undefined;
  };
}

function integer(min: number, max: number): Check {
  return (value, at) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? undefined
      : `must be an integer from ${min} to ${max} [json-pointer:${at}]`;
}

function list(max: number, item: Check, min = 0): Check {
  return (value, at) => {
    if (!Array.isArray(value)) return `must be an array [json-pointer:${at}]`;
    if (value.length < min) return `must provide at least ${min} items [json-pointer:${at}]`;
    if (value.length > max) return `no more than ${max} items allowed [json-pointer:${at}]`;
    for (const [index, entry] of value.entries()) {
      const problem = item(entry, `${at}/${index}`);
      if (problem) return problem;
    }
    return undefined;
  };
}

function optional(check: Check): Check {
  return (value, at) => (value === undefined ? undefined : check(value, at));
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
