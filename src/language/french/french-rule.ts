/** What a rule sees around the place it is tried. */
export interface RuleSurroundings {
  /** The English of the last piece that had any ("" at the start). */
  readonly previous: string;
  /** The folded text right after the match, a few words of it. */
  readonly next: string;
}

/** A French phrase found at a place: how long it is in the text and the English it stands for. */
export interface RuleMatch {
  readonly length: number;
  readonly english: string;
  /** The rest of the text is kept as typed (an unquoted rule name after "nommée"). */
  readonly keepRest?: boolean;
}

/**
 * One French phrase and its English: tried at the start of each word of the folded text, it
 * gives a match or null. Rules are tried in order, so longer and more specific phrases go first.
 */
export type FrenchRule = (folded: string, index: number, previous: string) => RuleMatch | null;

// A phrase ends at a word's end: "le" is not the start of "lequel", but "l'" and "déc." end on
// their own punctuation.
const WORD_END = String.raw`(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))`;
const LOOKAHEAD_LENGTH = 40;

/**
 * A rule from a pattern over folded text, where a space stands for any run of spaces and an
 * apostrophe for an apostrophe, a space or nothing ("jusqu'à", "jusqu a", "jusqua"). `english` is
 * the English, or makes it from the match (null: the rule does not apply after all).
 */
export function phrase(
  pattern: string,
  english: string | ((match: RegExpExecArray, around: RuleSurroundings) => string | null),
  options: { readonly keepRest?: boolean } = {},
): FrenchRule {
  const source = pattern.replace(/ /g, String.raw`\s+`).replace(/'/g, String.raw`(?:'\s?|\s)?`);
  const regex = new RegExp(`(?:${source})${WORD_END}`, 'yu');
  return (folded, index, previous) => {
    regex.lastIndex = index;
    const match = regex.exec(folded);
    if (match === null || match[0] === '') return null;
    const end = index + match[0].length;
    const text = typeof english === 'string' ? english : english(match, { previous, next: folded.slice(end, end + LOOKAHEAD_LENGTH) });
    if (text === null) return null;
    return options.keepRest === true ? { length: match[0].length, english: text, keepRest: true } : { length: match[0].length, english: text };
  };
}
