import { z } from 'zod';
import type { RequestedChange } from './requested-change-schema.ts';

// Schema version 1 of the `intent` column: the language's Intent JSON exactly as requests were
// stored until schema version 2 (src/language/intent.ts at 0614cf5, unchanged up to b5b5fc5), for
// the Intent kinds a request can hold. It is spelled out here, apart from language/ and from
// version 2, so that neither can change what an old row means. Never edit it.

const isoInstant = z.iso.datetime({ offset: true });
const dateRangeSchema = z.object({ from: isoInstant, to: isoInstant });
const minuteRangeSchema = z.object({ from: z.number().int().min(0).max(1439), to: z.number().int().min(1).max(1440) });
const weekday = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const weeklyScheduleSchema = z.partialRecord(weekday, z.array(minuteRangeSchema));
const ringModeSchema = z.enum(['Simultaneous', 'FixedOrder', 'Rotating']);
const id = z.string().min(1);

const routeTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('greeting') }),
  z.object({ kind: z.literal('greeting-then-hang-up') }),
  z.object({ kind: z.literal('extension'), extensionId: id }),
  z.object({ kind: z.literal('users'), extensionIds: z.array(id), ringMode: ringModeSchema }),
]);

const ruleWhenSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always') }),
  z.object({ kind: z.literal('weekly'), weekly: weeklyScheduleSchema }),
  z.object({ kind: z.literal('dates'), ranges: z.array(dateRangeSchema) }),
]);

const holidayDaySchema = z.object({ name: z.string(), date: z.iso.date(), substitute: z.boolean(), range: dateRangeSchema });

const dialZeroActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('ConnectToIncomingCallRoutingSelection') }),
  z.object({ action: z.literal('DoNothing') }),
  z.object({ action: z.literal('ConnectToOperator') }),
  z.object({ action: z.literal('Connect'), extensionId: id }),
]);

const storedIntentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('route'), rule: z.enum(['business-hours', 'after-hours']), target: routeTargetSchema }),
  z.object({
    kind: z.literal('add-rule'),
    proposedName: z.string(),
    name: z.string().optional(),
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
    proposedName: z.string(),
    holidays: z.array(holidayDaySchema),
    target: routeTargetSchema.optional(),
  }),
  z.object({ kind: z.literal('close'), range: dateRangeSchema, proposedName: z.string(), target: routeTargetSchema.optional() }),
  z.object({ kind: z.literal('open') }),
  z.object({ kind: z.literal('set-business-hours'), businessHours: weeklyScheduleSchema }),
  z.object({ kind: z.literal('set-ring-mode'), queueId: id, ringMode: ringModeSchema }),
  z.object({
    kind: z.literal('set-dial-zero'),
    menu: z.discriminatedUnion('kind', [z.object({ kind: z.literal('main-site') }), z.object({ kind: z.literal('ivr-menu'), menuId: id })]),
    action: dialZeroActionSchema,
  }),
  z.object({ kind: z.literal('change-rule'), ruleId: id, ruleName: z.string(), change: z.enum(['enable', 'disable', 'delete']) }),
  z.object({ kind: z.literal('undo'), requestId: z.number().int().positive() }),
]);

/** Reads an `intent` column at schema version 1 into the current `RequestedChange`. */
export const intentV1Schema: z.ZodType<RequestedChange, unknown> = storedIntentSchema.transform(toRequestedChange);

/**
 * Drops what version 1 kept only for the words (a holiday's name and date, the country asked for,
 * a closure's or a rule's display name): re-planning never read it.
 */
function toRequestedChange(intent: z.output<typeof storedIntentSchema>): RequestedChange {
  switch (intent.kind) {
    case 'holidays': {
      const { country: _country, region: _region, year: _year, holidays, ...kept } = intent;
      return { ...kept, holidays: holidays.map(({ range }) => ({ range })) };
    }
    case 'close': {
      const { proposedName: _proposedName, ...kept } = intent;
      return kept;
    }
    case 'change-rule': {
      const { ruleName: _ruleName, ...kept } = intent;
      return kept;
    }
    default:
      return intent;
  }
}
