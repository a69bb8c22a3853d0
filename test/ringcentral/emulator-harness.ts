import { Writable } from 'node:stream';
import { createDemoState, startEmulator, type EmulatorOptions, type Fault, type LoggedRequest, type RunningEmulator } from '../../src/emulator/index.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import {
  createMemoryTokenStore,
  createRingCentralGateway,
  type RingCentralGateway,
  type RingCentralGatewayOptions,
} from '../../src/ringcentral/index.ts';

/**
 * Credentials the test emulators insist on, so a wrong one is refused and the secrets are real
 * strings to look for in messages and logs.
 */
export const CREDENTIALS = {
  clientId: 'switchboard-test-client',
  clientSecret: 'client-secret-Qx7rT2pL9',
  jwt: 'eyJhbGciOiJSUzI1NiJ9.test-jwt-payload.Zk4mN8sV1',
} as const;

/** Starts an emulator on a free port with the demo company, no rate limits and the test credentials. */
export function startTestEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, rateLimits: false, credentials: CREDENTIALS, state: createDemoState(), ...options });
}

/** A gateway on the emulator with the test credentials and fast retries. */
export function createTestGateway(emulator: RunningEmulator, options: Partial<RingCentralGatewayOptions> = {}): RingCentralGateway {
  return createRingCentralGateway({
    serverUrl: emulator.url,
    ...CREDENTIALS,
    tokenStore: createMemoryTokenStore(),
    retry: { baseDelayMs: 5 },
    ...options,
  });
}

async function control(emulator: RunningEmulator, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  const text = await response.text();
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

/** The /restapi requests the emulator has seen, in arrival order. */
export async function emulatorRequests(emulator: RunningEmulator): Promise<LoggedRequest[]> {
  return ((await control(emulator, 'GET', '/_emulator/requests')) as { requests: LoggedRequest[] }).requests;
}

/** Forgets the requests seen so far. */
export async function clearRequests(emulator: RunningEmulator): Promise<void> {
  await control(emulator, 'DELETE', '/_emulator/requests');
}

/** Arms faults for the next matching requests. */
export async function setFaults(emulator: RunningEmulator, faults: Fault[]): Promise<void> {
  await control(emulator, 'PUT', '/_emulator/faults', { faults });
}

/** Disarms every fault. */
export async function clearFaults(emulator: RunningEmulator): Promise<void> {
  await control(emulator, 'DELETE', '/_emulator/faults');
}

/**
 * Sends one RingCentral API request with a body exactly as given, logged in with the test
 * credentials: for what another client (the admin portal, a script) writes and the gateway never would.
 */
export async function sendAsOtherClient(
  emulator: RunningEmulator,
  method: string,
  path: string,
  body: unknown,
  // `any`: the tests read arbitrary fields of RingCentral bodies.
): Promise<{ status: number; body: any }> {
  const login = await fetch(`${emulator.url}/restapi/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${CREDENTIALS.clientId}:${CREDENTIALS.clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: CREDENTIALS.jwt }).toString(),
  });
  const token = ((await login.json()) as { access_token: string }).access_token;
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

/** Replaces the emulator's state (RingCentral shapes, as in the state file). */
export async function putState(emulator: RunningEmulator, state: unknown): Promise<void> {
  await control(emulator, 'PUT', '/_emulator/state', state);
}

/** `METHOD path` of each request, query left out, for readable assertions. */
export function describeRequests(requests: ReadonlyArray<LoggedRequest>): string[] {
  return requests.map((request) => `${request.method} ${request.path.split('?')[0]}`);
}

/** True for requests to the OAuth token endpoint. */
export function isTokenRequest(request: LoggedRequest): boolean {
  return request.path.startsWith('/restapi/oauth/token');
}

/** A logger at trace level whose output is kept as text, to search for secrets and messages. */
export function createCapturingLogger(): { logger: Logger; text: () => string } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  return { logger: createLogger({ level: 'trace', destination }), text: () => chunks.join('') };
}
