import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileTokenStore, createMemoryTokenStore } from '../../src/ringcentral/index.ts';

const TOKENS = {
  token_type: 'bearer',
  access_token: 'access-123456',
  expires_in: '3600',
  expire_time: 1_900_000_000_000,
  refresh_token: 'refresh-123456',
  refresh_token_expires_in: '604800',
  refresh_token_expire_time: 1_900_000_000_000,
};

describe('createFileTokenStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'switchboard-tokens-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads nothing when the file does not exist', async () => {
    expect(await createFileTokenStore(join(dir, 'tokens.json')).load()).toBeUndefined();
  });

  it('saves the session readable by its owner only and loads it back', async () => {
    const path = join(dir, 'nested', 'tokens.json');
    await createFileTokenStore(path).save(TOKENS);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await createFileTokenStore(path).load()).toEqual(TOKENS);
  });

  it('leaves no temporary files behind after concurrent saves, and keeps the last one', async () => {
    const path = join(dir, 'tokens.json');
    const store = createFileTokenStore(path);
    await Promise.all([1, 2, 3, 4, 5].map((n) => store.save({ ...TOKENS, access_token: `access-${n}00000` })));
    expect(await readdir(dir)).toEqual(['tokens.json']);
    expect((await store.load())?.access_token).toBe('access-500000');
  });

  it('forgets the session when saving undefined', async () => {
    const path = join(dir, 'tokens.json');
    const store = createFileTokenStore(path);
    await store.save(TOKENS);
    await store.save(undefined);
    expect(await readdir(dir)).toEqual([]);
    expect(await store.load()).toBeUndefined();
  });

  it('loads a corrupt file as no session', async () => {
    const path = join(dir, 'tokens.json');
    await writeFile(path, '{ not json');
    expect(await createFileTokenStore(path).load()).toBeUndefined();
    expect(await readFile(path, 'utf8')).toBe('{ not json');
  });
});

describe('createMemoryTokenStore', () => {
  it('returns a copy of what was saved', async () => {
    const store = createMemoryTokenStore();
    await store.save(TOKENS);
    const loaded = await store.load();
    expect(loaded).toEqual(TOKENS);
    expect(loaded).not.toBe(TOKENS);
  });
});
