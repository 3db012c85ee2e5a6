// Stop 50 (quality50b): the child's observed experience as someone who came upon or saw them found it ("the carer found
// Amir drowsy", "officers saw Amir frightened on the stairs", "the nurse noticed Amir tearful"): a perceiver's verb of
// finding or seeing, the subject child by name straight after it, then the child's state. The name must be the subject's
// and the state must follow it directly, so an adult's own state ("staff found Mum drowsy") and a thing found
// ("found Amir's phone") are not read. One pattern, built once per record, run once over the lower-cased text.
import type { RuleContext } from "../rule";
import type { Span } from "../text/span";
import { escapedSubjectForms, lowerOf } from "./evidence";
import { escapeLiteral } from "../text/bounded";
import childVoice from "../../../rules/quality/child-voice.json";

const CV = childVoice.lists;
// The one-word states of the wishes and observed lists ("was scared" → scared), the demeanour list's, and the found list's.
const STATES = [
  ...new Set([
    ...[...CV.wishes.entries, ...CV.observed.entries].flatMap((p) => /^(?:is|was) ([a-z]+)$/.exec(p)?.slice(1) ?? []),
    ...CV.demeanour.entries,
    ...CV.foundStates.entries,
  ]),
]
  .map(escapeLiteral)
  .join("|");
const PERCEIVE_VERBS = "found|finds|saw|sees|seen|noticed|notices|observed|observes|discovered";
const PERCEIVE = new RegExp(String.raw`\b(?:${PERCEIVE_VERBS})\s`);

/** Sentences where someone found or saw the subject child in a state. */
export function perceivedStates(ctx: RuleContext): Span[] {
  const lower = lowerOf(ctx);
  if (!PERCEIVE.test(lower)) return [];
  const forms = escapedSubjectForms(ctx);
  if (forms.length === 0) return [];
  const re = new RegExp(
    String.raw`\b(?:${PERCEIVE_VERBS})\s+(?:${forms.join("|")})(?![\p{L}'’-])(?:\s+(?:to\s+be|was|looking|looked|seemed|appeared))?\s+(?:(?:very|quite|a\s+bit|a\s+little|visibly|extremely|really|so|still)\s+)?(?:${STATES})(?![\p{L}-])`,
    "gu",
  );
  const out: Span[] = [];
  for (let m = re.exec(lower); m && out.length < 10; m = re.exec(lower)) out.push(ctx.sentenceAt(m.index));
  return out;
}
