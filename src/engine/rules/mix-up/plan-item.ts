// Pasted names betrayed by a plan: a record's plan, decisions or actions are for its own child and
// family, so an item that opens with a friend or another young person (a child the record calls a friend,
// a peer or "the other young person", not family) as the one to act or be offered something was
// written for the subject. Invented: "Next steps⏎- Jade to be offered a return interview by Friday."
// in Leah's record, where Jade is Leah's friend. Siblings are left alone: family plans cover them.
import type { RuleContext } from "../../rule";
import { firstAtOrAfter } from "../../text/span";
import type { PersonMention } from "../other-child/people";
import { sectionsHeaded } from "../../quality/sections";

const PLAN_HEADING = /\b(?:decisions?|actions?|plan|next steps|agreed|agreement|contract|who will do what|recommendations?|what happens next)\b/i;
// The reasons the people stage gives for a child who is not family.
const NOT_FAMILY = /^(?:called|described as) (?:friends?|best friend|young person|young people|peer|peers|classmate|other young person)\b/i;
const FAMILY = /^(?:called|described as) (?!friends?\b|best\b|young\b|peers?\b|classmate\b|other young\b)/i;
// Only bullets, numbers or a table cell before the name on its line.
const ITEM_LEAD = /(?:^|\n)[ \t]*(?:[-•*▪◦]|\(?\d{1,2}[.)]|\(?[a-z][.)])?[ \t]*$/;
// The item makes the child the one to act or be acted for: "Jade to…", "Jade will…", "Jade should…".
const ACTION_AFTER = /^[ \t]+(?:to|will|should|must|may|needs?\s+to|is\s+to|can)\b/;

// "Safety plan with Jade and Mum": a plan or meeting agreed with the name, at the start of its item.
const WITH_BEFORE = /(?:^|\n)[ \t]*(?:[-•*▪◦]|\(?\d{1,2}[.)])?[ \t]*(?:[\p{L}-]+[ \t]+){0,3}(?:with|between)[ \t]+$/u;
const WITH_OWN_PARENT_AFTER = /^[ \t]+and[ \t]+(?:Mum|Dad|Mummy|Daddy|Mam)\b/;

export function findPlanItemPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  const plans = sectionsHeaded(ctx, PLAN_HEADING);
  if (!plans.length) return [];
  const subjects = all.filter((m) => m.role === "subject");
  const out: PersonMention[] = [];
  let s = 0;
  for (const m of all) {
    if (m.role !== "child" || m.inQuote || m.possessive) continue;
    while (s < plans.length && plans[s].body.end <= m.start) s++;
    if (s >= plans.length || plans[s].body.start > m.start) continue;
    const reasons = m.reasons ?? [];
    if (!reasons.some((r) => NOT_FAMILY.test(r)) || reasons.some((r) => FAMILY.test(r))) continue;
    // The one to act at the item's start, or a party to the plan beside the subject's own parent ("Safety
    // plan with Jade and Mum this week"): a friend's parent would be written as theirs ("Jade's mum").
    const actor = ITEM_LEAD.test(text.slice(Math.max(0, m.start - 12), m.start)) && ACTION_AFTER.test(text.slice(m.end, m.end + 16));
    const party = WITH_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) && WITH_OWN_PARENT_AFTER.test(text.slice(m.end, m.end + 16));
    if (!actor && !party) continue;
    // The item names the subject too ("Jade and Leah to…", "Jade to visit Leah"): both are meant.
    let lineEnd = text.indexOf("\n", m.end);
    if (lineEnd < 0) lineEnd = text.length;
    const k = firstAtOrAfter(subjects, m.end);
    if (k < subjects.length && subjects[k].start < lineEnd) continue;
    out.push(m);
  }
  return out;
}
