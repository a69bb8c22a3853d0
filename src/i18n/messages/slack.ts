import { message, messages } from '../catalogue.ts';
import { french } from '../french-typography.ts';
import { plural } from '../plural.ts';

// Counts that take each plural form in each language: French treats 0 and 1 as singular.
const COUNTS: readonly [{ count: number }, ...{ count: number }[]] = [{ count: 0 }, { count: 1 }, { count: 3 }];

/** The Slack messages' own words: previews, the approval message, audit posts, notices, answers. */
export const SLACK_MESSAGES = {
  /** Counts of things, "1 change" / "3 changes", for summaries and "and N more" lines. */
  'change-count': message<{ count: number }>({
    en: ({ count }) => `${count} change${count === 1 ? '' : 's'}`,
    fr: ({ count }) => `${count} ${plural('fr', count, { one: 'modification', other: 'modifications' })}`,
    examples: COUNTS,
  }),
  'warning-count': message<{ count: number }>({
    en: ({ count }) => `${count} warning${count === 1 ? '' : 's'}`,
    fr: ({ count }) => `${count} ${plural('fr', count, { one: 'avertissement', other: 'avertissements' })}`,
    examples: COUNTS,
  }),
  /** The last line of a list cut short. */
  'and-more': message<{ count: number }>({
    en: ({ count }) => `…and ${count} more`,
    fr: ({ count }) => `…et ${count} de plus`,
    examples: COUNTS,
  }),
  'and-more-warnings': message<{ count: number }>({
    en: ({ count }) => `…and ${count} more warning${count === 1 ? '' : 's'}`,
    fr: ({ count }) => `…et ${count} ${plural('fr', count, { one: 'autre avertissement', other: 'autres avertissements' })}`,
    examples: COUNTS,
  }),
  'and-more-lines': message<{ count: number }>({
    en: ({ count }) => `…and ${count} more line${count === 1 ? '' : 's'}`,
    fr: ({ count }) => `…et ${count} ${plural('fr', count, { one: 'autre ligne', other: 'autres lignes' })}`,
    examples: COUNTS,
  }),
  /** What a Slack date reads as between its day and its time: `Dec 25 at 10:00`. */
  'date-at-time': message({ en: () => '{date_short_pretty} at {time}', fr: () => '{date_short_pretty} à {time}' }),
  'nothing-would-change': message({
    en: () => 'Nothing would change: the call handling already is as asked.',
    fr: () => french`Rien ne changerait : la gestion des appels est déjà comme demandé.`,
  }),
  'what-would-change': message({ en: () => '*What would change:*', fr: () => french`*Ce qui changerait :*` }),
  'nothing-to-show': message({ en: () => 'Nothing to show.', fr: () => 'Rien à afficher.' }),
  ...messages([{}], {
    apply: { en: () => 'Apply', fr: () => 'Appliquer' },
    'request-approval': { en: () => 'Request approval', fr: () => "Demander l'approbation" },
    'show-week-after': { en: () => 'Show the week after this change', fr: () => 'Montrer la semaine après cette modification' },
    edit: { en: () => 'Edit', fr: () => 'Modifier' },
    cancel: { en: () => 'Cancel', fr: () => 'Annuler' },
    approve: { en: () => 'Approve', fr: () => 'Approuver' },
    reject: { en: () => 'Reject', fr: () => 'Refuser' },
    back: { en: () => 'Back', fr: () => 'Retour' },
    undo: { en: () => 'Undo', fr: () => 'Défaire' },
  }),
  /** The preview of `/ivr <change>`. */
  'preview-title': message<{ command: string }>({
    en: ({ command }) => `*Preview* of\n${command}`,
    fr: ({ command }) => `*Aperçu* de\n${command}`,
    examples: [{ command: '>route to voicemail on Dec 25' }],
  }),
  'preview-fallback': message<{ summary: string; command: string }>({
    en: ({ summary, command }) => `Preview (${summary}): ${command}`,
    fr: ({ summary, command }) => french`Aperçu (${summary}) : ${command}`,
    examples: [{ summary: '1 change, 2 warnings', command: 'route to voicemail on Dec 25' }],
  }),
  'too-long-to-edit': message<{ length: number; limit: number }>({
    en: ({ length, limit }) => `This command is too long to edit in a form (${length} characters, ${limit} at most).`,
    fr: ({ length, limit }) => `Cette commande est trop longue pour être modifiée dans un formulaire (${length} caractères, ${limit} au plus).`,
    examples: [{ length: 2100, limit: 2000 }],
  }),
  /** Under a preview when the team lets this kind of change through without approval. */
  'applies-at-once': message<{ kind: string }>({
    en: ({ kind }) => `This applies at once: SWITCHBOARD_NO_APPROVAL_FOR lets "${kind}" changes through without approval.`,
    fr: ({ kind }) => french`Ceci s'applique immédiatement : SWITCHBOARD_NO_APPROVAL_FOR laisse passer les modifications « ${kind} » sans approbation.`,
    examples: [{ kind: 'hours' }],
  }),
  /** The approval message and its request. */
  'approve-confirm-title': message<{ id: string }>({
    en: ({ id }) => `Approve request ${id}?`,
    fr: ({ id }) => french`Approuver la demande ${id} ?`,
    examples: [{ id: '12' }],
  }),
  'approve-confirm-text': message({
    en: () => 'Once it has the approvals it needs, the change is applied to RingCentral at once.',
    fr: () => "Dès qu'elle a les approbations nécessaires, la modification est appliquée dans RingCentral immédiatement.",
  }),
  'approval-fallback': message<{ requester: string; id: string; command: string }>({
    en: ({ requester, id, command }) => `${requester} asks for approval of request ${id}: ${command}`,
    // The request comes first: the notification names it before whoever asked.
    fr: ({ requester, id, command }) => french`Approbation demandée pour la demande ${id} par ${requester} : ${command}`,
    examples: [{ requester: '<@U1>', id: '12', command: 'route to voicemail on Dec 25' }],
  }),
  'change-request-header': message<{ id: number }>({
    en: ({ id }) => `Change request ${id}`,
    fr: ({ id }) => `Demande de modification ${id}`,
    examples: [{ id: 12 }],
  }),
  'asks-to': message<{ requester: string; undoOf?: number; command: string }>({
    en: ({ requester, undoOf, command }) => `${requester} asks to${undoOf === undefined ? '' : ` (undoes request ${undoOf})`}:\n${command}`,
    fr: ({ requester, undoOf, command }) => french`${requester} demande${undoOf === undefined ? '' : ` (défait la demande ${undoOf})`} :\n${command}`,
    examples: [
      { requester: '<@U1>', command: '>route to voicemail on Dec 25' },
      { requester: '<@U1>', undoOf: 9, command: '>undo 9' },
    ],
  }),
  'requested-expires': message<{ requested: string; expires: string }>({
    en: ({ requested, expires }) => `Requested ${requested} · expires ${expires}`,
    fr: ({ requested, expires }) => `Demandée ${requested} · expire ${expires}`,
    examples: [{ requested: '2026-12-25 15:00 UTC', expires: '2026-12-26 15:00 UTC' }],
  }),
  'approvals-line': message<{ count: number; required: number; who: string }>({
    en: ({ count, required, who }) => `Approvals: ${count} of ${required}${who}`,
    fr: ({ count, required, who }) => french`Approbations : ${count} sur ${required}${who}`,
    examples: [
      { count: 0, required: 2, who: '' },
      { count: 1, required: 2, who: ' (<@U2>)' },
    ],
  }),
  /** The reply when an edit produced the same call handling. */
  'times-in': message<{ zone: string }>({
    en: ({ zone }) => `Times in ${zone}.`,
    fr: ({ zone }) => `Heures en ${zone}.`,
    examples: [{ zone: 'US/Eastern (EST)' }],
  }),
  /** The preview of re-planning a request that applies at once. */
  'replanning-title': message<{ id: number; command: string }>({
    en: ({ id, command }) => `*Re-planning request ${id}*\n${command}`,
    fr: ({ id, command }) => `*Nouvelle planification de la demande ${id}*\n${command}`,
    examples: [{ id: 12, command: '>route to voicemail on Dec 25' }],
  }),
  'replanning-fallback': message<{ id: number; command: string }>({
    en: ({ id, command }) => `Re-planning request ${id}: ${command}`,
    fr: ({ id, command }) => french`Nouvelle planification de la demande ${id} : ${command}`,
    examples: [{ id: 12, command: 'route to voicemail on Dec 25' }],
  }),
  /** The modal Reject opens, and the note instead of it to someone who may not reject. */
  'may-not-reject': message<{ who: string }>({
    en: ({ who }) => `${who} may not reject changes; approvers are set in SWITCHBOARD_APPROVERS.`,
    fr: ({ who }) => french`${who} ne peut pas refuser de modifications ; les approbateurs sont définis dans SWITCHBOARD_APPROVERS.`,
    examples: [{ who: 'alice' }],
  }),
  'reject-title': message({ en: () => 'Reject request', fr: () => 'Refuser la demande' }),
  'reject-why': message<{ id: number }>({
    en: ({ id }) => `Why reject request ${id}? The requester sees the reason.`,
    fr: ({ id }) => french`Pourquoi refuser la demande ${id} ? Le demandeur verra le motif.`,
    examples: [{ id: 12 }],
  }),
  'reject-reason': message({ en: () => 'Reason', fr: () => 'Motif' }),
  'reject-placeholder': message({
    en: () => 'e.g. Dec 25 is already covered by the holiday rule',
    fr: () => 'par ex. le 25 déc. est déjà couvert par la règle des jours fériés',
  }),
  /** Scheduler notices in the managers' channel and direct messages: what kind of notice it is. */
  ...messages([{}], {
    'notice-reminder': { en: () => 'Reminder', fr: () => 'Rappel' },
    'notice-switch-on': { en: () => 'Rule on', fr: () => 'Règle activée' },
    'notice-switch-off': { en: () => 'Rule off', fr: () => 'Règle désactivée' },
    'notice-other': { en: () => 'Notice', fr: () => 'Avis' },
  }),
  'notice-late': message<{ text: string; planned: string }>({
    en: ({ text, planned }) => `Late: ${text} (planned for ${planned})`,
    fr: ({ text, planned }) => french`En retard : ${text} (prévu le ${planned})`,
    examples: [{ text: 'Christmas is now on.', planned: '2026-12-25 05:00 UTC' }],
  }),
  /** The owner of a request that could not be posted for approval, told so in a direct message. */
  'your-request': message<{ id: number; command: string; summary: string }>({
    en: ({ id, command, summary }) => `Your request ${id} (${command}): ${summary}`,
    fr: ({ id, command, summary }) => french`Votre demande ${id} (${command}) : ${summary}`,
    examples: [{ id: 12, command: 'route to voicemail on Dec 25', summary: 'it was applied.' }],
  }),
  'approval-not-posted': message<{ id: number; why: string; advice: string }>({
    en: ({ id, why, advice }) =>
      `it could not be posted for approval (${why}): ${advice}. It still waits; approvers can find it with /ivr requests and approve it with /ivr approve ${id}.`,
    fr: ({ id, why, advice }) =>
      french`elle n'a pas pu être publiée pour approbation (${why}) : ${advice}. Elle attend toujours ; les approbateurs la trouvent avec /ivr requests et l'approuvent avec /ivr approve ${id}.`,
    examples: [{ id: 12, why: 'is_archived', advice: 'the approval channel is archived' }],
  }),
  ...messages([{}], {
    'advice-not-in-channel': {
      en: () => 'the bot is not a member of the approval channel; invite it there (/invite @Switchboard)',
      fr: () => french`le bot n'est pas membre du canal d'approbation ; invitez-le (/invite @Switchboard)`,
    },
    'advice-channel-not-found': {
      en: () => 'Slack has no approval channel with the id in SWITCHBOARD_APPROVAL_CHANNEL, or the bot cannot see it; check the id and invite the bot',
      fr: () => french`Slack n'a pas de canal d'approbation avec l'identifiant de SWITCHBOARD_APPROVAL_CHANNEL, ou le bot ne le voit pas ; vérifiez l'identifiant et invitez le bot`,
    },
    'advice-is-archived': {
      en: () => 'the approval channel is archived; unarchive it or set SWITCHBOARD_APPROVAL_CHANNEL to another channel',
      fr: () => french`le canal d'approbation est archivé ; désarchivez-le ou indiquez un autre canal dans SWITCHBOARD_APPROVAL_CHANNEL`,
    },
  }),
  /** Audit posts, in the company's language. */
  'audit-subject-request': message<{ id: number }>({ en: ({ id }) => `Request ${id}`, fr: ({ id }) => `Demande ${id}`, examples: [{ id: 12 }] }),
  'audit-subject-change': message({ en: () => 'Change', fr: () => 'Modification' }),
  'audit-undid': message<{ subject: string; undoOf: number }>({
    en: ({ subject, undoOf }) => `${subject} undid request ${undoOf}`,
    fr: ({ subject, undoOf }) => french`${subject} : demande ${undoOf} défaite`,
    examples: [{ subject: 'Request 13', undoOf: 12 }],
  }),
  'audit-title': message<{ subject: string; event: string }>({
    en: ({ subject, event }) => `${subject} ${event}`,
    fr: ({ subject, event }) => french`${subject} : ${event}`,
    examples: [{ subject: 'Demande 12', event: 'appliquée' }],
  }),
  'audit-asked': message<{ requester: string; command: string }>({
    en: ({ requester, command }) => `${requester} asked:\n${command}`,
    fr: ({ requester, command }) => french`${requester} a demandé :\n${command}`,
    examples: [{ requester: '<@U1>', command: '>route to voicemail on Dec 25' }],
  }),
  'audit-fallback': message<{ title: string; command: string; requester: string }>({
    en: ({ title, command, requester }) => `${title}: ${command} by ${requester}`,
    // The French title has a colon already: a dash sets the command apart.
    fr: ({ title, command, requester }) => `${title} — ${command}, par ${requester}`,
    examples: [{ title: 'Request 12 applied', command: 'route to voicemail on Dec 25', requester: '<@U1>' }],
  }),
  'audit-operations': message<{ count: number; results: string }>({
    en: ({ count, results }) => `${count} operation${count === 1 ? '' : 's'}: ${results}`,
    fr: ({ count, results }) => french`${count} ${plural('fr', count, { one: 'opération', other: 'opérations' })} : ${results}`,
    examples: [
      { count: 1, results: '1 done' },
      { count: 3, results: '1 done, 1 failed, 1 skipped' },
    ],
  }),
  'operations-done': message<{ count: number }>({
    en: ({ count }) => `${count} done`,
    fr: ({ count }) => `${count} ${plural('fr', count, { one: 'réussie', other: 'réussies' })}`,
    examples: COUNTS,
  }),
  'operations-failed': message<{ count: number }>({
    en: ({ count }) => `${count} failed`,
    fr: ({ count }) => `${count} en échec`,
    examples: COUNTS,
  }),
  'operations-skipped': message<{ count: number }>({
    en: ({ count }) => `${count} skipped`,
    fr: ({ count }) => `${count} ${plural('fr', count, { one: 'ignorée', other: 'ignorées' })}`,
    examples: COUNTS,
  }),
  ...messages([{}], {
    'audit-when': { en: () => '*When*', fr: () => '*Quand*' },
    'audit-approved-by': { en: () => '*Approved by*', fr: () => '*Approuvée par*' },
    'audit-ringcentral': { en: () => '*RingCentral*', fr: () => '*RingCentral*' },
    'audit-noticed': { en: () => '*Noticed*', fr: () => '*Constatée*' },
    'audit-what-changed': { en: () => '*What changed:*', fr: () => french`*Ce qui a changé :*` },
    'audit-what-was-asked': { en: () => '*What was asked:*', fr: () => french`*Ce qui était demandé :*` },
    'audit-no-approval-needed': { en: () => 'no approval needed', fr: () => 'aucune approbation nécessaire' },
    'audit-nobody': { en: () => 'nobody', fr: () => 'personne' },
    'audit-nothing-sent': { en: () => 'nothing sent', fr: () => 'rien envoyé' },
    'drift-title': { en: () => 'Changed in RingCentral, not through Switchboard', fr: () => 'Modifié dans RingCentral, pas par Switchboard' },
    'drift-explained': {
      en: () =>
        'Someone changed the call handling in RingCentral directly (the admin portal, an app or another integration), so nobody asked for or approved it in Switchboard.',
      fr: () =>
        french`Quelqu'un a modifié la gestion des appels directement dans RingCentral (le portail d'administration, une application ou une autre intégration) : personne ne l'a demandé ni approuvé dans Switchboard.`,
    },
  }),
  /** What the audit post's header says happened to the request. */
  ...messages([{}], {
    'event-applied': { en: () => 'applied', fr: () => 'appliquée' },
    'event-recovered': { en: () => 'applied after a restart', fr: () => 'appliquée après un redémarrage' },
    'event-failed': { en: () => 'failed', fr: () => 'en échec' },
    'event-rolled-back': { en: () => 'rolled back', fr: () => 'annulée dans RingCentral' },
    'event-stale': { en: () => 'went stale', fr: () => 'périmée' },
    'event-rejected': { en: () => 'rejected', fr: () => 'refusée' },
    'event-expired': { en: () => 'expired', fr: () => 'expirée' },
    'event-cancelled': { en: () => 'cancelled', fr: () => 'annulée' },
    'event-drift': { en: () => 'changed in RingCentral, not through Switchboard', fr: () => 'modifiée dans RingCentral, pas par Switchboard' },
  }),
  /** Said before anyone's language is looked up (a restart, no policy yet): in both languages on one line. */
  restarting: message({
    en: () => 'Switchboard is restarting; try again in a moment.',
    fr: () => french`Switchboard redémarre ; réessayez dans un instant.`,
  }),
  'no-policy': message<{ required: string; optional: string }>({
    en: ({ required, optional }) =>
      `Switchboard reads and changes nothing from Slack until an approval policy says who may: ask your admin to set ${required} (and optionally ${optional}).`,
    fr: ({ required, optional }) =>
      french`Switchboard ne lit et ne modifie rien depuis Slack tant qu'une politique d'approbation ne dit pas qui le peut : demandez à votre administrateur de définir ${required} (et éventuellement ${optional}).`,
    examples: [{ required: 'SWITCHBOARD_REQUESTERS and SWITCHBOARD_APPROVERS', optional: 'SWITCHBOARD_READERS' }],
  }),
  /** A command, click or form that failed unexpectedly: what happened and what to do. */
  failure: message<{ advice: string; errorId: string }>({
    en: ({ advice, errorId }) => `Sorry, that failed. ${advice} (error ${errorId} in the log)`,
    fr: ({ advice, errorId }) => `Désolé, cela a échoué. ${advice} (erreur ${errorId} dans le journal)`,
    examples: [{ advice: 'Try again in a minute.', errorId: '3f9a0c2b' }],
  }),
  ...messages([{}], {
    'failure-unauthorized': {
      en: () => 'RingCentral refused Switchboard’s login. Ask your admin to check RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET and RINGCENTRAL_JWT.',
      fr: () => 'RingCentral a refusé la connexion de Switchboard. Demandez à votre administrateur de vérifier RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET et RINGCENTRAL_JWT.',
    },
    'failure-forbidden': {
      en: () => 'RingCentral did not allow that. Ask your admin to check that the app has the EditAccounts permission and the JWT user is a Super Admin.',
      fr: () => "RingCentral ne l'a pas permis. Demandez à votre administrateur de vérifier que l'application a la permission EditAccounts et que l'utilisateur du JWT est Super Admin.",
    },
    'failure-not-found': {
      en: () => 'RingCentral no longer has something this needed (a rule or menu deleted meanwhile?). Check with `/ivr status` and try again.',
      fr: () => french`RingCentral n'a plus quelque chose dont ceci avait besoin (une règle ou un menu supprimé entre-temps ?). Vérifiez avec \`/ivr status\` et réessayez.`,
    },
    'failure-invalid-request': {
      en: () => 'RingCentral rejected the change. Check with `/ivr status`; if it looks right, try again or ask your admin.',
      fr: () => french`RingCentral a rejeté la modification. Vérifiez avec \`/ivr status\` ; si tout semble correct, réessayez ou adressez-vous à votre administrateur.`,
    },
    'failure-rate-limited': {
      en: () => 'RingCentral is busy (rate limit). Try again in a minute.',
      fr: () => 'RingCentral est occupé (limite de débit). Réessayez dans une minute.',
    },
    'failure-server-error': { en: () => 'RingCentral had a problem. Try again in a minute.', fr: () => 'RingCentral a eu un problème. Réessayez dans une minute.' },
    'failure-network': {
      en: () => 'Switchboard could not reach RingCentral. Try again in a minute.',
      fr: () => "Switchboard n'a pas pu joindre RingCentral. Réessayez dans une minute.",
    },
    'failure-invalid-response': {
      en: () => 'RingCentral answered in a way Switchboard does not understand. Ask your admin to look at the log.',
      fr: () => "RingCentral a répondu d'une façon que Switchboard ne comprend pas. Demandez à votre administrateur de consulter le journal.",
    },
    'failure-database': {
      en: () => 'Switchboard’s database is not available. Try again in a minute; if it keeps failing, ask your admin.',
      fr: () => french`La base de données de Switchboard n'est pas disponible. Réessayez dans une minute ; si cela continue, adressez-vous à votre administrateur.`,
    },
    'failure-other': {
      en: () => 'Something went wrong in Switchboard. Try again; if it keeps failing, ask your admin.',
      fr: () => french`Un problème est survenu dans Switchboard. Réessayez ; si cela continue, adressez-vous à votre administrateur.`,
    },
  }),
  /** `/ivr week` and Show the week: the picture posted, or why not. */
  /** "Show the week after this change": the two weeks' titles, the picture's, and what is said once it is posted. */
  'week-as-it-is': message<{ title: string }>({
    en: ({ title }) => `${title}, as it is`,
    fr: ({ title }) => `${title}, telle qu'elle est`,
    examples: [{ title: 'Where calls go, week of Mon Dec 21, 2026' }],
  }),
  'week-after-change': message<{ title: string }>({
    en: ({ title }) => `${title}, after this change`,
    fr: ({ title }) => `${title}, après cette modification`,
    examples: [{ title: 'Where calls go, week of Mon Dec 21, 2026' }],
  }),
  'week-before-and-after': message<{ title: string }>({
    en: ({ title }) => `${title}: as it is, and after this change`,
    fr: ({ title }) => french`${title} : telle qu'elle est, et après cette modification`,
    examples: [{ title: 'Where calls go, week of Mon Dec 21, 2026' }],
  }),
  'posted-before-and-after': message({
    en: () => 'Posted the week as it is and after this change, side by side, in this conversation.',
    fr: () => "La semaine telle qu'elle est et après cette modification est publiée côte à côte dans cette conversation.",
  }),
  'no-conversation': message({
    en: () => 'Slack did not say which conversation this preview is in; run the command again.',
    fr: () => french`Slack n'a pas indiqué dans quelle conversation se trouve cet aperçu ; relancez la commande.`,
  }),
  'posted-picture': message<{ title: string }>({
    en: ({ title }) => `Posted the picture in this conversation, with its legend: ${title}.`,
    fr: ({ title }) => french`Image publiée dans cette conversation, avec sa légende : ${title}.`,
    examples: [{ title: 'Where calls to +16505550100 go, week of Mon Dec 14, 2026' }],
  }),
  'picture-not-posted': message<{ why: string }>({
    en: ({ why }) => `The picture could not be posted here: ${why}`,
    fr: ({ why }) => french`L'image n'a pas pu être publiée ici : ${why}`,
    examples: [{ why: 'the Slack app may not upload files.' }],
  }),
  ...messages([{}], {
    'picture-not-in-channel': {
      en: () => "Switchboard is not a member of this conversation. Add it with `/invite` and the bot's name, then ask again; or ask in a channel it is in.",
      fr: () =>
        french`Switchboard n'est pas membre de cette conversation. Ajoutez-le avec \`/invite\` et le nom du bot, puis redemandez ; ou demandez dans un canal où il se trouve.`,
    },
    'picture-channel-not-found': {
      en: () =>
        'Slack does not let Switchboard into this conversation (a direct message between people, or a private channel it was not invited to). Invite it, or ask in a channel it is in.',
      fr: () =>
        "Slack ne laisse pas Switchboard entrer dans cette conversation (un message direct entre personnes, ou un canal privé où il n'a pas été invité). Invitez-le, ou demandez dans un canal où il se trouve.",
    },
    'picture-missing-scope': {
      en: () => 'the Slack app may not upload files. Ask your Slack admin to add the files:write scope (as in manifests/switchboard.yaml) and reinstall the app.',
      fr: () =>
        "l'application Slack n'a pas le droit de téléverser des fichiers. Demandez à votre administrateur Slack d'ajouter la portée files:write (comme dans manifests/switchboard.yaml) et de réinstaller l'application.",
    },
  }),
  /** `/ivr replan` for a kind that applies at once. */
  ...messages([{}], {
    'replan-button-unreadable': {
      en: () => 'That button could not be read back; type `/ivr replan <id>` again.',
      fr: () => french`Ce bouton n'a pas pu être relu ; tapez à nouveau \`/ivr replan <id>\`.`,
    },
    'replan-ringcentral-changed': {
      en: () => 'RingCentral changed since this preview. Nothing was applied; here is the new plan.',
      fr: () => french`RingCentral a changé depuis cet aperçu. Rien n'a été appliqué ; voici le nouveau plan.`,
    },
  }),
  /** `/ivr audit verify`. */
  'audit-intact': message<{ entries: number }>({
    en: ({ entries }) => `The audit trail is intact: ${entries} entries.`,
    fr: ({ entries }) => french`Le journal d'audit est intact : ${entries} ${plural('fr', entries, { one: 'entrée', other: 'entrées' })}.`,
    examples: [{ entries: 1 }, { entries: 17 }],
  }),
  'audit-channel-no-heads': message({
    en: () => 'No post in the audit channel shows a chain head yet, so there is nothing to compare with.',
    fr: () => french`Aucune publication du canal d'audit ne montre encore de tête de chaîne : il n'y a rien à comparer.`,
  }),
  'audit-channel-matches': message<{ count: number }>({
    en: ({ count }) => `${count === 1 ? 'The entry posted' : `The ${count} entries posted`} in the audit channel ${count === 1 ? 'matches' : 'match'} the database.`,
    fr: ({ count }) =>
      count === 1 ? "L'entrée publiée dans le canal d'audit correspond à la base de données." : `Les ${count} entrées publiées dans le canal d'audit correspondent à la base de données.`,
    examples: [{ count: 1 }, { count: 5 }],
  }),
};
