import { POLICY_VARIABLES } from '../workflow/index.ts';

/** What the Slack bot answers to everything while no approval policy is set. */
export const NO_POLICY_MESSAGE = `Switchboard reads and changes nothing from Slack until an approval policy says who may: ask your admin to set ${POLICY_VARIABLES.slice(0, 2).join(' and ')} (and optionally ${POLICY_VARIABLES.slice(2).join(', ')}).`;
