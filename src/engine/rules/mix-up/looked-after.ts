// Pasted names betrayed by where a child lives: each child the record names has one legal footing (at home with a
// parent, with a special guardian, in long-term foster care, placed for adoption), and some plans belong only to one
// footing. A personal education plan, a pathway plan, a placement plan, a looked-after review and an independent
// reviewing officer belong only to a child in care (Children Act 1989 guidance and regulations, volume 2: care
// planning, placement and case review, DfE 2021; "Promoting the education of looked-after and previously looked-after
// children", DfE 2018); a child under a special guardianship order is not looked after (Special guardianship
// guidance, DfE 2017). Adopters, an adoptive family and an adoption order belong only to a child whose plan is
// adoption (Adoption statutory guidance, DfE 2013), not to one living with a parent, a special guardian or long-term
// foster carers. So "Dora's PEP was reviewed…" in Max's record, where Dora is "Max's sister, who lives with her
// mother", and "before Dora moves to her adoptive family", where Dora "is in long-term foster care", were written
// about the record's own child. Invented examples.
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";
import { opensSentence, ownStretchEnd, PERSON_NOUN } from "./clauses";
import { findNamedCarerPastes } from "./household";

const QUALIFIER = "(?:(?:latest|last|new|current|annual|first|second|next|most\\s+recent|prospective|future)\\s+)?";
// What only a child in care has.
const IN_CARE_ITEM =
  "(?:PEPs?|personal\\s+education\\s+plan|pathway\\s+plan|placement\\s+plan|(?:CLA|LAC|CIC|looked[- ]after|child\\s+looked\\s+after|children\\s+in\\s+care)\\s+review|IRO|independent\\s+reviewing\\s+officer|personal\\s+adviser)\\b";
// What only a child whose plan is adoption has.
const ADOPTION_ITEM = "(?:adoptive\\s+(?:family|parents?|home|mum|dad|mother|father)|adopters|adoption\\s+order|adoption\\s+support\\s+fund)\\b";

type Footing = "parent" | "guardian" | "long-term";
const ITEMS: ReadonlyArray<{ own: RegExp; inClause: RegExp; contradicts: ReadonlySet<Footing> }> = [IN_CARE_ITEM, ADOPTION_ITEM].map((item, k) => ({
  // Written as the named child's own ("Dora's PEP", "Dora's latest pathway plan")…
  own: new RegExp(`^['’]s\\s+${QUALIFIER}${item}`, "iu"),
  // …or the child opening a clause that goes on to one of them as their own, nobody else named on the way: "Dora to
  // bring the chart to her LAC review", "before Dora moves to her adoptive family". (A person written on the way may
  // own it: "Dora went to her brother's review".)
  inClause: new RegExp(`^(\\s+[^.;:!?\\n]{0,60}?)\\b(?:his|her|their)\\s+${QUALIFIER}${item}`, "iu"),
  contradicts: new Set<Footing>(k === 0 ? ["parent", "guardian"] : ["parent", "guardian", "long-term"]),
}));
const CLAUSE_REACH = 110;
// A clause the name opens inside its sentence: after a conjunction that starts one ("before Dora moves…").
const CLAUSE_LEAD = /\b(?:before|after|when|until|once|so\s+that|that)\s+$/i;
/** The name opens its sentence, or a clause inside it after such a conjunction. */
const opensClause = (text: string, sentence: { start: number }, m: PersonMention) =>
  opensSentence(text, sentence.start, m.start) || CLAUSE_LEAD.test(text.slice(Math.max(sentence.start, m.start - 12), m.start));

// Said of the child in their own sentence: where and with whom they live ("Kit (14), who lives with his father",
// "Dora and Kit live with their father", "Kelsey, who lives with her grandmother under a special guardianship order").
const LIVES = "(?:lives|live|is\\s+living|are\\s+living|has\\s+(?:always\\s+)?lived|have\\s+(?:always\\s+)?lived)";
const FOOTINGS: ReadonlyArray<[Footing, RegExp]> = [
  ["guardian", /^[^.;!?\n]{0,90}?\b(?:special\s+guardianship\s+order|SGO|special\s+guardians?)\b/i],
  ["long-term", /^[^.;!?\n]{0,60}?\b(?:is|are|was|has\s+been|have\s+been)\s+(?:placed\s+)?(?:\p{L}+\s+){0,2}?in\s+(?:a\s+)?long[- ]term\s+foster(?:ing)?\s+(?:care|placement|home)\b/iu],
  [
    "parent",
    new RegExp(
      `^[^.;!?\\n]{0,40}?\\b${LIVES}\\s+(?:with\\s+(?:his|her|their)\\s+(?:own\\s+)?(?:father|mother|dad|mum|parents|(?:father|mother|dad|mum)['’]s\\s+family)|at\\s+home\\s+with)\\b`,
      "i",
    ),
  ],
];
const FOOTING_REACH = 110;

export function findLookedAfterPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  let candidates: Array<{ m: PersonMention; contradicts: ReadonlySet<Footing> }> | undefined;
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.role !== "child" || m.inQuote) continue;
    for (const item of ITEMS) {
      if (m.possessive ? item.own.test(text.slice(m.end, m.end + 48)) : ownInClause(ctx, m, all[i + 1], item.inClause)) {
        (candidates ??= []).push({ m, contradicts: item.contradicts });
        break;
      }
    }
  }
  if (!candidates) return [];
  // Each child's footing, read after each of their mentions, inside its sentence (the first found is kept).
  const footing = new Map<string, Footing>();
  for (const m of all) {
    if (m.role !== "child" || m.inQuote || footing.has(m.entity)) continue;
    const after = text.slice(m.end, Math.min(ctx.sentenceAt(m.start).end, m.end + FOOTING_REACH));
    const found = FOOTINGS.find(([, re]) => re.test(after));
    if (found) footing.set(m.entity, found[0]);
  }
  return candidates.filter(({ m, contradicts }) => contradicts.has(footing.get(m.entity)!)).map(({ m }) => m);
}

/** The child opens their sentence or a clause in it, and the clause goes on to the item as theirs, past no one else. */
function ownInClause(ctx: RuleContext, m: PersonMention, next: PersonMention | undefined, inClause: RegExp): boolean {
  const sentence = ctx.sentenceAt(m.start);
  const end = ownStretchEnd(sentence, m, next, CLAUSE_REACH);
  const r = inClause.exec(ctx.text.slice(m.end, end));
  if (!r) return false;
  if (!opensClause(ctx.text, sentence, m)) return false;
  const way = r[1].replace(/\b(?:his|her|their)\b/gi, "");
  return !PERSON_NOUN.f.test(way) && !PERSON_NOUN.m.test(way) && !PERSON_NOUN.either.test(way);
}

// Whom a child lives with, as one household word: "lives with the paternal grandmother", "has lived with her foster carers".
const HOUSEHOLD_WORDS: Record<string, string> = {
  mother: "mother", mum: "mother", mam: "mother", mummy: "mother",
  father: "father", dad: "father", daddy: "father",
  parents: "parents",
  grandmother: "grandparent", grandma: "grandparent", nan: "grandparent", nana: "grandparent", nanna: "grandparent", gran: "grandparent", granny: "grandparent",
  grandfather: "grandparent", grandad: "grandparent", granddad: "grandparent", grandpa: "grandparent", grandparents: "grandparent",
  carers: "carers", carer: "carers",
  aunt: "aunt", auntie: "aunt", aunty: "aunt", uncle: "uncle",
  adopters: "adopters",
};
const HOUSEHOLD = new RegExp(
  `^([^.;!?\\n]{0,40}?)\\b(lives|live|is\\s+living|are\\s+living|has\\s+(?:now\\s+|always\\s+)?lived|has\\s+(?:now\\s+)?been\\s+living)\\s+with\\s+(?:(?:his|her|their|the)\\s+)?(?:(?:own|paternal|maternal|birth|foster|kinship|new|current)\\s+)*(${Object.keys(HOUSEHOLD_WORDS).join("|")})\\b([^.;!?\\n]{0,30})`,
  "i",
);
// Parents hold a mother and a father; grandparents are one household word already.
const sameHousehold = (a: string, b: string) => a === b || (a === "parents" && (b === "mother" || b === "father")) || (b === "parents" && (a === "mother" || a === "father"));
const HOUSEHOLD_REACH = 120;
// A stay measured to now ("for 21 months", "since March 2025"): the household the child is in, not a past one.
const DURATION = /^\s*(?:for|since)\b/i;

/**
 * A child the record says lives with one household ("Leon (6) lives with the paternal grandmother") said, in a sentence
 * (or a reported clause) the child opens, to have lived with another for a time measured to now ("Leon has now lived
 * with the carers for 21 months"): the second was written of the record's own child.
 */
export function findHouseholdPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  const facts: Array<{ m: PersonMention; household: string; perfect: boolean; duration: boolean }> = [];
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.role !== "child" || m.inQuote) continue;
    const next = all[i + 1];
    const sentence = ctx.sentenceAt(m.start);
    const end = ownStretchEnd(sentence, m, next, HOUSEHOLD_REACH);
    const r = HOUSEHOLD.exec(text.slice(m.end, end));
    if (!r || /\b(?:and|with)\b/i.test(r[1])) continue;
    facts.push({ m, household: HOUSEHOLD_WORDS[r[3].toLowerCase()], perfect: /^has/i.test(r[2]), duration: DURATION.test(r[4]) });
  }
  const out: PersonMention[] = [];
  for (const f of facts) {
    if (!f.perfect || !f.duration) continue;
    const sentence = ctx.sentenceAt(f.m.start);
    if (!opensClause(text, sentence, f.m)) continue;
    const lives = facts.filter((g) => g.m.entity === f.m.entity && !g.perfect);
    if (lives.length && lives.every((g) => !sameHousehold(g.household, f.household))) out.push(f.m);
  }
  // The household written by its adult's name ("has lived with Mrs Pike since…"): household.ts.
  out.push(...findNamedCarerPastes(ctx, all, facts, HOUSEHOLD_WORDS, (m) => opensClause(text, ctx.sentenceAt(m.start), m)));
  return out;
}
