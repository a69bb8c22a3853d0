import { message, messages } from '../catalogue.ts';
import { french } from '../french-typography.ts';

/** A day of the week as call handling names it (callflow's `Weekday`). */
type WeekdayName = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

const WEEKDAY_NAMES: Readonly<Record<WeekdayName, { readonly en: string; readonly fr: string }>> = {
  monday: { en: 'Monday', fr: 'Lundi' },
  tuesday: { en: 'Tuesday', fr: 'Mardi' },
  wednesday: { en: 'Wednesday', fr: 'Mercredi' },
  thursday: { en: 'Thursday', fr: 'Jeudi' },
  friday: { en: 'Friday', fr: 'Vendredi' },
  saturday: { en: 'Saturday', fr: 'Samedi' },
  sunday: { en: 'Sunday', fr: 'Dimanche' },
};

/** The editor modals and their confirmation: titles, labels, hints and the notes above the fields. */
export const SLACK_MODAL_MESSAGES = {
  ...messages([{}], {
    next: { en: () => 'Next', fr: () => 'Suivant' },
    cancel: { en: () => 'Cancel', fr: () => 'Annuler' },
    close: { en: () => 'Close', fr: () => 'Fermer' },
    loading: { en: () => 'Reading the call handling from RingCentral…', fr: () => 'Lecture de la gestion des appels dans RingCentral…' },
    'route-title': { en: () => 'Route calls', fr: () => 'Acheminer les appels' },
    'hours-title': { en: () => 'Business hours', fr: () => "Heures d'ouverture" },
    'holidays-title': { en: () => 'Public holidays', fr: () => 'Jours fériés' },
    'confirm-title': { en: () => 'Confirm the change', fr: () => 'Confirmer' },
    'confirm-note': {
      en: () => 'Request approval posts this change for an approver; nothing changes in RingCentral until it is approved.',
      fr: () => french`Demander l'approbation publie cette modification pour un approbateur ; rien ne change dans RingCentral avant son approbation.`,
    },
    // The route editor.
    'when-business-hours': { en: () => 'During business hours', fr: () => "Pendant les heures d'ouverture" },
    'when-after-hours': { en: () => 'After hours', fr: () => 'En dehors des heures' },
    'when-dates': { en: () => 'On dates', fr: () => 'À des dates' },
    'when-weekly': { en: () => 'Every week, on days and times', fr: () => 'Chaque semaine, certains jours et heures' },
    'when-always': { en: () => 'Any time (for the caller numbers below)', fr: () => 'À tout moment (pour les numéros appelants ci-dessous)' },
    'send-calls-to': { en: () => 'Send calls to', fr: () => 'Envoyer les appels vers' },
    'target-placeholder': { en: () => 'Type a name or extension number', fr: () => 'Tapez un nom ou un numéro de poste' },
    when: { en: () => 'When', fr: () => 'Quand' },
    from: { en: () => 'From', fr: () => 'Du' },
    'from-time': { en: () => 'From time', fr: () => 'À partir de' },
    'to-inclusive': { en: () => 'To (inclusive)', fr: () => 'Au (inclus)' },
    'to-time': { en: () => 'To time', fr: () => "Jusqu'à" },
    'first-day': { en: () => 'First day', fr: () => 'Premier jour' },
    'last-day': { en: () => 'Last day', fr: () => 'Dernier jour' },
    'start-of-day': { en: () => 'Start of the day', fr: () => 'Début de la journée' },
    'end-of-day': { en: () => 'End of the day', fr: () => 'Fin de la journée' },
    'single-day-hint': { en: () => 'Leave empty for a single day.', fr: () => 'Laissez vide pour un seul jour.' },
    'every-week': { en: () => '*Every week*', fr: () => '*Chaque semaine*' },
    days: { en: () => 'Days', fr: () => 'Jours' },
    'weekly-from': { en: () => 'From', fr: () => 'De' },
    'weekly-to': { en: () => 'To', fr: () => 'À' },
    'whole-day-hint': { en: () => 'Without times, the whole day.', fr: () => 'Sans heures, toute la journée.' },
    'who-and-what': { en: () => '*Who and what*', fr: () => '*Qui et quoi*' },
    'only-calls-from': { en: () => 'Only calls from', fr: () => 'Seulement les appels de' },
    'callers-hint': {
      en: () => 'Caller numbers, separated by commas; a partial number matches by prefix.',
      fr: () => french`Numéros appelants, séparés par des virgules ; un numéro partiel correspond par préfixe.`,
    },
    'rule-name': { en: () => 'Rule name', fr: () => 'Nom de la règle' },
    'rule-name-placeholder': { en: () => 'e.g. Christmas closure', fr: () => 'par ex. Fermeture de Noël' },
    'rule-name-hint': { en: () => 'For a new rule; a name is proposed when empty.', fr: () => french`Pour une nouvelle règle ; un nom est proposé si vide.` },
    // The hours editor.
    opens: { en: () => 'Opens', fr: () => 'Ouvre' },
    closes: { en: () => 'Closes', fr: () => 'Ferme' },
    // The holiday editor.
    country: { en: () => 'Country', fr: () => 'Pays' },
    'country-placeholder': { en: () => 'Type a country name or code', fr: () => 'Tapez un nom ou un code de pays' },
    region: { en: () => 'Region', fr: () => 'Région' },
    'region-placeholder': { en: () => 'e.g. CA for California', fr: () => 'par ex. CA pour la Californie' },
    'region-hint': { en: () => "The region's code (ISO 3166-2), for regional holidays.", fr: () => 'Le code de la région (ISO 3166-2), pour les jours fériés régionaux.' },
    year: { en: () => 'Year', fr: () => 'Année' },
    'choose-country': { en: () => 'Choose a country.', fr: () => 'Choisissez un pays.' },
    // Opening and submitting the editors.
    'editors-closed': {
      en: () => "You can't request changes, so the editors are closed to you. Requesters are set in SWITCHBOARD_REQUESTERS; ask your admin.",
      fr: () =>
        french`Vous ne pouvez pas demander de modifications, les éditeurs vous sont donc fermés. Les demandeurs sont définis dans SWITCHBOARD_REQUESTERS ; adressez-vous à votre administrateur.`,
    },
    'form-unreadable': {
      en: () => 'That form could not be read back. Open the editor again with `/ivr edit`.',
      fr: () => "Ce formulaire n'a pas pu être relu. Rouvrez l'éditeur avec `/ivr edit`.",
    },
  }),
  /** What is wrong with a field of a submitted editor, shown under it. */
  ...messages([{}], {
    'error-choose-when': { en: () => 'Choose when the rule applies.', fr: () => "Choisissez quand la règle s'applique." },
    'error-callers-need-schedule': {
      en: () => 'Caller numbers need a rule on dates, weekly times or any time; choose one of those above.',
      fr: () => french`Les numéros appelants demandent une règle à des dates, chaque semaine ou à tout moment ; choisissez l'une d'elles ci-dessus.`,
    },
    'error-name-for-new-rule': {
      en: () => 'A name is for a new rule; business hours and after hours keep theirs. Leave it empty.',
      fr: () => french`Un nom sert à une nouvelle règle ; les heures d'ouverture et les heures de fermeture gardent le leur. Laissez-le vide.`,
    },
    'error-always-needs-callers': {
      en: () => 'Give the caller numbers this rule is for; without them it would catch every call.',
      fr: () => french`Donnez les numéros appelants visés par cette règle ; sans eux, elle prendrait tous les appels.`,
    },
    'error-rule-cannot-be-made': {
      en: () => 'That rule cannot be made; check the fields and try again.',
      fr: () => french`Cette règle ne peut pas être créée ; vérifiez les champs et réessayez.`,
    },
    'error-choose-target': { en: () => 'Choose where calls go.', fr: () => 'Choisissez où vont les appels.' },
    'error-extension-gone': {
      en: () => 'That extension is not in RingCentral any more; choose another.',
      fr: () => french`Ce poste n'existe plus dans RingCentral ; choisissez-en un autre.`,
    },
    'error-choose-first-day': { en: () => 'Choose the first day.', fr: () => 'Choisissez le premier jour.' },
    'error-not-a-date': { en: () => 'That is not a date.', fr: () => "Ce n'est pas une date." },
    'error-end-date-before-start': { en: () => 'The end date is before the start date.', fr: () => 'La date de fin est avant la date de début.' },
    'error-end-time-before-start': { en: () => 'The end time is before the start time.', fr: () => "L'heure de fin est avant l'heure de début." },
    'error-dates-over': {
      en: () => 'Those dates are already over; choose days still to come.',
      fr: () => french`Ces dates sont déjà passées ; choisissez des jours à venir.`,
    },
    'error-choose-day': { en: () => 'Choose at least one day.', fr: () => 'Choisissez au moins un jour.' },
    'error-choose-start-time': { en: () => 'Choose the start time too.', fr: () => "Choisissez aussi l'heure de début." },
    'error-choose-end-time': { en: () => 'Choose the end time too.', fr: () => "Choisissez aussi l'heure de fin." },
    'error-check-fields': { en: () => 'Check the fields and try again.', fr: () => 'Vérifiez les champs et réessayez.' },
    'error-second-range-overlaps': {
      en: () => 'The second range starts before the first one ends.',
      fr: () => 'La deuxième plage commence avant la fin de la première.',
    },
    'error-no-hours': {
      en: () => 'Give at least one day opening hours (00:00 to 00:00 is open all day).',
      fr: () => "Donnez des heures d'ouverture pour au moins un jour (de 00:00 à 00:00, c'est ouvert toute la journée).",
    },
    'error-hours-cannot-be-set': {
      en: () => 'Those hours cannot be set; check the times.',
      fr: () => french`Ces heures ne peuvent pas être définies ; vérifiez-les.`,
    },
    'error-region-code': {
      en: () => 'Give the region as its code, e.g. CA or QC, or leave it empty.',
      fr: () => 'Donnez la région par son code, par exemple CA ou QC, ou laissez vide.',
    },
    'error-choose-year': { en: () => 'Choose a year.', fr: () => 'Choisissez une année.' },
  }),
  'error-name-too-long': message<{ max: number }>({
    en: ({ max }) => `Keep the name within ${max} characters.`,
    fr: ({ max }) => `Le nom ne doit pas dépasser ${max} caractères.`,
    examples: [{ max: 30 }],
  }),
  'error-not-a-phone-number': message<{ text: string }>({
    en: ({ text }) => `"${text}" is not a phone number. Use digits, e.g. +1 415 555 0100 or +1 415.`,
    fr: ({ text }) => french`« ${text} » n'est pas un numéro de téléphone. Utilisez des chiffres, par exemple +1 415 555 0100 ou +1 415.`,
    examples: [{ text: 'mom' }],
  }),
  /** The route editor's targets as the type-ahead offers them. */
  ...messages([{}], {
    'target-greeting': { en: () => 'Company greeting', fr: () => "Accueil de l'entreprise" },
    'target-greeting-then-hang-up': { en: () => 'Greeting, then hang up', fr: () => 'Accueil, puis raccrocher' },
    'type-User': { en: () => 'user', fr: () => 'utilisateur' },
    'type-Department': { en: () => 'call queue', fr: () => "file d'attente" },
    'type-Voicemail': { en: () => 'voicemail', fr: () => 'messagerie' },
    'type-Announcement': { en: () => 'announcement', fr: () => 'annonce' },
    'type-SharedLinesGroup': { en: () => 'shared line', fr: () => 'ligne partagée' },
    'type-IvrMenu': { en: () => 'IVR menu', fr: () => 'menu SVI' },
    'type-Limited': { en: () => 'limited', fr: () => 'limité' },
    'type-Site': { en: () => 'site', fr: () => 'site' },
  }),
  'extension-option': message<{ name: string; number: string; type: string }>({
    en: ({ name, number, type }) => `${name} (ext ${number}, ${type})`,
    fr: ({ name, number, type }) => `${name} (poste ${number}, ${type})`,
    examples: [{ name: 'Support', number: '200', type: 'call queue' }],
  }),
  weekday: message<{ day: WeekdayName }>({
    en: ({ day }) => WEEKDAY_NAMES[day].en,
    fr: ({ day }) => WEEKDAY_NAMES[day].fr,
    examples: [{ day: 'monday' }, { day: 'sunday' }],
  }),
  'on-dates-section': message<{ zone: string }>({
    en: ({ zone }) => `*On dates* (times in ${zone}; without times, whole days)`,
    fr: ({ zone }) => french`*À des dates* (heures en ${zone} ; sans heures, des journées entières)`,
    examples: [{ zone: 'US/Eastern' }],
  }),
  'hours-note': message<{ zone: string }>({
    en: ({ zone }) => `Times in ${zone}. Leave a day empty when closed; 00:00 to 00:00 is open all day. A second range is optional.`,
    fr: ({ zone }) => french`Heures en ${zone}. Laissez un jour vide s'il est fermé ; de 00:00 à 00:00, c'est ouvert toute la journée. Une deuxième plage est facultative.`,
    examples: [{ zone: 'US/Eastern' }],
  }),
  'hours-crowded': message<{ days: string; ranges: number }>({
    en: ({ days, ranges }) => `${days} had more than ${ranges} ranges; only the first ${ranges} are shown and kept.`,
    fr: ({ days, ranges }) => french`Plus de ${ranges} plages pour ${days} ; seules les ${ranges} premières sont affichées et conservées.`,
    examples: [{ days: 'monday, friday', ranges: 2 }],
  }),
  'day-opens-at': message<{ day: string; second: boolean }>({
    en: ({ day, second }) => `${day}${second ? ', then' : ''} opens at`,
    fr: ({ day, second }) => `${day}${second ? ', puis' : ''} ouvre à`,
    examples: [
      { day: 'Monday', second: false },
      { day: 'Monday', second: true },
    ],
  }),
  'day-closes-at': message<{ day: string; second: boolean }>({
    en: ({ day, second }) => `${day}${second ? ', then' : ''} closes at`,
    fr: ({ day, second }) => `${day}${second ? ', puis' : ''} ferme à`,
    examples: [
      { day: 'Monday', second: false },
      { day: 'Monday', second: true },
    ],
  }),
  /** A holidays rule's days in the confirmation. */
  'the-days': message({ en: () => '*The days:*', fr: () => french`*Les jours :*` }),
  'holiday-line': message<{ day: string; name: string }>({
    en: ({ day, name }) => `• ${day}: ${name}`,
    fr: ({ day, name }) => french`• ${day} : ${name}`,
    examples: [{ day: 'ven. 1 janv. 2027', name: "New Year's Day" }],
  }),
  'read-failed': message<{ why: string }>({
    en: ({ why }) => `Sorry, reading the call handling from RingCentral failed: ${why}. Try again in a moment.`,
    fr: ({ why }) => french`Désolé, la lecture de la gestion des appels dans RingCentral a échoué : ${why}. Réessayez dans un instant.`,
    examples: [{ why: 'timeout' }],
  }),
  'could-not-prefill': message<{ why: string }>({
    en: ({ why }) => `I couldn't prefill the form: ${why}`,
    fr: ({ why }) => french`Je n'ai pas pu préremplir le formulaire : ${why}`,
    examples: [{ why: 'No command given.' }],
  }),
  'not-a-route': message<{ text: string }>({
    en: ({ text }) => `"${text}" is not a route, so the form starts empty.`,
    fr: ({ text }) => french`« ${text} » n'est pas un acheminement, le formulaire commence donc vide.`,
    examples: [{ text: 'status' }],
  }),
};
