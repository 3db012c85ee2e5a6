import type { Span } from "./span";

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "mx", "dr", "st", "no", "vs", "etc", "eg", "e.g", "ie", "i.e", "approx", "dept", "tel", "ref",
  "prof", "rev", "sgt", "pc", "dc", "ds", "insp", "cllr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "para", "cf", "al", "op", "yr", "yrs",
]);

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;
const isUpperOrDigitOrQuote = (ch: string) => /[\p{Lu}\p{N}"'“‘(\[]/u.test(ch);

/**
 * Splits text into sentences. A line break always ends a sentence (records are full of headings,
 * list items and form fields); so does . ! or ? followed by a space and a capital, digit or quote,
 * unless the word before the full stop is a known abbreviation or a single initial.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    // Closing quotes and brackets belong to the sentence they close.
    let j = i + 1;
    while (j < n && /["'”’)\]]/.test(text[j])) j++;
    if (j >= n) continue;
    if (!isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k >= n || !isUpperOrDigitOrQuote(text[k])) continue;
    if (c === 46) {
      let w = i;
      while (w > start && /[\p{L}.]/u.test(text[w - 1])) w--;
      const word = text.slice(w, i).toLowerCase();
      if (ABBREVIATIONS.has(word) || (word.length === 1 && /\p{Lu}/u.test(text[w]))) continue;
    }
    push(j);
    start = j;
  }
  push(n);
  return out;
}
