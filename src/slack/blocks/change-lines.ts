import type { CallHandlingChange, ProposalWarning } from '../../callflow/index.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';

/** The diff in words as mrkdwn bullets, one per change (the same sentences the console prints). */
export function changeLines(changes: ReadonlyArray<Pick<CallHandlingChange, 'text'>>): string[] {
  return changes.map((change) => `• ${escapeMrkdwn(change.text)}`);
}

/** Warnings as mrkdwn lines. */
export function warningLines(warnings: ReadonlyArray<Pick<ProposalWarning, 'text'>>): string[] {
  return warnings.map((warning) => `:warning: ${escapeMrkdwn(warning.text)}`);
}

/** A command as a mrkdwn quote on one line, escaped. */
export function quoteCommand(commandText: string): string {
  return `>${escapeMrkdwn(commandText.replace(/\s+/g, ' ').trim())}`;
}

/** "1 change" / "3 changes". */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
