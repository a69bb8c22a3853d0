import { ConfigError, loadConfig } from '../../config.ts';
import { EXIT, writeLine, type CliIo } from '../../console/index.ts';
import { formatCheck, type Check } from './check.ts';
import { runDoctor } from './run-doctor.ts';

const USAGE = 'Usage: switchboard doctor [--json]';

/**
 * `switchboard doctor [--json]`: checks the whole setup and prints one line per check, or with
 * `--json` `{ ok, checks: [{ name, ok, detail, fix? }] }` for monitoring. Exit 0 when every check
 * passes, 1 when one fails, 2 on a usage error or a variable that cannot be read (then no check
 * can run; the JSON form says so as a failed `config` check).
 */
export async function runDoctorCommand(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.find((arg) => arg !== '--json');
  if (unknown !== undefined) {
    writeLine(io.stderr, `Unknown option "${unknown}". ${USAGE}`);
    return EXIT.usage;
  }
  let config;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    if (json) print(io, [{ name: 'config', ok: false, detail: error.message }], true);
    else writeLine(io.stderr, error.message);
    return EXIT.usage;
  }
  const checks = await runDoctor(config);
  print(io, checks, json);
  return checks.every((check) => check.ok) ? EXIT.ok : EXIT.refused;
}

function print(io: CliIo, checks: ReadonlyArray<Check>, json: boolean): void {
  if (json) writeLine(io.stdout, JSON.stringify({ ok: checks.every((check) => check.ok), checks }));
  else for (const check of checks) writeLine(io.stdout, formatCheck(check));
}
