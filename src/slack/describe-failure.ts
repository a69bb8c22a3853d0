import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.ts';
import { isRingCentralApiError, type RingCentralErrorCode } from '../ringcentral/index.ts';
import { isStoreError } from '../store/index.ts';

/** What to tell a person when RingCentral failed, by code: what happened and what to do next. */
const RINGCENTRAL_ADVICE: Readonly<Record<RingCentralErrorCode, string>> = {
  unauthorized: 'RingCentral refused Switchboard’s login. Ask your admin to check RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET and RINGCENTRAL_JWT.',
  forbidden: 'RingCentral did not allow that. Ask your admin to check that the app has the EditAccounts permission and the JWT user is a Super Admin.',
  'not-found': 'RingCentral no longer has something this needed (a rule or menu deleted meanwhile?). Check with `/ivr status` and try again.',
  'invalid-request': 'RingCentral rejected the change. Check with `/ivr status`; if it looks right, try again or ask your admin.',
  'rate-limited': 'RingCentral is busy (rate limit). Try again in a minute.',
  'server-error': 'RingCentral had a problem. Try again in a minute.',
  network: 'Switchboard could not reach RingCentral. Try again in a minute.',
  'invalid-response': 'RingCentral answered in a way Switchboard does not understand. Ask your admin to look at the log.',
};

/**
 * The one-line answer for a command, click or form that failed unexpectedly: what happened and
 * what to do, never the raw error. The error goes to the log under a short id the answer quotes,
 * so an admin can find it.
 */
export function describeFailure(error: unknown, logger: Logger, context: string): string {
  const errorId = randomUUID().slice(0, 8);
  logger.error({ err: error, errorId }, context);
  const advice = isRingCentralApiError(error)
    ? RINGCENTRAL_ADVICE[error.code]
    : isStoreError(error)
      ? 'Switchboard’s database is not available. Try again in a minute; if it keeps failing, ask your admin.'
      : 'Something went wrong in Switchboard. Try again; if it keeps failing, ask your admin.';
  return `Sorry, that failed. ${advice} (error ${errorId} in the log)`;
}
