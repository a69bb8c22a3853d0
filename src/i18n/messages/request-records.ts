import { DateTime } from 'luxon';
import { message } from '../catalogue.ts';
import { describeInstant } from '../describe-instant.ts';
import { french } from '../french-typography.ts';
import { plural } from '../plural.ts';

/** A request's status as the store names it (store's `RequestStatus`). */
export type RequestStatusName = 'pending' | 'approved' | 'applying' | 'applied' | 'failed' | 'rejected' | 'cancelled' | 'expired' | 'stale';

/** What an audit entry records (store's `AuditEvent`). */
type AuditEventName = 'applied' | 'failed' | 'rolled-back' | 'stale' | 'rejected' | 'expired' | 'cancelled' | 'recovered' | 'drift';

// French says a status as the adjective of « la demande » (feminine) and an event as a noun.
const STATUS_WORDS: Readonly<Record<RequestStatusName, string>> = {
  pending: "en attente d'approbation",
  approved: 'approuvée',
  applying: "en cours d'application",
  applied: 'appliquée',
  failed: 'en échec',
  rejected: 'refusée',
  cancelled: 'annulée',
  expired: 'expirée',
  stale: 'périmée',
};

const EVENT_WORDS: Readonly<Record<AuditEventName, string>> = {
  applied: 'application',
  failed: 'échec',
  'rolled-back': 'retour en arrière',
  stale: 'péremption',
  rejected: 'refus',
  expired: 'expiration',
  cancelled: 'annulation',
  recovered: 'reprise',
  drift: 'dérive',
};

/**
 * Who approved a request, as its standing names them. Those who decided without approvers are
 * stored by name: the team's policy (`policy`, also said when nobody is recorded) and an end of a
 * closure approved with it (`the closure`, request-change.ts); anyone else is a user id.
 */
function decidersInFrench(approvers: ReadonlyArray<string>, decidedBy: string | undefined): string {
  if (approvers.length > 0) return approvers.join(' et ');
  if (decidedBy === undefined || decidedBy === 'policy') return "la politique d'approbation";
  return decidedBy === 'the closure' ? 'la fermeture' : decidedBy;
}

/** Where a request stands: the request's id, and the instants already said in the reader's language. */
interface StandingValues {
  readonly id: number;
  /** Who approved it, in order (empty when no approval was counted). */
  readonly approvers: ReadonlyArray<string>;
  readonly decidedBy?: string;
  /** When it was last updated (decided, applied, failed). */
  readonly at: string;
  readonly expiresAt: string;
  /** The reason stored with the request: a rejecter's words, or a failure's summary as written. */
  readonly reason?: string;
}

const STANDING_EXAMPLES: readonly [StandingValues, ...StandingValues[]] = [
  { id: 12, approvers: ['U-bob', 'U-carol'], decidedBy: 'U-carol', at: '2026-12-24 15:02 UTC', expiresAt: '2026-12-25 15:02 UTC', reason: 'not before the audit' },
  { id: 12, approvers: [], at: '2026-12-24 15:02 UTC', expiresAt: '2026-12-25 15:02 UTC' },
  { id: 12, approvers: [], decidedBy: 'the closure', at: '2026-12-24 15:02 UTC', expiresAt: '2026-12-25 15:02 UTC' },
];

/** How requests and audit entries are listed and where a request stands, for `requests`, `history` and decided requests. */
export const REQUEST_RECORD_MESSAGES = {
  /** `requests` with nothing waiting, and `history` with nothing recorded: the console, Slack and App Home say the same. */
  'no-pending-requests': message({ en: () => 'No requests are waiting for approval.', fr: () => "Aucune demande n'attend d'approbation." }),
  'no-recorded-changes': message({ en: () => 'No changes recorded yet.', fr: () => "Aucune modification n'est encore enregistrée." }),
  status: message<{ status: RequestStatusName }>({
    en: ({ status }) => status,
    fr: ({ status }) => STATUS_WORDS[status],
    examples: [{ status: 'pending' }, { status: 'stale' }],
  }),
  /** An instant in workflow messages, in UTC, the zone of the store: `2026-12-24 15:02 UTC`. */
  instant: message<{ iso: string }>({
    en: ({ iso }) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`,
    fr: ({ iso }) => describeInstant(DateTime.fromISO(iso, { zone: 'utc' }), 'UTC', 'fr'),
    examples: [{ iso: '2026-12-24T15:02:00.000Z' }],
  }),
  'standing-pending': message<StandingValues>({
    en: ({ id, approvers, expiresAt }) => `Request ${id} is waiting for approval (${approvers.length} so far); it expires ${expiresAt}.`,
    fr: ({ id, approvers, expiresAt }) =>
      french`La demande ${id} attend une approbation (${approvers.length} ${plural('fr', approvers.length, { one: 'approbation', other: 'approbations' })} jusqu'ici) ; elle expire le ${expiresAt}.`,
    examples: STANDING_EXAMPLES,
  }),
  'standing-applying': message<StandingValues>({
    en: ({ id, approvers, decidedBy }) => `Request ${id} was approved by ${decidersInEnglish(approvers, decidedBy)} and is being applied.`,
    fr: ({ id, approvers, decidedBy }) => `La demande ${id} a été approuvée par ${decidersInFrench(approvers, decidedBy)} et est en cours d'application.`,
    examples: STANDING_EXAMPLES,
  }),
  'standing-applied': message<StandingValues>({
    en: ({ id, approvers, decidedBy, at }) => `Request ${id} was approved by ${decidersInEnglish(approvers, decidedBy)} and applied at ${at}.`,
    fr: ({ id, approvers, decidedBy, at }) => `La demande ${id} a été approuvée par ${decidersInFrench(approvers, decidedBy)} et appliquée le ${at}.`,
    examples: STANDING_EXAMPLES,
  }),
  // The reason of a failure is its summary as the request stored it: one English line.
  'standing-failed': message<StandingValues>({
    en: ({ id, approvers, decidedBy, at, reason }) => `Request ${id} was approved by ${decidersInEnglish(approvers, decidedBy)} but failed at ${at}: ${reason ?? 'no reason recorded.'}`,
    fr: ({ id, approvers, decidedBy, at, reason }) =>
      french`La demande ${id} a été approuvée par ${decidersInFrench(approvers, decidedBy)} mais a échoué le ${at} : ${reason ?? 'aucune raison enregistrée.'}`,
    examples: STANDING_EXAMPLES,
  }),
  'standing-rejected': message<StandingValues>({
    en: ({ id, decidedBy, at, reason }) => `Request ${id} was rejected by ${decidedBy ?? 'an approver'} at ${at}${reason ? `: ${reason}` : '.'}`,
    fr: ({ id, decidedBy, at, reason }) => `La demande ${id} a été refusée par ${decidedBy ?? 'un approbateur'} le ${at}${reason ? french` : ${reason}` : '.'}`,
    examples: STANDING_EXAMPLES,
  }),
  'standing-cancelled': message<StandingValues>({
    en: ({ id, decidedBy, at }) => `Request ${id} was cancelled by ${decidedBy ?? 'its requester'} at ${at}.`,
    fr: ({ id, decidedBy, at }) => `La demande ${id} a été annulée par ${decidedBy ?? "la personne qui l'a faite"} le ${at}.`,
    examples: STANDING_EXAMPLES,
  }),
  'standing-expired': message<StandingValues>({
    en: ({ id, expiresAt }) => `Request ${id} expired at ${expiresAt} without enough approvals.`,
    fr: ({ id, expiresAt }) => `La demande ${id} a expiré le ${expiresAt} sans assez d'approbations.`,
    examples: STANDING_EXAMPLES,
  }),
  // English shows the stale summary stored with the request, which names the parts someone
  // changed; that line is English, so French says what it means without those parts.
  'standing-stale': message<StandingValues>({
    en: ({ id, reason }) => reason ?? `Request ${id} is stale.`,
    fr: ({ id }) =>
      french`La demande ${id} est périmée : depuis qu'elle a été faite, quelqu'un a modifié ce qu'elle touche. Rien n'a été appliqué ; « replanifier ${id} » la planifie de nouveau sur la gestion des appels telle qu'elle est maintenant.`,
    examples: STANDING_EXAMPLES,
  }),
  /** The first line of a pending request in `requests`; the instants are already said in the reader's language. */
  'pending-request': message<{ id: number; requester: string; createdAt: string; expiresAt: string; commandText: string }>({
    en: ({ id, requester, createdAt, expiresAt, commandText }) => `#${id} by ${requester} at ${createdAt}, expires ${expiresAt}: ${commandText}`,
    fr: ({ id, requester, createdAt, expiresAt, commandText }) => french`n° ${id}, de ${requester} le ${createdAt}, expire le ${expiresAt} : ${commandText}`,
    examples: [{ id: 12, requester: 'U-alice', createdAt: '2026-12-24 15:02 UTC', expiresAt: '2026-12-25 15:02 UTC', commandText: 'close now for 2 hours' }],
  }),
  'pending-warning': message<{ text: string }>({
    en: ({ text }) => `Warning: ${text}`,
    fr: ({ text }) => french`Avertissement : ${text}`,
    examples: [{ text: 'Christmas is disabled' }],
  }),
  /** One audit entry in `history`: when, what, about which request, who asked and approved, and its summary. */
  'audit-entry': message<{ at: string; event: AuditEventName; requestId?: number; commandText: string; requestedBy: string; approvedBy: ReadonlyArray<string>; summary: string }>({
    en: ({ at, event, requestId, commandText, requestedBy, approvedBy, summary }) =>
      `${at} ${event} ${requestId === undefined ? '' : `request ${requestId} `}"${commandText}" by ${requestedBy}${approvedBy.length > 0 ? `, approved by ${approvedBy.join(', ')}` : ''}: ${summary}`,
    fr: ({ at, event, requestId, commandText, requestedBy, approvedBy, summary }) =>
      french`${at} ${EVENT_WORDS[event]}${requestId === undefined ? '' : ` de la demande ${requestId}`} « ${commandText} » faite par ${requestedBy}${approvedBy.length > 0 ? `, approuvée par ${approvedBy.join(', ')}` : ''} : ${summary}`,
    examples: [
      { at: '2026-12-24 15:02 UTC', event: 'applied', requestId: 12, commandText: 'close now', requestedBy: 'U-alice', approvedBy: ['U-bob'], summary: '1 opération appliquée.' },
      { at: '2026-12-24 15:02 UTC', event: 'drift', commandText: 'drift', requestedBy: 'Switchboard', approvedBy: [], summary: 'Someone changed the business hours' },
    ],
  }),
};

function decidersInEnglish(approvers: ReadonlyArray<string>, decidedBy: string | undefined): string {
  return approvers.length > 0 ? approvers.join(' and ') : decidedBy === undefined ? 'policy' : decidedBy;
}
