import type { CommandContext } from '../command-context.ts';
import type { CommandReading } from '../command-parser.ts';
import { refuse } from '../command-refusal.ts';
import { directoryEntries, type DirectoryEntry } from '../directory-entries.ts';
import { readGrammar } from '../read-grammar.ts';
import { FRENCH_COMMANDS, type ScanRest } from './french-commands.ts';
import { FRENCH_DATE_RULES } from './french-date-rules.ts';
import { assembleRewrite, frenchSourceOf } from './french-rewrite.ts';
import { frenchText } from './french-text.ts';
import { FRENCH_WORD_RULES } from './french-word-rules.ts';
import { scanFrench } from './scan-french.ts';

// Dates and times first: "pendant 2 heures" is a length of time before "pendant" is "for".
const FRENCH_RULES = [...FRENCH_DATE_RULES, ...FRENCH_WORD_RULES];
const NAMES = new WeakMap<ReadonlyArray<DirectoryEntry>, ReadonlyArray<string>>();

/**
 * Reads a French command (normalized words) into the same Intent as its English twin.
 *
 * The French is rewritten into the grammar's own English words, piece by piece ("envoyer vers la
 * messagerie le 25 déc." -> "route to voicemail Dec 25"), and the one grammar reads it, so every
 * check it makes (past dates, impossible days, DST, ambiguity, names in the directory) holds the
 * same in French, and a French command and its English twin cannot drift apart. Names, numbers
 * and a rule's or reason's own words are kept as typed. What the Intent names (rules, holidays)
 * is named in French. A refusal has the grammar's code and quotes the French the person typed,
 * never the rewrite.
 */
export function readFrenchCommand(words: string, context: CommandContext): CommandReading {
  const text = frenchText(words);
  const names = targetNames(context);
  const scanRest: ScanRest = (from, previous, to = text.source.length) => scanFrench(text, from, to, FRENCH_RULES, names, previous);
  for (const command of FRENCH_COMMANDS) {
    const pieces = command(text, scanRest);
    if (pieces === null) continue;
    const rewrite = assembleRewrite(text, pieces);
    const reading = readGrammar(rewrite.english, context, 'fr');
    if (reading.ok) return reading;
    return refuse(reading.code, frenchSourceOf(rewrite, reading.text), reading.candidates);
  }
  return refuse('command-unknown', words.split(' ')[0] ?? words);
}

// The names a target can be typed as, folded, longest first: every routable extension and IVR
// menu, and users' first names (the grammar finds a user by first name alone).
function targetNames(context: CommandContext): ReadonlyArray<string> {
  const entries = directoryEntries(context);
  const known = NAMES.get(entries);
  if (known !== undefined) return known;
  const names = new Set<string>();
  for (const entry of entries) {
    names.add(entry.folded);
    if (entry.type === 'User') names.add(entry.folded.split(' ')[0] ?? '');
  }
  const sorted = [...names].filter((name) => name !== '').sort((a, b) => b.length - a.length);
  NAMES.set(entries, sorted);
  return sorted;
}
