// A long alternation searched from its possible starts only. Over a whole text a global pattern of many
// alternatives is tried at every offset, each alternative in turn; once a process has compiled much regex
// code V8 does so without its quick first-character checks, and a pattern of 200 cue phrases costs tens of
// milliseconds on a long record. Read from the pattern, the characters each alternative can begin with
// (firstChars) split the alternation into one sticky pattern per first character, holding the alternatives
// that can begin with it in their order; a zero-width opening such as \b, read the same way (openingTest),
// passes over the offsets where no match can begin. At every offset that is left the sticky pattern for its
// character is tried, which finds what the whole pattern finds there (an alternative left out cannot match
// there): the same matches, in the same order, with the same groups (MatchSplitter).

import { LiteralSets, groupHead, quantifierAt, requiredLiterals } from "./required-literals";

/**
 * What a piece of a pattern can begin with: its first characters (undefined: any), whether it can match nothing,
 * and whether it can match only at the start of a line (a `^` before anything it consumes).
 */
type First = { chars: Set<number> | undefined; empty: boolean; lineStart: boolean };

const ANY_CHAR: First = { chars: undefined, empty: false, lineStart: false };
const ZERO_WIDTH: First = { chars: new Set(), empty: true, lineStart: false };
const LINE_START: First = { chars: new Set(), empty: true, lineStart: true };
// Wider classes are taken as any character.
const MAX_RANGE = 256;
const DIGITS = range(48, 57);
const WORD = [...range(65, 90), ...range(97, 122), ...DIGITS, 95];
// JavaScript's \s.
const SPACE = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, ...range(0x2000, 0x200a), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}

function union(a: Set<number> | undefined, b: Set<number> | undefined): Set<number> | undefined {
  if (!a || !b) return undefined;
  const out = new Set(a);
  for (const c of b) out.add(c);
  return out;
}

/**
 * The UTF-16 code units a match of `source` can begin with, or undefined when it may begin with any or match
 * nothing. Conservative: whatever it cannot read exactly (a wide or negated class, \p, a back-reference, the
 * i, u or v flag) counts as any character.
 */
export function firstChars(source: string, flags = ""): Set<number> | undefined {
  return openingOf(source, flags).chars;
}

/**
 * firstChars, and whether a match can begin only at the start of a line (or of the text, without the m flag): a
 * `^` every match passes before it consumes anything. Where the first characters are not known (undefined) the
 * pattern may also match nothing.
 */
export function openingOf(source: string, flags = ""): { chars: Set<number> | undefined; lineStart: boolean } {
  if (/[iuv]/.test(flags)) return { chars: undefined, lineStart: false };
  try {
    const p = new FirstParser(source);
    const f = p.alternation();
    if (p.i < source.length) return { chars: undefined, lineStart: false };
    return { chars: f.empty ? undefined : f.chars, lineStart: f.lineStart };
  } catch {
    return { chars: undefined, lineStart: false };
  }
}

class FirstParser {
  i = 0;
  constructor(private readonly s: string) {}

  alternation(): First {
    let out = this.sequence();
    while (this.s[this.i] === "|") {
      this.i++;
      const next = this.sequence();
      out = { chars: union(out.chars, next.chars), empty: out.empty || next.empty, lineStart: out.lineStart && next.lineStart };
    }
    return out;
  }

  sequence(): First {
    let chars: Set<number> | undefined = new Set();
    let empty = true;
    let lineStart = false;
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      const piece = this.quantified();
      if (empty) {
        chars = union(chars, piece.chars);
        empty = piece.empty;
        lineStart ||= piece.lineStart;
      }
    }
    return { chars, empty, lineStart };
  }

  quantified(): First {
    const atom = this.atom();
    const q = quantifierAt(this.s, this.i);
    if (!q) return atom;
    this.i += q.length;
    return q.min === 0 ? { chars: atom.chars, empty: true, lineStart: false } : atom;
  }

  atom(): First {
    const s = this.s;
    const c = s[this.i++];
    if (c === "(") {
      const head = groupHead(s, this.i);
      this.i += head.length;
      const inner = this.alternation();
      if (s[this.i++] !== ")") throw new Error("unclosed");
      // A look-around consumes nothing: what it asks of the text, the pattern it guards asks again.
      return head.look ? ZERO_WIDTH : inner;
    }
    if (c === "^") return LINE_START;
    if (c === "$") return ZERO_WIDTH;
    if (c === ".") return ANY_CHAR;
    if (c === "[") return this.charClass();
    if (c === "\\") return this.escape();
    if (c === ")" || c === "|" || c === undefined) throw new Error("unexpected");
    if (c === "*" || c === "+" || c === "?") throw new Error("quantifier");
    return { chars: new Set([c.charCodeAt(0)]), empty: false, lineStart: false };
  }

  escape(): First {
    const c = this.s[this.i++];
    if (c === "b" || c === "B") return ZERO_WIDTH;
    const set = this.classEscape(c);
    if (set !== null) return { chars: set, empty: false, lineStart: false };
    // A back-reference may match nothing or anything.
    if (/[1-9k]/.test(c)) throw new Error("back-reference");
    return { chars: new Set([this.escapedChar(c)]), empty: false, lineStart: false };
  }

  /** \d, \w, \s as their characters, \D, \W, \S, \p, \P as any; null for an escape of one character. */
  private classEscape(c: string): Set<number> | undefined | null {
    if (c === "d") return new Set(DIGITS);
    if (c === "w") return new Set(WORD);
    if (c === "s") return new Set(SPACE);
    if (c === "D" || c === "W" || c === "S") return undefined;
    if (c === "p" || c === "P") {
      const m = /^\{[^}]*\}/.exec(this.s.slice(this.i));
      if (m) this.i += m[0].length;
      return undefined;
    }
    return null;
  }

  /** The code unit an escape stands for, after its backslash and first letter. */
  private escapedChar(c: string): number {
    const table: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, "0": 0 };
    // \0 before a digit, or \1-\9 in a class, is an old octal escape: not read.
    if ((c === "0" && /[0-9]/.test(this.s[this.i] ?? "")) || /[1-9]/.test(c)) throw new Error("octal");
    if (c in table) return table[c];
    if (c === "u" || c === "x") {
      const m = (c === "u" ? /^[0-9a-fA-F]{4}/ : /^[0-9a-fA-F]{2}/).exec(this.s.slice(this.i));
      if (!m) throw new Error("escape");
      this.i += m[0].length;
      return parseInt(m[0], 16);
    }
    if (c === "c" || c === undefined) throw new Error("escape");
    return c.charCodeAt(0);
  }

  charClass(): First {
    const s = this.s;
    const negated = s[this.i] === "^";
    if (negated) this.i++;
    let chars: Set<number> | undefined = new Set();
    let first = true;
    while (s[this.i] !== "]" || first) {
      first = false;
      if (this.i >= s.length) throw new Error("unclosed class");
      let lo: number;
      const ch = s[this.i++];
      if (ch === "\\") {
        const e = s[this.i++];
        if (e === "b") lo = 8;
        else {
          const set = this.classEscape(e);
          if (set !== null) {
            chars = union(chars, set);
            continue;
          }
          lo = this.escapedChar(e);
        }
      } else if (ch === "]") {
        // "[]" matches nothing and "[^]" anything: neither is worth reading.
        throw new Error("empty class");
      } else lo = ch.charCodeAt(0);
      let hi = lo;
      if (s[this.i] === "-" && s[this.i + 1] !== "]" && this.i + 1 < s.length) {
        this.i++;
        const h = s[this.i++];
        if (h === "\\") {
          const e = s[this.i++];
          if (this.classEscape(e) !== null) throw new Error("class range");
          hi = this.escapedChar(e);
        } else hi = h.charCodeAt(0);
      }
      if (hi < lo) throw new Error("range");
      if (hi - lo > MAX_RANGE) chars = undefined;
      else if (chars) for (let k = lo; k <= hi; k++) chars.add(k);
    }
    this.i++;
    return negated ? ANY_CHAR : { chars, empty: false, lineStart: false };
  }
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Whether \b holds at `at` (no i, u or v flag: ASCII word characters). */
export function wordEdge(text: string, at: number): boolean {
  const before = at > 0 && isWordCode(text.charCodeAt(at - 1));
  const after = at < text.length && isWordCode(text.charCodeAt(at));
  return before !== after;
}

/**
 * A test that holds wherever the zero-width opening `prefix` can hold, for the forms the cue patterns use: none,
 * \b, or a look-ahead whose alternatives are \b, ^ or a class of plain characters ("(?=\b|^|[.;:,+\d])"). Undefined
 * for any other opening, whose offsets are then all tried. `^` is read as the start of a line when the flags hold m.
 */
export function openingTest(prefix: string, flags: string): ((text: string, at: number) => boolean) | undefined {
  if (prefix === "\\b") return wordEdge;
  const m = /^\(\?=(.*)\)$/.exec(prefix);
  if (!m) return undefined;
  const tests: Array<(text: string, at: number) => boolean> = [];
  for (const alt of m[1].split("|")) {
    if (alt === "\\b") tests.push(wordEdge);
    else if (alt === "^")
      tests.push(
        flags.includes("m")
          ? (t, at) => at === 0 || t.charCodeAt(at - 1) === 10 || t.charCodeAt(at - 1) === 13 || t.charCodeAt(at - 1) === 0x2028 || t.charCodeAt(at - 1) === 0x2029
          : (_, at) => at === 0,
      );
    else if (/^\[[^\]^]/.test(alt) && alt.endsWith("]")) {
      const chars = firstChars(alt, flags);
      if (!chars) return undefined;
      const ascii = new Uint8Array(128);
      for (const c of chars) if (c < 128) ascii[c] = 1;
      tests.push((t, at) => {
        const c = t.charCodeAt(at); // NaN past the end
        return c < 128 ? ascii[c] === 1 : chars.has(c);
      });
    } else return undefined;
  }
  return (t, at) => {
    for (let k = 0; k < tests.length; k++) if (tests[k](t, at)) return true;
    return false;
  };
}

// An escape of a digit 1-9 or k, after an even number of backslashes (an odd number escapes the last one).
const BACK_REFERENCE = /(?:^|[^\\])(?:\\\\)*\\[1-9k]/;

/** One alternative of a combined pattern: its source, and the number of its wrapping group in the combined pattern. */
export type Alternative = { source: string; group: number };

/**
 * Searches `${prefix}(?:(a1)|(a2)|…)${suffix}` (each alternative in its own group, numbered as `alternatives` say)
 * from the offsets where a match can begin. At such an offset the alternatives that can begin there, and whose
 * required strings the text holds, are tried in their order, each as its own sticky pattern `${prefix}(?:(ak))${suffix}`;
 * the first that matches gives what the whole pattern gives there, as the whole pattern tries its alternatives in
 * that order and an opening that consumes nothing has only one way to hold. (Each part on its own is also much
 * quicker than the whole once V8 stops optimising newly compiled patterns.) `make` compiles a source with the given
 * flags (the caller's own rewriting, such as wordRegExp, applies to the parts as to the whole). Built only when the
 * flags allow it (no i, u, v or y), the opening is none or one openingTest reads, and no alternative holds a named
 * group or a back-reference; otherwise `split` returns undefined and the caller runs its pattern as before.
 */
export class MatchSplitter {
  // Per ASCII code unit, at an offset inside a line (0-127) and at the start of a line (128-255): the alternatives
  // that can begin there, in order, as an index into `members` (-1: none).
  private readonly ascii = new Int16Array(256).fill(-1);
  private readonly other = [-1, -1]; // the same for any other code unit, inside a line and at its start
  private readonly members: Int32Array[] = [];
  private readonly parts: Array<RegExp | undefined>;
  private readonly opening: ((text: string, at: number) => boolean) | undefined;
  private readonly multiline: boolean;
  // The strings one of which each alternative's matches must hold (required-literals.ts), scanned for once per text:
  // an alternative none of whose strings the text holds cannot match in it and is not tried.
  private readonly literals: LiteralSets;
  private readonly always: Uint8Array;

  private constructor(
    private readonly alternatives: readonly Alternative[],
    private readonly prefix: string,
    private readonly suffix: string,
    private readonly flags: string,
    private readonly make: (source: string, flags: string) => RegExp,
    firsts: Array<{ chars: Set<number> | undefined; lineStart: boolean }>,
    readonly groupCount: number,
  ) {
    this.opening = openingTest(prefix, flags);
    this.multiline = flags.includes("m");
    this.parts = alternatives.map(() => undefined);
    const needed = alternatives.map((a) => requiredLiterals(`${prefix}(?:${a.source})${suffix}`, flags));
    this.literals = new LiteralSets(needed.map((l) => l ?? []));
    this.always = Uint8Array.from(needed.map((l) => (l === undefined ? 1 : 0)));
    const byKey = new Map<string, number>();
    const bucketOf = (members: number[]): number => {
      if (members.length === 0) return -1;
      const key = members.join(",");
      let b = byKey.get(key);
      if (b === undefined) {
        b = this.members.length;
        this.members.push(Int32Array.from(members));
        byKey.set(key, b);
      }
      return b;
    };
    // The alternatives that can begin with a code unit (undefined: any non-ASCII one), in order.
    const holding = (c: number | undefined, lineStart: boolean) =>
      firsts.flatMap((f, k) => ((lineStart || !f.lineStart) && (f.chars === undefined || (c === undefined ? [...f.chars].some((x) => x >= 128) : f.chars.has(c))) ? [k] : []));
    for (let c = 0; c < 128; c++) {
      this.ascii[c] = bucketOf(holding(c, false));
      this.ascii[128 + c] = bucketOf(holding(c, true));
    }
    this.other = [bucketOf(holding(undefined, false)), bucketOf(holding(undefined, true))];
  }

  /** A splitter for the combined pattern, or undefined when its flags, opening or groups rule one out. */
  static split(
    alternatives: readonly Alternative[],
    prefix: string,
    suffix: string,
    flags: string,
    make: (source: string, flags: string) => RegExp,
    groupCount: number,
  ): MatchSplitter | undefined {
    if (/[iuvy]/.test(flags) || (prefix !== "" && !openingTest(prefix, flags))) return undefined;
    // Named groups and back-references would not survive the renumbering of groups in each part.
    if (alternatives.some((a) => /\(\?<[A-Za-z_$]/.test(a.source) || BACK_REFERENCE.test(a.source))) return undefined;
    if (/\(\?<[A-Za-z_$]/.test(suffix) || BACK_REFERENCE.test(suffix) || /\((?!\?)/.test(suffix.replace(/\\./g, "").replace(/\[(?:\\.|[^\]])*\]/g, ""))) return undefined;
    const firsts = alternatives.map((a) => openingOf(`${prefix}(?:${a.source})${suffix}`, flags));
    return new MatchSplitter(alternatives, prefix, suffix, flags.replace("g", ""), make, firsts, groupCount);
  }

  private part(k: number): RegExp {
    return (this.parts[k] ??= this.make(`${this.prefix}(?:(${this.alternatives[k].source}))${this.suffix}`, `${this.flags}y`));
  }

  /**
   * Calls fn with every non-empty match, in order, as a global search of the whole pattern finds them (an empty match
   * steps on by one); fn returns true to stop. A match's groups are numbered as in the whole pattern.
   */
  each(text: string, fn: (m: RegExpExecArray) => boolean | void): void {
    const { ascii, other, opening, multiline } = this;
    const n = text.length;
    // Per part, the alternatives the text's strings leave to be tried (none: the part is passed over).
    const hit = this.literals.scan(text);
    const live = this.members.map((ks) => {
      const kept = ks.filter((k) => this.always[k] === 1 || hit[k] === 1);
      return kept.length > 0 ? kept : undefined;
    });
    for (let at = 0; at < n;) {
      const c = text.charCodeAt(at);
      const before = at === 0 ? 10 : multiline ? text.charCodeAt(at - 1) : 0;
      const line = before === 10 || before === 13 || before === 0x2028 || before === 0x2029 ? 128 : 0;
      const b = c < 128 ? ascii[line + c] : other[line === 0 ? 0 : 1];
      const ks = b >= 0 ? live[b] : undefined;
      let m: RegExpExecArray | null = null;
      let k = -1;
      if (ks !== undefined && (opening === undefined || opening(text, at))) {
        for (let j = 0; j < ks.length; j++) {
          const re = this.part(ks[j]);
          re.lastIndex = at;
          m = re.exec(text);
          if (m) {
            k = ks[j];
            break;
          }
        }
      }
      if (m === null || m[0].length === 0) {
        at++;
        continue;
      }
      // The groups by their number in the whole pattern: the alternative's own group and those inside it.
      const full = new Array<string | undefined>(this.groupCount + 1).fill(undefined) as unknown as RegExpExecArray;
      full[0] = m[0];
      const first = this.alternatives[k].group;
      for (let g = 1; g < m.length; g++) full[first + g - 1] = m[g];
      full.index = m.index;
      full.input = text;
      if (fn(full) === true) return;
      at += m[0].length;
    }
  }
}
