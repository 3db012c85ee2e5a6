export { analyse, countWords } from "./pipeline";
export { normaliseProfile, validateProfile, parsePronouns } from "./profile";
export { inferKind } from "./kind";
export { ALL_RULES } from "./rules";
export type * from "./types";
export { DOCUMENT_KINDS } from "./types";
export type { Rule, RuleContext, RuleMeta } from "./rule";
