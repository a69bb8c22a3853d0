import type { RouteContext } from './route-types.ts';

/**
 * Absolute `uri` fields, built from the Host the client used (as RingCentral's canonical URIs
 * are absolute) and always with the real account id, even when the request said `~`.
 */
export function accountUri(context: RouteContext): string {
  return `${context.baseUrl}/restapi/v1.0/account/${context.state.account.id}`;
}

/** The canonical URI of an extension. */
export function extensionUri(context: RouteContext, extensionId: number | string): string {
  return `${accountUri(context)}/extension/${extensionId}`;
}
