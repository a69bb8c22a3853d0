/**
 * Every reason a command can be refused, declared once so the type, the messages and the tests
 * share one list.
 */
export const REFUSAL_CODES = [
  'command-empty',
  'command-too-long',
  'command-unknown',
  'leftover-words',
  'test-needs-time',
  'instant-unreadable',
  'instant-ambiguous',
  'instant-leftover-words',
  'date-unreadable',
  'date-impossible',
  'date-ambiguous',
  'date-vague',
  'date-language',
  'date-in-past',
  'time-ambiguous',
  'time-vague',
  'range-ends-before-start',
  'when-needs-end',
  'when-needs-day',
  'duration-unreadable',
  'weekly-unreadable',
  'phone-number-unreadable',
  'target-missing',
  'target-unknown',
  'target-ambiguous',
  'target-disabled',
  'target-not-user',
  'target-not-queue',
  'dial-zero-target-unsupported',
  'menu-unknown',
  'ring-mode-missing',
  'rule-name-too-long',
  'rule-name-empty',
  'rule-unknown',
  'rule-ambiguous',
  'rule-action-missing',
  'holidays-needs-year',
  'holidays-country-unknown',
  'holidays-region-unknown',
  'request-id-missing',
  'request-id-unreadable',
  'history-limit-invalid',
] as const;

/** Why a command was refused. */
export type CommandRefusalCode = (typeof REFUSAL_CODES)[number];

/**
 * A refused command: the code, the part of the text at fault and, for lookups in the company
 * directory (targets, menus, rules, regions), the names the user may have meant.
 */
export interface CommandRefusal {
  readonly ok: false;
  readonly code: CommandRefusalCode;
  readonly text: string;
  readonly candidates?: ReadonlyArray<string>;
}

/** Builds a refusal; candidates are kept only when given, so refusals compare cleanly. */
export function refuse(code: CommandRefusalCode, text: string, candidates?: ReadonlyArray<string>): CommandRefusal {
  return candidates === undefined ? { ok: false, code, text } : { ok: false, code, text, candidates };
}
