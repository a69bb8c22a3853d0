/**
 * Block Kit limits, checked the way Slack checks them, so builders can be tested against them and
 * the fake Slack Web API can refuse what Slack would refuse. Sources: docs.slack.dev reference
 * pages, `@slack/types` JSDoc, python-slack-sdk constants (../shared/docs/slack-platform.md §4.1).
 */

/** Blocks in one message. */
export const MESSAGE_BLOCK_LIMIT = 50;
/** Blocks in a modal or on the Home tab. */
export const VIEW_BLOCK_LIMIT = 100;
/** Characters in a section's text (and in any text object). */
export const SECTION_TEXT_LIMIT = 3000;
/** Characters in a section field. */
export const SECTION_FIELD_LIMIT = 2000;
/** Fields in a section. */
export const SECTION_FIELDS_LIMIT = 10;
/** Characters in a header. */
export const HEADER_TEXT_LIMIT = 150;
/** Elements in a context block. */
export const CONTEXT_ELEMENTS_LIMIT = 10;
/** Elements in an actions block. */
export const ACTIONS_ELEMENTS_LIMIT = 25;
/** Characters of a button's label, value and url. */
export const BUTTON_TEXT_LIMIT = 75;
export const BUTTON_VALUE_LIMIT = 2000;
export const BUTTON_URL_LIMIT = 3000;
/** Characters of an action_id, block_id or callback_id. */
export const ID_LIMIT = 255;
/** Characters of an option's text and value, and options in one select or group. */
export const OPTION_TEXT_LIMIT = 75;
export const OPTION_VALUE_LIMIT = 150;
export const OPTIONS_LIMIT = 100;
/** Characters of a modal's title, submit and close labels. */
export const MODAL_TITLE_LIMIT = 24;
/** Characters of a view's private_metadata. */
export const PRIVATE_METADATA_LIMIT = 3000;
/** Characters of an input block's label and hint. */
export const INPUT_LABEL_LIMIT = 2000;
/** Characters of any element's placeholder. */
export const PLACEHOLDER_LIMIT = 150;
/** Characters of a message's top-level `text`; Slack truncates beyond this. */
export const MESSAGE_TEXT_LIMIT = 40_000;
/**
 * Not a documented limit: Slack has answered `msg_blocks_too_long` for messages whose blocks
 * held about 13,000 characters in all (bolt-js #2509). Builders keep the text of one message
 * under this budget; `findBlockKitViolation` does not enforce it.
 */
export const MESSAGE_BLOCKS_TEXT_BUDGET = 12_000;

/** What `findBlockKitViolation` reads: a message (`text`, `blocks`) or a view. */
export interface BlockKitPayload {
  text?: string;
  blocks?: ReadonlyArray<unknown>;
  title?: unknown;
  submit?: unknown;
  close?: unknown;
  private_metadata?: string;
}

/** A problem found, in Slack's words, or undefined. */
type Check = string | undefined;

/**
 * The first Block Kit limit the payload breaks, as one line in Slack's own format
 * (`[ERROR] must be less than 3001 characters [json-pointer:/blocks/3/text/text]`), or undefined
 * when it keeps them all.
 */
export function findBlockKitViolation(surface: 'message' | 'modal' | 'home', payload: BlockKitPayload): string | undefined {
  if (surface === 'message' && typeof payload.text === 'string') {
    const problem = checkLength(payload.text, MESSAGE_TEXT_LIMIT, '/text');
    if (problem) return problem;
  }
  if (surface === 'modal') {
    const problem =
      checkTextObject(payload.title, MODAL_TITLE_LIMIT, '/title', { required: true }) ??
      checkTextObject(payload.submit, MODAL_TITLE_LIMIT, '/submit') ??
      checkTextObject(payload.close, MODAL_TITLE_LIMIT, '/close');
    if (problem) return problem;
  }
  if (surface !== 'message' && typeof payload.private_metadata === 'string') {
    const problem = checkLength(payload.private_metadata, PRIVATE_METADATA_LIMIT, '/private_metadata', 0);
    if (problem) return problem;
  }
  const blocks = payload.blocks ?? [];
  const blockLimit = surface === 'message' ? MESSAGE_BLOCK_LIMIT : VIEW_BLOCK_LIMIT;
  if (blocks.length > blockLimit) return tooMany(blockLimit, '/blocks');
  for (const [index, block] of blocks.entries()) {
    const problem = checkBlock(block, `/blocks/${index}`);
    if (problem) return problem;
  }
  return undefined;
}

function checkBlock(block: unknown, at: string): Check {
  if (!isRecord(block)) return `[ERROR] must be an object [json-pointer:${at}]`;
  const id = checkId(block.block_id, `${at}/block_id`);
  if (id) return id;
  switch (block.type) {
    case 'section':
      return (
        checkTextObject(block.text, SECTION_TEXT_LIMIT, `${at}/text`, { required: block.fields === undefined }) ??
        checkFields(block.fields, `${at}/fields`) ??
        (block.accessory === undefined ? undefined : checkElement(block.accessory, `${at}/accessory`))
      );
    case 'header':
      return checkTextObject(block.text, HEADER_TEXT_LIMIT, `${at}/text`, { required: true });
    case 'context':
      return checkList(block.elements, CONTEXT_ELEMENTS_LIMIT, `${at}/elements`, (element, where) =>
        isRecord(element) && element.type !== 'image' ? checkTextObject(element, SECTION_TEXT_LIMIT, where, { required: true }) : undefined,
      );
    case 'actions':
      return checkList(block.elements, ACTIONS_ELEMENTS_LIMIT, `${at}/elements`, checkElement);
    case 'input':
      return (
        checkTextObject(block.label, INPUT_LABEL_LIMIT, `${at}/label`, { required: true }) ??
        checkTextObject(block.hint, INPUT_LABEL_LIMIT, `${at}/hint`) ??
        checkElement(block.element, `${at}/element`)
      );
    default:
      return undefined;
  }
}

function checkFields(fields: unknown, at: string): Check {
  if (fields === undefined) return undefined;
  return checkList(fields, SECTION_FIELDS_LIMIT, at, (field, where) => checkTextObject(field, SECTION_FIELD_LIMIT, where, { required: true }));
}

function checkElement(element: unknown, at: string): Check {
  if (!isRecord(element)) return `[ERROR] must be an object [json-pointer:${at}]`;
  const common = checkId(element.action_id, `${at}/action_id`) ?? checkTextObject(element.placeholder, PLACEHOLDER_LIMIT, `${at}/placeholder`);
  if (common) return common;
  if (element.type === 'button') {
    return (
      checkTextObject(element.text, BUTTON_TEXT_LIMIT, `${at}/text`, { required: true }) ??
      checkOptionalLength(element.value, BUTTON_VALUE_LIMIT, `${at}/value`) ??
      checkOptionalLength(element.url, BUTTON_URL_LIMIT, `${at}/url`)
    );
  }
  return (
    checkOptions(element.options, `${at}/options`) ??
    checkOption(element.initial_option, `${at}/initial_option`) ??
    checkList(element.option_groups, OPTIONS_LIMIT, `${at}/option_groups`, (group, where) =>
      isRecord(group)
        ? checkTextObject(group.label, OPTION_TEXT_LIMIT, `${where}/label`, { required: true }) ?? checkOptions(group.options, `${where}/options`)
        : undefined,
    )
  );
}

function checkOptions(options: unknown, at: string): Check {
  return checkList(options, OPTIONS_LIMIT, at, checkOption);
}

function checkOption(option: unknown, at: string): Check {
  if (!isRecord(option)) return undefined;
  return (
    checkTextObject(option.text, OPTION_TEXT_LIMIT, `${at}/text`, { required: true }) ??
    checkOptionalLength(option.value, OPTION_VALUE_LIMIT, `${at}/value`) ??
    checkTextObject(option.description, OPTION_TEXT_LIMIT, `${at}/description`)
  );
}

/** A list of at most `limit` items, each checked in turn; absent lists pass. */
function checkList(list: unknown, limit: number, at: string, checkItem: (item: unknown, at: string) => Check): Check {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) return `[ERROR] must be an array [json-pointer:${at}]`;
  if (list.length > limit) return tooMany(limit, at);
  for (const [index, item] of list.entries()) {
    const problem = checkItem(item, `${at}/${index}`);
    if (problem) return problem;
  }
  return undefined;
}

/** A text object (`{ type, text }`) whose text has 1 to `limit` characters; absent passes unless required. */
function checkTextObject(value: unknown, limit: number, at: string, options: { required?: boolean } = {}): Check {
  if (value === undefined) return options.required ? `[ERROR] missing required field [json-pointer:${at}]` : undefined;
  if (!isRecord(value) || typeof value.text !== 'string') return `[ERROR] must provide an object with a text string [json-pointer:${at}]`;
  return checkLength(value.text, limit, `${at}/text`);
}

function checkOptionalLength(value: unknown, limit: number, at: string): Check {
  return typeof value === 'string' ? checkLength(value, limit, at, 0) : undefined;
}

function checkId(value: unknown, at: string): Check {
  return typeof value === 'string' ? checkLength(value, ID_LIMIT, at) : undefined;
}

function checkLength(text: string, limit: number, at: string, min = 1): Check {
  if (text.length > limit) return `[ERROR] must be less than ${limit + 1} characters [json-pointer:${at}]`;
  if (text.length < min) return `[ERROR] must be more than ${min - 1} characters [json-pointer:${at}]`;
  return undefined;
}

function tooMany(limit: number, at: string): string {
  return `[ERROR] no more than ${limit} items allowed [json-pointer:${at}]`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
