import { Writable } from 'node:stream';

/** How the console marks text: dim for previews, red for refusals; plain text when off. */
export interface ConsoleStyle {
  /** False when the text is left plain. */
  readonly colours: boolean;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
}

const PLAIN: ConsoleStyle = { colours: false, dim: (text) => text, red: (text) => text };

const ANSI: ConsoleStyle = {
  colours: true,
  dim: (text) => `\u001b[2m${text}\u001b[22m`,
  red: (text) => `\u001b[31m${text}\u001b[39m`,
};

/** Whether a stream is a terminal (a pipe, a file or a test's PassThrough is not). */
export function isTerminal(stream: NodeJS.WritableStream | NodeJS.ReadableStream): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

/**
 * Colours for one stream: only on a terminal, and never when NO_COLOR is set to anything
 * (https://no-color.org), so piped output and logs stay free of escape codes.
 */
export function createConsoleStyle(stream: NodeJS.WritableStream, env: Readonly<Record<string, string | undefined>>): ConsoleStyle {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return isTerminal(stream) && !noColor ? ANSI : PLAIN;
}

/**
 * A stream that writes each line through `style` to `target`, synchronously, so styled lines
 * keep their order with everything else written to the same terminal.
 */
export function createStyledStream(target: NodeJS.WritableStream, style: (text: string) => string): NodeJS.WritableStream {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      const text = chunk.toString();
      const body = text.endsWith('\n') ? text.slice(0, -1) : text;
      target.write(body.split('\n').map(style).join('\n') + (text.endsWith('\n') ? '\n' : ''));
      done();
    },
  });
}
