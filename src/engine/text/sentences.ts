import type { Span } from "./span";

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "mx",
  "dr",
  "st",
  "no",
  "vs",
  "etc",
  "eg",
  "e.g",
  "ie",
  "i.e",
  "approx",
  "dept",
  "tel",
  "ref",
  "prof",
  "rev",
  "sgt",
  "pc",
  "dc",
  "ds",
  "insp",
  "cllr",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mon",
  "tue",
  "wed",
  "thu",
  "fri",
  "sat",
  "sun",
  "para",
  "cf",
  "al",
  "op",
  "yr",
  "yrs",
]);

// Candidate ends: a line break, or . ! ? (with closing quotes/brackets) followed by spaces and a
// capital, digit or opening quote. The regex engine finds them; abbreviations are checked after.
const BOUNDARY = /\r\n|[\n\r\u2028\u2029]|[.!?]["'”’)\]]*[ \t\u00a0]+(?=[\p{Lu}\p{N}"'“‘([])/gu;
const WORD_BEFORE_DOT = /([\p{L}.]*)$/u;

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
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const c = m[0].charCodeAt(0);
    if (c === 46) {
      const before = WORD_BEFORE_DOT.exec(text.slice(Math.max(start, m.index - 12), m.index))![1];
      const word = before.toLowerCase();
      if (ABBREVIATIONS.has(word) || (word.length === 1 && before !== word)) continue;
    }
    if (c === 46 || c === 33 || c === 63) {
      // End the sentence after the punctuation and any closing quotes, before the spaces.
      let j = m.index + 1;
      while (j < text.length && /["'”’)\]]/.test(text[j])) j++;
      push(j);
      start = j;
    } else {
      push(m.index);
      start = m.index + m[0].length;
    }
  }
  push(text.length);
  return out;
}
