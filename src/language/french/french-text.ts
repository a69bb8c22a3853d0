/**
 * A command's French text and the same text folded for matching: lower case and without accents,
 * character for character, so a match found in `folded` is at the same place in `source`
 * ("Fériés" and "feries" and "FERIES" all read the same; "jusqu'à" is "jusqu'a").
 */
export interface FrenchText {
  readonly source: string;
  readonly folded: string;
}

/** The text and its folded twin (same length, so positions carry over). */
export function frenchText(source: string): FrenchText {
  const bare = withoutAccents(source);
  const lower = bare.toLowerCase();
  // Lower case only ever lengthens a character ("İ"): when it does, fold one unit at a time.
  return { source, folded: lower.length === source.length ? lower : lowerEach(bare) };
}

/**
 * A text without its accents, character for character ("Noël" -> "Noel"), so it keeps its length;
 * a character that does not reduce to one (a surrogate half, a Hangul syllable) is kept.
 */
export function withoutAccents(text: string): string {
  let bare = '';
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charAt(index);
    const reduced = unit.normalize('NFD').replace(/\p{M}/gu, '');
    bare += reduced.length === 1 ? reduced : unit;
  }
  return bare;
}

// Lower case one unit at a time, keeping a unit whose lower case is longer.
function lowerEach(text: string): string {
  let lower = '';
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charAt(index).toLowerCase();
    lower += unit.length === 1 ? unit : text.charAt(index);
  }
  return lower;
}
