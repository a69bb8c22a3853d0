import type { DateTime } from 'luxon';
import type { CallHandling } from '../callflow/model.ts';

/**
 * What a command is read against: the reference instant, the company time zone and the company
 * directory (extensions, IVR menus, custom rules), all taken from `CallHandling`. An adapter can
 * pass `{ ...callHandling, now }`.
 */
export interface CommandContext extends Pick<CallHandling, 'timeZone' | 'extensions' | 'ivrMenus' | 'customRules'> {
  /** The moment the command is read; language/ never reads the clock itself. */
  readonly now: DateTime;
}

/** The part of the context that dates need: the reference instant and the company zone. */
export type TimeContext = Pick<CommandContext, 'now' | 'timeZone'>;
