/**
 * Refuses messages and views the way Slack refuses them: `msg_too_long`, `no_text`,
 * `invalid_blocks` for messages, `view_too_large` and `invalid_arguments` for views, with
 * Slack's `[ERROR] … [json-pointer:…]` lines in `response_metadata.messages`.
 */
import { findBlockKitViolation } from '../../../src/slack/block-kit-limits.ts';
import { findStricterBlockKitViolation, type BlockKitPayload, type BlockKitSurface } from './find-stricter-block-kit-violation.ts';

/** The refusal a Block Kit check produces: the same `{ ok: false, error }` body the Web API sends. */
export type BlockKitRefusal = { readonly ok: false; readonly error: string; readonly response_metadata?: { readonly messages: ReadonlyArray<string> } };

const MESSAGE_TEXT_LIMIT = 40_000;
const VIEW_BYTES_LIMIT = 250_000;

/** Slack's refusal of a chat.* message (or response_url body), or undefined when Slack would take it. */
export function checkMessage(args: Readonly<Record<string, unknown>>): BlockKitRefusal | undefined {
  const text = typeof args.text === 'string' ? args.text : undefined;
  const blocks = args.blocks;
  const hasBlocks = Array.isArray(blocks) && blocks.length > 0;
  if (!text && !hasBlocks && args.attachments === undefined) return { ok: false, error: 'no_text' };
  if (text !== undefined && text.length > MESSAGE_TEXT_LIMIT) return { ok: false, error: 'msg_too_long' };
  if (blocks !== undefined && !Array.isArray(blocks)) return refusal('invalid_blocks_format', 'must be an array [json-pointer:/blocks]');
  const violation = findViolation('message', { ...(text !== undefined ? { text } : {}), ...(blocks ? { blocks: blocks as unknown[] } : {}) });
  return violation ? refusal('invalid_blocks', violation) : undefined;
}

/** Slack's refusal of a views.* `view` argument, or undefined when Slack would take it. */
export function checkView(raw: unknown, surface: 'home' | undefined): BlockKitRefusal | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refusal('invalid_arguments', 'missing required field: view');
  if (JSON.stringify(raw).length > VIEW_BYTES_LIMIT) return { ok: false, error: 'view_too_large' };
  const view = raw as Record<string, unknown>;
  const type = surface ?? (view.type === 'home' ? 'home' : 'modal');
  if (view.type !== type) return refusal('invalid_arguments', `must be ${type} [json-pointer:/view/type]`);
  if (typeof view.callback_id === 'string' && view.callback_id.length > 255) {
    return refusal('invalid_arguments', 'must be less than 256 characters [json-pointer:/view/callback_id]');
  }
  const payload: BlockKitPayload = {
    blocks: Array.isArray(view.blocks) ? view.blocks : [],
    title: view.title,
    submit: view.submit,
    close: view.close,
    ...(typeof view.private_metadata === 'string' ? { private_metadata: view.private_metadata } : {}),
  };
  const violation = findViolation(type, payload);
  return violation ? refusal('invalid_arguments', violation) : undefined;
}

/** The app's checker first (its wording), then the fake's stricter one. */
function findViolation(surface: BlockKitSurface, payload: BlockKitPayload): string | undefined {
  return findBlockKitViolation(surface, payload) ?? findStricterBlockKitViolation(surface, payload);
}

function refusal(error: string, message: string): BlockKitRefusal {
  return { ok: false, error, response_metadata: { messages: [message.startsWith('[ERROR]') ? message : `[ERROR] ${message}`] } };
}
