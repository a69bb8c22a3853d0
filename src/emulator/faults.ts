import * as z from 'zod';

/** A fault to inject into matching /restapi requests (`PUT /_emulator/faults`). */
export interface Fault {
  method?: string;
  /** A substring of the request pathname. */
  path?: string;
  /** Let this many matching requests pass first (default 0). */
  skip?: number;
  /** How many requests the fault hits (default 1). */
  times?: number;
  /** Answer with this status in RingCentral's error shape, without touching state. */
  status?: number;
  errorCode?: string;
  /** Sent as `Retry-After` (with a 429). */
  retryAfterSeconds?: number;
  /** Wait this long, then serve normally (or answer `status`, when set). */
  latencyMs?: number;
  /** Destroy the socket without answering. */
  drop?: boolean;
  /**
   * Serve the request (a change sticks), then destroy the socket instead of answering: the client
   * cannot tell whether it happened, as when a connection breaks after RingCentral acted.
   */
  loseAnswer?: boolean;
  /** Every current access token becomes expired (401 OAU-128), then the request is served. */
  expireAccessTokens?: boolean;
  /** Every current refresh token stops working, then the request is served. */
  revokeRefreshTokens?: boolean;
}

const faultSchema = z.strictObject({
  method: z.string().min(1).optional(),
  path: z.string().optional(),
  skip: z.int().nonnegative().optional(),
  times: z.int().positive().optional(),
  status: z.int().min(100).max(599).optional(),
  errorCode: z.string().min(1).optional(),
  retryAfterSeconds: z.number().nonnegative().optional(),
  latencyMs: z.number().nonnegative().optional(),
  drop: z.boolean().optional(),
  loseAnswer: z.boolean().optional(),
  expireAccessTokens: z.boolean().optional(),
  revokeRefreshTokens: z.boolean().optional(),
});

const faultListSchema = z.strictObject({ faults: z.array(faultSchema) });

/** Reads a `PUT /_emulator/faults` body; the error is one line naming the field at fault. */
export function parseFaultList(json: unknown): { ok: true; faults: Fault[] } | { ok: false; error: string } {
  const parsed = faultListSchema.safeParse(json);
  if (parsed.success) return { ok: true, faults: parsed.data.faults };
  const issue = parsed.error.issues[0];
  const path = issue?.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('') ?? '';
  return { ok: false, error: `${path.replace(/^\./, '') || 'body'}: ${issue?.message ?? 'invalid'}` };
}

/** RingCentral's code and message for an injected status, where it has a usual one. */
export function describeFaultStatus(fault: Fault): { errorCode: string; message: string } {
  const known: Record<number, { errorCode: string; message: string }> = {
    401: { errorCode: 'OAU-128', message: 'Access token expired' },
    429: { errorCode: 'CMN-301', message: 'Request rate exceeded' },
    503: { errorCode: 'CMN-201', message: 'Service Temporary Unavailable' },
  };
  const status = fault.status ?? 500;
  const usual = known[status] ?? { errorCode: `EMU-${status}`, message: `Injected fault (HTTP ${status})` };
  return fault.errorCode === undefined ? usual : { errorCode: fault.errorCode, message: usual.message };
}

/** The configured faults; each matching request may take one. */
export interface FaultInjector {
  /** The faults still armed (with what is left of `skip` and `times`) and how many hits so far. */
  list(): { faults: Fault[]; injected: number };
  /** Replaces every fault and resets the hit count. */
  replace(faults: ReadonlyArray<Fault>): void;
  /** The fault that hits this request, if any; it counts the hit and disarms spent faults. */
  take(method: string, pathname: string): Fault | null;
}

/** Creates an empty fault injector. */
export function createFaultInjector(): FaultInjector {
  let armed: Fault[] = [];
  let injected = 0;
  const matches = (fault: Fault, method: string, pathname: string) =>
    (fault.method === undefined || fault.method.toUpperCase() === method.toUpperCase()) &&
    (fault.path === undefined || pathname.includes(fault.path));
  return {
    list: () => ({ faults: armed.map((fault) => ({ ...fault })), injected }),
    replace(faults) {
      armed = faults.map((fault) => ({ ...fault, skip: fault.skip ?? 0, times: fault.times ?? 1 }));
      injected = 0;
    },
    take(method, pathname) {
      for (const fault of armed) {
        if (!matches(fault, method, pathname)) continue;
        if ((fault.skip ?? 0) > 0) {
          fault.skip = (fault.skip ?? 0) - 1;
          continue;
        }
        fault.times = (fault.times ?? 1) - 1;
        armed = armed.filter((candidate) => (candidate.times ?? 1) > 0);
        injected += 1;
        return { ...fault };
      }
      return null;
    },
  };
}
