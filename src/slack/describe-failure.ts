import { randomUUID } from 'node:crypto';
import { say, SLACK_MESSAGES, type Language } from '../i18n/index.ts';
import type { Logger } from '../logger.ts';
import { isRingCentralApiError, type RingCentralErrorCode } from '../ringcentral/index.ts';
import { isStoreError } from '../store/index.ts';

/** What to tell a person when RingCentral failed, by code: what happened and what to do next. */
const RINGCENTRAL_ADVICE = {
  unauthorized: SLACK_MESSAGES['failure-unauthorized'],
  forbidden: SLACK_MESSAGES['failure-forbidden'],
  'not-found': SLACK_MESSAGES['failure-not-found'],
  'invalid-request': SLACK_MESSAGES['failure-invalid-request'],
  'rate-limited': SLACK_MESSAGES['failure-rate-limited'],
  'server-error': SLACK_MESSAGES['failure-server-error'],
  network: SLACK_MESSAGES['failure-network'],
  'invalid-response': SLACK_MESSAGES['failure-invalid-response'],
} satisfies Record<RingCentralErrorCode, unknown>;

/**
 * The one-line answer for a command, click or form that failed unexpectedly: what happened and
 * what to do, never the raw error. The error goes to the log under a short id the answer quotes,
 * so an admin can find it. In the person's `language` (English for a caller that does not pass it).
 */
export function describeFailure(error: unknown, logger: Logger, context: string, language: Language): string {
  const errorId = randomUUID().slice(0, 8);
  logger.error({ err: error, errorId }, context);
  const advice = isRingCentralApiError(error)
    ? RINGCENTRAL_ADVICE[error.code]
    : isStoreError(error)
      ? SLACK_MESSAGES['failure-database']
      : SLACK_MESSAGES['failure-other'];
  return say(language, SLACK_MESSAGES.failure, { advice: say(language, advice), errorId });
}
