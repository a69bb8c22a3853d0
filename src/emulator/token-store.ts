import { randomBytes } from 'node:crypto';
import { apiFailure, type ApiFailure } from './api-error.ts';
import { oauthFailure, type OAuthFailure } from './oauth-error.ts';

/** RingCentral's `TokenInfo`, the token endpoint's answer. */
export interface TokenInfo {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  refresh_token: string;
  refresh_token_expires_in: number;
  scope: string;
  owner_id: string;
  endpoint_id: string;
  session_id: string;
}

/** Lifetimes, in seconds, for the tokens of one grant. */
export interface TokenLifetimes {
  readonly accessSeconds: number;
  readonly refreshSeconds: number;
}

interface AccessToken {
  ownerId: string;
  sessionId: string;
  scope: string;
  expiresAt: number;
  revoked: boolean;
}

interface RefreshToken {
  ownerId: string;
  sessionId: string;
  endpointId: string;
  scope: string;
  expiresAt: number;
  /** Used once already, revoked with its session, or revoked by a fault. */
  revoked: boolean;
}

/** The app permissions the bot's app needs (docs/ringcentral-api.md 1.2): what a session gets unless told otherwise. */
const DEFAULT_SCOPE = 'ReadAccounts EditAccounts EditExtensions';

/** Issues and checks tokens, in memory: a restarted emulator forgets every session. */
export interface TokenStore {
  /** Opens a session for the owner (a successful JWT grant). */
  issue(ownerId: string, lifetimes: TokenLifetimes, now: number): TokenInfo;
  /** Trades a refresh token, once, for new tokens; the session's older access tokens stop working. */
  refresh(refreshToken: string, lifetimes: TokenLifetimes, now: number): { ok: true; tokens: TokenInfo } | { ok: false; failure: OAuthFailure };
  /** Who a bearer token belongs to and its scope, or RingCentral's 401 (OAU-213 unknown, OAU-128 expired). */
  checkAccess(accessToken: string, now: number): { ok: true; ownerId: string; scope: ReadonlySet<string> } | { ok: false; failure: ApiFailure };
  /**
   * The app permissions new sessions get, space-separated as in `TokenInfo.scope`: set it to play
   * an app missing a permission. It reaches only the sessions opened after it; existing ones and
   * their refreshes keep theirs (assumed: a token carries the scope it was issued with).
   */
  scope: string;
  /** Ends the session an access or refresh token belongs to; unknown tokens are ignored. */
  revoke(token: string): void;
  /** Makes every current access token expired (fault injection). */
  expireAccessTokens(): void;
  /** Makes every current refresh token unusable (fault injection). */
  revokeRefreshTokens(): void;
}

const newToken = (prefix: string) => `${prefix}${randomBytes(24).toString('base64url')}`;

/** Creates an empty token store whose sessions get `scope`. */
export function createTokenStore(scope = DEFAULT_SCOPE): TokenStore {
  const accessTokens = new Map<string, AccessToken>();
  const refreshTokens = new Map<string, RefreshToken>();

  const open = (ownerId: string, sessionId: string, endpointId: string, sessionScope: string, lifetimes: TokenLifetimes, now: number): TokenInfo => {
    const access = newToken('emu-at-');
    const refresh = newToken('emu-rt-');
    accessTokens.set(access, { ownerId, sessionId, scope: sessionScope, expiresAt: now + lifetimes.accessSeconds * 1000, revoked: false });
    refreshTokens.set(refresh, { ownerId, sessionId, endpointId, scope: sessionScope, expiresAt: now + lifetimes.refreshSeconds * 1000, revoked: false });
    return {
      access_token: access,
      token_type: 'bearer',
      expires_in: lifetimes.accessSeconds,
      refresh_token: refresh,
      refresh_token_expires_in: lifetimes.refreshSeconds,
      scope: sessionScope,
      owner_id: ownerId,
      endpoint_id: endpointId,
      session_id: sessionId,
    };
  };

  const endSession = (sessionId: string) => {
    for (const token of accessTokens.values()) if (token.sessionId === sessionId) token.revoked = true;
    for (const token of refreshTokens.values()) if (token.sessionId === sessionId) token.revoked = true;
  };

  let newSessionScope = scope;
  return {
    get scope() {
      return newSessionScope;
    },
    set scope(value) {
      newSessionScope = value;
    },
    issue: (ownerId, lifetimes, now) => open(ownerId, newToken('s-'), newToken('e-'), newSessionScope, lifetimes, now),
    refresh(refreshToken, lifetimes, now) {
      const stored = refreshTokens.get(refreshToken);
      if (stored === undefined) return { ok: false, failure: oauthFailure(400, 'invalid_grant', 'OAU-213', 'Token not found') };
      if (stored.revoked) return { ok: false, failure: oauthFailure(400, 'invalid_grant', 'OAU-211', 'Token is revoked') };
      if (now >= stored.expiresAt) return { ok: false, failure: oauthFailure(400, 'invalid_grant', 'OAU-212', 'Token is expired') };
      // Refresh tokens are single-use, and a refresh retires the session's access tokens at once.
      for (const token of accessTokens.values()) if (token.sessionId === stored.sessionId) token.revoked = true;
      stored.revoked = true;
      return { ok: true, tokens: open(stored.ownerId, stored.sessionId, stored.endpointId, stored.scope, lifetimes, now) };
    },
    checkAccess(accessToken, now) {
      const stored = accessTokens.get(accessToken);
      if (stored === undefined || stored.revoked) return { ok: false, failure: apiFailure(401, 'OAU-213', 'Token not found') };
      if (now >= stored.expiresAt) return { ok: false, failure: apiFailure(401, 'OAU-128', 'Access token expired') };
      return { ok: true, ownerId: stored.ownerId, scope: new Set(stored.scope.split(' ')) };
    },
    revoke(token) {
      const sessionId = accessTokens.get(token)?.sessionId ?? refreshTokens.get(token)?.sessionId;
      if (sessionId !== undefined) endSession(sessionId);
    },
    expireAccessTokens() {
      for (const token of accessTokens.values()) token.expiresAt = 0;
    },
    revokeRefreshTokens() {
      for (const token of refreshTokens.values()) token.revoked = true;
    },
  };
}
