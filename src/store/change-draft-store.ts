import type { CallHandlingRequest } from '../callflow/index.ts';
import type { NewChangeRequest } from './change-request-store.ts';

/**
 * A previewed change kept until its author requests it: what was understood, the instant it was
 * read at, the plan and the call handling it was made against. Requesting a draft requests exactly
 * this plan, so a click at 00:02 on a preview made at 23:58 asks for the day that was shown.
 */
export interface NewChangeDraft
  extends Pick<NewChangeRequest, 'commandText' | 'plan' | 'changes' | 'warnings' | 'before' | 'intended' | 'createdAt' | 'expiresAt'> {
  /** Random and unguessable: it travels in Slack button values and modal metadata. */
  readonly id: string;
  /** The actor id of whoever previewed it; only they may request it. */
  readonly author: string;
  /** What was understood; a draft is always a change command, never an undo. */
  readonly intent: CallHandlingRequest;
  /** ISO instant with the company's offset: when the command was read. */
  readonly readAt: string;
}

/** A stored draft; `requestedAt` is set once it has been requested (a draft is requested at most once). */
export interface ChangeDraft extends NewChangeDraft {
  readonly requestedAt?: string;
}

/** What reading a draft found. */
export type DraftLookup =
  | { readonly found: true; readonly draft: ChangeDraft }
  /** No draft has this id (never made, tampered with, or cleared a while after it expired). */
  | { readonly found: false; readonly reason: 'unknown' }
  /** A draft with this id exists but cannot be read (another Switchboard version wrote it). */
  | { readonly found: false; readonly reason: 'unreadable' };

/** Drafts of changes between their preview and their request. */
export interface ChangeDraftStore {
  /** Stores a draft, and clears drafts that expired more than a day before it was made. */
  save(draft: NewChangeDraft): Promise<void>;
  get(id: string): Promise<DraftLookup>;
  /** Marks the draft requested; false when it already was (a double click, or a second replica). */
  claim(id: string, requestedAt: string): Promise<boolean>;
}
