import type { QualityReview } from "../types";
import type { RuleContext } from "../rule";

// Placeholder until the recording-quality checks land (issue 5).
export function reviewQuality(_ctx: RuleContext): QualityReview | undefined {
  return undefined;
}
