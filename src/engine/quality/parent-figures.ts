// Stop 50 (quality50b): two more ways a record gives a parent figure's view or engagement (Ruling 3).
// 1. A relative the record makes the child's carer or a party (kinship care, a special guardianship application, an
//    appeal by a grandmother) stands in a parent's place: her stated view or case is a parent's ("The grandmother's own
//    evidence was that…", "the aunt said she wants…"). A relative who is only mentioned is not.
// 2. A parent's engagement as someone recorded or described it ("The health visitor recorded Amir's mother as
//    disengaged", "school described Dad as cooperative").
// Each pattern runs once over the lower-cased text; the name-built ones only when the cheap word test passes.
import type { RuleContext } from "../rule";
import type { Span } from "../text/span";
import { escapedSubjectForms, lowerOf } from "./evidence";
import { escapeLiteral } from "../text/bounded";
import parentViews from "../../../rules/quality/parent-views.json";

const KIN = parentViews.lists.kinshipRoles.entries.map(escapeLiteral).join("|");
const SIDE = String.raw`(?:(?:maternal|paternal)\s+)?`;
const OWNER = String.raw`(?:(?:a|the|his|her|their|my|the\s+child['’]s)\s+)?`;
// The relative as the child's carer or a party.
const CARER = new RegExp(
  String.raw`\b(?:(?:lives?|lived|living|stays?|stayed|staying|placed|remains?|remained|settled)\s+with\s+${OWNER}${SIDE}(${KIN})\b|(?:appeal|application|claim|complaint)\s+(?:by|of|from)\s+${OWNER}${SIDE}(${KIN})\b|\b(?:appellant|applicant|respondent|kinship|carer)\s+${SIDE}(${KIN})\b|(${KIN})['’]s\s+(?:care\s+of|application|appeal|claim)\b|(${KIN})\s*[,(]?\s*(?:is\s+(?:his|her|their)\s+|as\s+(?:his|her|their)\s+)?(?:kinship\s+carer|special\s+guardian|connected\s+(?:person|carer))\b)`,
  "g",
);
// The relative's stated view or words.
const VIEW_NOUNS = String.raw`(?:own\s+)?(?:views?|wish(?:es)?|account|position|evidence|case|concerns?|worr(?:y|ies)|hopes?|complaint|response|submissions?)`;
const VIEW_VERBS = String.raw`(?:said|says|told|tells|explained|wants|wanted|agreed|disagreed|asked|complained|complains|accepts|accepted|opposes|opposed|supports|supported|attended|declined|refused)`;

function carerRoles(lower: string): Set<string> {
  const roles = new Set<string>();
  CARER.lastIndex = 0;
  for (let m = CARER.exec(lower); m && roles.size < 6; m = CARER.exec(lower)) {
    const role = m.slice(1).find((g) => g !== undefined);
    if (role) roles.add(role);
  }
  return roles;
}

/** Sentences giving the view of a relative the record makes the child's carer or a party. */
export function kinshipCarerViews(ctx: RuleContext): Span[] {
  const lower = lowerOf(ctx);
  if (!new RegExp(String.raw`\b(?:${KIN})\b`).test(lower)) return [];
  const roles = carerRoles(lower);
  if (roles.size === 0) return [];
  const role = [...roles].map(escapeLiteral).join("|");
  const re = new RegExp(String.raw`\b(?:the|his|her|their)\s+${SIDE}(?:${role})(?:['’]s\s+${VIEW_NOUNS}\s+(?:is|was|were|are|has\s+been|remains)\b|\s+${VIEW_VERBS}\b)`, "g");
  const out: Span[] = [];
  for (let m = re.exec(lower); m && out.length < 10; m = re.exec(lower)) {
    if (!ctx.inQuote(m.index, m.index + 1)) out.push(ctx.sentenceAt(m.index));
  }
  return out;
}

const PARENT = String.raw`(?:mum|mother|dad|father|parents?|stepmother|stepfather)`;
const STATES = parentViews.lists.engagementStates.entries.map(escapeLiteral).join("|");
const RECORDED_VERBS = "recorded|described|noted|assessed|viewed|regarded|seen|recording|describing|describes|records";
const RECORDED = String.raw`\b(?:${RECORDED_VERBS})\s+`;
const RECORDED_WORD = new RegExp(String.raw`\b(?:${RECORDED_VERBS})\b`);

/** Sentences where someone recorded or described how the child's parent engaged ("recorded the mother as disengaged"). */
export function recordedEngagement(ctx: RuleContext): Span[] {
  const lower = lowerOf(ctx);
  if (!RECORDED_WORD.test(lower)) return [];
  const forms = escapedSubjectForms(ctx);
  const owner = String.raw`(?:(?:the|his|her|their|a|${forms.length ? `(?:${forms.join("|")})['’]s` : "the"})\s+)?`;
  const re = new RegExp(String.raw`${RECORDED}${owner}${PARENT}\s+as\s+["“'‘]?(?:${STATES})\b`, "g");
  const out: Span[] = [];
  for (let m = re.exec(lower); m && out.length < 10; m = re.exec(lower)) out.push(ctx.sentenceAt(m.index));
  return out;
}
