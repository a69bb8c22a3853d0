import { message } from '../catalogue.ts';
import { french } from '../french-typography.ts';
import { plural } from '../plural.ts';
import { REQUEST_RECORD_MESSAGES, type RequestStatusName } from './request-records.ts';

const statusWord = (status: RequestStatusName): string => REQUEST_RECORD_MESSAGES.status.fr({ status });

/** Someone the policy refuses, by name (or id when Slack gave no name). */
const WHO = [{ who: 'Alice Smith' }] as const;

/**
 * What the workflow answers someone who asked, approved, rejected, cancelled, undid or re-planned
 * a request, when it refuses or records it. Commands are quoted in the reader's language: French
 * readers type « demandes », « historique », « refuser 12 ».
 */
export const REQUEST_MESSAGES = {
  'not-allowed-to-read': message<{ who: string }>({
    en: ({ who }) => `${who} may not read call handling, requests or history; readers are set in SWITCHBOARD_READERS (requesters and approvers read too).`,
    fr: ({ who }) =>
      french`${who} ne peut pas consulter la gestion des appels, les demandes ni l'historique ; les lecteurs sont définis dans SWITCHBOARD_READERS (les demandeurs et les approbateurs consultent aussi).`,
    examples: WHO,
  }),
  'not-allowed-to-request': message<{ who: string }>({
    en: ({ who }) => `${who} may not request changes; requesters are set in SWITCHBOARD_REQUESTERS.`,
    fr: ({ who }) => french`${who} ne peut pas demander de modifications ; les demandeurs sont définis dans SWITCHBOARD_REQUESTERS.`,
    examples: WHO,
  }),
  'not-allowed-to-approve': message<{ who: string }>({
    en: ({ who }) => `${who} may not approve changes; approvers are set in SWITCHBOARD_APPROVERS.`,
    fr: ({ who }) => french`${who} ne peut pas approuver de modifications ; les approbateurs sont définis dans SWITCHBOARD_APPROVERS.`,
    examples: WHO,
  }),
  'not-allowed-to-reject': message<{ who: string }>({
    en: ({ who }) => `${who} may not reject changes; approvers are set in SWITCHBOARD_APPROVERS.`,
    fr: ({ who }) => french`${who} ne peut pas refuser de modifications ; les approbateurs sont définis dans SWITCHBOARD_APPROVERS.`,
    examples: WHO,
  }),
  'not-found': message<{ id: number }>({
    en: ({ id }) => `There is no request ${id}; "requests" lists the pending ones and "history" the recent changes.`,
    fr: ({ id }) => french`Il n'y a pas de demande ${id} ; « demandes » liste celles en attente et « historique » les modifications récentes.`,
    examples: [{ id: 12 }],
  }),
  pending: message<{ id: number }>({
    en: ({ id }) => `request ${id} pending`,
    fr: ({ id }) => `demande ${id} en attente d'approbation`,
    examples: [{ id: 12 }],
  }),
  'approval-recorded': message<{ id: number; count: number; required: number }>({
    en: ({ id, count, required }) => `Approval ${count} of ${required} recorded for request ${id}.`,
    fr: ({ id, count, required }) => `Approbation ${count} sur ${required} enregistrée pour la demande ${id}.`,
    examples: [{ id: 12, count: 1, required: 2 }],
  }),
  'self-approval': message<{ id: number }>({
    en: ({ id }) => `You asked for request ${id}, so someone else has to approve it (SWITCHBOARD_ALLOW_SELF_APPROVAL is off).`,
    fr: ({ id }) => french`Vous avez fait la demande ${id} : quelqu'un d'autre doit donc l'approuver (SWITCHBOARD_ALLOW_SELF_APPROVAL est désactivé).`,
    examples: [{ id: 12 }],
  }),
  'already-approved': message<{ id: number; required: number }>({
    en: ({ id, required }) => `You have already approved request ${id}; it needs ${required} approval${required === 1 ? '' : 's'} in all.`,
    fr: ({ id, required }) =>
      french`Vous avez déjà approuvé la demande ${id} ; il lui faut ${required} ${plural('fr', required, { one: 'approbation', other: 'approbations' })} en tout.`,
    examples: [{ id: 12, required: 1 }, { id: 12, required: 2 }],
  }),
  // The reason is the rejecter's own words, kept as typed.
  rejected: message<{ id: number; by: string; reason: string }>({
    en: ({ id, by, reason }) => `Request ${id} was rejected by ${by}${reason ? `: ${reason}` : '.'}`,
    fr: ({ id, by, reason }) => `La demande ${id} a été refusée par ${by}${reason ? french` : ${reason}` : '.'}`,
    examples: [{ id: 12, by: 'U-carol', reason: 'not before the audit' }, { id: 12, by: 'U-carol', reason: '' }],
  }),
  'cancel-not-yours': message<{ id: number; requester: string }>({
    en: ({ id, requester }) => `Only ${requester}, who asked for request ${id}, can cancel it; approvers can "reject ${id}".`,
    fr: ({ id, requester }) => french`Seule la personne qui a fait la demande ${id}, ${requester}, peut l'annuler ; les approbateurs peuvent « refuser ${id} ».`,
    examples: [{ id: 12, requester: 'U-alice' }],
  }),
  cancelled: message<{ id: number; by: string }>({
    en: ({ id, by }) => `Request ${id} was cancelled by ${by}.`,
    fr: ({ id, by }) => `La demande ${id} a été annulée par ${by}.`,
    examples: [{ id: 12, by: 'U-alice' }],
  }),
  /** `at` is the instant already said in the reader's language. */
  expired: message<{ id: number; at: string }>({
    en: ({ id, at }) => `Request ${id} expired at ${at} without enough approvals; nothing changed.`,
    fr: ({ id, at }) => french`La demande ${id} a expiré le ${at} sans assez d'approbations ; rien n'a changé.`,
    examples: [{ id: 12, at: '2026-12-24 15:02 UTC' }],
  }),
  'not-undoable': message<{ id: number; status: RequestStatusName }>({
    en: ({ id, status }) => `Request ${id} is ${status}; only an applied change can be undone.`,
    fr: ({ id, status }) => french`La demande ${id} est ${statusWord(status)} ; seule une modification appliquée peut être défaite.`,
    examples: [{ id: 12, status: 'pending' }, { id: 12, status: 'rejected' }],
  }),
  'not-replannable': message<{ id: number; status: RequestStatusName }>({
    en: ({ id, status }) => `Request ${id} is ${status}; only a stale or failed request can be planned again.`,
    fr: ({ id, status }) => french`La demande ${id} est ${statusWord(status)} ; seule une demande périmée ou en échec peut être planifiée de nouveau.`,
    examples: [{ id: 12, status: 'applied' }],
  }),
  'no-longer-undoable': message<{ id: number }>({
    en: ({ id }) => `Request ${id} can no longer be undone.`,
    fr: ({ id }) => `La demande ${id} ne peut plus être défaite.`,
    examples: [{ id: 12 }],
  }),
  'already-like-that': message({
    en: () => 'Call handling is already like that; nothing would change.',
    fr: () => french`La gestion des appels est déjà ainsi ; rien ne changerait.`,
  }),
  'not-own-closure': message<{ name: string }>({
    en: ({ name }) => `"${name}" is not a closure Switchboard made; it is left as it is.`,
    fr: ({ name }) => french`« ${name} » n'est pas une fermeture faite par Switchboard ; elle est laissée telle quelle.`,
    examples: [{ name: 'Storm closure' }],
  }),
  'no-closure-in-force': message({
    en: () => 'No closure is in force; nothing to end.',
    fr: () => french`Aucune fermeture n'est en vigueur ; rien à terminer.`,
  }),
  /** The policy for `help` and the start-up banner; the lists and the lifetime come already said. */
  'policy-local-admin': message({
    en: () => 'One local admin: changes apply once confirmed, and are audited. Set SWITCHBOARD_APPROVERS to have a team approve changes.',
    fr: () => french`Un administrateur local : les modifications s'appliquent une fois confirmées, et sont auditées. Définissez SWITCHBOARD_APPROVERS pour qu'une équipe approuve les modifications.`,
  }),
  'policy-team': message<{ requesters: string; approvals: number; approvers: string; selfApproval: boolean; lifetime: string; readers: string }>({
    en: ({ requesters, approvals, approvers, selfApproval, lifetime, readers }) =>
      `Requests from ${requesters}; ${approvals} approval${approvals === 1 ? '' : 's'} from ${approvers}; ${selfApproval ? 'self-approval allowed' : 'no self-approval'}; requests expire after ${lifetime}.${readers === '' ? '' : ` Also read by ${readers}.`}`,
    fr: ({ requesters, approvals, approvers, selfApproval, lifetime, readers }) =>
      french`Demandes de ${requesters} ; ${approvals} ${plural('fr', approvals, { one: 'approbation', other: 'approbations' })} de ${approvers} ; ${selfApproval ? 'auto-approbation permise' : "pas d'auto-approbation"} ; les demandes expirent après ${lifetime}.` +
      (readers === '' ? '' : ` Consultable aussi par ${readers}.`),
    examples: [
      { requesters: 'alice, @ops', approvals: 1, approvers: 'carol, @leads', selfApproval: false, lifetime: '24 h', readers: '' },
      { requesters: 'alice', approvals: 2, approvers: 'carol', selfApproval: true, lifetime: '2 j 12 h', readers: 'dave, @support' },
    ],
  }),
  'policy-no-approval-for': message<{ kinds: string }>({
    en: ({ kinds }) => `Applied without approval: ${kinds}.`,
    fr: ({ kinds }) => french`Appliqué sans approbation : ${kinds}.`,
    examples: [{ kinds: 'open, close' }],
  }),
  /** What every preview of a change the team lets through says (the kind is the SWITCHBOARD_NO_APPROVAL_FOR value). */
  'applies-at-once': message<{ kind: string }>({
    en: ({ kind }) => `This applies at once: SWITCHBOARD_NO_APPROVAL_FOR lets "${kind}" changes through without approval.`,
    fr: ({ kind }) => french`Ceci s'applique tout de suite : SWITCHBOARD_NO_APPROVAL_FOR laisse passer sans approbation les modifications « ${kind} ».`,
    examples: [{ kind: 'close' }],
  }),
};
