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

/** The answer to a question in lines a person reads: the same words in the console and in Slack. */
export function questionAnswerLines(intent: Question, handling: CallHandling, now: DateTime): string[] {
  if (intent.kind === 'test') {
    const at = DateTime.fromISO(intent.at, { setZone: true });
    const resolution = resolveCall(handling, { at, ...(intent.from ? { from: intent.from } : {}), ...(intent.to ? { to: intent.to } : {}) });
    const when = `${at.toFormat('ccc LLL d, yyyy HH:mm', { locale: 'en-US' })} ${describeTimeZone(handling.timeZone, at)}`;
    return [`A call at ${when}${intent.from ? ` from ${intent.from}` : ''}: ${resolution.summary}.`];
  }
  const at = intent.kind === 'status' && intent.at !== undefined ? DateTime.fromISO(intent.at, { setZone: true }) : now;
  return [...describeStatus(handling, at).lines];
}

/** Prints where calls go now (status, list rules) or where a call at a given time goes (test); JSON with `json`. */
export function answerQuestion(intent: Question, handling: CallHandling, now: DateTime, json: boolean, io: CliIo): number {
  if (!json) {
    questionAnswerLines(intent, handling, now).forEach((line) => writeLine(io.stdout, line));
    return EXIT.ok;
  }
  if (intent.kind === 'test') {
    const at = DateTime.fromISO(intent.at, { setZone: true });
    const resolution = resolveCall(handling, { at, ...(intent.from ? { from: intent.from } : {}), ...(intent.to ? { to: intent.to } : {}) });
    writeLine(io.stdout, JSON.stringify({ at: intent.at, from: intent.from, to: intent.to, ...resolution }, null, 2));
    return EXIT.ok;
  }
  const at = intent.kind === 'status' && intent.at !== undefined ? DateTime.fromISO(intent.at, { setZone: true }) : now;
  const report = describeStatus(handling, at);
  writeLine(io.stdout, JSON.stringify({ at: at.toISO(), now: report.now, lines: report.lines }, null, 2));
  return EXIT.ok;
}
