import { POLICY_VARIABLES } from '../workflow/index.ts';

/** The message shown when changes are asked for while no approval policy is set. */
export const NO_POLICY_MESSAGE = `Switchboard changes nothing from Slack until an approval policy is set: ask your admin to set ${POLICY_VARIABLES.slice(0, 2).join(' and ')} (and optionally ${POLICY_VARIABLES.slice(2).join(', ')}).`;
