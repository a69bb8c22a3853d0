import { DateTime } from 'luxon';
import { describeCallResolution, describeMoment, describeStatus, describeTimeZone, resolveCall, type CallHandling } from '../callflow/index.ts';
import { CALL_HANDLING_MESSAGES, say, type Language } from '../i18n/index.ts';
import type { Intent } from '../language/index.ts';
import { weekTimeline } from '../week/index.ts';
import { weekOfQuestion } from './week-question.ts';

/** The commands that only read call handling. */
export type Question = Extract<Intent, { kind: 'status' | 'test' | 'list-rules' | 'week' }>;

/** Whether an Intent only reads call handling. */
export function isQuestion(intent: Intent): intent is Question {
  return intent.kind === 'status' || intent.kind === 'test' || intent.kind === 'list-rules' || intent.kind === 'week';
}

/**
 * The answer to a question in lines a person reads, in their language: the same words in the
 * console and in Slack. `week` is English whatever the language (week/ has no catalogue yet).
 */
export function questionAnswerLines(intent: Question, handling: CallHandling, now: DateTime, language: Language = 'en'): string[] {
  if (intent.kind === 'test') {
    const at = DateTime.fromISO(intent.at, { setZone: true });
    const resolution = resolveCall(handling, { at, ...(intent.from ? { from: intent.from } : {}), ...(intent.to ? { to: intent.to } : {}) });
    const when = `${describeMoment(at, language)} ${describeTimeZone(handling.timeZone, at, language)}`;
    const answer = { when, resolution: describeCallResolution(handling, resolution, language) };
    return [say(language, CALL_HANDLING_MESSAGES['test-answer'], intent.from ? { ...answer, from: intent.from } : answer)];
  }
  // Without colour: the same lines go to Slack and to a console that is not a terminal.
  if (intent.kind === 'week') return [...weekTimeline(weekOfQuestion(intent, handling, now, language), { color: false })];
  const at = intent.kind === 'status' && intent.at !== undefined ? DateTime.fromISO(intent.at, { setZone: true }) : now;
  return [...describeStatus(handling, at, language).lines];
}
