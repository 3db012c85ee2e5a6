// Cheap necessary conditions for the context patterns the people stage reads around a name. A pattern
// anchored at the end of the text before a name ("…her social worker, ") is tried by the regex engine at
// every start in that text, and a large alternation of role or kin words makes each try dear; the words it
// must end with (or hold) are read here by walking back over the last letters, and the pattern is run only
// when they are there, so its answer is the same. Words are compared as the patterns' "i" and "u" flags
// compare them: simple case folding, under which only "ſ" and the Kelvin sign fold onto ASCII letters besides
// the capitals (the word lists are ASCII).

const LETTER = /\p{L}/u;

/** Is the character code one that JavaScript's \s matches? */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The end of `s` before `end` once the whitespace (\s) before `end` is passed over. */
export function trimSpaceEnd(s: string, end = s.length): number {
  while (end > 0 && isSpaceCode(s.charCodeAt(end - 1))) end--;
  return end;
}

/** Is the code point ending at `end` a letter (\p{L}), and how many UTF-16 units does it take (0 when none)? */
function letterBefore(s: string, end: number): number {
  if (end <= 0) return 0;
  const c = s.charCodeAt(end - 1);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const h = s.charCodeAt(end - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER.test(s.slice(end - 2, end)) ? 2 : 0;
  }
  return LETTER.test(s[end - 1]) ? 1 : 0;
}

/** Where the run of letters that ends at `end` starts (`end` itself when no letter stands before it). */
export function runStartBefore(s: string, end: number): number {
  for (let w = letterBefore(s, end); w > 0; w = letterBefore(s, end)) end -= w;
  return end;
}

/** A run of letters as the "i" and "u" flags compare it with lower-case ASCII words. */
export function foldRun(run: string): string {
  const lower = run.toLowerCase();
  return lower.includes("ſ") ? lower.replace(/ſ/g, "s") : lower;
}

/** The folded run of letters just before `end`, or "" when the character there is no letter. */
export function lastRun(s: string, end: number): string {
  const start = runStartBefore(s, end);
  return start < end ? foldRun(s.slice(start, end)) : "";
}

/** The last run of letters of each entry (lower case): the word a pattern of these entries ends on. */
export function finalRuns(entries: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const e of entries) {
    const runs = e.toLowerCase().match(/\p{L}+/gu);
    if (runs) out.add(runs[runs.length - 1]);
  }
  return out;
}

/** Entries' final runs, for asking whether a run of letters in a text starts with one of them. */
export class RunHeads {
  private readonly heads: Set<string>;
  private readonly lengths: number[];
  constructor(entries: Iterable<string>) {
    this.heads = finalRuns(entries);
    this.lengths = [...new Set([...this.heads].map((h) => h.length))].sort((a, b) => a - b);
  }
  /** Does some run of letters in `s` start with one of the entries' final runs? */
  anyRunStartsWithOne(s: string): boolean {
    let end = s.length;
    while (end > 0) {
      const start = runStartBefore(s, end);
      if (start === end) {
        end--;
        continue;
      }
      const run = foldRun(s.slice(start, end));
      for (const n of this.lengths) {
        if (n > run.length) break;
        if (this.heads.has(n === run.length ? run : run.slice(0, n))) return true;
      }
      end = start;
    }
    return false;
  }
}
