import { french, type Language } from '../i18n/index.ts';
import type { IntentKind } from './intent.ts';

/** One command form in one language for the README and help: how to write it, what it does, an example. */
export interface CommandReferenceEntry {
  readonly syntax: string;
  readonly description: string;
  readonly example: string;
  /** The Intent the example reads as (checked by a test in each language). */
  readonly intent: IntentKind;
}

/** How a command form is written and explained in one language. */
type CommandWording = Omit<CommandReferenceEntry, 'intent'>;

/** One command form in every language, so a language cannot be left out of an entry. */
type CommandForm = { readonly intent: IntentKind } & { readonly [L in Language]: CommandWording };

// The French words are the French grammar's (src/language/french/); names from the company
// directory (Sales, Alice, Support Menu) stay as they are.
const COMMAND_FORMS: ReadonlyArray<CommandForm> = [
  {
    intent: 'route',
    en: {
      syntax: 'route to <target>',
      description: 'Where calls go during business hours. Also "send", "forward", "send calls".',
      example: 'route to greeting',
    },
    fr: {
      syntax: 'envoyer vers <cible>',
      description: french`Où vont les appels pendant les heures d'ouverture. Aussi « router vers ».`,
      example: "envoyer vers l'accueil",
    },
  },
  {
    intent: 'route',
    en: {
      syntax: 'route to <target> after hours | route after hours to <target>',
      description: 'Where calls go outside business hours.',
      example: 'route after hours to voicemail',
    },
    fr: {
      syntax: 'envoyer vers <cible> en dehors des heures',
      description: french`Où vont les appels en dehors des heures d'ouverture.`,
      example: 'envoyer vers la messagerie en dehors des heures',
    },
  },
  {
    intent: 'add-rule',
    en: {
      syntax: 'route to <target> on <date>',
      description: 'A custom rule for one whole day, local midnight to midnight. A date without a year is the next one to come; "Friday" is the next Friday.',
      example: 'route to voicemail on Dec 25',
    },
    fr: {
      syntax: 'envoyer vers <cible> le <date>',
      description: french`Une règle personnalisée pour une journée entière, de minuit à minuit, heure locale. Une date sans année est la prochaine à venir ; « vendredi » est le prochain vendredi.`,
      example: 'envoyer vers la messagerie le 25 déc.',
    },
  },
  {
    intent: 'add-rule',
    en: {
      syntax: 'route to <target> <date>-<day> | from <date> [<time>] to <date> [<time>] | between <date> and <date>',
      description: 'A custom rule for a date range; a day named as the end is included ("until <date>" stops at its start). ISO date-times work too.',
      example: 'route to voicemail from Dec 24 5pm to Dec 26 9am',
    },
    fr: {
      syntax: 'envoyer vers <cible> <jour>-<date> | du <date> [<heure>] au <date> [<heure>] | entre le <date> et le <date>',
      description: french`Une règle personnalisée pour une période ; le jour nommé comme fin est compris (« jusqu'au <date> » s'arrête à son début).`,
      example: 'envoyer vers la messagerie du 24 déc. 17 h au 26 déc. 9 h',
    },
  },
  {
    intent: 'add-rule',
    en: {
      syntax: 'route to <target> on <date> from <time> to <time>',
      description: 'A custom rule for part of one day. "from 12 to 1" is 12:00-13:00 and "9 to 5" is 09:00-17:00.',
      example: 'route to announcement on Dec 31 from 12 to 5',
    },
    fr: {
      syntax: 'envoyer vers <cible> le <date> de <heure> à <heure>',
      description: french`Une règle personnalisée pour une partie d'une journée, les heures de 0 à 24 : « de 12 h à 13 h », « de 9 h à 17 h 30 ».`,
      example: "envoyer vers l'annonce le 31 déc. de 12 h à 17 h",
    },
  },
  {
    intent: 'add-rule',
    en: {
      syntax: 'route to <target> <days> [<time>-<time>]',
      description: 'A custom rule every week: "weekdays", "weekends", "every Saturday", "Mon, Wed", "Mon-Fri". A range past midnight is split per day.',
      example: 'route to Sales weekdays 12:00-13:00',
    },
    fr: {
      syntax: 'envoyer vers <cible> <jours> [de <heure> à <heure>]',
      description: french`Une règle personnalisée chaque semaine : « les jours de semaine », « le week-end », « tous les samedis », « lun. et mer. », « lun.-ven. ». Une plage qui passe minuit est coupée jour par jour.`,
      example: 'envoyer vers Sales les jours de semaine de 12 h à 13 h',
    },
  },
  {
    intent: 'add-rule',
    en: {
      syntax: 'route to <target> now until <time> | for <duration>',
      description: 'A custom rule from now: "until 3pm", "until tomorrow 9am", "for 2 hours".',
      example: 'route to voicemail for 2 hours',
    },
    fr: {
      syntax: "envoyer vers <cible> maintenant jusqu'à <heure> | pendant <durée>",
      description: french`Une règle personnalisée à partir de maintenant : « jusqu'à 15 h », « jusqu'à demain 9 h », « pendant 2 heures ».`,
      example: 'envoyer vers la messagerie pendant 2 heures',
    },
  },
  {
    intent: 'add-rule',
    en: {
      syntax: 'route to <target> [<when>] when <number> calls | for calls to <number>',
      description: 'A custom rule for one caller (a partial number matches by prefix) or one company number, with or without a <when>.',
      example: 'route to Alice when +1 415 555 0100 calls',
    },
    fr: {
      syntax: 'envoyer vers <cible> [<quand>] quand le <numéro> appelle | pour les appels au <numéro>',
      description: french`Une règle personnalisée pour un appelant (un numéro partiel vaut pour tous ceux qui commencent ainsi) ou pour un numéro de l'entreprise, avec ou sans <quand>.`,
      example: 'envoyer vers Alice quand le +1 415 555 0100 appelle',
    },
  },
  {
    intent: 'add-rule',
    en: {
      syntax: 'route to <target> <when> named "<name>"',
      description: 'Gives the new rule a name (30 characters at most) instead of the proposed one.',
      example: 'route to voicemail on Dec 25 named "Christmas"',
    },
    fr: {
      syntax: 'envoyer vers <cible> <quand> nommée "<nom>"',
      description: french`Donne un nom à la nouvelle règle (30 caractères au plus) au lieu de celui proposé.`,
      example: 'envoyer vers la messagerie le 25 déc. nommée "Noël"',
    },
  },
  {
    intent: 'route',
    en: {
      syntax: 'route to <user>, <user> and <user> [all at once | in order | longest idle]',
      description: 'Rings several users through a call queue (all at once unless told otherwise).',
      example: 'route to Alice, Bob and Chloé in order',
    },
    fr: {
      syntax: "envoyer vers <utilisateur>, <utilisateur> et <utilisateur> [en même temps | dans l'ordre | le plus longtemps inactif]",
      description: french`Fait sonner plusieurs utilisateurs par une file d'attente (tous en même temps, sauf mention contraire).`,
      example: "envoyer vers Alice, Bob et Chloé dans l'ordre",
    },
  },
  {
    intent: 'set-ring-mode',
    en: {
      syntax: 'ring <queue> all at once | in order | longest idle',
      description: "Sets how a call queue rings its members.",
      example: 'ring Sales longest idle',
    },
    fr: {
      syntax: "sonner <file> en même temps | dans l'ordre | le plus longtemps inactif",
      description: french`Règle la façon dont une file d'attente fait sonner ses membres.`,
      example: 'sonner Sales le plus longtemps inactif',
    },
  },
  {
    intent: 'set-dial-zero',
    en: {
      syntax: 'dial 0 to greeting | nothing | operator | <target> [in <IVR menu>]',
      description: "Sets the 0 key of an IVR menu. The main site's own 0 key can only be changed in the admin portal (Phone System > Auto-Receptionist > IVR Settings).",
      example: 'dial 0 to operator in Support Menu',
    },
    fr: {
      syntax: 'composer 0 vers accueil | rien | standardiste | <cible> [dans <menu SVI>]',
      description: french`Règle la touche 0 d'un menu SVI. La touche 0 du site principal ne se règle que dans le portail d'administration (Phone System > Auto-Receptionist > IVR Settings).`,
      example: 'composer 0 vers standardiste dans Support Menu',
    },
  },
  {
    intent: 'set-business-hours',
    en: {
      syntax: 'hours <days> <time>-<time>[, <days> <time>-<time>] | hours 24/7',
      description: 'Sets business hours in the company time zone.',
      example: 'hours Mon-Fri 9-5, Sat 10-14',
    },
    fr: {
      syntax: 'heures <jours> <heure>-<heure>[, <jours> <heure>-<heure>] | heures 24/7',
      description: french`Règle les heures d'ouverture, dans le fuseau horaire de l'entreprise.`,
      example: 'heures lun.-ven. 9 h-17 h, sam. 10 h-14 h',
    },
  },
  {
    intent: 'holidays',
    en: {
      syntax: 'holidays <country>[-<region>] <year> [to <target>]',
      description: 'One custom rule with the public holidays of a year, as observed (substitute days included). Without a target calls are routed as after hours.',
      example: 'holidays US 2027',
    },
    fr: {
      syntax: 'fériés <pays>[-<région>] <année> [vers <cible>]',
      description: french`Une règle personnalisée avec les jours fériés d'une année, tels qu'ils sont observés (jours reportés compris). Sans cible, les appels vont où ils vont en dehors des heures.`,
      example: 'fériés CA-QC 2027',
    },
  },
  {
    intent: 'close',
    en: {
      syntax: 'close [now] [until <time> | for <duration>] [to <target>]',
      description: 'An emergency closure from now; it ends by itself, by default at the end of today. Routed as after hours unless a target is given.',
      example: 'close now until 3pm',
    },
    fr: {
      syntax: "fermer [maintenant] [jusqu'à <heure> | pendant <durée>] [vers <cible>]",
      description: french`Une fermeture d'urgence à partir de maintenant ; elle finit d'elle-même, par défaut à la fin de la journée. Les appels vont où ils vont en dehors des heures, sauf si une cible est donnée.`,
      example: "fermer maintenant jusqu'à 15 h",
    },
  },
  {
    intent: 'open',
    en: {
      syntax: 'open',
      description: 'Ends the emergency closure in force.',
      example: 'open',
    },
    fr: {
      syntax: 'ouvrir',
      description: french`Met fin à la fermeture d'urgence en cours.`,
      example: 'ouvrir',
    },
  },
  {
    intent: 'list-rules',
    en: {
      syntax: 'rules',
      description: 'Lists the custom rules in the order RingCentral evaluates them.',
      example: 'rules',
    },
    fr: {
      syntax: 'règles',
      description: french`Liste les règles personnalisées dans l'ordre où RingCentral les évalue.`,
      example: 'règles',
    },
  },
  {
    intent: 'change-rule',
    en: {
      syntax: 'rule <name> off | on | delete',
      description: 'Switches a custom rule off or on, or deletes it.',
      example: 'rule "Lunch" off',
    },
    fr: {
      syntax: 'règle <nom> activée | désactivée | supprimer',
      description: french`Active ou désactive une règle personnalisée, ou la supprime.`,
      example: 'règle "Noël" désactivée',
    },
  },
  {
    intent: 'status',
    en: {
      syntax: 'status [at <time>]',
      description: 'Shows where calls go now, or at a given moment.',
      example: 'status at Dec 24 6pm',
    },
    fr: {
      syntax: 'état [<moment>]',
      description: french`Montre où vont les appels maintenant, ou à un moment donné.`,
      example: 'état 24 déc. 18 h',
    },
  },
  {
    intent: 'test',
    en: {
      syntax: 'test <time> [from <number>] [to <number>]',
      description: 'Shows where a call at that moment, from that caller, to that company number would go.',
      example: 'test Dec 24 10am from +1 415 555 0100',
    },
    fr: {
      syntax: 'tester <moment> [de <numéro>] [au <numéro>]',
      description: french`Montre où irait un appel à ce moment, de cet appelant, vers ce numéro de l'entreprise.`,
      example: 'tester 24 déc. 10 h de +1 415 555 0100',
    },
  },
  {
    intent: 'week',
    en: {
      syntax: 'week [<date>] [from <number>] [to <number>]',
      description: 'Shows where calls go hour by hour over the week (Monday to Sunday) containing that date, this week without one, and why.',
      example: 'week Dec 21',
    },
    fr: {
      syntax: 'semaine [du <date>] [de <numéro>] [au <numéro>]',
      description: french`Montre heure par heure où vont les appels pendant la semaine (du lundi au dimanche) qui contient cette date, cette semaine-ci sans date, et pourquoi.`,
      example: 'semaine du 21 déc.',
    },
  },
  {
    intent: 'list-requests',
    en: {
      syntax: 'requests',
      description: 'Lists the pending change requests with their numbers. Also "pending".',
      example: 'requests',
    },
    fr: {
      syntax: 'demandes',
      description: french`Liste les demandes de modification en attente, avec leurs numéros.`,
      example: 'demandes',
    },
  },
  {
    intent: 'approve',
    en: {
      syntax: 'approve <id>',
      description: 'Approves a pending change request; it applies once it has the approvals it needs.',
      example: 'approve 12',
    },
    fr: {
      syntax: 'approuver <numéro>',
      description: french`Approuve une demande en attente ; elle s'applique dès qu'elle a les approbations qu'il lui faut.`,
      example: 'approuver 12',
    },
  },
  {
    intent: 'reject',
    en: {
      syntax: 'reject <id> [<reason>]',
      description: 'Turns a pending change request down; the requester sees the reason.',
      example: 'reject 12 Dec 25 is already covered',
    },
    fr: {
      syntax: 'refuser <numéro> [<raison>]',
      description: french`Refuse une demande en attente ; le demandeur voit la raison.`,
      example: 'refuser 12 le 25 déc. est déjà couvert',
    },
  },
  {
    intent: 'cancel',
    en: {
      syntax: 'cancel <id>',
      description: 'Withdraws your own pending change request.',
      example: 'cancel 12',
    },
    fr: {
      syntax: 'annuler <numéro>',
      description: french`Retire votre propre demande en attente.`,
      example: 'annuler 12',
    },
  },
  {
    intent: 'replan',
    en: {
      syntax: 'replan <id>',
      description: 'Plans a stale change request again against the call handling as it is now.',
      example: 'replan 12',
    },
    fr: {
      syntax: 'replanifier <numéro>',
      description: french`Planifie de nouveau une demande périmée, d'après la gestion des appels telle qu'elle est maintenant.`,
      example: 'replanifier 12',
    },
  },
  {
    intent: 'history',
    en: {
      syntax: 'history [<n>]',
      description: 'Shows the latest changes from the audit trail, newest first (n from 1 to 200).',
      example: 'history 20',
    },
    fr: {
      syntax: 'historique [<n>]',
      description: french`Montre les dernières modifications du journal d'audit, les plus récentes d'abord (n de 1 à 200).`,
      example: 'historique 20',
    },
  },
  {
    intent: 'undo',
    en: {
      syntax: 'undo <id>',
      description: 'Requests the change that puts back what an applied change request replaced.',
      example: 'undo 12',
    },
    fr: {
      syntax: 'défaire <numéro>',
      description: french`Demande la modification qui remet ce qu'une demande appliquée a remplacé.`,
      example: 'défaire 12',
    },
  },
  {
    intent: 'audit-verify',
    en: {
      syntax: 'audit verify',
      description: 'Checks that no entry of the audit trail was changed or removed.',
      example: 'audit verify',
    },
    fr: {
      syntax: "vérifier l'audit",
      description: french`Vérifie qu'aucune entrée du journal d'audit n'a été modifiée ni supprimée.`,
      example: "vérifier l'audit",
    },
  },
];

/**
 * The command reference in a language, as data: one entry per command form, in the order help
 * shows them. The README's command references are generated from it.
 */
export function commandReference(language: Language): ReadonlyArray<CommandReferenceEntry> {
  return COMMAND_FORMS.map((form) => ({ ...form[language], intent: form.intent }));
}

/** The command reference in English. */
export const COMMAND_REFERENCE: ReadonlyArray<CommandReferenceEntry> = commandReference('en');
