/** The RingCentral app permissions Switchboard needs (`x-app-permission` in the official spec). */
export const APP_PERMISSIONS = ['ReadAccounts', 'EditAccounts', 'EditExtensions'] as const;
/** One app permission. */
export type AppPermission = (typeof APP_PERMISSIONS)[number];

/** An operation the gateway sends, as the spec names its path, with the permission it needs and what it is for. */
export interface PermissionedOperation {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The spec's path template, e.g. `/restapi/v1.0/account/{accountId}/answering-rule/{ruleId}`. */
  readonly path: string;
  readonly permission: AppPermission;
  /** What Switchboard does with it, to finish "… needs EditAccounts to …". */
  readonly purpose: string;
}

const ACCOUNT = '/restapi/v1.0/account/{accountId}';

/**
 * Every operation the gateway sends (except the OAuth ones, which need no permission) and its
 * `x-app-permission`, checked against the spec by test/ringcentral/app-permissions.test.ts.
 * The spec asks only ReadAccounts to update an IVR menu, and EditExtensions (not EditAccounts) to
 * change the company business hours: both as published.
 */
export const GATEWAY_OPERATIONS: ReadonlyArray<PermissionedOperation> = [
  { method: 'GET', path: ACCOUNT, permission: 'ReadAccounts', purpose: 'read the account' },
  { method: 'GET', path: `${ACCOUNT}/business-hours`, permission: 'ReadAccounts', purpose: 'read the business hours' },
  { method: 'PUT', path: `${ACCOUNT}/business-hours`, permission: 'EditExtensions', purpose: 'change the business hours' },
  { method: 'GET', path: `${ACCOUNT}/answering-rule`, permission: 'ReadAccounts', purpose: 'list the answering rules' },
  { method: 'POST', path: `${ACCOUNT}/answering-rule`, permission: 'EditAccounts', purpose: 'create answering rules' },
  { method: 'GET', path: `${ACCOUNT}/answering-rule/{ruleId}`, permission: 'ReadAccounts', purpose: 'read an answering rule' },
  { method: 'PUT', path: `${ACCOUNT}/answering-rule/{ruleId}`, permission: 'EditAccounts', purpose: 'change answering rules' },
  { method: 'DELETE', path: `${ACCOUNT}/answering-rule/{ruleId}`, permission: 'EditAccounts', purpose: 'delete answering rules' },
  { method: 'GET', path: `${ACCOUNT}/extension`, permission: 'ReadAccounts', purpose: 'list the extensions' },
  { method: 'GET', path: `${ACCOUNT}/ivr-menus`, permission: 'ReadAccounts', purpose: 'list the IVR menus' },
  { method: 'GET', path: `${ACCOUNT}/ivr-menus/{ivrMenuId}`, permission: 'ReadAccounts', purpose: 'read an IVR menu' },
  { method: 'PUT', path: `${ACCOUNT}/ivr-menus/{ivrMenuId}`, permission: 'ReadAccounts', purpose: 'change IVR menu keys' },
  { method: 'GET', path: `${ACCOUNT}/call-queues`, permission: 'ReadAccounts', purpose: 'list the call queues' },
  { method: 'GET', path: `${ACCOUNT}/call-queues/{groupId}/members`, permission: 'ReadAccounts', purpose: 'list call queue members' },
  { method: 'POST', path: `${ACCOUNT}/call-queues/{groupId}/bulk-assign`, permission: 'EditExtensions', purpose: 'change call queue members' },
  { method: 'GET', path: `${ACCOUNT}/extension/{extensionId}/answering-rule/{ruleId}`, permission: 'ReadAccounts', purpose: "read a call queue's ring order" },
  { method: 'PUT', path: `${ACCOUNT}/extension/{extensionId}/answering-rule/{ruleId}`, permission: 'EditExtensions', purpose: "change a call queue's ring order" },
];

/** A template's pattern: each `{parameter}` is one path segment, whatever it holds (`~` included). */
function patternOf(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\{[^}]+\}/g, '[^/]+')}$`);
}

const PATTERNS = GATEWAY_OPERATIONS.map((operation) => ({ operation, pattern: patternOf(operation.path) }));

/** The gateway operation a request is (its path without host or query), if the table has it. */
export function findGatewayOperation(method: string, pathname: string): PermissionedOperation | undefined {
  const upper = method.toUpperCase();
  return PATTERNS.find(({ operation, pattern }) => operation.method === upper && pattern.test(pathname))?.operation;
}

/** The permissions a token's `scope` (space-separated) lacks, each with what it is needed for, in table order. */
export function missingAppPermissions(scope: string): ReadonlyArray<{ readonly permission: AppPermission; readonly purposes: ReadonlyArray<string> }> {
  const granted = new Set(scope.split(/\s+/).filter((word) => word !== ''));
  return APP_PERMISSIONS.filter((permission) => !granted.has(permission)).map((permission) => ({
    permission,
    purposes: GATEWAY_OPERATIONS.filter((operation) => operation.permission === permission).map((operation) => operation.purpose),
  }));
}
