// Stop 50's speed gates in the people stage, checked against the patterns they guard (copied here, as
// end-gates.test.ts does): the letter runs of the text before a name, folded into a set, must hold the word
// an end-anchored pattern needs wherever that pattern matches; the last run with only spaces and one mark
// after it is the run roleBefore's old pattern captured.
// Invented texts; every name is fictional.
import { RUNS, foldedRuns, holdsAny } from "../../../src/engine/people/end-gates";
import { advocateInHeader } from "../../../src/engine/people/court-header";

const runsOf = (left: string) => left.match(RUNS) ?? [];
const wordsOf = (left: string) => foldedRuns(runsOf(left));

function* lefts(words: readonly string[]): Generator<string> {
  const fronts = ["", "Before ", "x", "(", "\n", "Mr. ", "1. ", "é"];
  const backs = ["", " ", ", ", " : ", "(", "  ,\t", " A. ", " C R ", " Ann and ", " Bo & ", "\t", " x "];
  for (const w of words)
    for (const f of fronts) for (const b of backs) for (const v of [w, w.toUpperCase(), w.replace(/s/g, "ſ"), w[0].toUpperCase() + w.slice(1)]) yield f + v + b;
}

describe("the words before a name, read once", () => {
  test("a title or a plural role word is a whole run wherever its pattern matches", () => {
    const cases: Array<[RegExp, string, string[]]> = [
      [
        /(?:^|[^\p{L}])(?:(?:mr|mrs|ms|miss|lord|lady)\.?[ \t]+justice|(?:his|her)[ \t]+honour[ \t]+judge|district[ \t]+judge|recorder|hhj)[ \t]+(?:\p{Lu}\.?[ \t]+)*$/iu,
        "justice judge recorder hhj",
        ["mr justice", "lady justice", "his honour judge", "district judge", "recorder", "hhj", "mrs. justice"],
      ],
      [
        /(?:^|[^\p{L}])(?:Advocates?|Jurats?)[ \t]+(?:\p{Lu}\.?[ \t]+)*(?:[\p{Lu}][\p{L}'’-]*(?:[ \t]+[\p{Lu}][\p{L}'’-]*)?[ \t]+and[ \t]+)?$/u,
        "advocate advocates jurat jurats",
        ["Advocate", "Jurats", "Advocates", "Jurat"],
      ],
      [
        /(?:^|[^\p{L}])((?:grand)?parents|carers|guardians|adopters)\s*,?\s+\p{Lu}[\p{L}'’-]*\s+(?:and|&)\s+$/iu,
        "parents grandparents carers guardians adopters",
        ["parents", "grandparents", "carers", "guardians", "adopters"],
      ],
    ];
    let matched = 0;
    for (const [pattern, list, words] of cases)
      for (const left of lefts(words)) {
        if (!pattern.test(left)) continue;
        matched++;
        expect([left, holdsAny(wordsOf(left), list)]).toEqual([left, true]);
      }
    expect(matched).toBeGreaterThan(100);
  });

  test("the advocate or judge before a name is still read", () => {
    for (const left of ["HIS HONOUR JUDGE ", "Advocate C. R. ", "Jurats Pell and ", "Recorder "])
      expect([left, advocateInHeader(left, " said", wordsOf(left))]).toEqual([left, true]);
    for (const left of ["the judge said to ", "her advocate, ", "Mr "]) expect([left, advocateInHeader(left, " said", wordsOf(left))]).toEqual([left, false]);
  });

  test("the last run, when only spaces and one mark follow it, is the run the old end-anchored pattern captured", () => {
    const old = /([a-z]+)\s*[,:(]?\s*$/iu;
    const mark = /^\s*[,:(]?\s*$/;
    let compared = 0;
    for (const left of lefts(["social worker", "mum", "sw", "told", "Kelvin \u212Aid", "x9", "da-"])) {
      const runs = runsOf(left);
      const last = runs[runs.length - 1];
      const now = last && mark.test(left.slice(left.lastIndexOf(last) + last.length)) ? last : null;
      expect([left, now]).toEqual([left, old.exec(left)?.[1] ?? null]);
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
