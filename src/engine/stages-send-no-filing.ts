// The stages of the Outlook check on Send when the organisation lists no filing mailbox
// (src/hosts/outlook/org-settings.json, bundled at build time): the send check asks for judgemental
// wording only when a filing mailbox is among the recipients (send-check.ts), so without one it runs
// only these two categories and the judgemental stage (about a sixth of the bundle) is left out.
// Linked in place of stages.ts by webpack.outlook.config.js when the settings name no filing address;
// stages-send.test.ts checks it is stages-send.ts without the judgemental rules. No rule of these two
// categories reads ctx.tokens (the people stage tokenises names its own way), so the tokeniser is left
// out too (text/tokens.ts: 119.9 → 118.8 KiB gzipped).
import type { Category } from "./types";
import type { Stages } from "./stages";
import { otherChildRules } from "./rules/other-child";
import { identifierRules } from "./rules/identifier";

export const SEND_CATEGORIES: readonly Category[] = ["other-child", "identifier"];

export const STAGES: Stages = { rules: [...otherChildRules, ...identifierRules] };
