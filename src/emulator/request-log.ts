/** One /restapi request as the emulator saw it (`GET /_emulator/requests`). */
export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  /** Arrival time, epoch milliseconds. */
  at: number;
  /** The throttling group in lower case (`light`, …), when the route is known. */
  group?: string;
  /** The request arrived while its group was in a rate-limit penalty. */
  duringPenalty: boolean;
  /** A fault hit it; a dropped request is logged with status 0. */
  faulted: boolean;
}

/** Every /restapi request in arrival order, so tests can assert on what a client sent. */
export interface RequestLog {
  /** Adds an entry at arrival; the caller fills in `status` and the rest as they are known. */
  record(method: string, path: string, at: number): LoggedRequest;
  list(): LoggedRequest[];
  clear(): void;
}

/** Creates an empty request log. */
export function createRequestLog(): RequestLog {
  let entries: LoggedRequest[] = [];
  return {
    record(method, path, at) {
      const entry: LoggedRequest = { method, path, status: 0, at, duringPenalty: false, faulted: false };
      entries.push(entry);
      return entry;
    },
    list: () => entries.map((entry) => ({ ...entry })),
    clear() {
      entries = [];
    },
  };
}
