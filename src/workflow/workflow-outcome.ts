import type { ChangeRequest } from '../store/index.ts';
import type { DateTime } from 'luxon';
import type { Said } from '../i18n/index.ts';
import type { CallHandlingRequest, ProposedChange } from '../callflow/index.ts';

/** Every way a workflow call can end, so adapters pick a reply, a button or an exit code from `code`. */
export const WORKFLOW_CODES = [
  /** A request was created and waits for approval. */
  'pending',
  /** An approval was counted; the request needs more. */
  'approval-recorded',
  'applied',
  /** RingCentral refused or failed; `message` says what is live now. */
  'failed',
  /** Someone changed what the request touches since it was made; nothing was applied. */
  'stale',
  'rejected',
  'cancelled',
  'expired',
  /** The call handling already is as asked. */
  'no-change',
  'not-found',
  'not-allowed',
  'self-approval',
  'already-approved',
  /** Someone else decided first (or the request is already final); `message` says who and what. */
  'already-decided',
  /** RingCentral changed what a preview touches before it was requested; nothing was asked for, and `redraft` is the new preview. */
  'draft-changed',
  /** The command cannot become a change against the current call handling. */
  'refused',
  'not-undoable',
] as const;
export type WorkflowCode = (typeof WORKFLOW_CODES)[number];

/** A change command's preview; `draftId` requests exactly it, and is absent when nothing would change. */
export type DraftedChange = ProposedChange & { readonly draftId: string | undefined };

/** The preview again, when RingCentral changed under a draft: shown in place of the old one. */
export interface Redraft {
  readonly commandText: string;
  readonly kind: CallHandlingRequest['kind'];
  readonly timeZone: string;
  readonly at: DateTime;
  readonly preview: DraftedChange;
}

/** What a workflow call did, in one line a person reads, with the request when there is one. */
export interface WorkflowOutcome {
  readonly code: WorkflowCode;
  /** The line in each language; the adapter shows the reader's. */
  readonly message: Said;
  readonly request?: ChangeRequest;
  /** With `draft-changed`: the change as it would be now, to show in place of the old preview. */
  readonly redraft?: Redraft;
}

/** The codes after which the call handling is as the user asked, or a question was answered. */
export function isSuccess(code: WorkflowCode): boolean {
  return ['pending', 'approval-recorded', 'applied', 'rejected', 'cancelled'].includes(code);
}
