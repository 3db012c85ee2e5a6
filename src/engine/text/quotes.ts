import type { Span } from "./span";
import { isLetterOrDigitCode } from "./chars";

const CLOSER: Record<string, string> = { '"': '"', "“": "”", "‘": "’", "'": "'" };
const OPENER = /["“‘']/g;
const MAX_QUOTE = 3000;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/**
 * Finds quoted speech: "…", “…”, ‘…’ and '…'. A straight single quote opens only at a word start
 * (so "Hope's" and "the Dunmores' house" are not quotes) and a quote never runs past the end of
 * its line. Returns the spans including the quote marks, sorted and non-overlapping.
 */
export function findQuotes(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m; m = OPENER.exec(text)) {
    const i = m.index;
    // An opener is preceded by a non-letter and followed by a non-space.
    if ((i > 0 && isLetterOrDigitCode(text.charCodeAt(i - 1))) || i + 1 >= n || isSpace(text.charCodeAt(i + 1))) continue;
    const close = CLOSER[m[0]];
    const singleClose = close === "'" || close === "’";
    let found = -1;
    const closeCode = close.charCodeAt(0);
    // Bounded scan: speech ends at its line, and no quote runs for pages.
    const limit = Math.min(n, i + MAX_QUOTE);
    for (let j = i + 1; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (c === 10 || c === 13) break;
      // A closer is followed by a non-letter (an apostrophe inside a word is not a closer).
      if (c === closeCode && (!singleClose || j + 1 >= n || !isLetterOrDigitCode(text.charCodeAt(j + 1)))) {
        found = j;
        break;
      }
    }
    if (found > i + 1) {
      out.push({ start: i, end: found + 1 });
      OPENER.lastIndex = found + 1;
    }
  }
  return out;
}
