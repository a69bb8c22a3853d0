import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { rateLimitGroupOf } from '../../src/ringcentral/rate-limit-group.ts';
import { SHARED_DIR, sharedDirAvailable } from '../support/shared-dir.ts';

// Every operation the gateway sends, as the official spec names its path.
const GATEWAY_OPERATIONS = [
  ['post', '/restapi/oauth/token'],
  ['get', '/restapi/v1.0/account/{accountId}'],
  ['get', '/restapi/v1.0/account/{accountId}/business-hours'],
  ['put', '/restapi/v1.0/account/{accountId}/business-hours'],
  ['get', '/restapi/v1.0/account/{accountId}/answering-rule'],
  ['post', '/restapi/v1.0/account/{accountId}/answering-rule'],
  ['get', '/restapi/v1.0/account/{accountId}/answering-rule/{ruleId}'],
  ['put', '/restapi/v1.0/account/{accountId}/answering-rule/{ruleId}'],
  ['delete', '/restapi/v1.0/account/{accountId}/answering-rule/{ruleId}'],
  ['get', '/restapi/v1.0/account/{accountId}/extension'],
  ['get', '/restapi/v1.0/account/{accountId}/ivr-menus'],
  ['get', '/restapi/v1.0/account/{accountId}/ivr-menus/{ivrMenuId}'],
  ['put', '/restapi/v1.0/account/{accountId}/ivr-menus/{ivrMenuId}'],
  ['get', '/restapi/v1.0/account/{accountId}/call-queues'],
  ['get', '/restapi/v1.0/account/{accountId}/call-queues/{groupId}/members'],
  ['post', '/restapi/v1.0/account/{accountId}/call-queues/{groupId}/bulk-assign'],
  ['get', '/restapi/v1.0/account/{accountId}/extension/{extensionId}/answering-rule/{ruleId}'],
  ['put', '/restapi/v1.0/account/{accountId}/extension/{extensionId}/answering-rule/{ruleId}'],
] as const;

type Spec = { paths: Record<string, Record<string, { 'x-throttling-group'?: string }>> };

const available = sharedDirAvailable('the check against the newest official RingCentral spec');

describe.runIf(available)('the gateway against the newest official RingCentral spec', () => {
  const spec = available ? (load(readFileSync(`${SHARED_DIR}ringcentral/rc-public-openapi.yml`, 'utf8')) as Spec) : undefined;

  it.each(GATEWAY_OPERATIONS)('finds %s %s with the throttling group the gateway paces it by', (method, path) => {
    const operation = spec?.paths[path]?.[method];
    expect(operation, `${method} ${path} is missing from the spec`).toBeDefined();
    const concrete = path.replace('{accountId}', '~').replace(/\{[^}]+\}/g, '123');
    expect(rateLimitGroupOf(method, concrete)).toBe(operation?.['x-throttling-group']);
  });
});
