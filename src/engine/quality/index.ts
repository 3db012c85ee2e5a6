// The recording-quality review (issue 5): document-level checks that show whether the child is
// "visible" in the record, and located notes on readability, repeated text, chronology order and
// strengths. Pure and linear in the length of the text.
import type { QualityCheck, QualityKey, QualityNote, QualityReport, QualityReview, Readability } from "../types";
import type { RuleContext } from "../rule";
import { Voices } from "./voice";
import { checkChildVoice, isChildVoice } from "./child-voice";
import { checkParentViews, isParentView } from "./parent-views";
import { MAX_COUNT } from "./evidence";
import { checkAnalysis } from "./analysis";
import { checkNextSteps } from "./next-steps";
import { checkVisitPurpose } from "./visit-purpose";
import { reviewReadability } from "./readability";
import { reviewRepeatedText } from "./repeated-text";
import { reviewChronology } from "./chronology-order";
import { reviewStrengths } from "./strengths";

export { CHILD_VOICE } from "./child-voice";
export { PARENT_VIEWS } from "./parent-views";
export { ANALYSIS } from "./analysis";
export { NEXT_STEPS } from "./next-steps";
export { VISIT_PURPOSE } from "./visit-purpose";
export { READABILITY } from "./readability";
export { REPEATED_TEXT } from "./repeated-text";
export { CHRONOLOGY_ORDER } from "./chronology-order";
export { STRENGTHS } from "./strengths";

const UNCHECKED: QualityCheck = { value: null, evidence: [], message: "This check could not be run on this text." };

function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export function reviewQuality(ctx: RuleContext): QualityReview | undefined {
  const voices = attempt(() => new Voices(ctx), undefined);
  if (voices) {
    // Scan until both voice checks have as much evidence as they will count.
    const child = new Set<number>();
    const parent = new Set<number>();
    attempt(
      () =>
        voices.hits((h) => {
          if (isChildVoice(h)) child.add(h.sentence);
          if (isParentView(h)) parent.add(h.sentence);
          return child.size >= MAX_COUNT && parent.size >= MAX_COUNT;
        }),
      [],
    );
  }
  const quality: QualityReport = {
    childVoice: voices ? attempt(() => checkChildVoice(ctx, voices), UNCHECKED) : UNCHECKED,
    parentViews: voices ? attempt(() => checkParentViews(ctx, voices), UNCHECKED) : UNCHECKED,
    analysis: attempt(() => checkAnalysis(ctx), UNCHECKED),
    nextSteps: attempt(() => checkNextSteps(ctx), UNCHECKED),
    visitPurpose: attempt(() => checkVisitPurpose(ctx), UNCHECKED),
  } satisfies Record<QualityKey, QualityCheck>;
  const read = attempt(() => reviewReadability(ctx), { notes: [] as QualityNote[], readability: undefined as Readability | undefined });
  const notes: QualityNote[] = [
    ...read.notes,
    ...attempt(() => reviewRepeatedText(ctx), []),
    ...attempt(() => reviewChronology(ctx), []),
    ...attempt(() => reviewStrengths(ctx), []),
  ];
  notes.sort((a, b) => a.start - b.start || a.end - b.end || a.checkId.localeCompare(b.checkId));
  return { quality, qualityNotes: notes, ...(read.readability ? { readability: read.readability } : {}) };
}
