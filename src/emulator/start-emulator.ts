import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleControlRequest } from './control-routes.ts';
import { createDemoState } from './demo-company.ts';
import type { EmulatorRuntime } from './emulator-runtime.ts';
import type { EmulatorState } from './emulator-state.ts';
import { createFaultInjector } from './faults.ts';
import { sendJson } from './http-io.ts';
import { ROUTE_NOT_FOUND_BODY } from './api-error.ts';
import type { EmulatorCredentials } from './oauth-routes.ts';
import { parseEmulatorState } from './parse-emulator-state.ts';
import { createRateLimiter, resolveRateLimits, type RateLimitSettings } from './rate-limiter.ts';
import { createRequestLog } from './request-log.ts';
import { handleRestapiRequest } from './restapi-handler.ts';
import { createRouteTable } from './route-table.ts';
import { loadSpecValidator } from './spec-validator.ts';
import { createStateFileWriter, readStateFile } from './state-file.ts';
import { createTokenStore } from './token-store.ts';

/** How to start an emulator. */
export interface EmulatorOptions {
  /** 0 or absent: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default: the demo company. */
  state?: EmulatorState;
  /** Load state from this JSON file at start (it is created when missing) and save every change to it. */
  stateFile?: string;
  /** Absent: any credentials are accepted. */
  credentials?: EmulatorCredentials;
  /** The app permissions tokens carry, space-separated; default ReadAccounts EditAccounts EditExtensions. */
  scope?: string;
  /** `false` turns limits off; the default is RingCentral's (window 60 s, penalty 60 s, 50/40/10/5). */
  rateLimits?: Partial<RateLimitSettings> | false;
  /** Default 3600. */
  accessTokenTtlSeconds?: number;
  /** Default 604800 (7 days). */
  refreshTokenTtlSeconds?: number;
}

/** A started emulator. */
export interface RunningEmulator {
  /** `http://127.0.0.1:PORT`, to use as the RingCentral server URL. */
  readonly url: string;
  readonly port: number;
  /** Stops listening, drops open connections and waits for the last state save. */
  close(): Promise<void>;
}

/**
 * The state to start from: the file's, else the one given, else the demo company (checked like a
 * file). `fromFile` says whether the state file already existed.
 */
async function initialState(options: EmulatorOptions): Promise<{ state: EmulatorState; fromFile: boolean }> {
  if (options.stateFile !== undefined) {
    const fromFile = await readStateFile(options.stateFile);
    if (fromFile !== null) return { state: fromFile, fromFile: true };
  }
  const parsed = parseEmulatorState(JSON.parse(JSON.stringify(options.state ?? createDemoState())));
  if (!parsed.ok) throw new Error(`Invalid emulator state: ${parsed.error}`);
  return { state: parsed.state, fromFile: false };
}

async function createRuntime(options: EmulatorOptions): Promise<{ runtime: EmulatorRuntime; saved: () => Promise<void> }> {
  const [validator, { state, fromFile }] = await Promise.all([loadSpecValidator(), initialState(options)]);
  const writer = options.stateFile === undefined ? undefined : createStateFileWriter(options.stateFile);
  let lastSave: Promise<void> = Promise.resolve();
  const persist = (next: EmulatorState) => {
    if (writer === undefined) return Promise.resolve();
    lastSave = writer.write(next);
    return lastSave;
  };
  // A new state file is written at once, so the user has a file to look at and edit; an existing
  // one is left as the user wrote it until the first change.
  if (!fromFile) await persist(state);
  const tokens = createTokenStore(options.scope);
  const runtime: EmulatorRuntime = {
    state,
    validator,
    tokens,
    routes: createRouteTable({
      tokens,
      validator,
      credentials: options.credentials ?? {},
      lifetimes: { accessSeconds: options.accessTokenTtlSeconds ?? 3600, refreshSeconds: options.refreshTokenTtlSeconds ?? 604_800 },
    }),
    rateLimiter: createRateLimiter(options.rateLimits === false ? false : resolveRateLimits(options.rateLimits)),
    faults: createFaultInjector(),
    requests: createRequestLog(),
    now: () => Date.now(),
    persist,
  };
  return { runtime, saved: () => lastSave.catch(() => undefined) };
}

function route(runtime: EmulatorRuntime, request: IncomingMessage, response: ServerResponse, fallbackHost: string): void {
  const baseUrl = `http://${request.headers.host ?? fallbackHost}`;
  const url = new URL(request.url ?? '/', baseUrl);
  const done = url.pathname.startsWith('/restapi/')
    ? handleRestapiRequest(runtime, request, response, url, baseUrl)
    : url.pathname.startsWith('/_emulator/')
      ? handleControlRequest(runtime, request, response, url.pathname)
      : Promise.resolve(sendJson(response, 404, ROUTE_NOT_FOUND_BODY));
  done.catch((error: unknown) => {
    sendJson(response, 500, { errorCode: 'EMU-500', message: `Emulator error: ${(error as Error).message}`, errors: [] });
  });
}

/**
 * Starts a RingCentral API emulator on 127.0.0.1 that checks every /restapi request against the
 * official OpenAPI spec. Rejects with a `StateFileError` when the state file is unusable.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const { runtime, saved } = await createRuntime(options);
  const host = options.host ?? '127.0.0.1';
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  server.on('request', (request: IncomingMessage, response: ServerResponse) => route(runtime, request, response, `${host}:${port}`));
  return {
    url: `http://${host}:${port}`,
    port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive sockets would otherwise hold close() open until the client lets go.
      server.closeAllConnections();
      await closed;
      await saved();
    },
  };
}
