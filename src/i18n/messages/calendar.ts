import { message } from '../catalogue.ts';
import { french } from '../french-typography.ts';

/** The kind of rule an event comes from, shown as the event's calendar category. */
type EventCategory = 'Closure' | 'Date rule' | 'Weekly rule';

const CATEGORY_WORDS: Readonly<Record<EventCategory, { readonly en: string; readonly fr: string }>> = {
  Closure: { en: 'Closure', fr: 'Fermeture' },
  'Date rule': { en: 'Date rule', fr: 'Règle de dates' },
  'Weekly rule': { en: 'Weekly rule', fr: 'Règle hebdomadaire' },
};

/** The words of the calendar feed (iCalendar) of the custom rules, and of `switchboard calendar`. */
export const CALENDAR_MESSAGES = {
  'calendar-usage': message({
    en: () => 'Usage: switchboard calendar [--now TIME]',
    fr: () => french`Utilisation : switchboard calendar [--now MOMENT]`,
  }),
  /** The calendar's name in calendar apps. */
  'feed-title': message<{ number: string }>({
    en: ({ number }) => `Where calls to ${number} go`,
    fr: ({ number }) => `Où vont les appels au ${number}`,
    examples: [{ number: '+16505550100' }],
  }),
  /** `from`: the day the feed starts, in words. */
  'feed-description': message<{ number: string; from: string; months: number; zone: string }>({
    en: ({ number, from, months, zone }) =>
      `Holidays, closures and other custom rules of the call handling of ${number}, from ${from} for ${months} months, in ${zone}.`,
    fr: ({ number, from, months, zone }) =>
      `Jours fériés, fermetures et autres règles personnalisées de l'acheminement des appels du ${number}, à partir du ${from}, sur ${months} mois, selon le fuseau ${zone}.`,
    examples: [{ number: '+16505550100', from: 'Dec 1, 2026', months: 12, zone: 'US/Eastern' }],
  }),
  category: message<{ category: EventCategory }>({
    en: ({ category }) => CATEGORY_WORDS[category].en,
    fr: ({ category }) => CATEGORY_WORDS[category].fr,
    examples: [{ category: 'Closure' }, { category: 'Date rule' }, { category: 'Weekly rule' }],
  }),
  /** An event's title; a rule limited to some callers or numbers must not read as if it took every call. */
  'event-summary': message<{ name: string; where: string; someCalls: boolean }>({
    en: ({ name, where, someCalls }) => `${name}: ${someCalls ? 'some calls go' : 'calls go'} to ${where}`,
    fr: ({ name, where, someCalls }) => french`${name} : ${someCalls ? 'certains appels vont' : 'les appels vont'} vers ${where}`,
    examples: [
      { name: 'Christmas', where: 'Main Voicemail (ext 300)', someCalls: false },
      { name: 'VIP', where: 'Support Queue (ext 200)', someCalls: true },
    ],
  }),
  /** An event's description; `conditions` follows the rule's name, as `rules` words them. */
  'event-description': message<{ name: string; where: string; conditions: string; number: string; zone: string }>({
    en: ({ name, where, conditions, number, zone }) =>
      `Custom rule "${name}" sends calls to ${where} ${conditions}.\nCalls to ${number}; times in ${zone}. An earlier custom rule that matches a call goes first.`,
    fr: ({ name, where, conditions, number, zone }) =>
      french`La règle personnalisée « ${name} » envoie les appels vers ${where} ${conditions}.\nAppels au ${number} ; heures selon le fuseau ${zone}. Une règle personnalisée placée avant qui s'applique à un appel passe en premier.`,
    examples: [{ name: 'Christmas', where: 'Main Voicemail (ext 300)', conditions: 'on Dec 25, 2026 (all day)', number: '+16505550100', zone: 'US/Eastern (EST)' }],
  }),
};
