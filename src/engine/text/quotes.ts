import type { Span } from "./span";

const OPENERS: Record<string, string> = { '"': '"', "“": "”", "‘": "’", "'": "'" };
const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Finds quoted speech: "…", “…”, ‘…’ and '…'. A straight single quote opens only at a word start
 * (so "Hope's" and "the Dunmores' house" are not quotes) and a quote never runs past the end of
 * its line. Returns the spans including the quote marks, sorted and non-overlapping.
 */
export function findQuotes(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i];
    const close = OPENERS[ch];
    if (close === undefined) {
      i++;
      continue;
    }
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = text[i + 1];
    // An opener is preceded by a non-letter and followed by a non-space.
    if (isLetterOrDigit(prev) || next === undefined || /\s/.test(next)) {
      i++;
      continue;
    }
    let j = i + 1;
    let found = -1;
    while (j < n) {
      const c = text[j];
      if (c === "\n" || c === "\r") break;
      if (c === close) {
        const after = text[j + 1];
        // A closer is followed by a non-letter (an apostrophe inside a word is not a closer).
        if (!(close === "'" || close === "’") || !isLetterOrDigit(after)) {
          found = j;
          break;
        }
      }
      j++;
    }
    if (found > i + 1) {
      out.push({ start: i, end: found + 1 });
      i = found + 1;
    } else {
      i++;
    }
  }
  return out;
}
