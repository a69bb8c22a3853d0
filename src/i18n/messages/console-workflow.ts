import { message } from '../catalogue.ts';
import { french } from '../french-typography.ts';
import { plural } from '../plural.ts';

/** A request named with a count out of a total, as the approve preview says it. */
type ApprovalCount = { id: number; count: number; required: number };

/**
 * What the console and `switchboard run` say around a change and a request: the preview's own
 * lines, the questions asked before acting, the hints without --yes, and the empty lists. The
 * changes and warnings themselves come worded in each language from the workflow.
 */
export const CONSOLE_WORKFLOW_MESSAGES = {
  'times-in': message<{ zone: string }>({
    en: ({ zone }) => `Times in ${zone}.`,
    fr: ({ zone }) => `Heures exprimées dans le fuseau ${zone}.`,
    examples: [{ zone: 'US/Eastern (HNE)' }],
  }),
  warning: message<{ text: string }>({
    en: ({ text }) => `Warning: ${text}`,
    fr: ({ text }) => french`Avertissement : ${text}`,
    examples: [{ text: 'Main Voicemail (ext 300) has no greeting.' }],
  }),
  'ask-for-approval': message({ en: () => 'Ask for approval?', fr: () => french`Demander l'approbation ?` }),
  'apply-change': message({ en: () => 'Apply this change?', fr: () => french`Appliquer cette modification ?` }),
  'approve-and-apply': message({ en: () => 'Approve and apply this change?', fr: () => french`Approuver et appliquer cette modification ?` }),
  'approve-request': message({ en: () => 'Approve this request?', fr: () => french`Approuver cette demande ?` }),
  'nothing-changed': message({ en: () => 'Nothing changed.', fr: () => "Rien n'a été modifié." }),
  'yes-to-apply': message({
    en: () => 'Nothing changed yet. Run again with --yes to apply.',
    fr: () => "Rien n'est encore modifié. Relancez avec --yes pour appliquer la modification.",
  }),
  'yes-to-ask-approval': message({
    en: () => 'Nothing changed yet. Run again with --yes to ask for approval.',
    fr: () => "Rien n'est encore modifié. Relancez avec --yes pour demander l'approbation.",
  }),
  'yes-to-approve-and-apply': message({
    en: () => 'Nothing changed yet. Run again with --yes to approve and apply it.',
    fr: () => "Rien n'est encore modifié. Relancez avec --yes pour approuver et appliquer la modification.",
  }),
  'yes-to-add-approval': message({
    en: () => 'Nothing changed yet. Run again with --yes to add your approval.',
    fr: () => "Rien n'est encore modifié. Relancez avec --yes pour ajouter votre approbation.",
  }),
  'approval-request': message<{ id: number; requester: string; command: string }>({
    en: ({ id, requester, command }) => `Request ${id} by ${requester}: ${command}`,
    fr: ({ id, requester, command }) => french`Demande ${id} de ${requester} : ${command}`,
    examples: [{ id: 7, requester: 'alice', command: 'route to voicemail on Dec 25' }],
  }),
  'approval-completes': message<ApprovalCount>({
    en: ({ id, count, required }) => `Approving request ${id} completes its approvals (${count} of ${required}), so the change is applied at once.`,
    fr: ({ id, count, required }) => french`Approuver la demande ${id} complète ses approbations (${count} sur ${required}) : la modification est donc appliquée immédiatement.`,
    examples: [{ id: 7, count: 1, required: 1 }, { id: 7, count: 2, required: 2 }],
  }),
  'approval-adds': message<ApprovalCount>({
    en: ({ id, count, required }) => `Approving request ${id} adds approval ${count} of ${required}; the change is applied once it has all ${required}.`,
    fr: ({ id, count, required }) => french`Approuver la demande ${id} ajoute l'approbation ${count} sur ${required} ; la modification sera appliquée quand elle les aura toutes les ${required}.`,
    examples: [{ id: 7, count: 1, required: 2 }],
  }),
  'undo-nothing': message<{ id: number }>({
    en: ({ id }) => `Call handling is already as it was before request ${id}; nothing would change.`,
    fr: ({ id }) => french`La gestion des appels est déjà telle qu'elle était avant la demande ${id} ; rien ne changerait.`,
    examples: [{ id: 7 }],
  }),
  'undo-heading': message<{ id: number }>({
    en: ({ id }) => `Undoing request ${id}:`,
    fr: ({ id }) => french`Annulation de la demande ${id} :`,
    examples: [{ id: 7 }],
  }),
  'replan-heading': message<{ id: number; command: string }>({
    en: ({ id, command }) => `Request ${id} planned again against the call handling as it is now: ${command}`,
    fr: ({ id, command }) => french`Demande ${id} planifiée de nouveau d'après la gestion des appels actuelle : ${command}`,
    examples: [{ id: 7, command: 'route to voicemail on Dec 25' }],
  }),
  'audit-intact': message<{ entries: number; head: string }>({
    en: ({ entries, head }) => `The audit trail is intact: ${entries} ${entries === 1 ? 'entry' : 'entries'}, head ${head}.`,
    fr: ({ entries, head }) => french`Le journal d'audit est intact : ${entries} ${plural('fr', entries, { one: 'entrée', other: 'entrées' })}, tête ${head}.`,
    examples: [{ entries: 1, head: '3f2a9c0b1d4e5f60' }, { entries: 12, head: '3f2a9c0b1d4e5f60' }],
  }),
  'png-week-only': message<{ png: string }>({
    en: ({ png }) => `--png draws the week only: use it with "week", e.g. switchboard run --png ${png} "week".`,
    fr: ({ png }) => french`--png ne dessine que la semaine : utilisez-le avec « semaine », par exemple « switchboard run --png ${png} "semaine" ».`,
    examples: [{ png: 'week.png' }],
  }),
  'png-not-written': message<{ png: string; reason: string }>({
    en: ({ png, reason }) => `Could not write the picture to ${png}: ${reason}`,
    fr: ({ png, reason }) => french`Impossible d'écrire l'image dans ${png} : ${reason}`,
    examples: [{ png: 'week.png', reason: 'permission denied' }],
  }),
  'png-written': message<{ png: string; width: number; height: number; title: string }>({
    en: ({ png, width, height, title }) => `Wrote ${png} (${width}×${height} PNG): ${title}.`,
    fr: ({ png, width, height, title }) => french`Image ${png} écrite (PNG de ${width}×${height}) : ${title}.`,
    examples: [{ png: 'week.png', width: 1200, height: 640, title: 'Où vont les appels, semaine du lun. 23 nov. 2026' }],
  }),
};
