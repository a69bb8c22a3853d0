import type { Language, Said } from '../../i18n/index.ts';

/**
 * One check of `doctor`: a stable name for monitoring, what was found, and what to do when it
 * failed. The texts are said in every language, as the report's language is known only once the
 * RingCentral checks have read the account's.
 */
export interface Check {
  /** Dotted and stable, e.g. `ringcentral.login`, `slack.channel.approval`. */
  readonly name: string;
  readonly ok: boolean;
  /** What was found, in a sentence. */
  readonly detail: Said;
  /** What to do about a failure; absent when the detail already says it (a configuration message). */
  readonly fix?: Said;
}

/** A check in one language, as `doctor --json` gives it: the same fields, the texts in that language. */
export interface SaidCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
  readonly fix?: string;
}

/** A check that passed. */
export function pass(name: string, detail: Said): Check {
  return { name, ok: true, detail };
}

/** A check that failed, with what to do when the detail does not already say it. */
export function fail(name: string, detail: Said, fix?: Said): Check {
  return fix === undefined ? { name, ok: false, detail } : { name, ok: false, detail, fix };
}

/** The check's texts in one language. */
export function sayCheck(check: Check, language: Language): SaidCheck {
  const said = { name: check.name, ok: check.ok, detail: check.detail[language] };
  return check.fix === undefined ? said : { ...said, fix: check.fix[language] };
}

/** "✓ detail" or "✗ detail — fix", on one line, in the language given. */
export function formatCheck(check: Check, language: Language): string {
  const { detail, fix } = sayCheck(check, language);
  if (check.ok) return `✓ ${detail}`;
  // Messages from elsewhere end their sentence; the fix goes on after the dash.
  return fix === undefined ? `✗ ${detail}` : `✗ ${detail.replace(/\.$/, '')} — ${fix}`;
}
