import type { Rule } from "../../rule";

export const jargonRules: Rule[] = [];
