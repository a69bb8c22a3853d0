import type { RingCentralConfig } from '../../config.ts';
import { missingAppPermissions, probeRingCentral, type RingCentralApiError, type RingCentralProbe } from '../../ringcentral/index.ts';
import { fail, pass, type Check } from './check.ts';

/** Beyond this, closures and notices switch noticeably early or late, and token expiry is misjudged. */
const MAX_CLOCK_OFFSET_MS = 60_000;

/** What the login refusals RingCentral documents mean for the person setting it up, by error code. */
const LOGIN_FIXES: Readonly<Record<string, string>> = {
  'OAU-140': "make a new JWT credential for this app (your profile's Credentials page in RingCentral) and set RINGCENTRAL_JWT",
  'OAU-123': "set RINGCENTRAL_CLIENT_ID and RINGCENTRAL_CLIENT_SECRET to the app's credentials from the RingCentral developer console",
  'OAU-153': "set RINGCENTRAL_CLIENT_ID and RINGCENTRAL_CLIENT_SECRET to the app's credentials from the RingCentral developer console",
  'OAU-251': "give the app the JWT auth flow in the RingCentral developer console, and use a JWT made for this app",
};
const LOGIN_FIX = "check RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET (the app's credentials in the RingCentral developer console) and RINGCENTRAL_JWT";
const SERVER_FIX = 'check RINGCENTRAL_SERVER_URL (https://platform.ringcentral.com, or https://platform.devtest.ringcentral.com for a sandbox)';
const SETUP = 'set RINGCENTRAL_SERVER_URL, RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET and RINGCENTRAL_JWT (README: "Setting up with your company")';

/**
 * The RingCentral checks: a login of its own (never the bot's saved session), then, with `read`,
 * the whole call handling as every command reads it. Without a configured account there is only
 * the demo company, which no one's calls go through.
 */
export async function checkRingCentral(config: RingCentralConfig, options: { readonly read: boolean }): Promise<ReadonlyArray<Check>> {
  if (config.kind !== 'account') {
    return [fail('ringcentral.server', 'RINGCENTRAL_SERVER_URL is not set, so Switchboard uses its built-in demo company', SETUP)];
  }
  return ringCentralChecks(config.serverUrl, await probeRingCentral({ ...config, read: options.read }));
}

/** The lines for what a probe found: the server, the clock, the login, the app's permissions, then what the read shows. */
export function ringCentralChecks(serverUrl: string, probe: RingCentralProbe): Check[] {
  const { login } = probe;
  if (!login.ok && login.error.code === 'network') {
    return [fail('ringcentral.server', `RingCentral at ${serverUrl} cannot be reached: ${reasonOf(login.error)}`, `${SERVER_FIX}, and this computer's network`)];
  }
  // RingCentral always has its token endpoint: a 404 there is some other server (a typo, a proxy).
  if (!login.ok && login.error.status === 404) {
    return [fail('ringcentral.server', `${serverUrl} answers, but it is not RingCentral: ${reasonOf(login.error)}`, SERVER_FIX)];
  }
  const checks: Check[] = [pass('ringcentral.server', `RingCentral answers at ${serverUrl}`)];
  if (probe.clockOffsetMs !== undefined) checks.push(clockCheck(probe.clockOffsetMs));
  if (!login.ok) {
    const fix = login.error.code === 'unauthorized' ? (LOGIN_FIXES[login.error.rcErrorCode ?? ''] ?? LOGIN_FIX) : 'run doctor again in a minute';
    return [...checks, fail('ringcentral.login', `RingCentral refused the JWT login: ${reasonOf(login.error)}`, fix)];
  }
  checks.push(pass('ringcentral.login', 'The JWT logs in to RingCentral'), permissionsCheck(login.value.scope));
  const read = probe.callHandling;
  if (read === undefined) return checks;
  if (!read.ok) return [...checks, fail('ringcentral.read', `The call handling cannot be read: ${read.error.message}`, 'fix what the message says, then run doctor again')];
  const handling = read.value;
  const sites = handling.extensions.filter((extension) => extension.type === 'Site').map((site) => site.name);
  return [
    ...checks,
    pass('ringcentral.timeZone', `Company time zone: ${handling.timeZone}`),
    pass('ringcentral.mainNumber', `Company main number: ${handling.mainNumber}`),
    pass(
      'ringcentral.ivrMode',
      handling.ivrMode === 'multi-level'
        ? 'Multi-level IVR: business hours go straight to an IVR menu, so rules can only send calls to an extension or a menu, not to the company greeting'
        : 'Single-level IVR: calls can go to the company greeting',
    ),
    pass(
      'ringcentral.sites',
      sites.length === 0
        ? 'The account has no other sites'
        : `The account has ${sites.length} site${sites.length === 1 ? '' : 's'} (${sites.join(', ')}): Switchboard reads and changes the main site's call handling only`,
    ),
  ];
}

/** The app's permissions against the ones the gateway's operations need (app-permissions.ts). */
function permissionsCheck(scope: string): Check {
  const missing = missingAppPermissions(scope);
  if (missing.length === 0) return pass('ringcentral.permissions', 'The RingCentral app has the permissions to read and change call handling (ReadAccounts, EditAccounts, EditExtensions)');
  const lacks = missing.map(({ permission, purposes }) => `${permission} (to ${summarise(purposes)})`).join(' and ');
  return fail(
    'ringcentral.permissions',
    `The RingCentral app lacks ${lacks}`,
    `add ${missing.length === 1 ? 'it' : 'them'} to the app in the RingCentral developer console, then delete ringcentral-tokens.json in SWITCHBOARD_DATA_DIR so the bot logs in again with ${missing.length === 1 ? 'it' : 'them'}`,
  );
}

function clockCheck(offsetMs: number): Check {
  const seconds = Math.round(Math.abs(offsetMs) / 1000);
  const which = offsetMs > 0 ? 'behind' : 'ahead of';
  if (Math.abs(offsetMs) <= MAX_CLOCK_OFFSET_MS) return pass('ringcentral.clock', `This computer's clock is within ${Math.max(seconds, 1)} s of RingCentral's`);
  return fail('ringcentral.clock', `This computer's clock is ${seconds} s ${which} RingCentral's`, 'turn on time synchronisation (NTP): closures, notices and expiries would switch at the wrong moment');
}

/** "create answering rules, change answering rules, delete answering rules and 2 more". */
function summarise(purposes: ReadonlyArray<string>): string {
  const shown = purposes.slice(0, 3).join(', ');
  return purposes.length > 3 ? `${shown} and ${purposes.length - 3} more` : shown;
}

/** The error's message after "… POST /restapi/oauth/token: ", which only names the request. */
function reasonOf(error: RingCentralApiError): string {
  const where = `${error.method} ${error.path}: `;
  const at = error.message.indexOf(where);
  return at < 0 ? error.message : error.message.slice(at + where.length);
}
