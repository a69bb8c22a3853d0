import { messages } from '../catalogue.ts';
import { french } from '../french-typography.ts';

/** What a refusal is said with: the part of the command at fault and the names close to it. */
export interface RefusalValues {
  readonly text: string;
  readonly candidates: ReadonlyArray<string>;
}

// With and without candidates, and with an empty text: each wording that branches on them is
// said every way.
const EXAMPLES: readonly [RefusalValues, ...RefusalValues[]] = [
  { text: 'Alise', candidates: ['Alice Smith (ext 101)', 'Alex Kim (ext 104)'] },
  { text: 'Board call', candidates: [] },
  { text: '', candidates: [] },
];

/**
 * Why a command was refused and what to type instead, one entry per refusal code of language/.
 * The examples in the French wording are commands the French grammar reads.
 */
export const REFUSAL_MESSAGES = messages(EXAMPLES, {
  'command-empty': {
    en: () => 'No command given. Try "status", "rules" or "route to voicemail on Dec 25".',
    fr: () => french`Aucune commande. Essayez « état », « règles » ou « envoyer vers la messagerie le 25 déc. ».`,
  },
  'command-too-long': {
    en: () => 'That command is too long. Keep it under 500 characters, one change per command.',
    fr: () => 'Cette commande est trop longue. Restez sous 500 caractères, une modification par commande.',
  },
  'command-unknown': {
    en: ({ text }) => `I don't know the command "${text}". Try "route to voicemail on Dec 25", "hours Mon-Fri 9-5" or "status".`,
    fr: ({ text }) =>
      french`Je ne connais pas la commande « ${text} ». Essayez « envoyer vers la messagerie le 25 déc. », « heures lun.-ven. 9 h-17 h, sam. 10 h-14 h » ou « état ».`,
  },
  'leftover-words': {
    en: ({ text }) => `I didn't understand "${text}". Remove it or rephrase, e.g. "route to voicemail on Dec 25".`,
    fr: ({ text }) => french`Je n'ai pas compris « ${text} ». Retirez-le ou reformulez, par exemple « envoyer vers la messagerie le 25 déc. ».`,
  },
  'test-needs-time': {
    en: () => 'Say when the call comes in, e.g. "test Dec 24 10am" or "test 2026-12-24T10:00".',
    fr: () => french`Dites quand l'appel arrive, par exemple « tester 24 déc. 10 h » ou « tester 2026-12-24 10 h ».`,
  },
  'instant-unreadable': {
    en: ({ text }) => `I couldn't read "${text}" as a date and time. Try "Dec 24 10am" or "2026-12-24T10:00".`,
    fr: ({ text }) => french`Je n'ai pas pu lire « ${text} » comme une date et une heure. Essayez « 24 déc. 10 h » ou « 2026-12-24 10 h ».`,
  },
  'instant-ambiguous': {
    en: ({ text }) => `"${text}" names more than one moment. Give one date and time, e.g. "Dec 24 10am".`,
    fr: ({ text }) => french`« ${text} » désigne plus d'un moment. Donnez une seule date et heure, par exemple « 24 déc. 10 h ».`,
  },
  'instant-leftover-words': {
    en: ({ text }) => `I didn't understand "${text}". Give just a date and time, e.g. "Dec 24 10am".`,
    fr: ({ text }) => french`Je n'ai pas compris « ${text} ». Donnez seulement une date et une heure, par exemple « 24 déc. 10 h ».`,
  },
  'date-unreadable': {
    en: ({ text }) => `I couldn't read "${text}" as a date. Try "Dec 25", "tomorrow", "from Dec 24 5pm to Dec 26 9am" or "weekdays 12-1".`,
    fr: ({ text }) =>
      french`Je n'ai pas pu lire « ${text} » comme une date. Essayez « le 25 déc. », « demain », « du 24 déc. 17 h au 26 déc. 9 h » ou « les jours de semaine de 12 h à 13 h ».`,
  },
  'date-impossible': {
    en: ({ text }) => `"${text}" is not a real date. Check the day and the month, e.g. "Feb 28".`,
    fr: ({ text }) => french`« ${text} » n'est pas une vraie date. Vérifiez le jour et le mois, par exemple « le 28 févr. ».`,
  },
  'date-ambiguous': {
    en: ({ text }) => `"${text}" can be read two ways. Write the month as a word, e.g. "Jun 10", or use 2027-06-10.`,
    fr: ({ text }) => french`« ${text} » peut se lire de deux façons. Écrivez le mois en lettres, par exemple « le 10 juin », ou utilisez 2027-06-10.`,
  },
  'date-vague': {
    en: ({ text }) => `"${text}" is not an exact day. Name the days, e.g. "Dec 25" or "from Dec 24 to Dec 31".`,
    fr: ({ text }) => french`« ${text} » n'est pas un jour précis. Nommez les jours, par exemple « le 25 déc. » ou « du 24 déc. au 31 déc. ».`,
  },
  // Dates are read in English and in French; this refusal is for text that is neither.
  'date-language': {
    en: ({ text }) => `I read dates in English and French, and "${text}" is neither. Write it like "Dec 25" or "2027-12-25".`,
    fr: ({ text }) => french`Je lis les dates en français et en anglais, et « ${text} » n'est ni l'un ni l'autre. Écrivez-la comme « le 25 déc. » ou « 2027-12-25 ».`,
  },
  'date-in-past': {
    en: ({ text }) => `"${text}" is in the past. Give a date still to come, e.g. "Dec 25" or "tomorrow".`,
    fr: ({ text }) => french`« ${text} » est dans le passé. Donnez une date à venir, par exemple « le 25 déc. » ou « demain ».`,
  },
  // French reads hours on the 24-hour clock, so the way out is that, not am or pm.
  'time-ambiguous': {
    en: ({ text }) => `"${text}" could be morning or afternoon. Add am or pm, e.g. "5pm" or "1-5pm", or use 24-hour time like 17:00.`,
    fr: ({ text }) => french`« ${text} » peut être le matin ou l'après-midi. Donnez l'heure de 0 à 24, par exemple « 17 h » ou « de 13 h à 17 h ».`,
  },
  'time-vague': {
    en: ({ text }) => `"${text}" has no exact time. Give a clock time, e.g. "tomorrow 9am" or "Dec 24 from 12 to 5".`,
    fr: ({ text }) => french`« ${text} » n'a pas d'heure précise. Donnez une heure, par exemple « demain 9 h » ou « le 24 déc. de 12 h à 17 h ».`,
  },
  'range-ends-before-start': {
    en: ({ text }) => `"${text}" ends before it starts. Put the start first, e.g. "from Dec 24 5pm to Dec 26 9am".`,
    fr: ({ text }) => french`« ${text} » finit avant de commencer. Mettez le début en premier, par exemple « du 24 déc. 17 h au 26 déc. 9 h ».`,
  },
  'when-needs-end': {
    en: ({ text }) => `"${text}" is a moment, not a span of time. Give an end, e.g. "from Dec 24 5pm to Dec 26 9am" or "until 3pm".`,
    fr: ({ text }) => french`« ${text} » est un moment, pas une période. Donnez une fin, par exemple « du 24 déc. 17 h au 26 déc. 9 h » ou « jusqu'à 15 h ».`,
  },
  'when-needs-day': {
    en: ({ text }) => `"${text}" has times but no day. Add one, e.g. "on Dec 31 from 12 to 5" or "weekdays 12-1".`,
    fr: ({ text }) =>
      french`« ${text} » a des heures mais pas de jour. Ajoutez-en un, par exemple « le 31 déc. de 12 h à 17 h » ou « les jours de semaine de 12 h à 13 h ».`,
  },
  'duration-unreadable': {
    en: ({ text }) => `I couldn't read "${text}" as a length of time. Try "for 2 hours" or "for 30 minutes".`,
    fr: ({ text }) => french`Je n'ai pas pu lire « ${text} » comme une durée. Essayez « pendant 2 heures » ou « pendant 30 minutes ».`,
  },
  'weekly-unreadable': {
    en: ({ text }) => `I couldn't read "${text}" as weekly hours. Try "hours Mon-Fri 9-5, Sat 10-14" or "hours 24/7".`,
    fr: ({ text }) =>
      french`Je n'ai pas pu lire « ${text} » comme des heures de la semaine. Essayez « heures lun.-ven. 9 h-17 h, sam. 10 h-14 h » ou « heures 24/7 ».`,
  },
  'phone-number-unreadable': {
    en: ({ text }) => `"${text}" is not a phone number. Use digits, e.g. "+1 415 555 0100"; a caller number may be partial, e.g. "+1 415".`,
    fr: ({ text }) =>
      french`« ${text} » n'est pas un numéro de téléphone. Utilisez des chiffres, par exemple « +1 415 555 0100 » ; le numéro d'un appelant peut être partiel, par exemple « +1 415 ».`,
  },
  'target-missing': {
    en: () => 'Say where calls go, e.g. "route to voicemail", "route to ext 102" or "route to greeting".',
    fr: () => french`Dites où vont les appels, par exemple « envoyer vers la messagerie », « envoyer vers le poste 102 » ou « envoyer vers l'accueil ».`,
  },
  'target-unknown': {
    en: ({ text, candidates }) =>
      candidates.length > 0
        ? `I don't know "${text}" as a destination. Did you mean: ${candidates.join(', ')}?`
        : `I don't know "${text}" as a destination. Use a name, "ext 102", "voicemail", "announcement" or "greeting".`,
    fr: ({ text, candidates }) =>
      candidates.length > 0
        ? french`Je ne connais pas la destination « ${text} ». Vouliez-vous dire : ${candidates.join(', ')} ?`
        : french`Je ne connais pas la destination « ${text} ». Utilisez un nom, « poste 102 », « messagerie », « annonce » ou « accueil ».`,
  },
  'target-ambiguous': {
    en: ({ text, candidates }) => `"${text}" matches more than one destination: ${candidates.join(', ')}. Use the full name or the extension number.`,
    fr: ({ text, candidates }) => french`« ${text} » correspond à plusieurs destinations : ${candidates.join(', ')}. Utilisez le nom complet ou le numéro de poste.`,
  },
  'target-disabled': {
    en: ({ text }) => `"${text}" is disabled in RingCentral. Enable it there first, or pick another destination.`,
    fr: ({ text }) => french`« ${text} » est désactivé dans RingCentral. Activez-le d'abord là-bas, ou choisissez une autre destination.`,
  },
  'target-not-user': {
    en: ({ text }) => `"${text}" is not a user; only users can be rung together. Name users, e.g. "route to Alice, Bob and Chloé in order".`,
    fr: ({ text }) =>
      french`« ${text} » n'est pas un utilisateur ; seuls des utilisateurs peuvent sonner ensemble. Nommez des utilisateurs, par exemple « envoyer vers Alice, Bob et Chloé dans l'ordre ».`,
  },
  'target-not-queue': {
    en: ({ text }) => `"${text}" is not a call queue. Name a queue, e.g. "ring Sales in order".`,
    fr: ({ text }) => french`« ${text} » n'est pas une file d'attente. Nommez une file, par exemple « sonner Sales dans l'ordre ».`,
  },
  'dial-zero-target-unsupported': {
    en: ({ text }) => `Dial 0 can go to the greeting, the operator, nothing or one extension, not "${text}".`,
    fr: ({ text }) => french`Le 0 peut mener à l'accueil, au standardiste, à rien ou à un poste, pas à « ${text} ».`,
  },
  'menu-unknown': {
    en: ({ text, candidates }) =>
      candidates.length > 0
        ? `I don't know the IVR menu "${text}". Did you mean: ${candidates.join(', ')}?`
        : `I don't know the IVR menu "${text}". Use an IVR menu's name or extension number.`,
    fr: ({ text, candidates }) =>
      candidates.length > 0
        ? french`Je ne connais pas le menu SVI « ${text} ». Vouliez-vous dire : ${candidates.join(', ')} ?`
        : french`Je ne connais pas le menu SVI « ${text} ». Utilisez le nom ou le numéro de poste d'un menu SVI.`,
  },
  'ring-mode-missing': {
    en: ({ text }) => `Say how to ring "${text}": "all at once", "in order" or "longest idle".`,
    fr: ({ text }) => french`Dites comment faire sonner « ${text} » : « en même temps », « dans l'ordre » ou « le plus longtemps inactif ».`,
  },
  'rule-name-too-long': {
    en: ({ text }) => `The rule name "${text}" is longer than RingCentral's 30 characters. Choose a shorter one, e.g. named "Christmas".`,
    fr: ({ text }) => french`Le nom de règle « ${text} » dépasse les 30 caractères de RingCentral. Choisissez-en un plus court, par exemple « nommée "Noël" ».`,
  },
  'rule-name-empty': {
    en: () => 'The rule name is empty. Put it in quotes, e.g. named "Christmas".',
    fr: () => french`Le nom de la règle est vide. Mettez-le entre guillemets, par exemple « nommée "Noël" ».`,
  },
  'rule-unknown': {
    en: ({ text, candidates }) =>
      candidates.length > 0 ? `There is no rule "${text}". Rules: ${candidates.join(', ')}.` : `There is no rule "${text}". Type "rules" to list them.`,
    fr: ({ text, candidates }) =>
      candidates.length > 0
        ? french`Il n'y a pas de règle « ${text} ». Règles : ${candidates.join(', ')}.`
        : french`Il n'y a pas de règle « ${text} ». Tapez « règles » pour les voir.`,
  },
  'rule-ambiguous': {
    en: ({ text, candidates }) => `Several rules are named "${text}": ${candidates.join(', ')}. Use the rule id instead of the name.`,
    fr: ({ text, candidates }) => french`Plusieurs règles s'appellent « ${text} » : ${candidates.join(', ')}. Utilisez l'identifiant de la règle au lieu de son nom.`,
  },
  'rule-action-missing': {
    en: ({ text }) => `Say what to do with rule "${text}": "on", "off" or "delete", e.g. "rule ${text || 'Christmas'} off".`,
    fr: ({ text }) =>
      french`Dites quoi faire de la règle « ${text} » : « activée », « désactivée » ou « supprimer », par exemple « règle "${text || 'Noël'}" désactivée ».`,
  },
  'holidays-needs-year': {
    en: ({ text }) => `Say which year, e.g. "holidays ${text || 'US'} 2027".`,
    fr: ({ text }) => french`Dites quelle année, par exemple « fériés ${text || 'CA-QC'} 2027 ».`,
  },
  'holidays-country-unknown': {
    en: ({ text }) =>
      `I don't know the holiday calendar "${text}". Use an ISO 3166 country code with an optional region, e.g. "US", "CA-QC" or "GB-ENG"; all codes are listed at https://github.com/commenthol/date-holidays#supported-countries-states-regions.`,
    fr: ({ text }) =>
      french`Je ne connais pas le calendrier de fériés « ${text} ». Utilisez un code de pays ISO 3166, suivi ou non d'une région, par exemple « FR », « CA-QC » ou « US » ; tous les codes sont sur https://github.com/commenthol/date-holidays#supported-countries-states-regions.`,
  },
  'holidays-region-unknown': {
    en: ({ text, candidates }) => `I don't know the region "${text}". Regions of that country: ${candidates.join(', ') || 'none'}.`,
    fr: ({ text, candidates }) => french`Je ne connais pas la région « ${text} ». Régions de ce pays : ${candidates.join(', ') || 'aucune'}.`,
  },
  // `text` is the command word as typed ("approve", "approuver"), so the example repeats it.
  'request-id-missing': {
    en: ({ text }) => `Say which request, e.g. "${text || 'approve'} 12"; "requests" lists the pending ones and "history" the past ones.`,
    fr: ({ text }) =>
      french`Dites quelle demande, par exemple « ${text || 'approuver'} 12 » ; « demandes » montre celles en attente et « historique » les précédentes.`,
  },
  'request-id-unreadable': {
    en: ({ text }) => `"${text}" is not a request number. Use the number "requests" or "history" shows, e.g. "approve 12" or "approve #12".`,
    fr: ({ text }) => french`« ${text} » n'est pas un numéro de demande. Utilisez le numéro que montrent « demandes » ou « historique », par exemple « approuver 12 ».`,
  },
  'history-limit-invalid': {
    en: ({ text }) => `"${text}" is not a number of entries from 1 to 200. Try "history 20", or "history" for the latest ones.`,
    fr: ({ text }) => french`« ${text} » n'est pas un nombre d'entrées de 1 à 200. Essayez « historique 20 », ou « historique » pour les dernières.`,
  },
});
