import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/app/load-settings.ts';

describe('loadSettings', () => {
  it('uses the embedded emulator, ./data and no database URL when nothing is set', () => {
    expect(loadSettings({})).toEqual({
      ringCentral: { kind: 'embedded-emulator', stateFile: './data/emulator-state.json' },
      dataDir: './data',
      logLevel: 'warn',
      databaseUrl: undefined,
      policy: { kind: 'local-admin' },
      scheduler: { reminderLeadMs: 24 * 3_600_000, driftIntervalMs: 5 * 60_000, weeklyNoticeRules: [] },
    });
  });

  it('passes DATABASE_URL on for the store to read', () => {
    expect(loadSettings({ DATABASE_URL: 'postgres://switchboard@db:5432/switchboard' }).databaseUrl).toBe('postgres://switchboard@db:5432/switchboard');
  });

  it('counts a blank variable as unset', () => {
    expect(loadSettings({ DATABASE_URL: '   ', SWITCHBOARD_DATA_DIR: ' ' })).toMatchObject({ databaseUrl: undefined, dataDir: './data' });
  });

  it('reads the notice and drift watch settings', () => {
    const config = loadSettings({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      SWITCHBOARD_MANAGERS_CHANNEL: 'C0MANAGERS',
      SWITCHBOARD_MANAGERS_GROUP: '@managers',
      SWITCHBOARD_REMINDER_LEAD: '2d',
      SWITCHBOARD_WEEKLY_NOTICES: 'Lunch break, Weekend',
      SWITCHBOARD_DRIFT_INTERVAL: '15m',
    });
    expect(config.slack).toMatchObject({ managersChannel: 'C0MANAGERS', managersGroup: 'managers' });
    expect(config.scheduler).toEqual({ reminderLeadMs: 2 * 24 * 3_600_000, driftIntervalMs: 15 * 60_000, weeklyNoticeRules: ['Lunch break', 'Weekend'] });
    expect(loadSettings({ SWITCHBOARD_REMINDER_LEAD: '0h' }).scheduler.reminderLeadMs).toBe(0);
  });

  it.each([
    ['SWITCHBOARD_DRIFT_INTERVAL', '10s', 'SWITCHBOARD_DRIFT_INTERVAL must be a duration such as 5m, 15m or 1h, not "10s"; e.g. SWITCHBOARD_DRIFT_INTERVAL=5m'],
    ['SWITCHBOARD_DRIFT_INTERVAL', '30m0m', 'SWITCHBOARD_DRIFT_INTERVAL must be a duration such as 5m, 15m or 1h, not "30m0m"; e.g. SWITCHBOARD_DRIFT_INTERVAL=5m'],
    ['SWITCHBOARD_DRIFT_INTERVAL', 'PT30S', 'SWITCHBOARD_DRIFT_INTERVAL must be from 1 minute (each look costs about 14 RingCentral requests) to 24 hours, not "PT30S"; e.g. SWITCHBOARD_DRIFT_INTERVAL=5m'],
    ['SWITCHBOARD_REMINDER_LEAD', '31d', 'SWITCHBOARD_REMINDER_LEAD must be at most 30 days, not "31d"; e.g. SWITCHBOARD_REMINDER_LEAD=24h'],
    ['SWITCHBOARD_WEEKLY_NOTICES', 'Lunch,,Weekend', 'SWITCHBOARD_WEEKLY_NOTICES has an empty name in "Lunch,,Weekend": separate rule names with single commas; e.g. SWITCHBOARD_WEEKLY_NOTICES=Lunch break,Weekend'],
    ['SWITCHBOARD_MANAGERS_GROUP', '@a b', 'SWITCHBOARD_MANAGERS_GROUP must be one Slack user group handle, not "@a b"; e.g. SWITCHBOARD_MANAGERS_GROUP=@managers'],
    ['SWITCHBOARD_MANAGERS_CHANNEL', '#managers', 'SWITCHBOARD_MANAGERS_CHANNEL must be a channel id such as C0123456789 (open the channel details in Slack to copy it)'],
  ])('refuses %s=%s with one line saying what to write', (name, value, message) => {
    expect(() => loadSettings({ [name]: value })).toThrow(message);
  });
});
