import { message } from '../catalogue.ts';
import { french } from '../french-typography.ts';

/** The console's own words: its colon commands and how to move around. */
export const CONSOLE_MESSAGES = {
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
};
