import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';
import { login, requestToken, send, type Reply } from './emulator-client.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, scope: 'ReadAccounts EditExtensions' });
});
afterAll(async () => {
  await emulator.close();
});

const accountPath = (path: string) => `${emulator.url}/restapi/v1.0/account/~${path}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const createRule = (token: string): Promise<Reply> =>
  send(accountPath('/answering-rule'), {
    method: 'POST',
    headers: { ...bearer(token), 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'Custom', name: 'Closed', enabled: true, callHandlingAction: 'Disconnect', schedule: { ranges: [{ from: '2026-12-25T00:00:00', to: '2026-12-26T00:00:00' }] } }),
  });
const putScope = (scope: unknown): Promise<Reply> =>
  send(`${emulator.url}/_emulator/scope`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scope }) });

describe('the app permissions of the emulator’s tokens', () => {
  it('says in the token answer which permissions the app has, and serves what they allow', async () => {
    const reply = await login(emulator.url);
    expect(reply.body.scope).toBe('ReadAccounts EditExtensions');
    expect((await send(accountPath(''), { headers: bearer(reply.body.access_token) })).status).toBe(200);
  });

  it('refuses an operation whose x-app-permission the token lacks, as RingCentral does', async () => {
    const token = (await login(emulator.url)).body.access_token as string;
    const reply = await createRule(token);
    expect(reply.status).toBe(403);
    const message = 'In order to call this API endpoint, application needs to have [EditAccounts] permission';
    expect(reply.body).toEqual({
      errorCode: 'InsufficientPermissions',
      message,
      errors: [{ errorCode: 'CMN-401', message, permissionName: 'EditAccounts' }],
      permissionName: 'EditAccounts',
    });
    expect((await send(accountPath('/answering-rule'), { headers: bearer(token) })).body.records.some((rule: { name?: string }) => rule.name === 'Closed')).toBe(false);
  });

  it('gives a new scope to the sessions opened after it, and leaves the open ones theirs', async () => {
    const before = (await login(emulator.url)).body;
    try {
      expect((await putScope('ReadAccounts EditAccounts EditExtensions')).body).toEqual({ scope: 'ReadAccounts EditAccounts EditExtensions' });
      expect((await send(`${emulator.url}/_emulator/scope`)).body).toEqual({ scope: 'ReadAccounts EditAccounts EditExtensions' });
      const after = (await login(emulator.url)).body;
      expect(after.scope).toBe('ReadAccounts EditAccounts EditExtensions');
      expect((await createRule(after.access_token)).status).toBe(200);
      expect((await createRule(before.access_token)).status).toBe(403);
      const refreshed = (await requestToken(emulator.url, { grant_type: 'refresh_token', refresh_token: before.refresh_token })).body;
      expect(refreshed.scope).toBe('ReadAccounts EditExtensions');
    } finally {
      await putScope('ReadAccounts EditExtensions');
    }
  });

  it('refuses a scope that is not permission names, and keeps the one it had', async () => {
    for (const scope of ['ReadAccounts,EditAccounts', 42, 'Read  Accounts']) {
      const reply = await putScope(scope);
      expect(reply.status).toBe(400);
      expect(reply.body.message).toMatch(/^scope must be permission names separated by single spaces/);
    }
    expect((await login(emulator.url)).body.scope).toBe('ReadAccounts EditExtensions');
  });
});
