import { message, messages } from '../catalogue.ts';
import { french } from '../french-typography.ts';

/** The App Home tab's own words; what it lists (status lines, rules, commands) comes worded already. */
export const APP_HOME_MESSAGES = {
  ...messages([{}], {
    'where-calls-go': { en: () => 'Where calls go', fr: () => 'Où vont les appels' },
    'this-week': { en: () => 'This week', fr: () => 'Cette semaine' },
    'upcoming-rules': { en: () => 'Custom rules in the next 60 days', fr: () => 'Règles personnalisées des 60 prochains jours' },
    'no-upcoming-rules': { en: () => 'No custom rules apply in the next 60 days.', fr: () => "Aucune règle personnalisée ne s'applique dans les 60 prochains jours." },
    'pending-requests': { en: () => 'Pending requests', fr: () => 'Demandes en attente' },
    'recent-changes': { en: () => 'Recent changes', fr: () => 'Modifications récentes' },
    'how-to-request': {
      en: () => 'To change call handling, type `/ivr` and a change, e.g. `/ivr route to voicemail on Dec 25`; `/ivr help` lists every command.',
      fr: () => french`Pour modifier la gestion des appels, tapez \`/ivr\` et une modification, par exemple \`/ivr route to voicemail on Dec 25\` ; \`/ivr help\` liste toutes les commandes.`,
    },
    'read-only': {
      en: () => 'You can read call handling here. To request changes, ask an admin to add you to SWITCHBOARD_REQUESTERS.',
      fr: () => 'Vous pouvez consulter la gestion des appels ici. Pour demander des modifications, demandez à un administrateur de vous ajouter à SWITCHBOARD_REQUESTERS.',
    },
  }),
  'business-hours': message<{ hours: string }>({
    en: ({ hours }) => `*Business hours:* ${hours}`,
    fr: ({ hours }) => french`*Heures d'ouverture :* ${hours}`,
    examples: [{ hours: 'Mon-Fri 09:00-17:00' }],
  }),
  'updated-at': message<{ date: string }>({ en: ({ date }) => `Updated ${date}.`, fr: ({ date }) => `Mis à jour ${date}.`, examples: [{ date: '2026-12-25 15:00 UTC' }] }),
  'and-more-items': message<{ count: number }>({ en: ({ count }) => `_…and ${count} more._`, fr: ({ count }) => `_…et ${count} de plus._`, examples: [{ count: 1 }, { count: 4 }] }),
  'pending-line': message<{ id: number; requester: string; command: string; expires: string }>({
    en: ({ id, requester, command, expires }) => `• *${id}* ${requester}: ${command} · expires ${expires}`,
    fr: ({ id, requester, command, expires }) => french`• *${id}* ${requester} : ${command} · expire ${expires}`,
    examples: [{ id: 12, requester: '<@U1>', command: 'route to voicemail on Dec 25', expires: '2026-12-26 15:00 UTC' }],
  }),
  'recent-line': message<{ when: string; request: string; event: string; command: string; requester: string }>({
    en: ({ when, request, event, command, requester }) => `• ${when} ${request}${event}: ${command} by ${requester}`,
    fr: ({ when, request, event, command, requester }) => french`• ${when} ${request}${event} : ${command} par ${requester}`,
    examples: [{ when: '2026-12-20 15:00 UTC', request: '*12* ', event: 'appliquée', command: 'route to voicemail on Dec 25', requester: '<@U1>' }],
  }),
};
