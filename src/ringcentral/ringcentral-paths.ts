import { AFTER_HOURS_RULE_ID, BUSINESS_HOURS_RULE_ID } from '../callflow/index.ts';

const ACCOUNT = '/restapi/v1.0/account/~';

/** The REST paths the gateway uses; `~` is "the account of the session". */
export const RINGCENTRAL_PATHS = {
  account: ACCOUNT,
  businessHours: `${ACCOUNT}/business-hours`,
  answeringRules: `${ACCOUNT}/answering-rule`,
  answeringRule: (ruleId: string) => `${ACCOUNT}/answering-rule/${encodeURIComponent(ruleId)}`,
  businessHoursRule: `${ACCOUNT}/answering-rule/${BUSINESS_HOURS_RULE_ID}`,
  afterHoursRule: `${ACCOUNT}/answering-rule/${AFTER_HOURS_RULE_ID}`,
  extensions: `${ACCOUNT}/extension`,
  ivrMenus: `${ACCOUNT}/ivr-menus`,
  ivrMenu: (menuId: string) => `${ACCOUNT}/ivr-menus/${encodeURIComponent(menuId)}`,
  callQueues: `${ACCOUNT}/call-queues`,
  callQueueMembers: (queueId: string) => `${ACCOUNT}/call-queues/${encodeURIComponent(queueId)}/members`,
  callQueueBulkAssign: (queueId: string) => `${ACCOUNT}/call-queues/${encodeURIComponent(queueId)}/bulk-assign`,
  /** A call queue's own business-hours rule, which holds how it rings its members. */
  callQueueRule: (queueId: string) => `${ACCOUNT}/extension/${encodeURIComponent(queueId)}/answering-rule/${BUSINESS_HOURS_RULE_ID}`,
} as const;
