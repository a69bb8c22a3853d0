import { z } from 'zod';
import { WEEKDAYS, type Weekday } from '../callflow/index.ts';

/*
 * zod schemas for the RingCentral responses the gateway reads: only the fields Switchboard uses
 * are checked, everything else passes through untouched (looseObject), so a new field in
 * RingCentral's answer never breaks a read. Names follow the official spec's schemas.
 */

/** Ids are int64 numbers in extension resources and strings in rule references; we keep strings. */
const idSchema = z.union([z.string(), z.number()]).transform(String);

/**
 * TimeInterval: wall-clock times in the company time zone, kept as text here; the mapping reads them
 * (several spellings end a day, and the end may come before the start: see callflow's RingCentral
 * behaviours `end-of-day` and `overnight-range`).
 */
export const timeIntervalSchema = z.looseObject({ from: z.string(), to: z.string() });

/** WeeklyScheduleInfo: up to seven lists of intervals, keyed by RingCentral's weekday names. */
export const weeklyRangesSchema = z.looseObject(
  Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(timeIntervalSchema).optional()])) as Record<
    Weekday,
    z.ZodOptional<z.ZodArray<typeof timeIntervalSchema>>
  >,
);
/** Weekly ranges as read. */
export type WireWeeklyRanges = z.infer<typeof weeklyRangesSchema>;

/** GetAccountInfoResponse: time zone, main number and operator extension. */
export const accountInfoSchema = z.looseObject({
  id: idSchema.optional(),
  mainNumber: z.string().optional(),
  operator: z.looseObject({ id: idSchema, extensionNumber: z.string().optional() }).optional(),
  regionalSettings: z.looseObject({
    timezone: z.looseObject({ name: z.string().min(1) }),
    language: z.looseObject({ localeCode: z.string().optional() }).optional(),
  }),
});
/** Account info as read. */
export type WireAccountInfo = z.infer<typeof accountInfoSchema>;

/** CompanyBusinessHours; an empty schedule means open 24/7. */
export const businessHoursSchema = z.looseObject({
  schedule: z.looseObject({ weeklyRanges: weeklyRangesSchema.optional() }).optional(),
});
/** Business hours as read. */
export type WireBusinessHours = z.infer<typeof businessHoursSchema>;

/** EnumeratedPagingModel + PageNavigationModel, enough to walk the pages. */
const pagingSchema = z.looseObject({ page: z.number().optional(), totalPages: z.number().optional() }).optional();
const navigationSchema = z.looseObject({ nextPage: z.looseObject({ uri: z.string().optional() }).optional() }).optional();

/** RingCentral's answering-rule types (RuleTypeInfo). */
export const RULE_TYPES = ['BusinessHours', 'AfterHours', 'Custom'] as const;

/** CompanyAnsweringRuleList: ids and types only; details need one GET per rule. */
export const answeringRuleListSchema = z.looseObject({
  records: z.array(z.looseObject({ id: z.string(), type: z.enum(RULE_TYPES).optional() })),
  paging: pagingSchema,
  navigation: navigationSchema,
});
/** A page of the rule list as read. */
export type WireAnsweringRuleList = z.infer<typeof answeringRuleListSchema>;

/** CompanyAnsweringRuleInfo: one company answering rule in full. */
export const answeringRuleSchema = z.looseObject({
  id: z.string(),
  type: z.enum(RULE_TYPES).optional(),
  name: z.string().optional(),
  enabled: z.boolean().optional(),
  callers: z.array(z.looseObject({ callerId: z.string(), name: z.string().optional() })).optional(),
  calledNumbers: z.array(z.looseObject({ id: z.string().optional(), phoneNumber: z.string() })).optional(),
  schedule: z
    .looseObject({
      weeklyRanges: weeklyRangesSchema.optional(),
      ranges: z.array(z.looseObject({ from: z.string(), to: z.string() })).optional(),
      ref: z.enum(['BusinessHours', 'AfterHours']).optional(),
    })
    .optional(),
  // The spec default when absent is Operator.
  callHandlingAction: z.enum(['Operator', 'Disconnect', 'Bypass']).optional(),
  extension: z.looseObject({ id: idSchema }).optional(),
});
/** One answering rule as read. */
export type WireAnsweringRule = z.infer<typeof answeringRuleSchema>;

/** GetExtensionListResponse. */
export const extensionListSchema = z.looseObject({
  records: z.array(
    z.looseObject({
      id: idSchema,
      extensionNumber: z.string().optional(),
      name: z.string().optional(),
      type: z.string(),
      status: z.string().optional(),
    }),
  ),
  paging: pagingSchema,
  navigation: navigationSchema,
});
/** One extension list record as read. */
export type WireExtension = z.infer<typeof extensionListSchema>['records'][number];

/** IVRMenuList (not paged). */
export const ivrMenuListSchema = z.looseObject({
  records: z.array(z.looseObject({ id: idSchema })).optional(),
});

/** IVRMenuInfo with its key actions. */
export const ivrMenuSchema = z.looseObject({
  id: idSchema,
  name: z.string().optional(),
  extensionNumber: z.string().optional(),
  actions: z
    .array(
      z.looseObject({
        input: z.string(),
        action: z.string(),
        extension: z.looseObject({ id: idSchema }).optional(),
        phoneNumber: z.string().optional(),
      }),
    )
    .optional(),
});
/** One IVR menu as read. */
export type WireIvrMenu = z.infer<typeof ivrMenuSchema>;

/** The answer to a rule POST: only its new id is needed. */
export const createdRuleSchema = z.looseObject({ id: z.string().min(1) });

/** CallQueues: one page of the account's call queues. */
export const callQueueListSchema = z.looseObject({
  records: z.array(z.looseObject({ id: idSchema, name: z.string().optional(), extensionNumber: z.string().optional() })),
  paging: pagingSchema,
  navigation: navigationSchema,
});
/** One call queue list record as read. */
export type WireCallQueue = z.infer<typeof callQueueListSchema>['records'][number];

/** CallQueueMembers: one page of a queue's members. */
export const callQueueMemberListSchema = z.looseObject({
  records: z.array(z.looseObject({ id: idSchema })),
  paging: pagingSchema,
  navigation: navigationSchema,
});

/** RingCentral's queue ring modes (`queue.transferMode`; `Rotating` is "longest idle"). */
export const TRANSFER_MODES = ['Simultaneous', 'FixedOrder', 'Rotating'] as const;

/** CallHandlingRuleInfo of a call queue: only its `queue` part (ring mode and fixed order). */
export const callQueueRuleSchema = z.looseObject({
  queue: z
    .looseObject({
      transferMode: z.enum(TRANSFER_MODES).optional(),
      fixedOrderAgents: z.array(z.looseObject({ extension: z.looseObject({ id: idSchema }), index: z.number().optional() })).optional(),
    })
    .optional(),
});
/** A call queue's business-hours rule as read. */
export type WireCallQueueRule = z.infer<typeof callQueueRuleSchema>;
