import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatabaseLocation, withoutPassword } from '../../src/store/database-location.ts';

describe('parseDatabaseLocation', () => {
  it('reads an unset URL as switchboard.sqlite in the data folder', () => {
    expect(parseDatabaseLocation(undefined, './data')).toEqual({
      dialect: 'sqlite',
      file: join('./data', 'switchboard.sqlite'),
      isDefault: true,
      description: `SQLite ${join('./data', 'switchboard.sqlite')}`,
    });
  });

  it.each([
    ['./var/db.sqlite', './var/db.sqlite'],
    ['/srv/switchboard.sqlite', '/srv/switchboard.sqlite'],
    ['sqlite:./var/db.sqlite', './var/db.sqlite'],
    ['sqlite://./var/db.sqlite', './var/db.sqlite'],
    ['sqlite:///srv/db.sqlite', '/srv/db.sqlite'],
    ['C:\\data\\db.sqlite', 'C:\\data\\db.sqlite'],
  ])('reads %s as the SQLite file %s', (url, file) => {
    expect(parseDatabaseLocation(url, './data')).toMatchObject({ dialect: 'sqlite', file, isDefault: false });
  });

  it.each(['postgres://app:pw@db.internal:6543/switchboard', 'postgresql://app:pw@db.internal:6543/switchboard'])(
    'reads %s as PostgreSQL and describes it without the password',
    (url) => {
      expect(parseDatabaseLocation(url, './data')).toEqual({ dialect: 'postgres', url, description: 'PostgreSQL db.internal:6543/switchboard' });
    },
  );

  it('describes a PostgreSQL URL without a port with the default port', () => {
    expect(parseDatabaseLocation('postgres://db.internal/switchboard', './data')).toMatchObject({ description: 'PostgreSQL db.internal:5432/switchboard' });
  });

  it.each(['mysql://x', 'sqlite:', '', 'https://example.com/db'])('refuses %j as invalid-url', (url) => {
    expect(() => parseDatabaseLocation(url, './data')).toThrow(expect.objectContaining({ code: 'invalid-url' }));
  });

  it('leaves the password out of the refusal message', () => {
    expect(() => parseDatabaseLocation('mysql://root:hunter2@db/x', './data')).toThrow('"mysql://root:***@db/x"');
  });
});

describe('withoutPassword', () => {
  it('masks the password of a URL with credentials', () => {
    expect(withoutPassword('postgres://app:pw@db:5432/x')).toBe('postgres://app:***@db:5432/x');
  });
});
