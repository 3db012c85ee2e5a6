import type { Span } from "./span";

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "mx", "dr", "st", "no", "vs", "etc", "eg", "e.g", "ie", "i.e", "approx", "dept", "tel", "ref",
  "prof", "rev", "sgt", "pc", "dc", "ds", "insp", "cllr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "para", "cf", "al", "op", "yr", "yrs",
]);

// Candidate ends: a line break, or . ! ? (with closing quotes/brackets) followed by spaces and a
// capital, digit or opening quote; abbreviations are checked after. Found by a scan of the code units
// (the same boundaries as /\r\n|[\n\r\u2028\u2029]|[.!?]["'”’)\]]*[ \t\u00a0]+(?=[\p{Lu}\p{N}"'“‘([])/u),
// without a match object per boundary.
const WORD_BEFORE_DOT = /([\p{L}.]*)$/u;
const OPENS_SENTENCE = /^[\p{Lu}\p{N}]/u;

const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
const isGap = (c: number) => c === 32 || c === 9 || c === 0xa0;

/** Can the character at i open a sentence: a capital, a digit (any script) or an opening quote or bracket? */
function opensSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91;
  if (c === 0x201c || c === 0x2018) return true;
  return OPENS_SENTENCE.test(text.slice(i, i + 2));
}

/** Length of the boundary starting at i (0 when none starts there). */
function boundaryAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 13) return text.charCodeAt(i + 1) === 10 ? 2 : 1;
  if (c === 10 || c === 0x2028 || c === 0x2029) return 1;
  if (c !== 46 && c !== 33 && c !== 63) return 0;
  const n = text.length;
  let j = i + 1;
  while (j < n && isCloser(text.charCodeAt(j))) j++;
  let k = j;
  while (k < n && isGap(text.charCodeAt(k))) k++;
  return k > j && k < n && opensSentence(text, k) ? k - i : 0;
}

const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12 || c === 11;

/**
 * Splits text into sentences. A line break always ends a sentence (records are full of headings,
 * list items and form fields); so does . ! or ? followed by a space and a capital, digit or quote,
 * unless the word before the full stop is a known abbreviation or a single initial.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let at = 0; at < text.length; ) {
    const length = boundaryAt(text, at);
    if (length === 0) {
      at++;
      continue;
    }
    const c = text.charCodeAt(at);
    const index = at;
    at += length;
    if (c === 46) {
      const before = WORD_BEFORE_DOT.exec(text.slice(Math.max(start, index - 12), index))![1];
      const word = before.toLowerCase();
      if (ABBREVIATIONS.has(word) || (word.length === 1 && before !== word)) continue;
    }
    if (c === 46 || c === 33 || c === 63) {
      // End the sentence after the punctuation and any closing quotes, before the spaces.
      let j = index + 1;
      while (j < text.length && isCloser(text.charCodeAt(j))) j++;
      push(j);
      start = j;
    } else {
      push(index);
      start = index + length;
    }
  }
  push(text.length);
  return out;
}
