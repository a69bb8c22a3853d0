import { DateTime } from 'luxon';
import { describeStatus, describeTimeZone, resolveCall, type CallHandling } from '../callflow/index.ts';
import type { Intent } from '../language/index.ts';
import { EXIT, writeLine, type CliIo } from './cli-io.ts';

/** The commands that only read call handling. */
export type Question = Extract<Intent, { kind: 'status' | 'test' | 'list-rules' }>;

/** Whether an Intent only reads call handling. */
export function isQuestion(intent: Intent): intent is Question {
  return intent.kind === 'status' || intent.kind === 'test' || intent.kind === 'list-rules';
}

/** Prints where calls go now (status, list rules) or where a call at a given time goes (test). */
export function answerQuestion(intent: Question, handling: CallHandling, now: DateTime, json: boolean, io: CliIo): number {
  switch (intent.kind) {
    case 'list-rules':
    case 'status': {
      const at = intent.kind === 'status' && intent.at !== undefined ? DateTime.fromISO(intent.at, { setZone: true }) : now;
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
