import { COMMAND_REFERENCE } from '../language/index.ts';
import { consoleCommandsHelp } from './cli-help.ts';

/** The console's `:help`: every command form from the grammar's own table, then the console's commands. */
export function consoleHelp(): string {
  const commands = COMMAND_REFERENCE.flatMap((entry) => [`  ${entry.syntax}`, `      ${entry.description} Example: ${entry.example}`]);
  return ['Commands:', ...commands, '', consoleCommandsHelp(), 'Tab completes command words and names; the arrow keys go through earlier commands.'].join('\n');
}
