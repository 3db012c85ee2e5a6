import { LiteralSets, requiredLiterals } from "../../../src/engine/text/required-literals";
import analysisData from "../../../rules/quality/analysis.json";

describe("requiredLiterals", () => {
  it("reads the strings every match must contain", () => {
    expect(requiredLiterals(String.raw`\bmeans? that\b`)?.sort()).toEqual(["mean that", "means that"]);
    expect(requiredLiterals(String.raw`\b(?:seems?|appeared)\b(?!\s+in)`)?.sort()).toEqual(["appeared", "seem", "seems"]);
    expect(requiredLiterals(String.raw`it[’']s`)?.sort()).toEqual(["it's", "it’s"]);
    // The longest fixed run of a sequence is kept, whatever stands between.
    expect(requiredLiterals(String.raw`\bthreshold\b[^.;]{0,80}\bmet\b`)).toEqual(["threshold"]);
    // A part repeated at least once still must occur.
    expect(requiredLiterals("(?:ab)+x*")).toEqual(["ab"]);
  });

  it("vouches for nothing it cannot read", () => {
    expect(requiredLiterals(String.raw`\w+`)).toBeUndefined();
    expect(requiredLiterals("a|[a-z]+")).toBeUndefined(); // one alternative has no literal
    expect(requiredLiterals("(?:abc)?")).toBeUndefined();
    expect(requiredLiterals(String.raw`(a)\1`)).toBeUndefined();
    expect(requiredLiterals("abc", "i")).toBeUndefined();
    expect(requiredLiterals("a(b")).toBeUndefined();
    // A look-around adds nothing to the match.
    expect(requiredLiterals("(?<!no )(?=x)")).toBeUndefined();
  });

  it("never skips a text a pattern matches (the analysis sentence types, on their own matches and near misses)", () => {
    const texts = [
      "this suggests that she is worried",
      "it is likely to continue, so that he will struggle",
      "i think the care is not good enough for her",
      "mum’s drinking is a way of coping with the loss",
      "that’s not the same as saying she is unsafe",
      "what this means for him is that he will not return",
      "she seemed happy; he looked like his brother",
      "nothing here at all",
    ];
    for (const t of analysisData.sentenceTypes as Array<{ pattern: string }>) {
      const source = t.pattern.replace(/\{ADV\}/g, "(?:[a-z]+ly\\s+)?").toLowerCase();
      const re = new RegExp(source);
      const literals = requiredLiterals(source);
      if (!literals) continue;
      for (const text of texts) if (re.test(text)) expect(literals.some((l) => text.includes(l))).toBe(true);
    }
  });
});

describe("LiteralSets", () => {
  it("says which sets have a string in the text, overlapping strings included", () => {
    const sets = new LiteralSets([["he", "she"], ["his", "hers"], ["xyz"], ["’s"]]);
    expect([...sets.scan("ushers")]).toEqual([1, 1, 0, 0]);
    expect([...sets.scan("this’s")]).toEqual([0, 1, 0, 1]);
    expect([...sets.scan("")]).toEqual([0, 0, 0, 0]);
    expect([...sets.scan("xyxyz")]).toEqual([0, 0, 1, 0]);
  });

  it("agrees with includes on random texts", () => {
    const strings = [["ab", "bab"], ["aab"], ["b", "cc"], ["abcab"]];
    const sets = new LiteralSets(strings);
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: Math.floor(rand() * 12) }, () => "abcd"[Math.floor(rand() * 4)]).join("");
      expect([...sets.scan(text)]).toEqual(strings.map((ss) => (ss.some((s) => text.includes(s)) ? 1 : 0)));
    }
  });
});
