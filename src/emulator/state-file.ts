import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { EmulatorState } from './emulator-state.ts';
import { parseEmulatorState } from './parse-emulator-state.ts';

/** A state file that cannot be used; the message is one line that names the file. */
export class StateFileError extends Error {
  constructor(
    readonly code: 'state-file-unreadable' | 'state-file-malformed',
    readonly file: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${detail}`, options);
    this.name = 'StateFileError';
  }
}

/** The state file's text for a state: the same JSON `GET /_emulator/state` returns. */
export function formatState(state: EmulatorState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

/** Reads and checks a state file; null when it does not exist yet. */
export async function readStateFile(file: string): Promise<EmulatorState | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StateFileError('state-file-unreadable', file, `cannot be read (${(error as Error).message})`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new StateFileError('state-file-malformed', file, `is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = parseEmulatorState(json);
  if (!parsed.ok) throw new StateFileError('state-file-malformed', file, parsed.error);
  return parsed.state;
}

/** Saves states to a file one at a time, each by writing a temporary file and renaming it over. */
export interface StateFileWriter {
  /** Resolves once this state (and every earlier one) is on disk. */
  write(state: EmulatorState): Promise<void>;
}

/** Creates a writer for the file; its folder is created when missing. */
export function createStateFileWriter(file: string): StateFileWriter {
  let queue: Promise<void> = Promise.resolve();
  let counter = 0;
  const writeOnce = async (text: string) => {
    await mkdir(dirname(file), { recursive: true });
    counter += 1;
    const temporary = `${file}.${process.pid}.${counter}.tmp`;
    await writeFile(temporary, text, 'utf8');
    // rename is atomic on one file system, so a reader never sees half a file.
    await rename(temporary, file);
  };
  return {
    write(state) {
      const text = formatState(state);
      const next = queue.then(() => writeOnce(text));
      queue = next.catch(() => undefined); // one failed write must not block the later ones
      return next;
    },
  };
}
