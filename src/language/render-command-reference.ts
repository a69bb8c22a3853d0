import { COMMAND_REFERENCE } from './command-reference.ts';

/**
 * The command reference as a Markdown table, generated from the grammar's own table so the
 * README cannot drift from what the parser reads (a test compares the two).
 */
export function renderCommandReference(): string {
  const cell = (text: string): string => text.replaceAll('|', '\\|');
  const rows = COMMAND_REFERENCE.map((entry) => `| \`${cell(entry.syntax)}\` | ${cell(entry.description)} | \`${cell(entry.example)}\` |`);
  return ['| Command | What it does | Example |', '|---|---|---|', ...rows].join('\n');
}
