import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ConfigError, type Config } from '../config.ts';
import { StoreError } from '../store/index.ts';
import type { ApprovalPolicy } from '../workflow/index.ts';

/** Where, in SWITCHBOARD_DATA_DIR, the key of a trail with no SWITCHBOARD_AUDIT_KEY is kept. */
export const AUDIT_KEY_FILE = 'audit-key';

/** As SWITCHBOARD_AUDIT_KEY asks; a key file holding less was cut short. */
const MIN_KEY_CHARS = 32;

/**
 * Refuses to start a team's Switchboard on a real account with a key nobody chose: the key file
 * sits beside the database, so whoever can rewrite one can usually read the other, and the key
 * must then live elsewhere (a secret store, the environment).
 */
export function refuseUnkeyedAuditTrail(policy: ApprovalPolicy, config: Pick<Config, 'auditKey' | 'ringCentral'>): void {
  if (config.auditKey !== undefined || policy.kind !== 'team' || config.ringCentral.kind !== 'account') return;
  throw new ConfigError(
    'SWITCHBOARD_AUDIT_KEY is not set: with an approval policy on a real RingCentral account the audit trail must be keyed by a secret you keep; e.g. SWITCHBOARD_AUDIT_KEY=$(openssl rand -hex 32)',
  );
}

/**
 * The audit trail's HMAC key: SWITCHBOARD_AUDIT_KEY when set. Otherwise (the demo, or one local
 * admin) a random key made at the first start into `<dataDir>/audit-key`, readable by its owner
 * only, and read from there at every later start, so every process on that folder keys alike.
 * Throws StoreError with a one-line message (never the key) when the file cannot be used.
 */
export async function resolveAuditKey(settings: Pick<Config, 'auditKey' | 'dataDir'>): Promise<string> {
  if (settings.auditKey !== undefined) return settings.auditKey;
  const path = join(settings.dataDir, AUDIT_KEY_FILE);
  let key: string | undefined;
  try {
    key = (await readKeyFile(path)) ?? (await createKeyFile(path));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new StoreError('unavailable', `The audit key file ${path} cannot be read or created (${reason}): make SWITCHBOARD_DATA_DIR writable, or set SWITCHBOARD_AUDIT_KEY.`, { cause: error });
  }
  if (key.length < MIN_KEY_CHARS) {
    // A new key would make every entry written so far fail verify: better to stop and say so.
    throw new StoreError('unavailable', `The audit key file ${path} holds no whole key (${key.length} characters): put back the file the trail was written with, or set SWITCHBOARD_AUDIT_KEY to that key.`);
  }
  return key;
}

/** The key in the file, or undefined when there is no file yet. */
async function readKeyFile(path: string): Promise<string | undefined> {
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes a new key to a file of its own, then links it into place: the link is atomic and fails
 * when the file exists, so two processes starting together end up with the same key, and none
 * ever reads a file half written.
 */
async function createKeyFile(path: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  const key = randomBytes(32).toString('hex');
  await writeFile(draft, `${key}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(draft, path);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readKeyFile(path)) ?? '';
  } finally {
    await rm(draft, { force: true });
  }
}
