/**
 * language/: command text, English or French, -> Intent, pure. The reference instant, the
 * company zone and the company directory come in through `CommandContext`; nothing here reads
 * the clock or does I/O.
 */
export type { CommandContext, TimeContext } from './command-context.ts';
export type { CommandParseResult } from './command-parser.ts';
export { COMMAND_REFERENCE, commandReference, type CommandReferenceEntry } from './command-reference.ts';
export { REFUSAL_CODES, type CommandRefusal, type CommandRefusalCode } from './command-refusal.ts';
export {
  HISTORY_LIMIT_MAX,
  intentSchema,
  RING_MODES,
  type DialZeroAction,
  type HolidayDay,
  type Intent,
  type IntentKind,
  type RingMode,
  type RouteTarget,
  type RuleWhen,
  type WorkflowIntent,
} from './intent.ts';
export {
  CHANGE_INTENT_KINDS,
  isChangeIntent,
  isWorkflowIntent,
  QUESTION_INTENT_KINDS,
  WORKFLOW_INTENT_KINDS,
  type ChangeIntent,
  type ChangeIntentKind,
} from './intent-kinds.ts';
export { MAX_COMMAND_LENGTH, parseCommand, type ParseCommandOptions } from './parse-command.ts';
export { parseInstant, type InstantParseResult } from './parse-instant.ts';
export { RULE_NAME_MAX_LENGTH } from './propose-rule-name.ts';
export { refusalMessage } from './refusal-message.ts';
export { renderCommandHelp } from './render-command-help.ts';
export { renderCommandReference } from './render-command-reference.ts';
