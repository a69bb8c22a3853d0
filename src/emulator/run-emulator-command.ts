import { parseArgs } from 'node:util';
import { StateFileError } from './state-file.ts';
import { startEmulator, type EmulatorOptions } from './start-emulator.ts';

/** Reads the command line; the error is one line for stderr. */
function readOptions(args: string[]): { ok: true; options: EmulatorOptions } | { ok: false; error: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        state: { type: 'string' },
        'client-id': { type: 'string' },
        'client-secret': { type: 'string' },
        jwt: { type: 'string' },
        scope: { type: 'string' },
        'no-rate-limits': { type: 'boolean' },
      },
    }));
  } catch (error) {
    return { ok: false, error: (error as Error).message.split('\n')[0] ?? 'invalid arguments' };
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535 || values.port?.trim() === '') {
    return { ok: false, error: `--port must be a whole number from 0 to 65535, not "${values.port ?? ''}"` };
  }
  const credentials = {
    ...(values['client-id'] === undefined ? {} : { clientId: values['client-id'] }),
    ...(values['client-secret'] === undefined ? {} : { clientSecret: values['client-secret'] }),
    ...(values.jwt === undefined ? {} : { jwt: values.jwt }),
  };
  const options: EmulatorOptions = { port, credentials };
  if (values.state !== undefined) options.stateFile = values.state;
  if (values.scope !== undefined) options.scope = values.scope.trim().split(/\s+/).join(' ');
  if (values['no-rate-limits'] === true) options.rateLimits = false;
  return { ok: true, options };
}

/** Waits for SIGINT or SIGTERM; `dispose` stops listening (when start-up fails). */
function listenForStop(): { stopped: Promise<void>; dispose(): void } {
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = () => {
      dispose();
      resolve();
    };
  });
  const dispose = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return { stopped, dispose };
}

/**
 * `switchboard emulator [--port N] [--state FILE] [--client-id X] [--client-secret Y] [--jwt Z]
 * [--scope PERMISSIONS] [--no-rate-limits]`: serves the emulator until SIGINT/SIGTERM. The first line printed is
 * `listening on http://127.0.0.1:N` (DESIGN.md contract 1). Exit codes: 0 stopped, 1 could not
 * start (bad state file, port taken), 2 usage error.
 */
export async function runEmulatorCommand(
  args: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  const read = readOptions(args);
  if (!read.ok) {
    io.stderr.write(`switchboard emulator: ${read.error}\n`);
    return 2;
  }
  // Listen for signals before starting, so a Ctrl-C during start-up still stops cleanly.
  const stop = listenForStop();
  let emulator;
  try {
    emulator = await startEmulator(read.options);
  } catch (error) {
    stop.dispose();
    const detail = error instanceof StateFileError ? `state file ${error.message}` : (error as Error).message;
    io.stderr.write(`switchboard emulator: ${detail.split('\n')[0]}\n`);
    return 1;
  }
  io.stdout.write(`listening on ${emulator.url}\n`);
  await stop.stopped;
  await emulator.close();
  return 0;
}
