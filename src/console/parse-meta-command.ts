/** One of the console's own commands, which start with a colon. */
export type MetaCommand =
  | { readonly kind: 'as'; readonly user: string | undefined }
  | { readonly kind: 'now'; readonly time: string | undefined }
  | { readonly kind: 'lang'; readonly language: string | undefined }
  | { readonly kind: 'help' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'unknown'; readonly word: string };

/**
 * Reads a console line that starts with ":" (`:as bob`, `:now 2026-12-24T10:00`, `:help`,
 * `:quit`); plain `help`, `quit` and `exit` work too. Returns null for anything else, which is a
 * command for the grammar.
 */
export function parseMetaCommand(line: string): MetaCommand | null {
  const text = line.trim();
  if (/^(?:help|\?)$/i.test(text)) return { kind: 'help' };
  if (/^(?:quit|exit)$/i.test(text)) return { kind: 'quit' };
  const meta = /^:(\S*)\s*(.*)$/.exec(text);
  if (meta === null) return null;
  const word = (meta[1] ?? '').toLowerCase();
  const rest = (meta[2] ?? '').trim();
  const argument = rest === '' ? undefined : rest;
  switch (word) {
    case 'as':
      return { kind: 'as', user: argument };
    case 'now':
      return { kind: 'now', time: argument };
    case 'lang':
    case 'langue':
      return { kind: 'lang', language: argument };
    case 'help':
    case 'h':
    case '?':
      return { kind: 'help' };
    case 'quit':
    case 'q':
    case 'exit':
      return { kind: 'quit' };
    default:
      return { kind: 'unknown', word: `:${meta[1] ?? ''}` };
  }
}
