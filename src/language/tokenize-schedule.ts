/** A word, number, clock reading or punctuation mark of a schedule, lower-cased, with its place in the text. */
export interface ScheduleToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// "12:30" stays one token; "9am" splits into "9" and "am"; any other character is a token of its own
// so nothing is skipped silently.
const TOKEN = /\d{1,2}:\d{2}|\d+|[ap]\.m\.?|[a-z]+|\S/gi;

/** Splits schedule text ("Mon-Fri 9-5, Sat 10-14") into tokens; unknown characters become tokens too. */
export function tokenizeSchedule(text: string): ReadonlyArray<ScheduleToken> {
  const tokens: ScheduleToken[] = [];
  // Matched on the original text (lower-casing can change its length) and lower-cased per token.
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    tokens.push({ text: match[0].toLowerCase().replace(/\./g, ''), start, end: start + match[0].length });
  }
  return tokens;
}

/** A value read from tokens and the index of the first token after it. */
export interface TokenMatch<T> {
  readonly value: T;
  readonly next: number;
}
