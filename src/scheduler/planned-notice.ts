import type { Said } from '../i18n/index.ts';

/** The kinds of notice a rule's schedule yields, in the order notices at the same instant are listed. */
export const NOTICE_KINDS = ['switch-off', 'switch-on', 'reminder'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * A notice to post at a given instant, computed from the call handling by `planNotices`.
 * `key` is `${kind}:${ruleId}:${rangeStartIso}`: the same rule and range give the same key on every
 * planning, so a job store can upsert by key and drop the keys no longer planned.
 */
export interface PlannedNotice {
  readonly key: string;
  readonly kind: NoticeKind;
  readonly ruleId: string;
  readonly ruleName: string;
  /** When to post it, an ISO instant carrying the company's offset at that instant. */
  readonly at: string;
  /**
   * From when the notice says something no longer true, so a notice run this late is dropped: a
   * reminder once its span starts, an on notice once it ends (its off notice says what is true).
   */
  readonly mootAt?: string;
  /**
   * The notice in each language, e.g. `"Christmas" is now off: calls go to the company greeting
   * again (business hours).`: the managers' channel and each manager may read another language.
   */
  readonly text: Said;
}
