// The stages of the Outlook check on Send (src/hosts/outlook/send-check.ts): only the categories it
// asks for (other children, identifiers, judgemental wording), in ALL_RULES's order; no
// recording-quality review, whose result it never reads, and no kind inference (it always says the
// kind: "email"). Linked in place of stages.ts by webpack.outlook.config.js; stages-send.test.ts
// checks it gives the same findings as the full engine.
import type { Category } from "./types";
import type { Stages } from "./stages";
import { otherChildRules } from "./rules/other-child";
import { identifierRules } from "./rules/identifier";
import { judgementalRules } from "./rules/judgemental";
import { tokenise } from "./text/tokens";

export const SEND_CATEGORIES: readonly Category[] = ["other-child", "identifier", "judgemental"];

export const STAGES: Stages = { rules: [...otherChildRules, ...identifierRules, ...judgementalRules], tokenise };
