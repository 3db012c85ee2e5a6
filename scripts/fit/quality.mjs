// Fits the recording-quality thresholds on training documents, for the evaluation's k-fold
// cross-validation (`npm run eval -- --folds 5`). Contract: fit(trainDocs, engine) with trainDocs
// [{doc, plain, gold}] (doc is the corpus JSON, including its gold `quality`) and engine { analyse };
// returns the fragment placed at options.tuning.quality. Products never use this: they run on the
// defaults in rules/quality/*.json.
//
// Method: coordinate ascent over a small grid per threshold, each chosen to maximise the accuracy of
// its own quality key on the training documents (ties keep the default, so a fold with no evidence
// either way does not move it). Only the quality stage is needed, so the wording and people rules are
// switched off while fitting.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const data = (name) => JSON.parse(readFileSync(join(root, "rules", "quality", `${name}.json`), "utf8"));

/** Each tunable threshold: the quality key it decides, its default, and the values tried. */
export function tunables() {
  const analysis = data("analysis");
  const voice = data("child-voice");
  const parents = data("parent-views");
  const next = data("next-steps");
  return [
    { name: "analysis.threshold", key: "analysis", value: analysis.threshold, grid: [0.5, 1, 1.5, 2] },
    { name: "analysis.sectionEvaluative", key: "analysis", value: analysis.sectionEvaluative, grid: [1, 2, 3] },
    { name: "analysis.evaluativeSentences", key: "analysis", value: analysis.evaluativeSentences, grid: [1.5, 2, 2.5, 3, 4, 5, 99] },
    ...(typeof analysis.combinedSentence === "number" ? [{ name: "analysis.combinedSentence", key: "analysis", value: analysis.combinedSentence, grid: [1, 1.5, 2, 99] }] : []),
    { name: "analysis.weighingClasses", key: "analysis", value: analysis.weighingClasses, grid: [3, 4, 5] },
    { name: "analysis.weighingWindows", key: "analysis", value: analysis.weighingWindows, grid: [1, 2, 99] },
    ...(typeof voice.threshold === "number" ? [{ name: "childVoice.threshold", key: "childVoice", value: voice.threshold, grid: [1, 2, 3] }] : []),
    ...(typeof parents.threshold === "number" ? [{ name: "parentViews.threshold", key: "parentViews", value: parents.threshold, grid: [1, 2, 3] }] : []),
    ...(typeof next.threshold === "number" ? [{ name: "nextSteps.threshold", key: "nextSteps", value: next.threshold, grid: [1, 2, 3] }] : []),
  ];
}

function accuracy(trainDocs, engine, tuning, key) {
  let right = 0;
  let total = 0;
  for (const { doc, plain } of trainDocs) {
    const want = doc.quality?.[key];
    if (want === undefined) continue;
    const report = engine.analyse(plain, doc.profile, { categories: [], tuning: { quality: tuning } });
    total++;
    if ((report.quality?.[key]?.value ?? null) === want) right++;
  }
  return total ? right / total : 0;
}

export function fit(trainDocs, engine, rounds = 2) {
  const params = tunables();
  const tuning = Object.fromEntries(params.map((p) => [p.name, p.value]));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (const p of params) {
      let best = tuning[p.name];
      let bestScore = accuracy(trainDocs, engine, tuning, p.key);
      for (const v of p.grid) {
        if (v === best) continue;
        const score = accuracy(trainDocs, engine, { ...tuning, [p.name]: v }, p.key);
        if (score > bestScore + 1e-9) {
          best = v;
          bestScore = score;
        }
      }
      if (best !== tuning[p.name]) moved = true;
      tuning[p.name] = best;
    }
    if (!moved) break;
  }
  return tuning;
}
