// Whole-word searches for a record's own words (the child's names, a nickname), without a Unicode class
// compiled into every pattern. A pattern such as new RegExp(`(?<![\p{L}\p{N}])${name}(?![\p{L}\p{N}])`, "giu")
// is new to the regex engine for every child, and compiling its property classes costs about 0.4 ms
// each time: most of what a short record's name searches cost. Here the word alone is compiled (cheap)
// and each neighbour is tested against a class compiled once; the matches are the same, in the same order.

/** The code point that ends just before `at` (a surrogate pair read as one), or -1 at the start. */
function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Whether the code point before `at` matches a one-character class such as /[\p{L}\p{N}]/u (false at the start). */
export function classBefore(text: string, at: number, cls: RegExp): boolean {
  const c = codePointBefore(text, at);
  return c >= 0 && cls.test(String.fromCodePoint(c));
}

/** Whether the code point at `at` matches a one-character class (false at the end). */
export function classAt(text: string, at: number, cls: RegExp): boolean {
  return at < text.length && cls.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** The next start to try after a failed candidate at `at`: past the whole code point, as a u-flag regex steps. */
export function stepPast(text: string, at: number): number {
  return at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
/** A literal as a regex source. */
export const escapeLiteral = (s: string): string => s.replace(ESCAPE, "\\$&");
/** A literal as a regex source whose white space matches any run of white space ("blood  sugar", a line break). */
export const escapeSpacedLiteral = (s: string): string => escapeLiteral(s).replace(/\s+/g, "\\s+");
/** Literals as one alternation, longest first so a longer word wins over its prefix; each written by `escape`. */
export const longestFirst = (words: Iterable<string>, escape: (word: string) => string = escapeSpacedLiteral): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

/**
 * Every match of `(?<!before)word(?!after)` in the text, where word is a literal and before and after are
 * one-character classes compiled once with the same case flag (so /[\p{L}]/iu keeps the i flag's closure).
 * `flags` are the literal's own ("gu" or "giu"). Each match is the literal's exec result.
 */
export function* boundedMatches(text: string, word: string, flags: string, before: RegExp, after: RegExp): Generator<RegExpExecArray> {
  const re = new RegExp(escapeLiteral(word), flags.includes("g") ? flags : `${flags}g`);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (classBefore(text, m.index, before) || classAt(text, end, after)) {
      re.lastIndex = stepPast(text, m.index);
      continue;
    }
    yield m;
  }
}

/** Several literals tried in order at each position, as the alternation (?:a|b|…) would be. */
export type Alternatives = { any: RegExp; each: RegExp[] };

/** The literals compiled for firstBounded; `flags` without g or y ("iu", "u"). */
export function alternatives(words: readonly string[], flags: string): Alternatives {
  const sources = words.map(escapeLiteral);
  return { any: new RegExp(`(?:${sources.join("|")})`, `${flags}g`), each: sources.map((s) => new RegExp(s, `${flags}y`)) };
}

/**
 * The first match of `(?<!before)(?:a|b|…)(?!after)`: at each position where one of the words starts,
 * the words are tried in their order and the first whose neighbours fit is the match (a regex backtracks
 * into the next alternative the same way when a lookahead fails).
 */
export function firstBounded(text: string, alts: Alternatives, before: RegExp, after: RegExp): { index: number; text: string } | undefined {
  const any = alts.any;
  any.lastIndex = 0;
  for (let m = any.exec(text); m; m = any.exec(text)) {
    const at = m.index;
    if (!classBefore(text, at, before)) {
      for (const re of alts.each) {
        re.lastIndex = at;
        const w = re.exec(text);
        if (w && !classAt(text, at + w[0].length, after)) return { index: at, text: w[0] };
      }
    }
    any.lastIndex = stepPast(text, at);
  }
  return undefined;
}
