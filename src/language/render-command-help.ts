import { HELP_MESSAGES, say, type Language } from '../i18n/index.ts';
import { commandReference } from './command-reference.ts';

/**
 * The command forms as plain text for help in a language: a heading, then each form's syntax
 * with its description and example indented below. The console's `:help` starts with this.
 */
export function renderCommandHelp(language: Language): string {
  const forms = commandReference(language).flatMap((entry) => [
    `  ${entry.syntax}`,
    `      ${entry.description} ${say(language, HELP_MESSAGES.example, { example: entry.example })}`,
  ]);
  return [say(language, HELP_MESSAGES['commands-heading']), ...forms].join('\n');
}
