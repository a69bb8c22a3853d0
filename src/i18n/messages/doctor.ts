import { message } from '../catalogue.ts';
import { french } from '../french-typography.ts';
import type { Language } from '../language.ts';
import { plural } from '../plural.ts';

/** A channel the bot posts to, by what it is for (the `slack.channel.<role>` checks). */
type ChannelRole = 'approval' | 'audit' | 'managers';

/** "the approval channel" in French, where the role comes after the noun. */
const FRENCH_CHANNELS: Readonly<Record<ChannelRole, string>> = {
  approval: "canal d'approbation",
  audit: "canal d'audit",
  managers: 'canal des responsables',
};

/**
 * What each RingCentral operation is for, in French, by its English purpose as app-permissions.ts
 * words it (ringcentral/ words no French). doctor-fr.test.ts checks every purpose is here.
 */
const FRENCH_PURPOSES: Readonly<Record<string, string>> = {
  'read the account': 'lire le compte',
  'read the business hours': "lire les heures d'ouverture",
  'change the business hours': "modifier les heures d'ouverture",
  'list the answering rules': 'lister les règles de réponse',
  'create answering rules': 'créer des règles de réponse',
  'read an answering rule': 'lire une règle de réponse',
  'change answering rules': 'modifier des règles de réponse',
  'delete answering rules': 'supprimer des règles de réponse',
  'list the extensions': 'lister les postes',
  'list the IVR menus': 'lister les menus vocaux',
  'read an IVR menu': 'lire un menu vocal',
  'change IVR menu keys': 'modifier les touches des menus vocaux',
  'list the call queues': "lister les files d'attente",
  'list call queue members': "lister les membres des files d'attente",
  'change call queue members': "modifier les membres des files d'attente",
  "read a call queue's ring order": "lire l'ordre de sonnerie d'une file d'attente",
  "change a call queue's ring order": "modifier l'ordre de sonnerie d'une file d'attente",
};

/** A permission the RingCentral app lacks and what Switchboard needs it for (English purposes). */
interface MissingPermission {
  readonly permission: string;
  readonly purposes: ReadonlyArray<string>;
}

/** "create answering rules, change answering rules, delete answering rules and 2 more": three purposes at most. */
function summarise(language: Language, purposes: ReadonlyArray<string>): string {
  const shown = purposes.slice(0, 3).map((purpose) => (language === 'fr' ? (FRENCH_PURPOSES[purpose] ?? purpose) : purpose));
  const more = purposes.length - 3;
  if (more <= 0) return shown.join(', ');
  return language === 'fr' ? `${shown.join(', ')} et ${more} ${plural('fr', more, { one: 'autre', other: 'autres' })}` : `${shown.join(', ')} and ${more} more`;
}

const SERVER_URL_FIX = {
  en: 'check RINGCENTRAL_SERVER_URL (https://platform.ringcentral.com, or https://platform.devtest.ringcentral.com for a sandbox)',
  fr: 'vérifiez RINGCENTRAL_SERVER_URL (https://platform.ringcentral.com, ou https://platform.devtest.ringcentral.com pour une sandbox)',
};

/** How to give the bot scopes it lacks: the ones named, or "it"/"them" after a line that named them. */
interface ScopesToAdd {
  readonly scopes: ReadonlyArray<string>;
  readonly named: boolean;
}

/**
 * `switchboard doctor`'s lines and the start-up check lines: each check's sentence and the fix
 * for a failure. Environment variables, scopes, ids and commands stay as they are typed.
 */
export const DOCTOR_MESSAGES = {
  'unknown-option': message<{ option: string }>({
    en: ({ option }) => `Unknown option "${option}". Usage: switchboard doctor [--json]`,
    fr: ({ option }) => french`Option inconnue « ${option} ». Utilisation : switchboard doctor [--json]`,
    examples: [{ option: '--verbose' }],
  }),
  'run-again': message({ en: () => 'run doctor again in a minute', fr: () => 'relancez doctor dans une minute' }),
  'startup-see-doctor': message({
    en: () => 'Run "npx switchboard doctor" to see every check.',
    fr: () => french`Lancez « npx switchboard doctor » pour voir toutes les vérifications.`,
  }),

  'ringcentral-demo': message({
    en: () => 'RINGCENTRAL_SERVER_URL is not set, so Switchboard uses its built-in demo company',
    fr: () => french`RINGCENTRAL_SERVER_URL n'est pas défini : Switchboard utilise donc son entreprise de démonstration intégrée`,
  }),
  'ringcentral-setup-fix': message({
    en: () => 'set RINGCENTRAL_SERVER_URL, RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET and RINGCENTRAL_JWT (README: "Setting up with your company")',
    fr: () => french`définissez RINGCENTRAL_SERVER_URL, RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET et RINGCENTRAL_JWT (README, section « Setting up with your company »)`,
  }),
  'ringcentral-unreachable': message<{ serverUrl: string; reason: string }>({
    en: ({ serverUrl, reason }) => `RingCentral at ${serverUrl} cannot be reached: ${reason}`,
    fr: ({ serverUrl, reason }) => french`RingCentral est injoignable à ${serverUrl} : ${reason}`,
    examples: [{ serverUrl: 'http://127.0.0.1:9', reason: 'ECONNREFUSED' }],
  }),
  'ringcentral-server-fix': message<{ andNetwork: boolean }>({
    en: ({ andNetwork }) => `${SERVER_URL_FIX.en}${andNetwork ? ", and this computer's network" : ''}`,
    fr: ({ andNetwork }) => `${SERVER_URL_FIX.fr}${andNetwork ? ', ainsi que le réseau de cet ordinateur' : ''}`,
    examples: [{ andNetwork: false }, { andNetwork: true }],
  }),
  'ringcentral-not-ringcentral': message<{ serverUrl: string; reason: string }>({
    en: ({ serverUrl, reason }) => `${serverUrl} answers, but it is not RingCentral: ${reason}`,
    fr: ({ serverUrl, reason }) => french`${serverUrl} répond, mais ce n'est pas RingCentral : ${reason}`,
    examples: [{ serverUrl: 'https://example.com', reason: '404 Not Found (HTTP 404)' }],
  }),
  'ringcentral-answers': message<{ serverUrl: string }>({
    en: ({ serverUrl }) => `RingCentral answers at ${serverUrl}`,
    fr: ({ serverUrl }) => `RingCentral répond à ${serverUrl}`,
    examples: [{ serverUrl: 'https://platform.ringcentral.com' }],
  }),
  'ringcentral-clock-ok': message<{ seconds: number }>({
    en: ({ seconds }) => `This computer's clock is within ${seconds} s of RingCentral's`,
    fr: ({ seconds }) => `L'horloge de cet ordinateur s'écarte d'au plus ${seconds} s de celle de RingCentral`,
    examples: [{ seconds: 1 }, { seconds: 59 }],
  }),
  'ringcentral-clock-off': message<{ seconds: number; direction: 'behind' | 'ahead' }>({
    en: ({ seconds, direction }) => `This computer's clock is ${seconds} s ${direction === 'behind' ? 'behind' : 'ahead of'} RingCentral's`,
    fr: ({ seconds, direction }) => `L'horloge de cet ordinateur a ${seconds} s ${direction === 'behind' ? 'de retard' : "d'avance"} sur celle de RingCentral`,
    examples: [{ seconds: 90, direction: 'ahead' }, { seconds: 61, direction: 'behind' }],
  }),
  'ringcentral-clock-fix': message({
    en: () => 'turn on time synchronisation (NTP): closures, notices and expiries would switch at the wrong moment',
    fr: () => french`activez la synchronisation de l'heure (NTP) : sinon les fermetures, les avis et les expirations basculeraient au mauvais moment`,
  }),
  'ringcentral-login-refused': message<{ reason: string }>({
    en: ({ reason }) => `RingCentral refused the JWT login: ${reason}`,
    fr: ({ reason }) => french`RingCentral a refusé la connexion par JWT : ${reason}`,
    examples: [{ reason: 'Invalid resource owner credentials (OAU-140)' }],
  }),
  /** The fixes for the login refusals RingCentral documents (OAU-140, OAU-123 and OAU-153, OAU-251), then any other. */
  'ringcentral-login-fix-new-jwt': message({
    en: () => "make a new JWT credential for this app (your profile's Credentials page in RingCentral) and set RINGCENTRAL_JWT",
    fr: () => 'créez un nouvel identifiant JWT pour cette application (page Credentials de votre profil dans RingCentral) et définissez RINGCENTRAL_JWT',
  }),
  'ringcentral-login-fix-app-credentials': message({
    en: () => "set RINGCENTRAL_CLIENT_ID and RINGCENTRAL_CLIENT_SECRET to the app's credentials from the RingCentral developer console",
    fr: () => "définissez RINGCENTRAL_CLIENT_ID et RINGCENTRAL_CLIENT_SECRET avec les identifiants de l'application, pris dans la console développeur de RingCentral",
  }),
  'ringcentral-login-fix-jwt-flow': message({
    en: () => 'give the app the JWT auth flow in the RingCentral developer console, and use a JWT made for this app',
    fr: () => "activez le flux d'authentification JWT de l'application dans la console développeur de RingCentral, et utilisez un JWT créé pour cette application",
  }),
  'ringcentral-login-fix': message({
    en: () => "check RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET (the app's credentials in the RingCentral developer console) and RINGCENTRAL_JWT",
    fr: () => "vérifiez RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET (les identifiants de l'application dans la console développeur de RingCentral) et RINGCENTRAL_JWT",
  }),
  'ringcentral-login-ok': message({ en: () => 'The JWT logs in to RingCentral', fr: () => 'Le JWT se connecte à RingCentral' }),
  'ringcentral-permissions-ok': message({
    en: () => 'The RingCentral app has the permissions to read and change call handling (ReadAccounts, EditAccounts, EditExtensions)',
    fr: () => "L'application RingCentral a les autorisations pour lire et modifier le traitement des appels (ReadAccounts, EditAccounts, EditExtensions)",
  }),
  'ringcentral-permissions-lacking': message<{ missing: ReadonlyArray<MissingPermission> }>({
    en: ({ missing }) => `The RingCentral app lacks ${missing.map(({ permission, purposes }) => `${permission} (to ${summarise('en', purposes)})`).join(' and ')}`,
    fr: ({ missing }) => `Il manque à l'application RingCentral ${missing.map(({ permission, purposes }) => `${permission} (pour ${summarise('fr', purposes)})`).join(' et ')}`,
    examples: [
      { missing: [{ permission: 'EditAccounts', purposes: ['create answering rules', 'change answering rules', 'delete answering rules'] }] },
      {
        missing: [
          { permission: 'ReadAccounts', purposes: ['read the account', 'read the business hours', 'list the answering rules', 'read an answering rule', 'list the extensions'] },
          { permission: 'EditExtensions', purposes: ['change the business hours'] },
        ],
      },
    ],
  }),
  'ringcentral-permissions-fix': message<{ count: number }>({
    en: ({ count }) => {
      const them = count === 1 ? 'it' : 'them';
      return `add ${them} to the app in the RingCentral developer console, then delete ringcentral-tokens.json in SWITCHBOARD_DATA_DIR so the bot logs in again with ${them}`;
    },
    fr: ({ count }) =>
      count === 1
        ? "ajoutez-la à l'application dans la console développeur de RingCentral, puis supprimez ringcentral-tokens.json dans SWITCHBOARD_DATA_DIR pour que le bot se reconnecte avec elle"
        : "ajoutez-les à l'application dans la console développeur de RingCentral, puis supprimez ringcentral-tokens.json dans SWITCHBOARD_DATA_DIR pour que le bot se reconnecte avec elles",
    examples: [{ count: 1 }, { count: 2 }],
  }),
  'ringcentral-read-failed': message<{ reason: string }>({
    en: ({ reason }) => `The call handling cannot be read: ${reason}`,
    fr: ({ reason }) => french`Le traitement des appels ne peut pas être lu : ${reason}`,
    examples: [{ reason: 'RingCentral answered 503 (HTTP 503)' }],
  }),
  'ringcentral-read-fix': message({
    en: () => 'fix what the message says, then run doctor again',
    fr: () => 'corrigez ce que dit le message, puis relancez doctor',
  }),
  'ringcentral-time-zone': message<{ timeZone: string }>({
    en: ({ timeZone }) => `Company time zone: ${timeZone}`,
    fr: ({ timeZone }) => french`Fuseau horaire de l'entreprise : ${timeZone}`,
    examples: [{ timeZone: 'America/Montreal' }],
  }),
  'ringcentral-main-number': message<{ number: string }>({
    en: ({ number }) => `Company main number: ${number}`,
    fr: ({ number }) => french`Numéro principal de l'entreprise : ${number}`,
    examples: [{ number: '+15145550100' }],
  }),
  'ringcentral-ivr-mode': message<{ multiLevel: boolean }>({
    en: ({ multiLevel }) =>
      multiLevel
        ? 'Multi-level IVR: business hours go straight to an IVR menu, so rules can only send calls to an extension or a menu, not to the company greeting'
        : 'Single-level IVR: calls can go to the company greeting',
    fr: ({ multiLevel }) =>
      multiLevel
        ? french`Menu vocal à plusieurs niveaux : les heures d'ouverture vont directement à un menu vocal, donc les règles ne peuvent envoyer les appels que vers un poste ou un menu, pas vers l'accueil de l'entreprise`
        : french`Menu vocal à un niveau : les appels peuvent aller vers l'accueil de l'entreprise`,
    examples: [{ multiLevel: true }, { multiLevel: false }],
  }),
  'ringcentral-sites': message<{ sites: ReadonlyArray<string> }>({
    en: ({ sites }) =>
      sites.length === 0
        ? 'The account has no other sites'
        : `The account has ${sites.length} site${sites.length === 1 ? '' : 's'} (${sites.join(', ')}): Switchboard reads and changes the main site's call handling only`,
    fr: ({ sites }) =>
      sites.length === 0
        ? "Le compte n'a pas d'autre site"
        : french`Le compte a ${sites.length} ${plural('fr', sites.length, { one: 'site', other: 'sites' })} (${sites.join(', ')}) : Switchboard ne lit et ne modifie que le traitement des appels du site principal`,
    examples: [{ sites: [] }, { sites: ['Montréal'] }, { sites: ['Montréal', 'Paris'] }],
  }),

  'slack-unreachable': message<{ error: string }>({
    en: ({ error }) => `Slack cannot be reached (${error})`,
    fr: ({ error }) => `Slack est injoignable (${error})`,
    examples: [{ error: 'no answer from https://slack.com/api/auth.test' }],
  }),
  'slack-unreachable-fix': message({
    en: () => "check SLACK_API_URL if set, and this computer's network",
    fr: () => "vérifiez SLACK_API_URL s'il est défini, ainsi que le réseau de cet ordinateur",
  }),
  'slack-token-refused': message<{ error: string }>({
    en: ({ error }) => `Slack refused SLACK_BOT_TOKEN (${error})`,
    fr: ({ error }) => `Slack a refusé SLACK_BOT_TOKEN (${error})`,
    examples: [{ error: 'invalid_auth' }],
  }),
  'slack-token-fix': message({
    en: () => "set SLACK_BOT_TOKEN to the Bot User OAuth Token (xoxb-…) under OAuth & Permissions in the app's settings, reinstalling the app if it was removed",
    fr: () => "définissez SLACK_BOT_TOKEN avec le Bot User OAuth Token (xoxb-…) sous OAuth & Permissions dans les réglages de l'application, en réinstallant l'application si elle a été retirée",
  }),
  'slack-auth-ok': message<{ botUser: string; team: string }>({
    en: ({ botUser, team }) => `The Slack bot token works: @${botUser} in ${team}`,
    fr: ({ botUser, team }) => french`Le jeton du bot Slack fonctionne : @${botUser} dans ${team}`,
    examples: [{ botUser: 'switchboard', team: 'Acme Montréal' }],
  }),
  'slack-scopes-unreadable': message<{ manifest: string; reason: string }>({
    en: ({ manifest, reason }) => `The bot scopes cannot be compared with ${manifest}: ${reason}`,
    fr: ({ manifest, reason }) => french`Les scopes du bot ne peuvent pas être comparés à ceux de ${manifest} : ${reason}`,
    examples: [{ manifest: 'manifests/switchboard.yaml', reason: 'manifests/switchboard.yaml lists no bot scopes' }],
  }),
  'slack-scopes-restore-fix': message({
    en: () => 'restore the file from a fresh copy of Switchboard',
    fr: () => 'restaurez le fichier depuis une copie neuve de Switchboard',
  }),
  'slack-scopes-ok': message<{ manifest: string }>({
    en: ({ manifest }) => `The bot has every scope ${manifest} asks for`,
    fr: ({ manifest }) => `Le bot a tous les scopes que demande ${manifest}`,
    examples: [{ manifest: 'manifests/switchboard.yaml' }],
  }),
  'slack-scopes-lacking': message<{ missing: ReadonlyArray<string>; manifest: string }>({
    en: ({ missing, manifest }) => `The bot lacks ${missing.join(', ')}, which ${manifest} asks for`,
    fr: ({ missing, manifest }) => `Il manque au bot ${missing.join(', ')}, que demande ${manifest}`,
    // Scopes without a colon: the typography check takes "chat:write" for a colon without its space.
    examples: [{ missing: ['commands'], manifest: 'manifests/switchboard.yaml' }],
  }),
  'slack-add-scopes': message<ScopesToAdd>({
    en: ({ scopes, named }) => `add ${named ? scopes.join(' and ') : scopes.length === 1 ? 'it' : 'them'} under OAuth & Permissions (or update the app from its manifest) and reinstall the app`,
    fr: ({ scopes, named }) =>
      `${named ? `ajoutez ${scopes.join(' et ')}` : scopes.length === 1 ? 'ajoutez-le' : 'ajoutez-les'} sous OAuth & Permissions (ou mettez à jour l'application depuis son manifeste) et réinstallez l'application`,
    examples: [
      { scopes: ['commands'], named: false },
      { scopes: ['commands', 'bot'], named: false },
      { scopes: ['commands'], named: true },
    ],
  }),
  'slack-channel-not-found': message<{ role: ChannelRole; id: string; variable: string }>({
    en: ({ role, id, variable }) => `Slack finds no ${role} channel ${id} (${variable})`,
    fr: ({ role, id, variable }) => `Slack ne trouve aucun ${FRENCH_CHANNELS[role]} ${id} (${variable})`,
    examples: [
      { role: 'approval', id: 'C0APPROVE1', variable: 'SWITCHBOARD_APPROVAL_CHANNEL' },
      { role: 'audit', id: 'C0AUDITS01', variable: 'SWITCHBOARD_AUDIT_CHANNEL' },
      { role: 'managers', id: 'C0MANAGER1', variable: 'SWITCHBOARD_MANAGERS_CHANNEL' },
    ],
  }),
  'slack-channel-id-fix': message({
    en: () => 'check the id (at the bottom of the channel details in Slack); a private channel shows only once the bot is invited',
    fr: () => french`vérifiez l'identifiant (en bas des détails du canal dans Slack) ; un canal privé n'apparaît qu'une fois le bot invité`,
  }),
  'slack-channel-missing-scope': message<{ role: ChannelRole; id: string }>({
    en: ({ role, id }) => `The bot may not look up the ${role} channel ${id} (missing_scope)`,
    fr: ({ role, id }) => `Le bot n'a pas le droit de consulter le ${FRENCH_CHANNELS[role]} ${id} (missing_scope)`,
    examples: [{ role: 'audit', id: 'C0AUDITS01' }],
  }),
  'slack-channel-unanswered': message<{ role: ChannelRole; id: string; error: string }>({
    en: ({ role, id, error }) => `Slack did not say whether the bot is in the ${role} channel ${id} (${error})`,
    fr: ({ role, id, error }) => `Slack n'a pas dit si le bot est dans le ${FRENCH_CHANNELS[role]} ${id} (${error})`,
    examples: [{ role: 'managers', id: 'C0MANAGER1', error: 'ratelimited' }],
  }),
  'slack-channel-archived': message<{ role: ChannelRole; channel: string }>({
    en: ({ role, channel }) => `The ${role} channel ${channel} is archived`,
    fr: ({ role, channel }) => `Le ${FRENCH_CHANNELS[role]} ${channel} est archivé`,
    examples: [{ role: 'approval', channel: '#approbations-tel (C0APPROVE1)' }],
  }),
  'slack-channel-archived-fix': message<{ variable: string }>({
    en: ({ variable }) => `unarchive it, or set ${variable} to another channel`,
    fr: ({ variable }) => `désarchivez-le, ou indiquez un autre canal dans ${variable}`,
    examples: [{ variable: 'SWITCHBOARD_APPROVAL_CHANNEL' }],
  }),
  'slack-channel-not-member': message<{ role: ChannelRole; channel: string }>({
    en: ({ role, channel }) => `The bot is not in the ${role} channel ${channel}`,
    fr: ({ role, channel }) => `Le bot n'est pas dans le ${FRENCH_CHANNELS[role]} ${channel}`,
    examples: [{ role: 'approval', channel: '#approbations-tel (C0APPROVE1)' }],
  }),
  'slack-channel-invite-fix': message<{ botUser: string; channelName: string }>({
    en: ({ botUser, channelName }) => `invite it: type /invite @${botUser} in #${channelName}`,
    fr: ({ botUser, channelName }) => french`invitez-le : tapez /invite @${botUser} dans #${channelName}`,
    examples: [{ botUser: 'switchboard', channelName: 'approbations-tel' }],
  }),
  'slack-channel-ok': message<{ role: ChannelRole; channel: string }>({
    en: ({ role, channel }) => `The bot is in the ${role} channel ${channel}`,
    fr: ({ role, channel }) => `Le bot est dans le ${FRENCH_CHANNELS[role]} ${channel}`,
    examples: [{ role: 'managers', channel: '#responsables-tel (C0MANAGER1)' }],
  }),
  /** A channel's line (`detail`, already in the language) with the outbox messages given up for it. */
  'slack-channel-given-up': message<{ detail: string; count: number }>({
    en: ({ detail, count }) => `${detail}; ${count} message${count === 1 ? ' was' : 's were'} given up for it and not sent`,
    fr: ({ detail, count }) =>
      french`${detail} ; ${count} ${plural('fr', count, { one: 'message a été abandonné', other: 'messages ont été abandonnés' })} pour ce canal et jamais ${plural('fr', count, { one: 'envoyé', other: 'envoyés' })}`,
    examples: [
      { detail: "Le bot est dans le canal d'audit #audit-tel (C0AUDITS01)", count: 1 },
      { detail: "Le bot est dans le canal d'audit #audit-tel (C0AUDITS01)", count: 3 },
    ],
  }),
  'slack-groups-unlisted': message<{ handle: string; error: string }>({
    en: ({ handle, error }) => `Slack did not list the user groups to find @${handle} (${error})`,
    fr: ({ handle, error }) => `Slack n'a pas listé les groupes d'utilisateurs pour trouver @${handle} (${error})`,
    examples: [{ handle: 'responsables', error: 'missing_scope' }],
  }),
  'slack-group-missing': message<{ handle: string; variable: string }>({
    en: ({ handle, variable }) => `Slack has no user group @${handle} (${variable})`,
    fr: ({ handle, variable }) => `Slack n'a aucun groupe d'utilisateurs @${handle} (${variable})`,
    examples: [{ handle: 'night-managers', variable: 'SWITCHBOARD_MANAGERS_GROUP' }],
  }),
  'slack-group-handle-fix': message({
    en: () => "check the handle: the name after @ in the group's details in Slack",
    fr: () => french`vérifiez l'identifiant : le nom après @ dans les détails du groupe dans Slack`,
  }),
  'slack-group-ok': message<{ handle: string; count: number }>({
    en: ({ handle, count }) => `The user group @${handle} exists (${count} member${count === 1 ? '' : 's'})`,
    fr: ({ handle, count }) => `Le groupe d'utilisateurs @${handle} existe (${count} ${plural('fr', count, { one: 'membre', other: 'membres' })})`,
    examples: [{ handle: 'responsables', count: 1 }, { handle: 'responsables', count: 2 }],
  }),

  'database-opens': message<{ description: string }>({
    en: ({ description }) => `The database opens: ${description}`,
    fr: ({ description }) => french`La base de données s'ouvre : ${description}`,
    examples: [{ description: 'SQLite /var/lib/switchboard/switchboard.sqlite' }],
  }),
  /** The migrations the opening applied: none when the schema was already current. */
  'database-schema': message<{ applied: ReadonlyArray<string> }>({
    en: ({ applied }) => (applied.length === 0 ? 'Its schema is current' : `Its schema was behind and is now current (applied ${applied.join(', ')})`),
    fr: ({ applied }) => (applied.length === 0 ? 'Son schéma est à jour' : french`Son schéma était en retard et est maintenant à jour (migrations appliquées : ${applied.join(', ')})`),
    examples: [{ applied: [] }, { applied: ['001-workflow', '002-outbox'] }],
  }),
  'database-audit-intact': message<{ entries: number }>({
    en: ({ entries }) => `The audit trail is intact (${entries} ${entries === 1 ? 'entry' : 'entries'})`,
    fr: ({ entries }) => `Le journal d'audit est intact (${entries} ${plural('fr', entries, { one: 'entrée', other: 'entrées' })})`,
    examples: [{ entries: 0 }, { entries: 1 }, { entries: 12 }],
  }),
  'database-audit-fix': message({
    en: () => 'restore the database from a backup and find out who changed it; "switchboard audit verify --against-slack" compares the trail with the audit channel',
    fr: () => french`restaurez la base de données depuis une sauvegarde et cherchez qui l'a modifiée ; « switchboard audit verify --against-slack » compare le journal avec le canal d'audit`,
  }),

  'policy-none': message({
    en: () => 'No approval policy is set, so the Slack bot reads and changes nothing for anyone',
    fr: () => french`Aucune politique d'approbation n'est définie : le bot Slack ne lit et ne modifie donc rien pour personne`,
  }),
  'policy-none-fix': message({
    en: () => 'set SWITCHBOARD_REQUESTERS and SWITCHBOARD_APPROVERS, e.g. SWITCHBOARD_APPROVERS=U024BE7LH,@ops-leads',
    fr: () => 'définissez SWITCHBOARD_REQUESTERS et SWITCHBOARD_APPROVERS, par exemple SWITCHBOARD_APPROVERS=U024BE7LH,@ops-leads',
  }),
  /** The policy as workflow/ describes it, in the report's language once it words one (English only today). */
  'policy': message<{ description: string }>({
    en: ({ description }) => `Approval policy: ${description}`,
    fr: ({ description }) => french`Politique d'approbation : ${description}`,
    // A description with no punctuation either language sets its own way: it is said as it comes.
    examples: [{ description: 'Requests from alice, 1 approval from bob' }],
  }),
  /** Approver groups Slack did not list, whose members are not counted. */
  'quorum-uncounted': message<{ required: number; groups: ReadonlyArray<string> }>({
    en: ({ required, groups }) =>
      `Requests need ${required} approval${required === 1 ? '' : 's'}; the members of ${groups.map((handle) => `@${handle}`).join(', ')} count once Slack lists the groups`,
    fr: ({ required, groups }) =>
      french`Les demandes exigent ${required} ${plural('fr', required, { one: 'approbation', other: 'approbations' })} ; les membres de ${groups.map((handle) => `@${handle}`).join(', ')} compteront une fois que Slack aura listé les groupes`,
    examples: [{ required: 1, groups: ['Leads'] }, { required: 2, groups: ['Leads', 'night-managers'] }],
  }),
  'quorum-short': message<{ required: number; approvers: number; someoneApprovesOwn: boolean }>({
    en: ({ required, approvers, someoneApprovesOwn }) => {
      const counted = `${approvers} approver${approvers === 1 ? '' : 's'}`;
      const who = someoneApprovesOwn ? `${counted}, one of whom also asks and may not approve their own` : counted;
      return `Requests need ${required} approval${required === 1 ? '' : 's'} but there ${approvers === 1 ? 'is' : 'are'} ${who}`;
    },
    fr: ({ required, approvers, someoneApprovesOwn }) => {
      const counted = `${approvers} ${plural('fr', approvers, { one: 'approbateur', other: 'approbateurs' })}`;
      const who = someoneApprovesOwn ? `${counted}, dont un qui fait aussi des demandes et ne peut pas approuver les siennes` : counted;
      return `Les demandes exigent ${required} ${plural('fr', required, { one: 'approbation', other: 'approbations' })}, mais il y a ${who}`;
    },
    examples: [
      { required: 1, approvers: 1, someoneApprovesOwn: true },
      { required: 2, approvers: 1, someoneApprovesOwn: false },
      { required: 3, approvers: 2, someoneApprovesOwn: true },
    ],
  }),
  'quorum-fix': message({
    en: () => 'add approvers (or members to their groups), or lower SWITCHBOARD_APPROVALS_REQUIRED',
    fr: () => 'ajoutez des approbateurs (ou des membres à leurs groupes), ou baissez SWITCHBOARD_APPROVALS_REQUIRED',
  }),
  'quorum-ok': message<{ required: number; approvers: number }>({
    en: ({ required, approvers }) => `Requests can get their ${required} approval${required === 1 ? '' : 's'}: ${approvers} ${approvers === 1 ? 'person approves' : 'people approve'}`,
    fr: ({ required, approvers }) =>
      french`Les demandes peuvent obtenir ${plural('fr', required, { one: "l'approbation requise", other: `les ${required} approbations requises` })} : ${approvers} ${plural('fr', approvers, { one: 'personne approuve', other: 'personnes approuvent' })}`,
    examples: [
      { required: 1, approvers: 1 },
      { required: 1, approvers: 2 },
      { required: 2, approvers: 3 },
    ],
  }),
};
