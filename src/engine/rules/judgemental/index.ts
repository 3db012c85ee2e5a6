import type { Rule } from "../../rule";

export const judgementalRules: Rule[] = [];
