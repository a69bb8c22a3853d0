/** One check of `doctor`: a stable name for monitoring, what was found, and what to do when it failed. */
export interface Check {
  /** Dotted and stable, e.g. `ringcentral.login`, `slack.channel.approval`. */
  readonly name: string;
  readonly ok: boolean;
  /** What was found, in a sentence. */
  readonly detail: string;
  /** What to do about a failure; absent when the detail already says it (a configuration message). */
  readonly fix?: string;
}

/** A check that passed. */
export function pass(name: string, detail: string): Check {
  return { name, ok: true, detail };
}

/** A check that failed, with what to do when the detail does not already say it. */
export function fail(name: string, detail: string, fix?: string): Check {
  return fix === undefined ? { name, ok: false, detail } : { name, ok: false, detail, fix };
}

/** "✓ detail" or "✗ detail — fix", on one line. */
export function formatCheck(check: Check): string {
  if (check.ok) return `✓ ${check.detail}`;
  // Messages from elsewhere end their sentence; the fix goes on after the dash.
  return check.fix === undefined ? `✗ ${check.detail}` : `✗ ${check.detail.replace(/\.$/, '')} — ${check.fix}`;
}
