import type { Rule } from "../../rule";
import { victimBlaming } from "./victim-blaming";
import { judgementalLabel } from "./judgemental-label";
import { evaluativePredicate } from "./evaluative-predicate";

export const judgementalRules: Rule[] = [victimBlaming, judgementalLabel, evaluativePredicate];
