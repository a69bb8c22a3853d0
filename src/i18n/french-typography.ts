/** The space French puts before « : » and inside guillemets, kept on the line with its neighbour. */
export const NO_BREAK_SPACE = '\u00A0';

/** The thinner no-break space French puts before « ; », « ? » and « ! » (espace fine insécable). */
export const NARROW_NO_BREAK_SPACE = '\u202F';

/**
 * Sets French typography in the written parts of a message, so it can be written with plain
 * spaces: `french\`Règles : ${list}\`` gives a no-break space before the colon, a narrow one
 * before ; ? !, and no-break spaces inside « ». Only the literal text changes: the values (a
 * rule name, what the person typed) are kept as they are.
 */
export function french(literals: TemplateStringsArray, ...values: ReadonlyArray<string | number>): string {
  return literals.slice(1).reduce((text, literal, index) => text + String(values[index]) + setFrenchSpaces(literal), setFrenchSpaces(literals[0] ?? ''));
}

function setFrenchSpaces(literal: string): string {
  return literal
    // A colon followed by a word is a console command (":lang fr"), not punctuation.
    .replace(/ +:(?![a-z])/g, `${NO_BREAK_SPACE}:`)
    .replace(/ +([;?!])/g, `${NARROW_NO_BREAK_SPACE}$1`)
    .replace(/« */g, `«${NO_BREAK_SPACE}`)
    .replace(/ *»/g, `${NO_BREAK_SPACE}»`);
}
