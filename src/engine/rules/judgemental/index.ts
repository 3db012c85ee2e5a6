import type { Rule } from "../../rule";
import { victimBlaming } from "./victim-blaming";
import { judgementalLabel } from "./judgemental-label";

export const judgementalRules: Rule[] = [victimBlaming, judgementalLabel];
