import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { parseCommand, refusalMessage } from '../language/index.ts';
import { createLogger } from '../logger.ts';
import { isRingCentralApiError } from '../ringcentral/index.ts';
import { isStoreError } from '../store/index.ts';
import type { Actor } from '../workflow/index.ts';
import { carryOutCommand } from './carry-out-command.ts';
import { EXIT, writeLine, type CliIo } from './cli-io.ts';
import { loadCliConfig } from './load-cli-config.ts';
import { openWorkflowSession, type WorkflowSession } from './open-workflow-session.ts';

const USAGE = 'Usage: switchboard run [--now TIME] [--as NAME] [--yes] [--json] "<command>"';

/** `switchboard run`: reads the call handling, runs one command against it, prints the answer. */
export async function runOneCommand(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { now: { type: 'string' }, as: { type: 'string' }, yes: { type: 'boolean' }, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    writeLine(io.stderr, `${(error as Error).message}. ${USAGE}`);
    return EXIT.usage;
  }
  const text = parsed.positionals.join(' ').trim();
  if (text === '') {
    writeLine(io.stderr, `No command given. ${USAGE}`);
    return EXIT.usage;
  }
  if (parsed.values.as !== undefined && !/^@?[\w.@-]{1,80}$/u.test(parsed.values.as)) {
    writeLine(io.stderr, `--as "${parsed.values.as}" is not a user id or name: use letters, digits, dots and dashes, e.g. --as alice.`);
    return EXIT.usage;
  }
  const config = loadCliConfig(io);
  if (config === undefined) return EXIT.usage;
  const logger = createLogger({ level: config.logLevel });
  let session: WorkflowSession | undefined;
  try {
    session = await openWorkflowSession(config, logger);
    session.notices.forEach((line) => writeLine(io.stderr, line));
    const handling = await session.ringCentral.gateway.readCallHandling();
    const now = readNow(parsed.values.now, handling.timeZone);
    if (!now.ok) {
      writeLine(io.stderr, now.message);
      return EXIT.usage;
    }
    const result = parseCommand(text, { ...handling, now: now.at });
    if (!result.ok) {
      writeLine(io.stderr, refusalMessage(result.code, result.text, result.candidates));
      return EXIT.refused;
    }
    const actor = actorFor(parsed.values.as);
    const options = { json: parsed.values.json === true, yes: parsed.values.yes === true };
    return await carryOutCommand(
      { text, intent: result.intent, actor, handling, now: now.at, workflow: session.workflow, policy: config.policy, options },
      io,
    );
  } catch (error) {
    if (isRingCentralApiError(error)) {
      const hint = error.code === 'unauthorized' ? ' Check RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET and RINGCENTRAL_JWT.' : '';
      writeLine(io.stderr, `${error.message}${hint}`);
      return EXIT.ringCentralFailure;
    }
    const storeFailure = isStoreError(error) ? error : session?.explainStoreFailure(error);
    if (storeFailure !== undefined) {
      writeLine(io.stderr, storeFailure.message);
      return EXIT.ringCentralFailure;
    }
    throw error;
  } finally {
    await session?.close();
  }
}

/** `--as NAME`, else the local account's user name: the one local admin of a console. */
function actorFor(as: string | undefined): Actor {
  const id = as ?? localUserName();
  return { id, name: id };
}

function localUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'local-admin';
  }
}

function readNow(text: string | undefined, timeZone: string): { ok: true; at: DateTime } | { ok: false; message: string } {
  if (text === undefined) return { ok: true, at: DateTime.now().setZone(timeZone) };
  const at = DateTime.fromISO(text, { zone: timeZone, setZone: false });
  if (!at.isValid) return { ok: false, message: `--now "${text}" is not an ISO date-time. Try --now 2026-12-24T10:00.` };
  return { ok: true, at: at.setZone(timeZone) };
}
