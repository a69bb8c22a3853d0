import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/switchboard.js', import.meta.url));

/** A `switchboard emulator` running in a child process of its own. */
export interface EmulatorProcess {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts `switchboard emulator --port 0 --no-rate-limits` (the demo company) in a child process and
 * waits for its `listening on <url>` line. A test that measures the bot's own event loop runs the
 * emulator here: in the test's process, its request routing would take most of that loop's time.
 */
export async function startEmulatorProcess(): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [BIN, 'emulator', '--port', '0', '--no-rate-limits'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const listening = /listening on (\S+)/.exec(output);
      if (listening) resolve(listening[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => reject(new Error(`the emulator process exited before listening: ${output}`)));
  });
  return {
    url,
    async close() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
