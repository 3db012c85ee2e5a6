// Cheap reads of a string's end, for gating patterns anchored at the end ("…\s*$"): V8 tries such a
// pattern at every start, so a test of what the end must hold, made first, skips the pattern where it
// cannot match. Each gate here is a necessary condition only: where it holds, the pattern decides.

/** White space as a regex's \s reads it (ECMAScript WhiteSpace and LineTerminator). */
export function isRegExpSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The offset just after the last character before `end` that is not white space (0 when there is none). */
export function trimmedEnd(s: string, end = s.length): number {
  while (end > 0 && isRegExpSpace(s.charCodeAt(end - 1))) end--;
  return end;
}

/** A letter a case-insensitive Unicode pattern's ASCII letter can match, in lower case; 0 when none. */
function foldedAsciiLetter(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x17f) return 115; // ſ folds to s
  if (c === 0x212a) return 107; // the Kelvin sign folds to k
  return 0;
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;
/** A character after or before which a word may start or end: an apostrophe, or ſ or the Kelvin sign (letters only to "/iu"). */
const isEdge = (c: number) => isApostrophe(c) || c === 0x17f || c === 0x212a;

/**
 * Whether s[..end) can end with one of `words` (lower-case letters and apostrophes) as a case-insensitive
 * pattern ("/i" or "/iu") matches them, starting at a word's edge: after a character that is not an ASCII
 * letter, or after an apostrophe, ſ or the Kelvin sign. False only when no such ending is there.
 */
export function mayEndWithWord(s: string, end: number, words: ReadonlySet<string>): boolean {
  let start = end;
  while (start > 0) {
    const c = s.charCodeAt(start - 1);
    if (!foldedAsciiLetter(c) && !isApostrophe(c)) break;
    start--;
  }
  if (start === end) return false;
  let run = "";
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    run += String.fromCharCode(foldedAsciiLetter(c) || c);
  }
  if (words.has(run)) return true;
  for (let i = start; i < end - 1; i++) if (isEdge(s.charCodeAt(i)) && words.has(run.slice(i - start + 1))) return true;
  return false;
}

/** Offset of the first character at or after `at` that is not white space. */
export function skipSpace(s: string, at: number): number {
  while (at < s.length && isRegExpSpace(s.charCodeAt(at))) at++;
  return at;
}

/**
 * Whether a word of `words` (lower-case letters and apostrophes) can begin at `at`, as a case-insensitive Unicode
 * pattern reads it, followed by a word boundary, a space or a hyphen: the run of letters and apostrophes there,
 * or a part of it that ends before an apostrophe, is one of them. False only when none can.
 */
export function mayStartWithWord(s: string, at: number, words: ReadonlySet<string>): boolean {
  let run = "";
  for (let i = at; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = foldedAsciiLetter(c);
    if (!f && !isApostrophe(c)) break;
    if (isEdge(c) && run && words.has(run)) return true;
    run += String.fromCharCode(f || c);
  }
  return run.length > 0 && words.has(run);
}

/** The characters from `at` up to the next white space, folded to lower case as mayStartWithWord reads them. */
export function foldedChunk(s: string, at: number): string {
  let out = "";
  for (let i = at; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isRegExpSpace(c)) break;
    out += String.fromCharCode(foldedAsciiLetter(c) || c);
  }
  return out;
}

/**
 * Whether a word of `words` can begin at `at` or at the start of one of the white-space-separated chunks after it,
 * reached by passing over chunks that `skip` accepts (at most `maxSkips` of them).
 */
export function mayReachWord(s: string, at: number, words: ReadonlySet<string>, skip: (chunk: string) => boolean, maxSkips = Infinity): boolean {
  for (let skips = 0; at < s.length; skips++) {
    if (mayStartWithWord(s, at, words)) return true;
    if (skips >= maxSkips) return false;
    const chunk = foldedChunk(s, at);
    if (!skip(chunk)) return false;
    const next = skipSpace(s, at + chunk.length);
    if (next === at + chunk.length) return false; // no white space after the chunk: the text ends
    at = next;
  }
  return false;
}

/** Whether a word of `words` can begin at the start of any run of letters in s (see mayStartWithWord). */
export function mayHoldWord(s: string, words: ReadonlySet<string>): boolean {
  let prevLetter = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = foldedAsciiLetter(c) !== 0;
    if (letter && !prevLetter && mayStartWithWord(s, i, words)) return true;
    // (After ſ or the Kelvin sign a word may start too: they are no letters to a pattern without "u".)
    prevLetter = letter && c !== 0x17f && c !== 0x212a;
  }
  return false;
}
