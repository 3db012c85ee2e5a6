import type { Rule } from "../../rule";

export const otherChildRules: Rule[] = [];
