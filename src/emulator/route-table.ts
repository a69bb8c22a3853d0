import { createAccountRoutes } from './account-routes.ts';
import { createAnsweringRuleRoutes } from './answering-rule-routes.ts';
import { createBusinessHoursRoutes } from './business-hours-routes.ts';
import { createCallQueueRoutes } from './call-queue-routes.ts';
import { createIvrMenuRoutes } from './ivr-menu-routes.ts';
import { createOAuthRoutes, type OAuthRouteDependencies } from './oauth-routes.ts';
import { createQueueRuleRoutes } from './queue-rule-routes.ts';
import type { Route } from './route-types.ts';

/** Every implemented spec operation, by `operationId`; other operations answer 501. */
export function createRouteTable(oauth: OAuthRouteDependencies): Readonly<Record<string, Route>> {
  return {
    ...createOAuthRoutes(oauth),
    ...createAccountRoutes(),
    ...createBusinessHoursRoutes(),
    ...createAnsweringRuleRoutes(),
    ...createIvrMenuRoutes(),
    ...createCallQueueRoutes(),
    ...createQueueRuleRoutes(),
  };
}
