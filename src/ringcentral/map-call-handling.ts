import { IANAZone } from 'luxon';
import {
  EXTENSION_TYPES,
  detectIvrMode,
  isAlwaysOpen,
  isTakingCalls,
  type CallHandling,
  type Extension,
  type ExtensionType,
  type IvrKeyAction,
  type IvrMenu,
} from '../callflow/index.ts';
import { toCallQueue, type CallQueueWireParts } from './map-call-queue.ts';
import { toCustomRule } from './map-custom-rule.ts';
import { toDestination } from './map-destination.ts';
import { toWeeklySchedule } from './map-schedule.ts';
import { isRingCentralApiError } from './ringcentral-api-error.ts';
import { RINGCENTRAL_PATHS } from './ringcentral-paths.ts';
import type {
  WireAccountInfo,
  WireAnsweringRule,
  WireBusinessHours,
  WireExtension,
  WireIvrMenu,
} from './ringcentral-wire-schema.ts';
import { invalidResponseError } from './to-ringcentral-api-error.ts';

/** The validated RingCentral answers that together make up the company call handling. */
export interface CallHandlingWireParts {
  readonly account: WireAccountInfo;
  readonly businessHours: WireBusinessHours;
  readonly businessHoursRule: WireAnsweringRule;
  /** Absent exactly when business hours are 24/7 (RingCentral then has no after-hours rule). */
  readonly afterHoursRule: WireAnsweringRule | undefined;
  /** Custom rules in RingCentral's list order, which is their evaluation order. */
  readonly customRules: ReadonlyArray<WireAnsweringRule>;
  readonly extensions: ReadonlyArray<WireExtension>;
  readonly ivrMenus: ReadonlyArray<WireIvrMenu>;
  readonly callQueues: ReadonlyArray<CallQueueWireParts>;
}

/**
 * Maps RingCentral's answers to the model, the one place where wire names turn into domain names.
 * Throws RingCentralApiError `invalid-response` naming the answer that could not be read.
 */
export function toCallHandling(parts: CallHandlingWireParts): CallHandling {
  const timeZone = fromPart(RINGCENTRAL_PATHS.account, () => toTimeZone(parts.account.regionalSettings.timezone.name));
  const businessHours = fromPart(RINGCENTRAL_PATHS.businessHours, () => toWeeklySchedule(parts.businessHours.schedule?.weeklyRanges));
  // RingCentral keeps an after-hours rule exactly while the hours are not 24/7.
  const is24x7 = isAlwaysOpen(businessHours);
  const afterHoursRule = parts.afterHoursRule;
  if (!is24x7 && afterHoursRule === undefined) {
    throw invalidResponseError({ method: 'GET', path: RINGCENTRAL_PATHS.afterHoursRule }, 'business hours are set but there is no after-hours rule');
  }
  const operator = parts.account.operator;
  const locale = parts.account.regionalSettings.language?.localeCode;
  const handling: Omit<CallHandling, 'ivrMode'> = {
    timeZone,
    ...(locale ? { locale } : {}),
    mainNumber: parts.account.mainNumber ?? '',
    operator: operator ? { id: operator.id, extensionNumber: operator.extensionNumber ?? '' } : undefined,
    businessHours,
    businessHoursDestination: fromPart(RINGCENTRAL_PATHS.businessHoursRule, () => toDestination(parts.businessHoursRule)),
    afterHoursDestination:
      is24x7 || afterHoursRule === undefined
        ? undefined
        : fromPart(RINGCENTRAL_PATHS.afterHoursRule, () => toDestination(afterHoursRule)),
    customRules: parts.customRules.map((rule) => fromPart(RINGCENTRAL_PATHS.answeringRule(rule.id), () => toCustomRule(rule, timeZone))),
    extensions: parts.extensions.flatMap((wire) => {
      const extension = toExtension(wire);
      return extension ? [extension] : [];
    }),
    ivrMenus: parts.ivrMenus.map(toIvrMenu),
    callQueues: parts.callQueues.map((queue) => fromPart(RINGCENTRAL_PATHS.callQueueRule(queue.queue.id), () => toCallQueue(queue))),
  };
  // No API states the Auto-Receptionist's mode: it is inferred from the rules just read.
  return { ...handling, ivrMode: detectIvrMode(handling) };
}

/**
 * Reads one extension list record; undefined for types calls cannot be routed to (a real account
 * lists `CompanyExtension` too).
 */
export function toExtension(wire: WireExtension): Extension | undefined {
  if (!isExtensionType(wire.type)) return undefined;
  return {
    id: wire.id,
    extensionNumber: wire.extensionNumber ?? '',
    name: wire.name ?? '',
    type: wire.type,
    // Disabled, frozen or unassigned extensions exist but do not take calls; NotActivated ones do.
    enabled: isTakingCalls(wire.status),
  };
}

/** Reads an IVR menu with its key actions. */
export function toIvrMenu(wire: WireIvrMenu): IvrMenu {
  return {
    id: wire.id,
    name: wire.name ?? '',
    extensionNumber: wire.extensionNumber ?? '',
    actions: (wire.actions ?? []).map(
      (action): IvrKeyAction => ({
        input: action.input,
        action: action.action,
        ...(action.extension ? { extensionId: action.extension.id } : {}),
        ...(action.phoneNumber ? { phoneNumber: action.phoneNumber } : {}),
      }),
    ),
  };
}

/** RingCentral names zones like `US/Pacific`; these are IANA links luxon knows. */
function toTimeZone(name: string): string {
  if (!IANAZone.isValidZone(name)) throw new Error(`the company time zone "${name}" is not an IANA zone`);
  return name;
}

function isExtensionType(type: string): type is ExtensionType {
  return (EXTENSION_TYPES as ReadonlyArray<string>).includes(type);
}

function fromPart<T>(path: string, map: () => T): T {
  try {
    return map();
  } catch (error) {
    if (isRingCentralApiError(error)) throw error;
    throw invalidResponseError({ method: 'GET', path }, (error as Error).message);
  }
}
