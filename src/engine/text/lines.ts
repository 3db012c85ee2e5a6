// Line starts of a text, computed once per text and searched in O(log n): looking back for "\n" from
// every finding is quadratic on a long record written as one paragraph. The last few texts are kept
// (most recent first): a stage that reads the text and its lower-case copy in turn (visit-purpose.ts)
// found each one's line starts again, over the whole text, at every call when only one was kept.
const KEPT = 4;
const texts: string[] = [];
const startsKept: number[][] = [];

function startsOf(text: string): number[] {
  if (texts[0] === text) return startsKept[0];
  for (let k = 1; k < texts.length; k++) if (texts[k] === text) return startsKept[k];
  return computeStarts(text);
}

// A function of its own: with the loop inside startsOf, V8's optimised startsOf spent time in proportion
// to the text on every call (a record of 300,000 words on one line: 40 µs a word instead of 6.5).
function computeStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) out.push(i + 1);
  texts.unshift(text);
  startsKept.unshift(out);
  if (texts.length > KEPT) {
    texts.length = KEPT;
    startsKept.length = KEPT;
  }
  return out;
}

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return startsOf(text)[lineNumber(text, offset)];
}

/** 0-based number of the line holding `offset`. */
export function lineNumber(text: string, offset: number): number {
  const s = startsOf(text);
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Offset of the end of the line holding `offset` (its "\n", or the text's end): the next line's start,
 * less one. Not a search forward for "\n", which crossed the whole rest of a record written as one
 * line for every finding in it.
 */
export function lineEnd(text: string, offset: number): number {
  const s = startsOf(text);
  const next = lineNumber(text, offset) + 1;
  return next < s.length ? s[next] - 1 : text.length;
}

/**
 * Where a record's title lines end: the end of its first `maxLines` lines with text, stopping before the first line
 * longer than `maxChars` (trimmed), which is prose rather than a title.
 */
export function titleLinesEnd(text: string, maxLines: number, maxChars = Infinity): number {
  let end = 0;
  const line = /[^\n]*\S[^\n]*/g;
  for (let i = 0, m = line.exec(text); m && i < maxLines && m[0].trim().length <= maxChars; i++, m = line.exec(text)) end = m.index + m[0].length;
  return end;
}
