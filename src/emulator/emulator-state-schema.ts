import { IANAZone } from 'luxon';
import * as z from 'zod';
import {
  EXTENSION_STATUSES,
  EXTENSION_TYPES,
  IVR_ACTIONS,
  TRANSFER_MODES,
  WEEKDAYS,
} from './emulator-state.ts';

/**
 * The zod schema of the state file (DESIGN.md contract 3). Records keep RingCentral's field
 * names; fields the emulator does not use, `uri` among them, are dropped. The top level is strict
 * so a misspelt section name is reported instead of silently replaced by its default.
 */

const integerId = z.union([z.int().nonnegative(), z.string().regex(/^\d+$/).transform(Number)], {
  error: 'expected an integer id',
});
const stringId = z.union([z.string().min(1), z.int().nonnegative().transform(String)], { error: 'expected an id' });

const accountSchema = z.object({
  id: integerId,
  mainNumber: z.string().min(1),
  operator: z.object({ id: integerId, extensionNumber: z.string() }),
  regionalSettings: z.object({
    timezone: z.object({
      id: z.string().default(''),
      name: z.string().refine((name) => IANAZone.isValidZone(name), { error: 'expected an IANA time zone name' }),
      description: z.string().optional(),
      bias: z.string().optional(),
    }),
    homeCountry: z.object({ id: z.string(), name: z.string().optional() }).optional(),
    language: z.object({ id: z.string(), name: z.string().optional(), localeCode: z.string().optional() }).optional(),
    timeFormat: z.enum(['12h', '24h']).optional(),
  }),
  status: z.string().default('Confirmed'),
});

const extensionSchema = z.object({
  id: integerId,
  extensionNumber: z.string(),
  name: z.string(),
  type: z.enum(EXTENSION_TYPES),
  status: z.enum(EXTENSION_STATUSES).default('Enabled'),
  contact: z
    .object({ firstName: z.string().optional(), lastName: z.string().optional(), email: z.string().optional() })
    .optional(),
});

const timeIntervalSchema = z.object({ from: z.string(), to: z.string() });
const weeklyRangesSchema = z.partialRecord(z.enum(WEEKDAYS), z.array(timeIntervalSchema));

const answeringRuleSchema = z.object({
  id: stringId,
  type: z.enum(['BusinessHours', 'AfterHours', 'Custom']).default('Custom'),
  enabled: z.boolean().default(true),
  name: z.string().optional(),
  callers: z.array(z.object({ callerId: z.string().optional(), name: z.string().optional() })).optional(),
  calledNumbers: z.array(z.object({ id: z.string().optional(), phoneNumber: z.string().optional() })).optional(),
  schedule: z
    .object({
      weeklyRanges: weeklyRangesSchema.optional(),
      ranges: z.array(z.object({ from: z.string(), to: z.string() })).optional(),
      ref: z.enum(['BusinessHours', 'AfterHours']).optional(),
    })
    .optional(),
  callHandlingAction: z.enum(['Operator', 'Disconnect', 'Bypass']).default('Operator'),
  extension: z.object({ id: stringId }).optional(),
  greetings: z
    .array(
      z.object({
        type: z.string().optional(),
        preset: z.object({ id: z.string().optional(), name: z.string().optional(), uri: z.string().optional() }).optional(),
        custom: z.object({ id: z.string().optional() }).optional(),
      }),
    )
    .optional(),
});

const ivrMenuSchema = z.object({
  id: stringId,
  name: z.string(),
  extensionNumber: z.string(),
  promptRepeatCount: z.int().min(1).max(3).optional(),
  site: z.object({ id: z.string().optional(), name: z.string().optional() }).optional(),
  prompt: z
    .object({
      mode: z.enum(['Audio', 'TextToSpeech']).optional(),
      text: z.string().optional(),
      audio: z.object({ id: z.string().optional() }).optional(),
      language: z.object({ id: z.string().optional() }).optional(),
    })
    .optional(),
  actions: z
    .array(
      z.object({
        input: z.string(),
        action: z.enum(IVR_ACTIONS),
        extension: z.object({ id: stringId, name: z.string().optional() }).optional(),
        phoneNumber: z.string().optional(),
      }),
    )
    .default([]),
});

const callQueueSchema = z.object({
  id: stringId,
  members: z.array(z.object({ id: integerId })).default([]),
  queue: z
    .object({
      transferMode: z.enum(TRANSFER_MODES),
      fixedOrderAgents: z.array(z.object({ extension: z.object({ id: stringId }), index: z.int() })).optional(),
    })
    .default({ transferMode: 'Simultaneous' }),
});

/** The state file; every section may be left out and then takes its default. */
export const emulatorStateSchema = z.strictObject({
  account: accountSchema.optional(),
  extensions: z.array(extensionSchema).optional(),
  businessHours: z.object({ schedule: z.object({ weeklyRanges: weeklyRangesSchema.optional() }) }).optional(),
  answeringRules: z.array(answeringRuleSchema).optional(),
  ivrMenus: z.array(ivrMenuSchema).optional(),
  callQueues: z.array(callQueueSchema).optional(),
  // The emulator's own key: no RingCentral API shows the IVR mode.
  multiLevelIvr: z.boolean().optional(),
});

/** The state file as zod reads it, before defaults and cross-checks. */
export type EmulatorStateInput = z.output<typeof emulatorStateSchema>;
