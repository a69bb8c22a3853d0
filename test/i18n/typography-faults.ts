import { NARROW_NO_BREAK_SPACE as NARROW, NO_BREAK_SPACE as NBSP } from '../../src/i18n/index.ts';

// A web address keeps its own colons and question marks, a console command (:as, :lang) its colon
// and an escaped character in Slack's mrkdwn (&lt;) its semicolon.
// A Slack scope (`channels:read`, `users.profile:read`) is a name, its colon not punctuation.
const withoutAddressesAndCommands = (text: string): string =>
  text
    .replace(/https?:\/\/\S+/g, 'ADDRESS')
    .replace(/&[a-z]+;/g, 'ENTITY')
    .replace(/(^|[\s"«\u00A0]):[a-z]+/g, '$1COMMAND')
    .replace(/[a-z.]+:[a-z.]+/g, 'SCOPE');

/**
 * What in a French text is English typography, one line per fault; none when it is right. French
 * puts a narrow no-break space (U+202F) before ; ? !, a no-break space (U+00A0) before : and
 * inside « », and quotes with « » (straight quotes only inside them, as in a command's
 * `règle "Noël" désactivée`). A colon between digits is part of a time such as 2026-12-24T10:00.
 */
export function frenchTypographyFaults(text: string): ReadonlyArray<string> {
  const plain = withoutAddressesAndCommands(text);
  const faults: string[] = [];
  for (const [index, char] of [...plain].entries()) {
    const before = plain[index - 1] ?? '';
    const after = plain[index + 1] ?? '';
    if (';?!'.includes(char) && before !== NARROW && !'?!'.includes(before)) faults.push(`no narrow no-break space before "${char}" at ${index}`);
    if (char === ':' && before !== NBSP && !(/\d/.test(before) && /\d/.test(after))) faults.push(`no no-break space before ":" at ${index}`);
    if (char === '«' && after !== NBSP) faults.push(`no no-break space after "«" at ${index}`);
    if (char === '»' && before !== NBSP) faults.push(`no no-break space before "»" at ${index}`);
  }
  if ((plain.match(/«/g) ?? []).length !== (plain.match(/»/g) ?? []).length) faults.push('unbalanced « »');
  if (plain.replace(/«[^»]*»/g, '').includes('"')) faults.push('straight quotes outside « »');
  return faults;
}

/** What in an English text is French typography: guillemets, or a space before : ; ? !. */
export function englishTypographyFaults(text: string): ReadonlyArray<string> {
  const plain = withoutAddressesAndCommands(text);
  const faults: string[] = [];
  if (/[«»]/.test(plain)) faults.push('guillemets');
  if (/\s[:;?!]/.test(plain)) faults.push('a space before : ; ? or !');
  return faults;
}
