// One tokenising pass over a record that every stage can read: the words' offsets and what is known
// about each (capital, line and sentence start, number, in quotes) in typed arrays, built once per
// analysis (ctx.tokens). Stages look words up by hash in a WordSet instead of running regexes over the
// whole text, and read context by walking a bounded number of tokens back from a finding.
//
// A word is a run of letters and digits (any script), with apostrophes inside it ("don't", "Hope's");
// apostrophes at its edges and hyphens are not part of it ("well-being" is two words). The same words
// as /[\p{L}\p{N}'’]+/gu with the edge apostrophes trimmed.
import type { Span } from "./span";

/** The word starts with a capital letter. */
export const CAPITALISED = 1;
/** Two or more letters, all capitals ("CIN", "NHS"). */
export const ALL_CAPS = 2;
/** The word starts with a digit. */
export const NUMBER = 4;
/** The first word of its line. */
export const LINE_START = 8;
/** The first word of its sentence (ctx.sentences). */
export const SENTENCE_START = 16;
/** Inside quoted speech (ctx.quotes). */
export const IN_QUOTE = 32;
/** Punctuation that breaks a clause (, ; : ( ) [ ] – — . ! ?) stands between this word and the one before. */
export const BREAK_BEFORE = 64;
/** Joined to the word before by one hyphen ("Mary-Jane", "well-being"): a hyphenated name reads as one. */
export const HYPHEN_BEFORE = 128;

export type Tokens = {
  readonly text: string;
  /** Number of words. */
  readonly count: number;
  /** Offset of each word's first code unit. */
  readonly starts: Int32Array;
  /** Offset just after each word. */
  readonly ends: Int32Array;
  /** The flags above, or-ed. */
  readonly flags: Uint8Array;
  /** Hash of each word in lower case (see hashWord): compare with a WordSet, no string is made. */
  readonly hashes: Int32Array;
  /** Index of each word's sentence in the sentences given, or -1. */
  readonly sentence: Int32Array;
};

const APOS = 39;
const RIGHT_QUOTE = 0x2019;
const isApostrophe = (c: number) => c === APOS || c === RIGHT_QUOTE;

const letterCache = new Map<number, boolean>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Letter or digit of any script; a surrogate pair is judged as one character. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let w = letterCache.get(c);
  if (w === undefined) {
    w = LETTER_OR_DIGIT.test(String.fromCharCode(c));
    if (letterCache.size < 4096) letterCache.set(c, w);
  }
  return w ? 1 : 0;
}

const foldCache = new Map<number, number>();
/** One code unit in lower case (a character whose lower case is longer keeps its code). */
function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c === RIGHT_QUOTE) return APOS;
  let f = foldCache.get(c);
  if (f === undefined) {
    const lower = String.fromCharCode(c).toLowerCase();
    f = lower.length === 1 ? lower.charCodeAt(0) : c;
    if (foldCache.size < 4096) foldCache.set(c, f);
  }
  return f;
}

const isUpperCode = (c: number) => (c < 128 ? c >= 65 && c <= 90 : lowerCode(c) !== c);
const isLowerCode = (c: number) => (c < 128 ? c >= 97 && c <= 122 : String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c));

/** FNV-1a over the lower-cased code units of text[start, end) (curly apostrophes as straight). */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ lowerCode(text.charCodeAt(i)), 16777619);
  return h;
}

/** The hash a word's token carries. */
export const hashWord = (word: string): number => hashRange(word, 0, word.length);

const isBreak = (c: number) => c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2013 || c === 0x2014 || c === 46 || c === 33 || c === 63;

/**
 * Tokenises text once. `sentences` and `quotes` (sorted spans, as in the rule context) set the
 * SENTENCE_START and IN_QUOTE flags and the sentence index; both may be empty.
 */
export function tokenise(text: string, quotes: readonly Span[] = [], sentences: readonly Span[] = []): Tokens {
  const n = text.length;
  // Words average five or more code units with their separators: a quarter of the length rarely grows.
  let cap = (n >> 2) + 16;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let flags = new Uint8Array(cap);
  let hashes = new Int32Array(cap);
  let count = 0;
  let lineStart = true;
  let breakBefore = false;
  let q = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Separators, ASCII first (most of any record).
    if (c < 128 ? !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) : wordCharLength(text, i) === 0) {
      if (c === 10 || c === 13) lineStart = true;
      else if (isBreak(c)) breakBefore = true;
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5 | 0;
    let upper = 0;
    let lower = 0;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (d >= 97 && d <= 122) {
          h = Math.imul(h ^ d, 16777619);
          lower++;
          i++;
          continue;
        }
        if (d >= 65 && d <= 90) {
          h = Math.imul(h ^ (d + 32), 16777619);
          upper++;
          i++;
          continue;
        }
        if (d >= 48 && d <= 57) {
          h = Math.imul(h ^ d, 16777619);
          i++;
          continue;
        }
      }
      const len = d < 128 ? 0 : wordCharLength(text, i);
      if (len === 1) {
        h = Math.imul(h ^ lowerCode(d), 16777619);
        if (isUpperCode(d)) upper++;
        else if (isLowerCode(d)) lower++;
        i++;
        continue;
      }
      if (len === 2) {
        h = Math.imul(Math.imul(h ^ lowerCode(d), 16777619) ^ lowerCode(text.charCodeAt(i + 1)), 16777619);
        i += 2;
        continue;
      }
      // Apostrophes join the word only when a letter or digit follows them.
      let j = i;
      while (j < n && isApostrophe(text.charCodeAt(j))) j++;
      if (j === i || j >= n || wordCharLength(text, j) === 0) break;
      for (let k = i; k < j; k++) h = Math.imul(h ^ APOS, 16777619);
      i = j;
    }
    if (count === cap) {
      cap *= 2;
      starts = grow(starts, cap);
      ends = grow(ends, cap);
      hashes = grow(hashes, cap);
      const f = new Uint8Array(cap);
      f.set(flags);
      flags = f;
    }
    const first = text.charCodeAt(start);
    let f = 0;
    if (first < 128 ? first >= 65 && first <= 90 : isUpperCode(first)) f |= CAPITALISED;
    if (upper >= 2 && lower === 0) f |= ALL_CAPS;
    if (first >= 48 && first <= 57) f |= NUMBER;
    if (lineStart) f |= LINE_START;
    if (breakBefore) f |= BREAK_BEFORE;
    if (count > 0 && start >= 2 && text.charCodeAt(start - 1) === 45 && ends[count - 1] === start - 1) f |= HYPHEN_BEFORE;
    while (q < quotes.length && quotes[q].end <= start) q++;
    if (q < quotes.length && quotes[q].start <= start && i <= quotes[q].end) f |= IN_QUOTE;
    starts[count] = start;
    ends[count] = i;
    flags[count] = f;
    hashes[count] = h;
    count++;
    lineStart = false;
    breakBefore = false;
  }
  const sentence = new Int32Array(count).fill(-1);
  for (let t = 0, s = 0; t < count && s < sentences.length;) {
    if (sentences[s].end <= starts[t]) s++;
    else if (sentences[s].start > starts[t]) t++;
    else {
      if (t === 0 || sentence[t - 1] !== s) flags[t] |= SENTENCE_START;
      sentence[t] = s;
      t++;
    }
  }
  return { text, count, starts: starts.subarray(0, count), ends: ends.subarray(0, count), flags: flags.subarray(0, count), hashes: hashes.subarray(0, count), sentence };
}

function grow(a: Int32Array, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/** Index of the word containing offset or, if none, of the first word after it (count when none). */
export function tokenIndexAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.ends[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last word ending at or before offset, or -1. */
export function tokenIndexBefore(tokens: Tokens, offset: number): number {
  return tokenIndexAt(tokens, offset) - 1;
}

/** The word at index i as written. */
export const tokenText = (tokens: Tokens, i: number): string => tokens.text.slice(tokens.starts[i], tokens.ends[i]);

/** WordSet's filter: 2,048 words of 32 bits (8 KB a set). */
const FILTER_WORDS = 2048;

/**
 * A set of words looked up by a token's hash, without making a string: built once from a word list
 * (matched whole and case-insensitively, curly apostrophes as straight).
 */
export class WordSet {
  private readonly byHash = new Map<number, string[]>();
  /**
   * One bit per hash's low 16 bits, set for the words of the set: most words of a text are in no set, and
   * a clear bit says so without a look-up in the map (whose keys, hashes beyond a small integer's range,
   * cost an allocation to look up). A set bit is checked in the map as before.
   */
  private readonly bits = new Int32Array(FILTER_WORDS);
  readonly size: number;

  constructor(words: Iterable<string>) {
    let size = 0;
    for (const w of words) {
      const lower = foldWord(w);
      const h = hashWord(lower);
      this.bits[(h >>> 5) & (FILTER_WORDS - 1)] |= 1 << (h & 31);
      const list = this.byHash.get(h);
      if (!list) this.byHash.set(h, [lower]);
      else if (!list.includes(lower)) list.push(lower);
      else continue;
      size++;
    }
    this.size = size;
  }

  /** Is word i of tokens in the set? */
  hasToken(tokens: Tokens, i: number): boolean {
    const h = tokens.hashes[i];
    if ((this.bits[(h >>> 5) & (FILTER_WORDS - 1)] & (1 << (h & 31))) === 0) return false;
    const list = this.byHash.get(h);
    if (!list) return false;
    const s = tokens.starts[i];
    const len = tokens.ends[i] - s;
    for (const w of list) if (w.length === len && sameLower(tokens.text, s, w)) return true;
    return false;
  }

  /** Is the word (any case) in the set? */
  has(word: string): boolean {
    const list = this.byHash.get(hashWord(word));
    return !!list && list.some((w) => w.length === word.length && sameLower(word, 0, w));
  }
}

/** A word lower-cased one code unit at a time, as tokens are hashed. */
function foldWord(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) out += String.fromCharCode(lowerCode(word.charCodeAt(i)));
  return out;
}

function sameLower(text: string, at: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) if (lowerCode(text.charCodeAt(at + k)) !== lower.charCodeAt(k)) return false;
  return true;
}
