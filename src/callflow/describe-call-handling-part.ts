import { CHANGE_MESSAGES as WORDS, say, type Language } from '../i18n/index.ts';
import type { CallHandlingPart } from './call-handling-parts.ts';
import type { CallHandling } from './model.ts';

/**
 * A part in words, naming the rule, menu or queue as `handling` (or, for one that is gone,
 * `fallback`) calls it: `rule "VIP callers"`, `business hours`; in French `la règle « VIP callers »`,
 * `les heures d'ouverture`.
 */
export function describeCallHandlingPart(part: CallHandlingPart, handling: CallHandling, fallback?: CallHandling, language: Language = 'en'): string {
  switch (part) {
    case 'time-zone':
      return say(language, WORDS['part-time-zone']);
    case 'business-hours':
      return say(language, WORDS['part-business-hours']);
    case 'business-hours-destination':
      return say(language, WORDS['part-business-hours-destination']);
    case 'after-hours-destination':
      return say(language, WORDS['part-after-hours-destination']);
    case 'rule-order':
      return say(language, WORDS['part-rule-order']);
  }
  const [kind, id] = splitPart(part);
  const name = (list: (h: CallHandling) => ReadonlyArray<{ id: string; name: string }>): string =>
    [handling, fallback].flatMap((h) => (h ? list(h) : [])).find((item) => item.id === id)?.name ?? id;
  if (kind === 'rule') return say(language, WORDS['part-rule'], { name: name((h) => h.customRules) });
  if (kind === 'ivr-menu') return say(language, WORDS['part-ivr-menu'], { name: name((h) => h.ivrMenus) });
  return say(language, WORDS['part-call-queue'], { name: name((h) => h.callQueues) });
}

function splitPart(part: string): [string, string] {
  const colon = part.indexOf(':');
  return [part.slice(0, colon), part.slice(colon + 1)];
}
