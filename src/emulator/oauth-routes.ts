import type { IncomingHttpHeaders } from 'node:http';
import { oauthFailure, toOAuthErrorBody, type OAuthFailure } from './oauth-error.ts';
import type { Route, RouteContext, RouteResult } from './route-types.ts';
import { parameterNameOf, type MatchedOperation, type SpecValidator } from './spec-validator.ts';
import type { TokenLifetimes, TokenStore } from './token-store.ts';

/** The credentials the emulator insists on; an absent field accepts anything. */
export interface EmulatorCredentials {
  clientId?: string;
  clientSecret?: string;
  jwt?: string;
}

/** What the OAuth routes need. */
export interface OAuthRouteDependencies {
  readonly tokens: TokenStore;
  readonly validator: SpecValidator;
  readonly credentials: EmulatorCredentials;
  /** The longest lifetimes the emulator hands out; a grant may ask for less. */
  readonly lifetimes: TokenLifetimes;
}

const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/** The form fields each supported grant requires, to pick the spec error that concerns it. */
const GRANT_FIELDS: Readonly<Record<string, ReadonlyArray<string>>> = {
  [JWT_GRANT]: ['grant_type', 'assertion'],
  refresh_token: ['grant_type', 'refresh_token'],
};

const refuse = (failure: OAuthFailure): RouteResult => ({ status: failure.status, body: toOAuthErrorBody(failure) });

/** The client id and secret of a Basic `Authorization` header, if there is one. */
export function readBasicAuth(headers: IncomingHttpHeaders): { clientId: string; clientSecret: string } | null {
  const match = /^Basic\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (match === null) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? { clientId: decoded, clientSecret: '' } : { clientId: decoded.slice(0, colon), clientSecret: decoded.slice(colon + 1) };
}

function checkClient(headers: IncomingHttpHeaders, credentials: EmulatorCredentials): OAuthFailure | null {
  if (credentials.clientId === undefined && credentials.clientSecret === undefined) return null;
  const client = readBasicAuth(headers);
  if (client === null) return oauthFailure(401, 'invalid_client', 'OAU-123', 'Client authentication is required');
  const idMatches = credentials.clientId === undefined || client.clientId === credentials.clientId;
  const secretMatches = credentials.clientSecret === undefined || client.clientSecret === credentials.clientSecret;
  return idMatches && secretMatches ? null : oauthFailure(401, 'invalid_client', 'OAU-153', 'Invalid client');
}

/**
 * The form as the spec types it: TTLs as numbers. An `access_token_ttl` of zero or less is
 * dropped: after a 401 the RingCentral SDK refreshes with `access_token_ttl=-1`, and the real
 * server tolerates it (docs/ringcentral-api.md 5.3).
 */
function typedForm(body: unknown): Record<string, unknown> {
  const form: Record<string, unknown> = { ...(body as Record<string, string>) };
  for (const field of ['access_token_ttl', 'refresh_token_ttl']) {
    const value = form[field];
    if (typeof value === 'string' && /^-?\d+$/.test(value)) form[field] = Number(value);
  }
  if (typeof form.access_token_ttl === 'number' && form.access_token_ttl <= 0) delete form.access_token_ttl;
  return form;
}

function lifetimesFor(form: Record<string, unknown>, limits: TokenLifetimes): TokenLifetimes {
  const ask = (value: unknown, limit: number) => (typeof value === 'number' ? Math.min(value, limit) : limit);
  return { accessSeconds: ask(form.access_token_ttl, limits.accessSeconds), refreshSeconds: ask(form.refresh_token_ttl, limits.refreshSeconds) };
}

function specFailure(deps: OAuthRouteDependencies, operation: MatchedOperation, context: RouteContext, form: Record<string, unknown>, grant: string) {
  const request = {
    method: 'POST',
    pathname: context.requestUrl.pathname,
    search: context.requestUrl.search,
    headers: context.headers,
    body: form,
  };
  // The token schema is an anyOf over every grant; "required" errors of other grants are noise.
  const relevant = deps.validator
    .validationErrors(operation, request)
    .filter((error) => error.keyword !== 'required' || GRANT_FIELDS[grant]?.includes(parameterNameOf(error)))
    .filter((error) => !['anyOf', 'oneOf', 'allOf'].includes(error.keyword));
  const first = relevant[0];
  if (first === undefined) return null;
  const name = parameterNameOf(first);
  return oauthFailure(400, 'invalid_request', 'CMN-101', `Parameter [${name}] value is invalid`, name);
}

function handleToken(deps: OAuthRouteDependencies, operation: MatchedOperation, context: RouteContext): RouteResult {
  const clientFailure = checkClient(context.headers, deps.credentials);
  if (clientFailure !== null) return refuse(clientFailure);
  const form = typedForm(context.body);
  const grant = typeof form.grant_type === 'string' ? form.grant_type : '';
  if (GRANT_FIELDS[grant] === undefined) {
    return refuse(oauthFailure(400, 'unsupported_grant_type', 'OAU-250', `Unsupported grant type [${grant}]`, 'grant_type'));
  }
  const invalid = specFailure(deps, operation, context, form, grant);
  if (invalid !== null) return refuse(invalid);
  const lifetimes = lifetimesFor(form, deps.lifetimes);
  if (grant === JWT_GRANT) {
    if (deps.credentials.jwt !== undefined && form.assertion !== deps.credentials.jwt) {
      return refuse(oauthFailure(400, 'invalid_grant', 'OAU-140', 'Invalid resource owner credentials', 'assertion'));
    }
    // The JWT belongs to the company's operator, an admin: every session is theirs.
    const tokens = deps.tokens.issue(String(context.state.account.operator.id), lifetimes, context.now);
    return { status: 200, body: tokens, headers: { 'Cache-Control': 'no-store' } };
  }
  const refreshed = deps.tokens.refresh(String(form.refresh_token), lifetimes, context.now);
  return refreshed.ok ? { status: 200, body: refreshed.tokens, headers: { 'Cache-Control': 'no-store' } } : refuse(refreshed.failure);
}

function handleRevoke(deps: OAuthRouteDependencies, context: RouteContext): RouteResult {
  const clientFailure = checkClient(context.headers, deps.credentials);
  if (clientFailure !== null) return refuse(clientFailure);
  const form = (context.body ?? {}) as Record<string, string>;
  const token = form.token ?? context.query.get('token');
  // Revoking ends the whole session; RingCentral answers 200 even for a token it does not know.
  if (token !== null && token !== undefined) deps.tokens.revoke(token);
  return { status: 200 };
}

/**
 * The OAuth routes: JWT and refresh-token grants (Basic client auth, form body) and revoke.
 * They check the spec themselves, to answer in OAuth's error shape.
 */
export function createOAuthRoutes(deps: OAuthRouteDependencies): Record<string, Route> {
  return {
    getToken: {
      changesState: false,
      validatesItself: true,
      handle: (context) => handleToken(deps, { operationId: 'getToken', throttlingGroup: 'Auth', params: {} }, context),
    },
    revokeToken: { changesState: false, handle: (context) => handleRevoke(deps, context) },
  };
}
