import { message } from '../catalogue.ts';
import { french, NARROW_NO_BREAK_SPACE } from '../french-typography.ts';
import { plural } from '../plural.ts';

/** A day of the week as call handling names it (callflow's `Weekday`). */
type WeekdayName = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

const WEEKDAY_WORDS: Readonly<Record<WeekdayName, { readonly en: string; readonly fr: string }>> = {
  monday: { en: 'Mon', fr: 'lun.' },
  tuesday: { en: 'Tue', fr: 'mar.' },
  wednesday: { en: 'Wed', fr: 'mer.' },
  thursday: { en: 'Thu', fr: 'jeu.' },
  friday: { en: 'Fri', fr: 'ven.' },
  saturday: { en: 'Sat', fr: 'sam.' },
  sunday: { en: 'Sun', fr: 'dim.' },
};

// French writes "24 h/24, 7 j/7" where English writes "24/7".
const OPEN_ALL_WEEK = { en: '24/7', fr: '24 h/24, 7 j/7' } as const;

/** Items joined with commas and a last word: `1415555 (Acme), 1313 or 1212` / `… ou 1212`. */
function joinWith(items: ReadonlyArray<string>, word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

/** The parts of where calls go and when rules apply: what `status`, `test` and `rules` say. */
export const CALL_HANDLING_MESSAGES = {
  /** Where a rule sends calls: the company greeting. */
  'destination-greeting': message({
    en: () => 'the company greeting',
    fr: () => "l'accueil de l'entreprise",
  }),
  'destination-greeting-then-hang-up': message({
    en: () => 'the company greeting, then a hang-up',
    fr: () => "l'accueil de l'entreprise, puis la fin de l'appel",
  }),
  /** An extension as a person names it. */
  extension: message<{ name: string; number: string }>({
    en: ({ name, number }) => `${name} (ext ${number})`,
    fr: ({ name, number }) => `${name} (poste ${number})`,
    examples: [{ name: 'Main Voicemail', number: '300' }],
  }),
  'unknown-extension': message<{ id: string }>({
    en: ({ id }) => `unknown extension ${id}`,
    fr: ({ id }) => `poste inconnu ${id}`,
    examples: [{ id: '123' }],
  }),
  /** The rule that decided a call, as `test` names it. */
  'resolved-custom-rule': message<{ name: string }>({
    en: ({ name }) => `Custom rule "${name}"`,
    fr: ({ name }) => french`La règle personnalisée « ${name} »`,
    examples: [{ name: 'Christmas' }],
  }),
  'resolved-after-hours-rule': message({
    en: () => 'The after-hours rule',
    fr: () => 'La règle en dehors des heures',
  }),
  'resolved-business-hours-rule': message<{ openAllWeek: boolean }>({
    en: ({ openAllWeek }) => `The business-hours rule${openAllWeek ? ` (open ${OPEN_ALL_WEEK.en})` : ''}`,
    fr: ({ openAllWeek }) => `La règle des heures d'ouverture${openAllWeek ? ` (ouvert ${OPEN_ALL_WEEK.fr})` : ''}`,
    examples: [{ openAllWeek: false }, { openAllWeek: true }],
  }),
  /** Which rule sends a call where. */
  'call-resolution': message<{ rule: string; destination: string }>({
    en: ({ rule, destination }) => `${rule} sends the call to ${destination}`,
    fr: ({ rule, destination }) => `${rule} envoie l'appel vers ${destination}`,
    examples: [{ rule: 'The after-hours rule', destination: 'Main Voicemail (ext 300)' }],
  }),
  /** `test`'s answer: when the call comes in, from whom, and where it goes. */
  'test-answer': message<{ when: string; from?: string; resolution: string }>({
    en: ({ when, from, resolution }) => `A call at ${when}${from === undefined ? '' : ` from ${from}`}: ${resolution}.`,
    fr: ({ when, from, resolution }) => french`Un appel le ${when}${from === undefined ? '' : ` de ${from}`} : ${resolution}.`,
    examples: [
      { when: 'Tue Dec 1, 2026 10:00 US/Eastern (EST)', resolution: 'The business-hours rule sends the call to the company greeting' },
      { when: 'Tue Dec 1, 2026 10:00 US/Eastern (EST)', from: '+14155550100', resolution: 'The after-hours rule sends the call to Support Queue (ext 200)' },
    ],
  }),
  /** `status`'s lines, in order. */
  'status-calls-to': message<{ number: string; zone: string }>({
    en: ({ number, zone }) => `Calls to ${number}, time zone ${zone}.`,
    fr: ({ number, zone }) => `Appels vers le ${number}, fuseau horaire ${zone}.`,
    examples: [{ number: '+16505550100', zone: 'US/Eastern (EST)' }],
  }),
  'status-multi-level-ivr': message({
    en: () => "Multi-level IVR (business hours go straight to an IVR menu): rules can't use the company greeting.",
    fr: () => french`Menu vocal à plusieurs niveaux (les heures d'ouverture vont directement à un menu vocal) : les règles ne peuvent pas utiliser l'accueil de l'entreprise.`,
  }),
  'status-now': message<{ when: string; resolution: string }>({
    en: ({ when, resolution }) => `Now (${when}): ${resolution}.`,
    fr: ({ when, resolution }) => french`Maintenant (${when}) : ${resolution}.`,
    examples: [{ when: 'Wed Nov 25, 2026 12:00', resolution: 'The business-hours rule sends the call to the company greeting' }],
  }),
  'status-business-hours': message<{ schedule: string; destination: string }>({
    en: ({ schedule, destination }) => `Business hours (${schedule}): ${destination}.`,
    fr: ({ schedule, destination }) => french`Heures d'ouverture (${schedule}) : ${destination}.`,
    examples: [{ schedule: 'Mon–Fri 09:00–17:00', destination: 'the company greeting' }],
  }),
  'status-after-hours': message<{ destination: string }>({
    en: ({ destination }) => `After hours: ${destination}.`,
    fr: ({ destination }) => french`En dehors des heures : ${destination}.`,
    examples: [{ destination: 'Main Voicemail (ext 300)' }],
  }),
  'status-open-all-week': message({
    en: () => `After hours: none, the company is open ${OPEN_ALL_WEEK.en}.`,
    fr: () => french`En dehors des heures : aucune, l'entreprise est ouverte ${OPEN_ALL_WEEK.fr}.`,
  }),
  'status-no-custom-rules': message({
    en: () => 'Custom rules: none.',
    fr: () => french`Règles personnalisées : aucune.`,
  }),
  'status-custom-rules': message({
    en: () => 'Custom rules, checked in this order before business and after hours:',
    fr: () => french`Règles personnalisées, vérifiées dans cet ordre avant les heures d'ouverture et en dehors des heures :`,
  }),
  'status-custom-rule': message<{ position: number; name: string; enabled: boolean; conditions: string; destination: string }>({
    en: ({ position, name, enabled, conditions, destination }) => `  ${position}. "${name}"${enabled ? '' : ' (disabled)'} ${conditions}: ${destination}`,
    fr: ({ position, name, enabled, conditions, destination }) => french`  ${position}. « ${name} »${enabled ? '' : ' (désactivée)'} ${conditions} : ${destination}`,
    examples: [
      { position: 1, name: 'Christmas', enabled: true, conditions: 'on Dec 25, 2026 (all day)', destination: 'Main Voicemail (ext 300)' },
      { position: 2, name: 'VIP callers', enabled: false, conditions: 'at any time for callers 1415555', destination: 'Support Queue (ext 200)' },
    ],
  }),
  /** A custom rule's schedule as a noun phrase. */
  'schedule-any-time': message({ en: () => 'any time', fr: () => "n'importe quand" }),
  'schedule-business-hours': message({ en: () => 'business hours', fr: () => "les heures d'ouverture" }),
  'schedule-after-hours': message({ en: () => 'after hours', fr: () => 'en dehors des heures' }),
  'schedule-no-time': message({ en: () => 'no time', fr: () => 'aucun moment' }),
  'schedule-no-dates': message({ en: () => 'no dates', fr: () => 'aucune date' }),
  /** A rule's first dates, and how many more it has. */
  'schedule-dates': message<{ dates: ReadonlyArray<string>; hidden: number }>({
    en: ({ dates, hidden }) => `${dates.join('; ')}${hidden === 0 ? '' : ` and ${hidden} more`}`,
    fr: ({ dates, hidden }) => `${dates.join(`${NARROW_NO_BREAK_SPACE}; `)}${hidden === 0 ? '' : ` et ${hidden} ${plural('fr', hidden, { one: 'autre', other: 'autres' })}`}`,
    examples: [
      { dates: ['Dec 25, 2026 (all day)'], hidden: 0 },
      { dates: ['Dec 25, 2026 (all day)', 'Jan 1, 2027 (all day)', 'Jul 5, 2027 (all day)'], hidden: 1 },
      { dates: ['Dec 25, 2026 (all day)', 'Jan 1, 2027 (all day)', 'Jul 5, 2027 (all day)'], hidden: 8 },
    ],
  }),
  /** When a custom rule applies, as a phrase after its name. */
  'when-any-time': message({ en: () => 'at any time', fr: () => 'à tout moment' }),
  'when-business-hours': message({ en: () => 'during business hours', fr: () => "pendant les heures d'ouverture" }),
  'when-after-hours': message({ en: () => 'after hours', fr: () => 'en dehors des heures' }),
  'when-never': message({ en: () => 'never', fr: () => 'jamais' }),
  /** On some dates; French says "le" before one date and "les" before several. */
  'when-dates': message<{ dates: string; count: number }>({
    en: ({ dates }) => `on ${dates}`,
    fr: ({ dates, count }) => `${count > 1 ? 'les' : 'le'} ${dates}`,
    examples: [{ dates: 'Dec 25, 2026 (all day)', count: 1 }, { dates: 'Dec 25, 2026 (all day) and Jan 1, 2027 (all day)', count: 2 }],
  }),
  /** On some days of the week: `on Mon–Fri 12:00–13:00`; every day needs no "on". */
  'when-weekly': message<{ schedule: string; everyDay: boolean }>({
    en: ({ schedule, everyDay }) => (everyDay ? schedule : `on ${schedule}`),
    fr: ({ schedule }) => schedule,
    examples: [{ schedule: 'Mon–Fri 12:00–13:00', everyDay: false }, { schedule: 'every day 08:00–20:00', everyDay: true }],
  }),
  'for-callers': message<{ callers: ReadonlyArray<string> }>({
    en: ({ callers }) => `for callers ${joinWith(callers, 'or')}`,
    fr: ({ callers }) => `pour les appelants ${joinWith(callers, 'ou')}`,
    examples: [{ callers: ['1415555 (Acme)'] }, { callers: ['1415555 (Acme)', '1212'] }],
  }),
  'when-called': message<{ numbers: ReadonlyArray<string> }>({
    en: ({ numbers }) => `when ${joinWith(numbers, 'or')} is called`,
    fr: ({ numbers }) => `quand le ${joinWith(numbers, 'ou le')} est appelé`,
    examples: [{ numbers: ['+16505550111'] }, { numbers: ['+16505550111', '+16505550112'] }],
  }),
  /** A weekly schedule: days with the same hours, hours of one day. */
  'weekday': message<{ day: WeekdayName }>({
    en: ({ day }) => WEEKDAY_WORDS[day].en,
    fr: ({ day }) => WEEKDAY_WORDS[day].fr,
    examples: [{ day: 'monday' }, { day: 'sunday' }],
  }),
  'every-day': message({ en: () => 'every day', fr: () => 'tous les jours' }),
  'whole-day': message({ en: () => 'all day', fr: () => 'toute la journée' }),
  'open-all-week': message({ en: () => OPEN_ALL_WEEK.en, fr: () => OPEN_ALL_WEEK.fr }),
  'day-ranges': message<{ ranges: ReadonlyArray<string> }>({
    en: ({ ranges }) => ranges.join(' and '),
    fr: ({ ranges }) => ranges.join(' et '),
    examples: [{ ranges: ['08:30–12:00', '13:00–17:30'] }],
  }),
  'weekly-groups': message<{ groups: ReadonlyArray<string> }>({
    en: ({ groups }) => groups.join('; '),
    fr: ({ groups }) => groups.join(`${NARROW_NO_BREAK_SPACE}; `),
    examples: [{ groups: ['Mon–Fri 09:00–17:00', 'Sat 10:00–14:00'] }],
  }),
  'unreadable-date-range': message<{ from: string; to: string }>({
    en: ({ from, to }) => `an unreadable date range (${from} to ${to})`,
    fr: ({ from, to }) => `une période illisible (du ${from} au ${to})`,
    examples: [{ from: '2026-12-25T00:00:00', to: 'soon' }],
  }),
};
