import { DateTime } from 'luxon';
import { isSameMemberSet, isSameRingOrder } from './is-same-ring-order.ts';
import {
  AFTER_HOURS_RULE_ID,
  BUSINESS_HOURS_RULE_ID,
  WEEKDAYS,
  type CallHandling,
  type CallQueue,
  type Destination,
  type IvrMode,
  type MinuteRange,
  type Weekday,
} from './model.ts';

/*
 * What RingCentral does where its official spec is silent, written once. The emulator imitates
 * these behaviours, and callflow/ and the gateway's mapping (src/ringcentral/map-*.ts) rely on
 * them, all through the functions below: changing an assumption here changes both sides at once.
 * RINGCENTRAL_BEHAVIOURS is the list a newcomer reads; each function names the entry it implements.
 */

/**
 * Where a behaviour is known from: a RingCentral doc page (`doc`), the official OpenAPI spec
 * (`spec`), a recorded real account (`recorded`, DESIGN.md "What a real account returns"), or
 * nowhere (`assumed`).
 */
export type BehaviourSourceKind = 'doc' | 'spec' | 'recorded' | 'assumed';

/** One source of a behaviour and what it says. */
export interface BehaviourSource {
  readonly kind: BehaviourSourceKind;
  readonly reference: string;
}

/** One RingCentral behaviour Switchboard relies on, in plain words, with where it comes from. */
export interface RingCentralBehaviour {
  readonly id: string;
  readonly statement: string;
  readonly sources: ReadonlyArray<BehaviourSource>;
}

/** Every RingCentral behaviour the emulator and callflow/ share, in the order the functions below follow. */
export const RINGCENTRAL_BEHAVIOURS: ReadonlyArray<RingCentralBehaviour> = [
  {
    id: 'rule-order',
    statement:
      'Custom rules are evaluated before the business-hours and after-hours rules, in the order the rule list gives them; ' +
      'the default rules may be listed anywhere among them, so their places mean nothing. Disabled rules are skipped and ' +
      'the first rule whose conditions all match decides. A created rule is evaluated last, and nothing reorders rules.',
    sources: [
      {
        kind: 'doc',
        reference:
          'docs/voice/call-routing/manual/company-answering-rules.md: "the system will evaluate each rule in order. The first rule ' +
          'whose conditions match will determine how the call is handled", before falling back to Business Hours or After Hours',
      },
      { kind: 'spec', reference: 'CompanyAnsweringRuleRequest / CompanyAnsweringRuleUpdate have no order or priority field' },
      { kind: 'recorded', reference: 'the company rule list mixes business-hours-rule and after-hours-rule among the custom rules, in no fixed order' },
      { kind: 'assumed', reference: 'the custom rules\' list order is their evaluation order (creation order), a created rule going last' },
    ],
  },
  {
    id: 'end-of-day',
    statement:
      'A weekly range that runs to the end of its day is written with the end "00:00". Read back, "00:00", "24:00", "23:59" ' +
      'and "23:59:59" all end the day. The emulator accepts two-digit hh:mm from 00:00 to 23:59, plus "23:59:59" as an end, ' +
      'and refuses "24:00".',
    sources: [
      { kind: 'spec', reference: 'TimeInterval: from and to are "hh:mm"' },
      { kind: 'recorded', reference: 'no public recording shows how an answering rule\'s weekly range ends a whole day' },
      { kind: 'doc', reference: 'RingCentral\'s own examples elsewhere end a day "23:59" (analytics includeHours) and "23:59:59" (v2 call-handling state defaults)' },
      { kind: 'assumed', reference: 'a real account takes "00:00" as an end (it may refuse it) and refuses "24:00"' },
    ],
  },
  {
    id: 'overnight-range',
    statement:
      'A weekly range whose end is not after its start crosses midnight: "from": "20:30", "to": "08:00" on a Monday is Monday ' +
      '20:30 to midnight plus Tuesday 00:00–08:00 (Sunday runs into Monday). RingCentral stores it as written; Switchboard ' +
      'writes such a range split per day. The emulator refuses a range whose two ends are equal (empty or a whole day, unclear ' +
      'which) and ranges that overlap once split, across midnight too.',
    sources: [
      { kind: 'recorded', reference: 'a real account holds "from": "20:30", "to": "08:00" inside one day' },
      { kind: 'doc', reference: 'the admin portal warns that time ranges crossing midnight must be set per day (docs/ringcentral-api.md §7.2)' },
      { kind: 'assumed', reference: 'what the range means, and which ranges the emulator refuses' },
    ],
  },
  {
    id: 'after-hours-rule',
    statement:
      'Business hours are 24/7 exactly when their weekly schedule has no range. The after-hours rule exists only while business ' +
      'hours are not 24/7: setting 24/7 hours deletes it, and leaving 24/7 creates it again with the company greeting ' +
      '("Operator"), not its old action. Hours that change but stay limited keep it as it was.',
    sources: [
      { kind: 'spec', reference: 'business-hours schedule description: "if set to \'24 hours/7 days a week\' the schedule will be empty"' },
      { kind: 'recorded', reference: 'an empty schedule means 24/7' },
      {
        kind: 'doc',
        reference:
          'docs/voice/call-routing/manual/site-answering-rules.md (sites, not the company): "if business hours are set ... the system ' +
          'will automatically create an after-hours schedule"; "if you change the site\'s business hours to 24/7, the system will ' +
          'automatically remove the After Hours rule"',
      },
      { kind: 'assumed', reference: 'the company behaves like a site, and the re-created rule plays the company greeting' },
    ],
  },
  {
    id: 'queue-ring-order',
    statement:
      'Only a FixedOrder queue rings in an order: its fixedOrderAgents by index. Members the order leaves out ring after it, in ' +
      'member-list order, and agents who are no longer members are dropped. A bulk assignment keeps the members who stay in ' +
      'their places and adds newcomers last, in the order given, to the member list and to the fixed order alike.',
    sources: [
      {
        kind: 'doc',
        reference:
          'docs/voice/call-routing/manual/callqueue-answering-rules.md: transferMode FixedOrder rings fixedOrderAgents in order, ' +
          'Simultaneous rings everyone at once, Rotating the longest idle',
      },
      { kind: 'assumed', reference: 'where members left out of the order and newcomers ring' },
    ],
  },
  {
    id: 'caller-id-match',
    statement:
      'Phone numbers compare by their digits alone. A caller condition matches every caller ID that starts with its digits (a ' +
      'country and area code is a prefix); a withheld caller ID matches no caller condition; a called-number condition matches ' +
      'the same digits. RingCentral stores a caller ID without its leading "+".',
    sources: [
      { kind: 'doc', reference: 'admin portal help "Set up Company Custom Answering Rules": partial numbers (country code + area code) are allowed' },
      { kind: 'doc', reference: 'docs/voice/call-routing/manual/callqueue-answering-rules.md: callerId "+16501111111" sent comes back "16501111111"' },
      { kind: 'assumed', reference: 'digit-only comparison, prefix matching, and withheld caller IDs' },
    ],
  },
  {
    id: 'date-range-bounds',
    statement:
      'A date-range bound with "Z" or an offset is an instant; one without is wall-clock time in the company time zone. ' +
      'RingCentral answers in UTC; Switchboard always sends an explicit offset.',
    sources: [
      { kind: 'spec', reference: 'RangesInfo examples: "2018-10-29T14:00:00", "2018-10-29T14:00:00Z", "2018-10-29T14:00:00+0100"' },
      { kind: 'doc', reference: 'docs/basics/formats/objects.md: offsets sent "will be converted to UTC"; servers "return all timestamps in UTC"' },
      { kind: 'assumed', reference: 'an offset-less bound is company-local (DESIGN.md contract 4)' },
    ],
  },
  {
    id: 'multi-level-ivr',
    statement:
      'In multi-level IVR mode a company rule may only go straight to an extension ("Bypass"): the company greeting ' +
      '("Operator", "Disconnect") is refused with AWR-182. No API states the mode, so Switchboard infers it when it reads ' +
      'the rules: multi-level when the business-hours rule goes straight to an IVR menu and no rule (after-hours or custom) ' +
      'plays the company greeting; single-level otherwise. A rule that plays the greeting proves single-level. Business ' +
      'hours answered by an IVR menu is how the recorded multi-level account looks; the after-hours rule need not go to a ' +
      'menu, since that account\'s after-hours target is a voicemail box. A single-level account answered by an IVR menu ' +
      'uses its greeting in no rule, so refusing the greeting there costs little.',
    sources: [
      { kind: 'doc', reference: 'AWR-182 "Only bypass action is available in multi-level IVR mode" (docs/ringcentral-api.md §2.2)' },
      { kind: 'recorded', reference: 'a multi-level account routes every rule with Bypass to an IVR menu, and a route to the company greeting fails there (AWR-182)' },
      {
        kind: 'spec',
        reference:
          'only a site\'s IVR settings hint at the mode (SiteIVRTopMenu "Mandatory for MultiLevel mode"), and /sites/{siteId}/ivr ' +
          'does not take main-site: nothing states the company\'s own mode',
      },
      {
        kind: 'assumed',
        reference:
          'the inference itself: a multi-level account whose business hours go to a user or a queue reads as single-level (RingCentral ' +
          'then refuses a greeting at apply time), and a single-level one answered by an IVR menu in business hours as multi-level',
      },
    ],
  },
  {
    id: 'extension-status',
    statement:
      'An extension takes calls when its status is Enabled or NotActivated; Disabled, Frozen and Unassigned extensions do not. ' +
      'A rule may still point at any of them.',
    sources: [
      { kind: 'spec', reference: 'extension status: Enabled, Disabled, Frozen, NotActivated, Unassigned' },
      { kind: 'recorded', reference: 'a real account sends after-hours calls to a Voicemail extension whose status is NotActivated' },
      { kind: 'assumed', reference: 'NotActivated means nobody has logged in to it yet, not that it is switched off' },
    ],
  },
  {
    id: 'new-call-handling',
    statement:
      'With the NewCallHandlingAndForwarding feature, a user extension\'s v1 answering-rule endpoints answer 403 "This API is ' +
      'not available with enabled feature [NewCallHandlingAndForwarding]", while company rules, business hours and call-queue ' +
      'rules still work on v1. Switchboard reads and writes the company\'s rules and call queues\' own rules only, never a user\'s.',
    sources: [
      { kind: 'recorded', reference: 'the 403 on user-extension answering-rule endpoints, with company and call-queue rules still working on v1' },
      { kind: 'doc', reference: 'the v2 comm-handling migration guide moves user rules only (docs/ringcentral-api.md §2.4); call-queue rules are still v1 in the docs' },
    ],
  },
];

// rule-order

/** Which of the company answering rules a rule is. */
type AnsweringRuleKind = 'custom' | 'business-hours' | 'after-hours';

/** The kind of a rule by its id: the two default rules have fixed ids, every other rule is custom. */
function ruleKindOf(id: string): AnsweringRuleKind {
  if (id === BUSINESS_HOURS_RULE_ID) return 'business-hours';
  if (id === AFTER_HOURS_RULE_ID) return 'after-hours';
  return 'custom';
}

/** Whether a rule id is a custom rule's, the two default rules having fixed ids (behaviour `rule-order`). */
export function isCustomRuleId(id: string): boolean {
  return ruleKindOf(id) === 'custom';
}

/** Rules in evaluation order (behaviour `rule-order`): custom rules in list order, then business hours, then after hours. */
export function inEvaluationOrder<T extends { readonly id: string }>(rules: ReadonlyArray<T>): T[] {
  const rank: Record<AnsweringRuleKind, number> = { custom: 0, 'business-hours': 1, 'after-hours': 2 };
  // Array.prototype.sort is stable, so custom rules keep their list order.
  return [...rules].sort((a, b) => rank[ruleKindOf(a.id)] - rank[ruleKindOf(b.id)]);
}

/** The custom rule that decides a call (behaviour `rule-order`): the first enabled one, in order, that `isMatch` accepts. */
export function findDecidingRule<T extends { readonly enabled: boolean }>(customRules: ReadonlyArray<T>, isMatch: (rule: T) => boolean): T | undefined {
  return customRules.find((rule) => rule.enabled && isMatch(rule));
}

/** The rules after one is created (behaviour `rule-order`): it goes last, behind every existing rule. */
export function withCreatedRule<T>(rules: ReadonlyArray<T>, rule: T): T[] {
  return [...rules, rule];
}

// end-of-day

const MINUTES_PER_DAY = 24 * 60;

/** The spellings of the end of a day that a weekly range may end with when read back (behaviour `end-of-day`). */
export const END_OF_DAY_TIMES = ['00:00', '24:00', '23:59', '23:59:59'] as const;

/** How Switchboard writes the end of a day (behaviour `end-of-day`). */
export const END_OF_DAY_WRITTEN = '00:00';

/** Which end of a weekly range a time is. */
export type RangeEnd = 'from' | 'to';

/**
 * Reads a weekly-range time as minutes after midnight (behaviour `end-of-day`): `from` gives 0..1439,
 * `to` gives 1..1440 with every end-of-day spelling read as 1440. `null` when it is no such time.
 * Hours may have one digit, as the gateway has always accepted.
 */
export function parseWeeklyTime(value: string, end: RangeEnd): number | null {
  const text = value.trim().replace(/^(\d):/, '0$1:');
  if (end === 'to' && (END_OF_DAY_TIMES as ReadonlyArray<string>).includes(text)) return MINUTES_PER_DAY;
  const match = /^(\d{2}):([0-5]\d)$/.exec(text);
  if (match === null) return null;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return minute < MINUTES_PER_DAY ? minute : null;
}

/**
 * Reads a weekly-range time the way the emulator takes it in a request (behaviour `end-of-day`):
 * two-digit `hh:mm` up to 23:59, or `23:59:59` as an end; `null` for anything else, `24:00` included.
 */
export function parseWrittenWeeklyTime(value: unknown, end: RangeEnd): number | null {
  if (typeof value !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d(:59)?$/.test(value)) return null;
  return parseWeeklyTime(value, end);
}

/** Writes minutes after midnight as RingCentral's `hh:mm`, the end of the day (1440) as `00:00` (behaviour `end-of-day`). */
export function formatWeeklyTime(minute: number): string {
  if (minute === MINUTES_PER_DAY) return END_OF_DAY_WRITTEN;
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

// overnight-range

/** The part of a weekly range that falls on one day. */
export interface DaySpan {
  readonly day: Weekday;
  readonly range: MinuteRange;
}

/**
 * The day spans a weekly range covers (behaviour `overnight-range`), given minutes as
 * `parseWeeklyTime` reads them: one span when the end is after the start, else the rest of `day`
 * and the next day's morning up to `to` (equal ends give a whole 24 hours).
 */
export function splitWeeklyRange(day: Weekday, from: number, to: number): ReadonlyArray<DaySpan> {
  if (from < to) return [{ day, range: { from, to } }];
  const next = WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % WEEKDAYS.length]!;
  return [
    { day, range: { from, to: MINUTES_PER_DAY } },
    { day: next, range: { from: 0, to } },
  ];
}

/**
 * The day spans of a range written to the emulator (behaviour `overnight-range`), or `null` when it
 * refuses the range: equal ends say nothing certain.
 */
export function splitWrittenWeeklyRange(day: Weekday, from: number, to: number): ReadonlyArray<DaySpan> | null {
  return from === to ? null : splitWeeklyRange(day, from, to);
}

// after-hours-rule

/** Days of a weekly schedule in any shape: the model's minute ranges or RingCentral's `TimeInterval` lists. */
export type WeeklyDays = Readonly<Partial<Record<Weekday, ReadonlyArray<unknown>>>>;

/** Whether business hours are 24/7, which RingCentral writes as a schedule with no range (behaviour `after-hours-rule`). */
export function isAlwaysOpen(businessHours: WeeklyDays | undefined): boolean {
  return WEEKDAYS.every((day) => (businessHours?.[day]?.length ?? 0) === 0);
}

/** The after-hours rule RingCentral creates when hours stop being 24/7, in the model's words and in RingCentral's. */
export const CREATED_AFTER_HOURS_RULE: { readonly destination: Destination; readonly callHandlingAction: 'Operator' } = {
  destination: { kind: 'greeting' },
  callHandlingAction: 'Operator',
};

/**
 * The after-hours rule once business hours change from `before` to `after` (behaviour `after-hours-rule`):
 * none at 24/7, `created` when hours leave 24/7 (or the rule is missing), else `current` unchanged.
 * Generic so the emulator passes its rule record and callflow/ a destination.
 */
export function resolveAfterHoursRule<T>(before: WeeklyDays | undefined, after: WeeklyDays | undefined, current: T | undefined, created: T): T | undefined {
  if (isAlwaysOpen(after)) return undefined;
  if (isAlwaysOpen(before) || current === undefined) return created;
  return current;
}

/** Where after-hours calls go, or `undefined` when business hours are 24/7 and there is no after-hours rule. */
export function resolveAfterHoursDestination(handling: Pick<CallHandling, 'businessHours' | 'afterHoursDestination'>): Destination | undefined {
  if (isAlwaysOpen(handling.businessHours)) return undefined;
  // Beside real hours the rule exists, so a missing destination is the one it was created with.
  return handling.afterHoursDestination ?? CREATED_AFTER_HOURS_RULE.destination;
}

// queue-ring-order

/** Whether two queues ring the same way (behaviour `queue-ring-order`): member order counts for FixedOrder only. */
export function isSameQueueRinging(a: Pick<CallQueue, 'ringMode' | 'memberIds'>, b: Pick<CallQueue, 'ringMode' | 'memberIds'>): boolean {
  if (a.ringMode !== b.ringMode) return false;
  return a.ringMode === 'FixedOrder' ? isSameRingOrder(a.memberIds, b.memberIds) : isSameMemberSet(a.memberIds, b.memberIds);
}

/** One entry of a queue's `fixedOrderAgents`. */
export interface FixedOrderAgent {
  readonly id: string;
  readonly index?: number | undefined;
}

/**
 * The order a FixedOrder queue rings its members in (behaviour `queue-ring-order`): agents by
 * index, then members the order leaves out in member-list order; agents no longer members drop out.
 */
export function resolveFixedRingOrder(agents: ReadonlyArray<FixedOrderAgent>, memberIds: ReadonlyArray<string>): string[] {
  const ordered = [...agents].sort((a, b) => (a.index ?? 0) - (b.index ?? 0)).map((agent) => agent.id);
  return [...new Set([...ordered.filter((id) => memberIds.includes(id)), ...memberIds])];
}

/**
 * A member list or ring order after a bulk assignment (behaviour `queue-ring-order`): the members
 * who stay keep their places, newcomers follow in the order given.
 */
export function resolveMembersAfterBulkAssign(
  ids: ReadonlyArray<string>,
  addedIds: ReadonlyArray<string>,
  removedIds: ReadonlyArray<string>,
): string[] {
  const staying = ids.filter((id) => !removedIds.includes(id));
  return [...new Set([...staying, ...addedIds])];
}

// caller-id-match

/** The digits of a phone number or caller-ID prefix, the form RingCentral compares (behaviour `caller-id-match`). */
export function normalizePhoneNumber(value: string): string {
  return value.replace(/\D/g, '');
}

/**
 * Whether a caller condition matches a caller ID (behaviour `caller-id-match`): by digit prefix,
 * so a country and area code match every number under them; a withheld (absent or empty) caller
 * ID matches nothing, and neither does a condition without digits.
 */
export function isCallerIdMatch(condition: string, callerId: string | undefined): boolean {
  const caller = normalizePhoneNumber(callerId ?? '');
  const prefix = normalizePhoneNumber(condition);
  return caller !== '' && prefix !== '' && caller.startsWith(prefix);
}

/** Whether a called-number condition matches the number dialled: the same digits (behaviour `caller-id-match`). */
export function isCalledNumberMatch(condition: string, calledNumber: string): boolean {
  return normalizePhoneNumber(condition) === normalizePhoneNumber(calledNumber);
}

/** A caller ID as RingCentral stores it: without a leading `+` (behaviour `caller-id-match`). */
export function toStoredCallerId(callerId: string): string {
  return callerId.replace(/^\+/, '');
}

// date-range-bounds

/**
 * Reads one date-range bound as an instant shown in the company zone (behaviour `date-range-bounds`):
 * with `Z` or an offset it is that instant, without one it is company-local wall time. `null` when
 * it is not an ISO date-time.
 */
export function parseDateRangeBound(value: string, timeZone: string): DateTime | null {
  const parsed = DateTime.fromISO(value.trim(), { zone: timeZone, setZone: true }).setZone(timeZone);
  return parsed.isValid ? parsed : null;
}

// multi-level-ivr

/**
 * The mode of the company's Auto-Receptionist, inferred from its rules (behaviour `multi-level-ivr`):
 * multi-level when the business-hours rule goes straight to an IVR menu and no other rule plays
 * the company greeting.
 */
export function detectIvrMode(handling: Omit<CallHandling, 'ivrMode'>): IvrMode {
  const business = handling.businessHoursDestination;
  const menuIds = new Set([
    ...handling.ivrMenus.map((menu) => menu.id),
    ...handling.extensions.filter((extension) => extension.type === 'IvrMenu').map((extension) => extension.id),
  ]);
  const answeredByMenu = business.kind === 'extension' && menuIds.has(business.extensionId);
  const destinations = [handling.afterHoursDestination, ...handling.customRules.map((rule) => rule.destination)];
  const anyGreeting = destinations.some((destination) => destination !== undefined && !isAllowedInIvrMode('multi-level', destination));
  return answeredByMenu && !anyGreeting ? 'multi-level' : 'single-level';
}

/**
 * Whether a company rule may send calls to `destination` in this mode (behaviour `multi-level-ivr`):
 * multi-level takes no greeting (AWR-182).
 */
export function isAllowedInIvrMode(mode: IvrMode, destination: Destination): boolean {
  return mode === 'single-level' || destination.kind === 'extension';
}

// extension-status

/** Whether an extension with this status takes calls (behaviour `extension-status`); no status means Enabled. */
export function isTakingCalls(status: string | undefined): boolean {
  return status === undefined || status === 'Enabled' || status === 'NotActivated';
}

// new-call-handling

/**
 * Whether Switchboard reads and writes the own answering rules of an extension of this type
 * (behaviour `new-call-handling`): call queues only, whose v1 rules work whatever the feature.
 */
export function usesOwnAnsweringRules(type: string): boolean {
  return type === 'Department';
}
