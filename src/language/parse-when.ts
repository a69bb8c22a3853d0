import type { TimeContext } from './command-context.ts';
import { refuse, type CommandRefusal } from './command-refusal.ts';
import { findDateTrouble, isForeignDateText } from './find-date-trouble.ts';
import { instantIso } from './instant-iso.ts';
import type { RuleWhen } from './intent.ts';
import { parseDateSpans } from './parse-date-span.ts';
import { parseRelativeSpan } from './parse-relative-span.ts';
import { parseTimeRange } from './parse-time-range.ts';
import { parseWeeklySchedule } from './parse-weekly-schedule.ts';
import type { Span } from './place-span.ts';

/** When a rule applies, read from text, or why not. */
export type WhenParseResult = { readonly ok: true; readonly when: RuleWhen } | CommandRefusal;

type WhenParser = (text: string, context: TimeContext) => RuleWhen | CommandRefusal | null;

const relative: WhenParser = (text, context) => {
  const span = parseRelativeSpan(text, context);
  return span === null || 'ok' in span ? span : datesOf([span]);
};

// A weekly schedule only when said as one: "every Friday", "Fridays", "Mon, Wed"; a plain
// "Friday" is the next Friday, a date.
const weekly: WhenParser = (text) => {
  const reading = parseWeeklySchedule(text);
  if (reading === null || !('weekly' in reading)) return reading;
  return reading.recurring ? { kind: 'weekly', weekly: reading.weekly } : null;
};

const dates: WhenParser = (text, context) => {
  const trouble = findDateTrouble(text);
  if (trouble !== null) return trouble;
  const spans = parseDateSpans(text, context);
  return spans === null || 'ok' in spans ? spans : datesOf(spans);
};

/** The `<when>` readers, tried in order; the first that recognises the text decides. */
const WHEN_PARSERS: ReadonlyArray<WhenParser> = [relative, weekly, dates];

// Above this many words, looking for the one word too many would cost more than it helps.
const LEFTOVER_SEARCH_WORDS = 12;
const DATE_SIGNAL =
  /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tomorrow|yesterday|now|until|till|from|between|every|each|week|weekdays?|weekends?|daily|noon|midnight)/i;

/**
 * Reads the `<when>` of a route command: a date, a date range, a time of day on a date, a weekly
 * schedule, or a span from now. Empty text means no time condition (`always`). Anything not
 * read in full is refused, naming the part not understood.
 *
 * @example parseWhen('weekdays 12:00-13:00', context) // { ok: true, when: { kind: 'weekly', weekly: { monday: [{ from: 720, to: 780 }], … } } }
 */
export function parseWhen(text: string, context: TimeContext): WhenParseResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, when: { kind: 'always' } };
  if (isForeignDateText(trimmed)) return refuse('date-language', trimmed);
  const read = readWhen(trimmed, context);
  if (read !== null) return 'ok' in read ? read : { ok: true, when: read };
  return explainUnread(trimmed, context);
}

function readWhen(text: string, context: TimeContext): RuleWhen | CommandRefusal | null {
  for (const parser of WHEN_PARSERS) {
    const result = parser(text, context);
    if (result !== null) return result;
  }
  return null;
}

// Nothing read the whole text: say which words are extra when the rest reads as a date, say a
// day is missing when it is only a time range, else say the text is not a date.
function explainUnread(text: string, context: TimeContext): CommandRefusal {
  const range = parseTimeRange(text.replace(/^(?:on|during)\s+/i, ''));
  if (range !== null) return 'ok' in range ? range : refuse('when-needs-day', text);
  const words = text.split(' ');
  if (words.length <= LEFTOVER_SEARCH_WORDS) {
    for (let cut = words.length - 1; cut >= 1; cut -= 1) {
      const head = readWhen(words.slice(0, cut).join(' '), context);
      if (head !== null && !('ok' in head)) return refuse('leftover-words', words.slice(cut).join(' '));
      const tail = readWhen(words.slice(words.length - cut).join(' '), context);
      if (tail !== null && !('ok' in tail)) return refuse('leftover-words', words.slice(0, words.length - cut).join(' '));
    }
  }
  return DATE_SIGNAL.test(text) ? refuse('date-unreadable', text) : refuse('leftover-words', text);
}

function datesOf(spans: ReadonlyArray<Span>): RuleWhen {
  return { kind: 'dates', ranges: spans.map((span) => ({ from: instantIso(span.from), to: instantIso(span.to) })) };
}
