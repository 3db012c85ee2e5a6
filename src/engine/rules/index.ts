import type { Rule } from "../rule";
import { otherChildRules } from "./other-child";
import { identifierRules } from "./identifier";
import { jargonRules } from "./jargon";
import { judgementalRules } from "./judgemental";
import { mixUpRules } from "./mix-up";

export const ALL_RULES: readonly Rule[] = [...otherChildRules, ...identifierRules, ...jargonRules, ...judgementalRules, ...mixUpRules];
