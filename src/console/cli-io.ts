/** The streams and environment a CLI invocation works with; tests pass their own. */
export interface CliIo {
  /** Where the console reads commands; the process's stdin when not given. */
  readonly stdin?: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The working folder whose `.env` fills in what `env` leaves unset; none is read when not given (tests). */
  readonly cwd?: string;
}

/** Exit codes, DESIGN.md contract 1. */
export const EXIT = {
  ok: 0,
  refused: 1,
  usage: 2,
  ringCentralFailure: 3,
} as const;

/** Writes one line to a stream. */
export function writeLine(stream: NodeJS.WritableStream, line: string): void {
  stream.write(`${line}\n`);
}
