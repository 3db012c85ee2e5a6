// The weights of the people stage's evidence (rules/people/weights.json), with any override from
// options.tuning.people (the evaluation's cross-validation fits them on training folds only).
import weightsData from "../../../rules/people/weights.json";
import type { Signal } from "./cues";

export type PeopleWeights = {
  weights: Record<Signal, number>;
  /** child: least score; minChild: least child evidence; adult: least adult margin; bareName: 1 puts evidence-less given names to review. */
  thresholds: { child: number; minChild: number; adult: number; bareName: number };
};

export const DEFAULT_WEIGHTS: PeopleWeights = {
  weights: { ...weightsData.weights } as Record<Signal, number>,
  thresholds: { ...weightsData.thresholds },
};

/** Defaults overridden by a flat tuning fragment: {"kin": 5, "threshold.child": 1}. */
export function peopleWeights(tuning: Record<string, number> | undefined): PeopleWeights {
  if (!tuning) return DEFAULT_WEIGHTS;
  const out: PeopleWeights = { weights: { ...DEFAULT_WEIGHTS.weights }, thresholds: { ...DEFAULT_WEIGHTS.thresholds } };
  for (const [k, v] of Object.entries(tuning)) {
    if (typeof v !== "number" || !Number.isFinite(v)) continue;
    if (k.startsWith("threshold.")) {
      const t = k.slice("threshold.".length) as keyof PeopleWeights["thresholds"];
      if (t in out.thresholds) out.thresholds[t] = v;
    } else if (k in out.weights) out.weights[k as Signal] = v;
  }
  return out;
}

export type Verdict = { role: "child" | "adult" | "undecided" | "unknown"; score: number; childEvidence: number; adultEvidence: number; confidence: number };

/** Weighs a person's signals (counts summed over their mentions) into a role and a confidence. */
export function weigh(signals: Partial<Record<Signal, number>>, w: PeopleWeights): Verdict {
  let child = 0;
  let adult = 0;
  for (const [s, n] of Object.entries(signals) as Array<[Signal, number]>) {
    const v = (w.weights[s] ?? 0) * n;
    if (v > 0) child += v;
    else adult -= v;
  }
  const score = child - adult;
  const conf = (x: number) => Math.round((1 / (1 + Math.exp(-x / 3))) * 100) / 100;
  // Where evidence conflicts, one weak kind of child cue ("with their own parent", a peer word) does
  // not outweigh an adult cue: it takes two independent kinds, or one strong one (an age, a kin word).
  const conflicted = adult > 0 && !independentChildEvidence(signals, w);
  if (score >= w.thresholds.child && child >= w.thresholds.minChild && !conflicted)
    return { role: "child", score, childEvidence: child, adultEvidence: adult, confidence: conf(score) };
  if (adult > 0 && -score >= w.thresholds.adult) return { role: "adult", score, childEvidence: child, adultEvidence: adult, confidence: conf(-score) };
  if (child > 0 || adult > 0) return { role: "undecided", score, childEvidence: child, adultEvidence: adult, confidence: 0.5 };
  return { role: "unknown", score, childEvidence: 0, adultEvidence: 0, confidence: 0.5 };
}

// A child signal at least this heavy decides alone (an age, a date of birth, a kin word, a class).
const STRONG_CHILD_WEIGHT = 4;

/** Is there a child signal heavy enough to decide alone (an age, a date of birth, a kin word, a class)? */
export function strongChildEvidence(signals: Partial<Record<Signal, number>>, w: PeopleWeights): boolean {
  for (const [s, n] of Object.entries(signals) as Array<[Signal, number]>) if (n && (w.weights[s] ?? 0) >= STRONG_CHILD_WEIGHT) return true;
  return false;
}

/** Two different kinds of child signal, or one strong one. */
function independentChildEvidence(signals: Partial<Record<Signal, number>>, w: PeopleWeights): boolean {
  let kinds = 0;
  for (const [s, n] of Object.entries(signals) as Array<[Signal, number]>) {
    const v = w.weights[s] ?? 0;
    if (v <= 0 || !n) continue;
    if (v >= STRONG_CHILD_WEIGHT) return true;
    kinds++;
  }
  return kinds >= 2;
}
