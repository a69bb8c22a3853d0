import type { Language } from '../i18n/language.ts';
import type { CommandContext } from './command-context.ts';
import type { CommandParser, CommandReading } from './command-parser.ts';
import { refuse, type CommandRefusal } from './command-refusal.ts';
import { findTargetPrefix } from './find-target-prefix.ts';
import { instantIso } from './instant-iso.ts';
import type { RouteTarget } from './intent.ts';
import { parseRelativeSpan } from './parse-relative-span.ts';
import type { Span } from './place-span.ts';
import { proposeClosureName } from './propose-rule-name.ts';
import { endOfDay } from './resolve-moment.ts';

const CLOSE = /^close(?:\s+now)?(?:\s+(.*))?$/i;
const TO = /(?:^|\s)to\s+/gi;

/**
 * `close [now] [until <time> | for <duration>] [to <target>]`: an emergency closure from now that
 * always ends by itself, by default at the end of the company-local day. Without a target calls
 * are routed as after hours.
 *
 * @example parseCloseCommand('close now until 3pm', context)
 */
export const parseCloseCommand: CommandParser = (text, context, language) => {
  const command = CLOSE.exec(text);
  if (!command) return null;
  const body = (command[1] ?? '').trim();
  if (body === '') return closure(undefined, undefined, context, language);
  // "until 3pm to voicemail" or "to voicemail until 3pm": try each "to" as the start of the target.
  let refusal: CommandRefusal | undefined;
  for (const match of body.matchAll(TO)) {
    const before = body.slice(0, match.index).trim();
    const span = before === '' ? undefined : parseRelativeSpan(before, context);
    if (span === null) continue;
    if (span !== undefined && 'ok' in span) return span;
    const found = findTargetPrefix(body.slice(match.index + match[0].length), context, { allowUsers: true });
    if ('ok' in found) {
      refusal ??= found;
      continue;
    }
    if (found.rest === '') return closure(span, found.target, context, language);
    if (span !== undefined) return refuse('leftover-words', found.rest);
    const after = parseRelativeSpan(found.rest, context);
    if (after === null) return refuse('leftover-words', found.rest);
    return 'ok' in after ? after : closure(after, found.target, context, language);
  }
  if (refusal !== undefined) return refusal;
  const span = parseRelativeSpan(body, context);
  if (span === null) return refuse('leftover-words', body);
  return 'ok' in span ? span : closure(span, undefined, context, language);
};

function closure(span: Span | undefined, target: RouteTarget | undefined, context: CommandContext, language: Language): CommandReading {
  const now = context.now.setZone(context.timeZone);
  const to = span?.to ?? endOfDay(now, context.timeZone);
  const range = { from: instantIso(now), to: instantIso(to) };
  return {
    ok: true,
    intent: {
      kind: 'close',
      range,
      proposedName: proposeClosureName(range.to, context.timeZone, language),
      ...(target === undefined ? {} : { target }),
    },
  };
}
