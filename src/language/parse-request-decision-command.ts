import type { CommandParser } from './command-parser.ts';
import { refuse } from './command-refusal.ts';
import type { WorkflowIntent } from './intent.ts';
import { parseRequestId, REQUEST_ID_THEN_REST } from './parse-request-id.ts';
import { ownValue } from './own-value.ts';

type DecisionKind = Extract<WorkflowIntent, { requestId: number }>['kind'];

const KINDS: Readonly<Record<string, Exclude<DecisionKind, 'reject'>>> = {
  approve: 'approve',
  cancel: 'cancel',
  withdraw: 'cancel',
  replan: 'replan',
  undo: 'undo',
  revert: 'undo',
};
const COMMAND = /^([a-z]+)\b\s*(.*)$/i;

/**
 * `approve <id>`, `cancel <id>` (also "withdraw"), `replan <id>`, `undo <id>` (also "revert"):
 * act on one change request by its number. `reject` has its own parser for the reason.
 *
 * @example parseRequestDecisionCommand('approve #12', context) // { kind: 'approve', requestId: 12 }
 */
export const parseRequestDecisionCommand: CommandParser = (text) => {
  const [, word = '', after = ''] = COMMAND.exec(text) ?? [];
  const verb = word.toLowerCase();
  const kind = ownValue(KINDS, verb);
  if (kind === undefined) return null;
  const [, idText = '', rest = ''] = REQUEST_ID_THEN_REST.exec(after) ?? [];
  const id = parseRequestId(idText, verb);
  if (!id.ok) return id;
  if (rest !== '') return refuse('leftover-words', rest);
  return { ok: true, intent: { kind, requestId: id.requestId } };
};
