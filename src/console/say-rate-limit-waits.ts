import { describeRateLimitWait, type RateLimitWaitListener } from '../ringcentral/index.ts';
import { writeLine } from './cli-io.ts';
import { isTerminal } from './console-style.ts';

/**
 * What the console and `run` do when RingCentral's rate limit holds a command up: one line on
 * `stream` (stderr) naming the group and the cause, so a minute's wait is not taken for a hang.
 */
export function sayRateLimitWaits(stream: NodeJS.WritableStream): RateLimitWaitListener {
  return (wait) => {
    // "Reading RingCentral…" ends without a newline: clear it, so the line starts at the margin.
    if (isTerminal(stream)) stream.write('\r\u001b[2K');
    writeLine(stream, describeRateLimitWait(wait, true));
  };
}
