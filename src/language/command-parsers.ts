import type { CommandParser } from './command-parser.ts';
import { parseAuditCommand } from './parse-audit-command.ts';
import { parseCloseCommand } from './parse-close-command.ts';
import { parseDialZeroCommand } from './parse-dial-zero-command.ts';
import { parseHistoryCommand } from './parse-history-command.ts';
import { parseHolidaysCommand } from './parse-holidays-command.ts';
import { parseHoursCommand } from './parse-hours-command.ts';
import { parseOpenCommand } from './parse-open-command.ts';
import { parseRejectCommand } from './parse-reject-command.ts';
import { parseRequestDecisionCommand } from './parse-request-decision-command.ts';
import { parseRequestsCommand } from './parse-requests-command.ts';
import { parseRingCommand } from './parse-ring-command.ts';
import { parseRouteCommand } from './parse-route-command.ts';
import { parseRuleCommand } from './parse-rule-command.ts';
import { parseRulesCommand } from './parse-rules-command.ts';
import { parseStatusCommand } from './parse-status-command.ts';
import { parseTestCommand } from './parse-test-command.ts';
import { parseWeekCommand } from './parse-week-command.ts';

/**
 * The command grammar: every command form, tried in this order; the first parser that
 * recognises its leading words decides (an Intent or a refusal). Each one starts with its own
 * verb, so the order only matters for speed and for `rules` before `rule`; routing, with the
 * most synonyms, goes last. The change-request commands (requests, approve, reject, cancel,
 * replan, history, undo, audit verify) share no leading word with a call-handling command.
 */
export const COMMAND_PARSERS: ReadonlyArray<CommandParser> = [
  parseStatusCommand,
  parseTestCommand,
  parseWeekCommand,
  parseRulesCommand,
  parseRuleCommand,
  parseOpenCommand,
  parseCloseCommand,
  parseHoursCommand,
  parseHolidaysCommand,
  parseRingCommand,
  parseDialZeroCommand,
  parseRequestsCommand,
  parseRequestDecisionCommand,
  parseRejectCommand,
  parseHistoryCommand,
  parseAuditCommand,
  parseRouteCommand,
];
