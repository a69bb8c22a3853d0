import type { Destination, ExtensionType } from '../callflow/model.ts';
import type { CommandContext } from './command-context.ts';
import { refuse, type CommandRefusal } from './command-refusal.ts';
import { describeEntry, directoryEntries, type DirectoryEntry } from './directory-entries.ts';
import { foldText } from './fold-text.ts';
import type { RingMode, RouteTarget } from './intent.ts';
import { suggestCandidates } from './suggest-candidates.ts';

/** A target found in the directory, a refusal naming the candidates, or null: not a target at all. */
export type TargetResolution = { readonly ok: true; readonly target: RouteTarget } | CommandRefusal | null;

/** Which targets a command accepts. */
export interface TargetOptions {
  /** Several users rung together ("Alice, Bob and Chloé in order"). */
  readonly allowUsers: boolean;
}

type Directory = Pick<CommandContext, 'extensions' | 'ivrMenus'>;

const GREETING_WORDS = new Set(['greeting', 'company greeting', 'operator', 'main menu', 'auto-receptionist', 'auto receptionist']);
const HANG_UP_WORDS = new Set([
  'greeting then hang up',
  'greeting and hang up',
  'greeting then hangup',
  'greeting and hangup',
  'greeting then disconnect',
  'greeting and disconnect',
  'company greeting then hang up',
]);
const TYPE_WORDS: ReadonlyMap<string, ExtensionType> = new Map([
  ['voicemail', 'Voicemail'],
  ['voice mail', 'Voicemail'],
  ['message only', 'Voicemail'],
  ['announcement', 'Announcement'],
  ['holiday message', 'Announcement'],
  ['holiday announcement', 'Announcement'],
]);
const RING_MODE_PHRASES: ReadonlyArray<readonly [RegExp, RingMode]> = [
  [/\s+(?:all at once|simultaneously|at the same time|together)$/, 'Simultaneous'],
  [/\s+(?:in order|in sequence|in turn|one by one|one after another|sequentially)$/, 'FixedOrder'],
  [/\s+(?:longest idle|to whoever has been idle longest|whoever has been idle longest|round robin|rotating|in rotation)$/, 'Rotating'],
];
const LIST_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/;

/**
 * Resolves a target phrase against the company directory. Exact extension and IVR menu names win
 * over keywords (a menu may be called "Main Menu"); then the keywords: "greeting", "operator",
 * "main menu" (the company greeting), "greeting then hang up", "voicemail" (the message-only
 * extension), "announcement" / "holiday message"; then "ext 102" or "102"; then a user's first
 * name; then, when allowed, a list of users with a ring mode.
 *
 * @example resolveTarget('Alice, Bob and Chloé in order', context, { allowUsers: true })
 *   // { ok: true, target: { kind: 'users', extensionIds: ['101', '102', '103'], ringMode: 'FixedOrder' } }
 */
export function resolveTarget(text: string, context: Directory, options: TargetOptions): TargetResolution {
  const entries = directoryEntries(context);
  const single = resolveSingle(text, entries);
  if (single !== null || !options.allowUsers) return single;
  return resolveUserList(text, entries);
}

/** Candidate names for a target that was not found: the names that look like what was typed. */
export function targetCandidates(text: string, context: Directory): ReadonlyArray<string> {
  return suggestCandidates(text, directoryEntries(context), (entry) => entry.name).map(describeEntry);
}

function resolveSingle(text: string, entries: ReadonlyArray<DirectoryEntry>): TargetResolution {
  const typed = foldText(text).replace(/^the\s+/, '');
  if (typed === '') return null;
  const exact = entries.filter((entry) => entry.folded === typed || entry.folded === foldText(text));
  if (exact.length > 0) return pick(text, exact);
  if (GREETING_WORDS.has(typed)) return { ok: true, target: { kind: 'greeting' } };
  if (HANG_UP_WORDS.has(typed)) return { ok: true, target: { kind: 'greeting-then-hang-up' } };
  const type = TYPE_WORDS.get(typed);
  if (type !== undefined) {
    const ofType = entries.filter((entry) => entry.type === type);
    return ofType.length === 0 ? refuse('target-unknown', text, []) : pick(text, ofType);
  }
  const number = /^(?:(ext\.?|extension|x|#)\s*)?(\d{1,8})$/.exec(typed);
  if (number) {
    const byNumber = entries.filter((entry) => entry.extensionNumber === number[2]);
    if (byNumber.length > 0) return pick(text, byNumber);
    return number[1] === undefined ? null : refuse('target-unknown', text, []);
  }
  if (/^[\p{L}'-]+$/u.test(typed)) {
    const byFirstName = entries.filter((entry) => entry.type === 'User' && entry.folded.split(' ')[0] === typed);
    if (byFirstName.length > 0) return pick(text, byFirstName);
  }
  return null;
}

function pick(text: string, found: ReadonlyArray<DirectoryEntry>): TargetResolution {
  const [only] = found;
  if (only === undefined) return null;
  if (found.length > 1) return refuse('target-ambiguous', text, found.map(describeEntry));
  if (!only.enabled) return refuse('target-disabled', text);
  return { ok: true, target: destinationOf(only) };
}

function destinationOf(entry: DirectoryEntry): Destination {
  return { kind: 'extension', extensionId: entry.id };
}

// "Alice, Bob and Chloé in order": every name must be one user; an unknown name means this is
// not a list at all (the caller may try a shorter phrase), a name that is not a user is refused.
function resolveUserList(text: string, entries: ReadonlyArray<DirectoryEntry>): TargetResolution {
  const typed = text.trim();
  const mode = RING_MODE_PHRASES.find(([pattern]) => pattern.test(typed.toLowerCase()));
  const names = (mode === undefined ? typed : typed.replace(new RegExp(mode[0].source, 'i'), '')).split(LIST_SEPARATOR);
  if (names.length < 2) return null;
  const resolved = names.map((name) => ({ name, resolution: resolveSingle(name, entries) }));
  if (resolved.some(({ resolution }) => resolution === null)) return null;
  const refused = resolved.find(({ resolution }) => resolution !== null && !resolution.ok);
  if (refused?.resolution && !refused.resolution.ok) return refused.resolution;
  const ids: string[] = [];
  for (const { name, resolution } of resolved) {
    const target = resolution?.ok ? resolution.target : undefined;
    const entry = target?.kind === 'extension' ? entries.find((candidate) => candidate.id === target.extensionId) : undefined;
    if (entry?.type !== 'User') return refuse('target-not-user', name);
    if (!ids.includes(entry.id)) ids.push(entry.id);
  }
  if (ids.length < 2) return null;
  return { ok: true, target: { kind: 'users', extensionIds: ids, ringMode: mode?.[1] ?? 'Simultaneous' } };
}
