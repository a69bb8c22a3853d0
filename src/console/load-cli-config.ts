import { ConfigError, loadConfig, type Config } from '../config.ts';
import { writeLine, type CliIo } from './cli-io.ts';

/** Reads the configuration; on a bad variable prints its one-line message and returns undefined (exit 2). */
export function loadCliConfig(io: CliIo): Config | undefined {
  try {
    return loadConfig(io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    writeLine(io.stderr, error.message);
    return undefined;
  }
}
