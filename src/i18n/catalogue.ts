import type { Language } from './language.ts';

/** A message's wording in every language, each a function of the message's values. */
export type Wording<Values> = { readonly [L in Language]: (values: Values) => string };

/**
 * One entry of a catalogue: its wording in every language and example values that show it in
 * use. The catalogue test says every entry with each of its examples in every language, so a
 * missing or empty wording fails without a list of entries kept anywhere else.
 */
export interface Message<Values> extends Wording<Values> {
  readonly examples: readonly [Values, ...Values[]];
}

/** The values of a message that takes none. */
export type NoValues = Readonly<Record<never, never>>;

/** The examples a message must declare: none when it takes no values, at least one otherwise. */
type ExamplesOf<Values> = NoValues extends Values ? { readonly examples?: readonly [Values, ...Values[]] } : { readonly examples: readonly [Values, ...Values[]] };

/**
 * Declares one message.
 *
 * @example const RULE_COUNT = message<{ count: number }>({
 *   en: ({ count }) => `${count} ${plural('en', count, { one: 'rule', other: 'rules' })}`,
 *   fr: ({ count }) => `${count} ${plural('fr', count, { one: 'règle', other: 'règles' })}`,
 *   examples: [{ count: 0 }, { count: 1 }, { count: 2 }],
 * });
 */
export function message<Values extends object = NoValues>(entry: Wording<Values> & ExamplesOf<Values>): Message<Values> {
  // A message without values is said the one way; `{}` is then the only value it can take.
  const examples = entry.examples ?? ([{}] as unknown as readonly [Values]);
  return { en: entry.en, fr: entry.fr, examples };
}

/**
 * Declares messages that all take the same values, such as refusals (the text at fault and the
 * names close to it), with examples shared by all of them.
 */
export function messages<Values extends object, Key extends string>(
  examples: readonly [Values, ...Values[]],
  wordings: Readonly<Record<Key, Wording<Values>>>,
): Readonly<Record<Key, Message<Values>>> {
  const entries = Object.entries<Wording<Values>>(wordings).map(([key, wording]) => [key, { en: wording.en, fr: wording.fr, examples }] as const);
  return Object.fromEntries(entries) as Record<Key, Message<Values>>;
}

/** A message said in one language: `say('fr', RULE_COUNT, { count: 2 })` is `2 règles`. */
export function say<Values extends object>(language: Language, entry: Message<Values>, ...values: NoValues extends Values ? [values?: Values] : [values: Values]): string {
  return entry[language](values[0] ?? ({} as Values));
}
