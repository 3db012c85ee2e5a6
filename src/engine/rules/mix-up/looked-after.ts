// Pasted names betrayed by a looked-after child's own plans: a personal education plan, a pathway plan, a
// placement plan, a looked-after review and an independent reviewing officer belong only to a child in care
// (Children Act 1989 guidance and regulations, volume 2: care planning, placement and case review, DfE 2021;
// "Promoting the education of looked-after and previously looked-after children", DfE 2018). A child the
// record says lives with a parent has none of them, so "Dora's PEP was reviewed…" in Max's record, where
// Dora is "Max's sister, who lives with her mother", was written about the child in care. Invented example.
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";
import { opensSentence, PERSON_NOUN } from "./clauses";

// What only a child in care has, written as the named child's own ("Dora's PEP", "Dora's latest pathway plan").
const OWN_ITEM =
  "(?:(?:latest|last|new|current|annual|first|second|next|most\\s+recent)\\s+)?(?:PEPs?|personal\\s+education\\s+plan|pathway\\s+plan|placement\\s+plan|(?:CLA|LAC|CIC|looked[- ]after|child\\s+looked\\s+after|children\\s+in\\s+care)\\s+review|IRO|independent\\s+reviewing\\s+officer|personal\\s+adviser)\\b";
const LOOKED_AFTER_OWN = new RegExp(`^['’]s\\s+${OWN_ITEM}`, "iu");
// Or the child opening a clause that goes on to one of them as their own, nobody else named on the way: "Dora to bring
// the chart to her LAC review", "Dora will meet her IRO". (A person written on the way may own it: "Dora went to her
// brother's review".)
const LOOKED_AFTER_IN_CLAUSE = new RegExp(`^(\\s+[^.;:!?\\n]{0,60}?)\\b(?:his|her|their)\\s+${OWN_ITEM}`, "iu");
const CLAUSE_REACH = 110;
// Said of the child in their own sentence: they live with a parent, at home ("Kit (14), who lives with his father").
const LIVES_WITH_PARENT =
  /^[^.;!?\n]{0,40}?\b(?:lives|live|is\s+living|are\s+living|has\s+(?:always\s+)?lived|have\s+(?:always\s+)?lived)\s+(?:with\s+(?:his|her|their)\s+(?:own\s+)?(?:father|mother|dad|mum|parents|(?:father|mother|dad|mum)['’]s\s+family)|at\s+home\s+with)\b/i;
const LIVES_REACH = 80;

export function findLookedAfterPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  let candidates: PersonMention[] | undefined;
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.role !== "child" || m.inQuote) continue;
    if (m.possessive ? LOOKED_AFTER_OWN.test(text.slice(m.end, m.end + 48)) : ownInClause(ctx, m, all[i + 1])) (candidates ??= []).push(m);
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

/** The child opens their sentence and its clause goes on to a looked-after child's plan as theirs, past no one else. */
function ownInClause(ctx: RuleContext, m: PersonMention, next: PersonMention | undefined): boolean {
  const sentence = ctx.sentenceAt(m.start);
  const end = Math.min(sentence.end, m.end + CLAUSE_REACH, next && next.start > m.end ? next.start : sentence.end);
  const r = LOOKED_AFTER_IN_CLAUSE.exec(ctx.text.slice(m.end, end));
  if (!r || !opensSentence(ctx.text, sentence.start, m.start)) return false;
  const way = r[1].replace(/\b(?:his|her|their)\b/gi, "");
  return !PERSON_NOUN.f.test(way) && !PERSON_NOUN.m.test(way) && !PERSON_NOUN.either.test(way);
}
