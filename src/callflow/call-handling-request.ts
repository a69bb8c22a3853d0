import type { DateRange, Destination, RingMode, WeeklySchedule } from './model.ts';

/**
 * Where a request sends calls. Mirrors language's `RouteTarget` structurally (callflow must not
 * import language). `users` is rung through the call queue that has exactly those members.
 */
export type RequestTarget =
  | Destination
  | { readonly kind: 'users'; readonly extensionIds: ReadonlyArray<string>; readonly ringMode: RingMode };

/** When a requested custom rule applies (language's `RuleWhen`). */
export type RequestedWhen =
  | { readonly kind: 'always' }
  | { readonly kind: 'weekly'; readonly weekly: WeeklySchedule }
  | { readonly kind: 'dates'; readonly ranges: ReadonlyArray<DateRange> };

/**
 * A change to call handling that `proposeChange` can turn into an after-state. Every Intent
 * variant that changes call handling is assignable to it (checked in
 * test/callflow/call-handling-request.test.ts); fields callflow does not need are left out.
 */
export type CallHandlingRequest =
  | { readonly kind: 'route'; readonly rule: 'business-hours' | 'after-hours'; readonly target: RequestTarget }
  | {
      readonly kind: 'add-rule';
      readonly proposedName: string;
      readonly name?: string;
      readonly schedule: RequestedWhen;
      readonly callers: ReadonlyArray<string>;
      readonly calledNumbers: ReadonlyArray<string>;
      readonly target: RequestTarget;
    }
  /** No target means "as after hours" (the company greeting when open 24/7). */
  | {
      readonly kind: 'holidays';
      readonly proposedName: string;
      readonly holidays: ReadonlyArray<{ readonly range: DateRange }>;
      readonly target?: RequestTarget;
    }
  /**
   * The rule is named by callflow (`CLOSURE_RULE_PREFIX`). `closureRuleIds` are the ids of the
   * closure rules Switchboard made (the workflow looks them up; none when absent): `close` replaces
   * the one of those in force and `open` deletes them, never a rule a person named "Closed until …".
   */
  | { readonly kind: 'close'; readonly range: DateRange; readonly target?: RequestTarget; readonly closureRuleIds?: ReadonlyArray<string> }
  | { readonly kind: 'open'; readonly closureRuleIds?: ReadonlyArray<string> }
  | { readonly kind: 'set-business-hours'; readonly businessHours: WeeklySchedule }
  | { readonly kind: 'set-ring-mode'; readonly queueId: string; readonly ringMode: RingMode }
  | {
      readonly kind: 'set-dial-zero';
      readonly menu: { readonly kind: 'main-site' } | { readonly kind: 'ivr-menu'; readonly menuId: string };
      readonly action: { readonly action: string; readonly extensionId?: string };
    }
  | { readonly kind: 'change-rule'; readonly ruleId: string; readonly change: 'enable' | 'disable' | 'delete' };
