import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { authDataSchema, type AuthData, type TokenStore } from './token-store.ts';

/**
 * Creates a store that keeps the session in a JSON file readable by its owner only (0600).
 * Writes go to a temporary file that is then renamed over the old one, so a crash mid-write never
 * leaves half a token file; writes are queued so the newest token always ends up on disk. A missing
 * or unreadable file loads as "no session", which only costs one JWT login.
 */
export function createFileTokenStore(path: string): TokenStore {
  let queue: Promise<void> = Promise.resolve();

  async function write(data: AuthData | undefined): Promise<void> {
    if (data === undefined) {
      await rm(path, { force: true });
      return;
    }
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, `${JSON.stringify(data)}\n`, { mode: 0o600, flag: 'wx' });
      // The mode given to writeFile is reduced by the umask; make sure it is exactly 0600.
      await chmod(temporary, 0o600);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      try {
        const parsed = authDataSchema.safeParse(JSON.parse(text));
        return parsed.success ? (parsed.data as AuthData) : undefined;
      } catch {
        return undefined;
      }
    },
    save(data) {
      const next = queue.then(() => write(data));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
