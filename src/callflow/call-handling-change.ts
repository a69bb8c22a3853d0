import type { Said } from '../i18n/index.ts';

/** The kinds of change `diffCallHandling` reports, in the order it reports them. */
export const CALL_HANDLING_CHANGE_KINDS = [
  'time-zone',
  'business-hours',
  'business-hours-destination',
  'after-hours-destination',
  'rule-removed',
  'rule-added',
  'rule-renamed',
  'rule-enabled',
  'rule-disabled',
  'rule-schedule',
  'rule-callers',
  'rule-called-numbers',
  'rule-destination',
  'rule-order',
  'ivr-key',
  'call-queue',
] as const;
export type CallHandlingChangeKind = (typeof CALL_HANDLING_CHANGE_KINDS)[number];

/** One difference between two call-handling states, with a sentence a person reads in each language. */
export interface CallHandlingChange {
  readonly kind: CallHandlingChangeKind;
  readonly text: Said;
  /** The custom rule the change is about, for `rule-*` kinds other than `rule-order`. */
  readonly ruleId?: string;
  /** The IVR menu the change is about, for `ivr-key`. */
  readonly menuId?: string;
  /** The call queue the change is about, for `call-queue`. */
  readonly queueId?: string;
}
