import fc from "fast-check";
import { fastBoundaries, startsWithWordChar, wordRegExp } from "../../../src/engine/text/word-boundary";

const matches = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g"))].map((m) => [m.index, ...m]);

describe("fastBoundaries", () => {
  it("writes a \\b before a word character as a lookbehind under the i and u flags", () => {
    expect(fastBoundaries(String.raw`\b(?:shows?|display(?:s|ed)?)\s+(?:little|no)\b`, "giu")).toBe(String.raw`(?<!\w)(?:shows?|display(?:s|ed)?)\s+(?:little|no)\b`);
    expect(fastBoundaries(String.raw`\b(?:a|an|such\s+a)\s+typical|\btypical\s+of`, "giu")).toBe(String.raw`(?<!\w)(?:a|an|such\s+a)\s+typical|(?<!\w)typical\s+of`);
    expect(fastBoundaries(String.raw`\b[Ss]he\b`, "iu")).toBe(String.raw`(?<!\w)[Ss]he\b`);
  });

  it("leaves every other \\b, and patterns without both flags, as they are", () => {
    for (const [source, flags] of [
      [String.raw`\b(?:shows?)`, "gi"], // \b is native without u
      [String.raw`\b(?:shows?)`, "gu"],
      [String.raw`\b(?:his|\p{Lu}\w+)`, "giu"], // \p{Lu} can be a letter that is not a word character (É)
      [String.raw`\b(?:a|)b`, "iu"], // an empty alternative
      [String.raw`\b(?:very\s+)?no`, "iu"], // an optional first atom
      [String.raw`\ba?b`, "iu"],
      [String.raw`\b\s+x`, "iu"],
      [String.raw`[\b]x`, "iu"], // a backspace in a class
      [String.raw`\b(?=a)a`, "iu"], // a lookahead consumes nothing
      [String.raw`\b[^a]b`, "iu"],
      [String.raw`\b[0-z]`, "iu"],
      [String.raw`x\b`, "iu"],
    ] as const)
      expect(fastBoundaries(source, flags)).toBe(source);
  });

  it("knows what must begin with a word character", () => {
    expect(startsWithWordChar("(?:ab|c(?:d|e)|_|9|[a-z0-9]|\\d|\\w+)x", 0)).toBe(true);
    expect(startsWithWordChar("(?<name>ab|cd)", 0)).toBe(true);
    expect(startsWithWordChar("(?:ab|-)", 0)).toBe(false);
    expect(startsWithWordChar("a{0,2}b", 0)).toBe(false);
    expect(startsWithWordChar("a{2}b", 0)).toBe(true);
  });

  it("finds the same matches as the pattern it rewrites, on any text", () => {
    // Letters the i and u flags fold into word characters (ſ → s, K → k), letters that are not word
    // characters (É, ж), digits, _, spaces and punctuation.
    const chars = ["a", "b", "s", "k", "S", "K", "ſ", "\u212A", "É", "ж", "1", "_", " ", "-", "'", "."];
    const atoms = ["a", "b", "s", "k", "ab", "(?:a|b)", "(?:sk|b+)", "[a-c]", "\\d", "\\w", "\\s+", "[ -]", "\\p{L}", "(?:a|é)", "x?", "\\b"];
    const pattern = fc.array(fc.constantFrom(...atoms), { minLength: 1, maxLength: 5 }).map((parts) => parts.map((p, i) => (i % 2 ? p : `\\b${p}`)).join(""));
    fc.assert(
      fc.property(pattern, fc.array(fc.constantFrom(...chars), { maxLength: 30 }), fc.constantFrom("giu", "iu", "gimu"), (source, text, flags) => {
        const original = new RegExp(source, flags);
        const fast = wordRegExp(source, flags);
        expect(matches(fast, text.join(""))).toEqual(matches(original, text.join("")));
      }),
      { numRuns: 3000 },
    );
  });

  it("returns the regex itself when nothing changes, a rebuilt one with the same flags when something does", () => {
    const same = /\bx/gi;
    expect(wordRegExp(same)).toBe(same);
    const rebuilt = wordRegExp(/\bshows?/giu);
    expect(rebuilt.source).toBe(String.raw`(?<!\w)shows?`);
    expect(rebuilt.flags).toBe("giu");
  });
});
