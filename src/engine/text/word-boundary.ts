// Word boundaries that V8 runs at native speed. Under the i and u flags together, V8 compiles `\b` as a
// pair of lookarounds tried at every position of the text, which also defeats its quick scan for the
// pattern's first letters: a pattern such as /\b(?:shows?|displays?)\s+(?:little|no)/giu takes about 50
// times as long over a whole record as the same pattern without one of the two flags (Node 20, 800 KB:
// 30–60 ms against 0.5–1 ms). Where the next atom can only match a word character, `\b` says no more than
// "no word character before here", (?<!\w), which V8 runs natively: the same matches, in the same order.
// (Under i and u, \w and \b's word characters are the same set: ASCII letters, digits, _, ſ and the Kelvin
// sign.) Any other `\b` is left as it is.

/** Whether lookbehind compiles here (an engine without it keeps `\b`, which it runs natively). */
const LOOKBEHIND = ((): boolean => {
  try {
    // Called, not constructed: the on-send build rewrites `new RegExp` to lower lookbehinds on old engines.
    return RegExp("(?<!a)b").test("b");
  } catch {
    return false;
  }
})();

const WORD_CHAR = /^[A-Za-z0-9_]$/;

/**
 * Walks the pattern from `from`, past escapes and classes, calling visit with each other character and the
 * group depth inside it (a ")" is seen at the depth it closes); stops where visit says, or at the end.
 */
function walk(source: string, from: number, visit: (i: number, c: string, depth: number) => boolean): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (visit(i, c, depth)) return i;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
  }
  return source.length;
}

/** Index just past the group opening at `open` ("("), or -1 if unbalanced. */
function groupEnd(source: string, open: number): number {
  const close = walk(source, open + 1, (_, c, depth) => c === ")" && depth === 0);
  return close < source.length ? close + 1 : -1;
}

/** Index just past the class opening at `open` ("["), or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i + 1;
  }
  return -1;
}

/** Whether a quantifier at `at` lets the atom before it match nothing (?, *, {0…}). */
function mayRepeatZero(source: string, at: number): boolean {
  const c = source[at];
  return c === "?" || c === "*" || (c === "{" && /^\{0*(?:,|\})|^\{0+,?\d*\}/.test(source.slice(at)));
}

/** The top-level alternatives of the group body source[from, to). */
function alternatives(source: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  walk(source, from, (i, c, depth) => {
    if (i >= to) return true;
    if (c === "|" && depth === 0) {
      out.push([start, i]);
      start = i + 1;
    }
    return false;
  });
  out.push([start, to]);
  return out;
}

/** Whether a class [...] holds only word characters: letters, digits, _ and ranges of them, \d and \w. */
function wordClass(body: string): boolean {
  if (!body || body[0] === "^") return false;
  return /^(?:[a-z]-[a-z]|[A-Z]-[A-Z]|[0-9]-[0-9]|[A-Za-z0-9_]|\\[dw])+$/.test(body);
}

/** Whether whatever matches at `at` (up to `to`) must begin with a word character. */
export function startsWithWordChar(source: string, at: number, to = source.length): boolean {
  if (at >= to) return false;
  const c = source[at];
  let next: number;
  if (WORD_CHAR.test(c)) next = at + 1;
  else if (c === "\\") {
    if (!/[dw]/.test(source[at + 1] ?? "")) return false;
    next = at + 2;
  } else if (c === "[") {
    next = classEnd(source, at);
    if (next < 0 || !wordClass(source.slice(at + 1, next - 1))) return false;
  } else if (c === "(") {
    next = groupEnd(source, at);
    if (next < 0 || next > to) return false;
    let body = at + 1;
    if (source[body] === "?") {
      if (source[body + 1] === ":") body += 2;
      else if (source[body + 1] === "<" && /[A-Za-z_$]/.test(source[body + 2] ?? "")) body = source.indexOf(">", body) + 1;
      else return false; // a lookaround consumes nothing
    }
    if (!alternatives(source, body, next - 1).every(([s, e]) => startsWithWordChar(source, s, e))) return false;
  } else return false;
  return next <= to && !mayRepeatZero(source, next);
}

/** The pattern with each `\b` that stands before a word character written (?<!\w), under the i and u flags. */
export function fastBoundaries(source: string, flags: string): string {
  if (!LOOKBEHIND || !flags.includes("i") || !flags.includes("u") || !source.includes("\\b")) return source;
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const pair = source.slice(i, i + 2);
      out += !inClass && pair === "\\b" && startsWithWordChar(source, i + 2, atomsEnd(source, i + 2)) ? "(?<!\\w)" : pair;
      i++;
      continue;
    }
    if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    out += c;
  }
  return out;
}

/** Where the alternative holding `at` ends: the next top-level "|" or ")" of its group, or the end. */
const atomsEnd = (source: string, at: number): number => walk(source, at, (_, c, depth) => depth === 0 && (c === "|" || c === ")"));

/** new RegExp(source, flags) with fastBoundaries; a RegExp given is rebuilt from its source and flags. */
export function wordRegExp(source: string | RegExp, flags?: string): RegExp {
  const src = typeof source === "string" ? source : source.source;
  const f = flags ?? (typeof source === "string" ? "" : source.flags);
  const fast = fastBoundaries(src, f);
  return fast === src && typeof source !== "string" && flags === undefined ? source : new RegExp(fast, f);
}
