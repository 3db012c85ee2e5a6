// Readability: sentences a 12-year-old would struggle with, and the document's Flesch reading ease and
// reading age. One pass over the characters of each sentence; no per-word strings.
import type { QualityNote, Readability } from "../types";
import type { RuleContext } from "../rule";

export const READABILITY = {
  id: "readability",
  description: "Sentences a 12-year-old would struggle with (length and long words), and a reading age for the document.",
  source:
    "Flesch R. (1948) A new readability yardstick, J Appl Psychol 32(3); Kincaid J.P. et al. (1975) Derivation of new readability formulas for Navy enlisted personnel; Cafcass/FJYPB Word Busting (2022); Hull recording principles (write for the child, who may read it later)",
};

/** Over this many words a sentence is hard for a 12-year-old to follow. */
export const LONG_SENTENCE_WORDS = 25;
/** A sentence of at least this many words with this many long words is hard going. */
const HARD_MIN_WORDS = 10;
const HARD_LONG_WORDS = 4;
const HARD_LONG_RATIO = 0.25;
/** A long word: three or more syllables and at least this many letters (so "family" and "everyone" pass). */
const LONG_WORD_LETTERS = 9;
/** Sentences with fewer words (headings, form fields) are left out of the figures and never flagged. */
const MIN_PROSE_WORDS = 6;
/** Enough notes to act on without flooding a 100,000-word file. */
export const MAX_READABILITY_NOTES = 50;

const ACCENTED_VOWELS = new Set([..."àáâäãåèéêëìíîïòóôöõùúûüýÿæœ"].map((c) => c.charCodeAt(0)));

function isVowel(c: number): boolean {
  // a e i o u y (either case)
  const l = c | 32;
  return l === 97 || l === 101 || l === 105 || l === 111 || l === 117 || l === 121 || (c >= 0xc0 && ACCENTED_VOWELS.has(c | (c < 0x100 ? 32 : 0)));
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

type SentenceStats = { words: number; syllables: number; longWords: number; longStarts: number[]; longEnds: number[] };

/** Counts words, syllables and long words in text[start, end). */
function measure(text: string, start: number, end: number, keep: number): SentenceStats {
  const st: SentenceStats = { words: 0, syllables: 0, longWords: 0, longStarts: [], longEnds: [] };
  let i = start;
  while (i < end) {
    let c = text.charCodeAt(i);
    if (!isLetter(c)) {
      i++;
      continue;
    }
    const ws = i;
    let letters = 0;
    let groups = 0;
    let prevVowel = false;
    let last = 0;
    let beforeLast = 0;
    while (i < end) {
      c = text.charCodeAt(i);
      if (isLetter(c)) {
        const v = isVowel(c);
        if (v && !prevVowel) groups++;
        prevVowel = v;
        letters++;
        beforeLast = last;
        last = c | 32;
        i++;
      } else if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < end && isLetter(text.charCodeAt(i + 1))) {
        prevVowel = false;
        i++;
      } else break;
    }
    // Silent final e ("home"), but not "-le" ("table").
    if (last === 101 && beforeLast !== 108 && groups > 1) groups--;
    const syl = groups < 1 ? 1 : groups;
    st.words++;
    st.syllables += syl;
    if (syl >= 3 && letters >= LONG_WORD_LETTERS) {
      st.longWords++;
      if (st.longStarts.length < keep) {
        st.longStarts.push(ws);
        st.longEnds.push(i);
      }
    }
  }
  return st;
}

/** Share of [start, end) inside quotation marks. */
function quotedShare(ctx: RuleContext, start: number, end: number): number {
  const quotes = ctx.quotes;
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  let inside = 0;
  for (let k = lo; k < quotes.length && quotes[k].start < end; k++) inside += Math.min(end, quotes[k].end) - Math.max(start, quotes[k].start);
  return end > start ? inside / (end - start) : 0;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function reviewReadability(ctx: RuleContext): { readability?: Readability; notes: QualityNote[] } {
  const notes: QualityNote[] = [];
  let words = 0;
  let syllables = 0;
  let sentences = 0;
  const text = ctx.text;
  for (const s of ctx.sentences) {
    const st = measure(text, s.start, s.end, 3);
    if (st.words < MIN_PROSE_WORDS) continue;
    // The child's or a parent's own words are quoted as said, never rewritten.
    if (quotedShare(ctx, s.start, s.end) > 0.5) continue;
    words += st.words;
    syllables += st.syllables;
    sentences++;
    if (notes.length >= MAX_READABILITY_NOTES) continue;
    const sample = st.longStarts.map((a, k) => `'${text.slice(a, st.longEnds[k])}'`).join(", ");
    if (st.words > LONG_SENTENCE_WORDS) {
      notes.push({
        checkId: READABILITY.id,
        start: s.start,
        end: s.end,
        text: text.slice(s.start, s.end),
        message: `This sentence has ${st.words} words, which is hard for a 12-year-old reading their record to follow.`,
        suggestion: "Split it into shorter sentences of about 15 to 20 words.",
      });
    } else if (st.words >= HARD_MIN_WORDS && st.longWords >= HARD_LONG_WORDS && st.longWords / st.words >= HARD_LONG_RATIO) {
      notes.push({
        checkId: READABILITY.id,
        start: s.start,
        end: s.end,
        text: text.slice(s.start, s.end),
        message: `This sentence uses many long words (${sample}), which a 12-year-old reading their record would struggle with.`,
        suggestion: "Use shorter everyday words, as you would say them to the child.",
      });
    }
  }
  if (sentences === 0 || words === 0) return { notes };
  const wps = words / sentences;
  const spw = syllables / words;
  const grade = 0.39 * wps + 11.8 * spw - 15.59;
  return {
    notes,
    readability: {
      fleschReadingEase: round1(206.835 - 1.015 * wps - 84.6 * spw),
      readingAge: round1(Math.min(25, Math.max(5, grade + 5))),
      averageSentenceWords: round1(wps),
    },
  };
}
