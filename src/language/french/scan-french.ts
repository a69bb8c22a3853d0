import type { Piece } from './french-rewrite.ts';
import type { FrenchRule, RuleMatch } from './french-rule.ts';
import { withoutAccents, type FrenchText } from './french-text.ts';

// English words after which a target starts: "to Alice", "in Support Menu", "ring Sales",
// "Alice, Bob and Chloé". A directory name there is kept as typed, even when it is a French word
// ("vers l'Accueil" with an extension named Accueil): exact names win over keywords, as in English.
const TARGET_LEAD = /(?:^|\s)(?:to|in|ring|and)$|,$/;
const ARTICLE = /(?:le|la|les)\s+|l'\s*|l\s+/y;
const SPACES = /\s+/y;
// A word kept as typed: a run of letters, a run of digits, or one other character.
const WORD = /[\p{L}\p{M}]+|\p{N}+|[^\s]/uy;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Rewrites a stretch of French text (from `from` to `to`) into the grammar's English, word by
 * word: at each word the first rule that matches gives the English of its phrase; a directory
 * name where a target starts, and a quoted name, are kept as typed; any other word is kept
 * without its accents. `previous` is the English before the stretch (the command word).
 */
export function scanFrench(
  text: FrenchText,
  from: number,
  to: number,
  rules: ReadonlyArray<FrenchRule>,
  names: ReadonlyArray<string>,
  previous = '',
): ReadonlyArray<Piece> {
  const folded = text.folded.slice(0, to);
  const pieces: Piece[] = [];
  let before = previous;
  let index = from;
  while (index < to) {
    SPACES.lastIndex = index;
    if (SPACES.test(folded)) {
      index = SPACES.lastIndex;
      continue;
    }
    // Phrases start at a word's start: "10:00" in "2026-12-24T10:00" is part of a date-time.
    const wordStart = index === from || !LETTER_OR_DIGIT.test(folded.charAt(index - 1));
    const rule = wordStart ? firstMatch(rules, folded, index, before) : null;
    const name = TARGET_LEAD.test(before) ? findName(folded, index, names) : null;
    if (name !== null && (rule === null || name.end >= index + rule.length)) {
      pieces.push({ english: '', from: index, to: name.start, verbatim: false });
      pieces.push({ english: text.source.slice(name.start, name.end), from: name.start, to: name.end, verbatim: true });
      before = text.source.slice(name.start, name.end);
      index = name.end;
      continue;
    }
    if (rule !== null) {
      const end = index + rule.length;
      pieces.push({ english: rule.english, from: index, to: end, verbatim: false });
      if (rule.english !== '') before = rule.english;
      index = end;
      if (rule.keepRest === true) {
        const rest = text.source.slice(index, to).trimStart();
        if (rest !== '') pieces.push({ english: rest, from: to - rest.length, to, verbatim: true });
        break;
      }
      continue;
    }
    // A quoted name ("Noël") is kept whole, accents and all; any other word the rules do not know
    // loses its accents, so the grammar says which word it did not understand rather than
    // refusing the whole date as written in another language.
    const quoted = folded.charAt(index) === '"' ? folded.indexOf('"', index + 1) : -1;
    if (quoted !== -1) {
      pieces.push({ english: text.source.slice(index, quoted + 1), from: index, to: quoted + 1, verbatim: true });
      before = '"';
      index = quoted + 1;
      continue;
    }
    WORD.lastIndex = index;
    const word = WORD.exec(text.source)?.[0] ?? text.source.charAt(index);
    const end = Math.min(index + word.length, to);
    before = withoutAccents(text.source.slice(index, end));
    pieces.push({ english: before, from: index, to: end, verbatim: true });
    index = end;
  }
  return pieces;
}

function firstMatch(rules: ReadonlyArray<FrenchRule>, folded: string, index: number, previous: string): RuleMatch | null {
  for (const rule of rules) {
    const match = rule(folded, index, previous);
    if (match !== null) return match;
  }
  return null;
}

// The longest directory name at `index`, after an article when there is one ("la Réception").
function findName(folded: string, index: number, names: ReadonlyArray<string>): { start: number; end: number } | null {
  ARTICLE.lastIndex = index;
  const afterArticle = ARTICLE.test(folded) ? ARTICLE.lastIndex : index;
  for (const start of afterArticle === index ? [index] : [index, afterArticle]) {
    const name = names.find((candidate) => folded.startsWith(candidate, start) && !LETTER_OR_DIGIT.test(folded.charAt(start + candidate.length)));
    if (name !== undefined) return { start, end: start + name.length };
  }
  return null;
}
