import type { CallHandlingPart } from './call-handling-parts.ts';
import type { CallHandling } from './model.ts';

/** A part in words, naming the rule, menu or queue as `handling` (or, for one that is gone, `fallback`) calls it. */
export function describeCallHandlingPart(part: CallHandlingPart, handling: CallHandling, fallback?: CallHandling): string {
  switch (part) {
    case 'time-zone':
      return 'the company time zone';
    case 'business-hours':
      return 'business hours';
    case 'business-hours-destination':
      return 'where calls go during business hours';
    case 'after-hours-destination':
      return 'where calls go after hours';
    case 'rule-order':
      return 'the custom rules (one was added or their order changed)';
  }
  const [kind, id] = splitPart(part);
  const name = (list: (h: CallHandling) => ReadonlyArray<{ id: string; name: string }>): string =>
    [handling, fallback].flatMap((h) => (h ? list(h) : [])).find((item) => item.id === id)?.name ?? id;
  if (kind === 'rule') return `rule "${name((h) => h.customRules)}"`;
  if (kind === 'ivr-menu') return `IVR menu "${name((h) => h.ivrMenus)}"`;
  return `call queue "${name((h) => h.callQueues)}"`;
}

function splitPart(part: string): [string, string] {
  const colon = part.indexOf(':');
  return [part.slice(0, colon), part.slice(colon + 1)];
}
