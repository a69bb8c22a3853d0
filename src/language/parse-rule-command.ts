import type { CommandContext } from './command-context.ts';
import type { CommandParser, CommandReading } from './command-parser.ts';
import { refuse } from './command-refusal.ts';
import { foldText } from './fold-text.ts';
import { suggestCandidates } from './suggest-candidates.ts';

type RuleChange = 'enable' | 'disable' | 'delete';

const CHANGE_WORDS: Readonly<Record<string, RuleChange>> = {
  on: 'enable',
  enable: 'enable',
  off: 'disable',
  disable: 'disable',
  delete: 'delete',
  remove: 'delete',
};
const RULE_THEN_CHANGE = /^rule\s+(.+?)\s+(on|off|enable|disable|delete|remove)$/i;
const CHANGE_THEN_RULE = /^(enable|disable|delete|remove|turn\s+on|turn\s+off)\s+(?:the\s+)?rule\s+(.+)$/i;
const RULE_ONLY = /^rule(?:\s+(.*))?$/i;
// When nothing looks like the name typed, the whole list helps as long as it is short.
const LIST_ALL_UP_TO = 10;

/**
 * `rule <name> off|on|delete` (also "disable rule <name>", "delete rule <name>"): switch a custom
 * rule off or on, or delete it. The name may be quoted; it is matched without regard to case or
 * accents, and a rule id works too.
 *
 * @example parseRuleCommand('rule "Dec 25, 2026" off', context) // { kind: 'change-rule', ruleId: 'r1', ruleName: 'Dec 25, 2026', change: 'disable' }
 */
export const parseRuleCommand: CommandParser = (text, context) => {
  const after = RULE_THEN_CHANGE.exec(text);
  if (after) return changeRule(after[1] ?? '', CHANGE_WORDS[(after[2] ?? '').toLowerCase()] ?? 'disable', context);
  const before = CHANGE_THEN_RULE.exec(text);
  if (before) {
    const word = (before[1] ?? '').toLowerCase().replace(/^turn\s+/, '');
    return changeRule(before[2] ?? '', CHANGE_WORDS[word] ?? 'disable', context);
  }
  const only = RULE_ONLY.exec(text);
  return only ? refuse('rule-action-missing', unquote(only[1] ?? '')) : null;
};

function changeRule(nameText: string, change: RuleChange, context: CommandContext): CommandReading {
  const name = unquote(nameText);
  const typed = foldText(name);
  const matches = context.customRules.filter((rule) => foldText(rule.name) === typed || rule.id === name);
  const [rule] = matches;
  if (rule === undefined) {
    const near = suggestCandidates(name, context.customRules, (candidate) => candidate.name);
    const shown = near.length > 0 || context.customRules.length > LIST_ALL_UP_TO ? near : context.customRules;
    return refuse('rule-unknown', name, [...new Set(shown.map((candidate) => candidate.name))]);
  }
  if (matches.length > 1) return refuse('rule-ambiguous', name, matches.map((candidate) => `${candidate.name} (id ${candidate.id})`));
  return { ok: true, intent: { kind: 'change-rule', ruleId: rule.id, ruleName: rule.name, change } };
}

function unquote(text: string): string {
  return text.trim().replace(/^"(.*)"$/, '$1').trim();
}
