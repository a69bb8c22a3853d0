import { ConfigError, loadConfig } from '../../config.ts';
import { EXIT, writeLine, type CliIo } from '../../console/index.ts';
import { DOCTOR_MESSAGES, languageOfLocale, say, type Language } from '../../i18n/index.ts';
import { formatCheck, sayCheck, type SaidCheck } from './check.ts';
import { runDoctor } from './run-doctor.ts';

/**
 * `switchboard doctor [--json]`: checks the whole setup and prints one line per check, or with
 * `--json` `{ ok, checks: [{ name, ok, detail, fix? }] }` for monitoring (names stay as they are,
 * the texts are in the report's language). Exit 0 when every check passes, 1 when one fails, 2
 * on a usage error or a variable that cannot be read (then no check can run; the JSON form says
 * so as a failed `config` check).
 */
export async function runDoctorCommand(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.find((arg) => arg !== '--json');
  if (unknown !== undefined) {
    writeLine(io.stderr, say(languageBeforeConfig(io), DOCTOR_MESSAGES['unknown-option'], { option: unknown }));
    return EXIT.usage;
  }
  let config;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // Configuration errors are worded in English only.
    if (json) writeJson(io, [{ name: 'config', ok: false, detail: error.message }]);
    else writeLine(io.stderr, error.message);
    return EXIT.usage;
  }
  const { checks, language } = await runDoctor(config);
  if (json) writeJson(io, checks.map((check) => sayCheck(check, language)));
  else for (const check of checks) writeLine(io.stdout, formatCheck(check, language));
  return checks.every((check) => check.ok) ? EXIT.ok : EXIT.refused;
}

function writeJson(io: CliIo, checks: ReadonlyArray<SaidCheck>): void {
  writeLine(io.stdout, JSON.stringify({ ok: checks.every((check) => check.ok), checks }));
}

/** SWITCHBOARD_LANGUAGE as typed, for a usage error said before the configuration is read; else English. */
function languageBeforeConfig(io: CliIo): Language {
  return languageOfLocale(io.env.SWITCHBOARD_LANGUAGE ?? '') ?? 'en';
}
