/** An error's message as a sentence, for summaries that go on after it. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
