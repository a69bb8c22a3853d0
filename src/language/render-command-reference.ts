import { HELP_MESSAGES, say, type Language } from '../i18n/index.ts';
import { commandReference } from './command-reference.ts';

/**
 * The command reference as a Markdown table in a language, generated from the grammar's own
 * table so the README cannot drift from what the parser reads (a test compares the two).
 */
export function renderCommandReference(language: Language = 'en'): string {
  const cell = (text: string): string => text.replaceAll('|', '\\|');
  const columns = [HELP_MESSAGES['reference-command-column'], HELP_MESSAGES['reference-description-column'], HELP_MESSAGES['reference-example-column']];
  const header = `| ${columns.map((column) => say(language, column)).join(' | ')} |`;
  const rows = commandReference(language).map((entry) => `| \`${cell(entry.syntax)}\` | ${cell(entry.description)} | \`${cell(entry.example)}\` |`);
  return [header, '|---|---|---|', ...rows].join('\n');
}
