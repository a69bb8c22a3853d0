import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/app/load-settings.ts';

describe('loadSettings', () => {
  it('uses the embedded emulator, ./data and no database URL when nothing is set', () => {
    expect(loadSettings({})).toEqual({
      ringCentral: { kind: 'embedded-emulator', stateFile: './data/emulator-state.json' },
      demo: false,
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

  it('reads SWITCHBOARD_DEMO as a boolean', () => {
    expect(loadSettings({ SWITCHBOARD_DEMO: '1' }).demo).toBe(true);
    expect(loadSettings({ SWITCHBOARD_DEMO: 'no' }).demo).toBe(false);
    expect(() => loadSettings({ SWITCHBOARD_DEMO: 'demo' })).toThrow('SWITCHBOARD_DEMO must be true or false (yes/no and 1/0 work too), not "demo"; e.g. SWITCHBOARD_DEMO=1');
  });

  it('reads SWITCHBOARD_CALENDAR_SECRET, unset by default', () => {
    expect(loadSettings({}).calendarSecret).toBeUndefined();
    expect(loadSettings({ SWITCHBOARD_CALENDAR_SECRET: ' 0123456789abcdef_XYZ-9 ' }).calendarSecret).toBe('0123456789abcdef_XYZ-9');
  });

  it.each([
    ['too short', 'short-secret', 'SWITCHBOARD_CALENDAR_SECRET must be at least 16 characters, not 12; e.g. SWITCHBOARD_CALENDAR_SECRET=$(openssl rand -hex 16)'],
    ['not url-safe', 'a/b?c#d%e f+g.hij', 'SWITCHBOARD_CALENDAR_SECRET must hold only letters, digits, "-" and "_", as it is part of the feed\'s URL; e.g. SWITCHBOARD_CALENDAR_SECRET=$(openssl rand -hex 16)'],
  ])('refuses a SWITCHBOARD_CALENDAR_SECRET %s in one line that does not repeat it', (_case, secret, message) => {
    let problem = '';
    try {
      loadSettings({ SWITCHBOARD_CALENDAR_SECRET: secret });
    } catch (error) {
      problem = (error as Error).message;
    }
    expect(problem).toBe(message);
    expect(problem).not.toContain(secret);
  });

  it('reads SWITCHBOARD_HEALTH_PORT for the Slack bot, unset by default', () => {
    const bot = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
    expect(loadSettings(bot).slack?.healthPort).toBeUndefined();
    expect(loadSettings({ ...bot, SWITCHBOARD_HEALTH_PORT: ' 9090 ' }).slack).toMatchObject({ port: 3000, healthPort: 9090 });
  });

  it.each([
    ['not a number', { SWITCHBOARD_HEALTH_PORT: 'health' }, 'SWITCHBOARD_HEALTH_PORT must be a port number from 1 to 65535, not "health"; e.g. SWITCHBOARD_HEALTH_PORT=9090'],
    ['out of range', { SWITCHBOARD_HEALTH_PORT: '70000' }, 'SWITCHBOARD_HEALTH_PORT must be a port number from 1 to 65535, not "70000"; e.g. SWITCHBOARD_HEALTH_PORT=9090'],
    ['zero', { SWITCHBOARD_HEALTH_PORT: '0' }, 'SWITCHBOARD_HEALTH_PORT must be a port number from 1 to 65535, not "0"; e.g. SWITCHBOARD_HEALTH_PORT=9090'],
    ['PORT itself', { PORT: '8080', SWITCHBOARD_HEALTH_PORT: '8080', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abcdef0123456789' }, 'SWITCHBOARD_HEALTH_PORT is the same as PORT (8080): unset it to serve /healthz, /readyz and /metrics on PORT, or choose another port'],
  ])('refuses a SWITCHBOARD_HEALTH_PORT that is %s, in one line', (_case, env, message) => {
    let problem = '';
    try {
      loadSettings(env);
    } catch (error) {
      problem = (error as Error).message;
    }
    expect(problem).toBe(message);
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

describe('the RingCentral settings', () => {
  const CREDENTIALS = { RINGCENTRAL_CLIENT_ID: 'client-id', RINGCENTRAL_CLIENT_SECRET: 'client-secret', RINGCENTRAL_JWT: 'jwt-credential' };
  const REAL_SERVER = { RINGCENTRAL_SERVER_URL: 'https://platform.ringcentral.com/' };

  it('connect a real account when all four are set', () => {
    expect(loadSettings({ ...REAL_SERVER, ...CREDENTIALS }).ringCentral).toEqual({
      kind: 'account',
      serverUrl: 'https://platform.ringcentral.com',
      clientId: 'client-id',
      clientSecret: 'client-secret',
      jwt: 'jwt-credential',
    });
  });

  it.each(['http://127.0.0.1:8787', 'http://localhost:8787/', 'http://[::1]:8787'])('may leave all three credentials unset for an emulator on this machine (%s)', (url) => {
    expect(loadSettings({ RINGCENTRAL_SERVER_URL: url }).ringCentral).toMatchObject({ kind: 'account', clientId: 'unset', clientSecret: 'unset', jwt: 'unset' });
  });

  it('refuse credentials without a server, naming them, instead of quietly using the demo company', () => {
    expect(() => loadSettings(CREDENTIALS)).toThrow(
      'RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET and RINGCENTRAL_JWT are set but RINGCENTRAL_SERVER_URL is not; set it, e.g. RINGCENTRAL_SERVER_URL=https://platform.ringcentral.com, or unset them to use the demo company',
    );
    expect(() => loadSettings({ RINGCENTRAL_JWT: 'jwt-credential' })).toThrow(/^RINGCENTRAL_JWT is set but RINGCENTRAL_SERVER_URL is not; .* or unset it to use the demo company$/);
  });

  it('refuse a real server without its credentials, naming the missing ones', () => {
    expect(() => loadSettings(REAL_SERVER)).toThrow(
      'RINGCENTRAL_SERVER_URL is set but RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET and RINGCENTRAL_JWT are not; set them as "Connecting a real RingCentral account" in the README shows, or unset RINGCENTRAL_SERVER_URL to use the demo company',
    );
    expect(() => loadSettings({ ...REAL_SERVER, RINGCENTRAL_CLIENT_ID: 'client-id', RINGCENTRAL_CLIENT_SECRET: 'client-secret' })).toThrow(
      /^RINGCENTRAL_SERVER_URL is set but RINGCENTRAL_JWT is not; set it .* or unset every RINGCENTRAL_ variable to use the demo company$/,
    );
  });

  it('refuse some credentials without the others even for an emulator on this machine', () => {
    expect(() => loadSettings({ RINGCENTRAL_SERVER_URL: 'http://127.0.0.1:8787', RINGCENTRAL_JWT: 'jwt-credential' })).toThrow(
      /^RINGCENTRAL_SERVER_URL is set but RINGCENTRAL_CLIENT_ID and RINGCENTRAL_CLIENT_SECRET are not;/,
    );
  });

  it('never put a credential in a refusal', () => {
    let message = '';
    try {
      loadSettings({ RINGCENTRAL_CLIENT_SECRET: 'client-secret', RINGCENTRAL_JWT: 'jwt-credential' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^RINGCENTRAL_CLIENT_SECRET and RINGCENTRAL_JWT are set/);
    expect(message).not.toMatch(/client-secret|jwt-credential/);
  });
});
