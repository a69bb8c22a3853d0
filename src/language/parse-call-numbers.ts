import { refuse, type CommandRefusal } from './command-refusal.ts';
import { parsePhoneNumber, PHONE_PATTERN } from './parse-phone-number.ts';

const CALL_NUMBER = new RegExp(String.raw`(?:^|\s+)(from|to)\s+(${PHONE_PATTERN})\s*$`, 'i');

/** The caller (`from`) and company number (`to`) of a call, as digits with an optional leading +. */
export interface CallNumbers {
  readonly from?: string;
  readonly to?: string;
}

/**
 * Takes the trailing `from <number>` and `to <number>` clauses (either order) off a command's text,
 * shared by `test` and `week`; `rest` is what precedes them.
 *
 * @example parseCallNumbers('Dec 24 10am from +1 415 555 0100') // { ok: true, rest: 'Dec 24 10am', numbers: { from: '+14155550100' } }
 */
export function parseCallNumbers(text: string): { readonly ok: true; readonly rest: string; readonly numbers: CallNumbers } | CommandRefusal {
  let rest = text;
  const numbers: { from?: string; to?: string } = {};
  for (let match = CALL_NUMBER.exec(rest); match; match = CALL_NUMBER.exec(rest)) {
    const direction = match[1]?.toLowerCase() === 'from' ? 'from' : 'to';
    const number = parsePhoneNumber(match[2] ?? '');
    if (number === null || numbers[direction] !== undefined) return refuse('phone-number-unreadable', (match[2] ?? '').trim());
    numbers[direction] = number;
    rest = rest.slice(0, match.index);
  }
  return { ok: true, rest: rest.trim(), numbers };
}
