import { DateTime } from 'luxon';
import { resolveWeek, type CallHandling, type WeekRouting } from '../callflow/index.ts';
import type { Language } from '../i18n/index.ts';
import type { Intent } from '../language/index.ts';

/** The `week` command. */
export type WeekQuestion = Extract<Intent, { kind: 'week' }>;

/**
 * The week a `week` command asks about: the one containing its date, else the one containing
 * `now`, for its caller and called number, worded in `language`. Every adapter draws this same value.
 */
export function weekOfQuestion(intent: WeekQuestion, handling: CallHandling, now: DateTime, language: Language): WeekRouting {
  return resolveWeek(handling, {
    weekOf: intent.weekOf === undefined ? now : DateTime.fromISO(intent.weekOf, { setZone: true }),
    now,
    language,
    ...(intent.from === undefined ? {} : { caller: intent.from }),
    ...(intent.to === undefined ? {} : { calledNumber: intent.to }),
  });
}
