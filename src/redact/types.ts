import type { Category } from "../engine/types";

/** How a policy treats the findings of one category. */
export type Action =
  /** Other children: "Child A", "Child B"… consistent per child (other categories fall back to mask). */
  | "pseudonym"
  /** A plain "[redacted]". */
  | "mask"
  /** Remove the whole sentence that contains the finding. */
  | "remove-sentence"
  /** Replace by what it is: "[phone number]", "[date of birth]"… (falls back to mask when the kind is unknown). */
  | "replace"
  /** Apply the finding's first suggestion (jargon, judgemental wording, mix-ups); no edit when there is none. */
  | "fix"
  /** Leave the text as it is (the finding stays for a person to review). */
  | "keep";

export type RedactionPolicy = {
  /** A short name for logs ("pseudonym", "mask", "remove-sentence" or your own). */
  name: string;
  /** What to do per category; a category not listed is kept. */
  actions: Partial<Record<Category, Action>>;
  /** Findings below this confidence are kept for a person to decide (default 0: act on all). */
  minConfidence?: number;
  /** The mask text (default "[redacted]"). */
  maskText?: string;
  /** The word before a pseudonym's letter (default "Child"). */
  labelPrefix?: string;
};

/** One planned change to the text. Offsets are UTF-16 offsets of the text the plan was made for. */
export type Edit = {
  start: number;
  end: number;
  replacement: string;
  category: Category;
  /** Why, in general words ("another child's name", "a phone number"): never the redacted text itself. */
  reason: string;
  /** The pseudonym used ("Child A"), for pseudonym edits. */
  label?: string;
  /** The operator that made the edit. */
  operator: Exclude<Action, "keep">;
  /** What was found: an identifier kind ("phone number"), "name" or "detail" for other children, or the rule id. */
  kind?: string;
  ruleId?: string;
};

export type SkippedEdit = {
  edit: Edit;
  /** Why it was not applied, in general words. */
  reason: string;
  /** The edit that won when the two overlapped. */
  keptInstead?: Edit;
};

export type ApplyResult = {
  text: string;
  /** The edits applied, sorted by start. */
  applied: Edit[];
  skipped: SkippedEdit[];
};
