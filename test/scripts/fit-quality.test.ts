// scripts/fit/quality.mjs, the recording-quality threshold fitter used by `npm run eval -- --folds K`:
// it picks, per threshold, the grid value that makes its own quality key right most often on the
// training documents, keeps the default on a tie, and tunes names the engine actually reads.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { analyse } from "../../src/engine/pipeline";

const root = join(__dirname, "..", "..");

/** Runs an ES-module snippet with the fitter imported as `fitter`; returns what it prints as JSON. */
function runFitter(body: string): unknown {
  const script = `import * as fitter from ${JSON.stringify(join(root, "scripts", "fit", "quality.mjs"))};\n${body}`;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }));
}

// A stand-in engine: each training document's text is a number, its analysis score; the analysis
// key is true when the score reaches the tuned threshold. The other keys never change.
const FAKE_ENGINE = `
const engine = {
  analyse(plain, _profile, options) {
    const t = options.tuning.quality;
    return { quality: { analysis: { value: Number(plain) >= t["analysis.threshold"] }, childVoice: { value: true } } };
  },
};
const doc = (score, analysis) => ({ doc: { quality: analysis === undefined ? {} : { analysis } }, plain: String(score), gold: [] });
`;

type Tunable = { name: string; key: string; value: number; grid: number[] };

describe("quality threshold fitter", () => {
  const tunables = runFitter("console.log(JSON.stringify(fitter.tunables()));") as Tunable[];

  test("chooses the grid value that makes the training documents right most often", () => {
    const fitted = runFitter(`${FAKE_ENGINE}
      // Scores 0.7 and 1.2 are not analysis, 1.6 and 2.5 are: only 1.5 gets all four right.
      console.log(JSON.stringify(fitter.fit([doc(0.7, false), doc(1.2, false), doc(1.6, true), doc(2.5, true), doc(3, undefined)], engine)));`) as Record<string, number>;
    expect(fitted["analysis.threshold"]).toBe(1.5);
    // Thresholds the stand-in ignores tie everywhere: their defaults stay.
    for (const t of tunables) if (t.name !== "analysis.threshold") expect(fitted[t.name]).toBe(t.value);
  });

  test("keeps the defaults when the documents cannot tell the values apart", () => {
    const fitted = runFitter(`${FAKE_ENGINE}
      console.log(JSON.stringify(fitter.fit([doc(5, true), doc(0, false)], engine)));`) as Record<string, number>;
    expect(fitted).toEqual(Object.fromEntries(tunables.map((t) => [t.name, t.value])));
  });

  test("every default is on its grid, so the fit can always keep it", () => {
    expect(tunables.length).toBeGreaterThan(0);
    for (const t of tunables) expect(t.grid).toContain(t.value);
  });

  // Texts on which each threshold decides the answer: the fitted names must be ones the engine reads.
  const DECIDES: Record<string, string> = {
    "analysis.threshold": "Mia was quiet at tea. I think she misses her brother.",
    // Two evaluative sentences with no linking word, so no weighing run decides it first.
    "analysis.sectionEvaluative": "Analysis\nIt seems the move has helped Mia. Her sleep is likely to improve.",
    "analysis.evaluativeSentences": "Mia seems calmer now. She appears to trust her carer. Her sleep is likely to improve further.",
    // One sentence joining two kinds of reading (an inference and a prediction), nothing else.
    // One paragraph that weighs (contrast, stance, condition) in no listed wording: three kinds, one run.
    "analysis.weighingClasses":
      "Although the flat was tidier, Mia went silent whenever her stepdad walked in. Put next to the mark, I am uneasy. Unless he moves out, Mia will keep hiding what goes on.",
    "analysis.weighingWindows":
      "Although the flat was tidier, Mia went silent whenever her stepdad walked in. Put next to the mark, I am uneasy. Unless he moves out, Mia will keep hiding what goes on.",
    "analysis.combinedSentence": "Mia was quiet at tea. Her quiet spells suggest she misses her brother, which is likely to last.",
  };

  test.each(tunables.map((t) => [t.name, t] as const))("%s changes the engine's answer on a text it decides", (name, t) => {
    const text = DECIDES[name];
    expect(text).toBeDefined(); // a new tunable needs a text here
    const values = new Set(
      t.grid.map(
        (v) => analyse(text, { subject: { name: "Mia Price", pronouns: "she/her" } }, { categories: [], tuning: { quality: { [name]: v } } }).quality?.[t.key as "analysis"]?.value,
      ),
    );
    expect(values.size).toBe(2);
  });
});
