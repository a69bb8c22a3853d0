import { refuse, type CommandRefusal } from './command-refusal.ts';
import { parsePhoneNumber, PHONE_PATTERN } from './parse-phone-number.ts';

/** A route command's text without its caller clauses, and the numbers they named. */
export interface CallConditions {
  readonly rest: string;
  readonly callers: ReadonlyArray<string>;
  readonly calledNumbers: ReadonlyArray<string>;
}

const CALLER_CLAUSE = /\s*\b(?:when|if)\s+(.+?)\s+calls\b/i;
const CALLER_FROM_CLAUSE = new RegExp(String.raw`\s*\bfor\s+calls\s+from\s+(${PHONE_PATTERN}(?:\s*(?:,|or)\s*${PHONE_PATTERN})*)`, 'i');
const CALLED_CLAUSE = new RegExp(String.raw`\s*\b(?:for|on)\s+calls\s+to\s+(${PHONE_PATTERN})`, 'i');
const CALLED_WORDS = /\s*\b(?:for|on)\s+calls\s+(?:to|from)\s+(\S+)/i;

/**
 * Takes the caller-ID and called-number clauses out of a route command: "when +1 415 calls",
 * "if 4155550100 or 6505550100 calls", "for calls from +1 415", "for calls to +1 650 555 0100".
 * A caller number may be partial (it matches by prefix). Refuses a clause whose number is not
 * a phone number ("when Bob calls").
 */
export function parseCallConditions(text: string): CallConditions | CommandRefusal {
  let rest = text;
  const callers: string[] = [];
  const calledNumbers: string[] = [];
  for (const [pattern, into] of [
    [CALLER_CLAUSE, callers],
    [CALLER_FROM_CLAUSE, callers],
    [CALLED_CLAUSE, calledNumbers],
  ] as const) {
    for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
      for (const part of (match[1] ?? '').split(/\s*(?:,|\bor\b)\s*/)) {
        const number = parsePhoneNumber(part);
        if (number === null) return refuse('phone-number-unreadable', part.trim() || match[0].trim());
        if (!into.includes(number)) into.push(number);
      }
      rest = `${rest.slice(0, match.index)} ${rest.slice(match.index + match[0].length)}`;
    }
  }
  const unread = CALLED_WORDS.exec(rest);
  if (unread) return refuse('phone-number-unreadable', unread[1] ?? '');
  return { rest: rest.replace(/\s+/g, ' ').trim(), callers, calledNumbers };
}
