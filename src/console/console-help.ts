import { CONSOLE_MESSAGES, say, type Language } from '../i18n/index.ts';
import { renderCommandHelp } from '../language/index.ts';

/** The console's `:help`: every command form from the grammar's own table, then the console's commands. */
export function consoleHelp(language: Language): string {
  return [renderCommandHelp(language), '', say(language, CONSOLE_MESSAGES['console-commands']), say(language, CONSOLE_MESSAGES['console-keys'])].join('\n');
}
