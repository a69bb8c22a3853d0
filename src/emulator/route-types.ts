import type { IncomingHttpHeaders } from 'node:http';
import { toErrorBody, type ApiFailure } from './api-error.ts';
import type { EmulatorState } from './emulator-state.ts';

/** What a route handler gets: the (draft) state, the parsed request and where it was sent. */
export interface RouteContext {
  /** For a route that changes state this is a private copy, committed only on a 2xx answer. */
  readonly state: EmulatorState;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly headers: IncomingHttpHeaders;
  /** `http://host:port` as the client addressed us, for absolute `uri` fields. */
  readonly baseUrl: string;
  readonly requestUrl: URL;
  /** The token owner's extension id (empty on the OAuth routes, which need no token). */
  readonly ownerId: string;
  readonly now: number;
}

/** A handler's answer. */
export interface RouteResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Handles one spec operation. */
export type RouteHandler = (context: RouteContext) => RouteResult;

/** A handler and whether a 2xx answer from it means the state changed (and must be saved). */
export interface Route {
  readonly handle: RouteHandler;
  readonly changesState: boolean;
  /** The handler checks the request against the spec itself (the OAuth form, answered in OAuth's shape). */
  readonly validatesItself?: boolean;
}

/** Turns an expected failure into a response. */
export function failWith(failure: ApiFailure): RouteResult {
  return { status: failure.status, body: toErrorBody(failure) };
}

/** A 200 JSON answer. */
export function ok(body: unknown): RouteResult {
  return { status: 200, body };
}
