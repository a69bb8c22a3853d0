import { z } from 'zod';
import type { DateRange, Destination, Weekday, WeeklySchedule } from '../callflow/model.ts';

/** How a call queue rings its members, in RingCentral's `transferMode` spelling. */
export const RING_MODES = ['Simultaneous', 'FixedOrder', 'Rotating'] as const;
/** A ring mode: all at once, in order, or whoever has been idle longest. */
export type RingMode = (typeof RING_MODES)[number];

/** Where a route command sends calls: one destination, or several users rung through a queue. */
export type RouteTarget =
  | Destination
  | { readonly kind: 'users'; readonly extensionIds: ReadonlyArray<string>; readonly ringMode: RingMode };

/** When a new custom rule applies (the subset of `RuleSchedule` a command can ask for). */
export type RuleWhen =
  | { readonly kind: 'always' }
  | { readonly kind: 'weekly'; readonly weekly: WeeklySchedule }
  | { readonly kind: 'dates'; readonly ranges: ReadonlyArray<DateRange> };

/** One holiday of a `holidays` command: its local calendar date, as a whole day in the company zone. */
export interface HolidayDay {
  readonly name: string;
  /** `YYYY-MM-DD`, the holiday's own calendar date. */
  readonly date: string;
  /** True for an observed (substitute) day, e.g. Monday July 5 for a July 4 on a Sunday. */
  readonly substitute: boolean;
  readonly range: DateRange;
}

/** What the "0" key does (RingCentral IVR action names). */
export type DialZeroAction =
  | { readonly action: 'ConnectToIncomingCallRoutingSelection' }
  | { readonly action: 'DoNothing' }
  | { readonly action: 'ConnectToOperator' }
  | { readonly action: 'Connect'; readonly extensionId: string };

/**
 * What a command asks for, once its words are understood and its names resolved against the
 * company directory. Times are ISO instants with the company zone's offset, so an Intent can be
 * stored and read back unchanged (`intentSchema.parse(JSON.parse(JSON.stringify(intent)))`).
 */
export type Intent =
  /** Set the business-hours or after-hours destination. */
  | { readonly kind: 'route'; readonly rule: 'business-hours' | 'after-hours'; readonly target: RouteTarget }
  /** Add a custom rule; `name` is the user's own, else `proposedName` is used. */
  | {
      readonly kind: 'add-rule';
      readonly proposedName: string;
      readonly name?: string;
      readonly schedule: RuleWhen;
      /** Caller IDs, digits with an optional leading +; a partial number matches by prefix. */
      readonly callers: ReadonlyArray<string>;
      /** Company numbers the rule is limited to; empty means any. */
      readonly calledNumbers: ReadonlyArray<string>;
      readonly target: RouteTarget;
    }
  /** One custom rule holding a country's public holidays; no target means "route as after hours". */
  | {
      readonly kind: 'holidays';
      readonly country: string;
      readonly region?: string;
      readonly year: number;
      readonly proposedName: string;
      readonly holidays: ReadonlyArray<HolidayDay>;
      readonly target?: RouteTarget;
    }
  /** An emergency closure from now to `range.to`; no target means "route as after hours". */
  | { readonly kind: 'close'; readonly range: DateRange; readonly proposedName: string; readonly target?: RouteTarget }
  /** End the emergency closure in force. */
  | { readonly kind: 'open' }
  /** Replace business hours; an empty schedule means open 24/7. */
  | { readonly kind: 'set-business-hours'; readonly businessHours: WeeklySchedule }
  | { readonly kind: 'set-ring-mode'; readonly queueId: string; readonly ringMode: RingMode }
  /** Set the "0" key of an IVR menu, or of the main site (which has no public API). */
  | {
      readonly kind: 'set-dial-zero';
      readonly menu: { readonly kind: 'main-site' } | { readonly kind: 'ivr-menu'; readonly menuId: string };
      readonly action: DialZeroAction;
    }
  | { readonly kind: 'list-rules' }
  | {
      readonly kind: 'change-rule';
      readonly ruleId: string;
      readonly ruleName: string;
      readonly change: 'enable' | 'disable' | 'delete';
    }
  | { readonly kind: 'status'; readonly at?: string }
  | { readonly kind: 'test'; readonly at: string; readonly from?: string; readonly to?: string }
  /** The week containing `weekOf` (this week without it), hour by hour, for a caller and a called number. */
  | { readonly kind: 'week'; readonly weekOf?: string; readonly from?: string; readonly to?: string }
  | WorkflowIntent;

/**
 * A command about change requests rather than call handling: list, decide, withdraw, re-plan,
 * undo, and read or check the audit trail. `requestId` is a change request's number.
 */
export type WorkflowIntent =
  | { readonly kind: 'list-requests' }
  | { readonly kind: 'approve'; readonly requestId: number }
  /** `reason` is the rejecter's own words, as typed. */
  | { readonly kind: 'reject'; readonly requestId: number; readonly reason?: string }
  /** The requester withdraws a pending request. */
  | { readonly kind: 'cancel'; readonly requestId: number }
  /** Plan a stale request again against the call handling as it is now. */
  | { readonly kind: 'replan'; readonly requestId: number }
  /** The latest audited changes, newest first; `limit` is 1 to `HISTORY_LIMIT_MAX`. */
  | { readonly kind: 'history'; readonly limit?: number }
  | { readonly kind: 'undo'; readonly requestId: number }
  | { readonly kind: 'audit-verify' };

/** The most audit entries one `history` command shows. */
export const HISTORY_LIMIT_MAX = 200;

/** The kinds of Intent, for tables such as the command reference. */
export type IntentKind = Intent['kind'];

// callflow/ may be imported for types only, so the weekday names are spelled again here; the
// `satisfies` check keeps them in step with callflow's `Weekday`.
const WEEKDAY_KEYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const satisfies ReadonlyArray<Weekday>;

const isoInstant = z.iso.datetime({ offset: true });
const dateRangeSchema = z.object({ from: isoInstant, to: isoInstant });
const minuteRangeSchema = z.object({ from: z.number().int().min(0).max(1439), to: z.number().int().min(1).max(1440) });
const weeklyScheduleSchema = z.partialRecord(z.enum(WEEKDAY_KEYS), z.array(minuteRangeSchema));
const ringModeSchema = z.enum(RING_MODES);

const destinationVariants = [
  z.object({ kind: z.literal('greeting') }),
  z.object({ kind: z.literal('greeting-then-hang-up') }),
  z.object({ kind: z.literal('extension'), extensionId: z.string().min(1) }),
] as const;

const routeTargetSchema = z.discriminatedUnion('kind', [
  ...destinationVariants,
  z.object({ kind: z.literal('users'), extensionIds: z.array(z.string().min(1)).min(2), ringMode: ringModeSchema }),
]);

const ruleWhenSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always') }),
  z.object({ kind: z.literal('weekly'), weekly: weeklyScheduleSchema }),
  z.object({ kind: z.literal('dates'), ranges: z.array(dateRangeSchema).min(1).max(1000) }),
]);

const holidayDaySchema = z.object({
  name: z.string(),
  date: z.iso.date(),
  substitute: z.boolean(),
  range: dateRangeSchema,
});

const dialZeroActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('ConnectToIncomingCallRoutingSelection') }),
  z.object({ action: z.literal('DoNothing') }),
  z.object({ action: z.literal('ConnectToOperator') }),
  z.object({ action: z.literal('Connect'), extensionId: z.string().min(1) }),
]);

const requestId = z.number().int().positive();

// RingCentral's limit on an answering rule's name.
const ruleName = z.string().min(1).max(30);

/** The zod schema of an Intent, for reading one back from JSON (store, Slack button values). */
export const intentSchema: z.ZodType<Intent> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('route'), rule: z.enum(['business-hours', 'after-hours']), target: routeTargetSchema }),
  z.object({
    kind: z.literal('add-rule'),
    proposedName: ruleName,
    name: ruleName.optional(),
    schedule: ruleWhenSchema,
    callers: z.array(z.string()),
    calledNumbers: z.array(z.string()),
    target: routeTargetSchema,
  }),
  z.object({
    kind: z.literal('holidays'),
    country: z.string(),
    region: z.string().optional(),
    year: z.number().int(),
    proposedName: ruleName,
    holidays: z.array(holidayDaySchema).min(1).max(1000),
    target: routeTargetSchema.optional(),
  }),
  z.object({ kind: z.literal('close'), range: dateRangeSchema, proposedName: ruleName, target: routeTargetSchema.optional() }),
  z.object({ kind: z.literal('open') }),
  z.object({ kind: z.literal('set-business-hours'), businessHours: weeklyScheduleSchema }),
  z.object({ kind: z.literal('set-ring-mode'), queueId: z.string().min(1), ringMode: ringModeSchema }),
  z.object({
    kind: z.literal('set-dial-zero'),
    menu: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('main-site') }),
      z.object({ kind: z.literal('ivr-menu'), menuId: z.string().min(1) }),
    ]),
    action: dialZeroActionSchema,
  }),
  z.object({ kind: z.literal('list-rules') }),
  z.object({
    kind: z.literal('change-rule'),
    ruleId: z.string().min(1),
    ruleName: z.string(),
    change: z.enum(['enable', 'disable', 'delete']),
  }),
  z.object({ kind: z.literal('status'), at: isoInstant.optional() }),
  z.object({
    kind: z.literal('test'),
    at: isoInstant,
    from: z.string().optional(),
    to: z.string().optional(),
  }),
  z.object({
    kind: z.literal('week'),
    weekOf: isoInstant.optional(),
    from: z.string().optional(),
    to: z.string().optional(),
  }),
  z.object({ kind: z.literal('list-requests') }),
  z.object({ kind: z.literal('approve'), requestId }),
  z.object({ kind: z.literal('reject'), requestId, reason: z.string().min(1).optional() }),
  z.object({ kind: z.literal('cancel'), requestId }),
  z.object({ kind: z.literal('replan'), requestId }),
  z.object({ kind: z.literal('history'), limit: z.number().int().min(1).max(HISTORY_LIMIT_MAX).optional() }),
  z.object({ kind: z.literal('undo'), requestId }),
  z.object({ kind: z.literal('audit-verify') }),
]);
