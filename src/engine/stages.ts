// What the pipeline runs: every rule, then the recording-quality review. A bundle that needs less
// links another stages module in place of this one (webpack.outlook.config.js links stages-send.ts
// into the on-send bundle), so it does not carry the code and word lists of stages it never runs.
import type { Rule, RuleContext } from "./rule";
import type { DocumentKind, QualityReview } from "./types";
import type { Span } from "./text/span";
import { tokenise, type Tokens } from "./text/tokens";
import { ALL_RULES } from "./rules";
import { reviewQuality } from "./quality";
import { inferKind } from "./kind";

export type Stages = {
  rules: readonly Rule[];
  /** The document-level review; absent where the caller never reads it. */
  review?: (ctx: RuleContext) => QualityReview | undefined;
  /** The kind of record when the caller does not say; absent where every caller says ("unknown" then). */
  inferKind?: (text: string, subjectForms: ReadonlySet<string>) => DocumentKind;
  /** The word tokens (ctx.tokens, text/tokens.ts); absent where no rule of the stages reads them. */
  tokenise?: (text: string, quotes: readonly Span[], sentences: readonly Span[]) => Tokens;
};

export const STAGES: Stages = { rules: ALL_RULES, review: reviewQuality, inferKind, tokenise };
