import type { RingCentralConfig } from '../../config.ts';
import { DOCTOR_MESSAGES as M, sayEach, type Message, type NoValues } from '../../i18n/index.ts';
import { missingAppPermissions, probeRingCentral, type RingCentralApiError, type RingCentralProbe } from '../../ringcentral/index.ts';
import { fail, pass, type Check } from './check.ts';

/** Beyond this, closures and notices switch noticeably early or late, and token expiry is misjudged. */
const MAX_CLOCK_OFFSET_MS = 60_000;

/** What the login refusals RingCentral documents mean for the person setting it up, by error code. */
const LOGIN_FIXES: Readonly<Record<string, Message<NoValues>>> = {
  'OAU-140': M['ringcentral-login-fix-new-jwt'],
  'OAU-123': M['ringcentral-login-fix-app-credentials'],
  'OAU-153': M['ringcentral-login-fix-app-credentials'],
  'OAU-251': M['ringcentral-login-fix-jwt-flow'],
};

/** The RingCentral checks, and the account's locale (e.g. `fr-CA`) when the read found one: the report's language by default. */
export interface RingCentralChecks {
  readonly checks: ReadonlyArray<Check>;
  readonly accountLocale: string | undefined;
}

/**
 * The RingCentral checks: a login of its own (never the bot's saved session), then, with `read`,
 * the whole call handling as every command reads it. Without a configured account there is only
 * the demo company, which no one's calls go through.
 */
export async function checkRingCentral(config: RingCentralConfig, options: { readonly read: boolean }): Promise<RingCentralChecks> {
  if (config.kind !== 'account') {
    return { checks: [fail('ringcentral.server', sayEach(M['ringcentral-demo']), sayEach(M['ringcentral-setup-fix']))], accountLocale: undefined };
  }
  const probe = await probeRingCentral({ ...config, read: options.read });
  const read = probe.callHandling;
  return { checks: ringCentralChecks(config.serverUrl, probe), accountLocale: read?.ok === true ? read.value.locale : undefined };
}

/** The lines for what a probe found: the server, the clock, the login, the app's permissions, then what the read shows. */
export function ringCentralChecks(serverUrl: string, probe: RingCentralProbe): Check[] {
  const { login } = probe;
  if (!login.ok && login.error.code === 'network') {
    const reason = reasonOf(login.error);
    return [fail('ringcentral.server', sayEach(M['ringcentral-unreachable'], { serverUrl, reason }), sayEach(M['ringcentral-server-fix'], { andNetwork: true }))];
  }
  // RingCentral always has its token endpoint: a 404 there is some other server (a typo, a proxy).
  if (!login.ok && login.error.status === 404) {
    const reason = reasonOf(login.error);
    return [fail('ringcentral.server', sayEach(M['ringcentral-not-ringcentral'], { serverUrl, reason }), sayEach(M['ringcentral-server-fix'], { andNetwork: false }))];
  }
  const checks: Check[] = [pass('ringcentral.server', sayEach(M['ringcentral-answers'], { serverUrl }))];
  if (probe.clockOffsetMs !== undefined) checks.push(clockCheck(probe.clockOffsetMs));
  if (!login.ok) {
    const fix = login.error.code === 'unauthorized' ? (LOGIN_FIXES[login.error.rcErrorCode ?? ''] ?? M['ringcentral-login-fix']) : M['run-again'];
    return [...checks, fail('ringcentral.login', sayEach(M['ringcentral-login-refused'], { reason: reasonOf(login.error) }), sayEach(fix))];
  }
  checks.push(pass('ringcentral.login', sayEach(M['ringcentral-login-ok'])), permissionsCheck(login.value.scope));
  const read = probe.callHandling;
  if (read === undefined) return checks;
  // The gateway words its errors in English only; the line around the error is in each language.
  if (!read.ok) return [...checks, fail('ringcentral.read', sayEach(M['ringcentral-read-failed'], { reason: read.error.message }), sayEach(M['ringcentral-read-fix']))];
  const handling = read.value;
  const sites = handling.extensions.filter((extension) => extension.type === 'Site').map((site) => site.name);
  return [
    ...checks,
    pass('ringcentral.timeZone', sayEach(M['ringcentral-time-zone'], { timeZone: handling.timeZone })),
    pass('ringcentral.mainNumber', sayEach(M['ringcentral-main-number'], { number: handling.mainNumber })),
    pass('ringcentral.ivrMode', sayEach(M['ringcentral-ivr-mode'], { multiLevel: handling.ivrMode === 'multi-level' })),
    pass('ringcentral.sites', sayEach(M['ringcentral-sites'], { sites })),
  ];
}

/** The app's permissions against the ones the gateway's operations need (app-permissions.ts). */
function permissionsCheck(scope: string): Check {
  const missing = missingAppPermissions(scope);
  if (missing.length === 0) return pass('ringcentral.permissions', sayEach(M['ringcentral-permissions-ok']));
  return fail('ringcentral.permissions', sayEach(M['ringcentral-permissions-lacking'], { missing }), sayEach(M['ringcentral-permissions-fix'], { count: missing.length }));
}

function clockCheck(offsetMs: number): Check {
  const seconds = Math.round(Math.abs(offsetMs) / 1000);
  if (Math.abs(offsetMs) <= MAX_CLOCK_OFFSET_MS) return pass('ringcentral.clock', sayEach(M['ringcentral-clock-ok'], { seconds: Math.max(seconds, 1) }));
  const direction = offsetMs > 0 ? ('behind' as const) : ('ahead' as const);
  return fail('ringcentral.clock', sayEach(M['ringcentral-clock-off'], { seconds, direction }), sayEach(M['ringcentral-clock-fix']));
}

/** The error's message after "… POST /restapi/oauth/token: ", which only names the request. */
function reasonOf(error: RingCentralApiError): string {
  const where = `${error.method} ${error.path}: `;
  const at = error.message.indexOf(where);
  return at < 0 ? error.message : error.message.slice(at + where.length);
}
