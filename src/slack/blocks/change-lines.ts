import type { CallHandlingChange, ProposalWarning } from '../../callflow/index.ts';
import { saidFromStored, type Language, type Said } from '../../i18n/index.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';

/**
 * The diff in words as mrkdwn bullets, one per change (the same sentences the console prints), in
 * `language`; an audit entry written before texts were said in French has one English string.
 */
export function changeLines(changes: ReadonlyArray<{ readonly text: string | Said }>, language: Language): string[] {
  return changes.map((change) => `• ${escapeMrkdwn(saidFromStored(change.text)[language])}`);
}

/** Warnings as mrkdwn lines. */
export function warningLines(warnings: ReadonlyArray<Pick<ProposalWarning, 'text'>>, language: Language): string[] {
  return warnings.map((warning) => `:warning: ${escapeMrkdwn(warning.text[language])}`);
}

/** A command as a mrkdwn quote on one line, escaped. */
export function quoteCommand(commandText: string): string {
  return `>${escapeMrkdwn(commandText.replace(/\s+/g, ' ').trim())}`;
}
