/**
 * The first suggestion, capitalised when the original starts a sentence ("Did not attend" for "DNA"
 * at the start of a line). A suggestion that starts with a capital keeps it.
 */
export function fixReplacement(suggestions: readonly string[] | undefined, atSentenceStart: boolean): string | undefined {
  const s = suggestions?.[0];
  if (s === undefined) return undefined;
  if (!atSentenceStart || !s) return s;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** True when only spaces, opening quotes or brackets lie between the start of the sentence (or line) and offset. */
export function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /[\s"'“‘([*•-]/.test(text[i]) && text[i] !== "\n" && text[i] !== "\r") i--;
  if (i < 0) return true;
  const c = text[i];
  return c === "\n" || c === "\r" || c === "." || c === "!" || c === "?" || c === ":";
}
