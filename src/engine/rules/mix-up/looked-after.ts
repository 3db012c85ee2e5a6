// Pasted names betrayed by a looked-after child's own plans: a personal education plan, a pathway plan, a
// placement plan, a looked-after review and an independent reviewing officer belong only to a child in care
// (Children Act 1989 guidance and regulations, volume 2: care planning, placement and case review, DfE 2021;
// "Promoting the education of looked-after and previously looked-after children", DfE 2018). A child the
// record says lives with a parent has none of them, so "Dora's PEP was reviewed…" in Max's record, where
// Dora is "Max's sister, who lives with her mother", was written about the child in care. Invented example.
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";

// What only a child in care has, written as the named child's own ("Dora's PEP", "Dora's latest pathway plan").
const LOOKED_AFTER_OWN =
  /^['’]s\s+(?:(?:latest|last|new|current|annual|first|second|next|most\s+recent)\s+)?(?:PEPs?|personal\s+education\s+plan|pathway\s+plan|placement\s+plan|(?:CLA|LAC|CIC|looked[- ]after|child\s+looked\s+after|children\s+in\s+care)\s+review|IRO|independent\s+reviewing\s+officer|personal\s+adviser)\b/iu;
// Said of the child in their own sentence: they live with a parent, at home ("Kit (14), who lives with his father").
const LIVES_WITH_PARENT =
  /^[^.;!?\n]{0,40}?\b(?:lives|is\s+living|has\s+lived)\s+(?:with\s+(?:his|her|their)\s+(?:own\s+)?(?:father|mother|dad|mum|parents|(?:father|mother|dad|mum)['’]s\s+family)|at\s+home\s+with)\b/i;
const LIVES_REACH = 80;

export function findLookedAfterPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  let candidates: PersonMention[] | undefined;
  for (const m of all) {
    if (m.role === "child" && !m.inQuote && m.possessive && LOOKED_AFTER_OWN.test(text.slice(m.end, m.end + 48))) (candidates ??= []).push(m);
  }
  if (!candidates) return [];
  // Children the record says live with a parent: read after each of their mentions, inside its sentence.
  const atHome = new Set<string>();
  for (const m of all) {
    if (m.role !== "child" || m.inQuote || atHome.has(m.entity)) continue;
    const end = Math.min(ctx.sentenceAt(m.start).end, m.end + LIVES_REACH);
    if (LIVES_WITH_PARENT.test(text.slice(m.end, end))) atHome.add(m.entity);
  }
  return candidates.filter((m) => atHome.has(m.entity));
}
