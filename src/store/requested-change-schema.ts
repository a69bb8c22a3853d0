import { z } from 'zod';
import { RING_MODES, WEEKDAYS, type CallHandlingRequest } from '../callflow/index.ts';

/**
 * What a change request asks for: a change to call handling, as `proposeChange` takes it (so a
 * stale request can be planned again), or the undoing of an applied request.
 */
export type RequestedChange = CallHandlingRequest | { readonly kind: 'undo'; readonly requestId: number };

// Schema version 2 of the `intent` column. Rows at this version are read with it, so once shipped
// it is never edited: a change of shape is a new version, with the old one kept to read old rows.
// The type annotation fails `tsc` when CallHandlingRequest moves away from what is stored here.

const isoInstant = z.iso.datetime({ offset: true });
const dateRangeSchema = z.object({ from: isoInstant, to: isoInstant });
const minuteRangeSchema = z.object({ from: z.number().int().min(0).max(1439), to: z.number().int().min(1).max(1440) });
const weeklyScheduleSchema = z.partialRecord(z.enum(WEEKDAYS), z.array(minuteRangeSchema));
const ringModeSchema = z.enum(RING_MODES);
const id = z.string().min(1);

const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('greeting') }),
  z.object({ kind: z.literal('greeting-then-hang-up') }),
  z.object({ kind: z.literal('extension'), extensionId: id }),
  z.object({ kind: z.literal('users'), extensionIds: z.array(id), ringMode: ringModeSchema }),
]);

const whenSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always') }),
  z.object({ kind: z.literal('weekly'), weekly: weeklyScheduleSchema }),
  z.object({ kind: z.literal('dates'), ranges: z.array(dateRangeSchema) }),
]);

/** The zod schema of a `RequestedChange` as stored at schema version 2. */
export const requestedChangeSchema: z.ZodType<RequestedChange> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('route'), rule: z.enum(['business-hours', 'after-hours']), target: targetSchema }),
  z.object({
    kind: z.literal('add-rule'),
    proposedName: z.string(),
    name: z.string().optional(),
    schedule: whenSchema,
    callers: z.array(z.string()),
    calledNumbers: z.array(z.string()),
    target: targetSchema,
  }),
  z.object({
    kind: z.literal('holidays'),
    proposedName: z.string(),
    holidays: z.array(z.object({ range: dateRangeSchema })),
    target: targetSchema.optional(),
  }),
  z.object({ kind: z.literal('close'), range: dateRangeSchema, target: targetSchema.optional() }),
  z.object({ kind: z.literal('open') }),
  z.object({ kind: z.literal('set-business-hours'), businessHours: weeklyScheduleSchema }),
  z.object({ kind: z.literal('set-ring-mode'), queueId: id, ringMode: ringModeSchema }),
  z.object({
    kind: z.literal('set-dial-zero'),
    menu: z.discriminatedUnion('kind', [z.object({ kind: z.literal('main-site') }), z.object({ kind: z.literal('ivr-menu'), menuId: id })]),
    action: z.object({ action: z.string().min(1), extensionId: id.optional() }),
  }),
  z.object({ kind: z.literal('change-rule'), ruleId: id, change: z.enum(['enable', 'disable', 'delete']) }),
  z.object({ kind: z.literal('undo'), requestId: z.number().int().positive() }),
]);
