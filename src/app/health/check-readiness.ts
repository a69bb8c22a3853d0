import type { TokenStatus } from '../../ringcentral/index.ts';

/** What readiness looks at; each is cheap, and none sends anything to RingCentral or Slack. */
export interface ReadinessChecks {
  /** A trivial query; rejects when the database is closed or unreachable. */
  readonly pingDatabase: () => Promise<void>;
  /** The gateway's token, judged by its expiry times. */
  readonly tokenStatus: () => TokenStatus;
  /** HTTP mode: the app started; Socket Mode: the WebSocket to Slack is open. */
  readonly slackConnected: () => boolean;
  /** True once a shutdown began: not ready from then on, so a load balancer stops sending work here. */
  readonly shuttingDown?: () => boolean;
}

/** One check's verdict, with why when it failed. */
export interface CheckResult {
  readonly ok: boolean;
  readonly detail?: string;
}

/** The body of /readyz: one field per check. */
export interface Readiness {
  readonly database: CheckResult;
  readonly ringCentral: CheckResult;
  readonly slack: CheckResult;
  /** Present, and not ok, only while the process shuts down. */
  readonly shutdown?: CheckResult;
}

/** A database that has not answered by then counts as unreachable: a probe must answer before its own timeout. */
const PING_TIMEOUT_MS = 2_000;

const TOKEN_DETAIL: Readonly<Record<Exclude<TokenStatus, 'valid'>, string>> = {
  none: 'no RingCentral token: not logged in yet, or a refresh was refused',
  expired: 'the RingCentral token has expired',
};

/** Runs the checks; ready when every one is ok. */
export async function checkReadiness(checks: ReadinessChecks, pingTimeoutMs = PING_TIMEOUT_MS): Promise<Readiness> {
  const token = checks.tokenStatus();
  return {
    database: await pingWithin(checks.pingDatabase, pingTimeoutMs),
    ringCentral: token === 'valid' ? { ok: true } : { ok: false, detail: TOKEN_DETAIL[token] },
    slack: checks.slackConnected() ? { ok: true } : { ok: false, detail: 'not connected to Slack' },
    ...(checks.shuttingDown?.() ? { shutdown: { ok: false, detail: 'shutting down: finishing the work in flight and taking no new work' } } : {}),
  };
}

export function isReady(readiness: Readiness): boolean {
  return readiness.database.ok && readiness.ringCentral.ok && readiness.slack.ok && readiness.shutdown === undefined;
}

async function pingWithin(ping: () => Promise<void>, timeoutMs: number): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, detail: `the database did not answer within ${timeoutMs} ms` }), timeoutMs);
  });
  try {
    return await Promise.race([
      ping().then(
        (): CheckResult => ({ ok: true }),
        (): CheckResult => ({ ok: false, detail: 'the database did not answer' }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
