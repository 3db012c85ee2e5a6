import type { QualityReport } from "../types";
import type { RuleContext } from "../rule";

// Placeholder until the recording-quality checks land (issue 5): every check reported as not applicable.
export function reviewQuality(_ctx: RuleContext): QualityReport | undefined {
  return undefined;
}
