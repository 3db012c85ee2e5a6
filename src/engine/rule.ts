import type { Category, DocumentKind, Finding, Tuning } from "./types";
import type { NormalisedProfile } from "./profile";
import type { Span } from "./text/span";
import type { Tokens } from "./text/tokens";
import type { People } from "./people/people";
import type { IdentifierMatch } from "./rules/identifier/detect";

/** What a rule reports: a finding without ruleId, category and text (the pipeline fills them in), with defaults for severity and confidence. */
export type Report = Pick<Finding, "start" | "end" | "message"> & Partial<Pick<Finding, "severity" | "confidence" | "suggestions" | "advice" | "note" | "source" | "data">>;

export type RuleMeta = {
  /** Stable id, also the docs page name: docs/rules/<id>.md */
  id: string;
  category: Category;
  /** One line: what the rule finds. */
  description: string;
};

/** Everything a rule may read. Computed once per analyse() call and shared by all rules. */
export type RuleContext = {
  readonly text: string;
  readonly kind: DocumentKind;
  readonly profile: NormalisedProfile;
  /** Sentences (a line break always ends one), sorted. */
  readonly sentences: readonly Span[];
  /** Quoted speech spans including the quote marks, sorted. */
  readonly quotes: readonly Span[];
  /** Personal identifiers in the text, sorted (scanned once, on first use). */
  readonly identifiers: readonly IdentifierMatch[];
  /** People named in the text, classified as subject, other child, adult, place… (computed on first use). */
  readonly people: People;
  /** The sentence containing offset (or an empty span at offset). */
  sentenceAt(offset: number): Span;
  /** The paragraph (block between blank lines) containing offset. */
  paragraphAt(offset: number): Span;
  /** True when [start, end) lies inside quoted speech. */
  inQuote(start: number, end: number): boolean;
  /** Whether the caller asked for findings of this category (every category unless options.categories says otherwise). */
  wants(category: Category): boolean;
  /** Words the organisation allows (lower-cased). */
  readonly allow: ReadonlySet<string>;
  /** Fitted weights overriding the data files' defaults (evaluation only). */
  readonly tuning?: Tuning;
  /** The words of the text in typed arrays, tokenised once on first use (see text/tokens.ts). */
  readonly tokens: Tokens;
  /**
   * The tokens if a stage has already asked for them, else undefined: for a check that is faster with
   * them but not by enough to pay for the pass alone (negation reads them when the people stage has built them).
   */
  tokensIfBuilt(): Tokens | undefined;
  /**
   * Work computed once per analysis and shared by every rule: compute() runs on the first call with a
   * key. Rules see the context through a per-rule wrapper, so a cache keyed on the context object
   * itself would be computed again for each rule; this one is not.
   */
  perAnalysis<T>(key: object, compute: () => T): T;
  /** The findings of the rules that ran before this one, in run order (empty outside analyse()). */
  readonly earlier: readonly RawFinding[];
  report(finding: Report): void;
};

/** A rule is a plain object: metadata and one function that reports (ESLint's shape). */
export type Rule = {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
};

export type RawFinding = Omit<Finding, "text">;
