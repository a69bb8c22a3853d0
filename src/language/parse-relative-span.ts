import type { TimeContext } from './command-context.ts';
import { refuse, type CommandRefusal } from './command-refusal.ts';
import type { Span } from './place-span.ts';
import { parseDuration } from './parse-duration.ts';
import { parseInstant } from './parse-instant.ts';

const UNTIL = /^(?:(?:from\s+)?now\s+(?:until|till|to|through)|until|till)\s+(.+)$/i;
const FOR = /^(?:(?:from\s+)?now\s+)?for\s+(.+)$/i;
// A text that talks about a length of time, so failing to read it is worth saying so.
const LENGTH_WORDS = /\b(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|fortnights?|while|bit)\b/i;

/**
 * Reads a span that starts now: "now until 3pm", "until tomorrow 9am", "until Monday" (back on
 * Monday at midnight), "for 2 hours", "now for 30 minutes". A lone time is the next one to come
 * ("until 9am" said at 10pm is tomorrow's). Null when the text does not start that way; "for Dec 25"
 * is a date, left to the date forms.
 */
export function parseRelativeSpan(text: string, context: TimeContext): Span | CommandRefusal | null {
  const now = context.now.setZone(context.timeZone);
  const until = UNTIL.exec(text.trim());
  if (until) {
    const endText = until[1] ?? '';
    const end = parseInstant(endText, context, { timeOnly: 'next' });
    if (!end.ok) return end;
    if (end.at <= now) return refuse('date-in-past', endText.trim());
    return { from: now, to: end.at };
  }
  const forMatch = FOR.exec(text.trim());
  if (forMatch) {
    const durationText = forMatch[1] ?? '';
    const duration = parseDuration(durationText);
    if (duration === null) return LENGTH_WORDS.test(durationText) ? refuse('duration-unreadable', durationText.trim()) : null;
    return { from: now, to: now.plus({ days: duration.days }).plus({ minutes: duration.minutes }) };
  }
  return null;
}
