import { message, messages } from '../catalogue.ts';
import { french, NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE } from '../french-typography.ts';

// French writes "24 h/24, 7 j/7" where English writes "24/7".
const OPEN_ALL_WEEK = { en: '24/7', fr: '24 h/24, 7 j/7' } as const;

// English shows a change as "before -> after"; French as « avant → après », an arrow its
// typography has a sign for.
const ARROW = { en: '->', fr: '→' } as const;

/**
 * French "de" before a value: "d'" before a vowel ("au lieu d'Alice Smith (poste 101)"), "de"
 * otherwise ("au lieu de l'accueil de l'entreprise", "au lieu de Main Voicemail (poste 300)").
 * An h is left alone: whether it elides depends on the word, and a name rarely starts with one.
 */
function frenchDe(value: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüæœ]/i.test(value) ? `d'${value}` : `de ${value}`;
}

/** Names each in quotes, in each language's own: `"Christmas", "Lunch"` / `« Noël », « Déjeuner »`. */
const quotedNames = {
  en: (names: ReadonlyArray<string>): string => names.map((name) => `"${name}"`).join(', '),
  fr: (names: ReadonlyArray<string>): string => names.map((name) => `«${NO_BREAK_SPACE}${name}${NO_BREAK_SPACE}»`).join(', '),
};

/** Items joined with commas and a last word: `1415555 (Acme), 1313 or 1212` / `… ou 1212`. */
function joinWith(items: ReadonlyArray<string>, word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

/** An IVR key action that names nothing (callflow's `IvrKeyAction['action']` without a target). */
type PlainIvrAction =
  | 'DialByName'
  | 'Repeat'
  | 'ReturnToRoot'
  | 'ReturnToPrevious'
  | 'ReturnToTopLevelMenu'
  | 'Disconnect'
  | 'DoNothing'
  | 'ConnectToOperator'
  | 'TransferToContactCenterNumber'
  | 'ConnectToIncomingCallRoutingSelection';

const PLAIN_IVR_ACTION_WORDS: Readonly<Record<PlainIvrAction, { readonly en: string; readonly fr: string }>> = {
  DialByName: { en: 'dial by name', fr: 'composer par nom' },
  Repeat: { en: 'repeat the menu', fr: 'répéter le menu' },
  ReturnToRoot: { en: 'return to the root menu', fr: 'revenir au menu racine' },
  ReturnToPrevious: { en: 'return to the previous menu', fr: 'revenir au menu précédent' },
  ReturnToTopLevelMenu: { en: 'return to the top-level menu', fr: 'revenir au menu de premier niveau' },
  Disconnect: { en: 'hang up', fr: 'raccrocher' },
  DoNothing: { en: 'do nothing', fr: 'ne rien faire' },
  ConnectToOperator: { en: 'connect to the operator', fr: 'connecter au standardiste' },
  TransferToContactCenterNumber: { en: 'transfer to the contact center', fr: 'transférer au centre de contact' },
  // Undocumented; the name suggests the company call handling (ringcentral-api.md §3).
  ConnectToIncomingCallRoutingSelection: { en: 'go to the company call handling', fr: "aller au traitement des appels de l'entreprise" },
};

/** How a call queue rings its members (callflow's `RingMode`), in the words of the commands that set it. */
type RingModeName = 'Simultaneous' | 'FixedOrder' | 'Rotating';

const RING_MODE_WORDS: Readonly<Record<RingModeName, { readonly en: string; readonly fr: string }>> = {
  Simultaneous: { en: 'all at once', fr: 'en même temps' },
  FixedOrder: { en: 'in order', fr: "dans l'ordre" },
  Rotating: { en: 'longest idle', fr: 'le plus longtemps inactif' },
};

/**
 * What a change to call handling does, as a preview, an approval request and an audit post list
 * it under "What would change", and the warnings that come with it. The values are already in
 * the reader's language (destinations, schedules, dates); these messages only put them together.
 */
export const CHANGE_MESSAGES = {
  'time-zone': message<{ before: string; after: string }>({
    en: ({ before, after }) => `Time zone: ${before} ${ARROW.en} ${after}`,
    fr: ({ before, after }) => french`Fuseau horaire : ${before} ${ARROW.fr} ${after}`,
    examples: [{ before: 'US/Eastern', after: 'America/Chicago' }],
  }),
  'business-hours': message<{ before: string; after: string }>({
    en: ({ before, after }) => `Business hours: ${before} ${ARROW.en} ${after}`,
    fr: ({ before, after }) => french`Heures d'ouverture : ${before} ${ARROW.fr} ${after}`,
    examples: [{ before: 'Mon–Fri 09:00–17:00', after: '24/7' }],
  }),
  'business-hours-destination': message<{ before: string; after: string }>({
    en: ({ before, after }) => `Business hours: calls now go to ${after} instead of ${before}`,
    fr: ({ before, after }) => french`Heures d'ouverture : les appels vont maintenant vers ${after} au lieu ${frenchDe(before)}`,
    examples: [
      { before: 'the company greeting', after: 'Main Menu (ext 500)' },
      { before: 'Alice Smith (ext 101)', after: 'the company greeting' },
    ],
  }),
  /** The after-hours rule goes away: business hours now cover the whole week. */
  'after-hours-gone': message<{ before: string }>({
    en: ({ before }) => `After hours: no longer used, the company is open ${OPEN_ALL_WEEK.en}; calls went to ${before}`,
    fr: ({ before }) => french`En dehors des heures : plus utilisé, l'entreprise est ouverte ${OPEN_ALL_WEEK.fr} ; les appels allaient vers ${before}`,
    examples: [{ before: 'Main Voicemail (ext 300)' }],
  }),
  /** The after-hours rule comes back: business hours no longer cover the whole week. */
  'after-hours-back': message<{ after: string }>({
    en: ({ after }) => `After hours: calls go to ${after}`,
    fr: ({ after }) => french`En dehors des heures : les appels vont vers ${after}`,
    examples: [{ after: 'Main Voicemail (ext 300)' }],
  }),
  'after-hours-destination': message<{ before: string; after: string }>({
    en: ({ before, after }) => `After hours: calls now go to ${after} instead of ${before}`,
    fr: ({ before, after }) => french`En dehors des heures : les appels vont maintenant vers ${after} au lieu ${frenchDe(before)}`,
    examples: [{ before: 'Main Voicemail (ext 300)', after: 'the company greeting, then a hang-up' }],
  }),
  /** A custom rule as a change names it: its name, then when and for whom it applies. */
  'rule-label': message<{ name: string; conditions: string }>({
    en: ({ name, conditions }) => `Rule "${name}" ${conditions}`,
    fr: ({ name, conditions }) => french`Règle « ${name} » ${conditions}`,
    examples: [{ name: 'Lunch', conditions: 'on Mon–Fri 12:00–13:00' }],
  }),
  'rule-removed': message<{ rule: string; destination: string }>({
    en: ({ rule, destination }) => `${rule} removed; its calls went to ${destination}`,
    fr: ({ rule, destination }) => french`${rule} supprimée ; ses appels allaient vers ${destination}`,
    examples: [{ rule: 'The lunch rule on Mon–Fri 12:00–13:00', destination: 'Support Queue (ext 200)' }],
  }),
  'rule-added': message<{ name: string; conditions: string; destination: string; enabled: boolean }>({
    en: ({ name, conditions, destination, enabled }) => `New rule "${name}" ${conditions}: calls go to ${destination}${enabled ? '' : '; the rule is disabled'}`,
    fr: ({ name, conditions, destination, enabled }) =>
      french`Nouvelle règle « ${name} » ${conditions} : les appels vont vers ${destination}${enabled ? '' : `${NARROW_NO_BREAK_SPACE}; la règle est désactivée`}`,
    examples: [
      { name: 'New Year', conditions: 'on Dec 31, 2026 17:00 – Jan 2, 2027 00:00', destination: 'Holiday Message (ext 110)', enabled: true },
      { name: 'Snow day', conditions: 'on Jan 15, 2027 (all day)', destination: 'Holiday Message (ext 110)', enabled: false },
    ],
  }),
  'rule-renamed': message<{ before: string; after: string }>({
    en: ({ before, after }) => `Rule "${before}" renamed to "${after}"`,
    fr: ({ before, after }) => french`Règle « ${before} » renommée « ${after} »`,
    examples: [{ before: 'Christmas', after: 'Xmas' }],
  }),
  'rule-enabled': message<{ rule: string }>({
    en: ({ rule }) => `${rule} is now enabled`,
    fr: ({ rule }) => `${rule} est maintenant activée`,
    examples: [{ rule: 'The Christmas rule on Dec 25, 2026 (all day)' }],
  }),
  'rule-disabled': message<{ rule: string }>({
    en: ({ rule }) => `${rule} is now disabled`,
    fr: ({ rule }) => `${rule} est maintenant désactivée`,
    examples: [{ rule: 'The Christmas rule on Dec 25, 2026 (all day)' }],
  }),
  // French says what it was in brackets: "au lieu de" would have to become "du", "des" or "d'"
  // before "le 25 déc.", "les 24 et 25 déc.", "à tout moment".
  'rule-schedule': message<{ name: string; before: string; after: string }>({
    en: ({ name, before, after }) => `Rule "${name}": now applies ${after} instead of ${before}`,
    fr: ({ name, before, after }) => french`Règle « ${name} » : s'applique maintenant ${after} (avant : ${before})`,
    examples: [{ name: 'Lunch', before: 'on Mon–Fri 12:00–13:00', after: 'after hours' }],
  }),
  'rule-callers': message<{ name: string; before: string; after: string }>({
    en: ({ name, before, after }) => `Rule "${name}": callers ${before} ${ARROW.en} ${after}`,
    fr: ({ name, before, after }) => french`Règle « ${name} » : appelants ${before} ${ARROW.fr} ${after}`,
    examples: [{ name: 'VIP', before: '1415555 (Acme)', after: 'any caller' }],
  }),
  'rule-called-numbers': message<{ name: string; before: string; after: string }>({
    en: ({ name, before, after }) => `Rule "${name}": called numbers ${before} ${ARROW.en} ${after}`,
    fr: ({ name, before, after }) => french`Règle « ${name} » : numéros appelés ${before} ${ARROW.fr} ${after}`,
    examples: [{ name: 'VIP', before: 'any company number', after: '+16505550111' }],
  }),
  'rule-destination': message<{ rule: string; before: string; after: string }>({
    en: ({ rule, before, after }) => `${rule}: calls now go to ${after} instead of ${before}`,
    fr: ({ rule, before, after }) => french`${rule} : les appels vont maintenant vers ${after} au lieu ${frenchDe(before)}`,
    examples: [
      { rule: 'The Christmas rule on Dec 25, 2026 (all day)', before: 'the company greeting', after: 'Main Voicemail (ext 300)' },
      { rule: 'The Christmas rule on Dec 25, 2026 (all day)', before: 'Alice Smith (ext 101)', after: 'Main Voicemail (ext 300)' },
    ],
  }),
  /** The rules' names in the order they are checked, before and after. */
  'rule-order': message<{ before: ReadonlyArray<string>; after: ReadonlyArray<string> }>({
    en: ({ before, after }) => `Rule order: ${quotedNames.en(before)} ${ARROW.en} ${quotedNames.en(after)}`,
    fr: ({ before, after }) => french`Ordre des règles : ${quotedNames.fr(before)} ${ARROW.fr} ${quotedNames.fr(after)}`,
    examples: [{ before: ['Christmas', 'Lunch', 'VIP'], after: ['Lunch', 'Christmas', 'VIP'] }],
  }),
  /** Caller and called-number conditions as written in a rule. */
  'any-caller': message({ en: () => 'any caller', fr: () => "n'importe quel appelant" }),
  'any-company-number': message({ en: () => 'any company number', fr: () => "n'importe quel numéro de l'entreprise" }),
  'one-of': message<{ items: ReadonlyArray<string> }>({
    en: ({ items }) => joinWith(items, 'or'),
    fr: ({ items }) => joinWith(items, 'ou'),
    examples: [{ items: ['1415555 (Acme)'] }, { items: ['1415555 (Acme)', '1313', '1212'] }],
  }),
  /** An IVR key as callers press it; `NoInput` is the caller pressing nothing. */
  'ivr-key': message<{ input: string }>({
    en: ({ input }) => (input === 'Star' ? 'key *' : input === 'Hash' ? 'key #' : input === 'NoInput' ? 'no input' : `key ${input}`),
    fr: ({ input }) => (input === 'Star' ? 'touche *' : input === 'Hash' ? 'touche #' : input === 'NoInput' ? 'aucune touche' : `touche ${input}`),
    examples: [{ input: '0' }, { input: 'Star' }, { input: 'Hash' }, { input: 'NoInput' }],
  }),
  /** What pressing a key does, as an instruction. */
  'ivr-not-set': message({ en: () => 'not set', fr: () => 'non défini' }),
  'ivr-connect': message<{ extension?: string }>({
    en: ({ extension }) => `connect to ${extension ?? 'an extension'}`,
    fr: ({ extension }) => `connecter à ${extension ?? 'un poste'}`,
    examples: [{ extension: 'Support Queue (ext 200)' }, {}],
  }),
  'ivr-voicemail': message<{ extension?: string }>({
    en: ({ extension }) => `go to the voicemail of ${extension ?? 'an extension'}`,
    fr: ({ extension }) => `aller à la messagerie ${frenchDe(extension ?? 'un poste')}`,
    examples: [{ extension: 'Alice Smith (ext 101)' }, {}],
  }),
  'ivr-transfer': message<{ phoneNumber?: string }>({
    en: ({ phoneNumber }) => `transfer to ${phoneNumber ?? 'an outside number'}`,
    fr: ({ phoneNumber }) => `transférer vers ${phoneNumber ?? 'un numéro externe'}`,
    examples: [{ phoneNumber: '+14155550100' }, {}],
  }),
  'ivr-plain-action': message<{ action: PlainIvrAction }>({
    en: ({ action }) => PLAIN_IVR_ACTION_WORDS[action].en,
    fr: ({ action }) => PLAIN_IVR_ACTION_WORDS[action].fr,
    examples: [{ action: 'DoNothing' }, { action: 'ConnectToOperator' }, { action: 'ConnectToIncomingCallRoutingSelection' }],
  }),
  /** An action this version does not know, by RingCentral's name for it. */
  'ivr-other-action': message<{ action: string }>({
    en: ({ action }) => `RingCentral action "${action}"`,
    fr: ({ action }) => french`action RingCentral « ${action} »`,
    examples: [{ action: 'PlayAnnouncement' }],
  }),
  'ivr-key-change': message<{ menu: string; number: string; key: string; before: string; after: string }>({
    en: ({ menu, number, key, before, after }) => `IVR menu "${menu}" (ext ${number}), ${key}: ${before} ${ARROW.en} ${after}`,
    fr: ({ menu, number, key, before, after }) => french`Menu SVI « ${menu} » (poste ${number}), ${key} : ${before} ${ARROW.fr} ${after}`,
    examples: [{ menu: 'Main Menu', number: '500', key: 'key 1', before: 'connect to Support Queue (ext 200)', after: 'not set' }],
  }),
  'ring-mode': message<{ ringMode: RingModeName }>({
    en: ({ ringMode }) => RING_MODE_WORDS[ringMode].en,
    fr: ({ ringMode }) => RING_MODE_WORDS[ringMode].fr,
    examples: [{ ringMode: 'Simultaneous' }, { ringMode: 'FixedOrder' }, { ringMode: 'Rotating' }],
  }),
  'queue-no-members': message({ en: () => 'no one', fr: () => 'personne' }),
  /** Who a queue rings and how: `Alice Jones, Bob Smith in order`. */
  'queue-ringing': message<{ members: string; ringMode: string }>({
    en: ({ members, ringMode }) => `${members} ${ringMode}`,
    fr: ({ members, ringMode }) => `${members} ${ringMode}`,
    examples: [{ members: 'Alice Jones, Bob Smith', ringMode: 'in order' }],
  }),
  // French says what it was in brackets, as for a schedule: "au lieu de le plus longtemps inactif" is not French.
  'call-queue': message<{ queue: string; number: string; after: string; before: string }>({
    en: ({ queue, number, after, before }) => `Call queue "${queue}" (ext ${number}): rings ${after} instead of ${before}`,
    fr: ({ queue, number, after, before }) => french`File d'attente « ${queue} » (poste ${number}) : fait sonner ${after} (avant : ${before})`,
    examples: [{ queue: 'Support Queue', number: '200', after: 'Alice Jones, Bob Smith in order', before: 'all at once' }],
  }),
  /** The warnings that come with a proposal. */
  'warning-shadowed-by-earlier-rule': message<{ rule: string; earlier: string }>({
    en: ({ rule, earlier }) => `Rule "${rule}" will never apply: rule "${earlier}" comes first and already covers all of its times`,
    fr: ({ rule, earlier }) => french`La règle « ${rule} » ne s'appliquera jamais : la règle « ${earlier} » passe avant et couvre déjà tous ses horaires`,
    examples: [{ rule: 'Christmas', earlier: 'Holidays' }],
  }),
  // French says "le" before one date and "les" before several, as a rule's own dates do.
  'warning-overlaps-rule': message<{ rule: string; other: string; days: ReadonlyArray<string> }>({
    en: ({ rule, other, days }) => `Rule "${rule}" overlaps rule "${other}" on ${days.join(', ')}`,
    fr: ({ rule, other, days }) =>
      french`La règle « ${rule} » chevauche la règle « ${other} » ${days.length > 1 ? 'les' : 'le'} ${days.join(`${NARROW_NO_BREAK_SPACE}; `)}`,
    examples: [
      { rule: 'Christmas', other: 'Eve', days: ['Dec 25, 2026 (all day)'] },
      { rule: 'Christmas', other: 'Eve', days: ['Dec 25, 2026 (all day)', 'Dec 26, 2026 (all day)'] },
    ],
  }),
  'warning-dst-change-day': message<{ rule: string; day: string; zone: string }>({
    en: ({ rule, day, zone }) => `Rule "${rule}" includes ${day}, when the clocks change in ${zone}; check its start and end times`,
    fr: ({ rule, day, zone }) =>
      french`La règle « ${rule} » comprend le ${day}, jour du changement d'heure dans le fuseau ${zone} ; vérifiez ses heures de début et de fin`,
    examples: [{ rule: 'Christmas', day: 'Mar 14, 2027', zone: 'US/Eastern' }],
  }),
  'warning-no-change': message({
    en: () => 'Call handling is already like that; nothing would change',
    fr: () => french`Le traitement des appels est déjà ainsi ; rien ne changerait`,
  }),
  /** A part of call handling, in "someone changed …" (callflow's `CallHandlingPart`). */
  'part-time-zone': message({ en: () => 'the company time zone', fr: () => "le fuseau horaire de l'entreprise" }),
  'part-business-hours': message({ en: () => 'business hours', fr: () => "les heures d'ouverture" }),
  'part-business-hours-destination': message({
    en: () => 'where calls go during business hours',
    fr: () => "où vont les appels pendant les heures d'ouverture",
  }),
  'part-after-hours-destination': message({ en: () => 'where calls go after hours', fr: () => 'où vont les appels en dehors des heures' }),
  'part-rule-order': message({
    en: () => 'the custom rules (one was added or their order changed)',
    fr: () => 'les règles personnalisées (une a été ajoutée ou leur ordre a changé)',
  }),
  'part-rule': message<{ name: string }>({
    en: ({ name }) => `rule "${name}"`,
    fr: ({ name }) => french`la règle « ${name} »`,
    examples: [{ name: 'VIP callers' }],
  }),
  'part-ivr-menu': message<{ name: string }>({
    en: ({ name }) => `IVR menu "${name}"`,
    fr: ({ name }) => french`le menu SVI « ${name} »`,
    examples: [{ name: 'Main Menu' }],
  }),
  'part-call-queue': message<{ name: string }>({
    en: ({ name }) => `call queue "${name}"`,
    fr: ({ name }) => french`la file d'attente « ${name} »`,
    examples: [{ name: 'Support Queue' }],
  }),
};

/** The refusal codes of callflow's `proposeChange`; i18n imports no project folder, so they are named here too. */
type ProposalRefusalCode =
  | 'after-hours-missing'
  | 'unsupported-request'
  | 'rule-not-found'
  | 'menu-not-found'
  | 'no-matching-queue'
  | 'queue-not-found'
  | 'date-range-invalid'
  | 'date-range-ended'
  | 'greeting-in-multi-level-ivr';

/** What a proposal refusal is said with: the id of the rule, menu or queue that is gone, when known. */
export interface ProposalRefusalValues {
  readonly id?: string;
}

/** `with id 1234` / `that id`, and in French `l'identifiant 1234` / `cet identifiant`. */
const withId = {
  en: (id: string | undefined): string => (id === undefined ? 'with that id' : `with id ${id}`),
  fr: (id: string | undefined): string => (id === undefined ? 'avec cet identifiant' : `avec l'identifiant ${id}`),
};

/**
 * Why a change cannot be made and what to do instead, one entry per callflow `ProposalRefusalCode`.
 * The admin portal's menu paths stay in English in both languages: they are RingCentral's own
 * labels, and that is what the portal shows.
 */
export const PROPOSAL_REFUSAL_MESSAGES = messages<ProposalRefusalValues, ProposalRefusalCode>([{ id: '1234' }, {}], {
  'after-hours-missing': {
    en: () => `The company is open ${OPEN_ALL_WEEK.en}, so there is no after-hours rule. Set business hours first, e.g. "hours Mon-Fri 9-5".`,
    fr: () =>
      french`L'entreprise est ouverte ${OPEN_ALL_WEEK.fr} : il n'y a donc pas de règle en dehors des heures. Réglez d'abord les heures d'ouverture, par exemple « heures lun.-ven. 9 h-17 h ».`,
  },
  'unsupported-request': {
    en: () =>
      "Switchboard cannot make this change yet: the main site's 0 key (no public RingCentral API; use Phone System > Auto-Receptionist > IVR Settings in the admin portal).",
    fr: () =>
      french`Switchboard ne peut pas encore faire cette modification : la touche 0 du site principal (pas d'API RingCentral publique ; utilisez Phone System > Auto-Receptionist > IVR Settings dans le portail d'administration).`,
  },
  'rule-not-found': {
    en: ({ id }) => `There is no rule ${withId.en(id)} any more. Type "rules" to list them.`,
    fr: ({ id }) => french`Il n'y a plus de règle ${withId.fr(id)}. Tapez « règles » pour les voir.`,
  },
  'menu-not-found': {
    en: ({ id }) => `There is no IVR menu ${withId.en(id)} any more. Check the menu's name.`,
    fr: ({ id }) => french`Il n'y a plus de menu SVI ${withId.fr(id)}. Vérifiez le nom du menu.`,
  },
  'no-matching-queue': {
    en: () => 'No call queue has exactly these members. Create one in the RingCentral admin portal (Phone System > Groups > Call Queues) with them, then try again.',
    fr: () =>
      french`Aucune file d'attente n'a exactement ces membres. Créez-en une avec eux dans le portail d'administration RingCentral (Phone System > Groups > Call Queues), puis réessayez.`,
  },
  'queue-not-found': {
    en: ({ id }) => `There is no call queue ${withId.en(id)} any more. Check the queue's name.`,
    fr: ({ id }) => french`Il n'y a plus de file d'attente ${withId.fr(id)}. Vérifiez le nom de la file.`,
  },
  'date-range-invalid': {
    en: () => 'That date range is empty or ends before it starts. Put the start first, e.g. "from Dec 24 5pm to Dec 26 9am".',
    fr: () => french`Cette période est vide ou finit avant de commencer. Mettez le début en premier, par exemple « du 24 déc. 17 h au 26 déc. 9 h ».`,
  },
  'date-range-ended': {
    en: () => 'Every date in that change is already over. Give dates still to come.',
    fr: () => 'Toutes les dates de cette modification sont déjà passées. Donnez des dates à venir.',
  },
  'greeting-in-multi-level-ivr': {
    en: () =>
      'This account uses multi-level IVR (business hours go straight to an IVR menu), where RingCentral refuses the company greeting in a rule (AWR-182). Name an IVR menu or an extension instead, e.g. "route to ext 102".',
    fr: () =>
      french`Ce compte utilise un menu vocal à plusieurs niveaux (les heures d'ouverture vont directement à un menu SVI), où RingCentral refuse l'accueil de l'entreprise dans une règle (AWR-182). Nommez plutôt un menu SVI ou un poste, par exemple « envoyer vers le poste 102 ».`,
  },
});
