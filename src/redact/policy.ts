import type { AnalyseOptions, Category } from "../engine/types";
import { CATEGORIES } from "../engine/types";
import type { Action, RedactionPolicy } from "./types";

/** Other children get consistent pseudonyms, identifiers are replaced by their kind. The default. */
export const PSEUDONYM_POLICY: RedactionPolicy = {
  name: "pseudonym",
  actions: { "other-child": "pseudonym", identifier: "replace" },
};

/** Other children become "[redacted]", identifiers are replaced by their kind. */
export const MASK_POLICY: RedactionPolicy = {
  name: "mask",
  actions: { "other-child": "mask", identifier: "replace" },
};

/** Every sentence that mentions another child is removed, identifiers are replaced by their kind. */
export const REMOVE_SENTENCE_POLICY: RedactionPolicy = {
  name: "remove-sentence",
  actions: { "other-child": "remove-sentence", identifier: "replace" },
};

export const POLICIES: Readonly<Record<string, RedactionPolicy>> = {
  pseudonym: PSEUDONYM_POLICY,
  mask: MASK_POLICY,
  "remove-sentence": REMOVE_SENTENCE_POLICY,
};

export const POLICY_NAMES = Object.keys(POLICIES);

/** The built-in policy of that name, or undefined. */
export function policyNamed(name: string): RedactionPolicy | undefined {
  return Object.prototype.hasOwnProperty.call(POLICIES, name) ? POLICIES[name] : undefined;
}

/** A copy of the policy that also applies the first suggestion for these categories (jargon, judgemental, mix-up). */
export function withFixes(policy: RedactionPolicy, categories: Category[]): RedactionPolicy {
  const actions: Partial<Record<Category, Action>> = { ...policy.actions };
  for (const c of categories) actions[c] = "fix";
  return { ...policy, name: `${policy.name}+fix`, actions };
}

/** What the policy does with a category (keep when not listed). */
export function actionFor(policy: RedactionPolicy, category: Category): Action {
  return policy.actions[category] ?? "keep";
}

/**
 * What to ask of the engine for a redaction under this policy: only the categories the policy changes
 * (findings of the others are never acted on, and precedence settles conflicts only between other-child
 * and identifier findings), and no recording-quality review. The people and their mentions are found
 * whatever the categories.
 */
export function analysisFor(policy: RedactionPolicy): AnalyseOptions {
  return { categories: CATEGORIES.filter((c) => actionFor(policy, c) !== "keep"), qualityReview: false };
}
