import { PhraseMatcher, expandPattern } from "../../../src/engine/text/phrase-matcher";

const texts = (m: PhraseMatcher<string>, t: string) => m.findAll(t).map((x) => t.slice(x.start, x.end));

describe("phrase-matcher", () => {
  const m = new PhraseMatcher<string>([
    { phrase: "contact", value: "contact" },
    { phrase: "contact centre", value: "centre" },
    { phrase: "attention seeking", value: "as" },
    { phrase: "CP", value: "cp", caseSensitive: true },
    { phrase: "s.47", value: "s47" },
    { phrase: "Mum's boyfriend", value: "mb" },
  ]);

  test.each([
    ["Contact with Mum", ["Contact"]],
    ["the CONTACT centre on Friday", ["CONTACT centre"]],
    ["attention   seeking", ["attention   seeking"]],
    ["attention\u00a0seeking", ["attention\u00a0seeking"]],
    ["CP plan; cp in lower case; ICPC", ["CP"]],
    ["contacts, recontact and contact.", ["contact"]],
    ["an s.47 enquiry", ["s.47"]],
    ["Mum’s boyfriend", ["Mum’s boyfriend"]],
    ["", []],
  ])("%s", (text, want) => {
    expect(texts(m, text)).toEqual(want);
  });

  test("a rejected match falls back to a shorter phrase at the same start", () => {
    const seen: string[] = [];
    m.scan("the contact centre", (s, e, v) => {
      seen.push(v);
      return v !== "centre";
    });
    expect(seen).toEqual(["centre", "contact"]);
  });

  test("groups overlap; within a group matches are leftmost-longest", () => {
    const g = new PhraseMatcher<string>([
      { phrase: "her lifestyle", value: "a", group: 0 },
      { phrase: "lifestyle choices", value: "b", group: 0 },
      { phrase: "lifestyle", value: "c", group: 1 },
    ]);
    const out: string[] = [];
    g.scan("her lifestyle choices", (s, e, v) => void out.push(v));
    expect(out).toEqual(["a", "c"]);
  });

  // Nodes whose children are all reached through the ASCII table or the single-child fields share one empty Map
  // once built; a letter outside ASCII must still be found, beside ASCII siblings, near the root and deep down.
  test("letters outside ASCII are found at every depth, beside ASCII siblings", () => {
    const w = new PhraseMatcher<string>([
      { phrase: "café", value: "café" },
      { phrase: "cafe society", value: "cs" },
      { phrase: "caff", value: "caff" },
      { phrase: "über", value: "über" },
      { phrase: "ultra", value: "ultra" },
      { phrase: "naïve", value: "naïve" },
      { phrase: "naive", value: "naive" },
      { phrase: "Zoë", value: "zoë" },
      { phrase: "Zoe", value: "zoe" },
    ]);
    const t = "A café, a caff, the cafe society; über and ultra; naïve, naive; Zoë met Zoe, not Zoey.";
    expect(texts(w, t)).toEqual(["café", "caff", "cafe society", "über", "ultra", "naïve", "naive", "Zoë", "Zoe"]);
    expect(texts(w, "CAFÉ ÜBER NAÏVE ZOË")).toEqual(["CAFÉ", "ÜBER", "NAÏVE", "ZOË"]);
  });

  test("expandPattern expands every group", () => {
    expect(expandPattern("{putting|put} {herself|himself} at risk")).toEqual(["putting herself at risk", "put herself at risk", "putting himself at risk", "put himself at risk"]);
    expect(expandPattern("no groups")).toEqual(["no groups"]);
  });

  test("never throws on odd input", () => {
    for (const t of ["\ud83d\ude00contact", "\u0635\u0644 contact", "c".repeat(200000), "contact\r\ncentre"]) {
      expect(() => m.findAll(t)).not.toThrow();
    }
  });
});
