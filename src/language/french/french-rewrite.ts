import type { FrenchText } from './french-text.ts';

/**
 * One stretch of the English the grammar reads and the French it came from: a rewritten phrase
 * ("le 25 déc." -> "Dec 25"), or text kept character for character (`verbatim`: a name, a
 * number, a word the French layer does not know, that one without its accents). `from` and `to`
 * are positions in the French text; a dropped word has no English.
 */
export interface Piece {
  readonly english: string;
  readonly from: number;
  readonly to: number;
  readonly verbatim: boolean;
}

/** A French command rewritten into the grammar's English words, with where each piece came from. */
export interface FrenchRewrite {
  readonly text: FrenchText;
  readonly english: string;
  readonly placed: ReadonlyArray<PlacedPiece>;
}

interface PlacedPiece extends Piece {
  /** Where the piece's English starts in `english`. */
  readonly at: number;
}

const WORD_EDGE = /[\p{L}\p{N}]/u;

/**
 * Puts the pieces' English together: a space where the French had one (or a dropped word), none
 * where it had none ("9 h-17 h" -> "09:00-17:00"), and one between two words that would otherwise
 * run together.
 */
export function assembleRewrite(text: FrenchText, pieces: ReadonlyArray<Piece>): FrenchRewrite {
  let english = '';
  const placed: PlacedPiece[] = [];
  let previous: Piece | undefined;
  for (const piece of pieces) {
    if (piece.english === '') continue;
    if (previous !== undefined && needsSpace(previous, piece)) english += ' ';
    placed.push({ ...piece, at: english.length });
    english += piece.english;
    previous = piece;
  }
  return { text, english, placed };
}

function needsSpace(before: Piece, after: Piece): boolean {
  if (after.from > before.to) return true;
  if (before.verbatim && after.verbatim) return false;
  return WORD_EDGE.test(before.english.slice(-1)) && WORD_EDGE.test(after.english.charAt(0));
}

/**
 * The French text behind a stretch of the English (what a refusal quotes), so a refusal quotes
 * what the person typed, never the rewrite. A rewritten piece counts whole; a piece kept as typed
 * counts character for character. The grammar sometimes quotes words it put together itself
 * ("Dec 26 - 24" for "Dec 26-24"); those are found word by word. Anything not found at all
 * quotes the whole command.
 */
export function frenchSourceOf(rewrite: FrenchRewrite, english: string): string {
  if (english === '') return '';
  const span = findEnglish(rewrite.english, english);
  if (span === null) return rewrite.text.source;
  const [start, end] = span;
  const covered = rewrite.placed.filter((piece) => piece.at < end && piece.at + piece.english.length > start);
  const first = covered[0];
  const last = covered.at(-1);
  if (first === undefined || last === undefined) return '';
  const from = first.verbatim ? first.from + Math.max(0, start - first.at) : first.from;
  const to = last.verbatim ? last.to - Math.max(0, last.at + last.english.length - end) : last.to;
  return rewrite.text.source.slice(from, to).trim();
}

function findEnglish(haystack: string, needle: string): readonly [number, number] | null {
  const exact = haystack.indexOf(needle);
  if (exact !== -1) return [exact, exact + needle.length];
  const lowerHaystack = haystack.toLowerCase();
  const words = needle.toLowerCase().split(/\s+/).filter((word) => word !== '');
  if (lowerHaystack.length !== haystack.length || words.length === 0) return null;
  let start = -1;
  let end = 0;
  for (const word of words) {
    const at = lowerHaystack.indexOf(word, end);
    if (at === -1) return null;
    if (start === -1) start = at;
    end = at + word.length;
  }
  return [start, end];
}
