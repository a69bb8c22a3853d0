import { message } from '../catalogue.ts';
import { french } from '../french-typography.ts';

/** The rule that decides a call, as the scheduler's notices name it (callflow's `ResolvedRule`). */
type DecidingRule = { readonly kind: 'custom'; readonly name: string } | { readonly kind: 'business-hours' | 'after-hours' };

/** The kind of rule a switch-on notice names: a closure, a rule with dates, a weekly rule. */
type SwitchingRuleKind = 'closure' | 'dates' | 'weekly';

/** What a reminder and a switch-on notice share: where calls go, until when, and which rule decides them. */
interface SwitchValues {
  readonly name: string;
  readonly where: string;
  /** When the rule stops deciding calls; absent when another rule decides them meanwhile. */
  readonly until?: string;
  /** The rule that decides calls instead, when it is not this one. */
  readonly shadowedBy?: DecidingRule;
}

// English names the general rules by their kind: "business hours", "after hours".
const GENERAL_RULE_WORDS = {
  'business-hours': { en: 'business hours', fr: "heures d'ouverture" },
  'after-hours': { en: 'after hours', fr: 'en dehors des heures' },
} as const;

const SWITCHING_RULE_WORDS: Readonly<Record<SwitchingRuleKind, { readonly en: string; readonly fr: string }>> = {
  closure: { en: 'Closure', fr: 'La fermeture' },
  dates: { en: 'Holiday routing', fr: "L'acheminement des jours fériés" },
  weekly: { en: 'Rule', fr: 'La règle' },
};

function untilEn(until: string | undefined): string {
  return until === undefined ? '' : ` until ${until}`;
}

function untilFr(until: string | undefined): string {
  return until === undefined ? '' : ` jusqu'au ${until}`;
}

function shadowEn(rule: DecidingRule | undefined): string {
  if (rule === undefined) return '';
  return rule.kind === 'custom' ? ` (rule "${rule.name}" comes first)` : ` (the ${GENERAL_RULE_WORDS[rule.kind].en} rule still decides)`;
}

function shadowFr(rule: DecidingRule | undefined): string {
  if (rule === undefined) return '';
  const general = rule.kind === 'business-hours' ? "la règle des heures d'ouverture" : 'la règle en dehors des heures';
  return rule.kind === 'custom' ? french` (la règle « ${rule.name} » passe avant)` : ` (${general} décide encore)`;
}

const SWITCH_EXAMPLES: readonly [SwitchValues, ...SwitchValues[]] = [
  { name: 'Christmas', where: 'Main Voicemail (ext 300)', until: 'Dec 26, 00:00 EST' },
  { name: 'Christmas', where: 'the company greeting', shadowedBy: { kind: 'custom', name: 'Snow day' } },
  { name: 'Christmas', where: 'the company greeting', shadowedBy: { kind: 'business-hours' } },
];

/** The notices the scheduler posts to managers when a rule switches on or off, and the reminder before. */
export const NOTICE_MESSAGES = {
  /** An instant as a notice says it, in the company zone. */
  'notice-time': message<{ day: string; time: string; zone: string }>({
    en: ({ day, time, zone }) => `${day}, ${time} ${zone}`,
    fr: ({ day, time, zone }) => `${day} à ${time} ${zone}`,
    examples: [{ day: 'Dec 26', time: '00:00', zone: 'EST' }],
  }),
  /** When a switch happens, as seen from the day the reminder is read. */
  'notice-day': message<{ day: 'today' | 'tomorrow' | 'later'; date: string; time: string }>({
    en: ({ day, date, time }) => (day === 'today' ? `Today at ${time}` : day === 'tomorrow' ? `Tomorrow at ${time}` : `On ${date} at ${time}`),
    fr: ({ day, date, time }) => (day === 'today' ? `Aujourd'hui à ${time}` : day === 'tomorrow' ? `Demain à ${time}` : `Le ${date} à ${time}`),
    examples: [
      { day: 'today', date: 'Dec 24', time: '17:00 EST' },
      { day: 'tomorrow', date: 'Dec 25', time: '00:00 EST' },
      { day: 'later', date: 'Dec 25', time: '00:00 EST' },
    ],
  }),
  /** A day or so before a rule with dates starts. */
  reminder: message<SwitchValues & { when: string }>({
    en: ({ when, name, where, until, shadowedBy }) => `${when}, "${name}" starts: calls will go to ${where}${untilEn(until)}${shadowEn(shadowedBy)}.`,
    fr: ({ when, name, where, until, shadowedBy }) => french`${when}, « ${name} » commence : les appels iront vers ${where}${untilFr(until)}${shadowFr(shadowedBy)}.`,
    examples: [{ ...SWITCH_EXAMPLES[0], when: 'Today at 17:00 EST' }, ...SWITCH_EXAMPLES.map((values) => ({ ...values, when: 'Tomorrow at 00:00 EST' }))],
  }),
  'switch-on': message<SwitchValues & { kind: SwitchingRuleKind }>({
    en: ({ kind, name, where, until, shadowedBy }) => `${SWITCHING_RULE_WORDS[kind].en} "${name}" is now on: calls go to ${where}${untilEn(until)}${shadowEn(shadowedBy)}.`,
    fr: ({ kind, name, where, until, shadowedBy }) =>
      french`${SWITCHING_RULE_WORDS[kind].fr} « ${name} » est maintenant en vigueur : les appels vont vers ${where}${untilFr(until)}${shadowFr(shadowedBy)}.`,
    examples: [
      { name: 'Closed until Dec 26, 09:00', where: 'the company greeting', kind: 'closure' },
      { name: 'Lunch', where: 'Support Queue (ext 200)', until: 'Dec 2, 13:00 EST', kind: 'weekly' },
      ...SWITCH_EXAMPLES.map((values) => ({ ...values, kind: 'dates' as const })),
    ],
  }),
  /** `decidedBy`: the rule that decides calls once this one is off. */
  'switch-off': message<{ name: string; where: string; decidedBy: DecidingRule }>({
    en: ({ name, where, decidedBy }) => {
      const tail = decidedBy.kind === 'custom' ? ` (rule "${decidedBy.name}")` : ` again (${GENERAL_RULE_WORDS[decidedBy.kind].en})`;
      return `"${name}" is now off: calls go to ${where}${tail}.`;
    },
    fr: ({ name, where, decidedBy }) =>
      decidedBy.kind === 'custom'
        ? french`« ${name} » n'est plus en vigueur : les appels vont vers ${where} (règle « ${decidedBy.name} »).`
        : french`« ${name} » n'est plus en vigueur : les appels vont de nouveau vers ${where} (${GENERAL_RULE_WORDS[decidedBy.kind].fr}).`,
    examples: [
      { name: 'Christmas', where: 'Main Voicemail (ext 300)', decidedBy: { kind: 'after-hours' } },
      { name: 'Christmas Eve', where: 'the company greeting', decidedBy: { kind: 'business-hours' } },
      { name: 'Christmas', where: 'Support Queue (ext 200)', decidedBy: { kind: 'custom', name: 'Snow day' } },
    ],
  }),
};
