import { findSpanIndex, type Span } from "../../engine/text/span";

const isBlank = (c: string | undefined) => c === " " || c === "\t" || c === "\u00a0";

/**
 * The range that removes the whole sentence(s) holding [start, end): from the first sentence's start
 * to the last one's end, plus the spaces after it (or, at the end of a line, the spaces before it) so
 * no double space is left behind. Line breaks are never removed, so the layout stays.
 */
export function sentenceRemoval(text: string, sentences: readonly Span[], start: number, end: number): Span {
  const first = findSpanIndex(sentences, start);
  const last = findSpanIndex(sentences, Math.max(start, end - 1));
  let s = first >= 0 ? Math.min(sentences[first].start, start) : start;
  let e = last >= 0 ? Math.max(sentences[last].end, end) : end;
  let after = e;
  while (after < text.length && isBlank(text[after])) after++;
  const lineGoesOn = after < text.length && text[after] !== "\n" && text[after] !== "\r";
  if (lineGoesOn) e = after;
  else while (s > 0 && isBlank(text[s - 1])) s--;
  return { start: s, end: e };
}
