import { PassThrough } from 'node:stream';
import { main } from '../../src/app/cli.ts';

/** What one CLI invocation printed and returned. */
export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `switchboard <args>` in this process with the given environment (and `cwd`'s `.env` when given), capturing its output. */
export async function runCli(args: ReadonlyArray<string>, env: Record<string, string>, options: { readonly cwd?: string } = {}): Promise<CliOutcome> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await main(args, { stdout, stderr, env: { LOG_LEVEL: 'silent', ...env }, ...options });
  return { code, stdout: out, stderr: err };
}
