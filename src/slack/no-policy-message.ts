import { say, SLACK_MESSAGES } from '../i18n/index.ts';
import { POLICY_VARIABLES } from '../workflow/index.ts';

const NO_POLICY_VALUES = { required: POLICY_VARIABLES.slice(0, 2).join(' and '), optional: POLICY_VARIABLES.slice(2).join(', ') };

/**
 * What the Slack bot answers to everything while no approval policy is set: in English and French
 * on one line, as it answers without looking anyone's language up.
 */
export const NO_POLICY_MESSAGE = `${say('en', SLACK_MESSAGES['no-policy'], NO_POLICY_VALUES)} / ${say('fr', SLACK_MESSAGES['no-policy'], NO_POLICY_VALUES)}`;
