import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROUTE_NOT_FOUND_BODY } from './api-error.ts';
import type { EmulatorRuntime } from './emulator-runtime.ts';
import { parseFaultList } from './faults.ts';
import { readBody, sendJson } from './http-io.ts';
import { parseEmulatorState } from './parse-emulator-state.ts';

/** A refused control request: RingCentral's error shape, so clients can always read `message`. */
function refuse(response: ServerResponse, status: number, message: string): void {
  sendJson(response, status, { errorCode: `EMU-${status}`, message, errors: [{ errorCode: `EMU-${status}`, message }] });
}

/** The request body as JSON, or undefined after answering 400. */
async function readJson(request: IncomingMessage, response: ServerResponse): Promise<{ json: unknown } | undefined> {
  const text = await readBody(request);
  try {
    if (text === null) throw new Error('body too large');
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    refuse(response, 400, `body is not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}

async function serveState(runtime: EmulatorRuntime, request: IncomingMessage, response: ServerResponse, method: string) {
  if (method === 'GET') return sendJson(response, 200, runtime.state);
  if (method !== 'PUT') return refuse(response, 405, `${method} is not allowed here; use GET or PUT`);
  const body = await readJson(request, response);
  if (body === undefined) return;
  const parsed = parseEmulatorState(body.json);
  if (!parsed.ok) return refuse(response, 400, parsed.error);
  runtime.state = parsed.state;
  await runtime.persist(parsed.state);
  sendJson(response, 200, parsed.state);
}

async function serveFaults(runtime: EmulatorRuntime, request: IncomingMessage, response: ServerResponse, method: string) {
  if (method === 'GET') return sendJson(response, 200, runtime.faults.list());
  if (method === 'DELETE') {
    runtime.faults.replace([]);
    return sendJson(response, 204, undefined);
  }
  if (method !== 'PUT') return refuse(response, 405, `${method} is not allowed here; use GET, PUT or DELETE`);
  const body = await readJson(request, response);
  if (body === undefined) return;
  const parsed = parseFaultList(body.json);
  if (!parsed.ok) return refuse(response, 400, parsed.error);
  runtime.faults.replace(parsed.faults);
  sendJson(response, 200, runtime.faults.list());
}

/**
 * The app permissions new sessions get, as `{ "scope": "ReadAccounts EditExtensions" }` (the
 * token's own format): PUT one without EditAccounts to play an app that lacks it.
 */
async function serveScope(runtime: EmulatorRuntime, request: IncomingMessage, response: ServerResponse, method: string) {
  if (method === 'GET') return sendJson(response, 200, { scope: runtime.tokens.scope });
  if (method !== 'PUT') return refuse(response, 405, `${method} is not allowed here; use GET or PUT`);
  const body = await readJson(request, response);
  if (body === undefined) return;
  const scope = (body.json as { scope?: unknown } | null)?.scope;
  if (typeof scope !== 'string' || !/^[A-Za-z]*( [A-Za-z]+)*$/.test(scope)) {
    return refuse(response, 400, 'scope must be permission names separated by single spaces, e.g. {"scope": "ReadAccounts EditExtensions"}');
  }
  runtime.tokens.scope = scope;
  sendJson(response, 200, { scope });
}

function serveRequests(runtime: EmulatorRuntime, response: ServerResponse, method: string) {
  if (method === 'GET') return sendJson(response, 200, { requests: runtime.requests.list() });
  if (method !== 'DELETE') return refuse(response, 405, `${method} is not allowed here; use GET or DELETE`);
  runtime.requests.clear();
  sendJson(response, 204, undefined);
}

/**
 * The emulator's own endpoints under `/_emulator/` (no auth, not in the spec): the live state,
 * fault injection, the log of /restapi requests, and the scope of new sessions.
 */
export async function handleControlRequest(
  runtime: EmulatorRuntime,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
): Promise<void> {
  const method = (request.method ?? 'GET').toUpperCase();
  switch (pathname.replace(/\/+$/, '')) {
    case '/_emulator/state':
      return serveState(runtime, request, response, method);
    case '/_emulator/faults':
      return serveFaults(runtime, request, response, method);
    case '/_emulator/requests':
      return serveRequests(runtime, response, method);
    case '/_emulator/scope':
      return serveScope(runtime, request, response, method);
    default:
      return sendJson(response, 404, ROUTE_NOT_FOUND_BODY);
  }
}
