import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleStyle, createStyledStream } from '../../src/console/console-style.ts';
import { parseMetaCommand } from '../../src/console/parse-meta-command.ts';

/** A stream that says it is a terminal, as process.stdout does on a TTY. */
function terminal(): PassThrough & { isTTY: boolean } {
  return Object.assign(new PassThrough(), { isTTY: true });
}

describe('createConsoleStyle', () => {
  it('colours on a terminal', () => {
    const style = createConsoleStyle(terminal(), {});
    expect(style.colours).toBe(true);
    expect(style.red('no')).toBe('\u001b[31mno\u001b[39m');
    expect(style.dim('- New rule')).toBe('\u001b[2m- New rule\u001b[22m');
  });

  it('leaves text plain when the stream is not a terminal', () => {
    const style = createConsoleStyle(new PassThrough(), {});
    expect(style.colours).toBe(false);
    expect(style.red('no')).toBe('no');
  });

  it('leaves text plain on a terminal when NO_COLOR is set', () => {
    expect(createConsoleStyle(terminal(), { NO_COLOR: '1' }).colours).toBe(false);
    expect(createConsoleStyle(terminal(), { NO_COLOR: '' }).colours).toBe(true);
  });
});

describe('createStyledStream', () => {
  it('styles each line and keeps the line ends', async () => {
    const target = new PassThrough();
    createStyledStream(target, (text) => `<${text}>`).write('one\ntwo\n');
    target.end();
    expect((await target.toArray()).join('')).toBe('<one>\n<two>\n');
  });
});

describe('parseMetaCommand', () => {
  it('reads the console commands and their argument', () => {
    expect(parseMetaCommand(':as bob')).toEqual({ kind: 'as', user: 'bob' });
    expect(parseMetaCommand(':as')).toEqual({ kind: 'as', user: undefined });
    expect(parseMetaCommand(':now 2026-12-24T10:00')).toEqual({ kind: 'now', time: '2026-12-24T10:00' });
    expect(parseMetaCommand(':now')).toEqual({ kind: 'now', time: undefined });
    expect(parseMetaCommand(':help')).toEqual({ kind: 'help' });
    expect(parseMetaCommand(':quit')).toEqual({ kind: 'quit' });
  });

  it('takes plain help, quit and exit too', () => {
    expect(parseMetaCommand('help')).toEqual({ kind: 'help' });
    expect(parseMetaCommand('exit')).toEqual({ kind: 'quit' });
  });

  it('names an unknown console command', () => {
    expect(parseMetaCommand(':frob it')).toEqual({ kind: 'unknown', word: ':frob' });
  });

  it('leaves a command for the grammar alone', () => {
    expect(parseMetaCommand('route to voicemail')).toBeNull();
    expect(parseMetaCommand('history')).toBeNull();
  });
});
