import type { CommandContext } from './command-context.ts';
import { refuse, type CommandRefusal } from './command-refusal.ts';
import type { RouteTarget } from './intent.ts';
import { resolveTarget, targetCandidates, type TargetOptions } from './resolve-target.ts';

/** A target read from the start of a text, and the words after it. */
export interface TargetPrefix {
  readonly target: RouteTarget;
  readonly rest: string;
}

// Words that start a `<when>` (or a clause after the target), so they end a target name that
// could not be found: "route to Alise on Dec 25" reports "Alise".
const AFTER_TARGET =
  /^(?:on|at|from|between|until|till|for|every|each|today|tomorrow|now|weekdays?|weekends?|daily|during|after|in|\d.*|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)$/i;

/**
 * Finds the target at the start of a text, trying the longest phrase first so "Sales and Support
 * on Friday" finds the queue "Sales and Support" before the user list "Sales, Support".
 * Refuses an unknown target with candidates that look like it.
 */
export function findTargetPrefix(text: string, context: CommandContext, options: TargetOptions): TargetPrefix | CommandRefusal {
  const words = text.trim().split(' ').filter((word) => word !== '');
  if (words.length === 0) return refuse('target-missing', '');
  for (let length = words.length; length >= 1; length -= 1) {
    const resolution = resolveTarget(words.slice(0, length).join(' '), context, options);
    if (resolution === null) continue;
    if (!resolution.ok) return resolution;
    return { target: resolution.target, rest: words.slice(length).join(' ') };
  }
  const end = words.findIndex((word, index) => index > 0 && AFTER_TARGET.test(word));
  const typed = words.slice(0, end === -1 ? words.length : end).join(' ');
  return refuse('target-unknown', typed, targetCandidates(typed, context));
}
