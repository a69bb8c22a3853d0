/** RingCentral's throttling groups (`x-throttling-group` in the spec). */
export const RATE_LIMIT_GROUPS = ['Light', 'Medium', 'Heavy', 'Auth'] as const;
/** One throttling group. */
export type RateLimitGroup = (typeof RATE_LIMIT_GROUPS)[number];

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly group: RateLimitGroup;
}

const ACCOUNT = String.raw`/restapi/v1\.0/account/[^/]+`;

/**
 * The operations the gateway calls, with their group from the official spec (docs section 1.2).
 * Note the asymmetry: reading one answering rule is Light, listing them is Medium.
 */
const ROUTES: ReadonlyArray<Route> = [
  { method: 'POST', pattern: /\/restapi\/oauth\/(token|revoke)$/, group: 'Auth' },
  { method: 'GET', pattern: new RegExp(`${ACCOUNT}$`), group: 'Light' },
  { method: 'GET', pattern: new RegExp(`${ACCOUNT}/business-hours$`), group: 'Light' },
  { method: 'PUT', pattern: new RegExp(`${ACCOUNT}/business-hours$`), group: 'Medium' },
  { method: 'GET', pattern: new RegExp(`${ACCOUNT}/answering-rule$`), group: 'Medium' },
  { method: 'POST', pattern: new RegExp(`${ACCOUNT}/answering-rule$`), group: 'Medium' },
  { method: 'GET', pattern: new RegExp(`${ACCOUNT}/answering-rule/[^/]+$`), group: 'Light' },
  { method: 'PUT', pattern: new RegExp(`${ACCOUNT}/answering-rule/[^/]+$`), group: 'Medium' },
  { method: 'DELETE', pattern: new RegExp(`${ACCOUNT}/answering-rule/[^/]+$`), group: 'Medium' },
  { method: 'GET', pattern: new RegExp(`${ACCOUNT}/extension$`), group: 'Medium' },
  { method: 'GET', pattern: new RegExp(`${ACCOUNT}/extension/[^/]+$`), group: 'Light' },
  { method: 'GET', pattern: new RegExp(`${ACCOUNT}/ivr-menus$`), group: 'Medium' },
  { method: 'GET', pattern: new RegExp(`${ACCOUNT}/ivr-menus/[^/]+$`), group: 'Medium' },
  { method: 'PUT', pattern: new RegExp(`${ACCOUNT}/ivr-menus/[^/]+$`), group: 'Medium' },
  { method: 'GET', pattern: new RegExp(`${ACCOUNT}/call-queues$`), group: 'Medium' },
  { method: 'GET', pattern: new RegExp(`${ACCOUNT}/call-queues/[^/]+/members$`), group: 'Light' },
  { method: 'POST', pattern: new RegExp(`${ACCOUNT}/call-queues/[^/]+/bulk-assign$`), group: 'Heavy' },
  { method: 'GET', pattern: new RegExp(`${ACCOUNT}/extension/[^/]+/answering-rule/[^/]+$`), group: 'Light' },
  { method: 'PUT', pattern: new RegExp(`${ACCOUNT}/extension/[^/]+/answering-rule/[^/]+$`), group: 'Medium' },
];

/**
 * The throttling group of a request. An operation missing from the table counts as Heavy, the
 * strictest group, so a forgotten entry slows the bot down rather than tripping a penalty.
 */
export function rateLimitGroupOf(method: string, pathname: string): RateLimitGroup {
  const upper = method.toUpperCase();
  return ROUTES.find((route) => route.method === upper && route.pattern.test(pathname))?.group ?? 'Heavy';
}

/** Reads RingCentral's `X-Rate-Limit-Group` value ("light", "Medium", …) as a group, if known. */
export function parseRateLimitGroup(value: string | null | undefined): RateLimitGroup | undefined {
  if (!value) return undefined;
  const lower = value.trim().toLowerCase();
  return RATE_LIMIT_GROUPS.find((group) => group.toLowerCase() === lower);
}
