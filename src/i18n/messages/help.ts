import { message } from '../catalogue.ts';
import { french } from '../french-typography.ts';

/** The words around the command reference in help and in the README. */
export const HELP_MESSAGES = {
  'commands-heading': message({
    en: () => 'Commands:',
    fr: () => french`Commandes :`,
  }),
  /** Follows a command form's description in help. */
  example: message<{ example: string }>({
    en: ({ example }) => `Example: ${example}`,
    fr: ({ example }) => french`Exemple : ${example}`,
    examples: [{ example: 'status' }],
  }),
  'reference-command-column': message({ en: () => 'Command', fr: () => 'Commande' }),
  'reference-description-column': message({ en: () => 'What it does', fr: () => 'Ce qu\'elle fait' }),
  'reference-example-column': message({ en: () => 'Example', fr: () => 'Exemple' }),
  'slack-help-title': message({ en: () => 'Switchboard commands', fr: () => 'Commandes de Switchboard' }),
  'slack-help-fallback': message<{ slash: string }>({
    en: ({ slash }) => `Switchboard commands you can use with ${slash}`,
    fr: ({ slash }) => `Les commandes de Switchboard que vous pouvez utiliser avec ${slash}`,
    examples: [{ slash: '/ivr' }],
  }),
  'slack-help-ask': message({ en: () => '*Ask*', fr: () => '*Demander*' }),
  'slack-help-change': message({ en: () => '*Change call handling* (a teammate approves)', fr: () => '*Changer le traitement des appels* (un collègue approuve)' }),
  'slack-help-decide': message({ en: () => '*Decide on requests*', fr: () => '*Décider des demandes*' }),
  'slack-help-example-label': message({ en: () => '_Example:_', fr: () => french`_Exemple :_` }),
  'slack-help-more': message<{ hidden: number }>({
    en: ({ hidden }) => `…and ${hidden} more`,
    fr: ({ hidden }) => `…et ${hidden} de plus`,
    examples: [{ hidden: 3 }],
  }),
  /** The footer for someone who may request changes; `slash` and `change` are already escaped mrkdwn. */
  'slack-help-requester-footer': message<{ slash: string }>({
    en: ({ slash }) => `\`${slash} &lt;change&gt;\` shows a preview first; nothing changes until you request it.`,
    fr: ({ slash }) => french`\`${slash} &lt;changement&gt;\` montre d'abord un aperçu ; rien ne change tant que vous ne le demandez pas.`,
    examples: [{ slash: '/ivr' }],
  }),
  'slack-help-reader-footer': message({
    en: () => 'You can ask questions. To request changes, ask an admin to add you to SWITCHBOARD_REQUESTERS.',
    fr: () => 'Vous pouvez poser des questions. Pour demander des changements, demandez à un administrateur de vous ajouter à SWITCHBOARD_REQUESTERS.',
  }),
};
