import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import {
  describeStatus,
  describeTimeZone,
  proposalRefusalMessage,
  proposeChange,
  resolveCall,
  type CallHandling,
} from '../callflow/index.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { parseCommand, refusalMessage, type Intent } from '../language/index.ts';
import { createLogger } from '../logger.ts';
import { isRingCentralApiError, type RingCentralGateway } from '../ringcentral/index.ts';
import { EXIT, writeLine, type CliIo } from './cli-io.ts';
import { connectRingCentral } from './connect-ring-central.ts';

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
  let config;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      writeLine(io.stderr, error.message);
      return EXIT.usage;
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  let connection;
  try {
    connection = await connectRingCentral(config, logger);
  } catch (error) {
    writeLine(io.stderr, `Could not start: ${(error as Error).message}`);
    return EXIT.refused;
  }
  try {
    if (connection.announcement) writeLine(io.stderr, connection.announcement);
    const handling = await connection.gateway.readCallHandling();
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
    const options = { json: parsed.values.json === true, yes: parsed.values.yes === true };
    return await carryOut(result.intent, handling, now.at, connection.gateway, options, io);
  } catch (error) {
    if (isRingCentralApiError(error)) {
      const hint = error.code === 'unauthorized' ? ' Check RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET and RINGCENTRAL_JWT.' : '';
      writeLine(io.stderr, `${error.message}${hint}`);
      return EXIT.ringCentralFailure;
    }
    throw error;
  } finally {
    await connection.close();
  }
}

function readNow(text: string | undefined, timeZone: string): { ok: true; at: DateTime } | { ok: false; message: string } {
  if (text === undefined) return { ok: true, at: DateTime.now().setZone(timeZone) };
  const at = DateTime.fromISO(text, { zone: timeZone, setZone: false });
  if (!at.isValid) return { ok: false, message: `--now "${text}" is not an ISO date-time. Try --now 2026-12-24T10:00.` };
  return { ok: true, at: at.setZone(timeZone) };
}

type Question = Extract<Intent, { kind: 'status' | 'test' }>;

function answer(intent: Question, handling: CallHandling, now: DateTime, json: boolean, io: CliIo): number {
  switch (intent.kind) {
    case 'status': {
      const at = intent.at === undefined ? now : DateTime.fromISO(intent.at, { setZone: true });
      const report = describeStatus(handling, at);
      if (json) writeLine(io.stdout, JSON.stringify({ at: at.toISO(), now: report.now, lines: report.lines }, null, 2));
      else report.lines.forEach((line) => writeLine(io.stdout, line));
      return EXIT.ok;
    }
    case 'test': {
      const at = DateTime.fromISO(intent.at, { setZone: true });
      const resolution = resolveCall(handling, { at, ...(intent.from ? { from: intent.from } : {}), ...(intent.to ? { to: intent.to } : {}) });
      const when = `${at.toFormat('ccc LLL d, yyyy HH:mm', { locale: 'en-US' })} ${describeTimeZone(handling.timeZone, at)}`;
      const caller = intent.from ? ` from ${intent.from}` : '';
      if (json) writeLine(io.stdout, JSON.stringify({ at: intent.at, from: intent.from, to: intent.to, ...resolution }, null, 2));
      else writeLine(io.stdout, `A call at ${when}${caller}: ${resolution.summary}.`);
      return EXIT.ok;
    }
  }
}

/**
 * Answers a question, or shows what a change will do in the company zone and, with --yes, applies
 * it. Approvals and the audit trail arrive with the workflow; until then this acts for the one
 * local admin.
 */
async function carryOut(
  intent: Intent,
  handling: CallHandling,
  now: DateTime,
  gateway: RingCentralGateway,
  options: { json: boolean; yes: boolean },
  io: CliIo,
): Promise<number> {
  if (intent.kind === 'list-rules') return answer({ kind: 'status' }, handling, now, options.json, io);
  if (intent.kind === 'status' || intent.kind === 'test') return answer(intent, handling, now, options.json, io);
  const proposal = proposeChange(handling, intent, now);
  if (!proposal.ok) {
    writeLine(io.stderr, proposalRefusalMessage(proposal.code, proposal.id));
    return EXIT.refused;
  }
  const zone = describeTimeZone(handling.timeZone, now);
  const preview = [`Times in ${zone}.`, ...proposal.changes.map((c) => `- ${c.text}`), ...proposal.warnings.map((w) => `Warning: ${w.text}`)];
  if (proposal.plan.length === 0 || !options.yes) {
    if (options.json) writeLine(io.stdout, JSON.stringify({ applied: false, changes: proposal.changes, warnings: proposal.warnings, plan: proposal.plan }, null, 2));
    else preview.forEach((line) => writeLine(io.stdout, line));
    if (proposal.plan.length > 0 && !options.json) writeLine(io.stdout, 'Nothing changed yet. Run again with --yes to apply.');
    return EXIT.ok;
  }
  const applied = await gateway.applyPlan(proposal.plan);
  if (!applied.ok) {
    writeLine(io.stderr, `${applied.failed.error.message} (${applied.done.length} of ${proposal.plan.length} steps were applied before it failed).`);
    return EXIT.ringCentralFailure;
  }
  if (options.json) writeLine(io.stdout, JSON.stringify({ applied: true, changes: proposal.changes, warnings: proposal.warnings, createdRuleIds: applied.createdRuleIds }, null, 2));
  else [...preview, 'Applied.'].forEach((line) => writeLine(io.stdout, line));
  return EXIT.ok;
}
