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

/** Spreads a key's bits over the table's low bits. */
function slot(key: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return h ^ (h >>> 15);
}

/**
 * Shingle hash → the paragraph that last held it, by open addressing in two typed arrays: a Map get and
 * set per word was most of this check's time, and its entries most of its garbage.
 */
class ShingleTable {
  private keys = new Int32Array(1024);
  private paras = new Int32Array(1024); // paragraph + 1; 0 is an empty slot
  private size = 0;

  /** Records that `para` holds shingle `key`; returns the paragraph that held it before, or -1. */
  swap(key: number, para: number): number {
    const mask = this.keys.length - 1;
    let i = slot(key) & mask;
    for (;;) {
      const p = this.paras[i];
      if (p === 0) break;
      if (this.keys[i] === key) {
        this.paras[i] = para + 1;
        return p - 1;
      }
      i = (i + 1) & mask;
    }
    this.keys[i] = key;
    this.paras[i] = para + 1;
    if (++this.size * 2 > this.keys.length) this.grow();
    return -1;
  }

  private grow(): void {
    const keys = this.keys;
    const paras = this.paras;
    this.keys = new Int32Array(keys.length * 2);
    this.paras = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      if (paras[j] === 0) continue;
      let i = slot(keys[j]) & mask;
      while (this.paras[i] !== 0) i = (i + 1) & mask;
      this.keys[i] = keys[j];
      this.paras[i] = paras[j];
    }
  }
}

export function reviewRepeatedText(ctx: RuleContext): QualityNote[] {
  const text = ctx.text;
  const n = text.length;
  const seen = new ShingleTable();
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
        for (const [p, c] of counts)
          if (c > bestCount) {
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
