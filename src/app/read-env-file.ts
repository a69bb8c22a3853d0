import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';

/** The environment with a folder's `.env` under it, or the one line saying why the file was refused. */
export type EnvWithFile =
  | { readonly ok: true; readonly env: Readonly<Record<string, string | undefined>> }
  | { readonly ok: false; readonly problem: string };

// Node's parser never fails: a line without "=" runs into the next line's name, so a name that
// is not a shell variable name is where a line went wrong.
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Reads `<folder>/.env`, when there is one, with Node's own parser (the one `process.loadEnvFile`
 * and `node --env-file` use), and fills in the variables `env` leaves undefined: the process
 * environment wins over the file, as with Node's own loading. The result is a copy, so the
 * process environment itself is left as it is. A refusal names the line, never its text, which
 * may be a secret.
 */
export function withEnvFile(env: Readonly<Record<string, string | undefined>>, folder: string): EnvWithFile {
  const path = join(folder, '.env');
  let text: string;
  try {
    // An editor's byte order mark would otherwise become part of the first name.
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: true, env };
    return { ok: false, problem: `${path} could not be read (${code ?? (error as Error).message}): make it a readable file of NAME=value lines, or remove it` };
  }
  const fromFile = parseEnv(text);
  const bad = Object.keys(fromFile).find((name) => !VARIABLE_NAME.test(name));
  if (bad !== undefined) {
    const line = text.slice(0, Math.max(0, text.indexOf(bad.split('\n')[0] ?? bad))).split('\n').length;
    return { ok: false, problem: `${path} line ${line} is not NAME=value (a name of letters, digits and _, then =): fix it, e.g. LOG_LEVEL=info, or remove it` };
  }
  const set = Object.entries(env).filter(([, value]) => value !== undefined);
  return { ok: true, env: { ...fromFile, ...Object.fromEntries(set) } };
}
