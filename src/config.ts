import { Duration } from 'luxon';
import { z } from 'zod';

// A leaf: this module reads the environment into typed values and imports nothing from the rest of
// the project. Defaults belong to the modules that use them, and src/app/ combines both (for
// instance, it builds the approval policy from `approvals`).

/** A configuration problem found at start; its message names the variable and how to fix it. */
export class ConfigError extends Error {
  readonly code = 'config-invalid';
}

/** Where Switchboard finds RingCentral: a real account, or the embedded emulator. */
export type RingCentralConfig =
  | { readonly kind: 'account'; readonly serverUrl: string; readonly clientId: string; readonly clientSecret: string; readonly jwt: string }
  | { readonly kind: 'embedded-emulator'; readonly stateFile: string };

/** The typed configuration of one process. */
export interface Config {
  readonly ringCentral: RingCentralConfig;
  /** SWITCHBOARD_DEMO: the Slack bot may serve the embedded emulator's demo company (the console always may). */
  readonly demo: boolean;
  /** Folder for local files: the embedded emulator's state, saved RingCentral tokens. */
  readonly dataDir: string;
  readonly logLevel: string;
  /** DATABASE_URL as given; the store reads it (unset: a SQLite file in `dataDir`). */
  readonly databaseUrl: string | undefined;
  /** SWITCHBOARD_AUDIT_KEY, the audit trail's HMAC key; src/app/ decides what happens while it is unset. */
  readonly auditKey: string | undefined;
  /**
   * SWITCHBOARD_LANGUAGE (`en` or `fr`): the console's language, and the Slack bot's for messages
   * to channels; unset: the RingCentral account's language (regionalSettings), else English.
   */
  readonly language: 'en' | 'fr' | undefined;
  /** SWITCHBOARD_CALENDAR_SECRET, the part of the calendar feed's URL that lets a calendar in; unset: no feed is served. */
  readonly calendarSecret: string | undefined;
  /** The approval policy variables as set; src/app/ builds the policy from them. */
  readonly approvals: ApprovalSettings;
  /** The Slack app, when SLACK_BOT_TOKEN is set; otherwise `npm start` opens the console. */
  readonly slack: SlackConfig | undefined;
  /** The notices and the drift watch the Slack bot runs. */
  readonly scheduler: SchedulerConfig;
}

/** What the scheduler announces and how often it looks at RingCentral; unset: the scheduler's defaults. */
export interface SchedulerConfig {
  /** How long before a holiday or closure range its reminder goes out; 0 turns reminders off. */
  readonly reminderLeadMs: number | undefined;
  /** How often RingCentral is compared with the last known state, for changes made outside Switchboard. */
  readonly driftIntervalMs: number | undefined;
  /** Weekly rules (names or ids, as written) worth a switch notice at each window; date ranges always get one. */
  readonly weeklyNoticeRules: ReadonlyArray<string>;
}

/** How the Slack bot connects and where it posts. */
export interface SlackConfig {
  readonly botToken: string;
  /** Verifies requests in HTTP mode; Socket Mode does not need it. */
  readonly signingSecret: string | undefined;
  /** Set for Socket Mode (local development, firewalled installs); HTTP otherwise. */
  readonly appToken: string | undefined;
  /** Web API base URL, e.g. https://slack-gov.com/api/ or a test fake; Slack's own when unset. */
  readonly apiUrl: string | undefined;
  /** HTTP mode's port; in Socket Mode, where /healthz, /readyz and /metrics are served. */
  readonly port: number;
  /** SWITCHBOARD_HEALTH_PORT: serve /healthz, /readyz and /metrics on their own port instead of PORT. */
  readonly healthPort?: number | undefined;
  /** Channel ids: where requests wait for approval, and where applied changes are posted. */
  readonly approvalChannel: string | undefined;
  readonly auditChannel: string | undefined;
  /** Where switch notices and reminders go: a channel id, and/or a user group (handle, no @) whose members get DMs. */
  readonly managersChannel: string | undefined;
  readonly managersGroup: string | undefined;
}

/** Someone a policy variable names: a user (Slack user id or name) or a Slack user group (handle without "@"). */
export type PrincipalSetting = { readonly kind: 'user'; readonly id: string } | { readonly kind: 'group'; readonly handle: string };

/** The approval policy variables, each undefined while unset. */
export interface ApprovalSettings {
  /** SWITCHBOARD_REQUESTERS */
  readonly requesters: ReadonlyArray<PrincipalSetting> | undefined;
  /** SWITCHBOARD_APPROVERS */
  readonly approvers: ReadonlyArray<PrincipalSetting> | undefined;
  /** SWITCHBOARD_READERS: who may read besides the requesters and approvers. */
  readonly readers: ReadonlyArray<PrincipalSetting> | undefined;
  /** SWITCHBOARD_APPROVALS_REQUIRED */
  readonly approvalsRequired: number | undefined;
  /** SWITCHBOARD_ALLOW_SELF_APPROVAL */
  readonly allowSelfApproval: boolean | undefined;
  /** SWITCHBOARD_REQUEST_TTL */
  readonly requestTtlMs: number | undefined;
  /** SWITCHBOARD_NO_APPROVAL_FOR, lower case as written; which words are kinds of change is the workflow's to say. */
  readonly noApprovalFor: ReadonlyArray<string> | undefined;
}

/** Stands in for a RingCentral credential the environment leaves unset, which only an emulator accepts. */
const UNSET_CREDENTIAL = 'unset';

const CREDENTIAL_VARIABLES = ['RINGCENTRAL_CLIENT_ID', 'RINGCENTRAL_CLIENT_SECRET', 'RINGCENTRAL_JWT'] as const;

/** The example a refused SWITCHBOARD_NO_APPROVAL_FOR ends with (src/app/ checks its words against the kinds of change). */
export const NO_APPROVAL_FOR_EXAMPLE = 'open,close';

const envSchema = z.object({
  RINGCENTRAL_SERVER_URL: z.url({ message: 'must be a URL such as https://platform.ringcentral.com' }).optional(),
  RINGCENTRAL_CLIENT_ID: z.string().optional(),
  RINGCENTRAL_CLIENT_SECRET: z.string().optional(),
  RINGCENTRAL_JWT: z.string().optional(),
  SWITCHBOARD_DATA_DIR: z.string().min(1).default('./data'),
  SWITCHBOARD_DEMO: envValue('SWITCHBOARD_DEMO', readBoolean, '1').optional(),
  DATABASE_URL: z.string().optional(),
  SWITCHBOARD_AUDIT_KEY: envValue('SWITCHBOARD_AUDIT_KEY', readAuditKey, '$(openssl rand -hex 32)').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'must be one of fatal, error, warn, info, debug, trace, silent',
  }).default('warn'),
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, { message: 'must be a bot token starting with xoxb-, from OAuth & Permissions in the app settings' }).optional(),
  SLACK_SIGNING_SECRET: z.string().regex(/^[0-9a-f]{16,}$/i, { message: 'must be the signing secret from Basic Information in the app settings (hex digits)' }).optional(),
  SLACK_APP_TOKEN: z.string().regex(/^xapp-/, { message: 'must be an app-level token starting with xapp-, with the connections:write scope' }).optional(),
  SLACK_API_URL: z.url({ message: 'must be a URL such as https://slack.com/api/' }).optional(),
  PORT: envValue('PORT', readPort, '3000').default(3000),
  SWITCHBOARD_APPROVAL_CHANNEL: z.string().regex(/^[CG][A-Z0-9]{6,}$/, { message: 'must be a channel id such as C0123456789 (open the channel details in Slack to copy it)' }).optional(),
  SWITCHBOARD_AUDIT_CHANNEL: z.string().regex(/^[CG][A-Z0-9]{6,}$/, { message: 'must be a channel id such as C0123456789 (open the channel details in Slack to copy it)' }).optional(),
  SWITCHBOARD_MANAGERS_CHANNEL: z.string().regex(/^[CG][A-Z0-9]{6,}$/, { message: 'must be a channel id such as C0123456789 (open the channel details in Slack to copy it)' }).optional(),
  SWITCHBOARD_MANAGERS_GROUP: envValue('SWITCHBOARD_MANAGERS_GROUP', readGroupHandle, '@managers').optional(),
  SWITCHBOARD_REMINDER_LEAD: envValue('SWITCHBOARD_REMINDER_LEAD', readReminderLead, '24h').optional(),
  SWITCHBOARD_DRIFT_INTERVAL: envValue('SWITCHBOARD_DRIFT_INTERVAL', readDriftInterval, '5m').optional(),
  SWITCHBOARD_WEEKLY_NOTICES: envValue('SWITCHBOARD_WEEKLY_NOTICES', readRuleNames, 'Lunch break,Weekend').optional(),
  SWITCHBOARD_REQUESTERS: envValue('SWITCHBOARD_REQUESTERS', readPrincipals, 'alice,U024BE7LH,@ops').optional(),
  SWITCHBOARD_APPROVERS: envValue('SWITCHBOARD_APPROVERS', readPrincipals, 'U024BE7LH,@ops-leads').optional(),
  SWITCHBOARD_READERS: envValue('SWITCHBOARD_READERS', readPrincipals, 'dave,@support').optional(),
  SWITCHBOARD_APPROVALS_REQUIRED: envValue('SWITCHBOARD_APPROVALS_REQUIRED', readApprovalsRequired, '2').optional(),
  SWITCHBOARD_ALLOW_SELF_APPROVAL: envValue('SWITCHBOARD_ALLOW_SELF_APPROVAL', readBoolean, 'false').optional(),
  SWITCHBOARD_REQUEST_TTL: envValue('SWITCHBOARD_REQUEST_TTL', readTtl, '24h').optional(),
  SWITCHBOARD_NO_APPROVAL_FOR: envValue('SWITCHBOARD_NO_APPROVAL_FOR', (text) => readList(text.toLowerCase()), NO_APPROVAL_FOR_EXAMPLE).optional(),
  SWITCHBOARD_CALENDAR_SECRET: envValue('SWITCHBOARD_CALENDAR_SECRET', readCalendarSecret, '$(openssl rand -hex 16)').optional(),
  SWITCHBOARD_HEALTH_PORT: envValue('SWITCHBOARD_HEALTH_PORT', readPort, '9090').optional(),
  SWITCHBOARD_LANGUAGE: envValue('SWITCHBOARD_LANGUAGE', readLanguage, 'fr').optional(),
});

/**
 * Reads the configuration from environment variables (empty or blank values count as unset).
 * Throws ConfigError with a one-line message naming the variable at fault.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`${name} ${issue?.message ?? 'is invalid'}`);
  }
  const vars = parsed.data;
  const dataDir = vars.SWITCHBOARD_DATA_DIR;
  return {
    ringCentral: resolveRingCentral(vars, dataDir),
    demo: vars.SWITCHBOARD_DEMO ?? false,
    dataDir,
    logLevel: vars.LOG_LEVEL,
    databaseUrl: vars.DATABASE_URL,
    auditKey: vars.SWITCHBOARD_AUDIT_KEY,
    calendarSecret: vars.SWITCHBOARD_CALENDAR_SECRET,
    language: vars.SWITCHBOARD_LANGUAGE,
    approvals: {
      requesters: vars.SWITCHBOARD_REQUESTERS,
      approvers: vars.SWITCHBOARD_APPROVERS,
      readers: vars.SWITCHBOARD_READERS,
      approvalsRequired: vars.SWITCHBOARD_APPROVALS_REQUIRED,
      allowSelfApproval: vars.SWITCHBOARD_ALLOW_SELF_APPROVAL,
      requestTtlMs: vars.SWITCHBOARD_REQUEST_TTL,
      noApprovalFor: vars.SWITCHBOARD_NO_APPROVAL_FOR,
    },
    slack: resolveSlack(vars),
    scheduler: {
      reminderLeadMs: vars.SWITCHBOARD_REMINDER_LEAD,
      driftIntervalMs: vars.SWITCHBOARD_DRIFT_INTERVAL,
      weeklyNoticeRules: vars.SWITCHBOARD_WEEKLY_NOTICES ?? [],
    },
  };
}

/**
 * A real account needs all four RingCentral variables; an emulator on this machine (a loopback
 * URL) accepts any credentials, so there the three may all be left unset. Anything else is a
 * half-finished setup that would otherwise surface as the demo company or a refused login.
 */
function resolveRingCentral(vars: z.infer<typeof envSchema>, dataDir: string): RingCentralConfig {
  const set = CREDENTIAL_VARIABLES.filter((name) => vars[name] !== undefined);
  const missing = CREDENTIAL_VARIABLES.filter((name) => vars[name] === undefined);
  const serverUrl = vars.RINGCENTRAL_SERVER_URL;
  if (serverUrl === undefined) {
    if (set.length === 0) return { kind: 'embedded-emulator', stateFile: `${dataDir}/emulator-state.json` };
    throw new ConfigError(
      `${listNames(set)} ${set.length === 1 ? 'is' : 'are'} set but RINGCENTRAL_SERVER_URL is not; set it, e.g. RINGCENTRAL_SERVER_URL=https://platform.ringcentral.com, or unset ${set.length === 1 ? 'it' : 'them'} to use the demo company`,
    );
  }
  if (missing.length > 0 && (set.length > 0 || !isLoopback(serverUrl))) {
    throw new ConfigError(
      `RINGCENTRAL_SERVER_URL is set but ${listNames(missing)} ${missing.length === 1 ? 'is' : 'are'} not; set ${missing.length === 1 ? 'it' : 'them'} as "Connecting a real RingCentral account" in the README shows, or unset ${set.length === 0 ? 'RINGCENTRAL_SERVER_URL' : 'every RINGCENTRAL_ variable'} to use the demo company`,
    );
  }
  return {
    kind: 'account',
    serverUrl: serverUrl.replace(/\/+$/, ''),
    // Never empty: the SDK falls back to the deprecated password grant when the JWT is empty.
    clientId: vars.RINGCENTRAL_CLIENT_ID ?? UNSET_CREDENTIAL,
    clientSecret: vars.RINGCENTRAL_CLIENT_SECRET ?? UNSET_CREDENTIAL,
    jwt: vars.RINGCENTRAL_JWT ?? UNSET_CREDENTIAL,
  };
}

function isLoopback(url: string): boolean {
  return /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i.test(new URL(url).hostname);
}

/** "A", "A and B", "A, B and C". */
function listNames(names: ReadonlyArray<string>): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** The Slack settings, when a bot token is set; HTTP mode needs the signing secret. */
function resolveSlack(vars: z.infer<typeof envSchema>): SlackConfig | undefined {
  if (vars.SLACK_BOT_TOKEN === undefined) return undefined;
  if (vars.SLACK_APP_TOKEN === undefined && vars.SLACK_SIGNING_SECRET === undefined) {
    throw new ConfigError('SLACK_SIGNING_SECRET is not set: HTTP mode needs it to verify requests (Basic Information in the app settings), or set SLACK_APP_TOKEN for Socket Mode');
  }
  // Two servers cannot listen on one port; the same port means "on PORT", which is the default anyway.
  if (vars.SWITCHBOARD_HEALTH_PORT !== undefined && vars.SWITCHBOARD_HEALTH_PORT === vars.PORT) {
    throw new ConfigError(`SWITCHBOARD_HEALTH_PORT is the same as PORT (${vars.PORT}): unset it to serve /healthz, /readyz and /metrics on PORT, or choose another port`);
  }
  return {
    botToken: vars.SLACK_BOT_TOKEN,
    signingSecret: vars.SLACK_SIGNING_SECRET,
    appToken: vars.SLACK_APP_TOKEN,
    apiUrl: vars.SLACK_API_URL,
    port: vars.PORT,
    healthPort: vars.SWITCHBOARD_HEALTH_PORT,
    approvalChannel: vars.SWITCHBOARD_APPROVAL_CHANNEL,
    auditChannel: vars.SWITCHBOARD_AUDIT_CHANNEL,
    managersChannel: vars.SWITCHBOARD_MANAGERS_CHANNEL,
    managersGroup: vars.SWITCHBOARD_MANAGERS_GROUP,
  };
}

const MIN_REQUEST_TTL_MS = 60_000;
const MAX_REQUEST_TTL_MS = 30 * 24 * 3_600_000;
const MAX_APPROVALS_REQUIRED = 10;
const MAX_REMINDER_LEAD_MS = 30 * 24 * 3_600_000;
// One look at the call handling costs about 14 API requests; RingCentral's Light group allows 50 a minute.
const MIN_DRIFT_INTERVAL_MS = 60_000;
// 32 hex characters are 128 bits, beyond guessing; `openssl rand -hex 32` gives 64.
const MIN_AUDIT_KEY_CHARS = 32;
// 16 characters of letters and digits are over 90 bits; `openssl rand -hex 16` gives 32.
const MIN_CALENDAR_SECRET_CHARS = 16;
const MAX_DRIFT_INTERVAL_MS = 24 * 3_600_000;

/** A reader's verdict on one variable: its value, or what is wrong with it (after "NAME "). */
type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

/**
 * A zod schema for one variable read by `read`; a failure's message ends with a good example, so
 * the one-line ConfigError says what was wrong and what to write instead.
 */
function envValue<T>(name: string, read: (text: string) => Read<T>, example: string) {
  return z.string().transform((text, context): T => {
    const result = read(text.trim());
    if (result.ok) return result.value;
    context.issues.push({ code: 'custom', input: text, message: `${result.problem}; e.g. ${name}=${example}` });
    return z.NEVER;
  });
}

// JSON quoting keeps a value with a line break or a quote on one line of the message.
const quote = (text: string): string => JSON.stringify(text);

function readList(text: string): Read<ReadonlyArray<string>> {
  const items = text.split(',').map((item) => item.trim());
  if (items.includes('')) return { ok: false, problem: `has an empty item in ${quote(text)}: separate items with single commas` };
  const spaced = items.find((item) => /\s/.test(item));
  if (spaced !== undefined) return { ok: false, problem: `has a space inside ${quote(spaced)}: use a Slack user id or a name without spaces` };
  return { ok: true, value: items };
}

function readPrincipals(text: string): Read<ReadonlyArray<PrincipalSetting>> {
  const list = readList(text);
  if (!list.ok) return list;
  const principals: PrincipalSetting[] = [];
  for (const item of list.value) {
    const name = /^(@?)([\p{L}\p{N}][\p{L}\p{N}._'-]*)$/u.exec(item);
    if (name === null) return { ok: false, problem: `has ${quote(item)}, which is not a Slack user id (U024BE7LH), a name (alice) or a user group (@ops-leads)` };
    principals.push(name[1] === '@' ? { kind: 'group', handle: name[2] ?? '' } : { kind: 'user', id: item });
  }
  return { ok: true, value: principals };
}

function readApprovalsRequired(text: string): Read<number> {
  const count = /^\d{1,2}$/.test(text) ? Number(text) : 0;
  return count >= 1 && count <= MAX_APPROVALS_REQUIRED
    ? { ok: true, value: count }
    : { ok: false, problem: `must be a whole number from 1 to ${MAX_APPROVALS_REQUIRED}, not ${quote(text)}` };
}

// A locale as Slack or RingCentral writes it (fr-CA, en_US) names its language too.
function readLanguage(text: string): Read<'en' | 'fr'> {
  const primary = text.toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'fr'
    ? { ok: true, value: primary }
    : { ok: false, problem: `must be en (English) or fr (French), not ${quote(text)}` };
}

function readBoolean(text: string): Read<boolean> {
  if (/^(?:true|yes|1)$/i.test(text)) return { ok: true, value: true };
  if (/^(?:false|no|0)$/i.test(text)) return { ok: true, value: false };
  return { ok: false, problem: `must be true or false (yes/no and 1/0 work too), not ${quote(text)}` };
}

function readTtl(text: string): Read<number> {
  const ms = durationMs(text);
  if (Number.isNaN(ms)) return { ok: false, problem: `must be a duration such as 24h, 90m, 2d, 1h30m or PT24H, not ${quote(text)}` };
  if (ms < MIN_REQUEST_TTL_MS || ms > MAX_REQUEST_TTL_MS) return { ok: false, problem: `must be from 1 minute to 30 days, not ${quote(text)}` };
  return { ok: true, value: ms };
}

function readReminderLead(text: string): Read<number> {
  const ms = durationMs(text);
  if (Number.isNaN(ms)) return { ok: false, problem: `must be a duration such as 24h, 2d, 90m or 0h (no reminders), not ${quote(text)}` };
  if (ms > MAX_REMINDER_LEAD_MS) return { ok: false, problem: `must be at most 30 days, not ${quote(text)}` };
  return { ok: true, value: ms };
}

function readDriftInterval(text: string): Read<number> {
  const ms = durationMs(text);
  if (Number.isNaN(ms)) return { ok: false, problem: `must be a duration such as 5m, 15m or 1h, not ${quote(text)}` };
  if (ms < MIN_DRIFT_INTERVAL_MS || ms > MAX_DRIFT_INTERVAL_MS) {
    return { ok: false, problem: `must be from 1 minute (each look costs about 14 RingCentral requests) to 24 hours, not ${quote(text)}` };
  }
  return { ok: true, value: ms };
}

/** The audit key as set (trimmed, like every value); a refusal gives its length only, never the key. */
function readAuditKey(text: string): Read<string> {
  if (text.length < MIN_AUDIT_KEY_CHARS) return { ok: false, problem: `must be at least ${MIN_AUDIT_KEY_CHARS} characters, not ${text.length}` };
  return { ok: true, value: text };
}

function readPort(text: string): Read<number> {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : 0;
  return port >= 1 && port <= 65_535 ? { ok: true, value: port } : { ok: false, problem: `must be a port number from 1 to 65535, not ${quote(text)}` };
}

/** The calendar secret as set; like the audit key, a refusal never repeats the value. */
function readCalendarSecret(text: string): Read<string> {
  if (text.length < MIN_CALENDAR_SECRET_CHARS) return { ok: false, problem: `must be at least ${MIN_CALENDAR_SECRET_CHARS} characters, not ${text.length}` };
  // It is a path segment of the feed's URL: these characters need no escaping anywhere.
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return { ok: false, problem: 'must hold only letters, digits, "-" and "_", as it is part of the feed\'s URL' };
  return { ok: true, value: text };
}

function readGroupHandle(text: string): Read<string> {
  const handle = /^@?([\p{L}\p{N}][\p{L}\p{N}._'-]*)$/u.exec(text);
  if (handle === null) return { ok: false, problem: `must be one Slack user group handle, not ${quote(text)}` };
  return { ok: true, value: handle[1] ?? '' };
}

/** Rule names may hold spaces, so only commas separate them. */
function readRuleNames(text: string): Read<ReadonlyArray<string>> {
  const names = text.split(',').map((name) => name.trim());
  if (names.includes('')) return { ok: false, problem: `has an empty name in ${quote(text)}: separate rule names with single commas` };
  return { ok: true, value: names };
}

/** "24h", "90m", "2d", "1h30m" ("1d 12h" too) or ISO 8601 such as "PT24H", in ms; NaN when neither. */
function durationMs(text: string): number {
  if (/^P/i.test(text)) return Duration.fromISO(text.toUpperCase()).as('milliseconds');
  const parts = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/i.exec(text.replaceAll(' ', ''));
  if (parts === null || text === '') return Number.NaN;
  return ((Number(parts[1] ?? 0) * 24 + Number(parts[2] ?? 0)) * 60 + Number(parts[3] ?? 0)) * 60_000;
}
