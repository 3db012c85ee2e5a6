import type { Rule } from "../../rule";

export const mixUpRules: Rule[] = [];
