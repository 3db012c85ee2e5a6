import type { Rule } from "../../rule";
import { analysisPaste } from "./analysis-paste";
import { pastedName } from "./pasted-name";
import { pronounMismatch } from "./pronoun-mismatch";

export const mixUpRules: Rule[] = [pronounMismatch, pastedName, analysisPaste];
