import { refuse, type CommandRefusal } from './command-refusal.ts';
import { RULE_NAME_MAX_LENGTH } from './propose-rule-name.ts';

/** A command's text without its rule-name clause, and the name when one was given. */
export interface RuleNameClause {
  readonly rest: string;
  readonly name: string | undefined;
}

const QUOTED = /\s+(?:named|called|as)\s+"([^"]*)"/i;
const UNQUOTED_AT_END = /\s+(?:named|called)\s+([^"]+)$/i;

/**
 * Takes the rule's own name out of a command: `named "Christmas"`, `as "Christmas"`, or an
 * unquoted `named Christmas` at the end. Refuses an empty name and one longer than RingCentral's
 * 30 characters.
 */
export function parseRuleNameClause(text: string): RuleNameClause | CommandRefusal {
  const match = QUOTED.exec(text) ?? UNQUOTED_AT_END.exec(text);
  if (!match) return { rest: text, name: undefined };
  const name = (match[1] ?? '').trim();
  if (name === '') return refuse('rule-name-empty', match[0].trim());
  if (name.length > RULE_NAME_MAX_LENGTH) return refuse('rule-name-too-long', name);
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`.replace(/\s+/g, ' ').trim();
  return { rest, name };
}
