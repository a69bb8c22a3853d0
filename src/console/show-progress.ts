import { isTerminal } from './console-style.ts';

/**
 * Runs slow work (starting the emulator, reading a large account) under a one-line notice such
 * as "Reading RingCentral…" on `stream`, erased when the work ends. Only on a terminal: piped
 * output and logs never see it.
 */
export async function withProgress<T>(stream: NodeJS.WritableStream, label: string, work: () => Promise<T>): Promise<T> {
  if (!isTerminal(stream)) return work();
  stream.write(label);
  try {
    return await work();
  } finally {
    // Back to the start of the line and clear it, so the next output starts on a clean line.
    stream.write('\r\u001b[2K');
  }
}
