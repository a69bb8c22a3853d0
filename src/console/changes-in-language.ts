import type { CallHandlingChange, ProposalWarning } from '../callflow/index.ts';
import type { Language } from '../i18n/index.ts';

/**
 * A change as `--json` prints it: its text in the run's language, one string as before texts were
 * worded in each language, so scripts that read `changes[].text` keep reading a string.
 */
export type ChangeInLanguage = Omit<CallHandlingChange, 'text'> & { readonly text: string };

/** A warning as `--json` prints it: its text in the run's language. */
export type WarningInLanguage = Omit<ProposalWarning, 'text'> & { readonly text: string };

export function changesInLanguage(changes: ReadonlyArray<CallHandlingChange>, language: Language): ChangeInLanguage[] {
  return changes.map((change) => ({ ...change, text: change.text[language] }));
}

export function warningsInLanguage(warnings: ReadonlyArray<ProposalWarning>, language: Language): WarningInLanguage[] {
  return warnings.map((warning) => ({ ...warning, text: warning.text[language] }));
}
