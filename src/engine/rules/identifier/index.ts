import type { Rule } from "../../rule";

export const identifierRules: Rule[] = [];
