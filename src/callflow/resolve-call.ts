import { CALL_HANDLING_MESSAGES as WORDS, say, type Language } from '../i18n/index.ts';
import { describeDestination } from './describe-destination.ts';
import { isInWeeklySchedule } from './is-in-weekly-schedule.ts';
import { isRuleMatch, type IncomingCall } from './is-rule-match.ts';
import type { CallHandling, Destination } from './model.ts';
import { findDecidingRule, isAlwaysOpen, resolveAfterHoursDestination } from './ringcentral-behaviour.ts';

/** The answering rule that decided a call. */
export type ResolvedRule =
  | { readonly kind: 'custom'; readonly id: string; readonly name: string }
  | { readonly kind: 'business-hours' }
  | { readonly kind: 'after-hours' };

/** Where a call goes, which rule sent it there, and a sentence saying so. */
export interface CallResolution {
  readonly rule: ResolvedRule;
  readonly destination: Destination;
  /** E.g. `Custom rule "Christmas" sends the call to Main Voicemail (ext 300)`. */
  readonly summary: string;
}

/**
 * Where RingCentral sends a call to the company: the first enabled custom rule whose conditions
 * all match, else the business-hours or after-hours rule by the company's hours.
 *
 * @example
 * resolveCall(handling, { at: DateTime.fromISO('2026-12-25T10:00', { zone: 'US/Eastern' }), from: '+14155550100' })
 * // { rule: { kind: 'custom', id: '7', name: 'Christmas' }, destination: …,
 * //   summary: 'Custom rule "Christmas" sends the call to Main Voicemail (ext 300)' }
 */
export function resolveCall(handling: CallHandling, call: IncomingCall): CallResolution {
  // Custom rules come before the default rules, in list (creation) order; the first full match wins.
  const rule = findDecidingRule(handling.customRules, (candidate) => isRuleMatch(candidate, handling, call));
  if (rule !== undefined) return resolution(handling, { kind: 'custom', id: rule.id, name: rule.name }, rule.destination);
  const afterHours = resolveAfterHoursDestination(handling);
  if (afterHours !== undefined && !isInWeeklySchedule(handling.businessHours, call.at, handling.timeZone)) {
    return resolution(handling, { kind: 'after-hours' }, afterHours);
  }
  return resolution(handling, { kind: 'business-hours' }, handling.businessHoursDestination);
}

function resolution(handling: CallHandling, rule: ResolvedRule, destination: Destination): CallResolution {
  return { rule, destination, summary: describeCallResolution(handling, { rule, destination }) };
}

/**
 * Which rule sends a call where, as a sentence without its full stop: the resolution's `summary`
 * in English, `La règle personnalisée « Christmas » envoie l'appel vers Main Voicemail (poste 300)`
 * in French.
 */
export function describeCallResolution(handling: CallHandling, resolved: Pick<CallResolution, 'rule' | 'destination'>, language: Language = 'en'): string {
  return say(language, WORDS['call-resolution'], {
    rule: describeResolvedRule(handling, resolved.rule, language),
    destination: describeDestination(handling, resolved.destination, language),
  });
}

/**
 * The rule that decided a call, as `test` names it: `Custom rule "Christmas"`, `The after-hours
 * rule`, `The business-hours rule (open 24/7)`. One wording for `test` and the week's legend.
 */
export function describeResolvedRule(handling: Pick<CallHandling, 'businessHours'>, rule: ResolvedRule, language: Language = 'en'): string {
  switch (rule.kind) {
    case 'custom':
      return say(language, WORDS['resolved-custom-rule'], { name: rule.name });
    case 'after-hours':
      return say(language, WORDS['resolved-after-hours-rule']);
    case 'business-hours':
      return say(language, WORDS['resolved-business-hours-rule'], { openAllWeek: isAlwaysOpen(handling.businessHours) });
  }
}
