import { message } from '../catalogue.ts';
import { french } from '../french-typography.ts';
import { CONSOLE_WORKFLOW_MESSAGES } from './console-workflow.ts';

/**
 * The console's own words and `switchboard run`'s: the colon commands, how to move around, the
 * progress and waiting lines, and (from console-workflow.ts) what is said around a change.
 */
export const CONSOLE_MESSAGES = {
  ...CONSOLE_WORKFLOW_MESSAGES,
  'console-commands': message({
    en: () => `Console commands:
  :as <user>   Act as another user (a Slack user id or name), e.g. to approve a request; ":as" alone is you again.
  :now <time>  Pretend it is this time (ISO; without an offset, in the company time zone); ":now" alone is the real clock.
  :lang en|fr  Read commands in English or French first, and answer in it; ":lang" alone says which.
  :help        The commands.
  :quit        Leave (Ctrl+D and the end of piped input do too).`,
    fr: () => french`Commandes de la console :
  :as <utilisateur>  Agir comme un autre utilisateur (identifiant ou nom Slack), par exemple pour approuver une demande ; « :as » seul vous rend la main.
  :now <moment>      Faire comme s'il était ce moment (ISO ; sans décalage, dans le fuseau de l'entreprise) ; « :now » seul revient à l'horloge réelle.
  :lang fr|en        Lire les commandes d'abord en français ou en anglais, et répondre dans cette langue ; « :lang » seul dit laquelle.
  :help              Les commandes.
  :quit              Quitter (Ctrl+D et la fin d'une entrée redirigée aussi).`,
  }),
  'console-keys': message({
    en: () => 'Tab completes command words and names; the arrow keys go through earlier commands.',
    fr: () => french`Tab complète les mots des commandes et les noms ; les flèches parcourent les commandes précédentes.`,
  }),
  'console-unknown-command': message<{ word: string }>({
    en: ({ word }) => `Unknown console command "${word}": the console commands are :as <user>, :now <time>, :lang en|fr, :help and :quit.`,
    fr: ({ word }) => french`Commande de console inconnue « ${word} » : les commandes de la console sont :as <utilisateur>, :now <moment>, :lang fr|en, :help et :quit.`,
    examples: [{ word: ':foo' }],
  }),
  'console-welcome': message({
    en: () => 'Type a command such as "status" or "route to voicemail on Dec 25"; :help lists them all, :quit leaves.',
    fr: () => french`Tapez une commande comme « état » ou « envoyer vers la messagerie le 25 déc. » ; :help les liste toutes, :quit pour quitter.`,
  }),
  'console-as-not-a-name': message<{ user: string }>({
    en: ({ user }) => `":as ${user}" is not a user id or name: use letters, digits, dots and dashes, e.g. :as alice.`,
    fr: ({ user }) => french`« :as ${user} » n'est ni un identifiant ni un nom d'utilisateur : utilisez des lettres, des chiffres, des points et des tirets, par exemple :as alice.`,
    examples: [{ user: 'alice smith' }],
  }),
  'console-acting-as-yourself': message<{ id: string }>({
    en: ({ id }) => `Acting as yourself (${id}).`,
    fr: ({ id }) => `Vous agissez en votre nom (${id}).`,
    examples: [{ id: 'local-admin' }],
  }),
  'console-acting-as': message<{ user: string }>({
    en: ({ user }) => `Acting as ${user}.`,
    fr: ({ user }) => `Vous agissez en tant que ${user}.`,
    examples: [{ user: 'alice' }],
  }),
  'console-real-clock': message({ en: () => 'Back to the real clock.', fr: () => "Retour à l'horloge réelle." }),
  'console-zone-unknown': message({
    en: () => 'The company time zone is unknown until RingCentral can be read; try :now again in a moment.',
    fr: () => french`Le fuseau horaire de l'entreprise reste inconnu tant que RingCentral ne peut pas être lu ; réessayez :now dans un instant.`,
  }),
  'console-now-not-iso': message<{ time: string }>({
    en: ({ time }) => `":now ${time}" is not an ISO date-time. Try :now 2026-12-24T10:00 (company time) or :now alone for the real clock.`,
    fr: ({ time }) => french`« :now ${time} » n'est pas une date-heure ISO. Essayez :now 2026-12-24T10:00 (heure de l'entreprise), ou :now seul pour l'horloge réelle.`,
    examples: [{ time: 'tomorrow' }],
  }),
  'console-pretending': message<{ at: string; zone: string }>({
    en: ({ at, zone }) => `Pretending it is ${at} ${zone}; :now alone goes back to the real clock.`,
    fr: ({ at, zone }) => french`Vous faites comme s'il était ${at}, fuseau ${zone} ; :now seul revient à l'horloge réelle.`,
    examples: [{ at: 'mer. 25 nov. 2026, 12 h 00 (HNE)', zone: 'US/Eastern' }],
  }),
  'run-now-not-iso': message<{ text: string }>({
    en: ({ text }) => `--now "${text}" is not an ISO date-time. Try --now 2026-12-24T10:00.`,
    fr: ({ text }) => french`--now « ${text} » n'est pas une date-heure ISO. Essayez --now 2026-12-24T10:00.`,
    examples: [{ text: 'tomorrow' }],
  }),
  'reading-ringcentral': message({ en: () => 'Reading RingCentral…', fr: () => 'Lecture de RingCentral…' }),
  'connecting-to-ringcentral': message({ en: () => 'Connecting to RingCentral…', fr: () => 'Connexion à RingCentral…' }),
  'rate-limit-wait': message<{ group: string; seconds: number; retryAfter: boolean }>({
    en: ({ group, seconds, retryAfter }) => `Waiting for RingCentral's rate limit (${retryAfter ? `Retry-After after a 429 on the ${group} group` : `${group} group`}), about ${seconds} s…`,
    fr: ({ group, seconds, retryAfter }) =>
      `Attente de la limite de débit de RingCentral (${retryAfter ? `Retry-After après un 429 sur le groupe ${group}` : `groupe ${group}`}), environ ${seconds} s…`,
    examples: [{ group: 'Light', seconds: 40, retryAfter: false }, { group: 'Heavy', seconds: 60, retryAfter: true }],
  }),
  'run-usage': message({
    en: () => 'Usage: switchboard run [--now TIME] [--as NAME] [--yes] [--json] [--png FILE] "<command>"',
    fr: () => french`Utilisation : switchboard run [--now MOMENT] [--as NOM] [--yes] [--json] [--png FICHIER] '<commande>'`,
  }),
  'run-no-command': message({ en: () => 'No command given.', fr: () => 'Aucune commande donnée.' }),
  'run-as-not-a-name': message<{ user: string }>({
    en: ({ user }) => `--as "${user}" is not a user id or name: use letters, digits, dots and dashes, e.g. --as alice.`,
    fr: ({ user }) => french`--as « ${user} » n'est ni un identifiant ni un nom d'utilisateur : utilisez des lettres, des chiffres, des points et des tirets, par exemple --as alice.`,
    examples: [{ user: 'alice smith' }],
  }),
  'console-unexpected-arguments': message<{ args: string }>({
    en: ({ args }) => `Unexpected "${args}". Usage: switchboard console (type commands once it starts).`,
    fr: ({ args }) => french`« ${args} » inattendu. Utilisation : switchboard console (tapez les commandes une fois la console ouverte).`,
    examples: [{ args: 'status' }],
  }),
};
