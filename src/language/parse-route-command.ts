import type { CommandParser } from './command-parser.ts';
import { refuse } from './command-refusal.ts';
import { findTargetPrefix } from './find-target-prefix.ts';
import { parseCallConditions } from './parse-call-conditions.ts';
import { parseRuleNameClause } from './parse-rule-name-clause.ts';
import { parseWhen } from './parse-when.ts';
import { proposeRuleName } from './propose-rule-name.ts';

const VERB = /^(?:route|send|forward|direct)(?:\s+(?:all\s+)?(?:incoming\s+)?calls)?(?=\s|$)/i;
const AFTER_HOURS = String.raw`(?:after[\s-]hours|outside(?:\s+of)?\s+(?:business\s+)?hours)`;
const BUSINESS_HOURS = String.raw`(?:(?:during|in)\s+business\s+hours)`;
const RULE_BEFORE_TO = new RegExp(String.raw`^(${AFTER_HOURS}|${BUSINESS_HOURS})\s+`, 'i');
const RULE_AT_END = new RegExp(String.raw`\s+(${AFTER_HOURS}|${BUSINESS_HOURS})$`, 'i');

/**
 * `route to <target> [after hours]`, `route after hours to <target>`, and
 * `route to <target> [<when>] [when <number> calls] [for calls to <number>] [named "<name>"]`
 * (a custom rule). Synonyms: "send", "forward", "send calls", "route calls".
 *
 * @example parseRouteCommand('route to voicemail on Dec 25', context)
 *   // { ok: true, intent: { kind: 'add-rule', proposedName: 'Dec 25, 2026', schedule: { kind: 'dates', … }, … } }
 */
export const parseRouteCommand: CommandParser = (text, context, language) => {
  const verb = VERB.exec(text);
  if (!verb) return null;
  let body = text.slice(verb[0].length).trim();
  let rule: 'business-hours' | 'after-hours' | undefined;
  const ruleFirst = RULE_BEFORE_TO.exec(body);
  if (ruleFirst) {
    rule = /^after|^outside/i.test(ruleFirst[1] ?? '') ? 'after-hours' : 'business-hours';
    body = body.slice(ruleFirst[0].length);
  }
  body = body.replace(/^to(?:\s+|$)/i, '');

  const named = parseRuleNameClause(body);
  if ('ok' in named) return named;
  const conditions = parseCallConditions(named.rest);
  if ('ok' in conditions) return conditions;
  let targetAndWhen = conditions.rest;
  const ruleLast = RULE_AT_END.exec(targetAndWhen);
  if (ruleLast && rule === undefined) {
    rule = /^after|^outside/i.test(ruleLast[1] ?? '') ? 'after-hours' : 'business-hours';
    targetAndWhen = targetAndWhen.slice(0, ruleLast.index);
  }

  const found = findTargetPrefix(targetAndWhen, context, { allowUsers: true });
  if ('ok' in found) return found;
  const hasConditions = conditions.callers.length > 0 || conditions.calledNumbers.length > 0;
  if (rule !== undefined || (found.rest === '' && !hasConditions)) {
    // The two default rules take a destination only: no dates, callers or name.
    const callers = conditions.callers.length === 0 ? '' : `when ${conditions.callers.join(' or ')} calls`;
    const called = conditions.calledNumbers.length === 0 ? '' : `for calls to ${conditions.calledNumbers.join(', ')}`;
    const extra = [found.rest, callers, called, named.name === undefined ? '' : `named "${named.name}"`];
    const leftover = extra.filter((part) => part !== '').join(' ');
    if (leftover !== '') return refuse('leftover-words', leftover);
    return { ok: true, intent: { kind: 'route', rule: rule ?? 'business-hours', target: found.target } };
  }

  const when = parseWhen(found.rest, context);
  if (!when.ok) return when;
  const proposedName = proposeRuleName({ when: when.when, ...conditions }, context, language);
  return {
    ok: true,
    intent: {
      kind: 'add-rule',
      proposedName,
      ...(named.name === undefined ? {} : { name: named.name }),
      schedule: when.when,
      callers: conditions.callers,
      calledNumbers: conditions.calledNumbers,
      target: found.target,
    },
  };
};
