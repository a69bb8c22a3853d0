/**
 * The model of a company's call handling (RingCentral's Auto-Receptionist, single- or multi-level
 * IVR), free of RingCentral wire names. The gateway maps API shapes to and from these types in one
 * place (src/ringcentral/map-*.ts); everything in callflow/ and language/ works on these alone.
 *
 * Glossary: an *extension* is anything calls can be sent to; an *answering rule* decides where a
 * call goes; *business hours* is the company's weekly schedule; a *custom rule* is an answering
 * rule with conditions (dates, weekly times, callers, called numbers) evaluated before the
 * business-hours and after-hours rules.
 */

/** The days of a weekly schedule, Monday first, in RingCentral's spelling. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The extension types calls can be routed to (RingCentral's `type` enum, the subset we use). */
export const EXTENSION_TYPES = [
  'User',
  'Department',
  'Voicemail',
  'Announcement',
  'SharedLinesGroup',
  'IvrMenu',
  'Limited',
  'Site',
] as const;
export type ExtensionType = (typeof EXTENSION_TYPES)[number];

/** An extension of the account that a rule can send calls to. Ids are strings everywhere. */
export interface Extension {
  readonly id: string;
  readonly extensionNumber: string;
  readonly name: string;
  readonly type: ExtensionType;
  readonly enabled: boolean;
}

/**
 * Where a rule sends a call.
 * - `greeting`: the company greeting; callers dial an extension, else the operator (`Operator`).
 * - `greeting-then-hang-up`: the company greeting, then the call ends (`Disconnect`).
 * - `extension`: straight to one extension, skipping the greeting (`Bypass`).
 */
export type Destination =
  | { readonly kind: 'greeting' }
  | { readonly kind: 'greeting-then-hang-up' }
  | { readonly kind: 'extension'; readonly extensionId: string };

/**
 * A span of one day in minutes after local midnight: `from` in 0..1439, `to` in 1..1440, from < to.
 * 1440 is the end of the day (midnight that follows).
 */
export interface MinuteRange {
  readonly from: number;
  readonly to: number;
}

/** A weekly schedule in the company time zone; a missing or empty day has no time in it. */
export type WeeklySchedule = Readonly<Partial<Record<Weekday, ReadonlyArray<MinuteRange>>>>;

/** A span of absolute time, as ISO-8601 instants with an offset; `to` is exclusive. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/**
 * When a custom rule applies.
 * - `always`: no time condition (the rule is decided by callers / called numbers alone).
 * - `weekly`: weekly wall-clock ranges in the company time zone.
 * - `dates`: absolute date ranges (holidays, closures); up to 1000.
 * - `business-hours` / `after-hours`: the company's own schedule (a reference, RingCentral `ref`).
 */
export type RuleSchedule =
  | { readonly kind: 'always' }
  | { readonly kind: 'weekly'; readonly weekly: WeeklySchedule }
  | { readonly kind: 'dates'; readonly ranges: ReadonlyArray<DateRange> }
  | { readonly kind: 'business-hours' }
  | { readonly kind: 'after-hours' };

/** A caller-ID condition; `callerId` may be partial (a country and area code matches by prefix). */
export interface CallerCondition {
  readonly callerId: string;
  readonly name?: string;
}

/** A custom answering rule. Rules are evaluated in list order; the first full match wins. */
export interface CustomRule {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly schedule: RuleSchedule;
  readonly callers: ReadonlyArray<CallerCondition>;
  /** Company numbers this rule is limited to (E.164 or digits); empty means any number. */
  readonly calledNumbers: ReadonlyArray<string>;
  readonly destination: Destination;
}

/** The ids RingCentral gives the two default company rules. */
export const BUSINESS_HOURS_RULE_ID = 'business-hours-rule';
export const AFTER_HOURS_RULE_ID = 'after-hours-rule';

/** What pressing one key in an IVR menu does (RingCentral's action names). */
export interface IvrKeyAction {
  readonly input: string;
  readonly action: string;
  readonly extensionId?: string;
  readonly phoneNumber?: string;
}

/** An IVR menu and its key actions. */
export interface IvrMenu {
  readonly id: string;
  readonly name: string;
  readonly extensionNumber: string;
  readonly actions: ReadonlyArray<IvrKeyAction>;
}

/** How a call queue rings its members: all at once, in order, or whoever has been idle longest. */
export const RING_MODES = ['Simultaneous', 'FixedOrder', 'Rotating'] as const;
export type RingMode = (typeof RING_MODES)[number];

/** A call queue (a `Department` extension) and how it rings its members. */
export interface CallQueue {
  readonly id: string;
  readonly name: string;
  readonly extensionNumber: string;
  /** Member extension ids in ring order (the order matters only for `FixedOrder`). */
  readonly memberIds: ReadonlyArray<string>;
  readonly ringMode: RingMode;
}

/**
 * How the company's Auto-Receptionist answers: `single-level` plays the company greeting (callers
 * dial an extension); `multi-level` answers with a tree of IVR menus, and then RingCentral lets a
 * company rule only go straight to an extension (AWR-182). No API states it: it is inferred when
 * the call handling is read (RingCentral behaviour `multi-level-ivr`).
 */
export type IvrMode = 'single-level' | 'multi-level';

/** The whole company call handling as read from RingCentral at one moment. */
export interface CallHandling {
  /** IANA zone name (RingCentral's `US/Eastern` style names are IANA links and work with luxon). */
  readonly timeZone: string;
  /** The account's language as RingCentral's regional settings give it (`fr-CA`, `en-US`); absent when not given. */
  readonly locale?: string;
  readonly ivrMode: IvrMode;
  readonly mainNumber: string;
  readonly operator: { readonly id: string; readonly extensionNumber: string } | undefined;
  /** Empty means open 24/7 (and then there is no after-hours rule). */
  readonly businessHours: WeeklySchedule;
  readonly businessHoursDestination: Destination;
  /** Undefined exactly when business hours are 24/7. */
  readonly afterHoursDestination: Destination | undefined;
  readonly customRules: ReadonlyArray<CustomRule>;
  readonly extensions: ReadonlyArray<Extension>;
  readonly ivrMenus: ReadonlyArray<IvrMenu>;
  readonly callQueues: ReadonlyArray<CallQueue>;
}
