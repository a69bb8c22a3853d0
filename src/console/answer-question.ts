import { DateTime } from 'luxon';
import { describeStatus, resolveCall, type CallHandling } from '../callflow/index.ts';
import type { Language } from '../i18n/index.ts';
import { questionAnswerLines, type Question } from '../workflow/index.ts';
import { answerWeek, type WeekAnswerOptions } from './answer-week.ts';
import { EXIT, writeLine, type CliIo } from './cli-io.ts';

/**
 * Prints where calls go now (status, list rules), where a call at a given time goes (test) or the
 * week, in `language`; JSON with `json`, whose words stay English (it is data).
 */
export async function answerQuestion(intent: Question, handling: CallHandling, now: DateTime, options: WeekAnswerOptions, io: CliIo, language: Language = 'en'): Promise<number> {
  if (intent.kind === 'week') return answerWeek(intent, handling, now, options, io, language);
  const { json } = options;
  if (!json) {
    questionAnswerLines(intent, handling, now, language).forEach((line) => writeLine(io.stdout, line));
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
