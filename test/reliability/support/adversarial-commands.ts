/**
 * Command texts meant to break things, as fast-check arbitraries: Unicode that renders oddly
 * (right-to-left overrides, zero-width joiners, emoji, stacked combining marks), control characters
 * and NULs, Slack mrkdwn and mentions, SQL-looking text, impossible dates, huge numbers, texts at
 * and past the length limits, and near misses made by mutating the examples of the real command
 * reference. Used by the fuzz suite; every piece is here so a failure can be read back.
 */
import fc from 'fast-check';
import { COMMAND_REFERENCE, MAX_COMMAND_LENGTH } from '../../../src/language/index.ts';

/** Text that looks different from what it is: direction overrides, invisible joiners, emoji, combining marks. */
export const UNICODE_PIECES = [
  '\u202Eroute to voicemail\u202C',
  '\u200F\u05E9\u05DC\u05D5\u05DD',
  'مرحبا بالعالم',
  '\u200B',
  '\u200C\u200D',
  '\uFEFF',
  '\u2060',
  '\u00AD',
  '👍🏽',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🇺🇸',
  'e\u0301',
  'Z\u0335\u0321\u0322\u0348\u0347\u0310a\u0336l\u0335g\u0338o\u0334',
  '\u0301\u0301\u0301',
  'Chlo\u0065\u0301',
  'ｒｏｕｔｅ ｔｏ ｖｏｉｃｅｍａｉｌ',
  '\u2028',
  '\u2029',
  '\u00A0',
  '\u3000',
  '\uD800',
  '\uDFFF',
  '\uFFFD',
  '\u{10FFFF}',
  '𝐫𝐨𝐮𝐭𝐞',
  'İ',
  'ß',
] as const;

/** C0 and C1 controls, NUL and DEL. */
export const CONTROL_PIECES = ['\u0000', '\u0000\u0000\u0000', '\t', '\n', '\r\n', '\u0007', '\u001B[31m', '\u007F', '\u0085', '\u009B', '\b\b\b', '\u000B\u000C'] as const;

/** Slack mrkdwn, mentions, links and entities as they arrive in a command's text. */
export const SLACK_PIECES = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U123>',
  '<@U0BOB|bob>',
  '<#C1|x>',
  '<!subteam^S123|@ops>',
  '<https://evil.example|click me>',
  '<mailto:a@b.c|a>',
  '*bold*',
  '_italic_',
  '~strike~',
  '`code`',
  '```block```',
  '&lt;&gt;&amp;',
  '> quoted',
  ':shipit:',
  '<!date^1392734382^{date}|Feb 18>',
] as const;

/** Text that would hurt if it ever reached SQL, a shell, HTML or a template unescaped. */
export const INJECTION_PIECES = [
  "'; DROP TABLE change_requests; --",
  '" OR 1=1 --',
  "Robert'); DROP TABLE audit_entries;--",
  '1; SELECT * FROM sqlite_master',
  '$(rm -rf /)',
  '`id`',
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
  '${process.env.SLACK_BOT_TOKEN}',
  '__proto__',
  'constructor',
  '%s%s%s%n',
  '../../etc/passwd',
  '\\u0000',
] as const;

/** Dates and times that do not exist, or exist only sometimes. */
export const DATE_PIECES = [
  'Feb 30',
  'Feb 29',
  'Feb 29 2027',
  'Feb 29 2028',
  'Apr 31',
  '2026-13-45',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31',
  '31/31',
  '12/25/99999',
  '25:00',
  '24:00',
  '23:60',
  '99pm',
  '13pm',
  '0am',
  'Dec 25 10am to Dec 24 9am',
  'yesterday',
  'last year',
  'Mar 14 2027 2:30am',
  'Nov 7 2027 1:30am',
  'Smarch 12',
  '1 Jan 1970',
  'Dec 32',
  'the 31st of February',
] as const;

/** Numbers too large, negative, fractional or not numbers at all. */
export const NUMBER_PIECES = [
  '99999999999999999999',
  '9007199254740993',
  '1e308',
  '1e309',
  '-1',
  '-0',
  '0',
  '0.5',
  'NaN',
  'Infinity',
  '0x10',
  '1_000',
  '#12',
  '#-1',
  '9'.repeat(400),
  '+1 415 555 0100 0100 0100 0100',
  '+999999999999999999999',
] as const;

/** Words of the grammar, to build sentences that almost parse. */
export const GRAMMAR_WORDS = [
  'route', 'to', 'send', 'calls', 'forward', 'on', 'from', 'until', 'between', 'and', 'after', 'hours', 'named', 'when', 'for',
  'weekdays', 'weekends', 'every', 'Mon-Fri', 'Sat', '9-5', '12:00-13:00', 'now', 'voicemail', 'greeting', 'announcement',
  'Alice', 'Bob', 'ext', '101', 'Main Voicemail', 'Support Queue', 'holidays', 'US', 'CA-QC', '2027', 'close', 'open',
  'rules', 'rule', 'off', 'on', 'delete', 'status', 'at', 'test', 'ring', 'in', 'order', 'all at once', 'longest idle',
  'dial', '0', 'operator', 'nothing', 'requests', 'approve', 'reject', 'cancel', 'replan', 'history', 'undo', 'audit',
  'verify', 'help', 'edit', '"', "'", ',', '-', '/', 'Dec 25', 'tomorrow', '5pm', '2 hours',
] as const;

const ADVERSARIAL_PIECES: ReadonlyArray<string> = [
  ...UNICODE_PIECES,
  ...CONTROL_PIECES,
  ...SLACK_PIECES,
  ...INJECTION_PIECES,
  ...DATE_PIECES,
  ...NUMBER_PIECES,
];

const REFERENCE_EXAMPLES = COMMAND_REFERENCE.map((entry) => entry.example);

const piece = fc.constantFrom(...ADVERSARIAL_PIECES);
const word = fc.constantFrom(...GRAMMAR_WORDS);
const example = fc.constantFrom(...REFERENCE_EXAMPLES);

/** One edit of a command: a character dropped, doubled, swapped or inserted, a word dropped or replaced, a piece spliced in. */
const mutation: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.nat().map((at) => (text: string) => (text.length === 0 ? text : text.slice(0, at % text.length) + text.slice((at % text.length) + 1))),
  fc.nat().map((at) => (text: string) => (text.length === 0 ? text : text.slice(0, (at % text.length) + 1) + text.slice(at % text.length))),
  fc.nat().map((at) => (text: string) => {
    if (text.length < 2) return text;
    const i = at % (text.length - 1);
    return text.slice(0, i) + text.charAt(i + 1) + text.charAt(i) + text.slice(i + 2);
  }),
  fc.tuple(fc.nat(), fc.oneof(piece, word, fc.string({ unit: 'binary', maxLength: 3 }))).map(([at, inserted]) => (text: string) => {
    const i = at % (text.length + 1);
    return `${text.slice(0, i)}${inserted}${text.slice(i)}`;
  }),
  fc.nat().map((at) => (text: string) => {
    const words = text.split(' ');
    words.splice(at % words.length, 1);
    return words.join(' ');
  }),
  fc.tuple(fc.nat(), fc.oneof(piece, word)).map(([at, replacement]) => (text: string) => {
    const words = text.split(' ');
    words[at % words.length] = replacement;
    return words.join(' ');
  }),
  fc.nat().map((at) => (text: string) => {
    const words = text.split(' ');
    const i = at % words.length;
    words.splice(i, 0, words[i] ?? '');
    return words.join(' ');
  }),
  fc.constant((text: string) => text.toUpperCase()),
  fc.constant((text: string) => text.split('').reverse().join('')),
  fc.constant((text: string) => text.replace(/ /g, '')),
  fc.constant((text: string) => text.replace(/ /g, '  \t ')),
  fc.constant((text: string) => `${text} ${text}`),
);

/** A real command from the reference with one to four edits: the texts people actually get wrong. */
export const nearMissCommand: fc.Arbitrary<string> = fc
  .tuple(example, fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, edits]) => edits.reduce((current, edit) => edit(current), text));

/** Grammar words in any order, with adversarial pieces mixed in. */
export const wordSalad: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: word }, { weight: 1, arbitrary: piece }), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join(' '));

/** A real command with an adversarial piece where the target, the date or the name goes. */
export const poisonedCommand: fc.Arbitrary<string> = fc.tuple(piece, fc.constantFrom(
  (x: string) => `route to ${x}`,
  (x: string) => `route to voicemail on ${x}`,
  (x: string) => `route to voicemail on Dec 25 named "${x}"`,
  (x: string) => `route to voicemail from ${x} to Dec 26`,
  (x: string) => `route to Alice when ${x} calls`,
  (x: string) => `hours Mon-Fri ${x}`,
  (x: string) => `holidays ${x} 2027`,
  (x: string) => `holidays US ${x}`,
  (x: string) => `close now until ${x}`,
  (x: string) => `close for ${x} hours`,
  (x: string) => `rule ${x} off`,
  (x: string) => `rule "${x}" delete`,
  (x: string) => `status at ${x}`,
  (x: string) => `test ${x}`,
  (x: string) => `test Dec 24 10am from ${x}`,
  (x: string) => `approve ${x}`,
  (x: string) => `reject 1 ${x}`,
  (x: string) => `undo ${x}`,
  (x: string) => `history ${x}`,
  (x: string) => `dial 0 to ${x} in Main Menu`,
  (x: string) => `ring ${x} in order`,
  (x: string) => `${x} route to voicemail`,
)).map(([x, template]) => template(x));

/** Texts around the length limits: just under, at and past MAX_COMMAND_LENGTH and its 4x pre-check, and far past. */
export const longCommand: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(MAX_COMMAND_LENGTH - 1, MAX_COMMAND_LENGTH, MAX_COMMAND_LENGTH + 1, MAX_COMMAND_LENGTH * 4, MAX_COMMAND_LENGTH * 4 + 1, 4_000, 40_000),
    fc.oneof(example, piece, word, fc.constant(' '), fc.constant('\u0000'), fc.constant('e\u0301')),
  )
  .map(([length, unit]) => {
    const text = `route to voicemail on Dec 25 named "${unit.repeat(Math.ceil(length / Math.max(unit.length, 1)))}`;
    return text.slice(0, length);
  });

/** Any text at all: random code units (lone surrogates too), graphemes, and printable ASCII. */
export const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary-ascii', maxLength: 80 }),
  fc.string({ maxLength: 60 }),
);

/** The fuzz input: every family above, weighted toward the near misses that reach deep into the grammar. */
export const adversarialCommand: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: nearMissCommand },
  { weight: 3, arbitrary: poisonedCommand },
  { weight: 2, arbitrary: wordSalad },
  { weight: 2, arbitrary: randomText },
  { weight: 1, arbitrary: longCommand },
  { weight: 1, arbitrary: fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')) },
);

/** `count` texts from a fixed seed: the same list on every run, so a failure can be replayed. */
export function sampleAdversarialCommands(count: number, seed: number): string[] {
  return fc.sample(adversarialCommand, { numRuns: count, seed });
}
