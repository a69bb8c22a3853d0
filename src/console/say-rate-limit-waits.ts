import { CONSOLE_MESSAGES, say, type Language } from '../i18n/index.ts';
import type { RateLimitWait, RateLimitWaitListener } from '../ringcentral/index.ts';
import { writeLine } from './cli-io.ts';
import { isTerminal } from './console-style.ts';

/**
 * What the console and `run` do when RingCentral's rate limit holds a command up: one line on
 * `stream` (stderr) naming the group and the cause, so a minute's wait is not taken for a hang.
 * `language` is asked at each wait: the console's can change with `:lang` while it runs.
 */
export function sayRateLimitWaits(stream: NodeJS.WritableStream, language: () => Language = () => 'en'): RateLimitWaitListener {
  return (wait) => {
    // "Reading RingCentral…" ends without a newline: clear it, so the line starts at the margin.
    if (isTerminal(stream)) stream.write('\r\u001b[2K');
    writeLine(stream, describeWait(wait, language()));
  };
}

/** "Waiting for RingCentral's rate limit (Light group), about 40 s…", in the reader's language. */
function describeWait(wait: RateLimitWait, language: Language): string {
  const seconds = Math.max(1, Math.round(wait.waitMs / 1000));
  return say(language, CONSOLE_MESSAGES['rate-limit-wait'], { group: wait.group, seconds, retryAfter: wait.reason === 'retry-after' });
}
