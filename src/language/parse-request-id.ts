import type { CommandRefusal } from './command-refusal.ts';
import { refuse } from './command-refusal.ts';

/** A change request's number as typed, or the refusal that says how to write one. */
export type RequestIdParseResult = { readonly ok: true; readonly requestId: number } | CommandRefusal;

/**
 * Splits a request's number from what follows: "#12: wrong day" -> ["#12", "wrong day"].
 * "request 12" and "# 12" count as one number, as people copy them from request lists.
 */
export const REQUEST_ID_THEN_REST = /^((?:request\s*(?=[#\d]))?#?\s*[^\s:,;]+)[\s:,;]*(.*)$/i;

/**
 * Reads a request number: "12", "#12" or "request 12", as the request lists show it. `verb` is
 * the command word, so a missing number's refusal can show the command again.
 */
export function parseRequestId(text: string, verb: string): RequestIdParseResult {
  const typed = text.trim();
  if (typed === '') return refuse('request-id-missing', verb);
  const digits = /^(?:request\s*)?#?\s*(\d{1,15})$/i.exec(typed)?.[1];
  const requestId = digits === undefined ? 0 : Number(digits);
  return requestId > 0 ? { ok: true, requestId } : refuse('request-id-unreadable', typed);
}
