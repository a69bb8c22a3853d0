import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_KEY_FILE, resolveAuditKey } from '../../src/app/audit-key.ts';
import { loadSettings } from '../../src/app/load-settings.ts';
import { ConfigError } from '../../src/config.ts';
import { isStoreError } from '../../src/store/index.ts';

const KEY = 'k'.repeat(40);
const REAL_ACCOUNT = {
  RINGCENTRAL_SERVER_URL: 'https://platform.ringcentral.com',
  RINGCENTRAL_CLIENT_ID: 'client-id',
  RINGCENTRAL_CLIENT_SECRET: 'client-secret',
  RINGCENTRAL_JWT: 'jwt-credential',
};
const POLICY = { SWITCHBOARD_APPROVERS: 'U024BE7LH,@ops-leads' };

/** The ConfigError the environment is refused with. */
function refusalOf(env: Record<string, string>): ConfigError {
  try {
    loadSettings(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`accepted: ${Object.keys(env).join(', ')}`);
}

describe('SWITCHBOARD_AUDIT_KEY', () => {
  it('is read as set', () => {
    expect(loadSettings({ ...REAL_ACCOUNT, ...POLICY, SWITCHBOARD_AUDIT_KEY: ` ${KEY} ` }).auditKey).toBe(KEY);
  });

  it('refuses a key shorter than 32 characters in one line that gives its length, not the key', () => {
    const short = 'abcdef0123456789abcdef012345678';
    const message = refusalOf({ SWITCHBOARD_AUDIT_KEY: short }).message;

    expect(message).toBe('SWITCHBOARD_AUDIT_KEY must be at least 32 characters, not 31; e.g. SWITCHBOARD_AUDIT_KEY=$(openssl rand -hex 32)');
    expect(message).not.toContain(short);
  });

  it('is required with an approval policy on a real account', () => {
    expect(refusalOf({ ...REAL_ACCOUNT, ...POLICY }).message).toBe(
      'SWITCHBOARD_AUDIT_KEY is not set: with an approval policy on a real RingCentral account the audit trail must be keyed by a secret you keep; e.g. SWITCHBOARD_AUDIT_KEY=$(openssl rand -hex 32)',
    );
  });

  it('may be left unset for the demo (the built-in emulator) and for one local admin', () => {
    expect(loadSettings({ ...POLICY }).auditKey).toBeUndefined();
    expect(loadSettings({ ...REAL_ACCOUNT }).auditKey).toBeUndefined();
  });
});

describe('the audit key of a trail without SWITCHBOARD_AUDIT_KEY', () => {
  let scratch = '';
  beforeEach(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'switchboard-audit-key-'));
  });
  afterEach(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('is made once into <dataDir>/audit-key, with the folder, readable by its owner only, and read back at the next start', async () => {
    const dataDir = join(scratch, 'not', 'there', 'yet');
    const key = await resolveAuditKey({ auditKey: undefined, dataDir });
    const file = join(dataDir, AUDIT_KEY_FILE);

    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect((await readFile(file, 'utf8')).trim()).toBe(key);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await resolveAuditKey({ auditKey: undefined, dataDir })).toBe(key);
  });

  it('is the same for processes that start at once', async () => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => resolveAuditKey({ auditKey: undefined, dataDir: scratch })));

    expect(new Set(keys).size).toBe(1);
    expect((await readFile(join(scratch, AUDIT_KEY_FILE), 'utf8')).trim()).toBe(keys[0]);
  });

  it('gives way to SWITCHBOARD_AUDIT_KEY, and no file is made', async () => {
    expect(await resolveAuditKey({ auditKey: KEY, dataDir: scratch })).toBe(KEY);
    await expect(stat(join(scratch, AUDIT_KEY_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a key file cut short, rather than make a new key the trail was not written with', async () => {
    await writeFile(join(scratch, AUDIT_KEY_FILE), 'abc\n');

    const refused = await resolveAuditKey({ auditKey: undefined, dataDir: scratch }).catch((error: unknown) => error);
    expect(isStoreError(refused)).toBe(true);
    expect((refused as Error).message).toBe(
      `The audit key file ${join(scratch, AUDIT_KEY_FILE)} holds no whole key (3 characters): put back the file the trail was written with, or set SWITCHBOARD_AUDIT_KEY to that key.`,
    );
  });

  it('says in one line when the folder cannot hold the file', async () => {
    const blocker = join(scratch, 'a-file');
    await writeFile(blocker, '');

    const refused = await resolveAuditKey({ auditKey: undefined, dataDir: join(blocker, 'data') }).catch((error: unknown) => error);
    expect(isStoreError(refused)).toBe(true);
    expect((refused as Error).message).toMatch(/^The audit key file .*audit-key cannot be read or created \(ENOTDIR\): make SWITCHBOARD_DATA_DIR writable, or set SWITCHBOARD_AUDIT_KEY\.$/);
  });
});
