import { CREATED_AFTER_HOURS_RULE } from '../callflow/ringcentral-behaviour.ts';

/**
 * The emulator's company data, in RingCentral's own JSON shapes (DESIGN.md contract 3). This is
 * what the state file holds and what `GET /_emulator/state` returns. `uri` fields are left out:
 * the emulator builds them from the request's Host header on the way out.
 *
 * Id conventions follow the real API: extension ids are integers in extension records and
 * numeric strings wherever a rule, queue agent or IVR action points at an extension.
 */

/** The days of a weekly schedule, in RingCentral's spelling and order. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * RingCentral's `AllExtensionTypesEnum` as shipped in the pinned spec, plus `CompanyExtension`,
 * which a real account lists though no spec names it (DESIGN.md "What a real account returns").
 */
export const EXTENSION_TYPES = [
  'User', 'Department', 'Announcement', 'Voicemail', 'DigitalUser', 'VirtualUser', 'FaxUser', 'PagingOnly',
  'SharedLinesGroup', 'DelegatedLinesGroup', 'GroupCallPickup', 'IvrMenu', 'ApplicationExtension', 'ProxyAdmin',
  'RoomConnector', 'ParkLocation', 'Limited', 'Bot', 'Site', 'Room', 'FlexibleUser', 'Unknown', 'CompanyExtension',
] as const;
export type ExtensionType = (typeof EXTENSION_TYPES)[number];

/** Extension statuses (RingCentral's `ExtensionStatusEnumFull`, the values the emulator stores). */
export const EXTENSION_STATUSES = ['Enabled', 'Disabled', 'Frozen', 'NotActivated', 'Unassigned'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

/** The extension types a company rule may `Bypass` to (docs: "valid Bypass destinations"). */
export const BYPASS_TARGET_TYPES: ReadonlyArray<ExtensionType> = [
  'User', 'Department', 'Voicemail', 'Announcement', 'SharedLinesGroup', 'IvrMenu', 'Limited', 'Site',
];

/** The fixed ids of the two default company rules. */
export const BUSINESS_HOURS_RULE_ID = 'business-hours-rule';
export const AFTER_HOURS_RULE_ID = 'after-hours-rule';

/** `GetAccountInfoResponse`, the fields the emulator serves. */
export interface AccountRecord {
  id: number;
  mainNumber: string;
  operator: { id: number; extensionNumber: string };
  regionalSettings: {
    timezone: { id: string; name: string; description?: string; bias?: string };
    homeCountry?: { id: string; name?: string };
    language?: { id: string; name?: string; localeCode?: string };
    timeFormat?: '12h' | '24h';
  };
  status: string;
}

/** A `GetExtensionListInfoResponse` record (`id` is an integer, as in the real API). */
export interface ExtensionRecord {
  id: number;
  extensionNumber: string;
  name: string;
  type: ExtensionType;
  status: ExtensionStatus;
  contact?: { firstName?: string; lastName?: string; email?: string };
}

/**
 * `TimeInterval`: `hh:mm` in the company time zone, stored as written. Which spellings end a day,
 * and what an end before the start means, are callflow's RingCentral behaviours `end-of-day` and
 * `overnight-range`.
 */
export interface TimeInterval {
  from: string;
  to: string;
}

/** `WeeklyScheduleInfo`: a missing day has no time in it. */
export type WeeklyRanges = Partial<Record<Weekday, TimeInterval[]>>;

/** `RangesInfo`, stored as UTC instants in `YYYY-MM-DDTHH:mm:ss.SSSZ` form. */
export interface DateRange {
  from: string;
  to: string;
}

/** `CompanyBusinessHours` without `uri`; an empty `schedule` means 24/7. */
export interface BusinessHoursRecord {
  schedule: { weeklyRanges?: WeeklyRanges };
}

/** `CompanyAnsweringRuleScheduleInfo`: at most one of the three. */
export interface RuleSchedule {
  weeklyRanges?: WeeklyRanges;
  ranges?: DateRange[];
  ref?: 'BusinessHours' | 'AfterHours';
}

/** `GreetingInfo`, kept as sent: the emulator stores greetings but does not play them. */
export interface GreetingRecord {
  type?: string;
  preset?: { id?: string; name?: string; uri?: string };
  custom?: { id?: string };
}

/** `CompanyAnsweringRuleInfo` without `uri`: a custom rule or one of the two default rules. */
export interface AnsweringRuleRecord {
  id: string;
  type: 'BusinessHours' | 'AfterHours' | 'Custom';
  enabled: boolean;
  name?: string;
  callers?: Array<{ callerId?: string; name?: string }>;
  calledNumbers?: Array<{ id?: string; phoneNumber?: string }>;
  schedule?: RuleSchedule;
  callHandlingAction: 'Operator' | 'Disconnect' | 'Bypass';
  extension?: { id: string };
  greetings?: GreetingRecord[];
}

/** The IVR key actions of the spec (`IVRMenuActionsInfo.action`, with the newer spec's routing-selection action). */
export const IVR_ACTIONS = [
  'Connect', 'Voicemail', 'DialByName', 'Transfer', 'Repeat', 'ReturnToRoot', 'ReturnToPrevious', 'Disconnect',
  'ReturnToTopLevelMenu', 'DoNothing', 'ConnectToOperator', 'ConnectToIncomingCallRoutingSelection',
] as const;
export type IvrAction = (typeof IVR_ACTIONS)[number];

/** One key of an IVR menu (`IVRMenuActionsInfo`). */
export interface IvrActionRecord {
  input: string;
  action: IvrAction;
  extension?: { id: string; name?: string };
  phoneNumber?: string;
}

/** `IVRMenuInfo` without `uri`; `id` is the id of an `IvrMenu` extension. */
export interface IvrMenuRecord {
  id: string;
  name: string;
  extensionNumber: string;
  promptRepeatCount?: number;
  site?: { id?: string; name?: string };
  prompt?: { mode?: 'Audio' | 'TextToSpeech'; text?: string; audio?: { id?: string }; language?: { id?: string } };
  actions: IvrActionRecord[];
}

/** How a call queue rings its members (the queue's `queue.transferMode`; `Rotating` = longest idle). */
export const TRANSFER_MODES = ['Rotating', 'Simultaneous', 'FixedOrder'] as const;
export type TransferMode = (typeof TRANSFER_MODES)[number];

/**
 * A call queue (`Department` extension): its members (as `CallQueueMemberInfo` records, integer
 * ids) and the `queue` part of its own business-hours rule (`QueueInfo`).
 */
export interface CallQueueRecord {
  id: string;
  members: Array<{ id: number }>;
  queue: { transferMode: TransferMode; fixedOrderAgents?: Array<{ extension: { id: string }; index: number }> };
}

/** Everything the emulator knows about the one company it serves. */
export interface EmulatorState {
  account: AccountRecord;
  extensions: ExtensionRecord[];
  businessHours: BusinessHoursRecord;
  /** Custom rules in evaluation order, plus `business-hours-rule` and `after-hours-rule`. */
  answeringRules: AnsweringRuleRecord[];
  ivrMenus: IvrMenuRecord[];
  /** A `Department` extension without an entry is an empty queue that rings simultaneously. */
  callQueues?: CallQueueRecord[];
  /**
   * The Auto-Receptionist is in multi-level IVR mode: company rules take `Bypass` only (AWR-182).
   * No RingCentral API shows the mode, so this one key is the emulator's own; absent means single-level.
   */
  multiLevelIvr?: boolean;
}

/**
 * The after-hours rule as RingCentral creates it when business hours stop being 24/7 (callflow's
 * RingCentral behaviour `after-hours-rule`).
 */
export function createdAfterHoursRule(): AnsweringRuleRecord {
  return {
    id: AFTER_HOURS_RULE_ID,
    type: 'AfterHours',
    enabled: true,
    schedule: { ref: 'AfterHours' },
    callHandlingAction: CREATED_AFTER_HOURS_RULE.callHandlingAction,
  };
}
