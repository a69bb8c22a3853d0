import type { TimeContext } from './command-context.ts';
import { refuse, type CommandRefusal } from './command-refusal.ts';
import { parseDateRange } from './parse-date-range.ts';
import { parseMoment, type Moment } from './parse-moment.ts';
import { parseTimeRange } from './parse-time-range.ts';
import { isDateRefusal, NO_LOOK_BACK, ONE_NIGHT, placeSpan, spanOnDay, type Span } from './place-span.ts';
import { endOfDay } from './resolve-moment.ts';

/** Spans read, a refusal when the text is a date that cannot be used, or null when it is not a date. */
export type DateSpansResult = ReadonlyArray<Span> | CommandRefusal | null;

type SpanForm = (text: string, context: TimeContext) => Span | CommandRefusal | null;

// Range words between two days or moments. "until" ends *at* a plain day ("until Monday": back
// on Monday); the others include it ("Dec 24 to Dec 26" is three days).
const RANGE_SEPARATOR = /\s+(to|until|till|through|thru)\s+|\s*(-)\s*/gi;
// ISO dates keep their hyphens: "2027-01-01" is not a range.
const ISO_DATE_TIME = /\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?/gi;

/**
 * Reads dates as spans in the company zone. Order matters: the forms with a time range go
 * first so "Dec 31 12-5" is one afternoon, not Dec 31 to May 12.
 * - a day and a time range: "Dec 31 from 12 to 5", "12-5pm on Dec 31"
 * - "between Dec 24 and Jan 1" (both days included)
 * - a range: "Dec 24-26", "from Dec 24 5pm to Dec 26 9am", ISO date-times, "Dec 30 until Jan 2"
 * - one day: "Dec 25", "tomorrow", "Friday", "2027-01-01", local midnight to the next
 * - a list of those: "Dec 24, Dec 31 and Jan 1"
 * A date with no year is the next one to come, counting today; a span that has already ended is
 * refused, as is one that ends before it starts.
 */
export function parseDateSpans(text: string, context: TimeContext): DateSpansResult {
  const body = stripLead(text);
  const single = parseSingleSpan(body, context);
  if (single !== null) return 'ok' in single ? single : [single];
  const parts = body.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  if (parts.length < 2) return null;
  const spans: Span[] = [];
  for (const part of parts) {
    const span = parseSingleSpan(stripLead(part), context);
    if (span === null || 'ok' in span) return span;
    spans.push(span);
  }
  return spans;
}

function parseSingleSpan(text: string, context: TimeContext): Span | CommandRefusal | null {
  for (const form of SPAN_FORMS) {
    const span = form(text, context);
    if (span !== null) return 'ok' in span ? span : checkSpan(span, text, context);
  }
  return null;
}

function stripLead(text: string): string {
  return text.trim().replace(/^(?:on|for|during)\s+/i, '');
}

function checkSpan(span: Span, text: string, context: TimeContext): Span | CommandRefusal {
  if (!span.from.isValid || !span.to.isValid) return refuse('date-unreadable', text);
  if (span.to <= span.from) return refuse('range-ends-before-start', text);
  if (span.to <= context.now) return refuse('date-in-past', text);
  return span;
}


// "Dec 31 from 12 to 5", "Dec 31 12-5pm", "tomorrow between 12 and 1": a plain day, then a time range.
const dayWithTimes: SpanForm = (text, context) => {
  for (const match of text.matchAll(/\s+/g)) {
    const times = parseTimeRange(text.slice(match.index + match[0].length));
    if (times === null) continue;
    const day = plainDay(text.slice(0, match.index), context);
    if (day === null) continue;
    return 'ok' in times ? times : placeSpan(day, text, context, ONE_NIGHT, (start) => spanOnDay(start, times, context));
  }
  return null;
};

// "12-5 on Dec 31": a time range, then the day.
const timesOnDay: SpanForm = (text, context) => {
  const match = /^(.+?)\s+on\s+(.+)$/i.exec(text);
  if (!match) return null;
  const times = parseTimeRange(match[1] ?? '');
  if (times === null) return null;
  const day = plainDay(match[2] ?? '', context);
  if (day === null) return null;
  return 'ok' in times ? times : placeSpan(day, text, context, ONE_NIGHT, (start) => spanOnDay(start, times, context));
};

const between: SpanForm = (text, context) => {
  const match = /^between\s+(.+)$/i.exec(text);
  if (!match) return null;
  const body = match[1] ?? '';
  for (const separator of body.matchAll(/\s+and\s+/gi)) {
    const span = parseDateRange(body.slice(0, separator.index), 'and', body.slice(separator.index + separator[0].length), context);
    if (span !== null) return span;
  }
  return null;
};

const fromTo: SpanForm = (text, context) => {
  const body = text.replace(/^from\s+/i, '');
  const protectedSpans = [...body.matchAll(ISO_DATE_TIME)].map((match) => [match.index, match.index + match[0].length] as const);
  let refusal: CommandRefusal | null = null;
  for (const separator of body.matchAll(RANGE_SEPARATOR)) {
    const at = separator.index;
    if (separator[2] === '-' && protectedSpans.some(([start, end]) => at > start && at < end)) continue;
    const word = (separator[1] ?? '-').toLowerCase();
    const span = parseDateRange(body.slice(0, at), word, body.slice(at + separator[0].length), context);
    if (span !== null && !('ok' in span)) return span;
    refusal ??= span;
  }
  return refusal;
};

const oneDay: SpanForm = (text, context) => {
  const read = parseMoment(text, context);
  if (!read.ok) return isDateRefusal(read) ? read : null;
  if (read.moment.time !== undefined) return refuse('when-needs-end', text);
  return placeSpan(read.moment, text, context, NO_LOOK_BACK, (day) => ({ from: day, to: endOfDay(day, context.timeZone) }));
};

const SPAN_FORMS: ReadonlyArray<SpanForm> = [dayWithTimes, timesOnDay, between, fromTo, oneDay];

// A day without a time ("Dec 31", "tomorrow", "Friday"), not yet placed in the calendar.
function plainDay(text: string, context: TimeContext): Moment | null {
  const read = parseMoment(text, context);
  return read.ok && read.moment.time === undefined ? read.moment : null;
}
