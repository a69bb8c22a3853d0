import { foldText } from './fold-text.ts';

/**
 * Names that look like what was typed, for a refusal's "did you mean": a name containing a typed
 * word of three letters or more, or a word one or two typing mistakes away. At most `limit`, in
 * directory order.
 */
export function suggestCandidates<T>(
  typed: string,
  items: ReadonlyArray<T>,
  nameOf: (item: T) => string,
  limit = 5,
): ReadonlyArray<T> {
  const words = foldText(typed)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3);
  if (words.length === 0) return [];
  return items
    .filter((item) => {
      const nameWords = foldText(nameOf(item)).split(/[^a-z0-9]+/).filter((word) => word !== '');
      return words.some((word) =>
        nameWords.some(
          (nameWord) => nameWord.startsWith(word) || (nameWord.length >= 3 && word.startsWith(nameWord)) || isNear(word, nameWord),
        ),
      );
    })
    .slice(0, limit);
}

// Levenshtein distance within 1 for short words, 2 for words of six letters or more.
function isNear(a: string, b: string): boolean {
  const allowed = Math.min(a.length, b.length) >= 6 ? 2 : 1;
  if (Math.abs(a.length - b.length) > allowed || Math.min(a.length, b.length) < 3) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return (previous[b.length] ?? Infinity) <= allowed;
}
