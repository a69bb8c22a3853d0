import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';
import { JWT_GRANT, login, requestToken, send, type Reply } from './emulator-client.ts';

let open: RunningEmulator;
let strict: RunningEmulator;
/** One-second tokens obtained first thing, so the wait for them to expire overlaps other tests; `issuedAt` is no earlier than the emulator's clock at issue. */
let shortLived: { tokens: Reply['body']; issuedAt: number };

beforeAll(async () => {
  open = await startEmulator({ rateLimits: false });
  strict = await startEmulator({
    rateLimits: false,
    credentials: { clientId: 'switchboard', clientSecret: 's3cret', jwt: 'the-jwt' },
    accessTokenTtlSeconds: 1,
  });
  const reply = await requestToken(strict.url, { grant_type: JWT_GRANT, assertion: 'the-jwt' }, { id: 'switchboard', secret: 's3cret' });
  // Taken after the answer: the emulator issued the token no later, however slow the request was.
  shortLived = { tokens: reply.body, issuedAt: Date.now() };
});

afterAll(async () => {
  await open.close();
  await strict.close();
});

const accountInfo = (baseUrl: string, token: string) =>
  send(`${baseUrl}/restapi/v1.0/account/~`, { headers: { authorization: `Bearer ${token}` } });

describe('POST /restapi/oauth/token', () => {
  it('answers a JWT grant with a TokenInfo owned by the operator extension', async () => {
    const reply = await login(open.url);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ token_type: 'bearer', expires_in: 3600, refresh_token_expires_in: 604800, owner_id: '62000000101' });
    expect(typeof reply.body.access_token).toBe('string');
    expect(typeof reply.body.session_id).toBe('string');
    expect((await accountInfo(open.url, reply.body.access_token)).status).toBe(200);
  });

  it('accepts any credentials when the emulator was started without any', async () => {
    const reply = await requestToken(open.url, { grant_type: JWT_GRANT, assertion: 'whatever' }, { id: 'x', secret: 'y' });
    expect(reply.status).toBe(200);
  });

  it('refuses a wrong client secret with invalid_client when credentials are configured', async () => {
    const reply = await requestToken(strict.url, { grant_type: JWT_GRANT, assertion: 'the-jwt' }, { id: 'switchboard', secret: 'nope' });
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({ error: 'invalid_client', errors: [{ errorCode: 'OAU-153' }] });
    expect(reply.body.message).toBe(reply.body.error_description);
  });

  it('refuses a wrong JWT with invalid_grant when credentials are configured', async () => {
    const reply = await requestToken(strict.url, { grant_type: JWT_GRANT, assertion: 'not-the-jwt' }, { id: 'switchboard', secret: 's3cret' });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'invalid_grant', errorCode: 'OAU-140', message: expect.any(String) });
  });

  it('refuses an unsupported grant type', async () => {
    const reply = await requestToken(open.url, { grant_type: 'password', username: 'a', password: 'b' });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('unsupported_grant_type');
  });

  it('refuses a JWT grant without an assertion, naming the parameter', async () => {
    const reply = await requestToken(open.url, { grant_type: JWT_GRANT });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'invalid_request', errors: [{ errorCode: 'CMN-101', parameterName: 'assertion' }] });
  });

  it('refuses an access_token_ttl outside the spec range', async () => {
    const reply = await requestToken(open.url, { grant_type: JWT_GRANT, assertion: 'a', access_token_ttl: '60' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].parameterName).toBe('access_token_ttl');
  });

  it('honours a shorter access_token_ttl', async () => {
    const reply = await requestToken(open.url, { grant_type: JWT_GRANT, assertion: 'a', access_token_ttl: '900' });
    expect(reply.body.expires_in).toBe(900);
  });
});

describe('refresh_token grant', () => {
  it('trades a refresh token for new tokens and retires the old access token', async () => {
    const first = (await login(open.url)).body;
    const second = await requestToken(open.url, { grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(second.status).toBe(200);
    expect(second.body.access_token).not.toBe(first.access_token);
    expect((await accountInfo(open.url, second.body.access_token)).status).toBe(200);
    const old = await accountInfo(open.url, first.access_token);
    expect(old.status).toBe(401);
  });

  it('accepts a refresh token only once', async () => {
    const first = (await login(open.url)).body;
    await requestToken(open.url, { grant_type: 'refresh_token', refresh_token: first.refresh_token });
    const again = await requestToken(open.url, { grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: 'invalid_grant', errors: [{ errorCode: 'OAU-211' }] });
  });

  it('tolerates access_token_ttl=-1, which the SDK sends after a 401', async () => {
    const first = (await login(open.url)).body;
    const reply = await requestToken(open.url, {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
      access_token_ttl: '-1',
      refresh_token_ttl: '604800',
    });
    expect(reply.status).toBe(200);
    expect(reply.body.expires_in).toBe(3600);
  });

  it('refuses an unknown refresh token', async () => {
    const reply = await requestToken(open.url, { grant_type: 'refresh_token', refresh_token: 'made-up' });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('invalid_grant');
  });
});

describe('bearer tokens on API calls', () => {
  it('answers 401 AGW-401 when the Authorization header is missing', async () => {
    const reply = await send(`${open.url}/restapi/v1.0/account/~`);
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({ errorCode: 'AGW-401', message: expect.any(String), errors: [{ errorCode: 'AGW-401' }] });
  });

  it('answers 401 OAU-213 for a token it never issued', async () => {
    const reply = await accountInfo(open.url, 'made-up');
    expect(reply.status).toBe(401);
    expect(reply.body.errors[0].errorCode).toBe('OAU-213');
  });

  it('answers 401 OAU-128 once an access token has expired, and the refresh token still works', async () => {
    const { tokens, issuedAt } = shortLived;
    expect(tokens.expires_in).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, issuedAt + 1100 - Date.now())));
    const expired = await accountInfo(strict.url, tokens.access_token);
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ errorCode: 'OAU-128', message: 'Access token expired' });
    const refreshed = await requestToken(
      strict.url,
      { grant_type: 'refresh_token', refresh_token: tokens.refresh_token },
      { id: 'switchboard', secret: 's3cret' },
    );
    expect(refreshed.status).toBe(200);
  });
});

describe('POST /restapi/oauth/revoke', () => {
  it('ends the session of the token it is given', async () => {
    const tokens = (await login(open.url)).body;
    const reply = await send(`${open.url}/restapi/oauth/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: tokens.access_token }).toString(),
    });
    expect(reply.status).toBe(200);
    expect((await accountInfo(open.url, tokens.access_token)).status).toBe(401);
    const refresh = await requestToken(open.url, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(refresh.status).toBe(400);
  });
});
