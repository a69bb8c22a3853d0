import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('uses the embedded emulator, ./data and no database URL when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      ringCentral: { kind: 'embedded-emulator', stateFile: './data/emulator-state.json' },
      dataDir: './data',
      logLevel: 'warn',
      databaseUrl: undefined,
      policy: { kind: 'local-admin' },
    });
  });

  it('passes DATABASE_URL on for the store to read', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://switchboard@db:5432/switchboard' }).databaseUrl).toBe('postgres://switchboard@db:5432/switchboard');
  });

  it('counts a blank variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '   ', SWITCHBOARD_DATA_DIR: ' ' })).toMatchObject({ databaseUrl: undefined, dataDir: './data' });
  });
});
