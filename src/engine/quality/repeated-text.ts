// Near-duplicate paragraphs: text repeated between sections or pasted in twice. Each paragraph (a line)
// is cut into overlapping five-word shingles, hashed on the fly; a paragraph most of whose shingles were
// already seen in one earlier paragraph is flagged. Linear in the length of the text.
import type { QualityNote } from "../types";
import type { RuleContext } from "../rule";

export const REPEATED_TEXT = {
  id: "repeated-text",
  description: "Paragraphs that repeat an earlier paragraph almost word for word.",
  source:
    "Ofsted, What makes an effective case record? (2019: concise records that tell the child's story), https://socialcareinspection.blog.gov.uk/2019/07/24/what-makes-an-effective-case-record/ ; recording policies (each child has their own record; copy-and-paste between records), lexicon README section 5",
};

const SHINGLE = 5;
/** Paragraphs with fewer shingles (about 12 words) are too short to call copied. */
const MIN_SHINGLES = 8;
/** Share of a paragraph's shingles found in one earlier paragraph. */
const MIN_SHARE = 0.5;
const MAX_NOTES = 50;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/**
 * Shingle hash → the paragraph that last held it: open addressing in typed arrays, since a Map's get and
 * set for every word of a long record cost more than the rest of the check together.
 */
class ShingleTable {
  private keys: Int32Array;
  private values: Int32Array; // paragraph index + 1; 0 is an empty slot
  private size = 0;
  constructor(expected: number) {
    let cap = 64;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Int32Array(cap);
    this.values = new Int32Array(cap);
  }
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.values[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }
  /** The paragraph that last held key (or -1), now replaced by para. */
  swap(key: number, para: number): number {
    let i = this.slot(key);
    const prev = this.values[i] - 1;
    if (prev < 0) {
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        i = this.slot(key);
      }
      this.size++;
      this.keys[i] = key;
    }
    this.values[i] = para + 1;
    return prev;
  }
  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    for (let k = 0; k < keys.length; k++) {
      if (values[k] === 0) continue;
      const i = this.slot(keys[k]);
      this.keys[i] = keys[k];
      this.values[i] = values[k];
    }
  }
}

export function reviewRepeatedText(ctx: RuleContext): QualityNote[] {
  const text = ctx.text;
  const n = text.length;
  const seen = new ShingleTable(n >> 3);
  const paraStart: number[] = [];
  const notes: QualityNote[] = [];
  const ring = new Int32Array(SHINGLE);
  const counts = new Map<number, number>();
  let para = -1;
  let i = 0;
  while (i < n && notes.length < MAX_NOTES) {
    // One line at a time.
    let lineEnd = text.indexOf("\n", i);
    if (lineEnd < 0) lineEnd = n;
    let s = i;
    while (s < lineEnd && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
    // Quoted replies in emails ("> …") repeat earlier text on purpose.
    if (s < lineEnd && text.charCodeAt(s) !== 62) {
      para++;
      paraStart.push(s);
      counts.clear();
      let words = 0;
      let shingles = 0;
      let j = s;
      while (j < lineEnd) {
        let c = text.charCodeAt(j);
        if (!isWordChar(c)) {
          j++;
          continue;
        }
        let h = 0x811c9dc5 | 0;
        while (j < lineEnd) {
          c = text.charCodeAt(j);
          if (!isWordChar(c)) break;
          h = Math.imul(h ^ (c >= 65 && c <= 90 ? c | 32 : c), 16777619);
          j++;
        }
        ring[words % SHINGLE] = h;
        words++;
        if (words >= SHINGLE) {
          let sh = 0;
          for (let k = words - SHINGLE; k < words; k++) sh = (Math.imul(sh, 31) + ring[k % SHINGLE]) | 0;
          shingles++;
          const prev = seen.swap(sh, para);
          if (prev >= 0 && prev !== para) counts.set(prev, (counts.get(prev) ?? 0) + 1);
        }
      }
      if (shingles >= MIN_SHINGLES && counts.size) {
        let best = -1;
        let bestCount = 0;
        for (const [p, c] of counts) if (c > bestCount) {
          best = p;
          bestCount = c;
        }
        if (bestCount / shingles >= MIN_SHARE) {
          let e = lineEnd;
          while (e > s && /\s/.test(text[e - 1])) e--;
          const earlier = text.slice(paraStart[best], Math.min(paraStart[best] + 40, n)).split("\n")[0];
          notes.push({
            checkId: REPEATED_TEXT.id,
            start: s,
            end: e,
            text: text.slice(s, e),
            message: `This paragraph repeats most of an earlier one ("${earlier}…"), so it may have been copied or pasted twice.`,
            suggestion: "Keep one copy, or say what has changed since the earlier entry.",
          });
        }
      }
    }
    i = lineEnd + 1;
  }
  return notes;
}
