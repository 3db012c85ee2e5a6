import { alternatives, boundedMatches, firstBounded } from "../../../src/engine/text/bounded";

// The searches must find exactly what the lookaround patterns they replace find, on any text: letters of
// other scripts and astral planes, a combining mark that case-folds to a letter (U+0345), the Kelvin sign,
// apostrophes, hyphens and digits beside the word.
const ALPHABET = ["a", "n", "s", "A", "N", "S", "an", "An", "AN", "ann", "s", " ", " ", "-", "'", "’", "1", "é", "É", "\u0345", "\u212a", "k", "𝒜", "𐐀", "𐐨", ".", "\n"];

function randomText(seed: number, length: number): string {
  let x = seed;
  let out = "";
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += ALPHABET[x % ALPHABET.length];
  }
  return out;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe("boundedMatches", () => {
  const cases: Array<[string, string, string, string]> = [
    // word, flags, class before, class after
    ["an", "giu", "[\\p{L}\\p{N}]", "[\\p{L}\\p{N}]"],
    ["ann", "giu", "[\\p{L}'’-]", "[\\p{L}-]"],
    ["k", "giu", "[\\p{L}\\p{N}]", "[\\p{L}\\p{N}]"],
    ["an", "gu", "[\\p{L}'’-]", "[\\p{L}-]"],
    ["𐐀", "giu", "[\\p{L}\\p{N}]", "[\\p{L}\\p{N}]"],
  ];
  it.each(cases)("finds what (?<!before)%s(?!after) finds (%s)", (word, flags, before, after) => {
    const original = new RegExp(`(?<!${before})${esc(word)}(?!${after})`, flags);
    const caseFlag = flags.includes("i") ? "iu" : "u";
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomText(seed, 60);
      const got = [...boundedMatches(text, word, flags, new RegExp(before, caseFlag), new RegExp(after, caseFlag))].map((m) => `${m.index}:${m[0]}`);
      expect(got).toEqual(all(original, text));
    }
  });
});

describe("firstBounded", () => {
  it("finds what (?<![\\p{L}\\p{N}])(?:a|b)(?![\\p{L}\\p{N}]) finds first, trying a later word where an earlier one's neighbours do not fit", () => {
    const words = ["an", "ann", "s", "a"];
    const original = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(esc).join("|")})(?![\\p{L}\\p{N}])`, "iu");
    const alts = alternatives(words, "iu");
    const cls = /[\p{L}\p{N}]/iu;
    for (let seed = 1; seed <= 500; seed++) {
      const text = randomText(seed, 40);
      const m = original.exec(text);
      const got = firstBounded(text, alts, cls, cls);
      expect(got ? `${got.index}:${got.text}` : null).toEqual(m ? `${m.index}:${m[0]}` : null);
    }
    expect(firstBounded("Anne, ann.", alts, cls, cls)).toEqual({ index: 6, text: "ann" });
  });
});
