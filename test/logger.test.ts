import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chooseLogFormat, createLogger, type Prettify } from '../src/logger.ts';
import { withTrace } from '../src/trace-context.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./support/log-one-line.ts', import.meta.url));
const RECORDER = fileURLToPath(new URL('./app/support/record-loaded-modules.mjs', import.meta.url));
const SECRET = 'xoxb-not-for-logs';

function capture(): { destination: Writable; text: () => string } {
  let text = '';
  const destination = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { destination, text: () => text };
}

const prettify: Prettify = (line) => line;

/** Runs the one-line script, optionally under a pseudo-terminal (`script`); returns what it wrote and which modules it resolved. */
async function logFromAProcess(terminal: boolean): Promise<{ readonly output: string; readonly modules: ReadonlyArray<string> }> {
  const folder = mkdtempSync(join(tmpdir(), 'switchboard-logger-'));
  const modulesFile = join(folder, 'modules.txt');
  const node = [process.execPath, '--import', 'tsx', '--import', RECORDER, SCRIPT].map((part) => `'${part}'`).join(' ');
  const [command, args] = terminal ? ['script', ['-qec', node, '/dev/null']] : [process.execPath, ['--import', 'tsx', '--import', RECORDER, SCRIPT]];
  try {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', SWITCHBOARD_LOADED_MODULES_FILE: modulesFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, output).toBe(0);
    return { output, modules: readFileSync(modulesFile, 'utf8').split('\n').filter(Boolean) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const loadsPinoPretty = (modules: ReadonlyArray<string>): boolean => modules.some((module) => module.includes('node_modules/pino-pretty/'));

describe('chooseLogFormat', () => {
  it('writes pretty text to a terminal when pino-pretty can be loaded', () => {
    expect(chooseLogFormat(true, () => prettify)).toEqual({ kind: 'pretty', prettify });
  });

  it('writes JSON lines when the lines do not go to a terminal, without loading pino-pretty', () => {
    const format = chooseLogFormat(false, () => {
      throw new Error('pino-pretty must not be loaded for a pipe or a file');
    });
    expect(format).toEqual({ kind: 'json' });
  });

  it('writes JSON lines to a terminal when pino-pretty is not installed (a production install)', () => {
    expect(chooseLogFormat(true, () => undefined)).toEqual({ kind: 'json' });
  });
});

describe('createLogger', () => {
  it('writes JSON lines that name the trace id of the interaction being served, secrets redacted', () => {
    const { destination, text } = capture();
    const logger = createLogger({ level: 'info', destination });
    withTrace('a1b2c3d4e5f6', () => logger.child({ component: 'test' }).info({ slack: { token: SECRET } }, 'inside'));
    logger.info('outside');
    const lines = text().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line.msg, line.traceId])).toEqual([['inside', 'a1b2c3d4e5f6'], ['outside', undefined]]);
    expect(lines[0]?.slack).toEqual({ token: '[redacted]' });
  });

  it('writes pretty lines at a terminal, the trace id leading the message, secrets still redacted', () => {
    const { destination, text } = capture();
    const logger = createLogger({ level: 'info', destination, terminal: true });
    withTrace('a1b2c3d4e5f6', () => logger.info({ slack: { token: SECRET } }, 'inside'));
    expect(text()).toContain('[a1b2c3d4e5f6] inside');
    expect(text()).toContain('[redacted]');
    expect(text()).not.toContain(SECRET);
    expect(() => JSON.parse(text())).toThrow();
  });

  it('writes JSON lines from a process whose stderr is a pipe, and never loads pino-pretty', async () => {
    const { output, modules } = await logFromAProcess(false);
    expect(JSON.parse(output.trim())).toMatchObject({ msg: 'one line', traceId: '0123456789ab', slack: { token: '[redacted]' } });
    expect(modules.length).toBeGreaterThan(5);
    expect(loadsPinoPretty(modules)).toBe(false);
  }, 30_000);

  it('writes pretty lines from a process whose stderr is a terminal', async () => {
    const { output, modules } = await logFromAProcess(true);
    expect(output).toContain('[0123456789ab] one line');
    expect(output).not.toContain(SECRET);
    expect(loadsPinoPretty(modules)).toBe(true);
  }, 30_000);
});
