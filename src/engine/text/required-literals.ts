// Necessary literals of a regular expression: a set of strings at least one of which every match contains,
// read from the pattern's source. A text that holds none of them cannot match, so a pattern can be skipped
// on it without running it; one pass of a multi-string scanner over a sentence answers for many patterns at
// once. The reading is conservative: whatever it cannot vouch for (a class, an optional or repeated part, a
// back-reference, a flag that changes matching) gives no literal, and a pattern with none is always run.

import { AhoCorasick } from "./aho-corasick";

/** What a piece of a pattern may match: the whole set of strings when small and known, and a necessary set. */
type Info = { exact?: Set<string>; must?: Set<string> };

const MAX_EXACT = 64;
const EMPTY: Info = { exact: new Set([""]) };
const UNKNOWN: Info = {};

/**
 * The head of a group that opens at `at` (just after its "("): its length ("?:", "?=", "?<name>"…, or 0 for a
 * plain capturing group) and whether it is a look-around, which consumes nothing. Throws on a head this reading
 * does not know, so the caller gives up on the pattern. Shared by the literal and first-character readings.
 */
export function groupHead(s: string, at: number): { length: number; look: boolean } {
  if (s[at] !== "?") return { length: 0, look: false };
  const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(s.slice(at));
  if (!head) throw new Error("group");
  return { length: head[0].length, look: head[0] === "?=" || head[0] === "?!" || head[0] === "?<=" || head[0] === "?<!" };
}

/**
 * The quantifier at `at` ("?", "*", "+", "{n}", "{n,}", "{n,m}", each with an optional lazy "?"): its length and the
 * least and most times it repeats, or undefined when none stands there. Shared by the literal and first-character
 * readings.
 */
export function quantifierAt(s: string, at: number): { length: number; min: number; max: number } | undefined {
  const c = s[at];
  let length = 1;
  let min: number;
  let max: number;
  if (c === "?" || c === "*" || c === "+") [min, max] = c === "?" ? [0, 1] : c === "*" ? [0, Infinity] : [1, Infinity];
  else {
    const m = c === "{" ? /^\{(\d+)(?:(,)(\d*))?\}/.exec(s.slice(at)) : null;
    if (!m) return undefined;
    length = m[0].length;
    min = Number(m[1]);
    max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
  }
  if (s[at + length] === "?") length++; // lazy: the same strings
  return { length, min, max };
}

/** Strings at least one of which any match of `source` contains (case as written), or undefined when none can be vouched for. */
export function requiredLiterals(source: string, flags = ""): string[] | undefined {
  // Case folding, dot-all and multi-line change nothing here but "i" does; sticky and global are harmless.
  if (/[imsuvy]/.test(flags.replace(/[gmsy]/g, ""))) return undefined;
  let info: Info;
  try {
    const p = new Parser(source);
    info = p.alternation();
    if (p.i < source.length) return undefined;
  } catch {
    return undefined;
  }
  const must = mustOf(info);
  return must ? [...must] : undefined;
}

/** The necessary set of a piece: its exact set when that holds no empty string, else its own necessary set. */
function mustOf(info: Info): Set<string> | undefined {
  if (info.exact) return info.exact.has("") ? undefined : info.exact;
  return info.must;
}

/** The better of two necessary sets: the one whose shortest string is longer (fewer chance hits), then the smaller. */
function better(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  if (!a) return b;
  if (!b) return a;
  const la = Math.min(...[...a].map((s) => s.length));
  const lb = Math.min(...[...b].map((s) => s.length));
  return lb > la || (lb === la && b.size < a.size) ? b : a;
}

function cross(a: Set<string>, b: Set<string>): Set<string> | undefined {
  if (a.size * b.size > MAX_EXACT) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  alternation(): Info {
    const alts: Info[] = [this.sequence()];
    while (this.s[this.i] === "|") {
      this.i++;
      alts.push(this.sequence());
    }
    if (alts.length === 1) return alts[0];
    let exact: Set<string> | undefined = new Set();
    let must: Set<string> | undefined = new Set();
    for (const a of alts) {
      if (exact && a.exact && exact.size + a.exact.size <= MAX_EXACT) for (const x of a.exact) exact.add(x);
      else exact = undefined;
      const m = mustOf(a);
      if (must && m) for (const x of m) must.add(x);
      else must = undefined;
    }
    return { exact, must };
  }

  sequence(): Info {
    // Runs of pieces with known exact sets are joined; the best necessary set of any run or piece is kept.
    let run: Set<string> | undefined = new Set([""]);
    let best: Set<string> | undefined;
    let allExact = true;
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      const piece = this.quantified();
      const joined: Set<string> | undefined = run && piece.exact ? cross(run, piece.exact) : undefined;
      if (joined) run = joined;
      else {
        allExact = false;
        best = better(best, run && !run.has("") ? run : undefined);
        best = better(best, mustOf(piece));
        run = piece.exact ? new Set(piece.exact) : new Set([""]);
      }
    }
    if (allExact) return { exact: run };
    return { must: better(best, run && !run.has("") ? run : undefined) };
  }

  quantified(): Info {
    const atom = this.atom();
    const q = quantifierAt(this.s, this.i);
    if (!q) return atom;
    this.i += q.length;
    const { min, max } = q;
    if (min === 0 && max === 1) return atom.exact && atom.exact.size < MAX_EXACT ? { exact: new Set([...atom.exact, ""]) } : UNKNOWN;
    if (min === 1 && max === 1) return atom;
    return min >= 1 ? { must: mustOf(atom) } : UNKNOWN;
  }

  atom(): Info {
    const s = this.s;
    const c = s[this.i++];
    if (c === "(") {
      const head = groupHead(s, this.i);
      this.i += head.length;
      const inner = this.alternation();
      if (s[this.i++] !== ")") throw new Error("unclosed");
      // A look-around consumes nothing: it adds no string to the match.
      return head.look ? EMPTY : inner;
    }
    if (c === "^" || c === "$") return EMPTY;
    if (c === ".") return UNKNOWN;
    if (c === "[") return this.charClass();
    if (c === "\\") return this.escape();
    if (c === ")" || c === "|" || c === undefined) throw new Error("unexpected");
    if (c === "*" || c === "+" || c === "?" || c === "{") throw new Error("quantifier");
    return { exact: new Set([c]) };
  }

  escape(): Info {
    const s = this.s;
    const c = s[this.i++];
    if (c === "b" || c === "B") return EMPTY;
    if (/[dDsSwW]/.test(c)) return UNKNOWN;
    if (c === "p" || c === "P") {
      const m = /^\{[^}]*\}/.exec(s.slice(this.i));
      if (m) this.i += m[0].length;
      return UNKNOWN;
    }
    if (/[1-9k]/.test(c)) throw new Error("back-reference");
    return { exact: new Set([this.escapedChar(c)]) };
  }

  /** The character an escape stands for, after its backslash and first letter. */
  private escapedChar(c: string): string {
    const s = this.s;
    const table: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", "0": "\0" };
    if (c in table) return table[c];
    if (c === "u" || c === "x") {
      const m = (c === "u" ? /^[0-9a-fA-F]{4}/ : /^[0-9a-fA-F]{2}/).exec(s.slice(this.i));
      if (!m) throw new Error("escape");
      this.i += m[0].length;
      return String.fromCharCode(parseInt(m[0], 16));
    }
    if (c === "c" || c === undefined) throw new Error("escape");
    return c;
  }

  /** A class of a few plain characters ("[’']") is their set; any other class is unknown. */
  charClass(): Info {
    const s = this.s;
    const negated = s[this.i] === "^";
    if (negated) this.i++;
    const chars = new Set<string>();
    let plain = !negated;
    while (s[this.i] !== "]") {
      if (this.i >= s.length) throw new Error("unclosed class");
      let ch = s[this.i++];
      if (ch === "\\") {
        const e = s[this.i++];
        if (/[dDsSwWbBpP]/.test(e)) {
          plain = false;
          if ((e === "p" || e === "P") && s[this.i] === "{") this.i = s.indexOf("}", this.i) + 1;
          continue;
        }
        ch = this.escapedChar(e);
      }
      if (s[this.i] === "-" && s[this.i + 1] !== "]") plain = false; // a range
      chars.add(ch);
    }
    this.i++;
    return plain && chars.size > 0 && chars.size <= 4 ? { exact: chars } : UNKNOWN;
  }
}

/**
 * Which of several sets of strings occur in a text: one Aho–Corasick automaton (aho-corasick.ts) over all
 * their strings, each carrying its set's number, so a scan is one table read per character. `scan` returns,
 * per set, whether any of its strings occurs.
 */
export class LiteralSets {
  private readonly automaton: AhoCorasick;
  private readonly hit: Uint8Array;

  constructor(sets: ReadonlyArray<readonly string[]>) {
    this.hit = new Uint8Array(sets.length);
    this.automaton = new AhoCorasick(sets.flatMap((strings, k) => strings.map((str): [string, number] => [str, k])));
  }

  /** Per set, 1 when one of its strings occurs in `text` (the array is reused by the next scan). */
  scan(text: string): Uint8Array {
    const { hit, automaton } = this;
    const { outStart, out } = automaton;
    hit.fill(0);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = automaton.step(state, text.charCodeAt(i));
      for (let j = outStart[state], end = outStart[state + 1]; j < end; j++) hit[out[j]] = 1;
    }
    return hit;
  }
}
