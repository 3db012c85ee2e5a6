// Pasted names betrayed by a household written by its adult's name (stop 37): the record says whom the subject lives
// with, naming the carer ("Rosie lives with her maternal grandmother, Mrs June Pike"), and whom another child lives
// with ("Her brother Alfie lives with their father"); a sentence the other child opens then has them living with the
// subject's carer for a time measured to now ("Alfie has lived with Mrs Pike since March 2024"): it was written of the
// subject. A visit ("stays with Mrs Pike every other weekend") or a past stay ("lived with Ms Dunn for two weeks in May
// 2025") is the other child's own story. Invented examples (probes-16).
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";

/** What looked-after.ts reads after each child's mention: "lives with their father", "has lived with the carers for…". */
export interface HouseholdFact {
  m: PersonMention;
  household: string;
  perfect: boolean;
  duration: boolean;
}

const LIVES = /(?:lives|live|is\s+living|are\s+living|has\s+(?:always\s+)?lived|has\s+(?:now\s+)?been\s+living)\s+with\s+(?:(?:his|her|their|the)\s+)?(?:(?:own|paternal|maternal|birth|foster|kinship|new|current)\s+)*([\p{L}]+)?[\s,]*(?:(?:Mr\.?\s+and\s+)?(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?$/iu;
const LIVED_SINCE = /^\s+(?:has\s+(?:now\s+)?lived|has\s+(?:now\s+)?been\s+living)\s+with\s+(?:(?:Mr\.?\s+and\s+)?(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?$/i;
const DURATION = /^\s*(?:for|since)\b/i;
const REACH = 100;

/**
 * The adults the subject lives with, named by the subject's sentence (each with the household word before the name,
 * when there is one), and other children said to have lived with one of them for a time measured to now, where the
 * record gives that child a household of its own that is not that adult's.
 */
export function findNamedCarerPastes(
  ctx: RuleContext,
  all: readonly PersonMention[],
  facts: readonly HouseholdFact[],
  words: Readonly<Record<string, string>>,
  opensClause: (m: PersonMention) => boolean,
): PersonMention[] {
  const text = ctx.text;
  const subjectCarers = new Map<string, string | undefined>();
  const ownCarers = new Map<string, Set<string>>();
  // An adult named straight after "lives with (her grandmother,)" in a sentence about one child: that child's carer.
  for (let i = 0; i < all.length; i++) {
    const a = all[i];
    if (a.role !== "adult" || a.inQuote) continue;
    const sentence = ctx.sentenceAt(a.start);
    let j = i - 1;
    while (j >= 0 && all[j].role === "adult" && all[j].start >= sentence.start) j--;
    if (j < 0 || all[j].role === "adult" || all[j].start < sentence.start || all[j].inQuote || a.start - all[j].end > REACH) continue;
    const child = all[j];
    const between = text.slice(child.end, a.start);
    const r = LIVES.exec(between);
    if (!r || /[.;!?\n]/.test(between) || !/^\s*(?:\([^()\n]{1,30}\)\s*)?,?\s*(?:who\s+)?$/i.test(between.slice(0, r.index))) continue;
    const word = r[1] ? words[r[1].toLowerCase()] : undefined;
    if (r[1] && !word) continue;
    if (/^has/i.test(r[0])) continue; // the perfect ("has lived with") is what the check reads, not the household it compares with
    if (child.role === "subject") subjectCarers.set(a.entity, word);
    else {
      const set = ownCarers.get(child.entity) ?? new Set<string>();
      set.add(a.entity);
      ownCarers.set(child.entity, set);
    }
  }
  if (!subjectCarers.size) return [];
  const out: PersonMention[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    const m = all[i];
    const a = all[i + 1];
    if (m.role !== "child" || m.inQuote || a.role !== "adult" || !subjectCarers.has(a.entity)) continue;
    if (!LIVED_SINCE.test(text.slice(m.end, a.start)) || !DURATION.test(text.slice(a.end, a.end + 12))) continue;
    if (!opensClause(m)) continue;
    const own = facts.filter((f) => f.m.entity === m.entity && !f.perfect).map((f) => f.household);
    const theirs = ownCarers.get(m.entity);
    if (!own.length && !theirs) continue;
    if (theirs?.has(a.entity)) continue;
    const word = subjectCarers.get(a.entity);
    if (word === undefined ? !!theirs === false : own.some((h) => h === word || h === "parents" || word === "parents")) continue;
    out.push(m);
  }
  return out;
}
