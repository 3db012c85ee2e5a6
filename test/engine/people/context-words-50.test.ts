// Stop 50's speed gates in the people stage, checked against the patterns they guard (copied here, as
// end-gates.test.ts does): the letter runs of the text before a name, folded into a set, must hold the word
// an end-anchored pattern needs wherever that pattern matches; the last run with only spaces and one mark
// after it is the run roleBefore's old pattern captured; the label-or-letter pattern tried only at capitals
// finds what the global scan found. Invented texts; every name is fictional.
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

describe("labels tried only at capitals", () => {
  test("the same matches as the global scan", () => {
    const source = String.raw`(?:\b(?:Child|Sibling|Baby|Young\s+Person|YP)\s+(\p{Lu}{1,2}\d{0,2}|\d{1,2})|(?<![\p{L}\p{N}.'’&/-])(\p{Lu})|(?<![\p{L}\p{N}.'’&/-])(\p{Lu}{2,3}))(?![\p{L}\p{N}/-]|['’](?!s\b)|\.\s?\p{Lu}|\.\p{L})`;
    const global = new RegExp(source, "gu");
    const sticky = new RegExp(source, "uy");
    const capital = /\p{Lu}/gu;
    const texts = [
      "Child B (aged 7) and her brothers R and S, 9, live with M. JB attends; KN (aged 9) and Young Person 2 too.",
      "A referral was made. Plan B, Section C: R A Savage and Mr R Harris. Ó Q's bag, É. 𝐀 B-C A/B A.B K. C",
      "Sibling 12 and Baby K; YP 3; éChild A; x-R; 'T' and ‘S’ said I; Child  AB12 and Child 1.",
    ];
    for (const text of texts) {
      const all: string[] = [];
      global.lastIndex = 0;
      for (let m = global.exec(text); m; m = global.exec(text)) all.push(`${m.index}:${m[0]}:${m[1]}:${m[2]}:${m[3]}`);
      const atCapitals: string[] = [];
      capital.lastIndex = 0;
      for (let c = capital.exec(text); c; c = capital.exec(text)) {
        sticky.lastIndex = c.index;
        const m = sticky.exec(text);
        if (!m) continue;
        capital.lastIndex = sticky.lastIndex;
        atCapitals.push(`${m.index}:${m[0]}:${m[1]}:${m[2]}:${m[3]}`);
      }
      expect(atCapitals).toEqual(all);
      expect(all.length).toBeGreaterThan(3);
    }
  });
});
