import type { Rule } from "../../rule";
import { victimBlaming } from "./victim-blaming";
import { judgementalLabel } from "./judgemental-label";
import { evaluativePredicate } from "./evaluative-predicate";
import { listedQuotedLabel } from "./listed-quoted-label";

// listedQuotedLabel reads the findings of the three before it (ctx.earlier), so it runs last of them.
export const judgementalRules: Rule[] = [victimBlaming, judgementalLabel, evaluativePredicate, listedQuotedLabel];
