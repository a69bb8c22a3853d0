import type { CustomRule, Destination, IvrKeyAction, RingMode, WeeklySchedule } from './model.ts';

/**
 * One RingCentral write, in model terms. The gateway turns each into exactly one HTTP request
 * (src/ringcentral/apply-change-plan.ts); `planChanges` produces the smallest list of them.
 */
export type ChangeOperation =
  /** PUT business-hours. Going to or from 24/7 makes RingCentral delete or create the after-hours rule. */
  | { readonly kind: 'set-business-hours'; readonly businessHours: WeeklySchedule }
  /** PUT business-hours-rule / after-hours-rule with a new destination. */
  | {
      readonly kind: 'set-default-destination';
      readonly rule: 'business-hours' | 'after-hours';
      readonly destination: Destination;
    }
  /** POST a custom rule; RingCentral appends it to the end of the evaluation order. */
  | { readonly kind: 'create-rule'; readonly rule: Omit<CustomRule, 'id'> }
  /** PUT the whole custom rule (RingCentral's PUT merges; we always send every field we own). */
  | { readonly kind: 'update-rule'; readonly rule: CustomRule }
  | { readonly kind: 'delete-rule'; readonly ruleId: string; readonly name: string }
  /** PUT an IVR menu's key actions (the whole list: RingCentral replaces it). */
  | { readonly kind: 'set-ivr-actions'; readonly menuId: string; readonly actions: ReadonlyArray<IvrKeyAction> }
  /** POST a call queue's bulk-assign: members join (ringing last in a fixed order) or leave. */
  | {
      readonly kind: 'set-queue-members';
      readonly queueId: string;
      readonly addedIds: ReadonlyArray<string>;
      readonly removedIds: ReadonlyArray<string>;
    }
  /** PUT the queue's own business-hours rule; `memberIds` is the ring order, sent for `FixedOrder`. */
  | {
      readonly kind: 'set-queue-ring-mode';
      readonly queueId: string;
      readonly ringMode: RingMode;
      readonly memberIds: ReadonlyArray<string>;
    };

/** An ordered list of operations; applying them in order turns one state into another. */
export type ChangePlan = ReadonlyArray<ChangeOperation>;
