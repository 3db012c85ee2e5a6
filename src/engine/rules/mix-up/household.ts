// Pasted names betrayed by a household written by its adult's name (stop 37): the record says whom the subject lives
// with, naming the carer ("Rosie lives with her maternal grandmother, Mrs June Pike"), and whom another child lives
// with ("Her brother Alfie lives with their father"); a sentence the other child opens then has them living with the
// subject's carer for a time measured to now ("Alfie has lived with Mrs Pike since March 2024"): it was written of the
// subject. A visit ("stays with Mrs Pike every other weekend") or a past stay ("lived with Ms Dunn for two weeks in May
// 2025") is the other child's own story. Invented examples (probes-16).
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";
import { opensSentence, reportedSubject } from "./clauses";

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

// Pasted names betrayed by the subject's named carers (stop 41): the record names whom the subject lives with ("Kai has
// lived with his foster carers, Joanne and Phil Dyer, since February", "Isla's placement with Ms Webb is stable") and
// says another child lives elsewhere ("His sister Maisie remains at home with their mother"); a clause that child opens
// then has them settled, placed or at home with the subject's carers ("Maisie has settled well with Joanne and Phil",
// "Harvey calls Ms Webb 'mummy Claire'"): it was written of the subject. Telling, visiting or contact ("Maisie told
// Joanne…", "visits Ms Webb") is the other child's own story. Invented examples (probes-28).
const WITH_CARER =
  /(?:\b(?:lives|live|is\s+living|has\s+(?:always\s+|now\s+)?lived|has\s+(?:now\s+)?been\s+living|(?:is|was|has\s+been)\s+placed|placed|in\s+the\s+care\s+of)\s+(?:with\s+)?(?:(?:his|her|their|the)\s+)?(?:(?:own|paternal|maternal|foster|kinship|new|current)\s+)*(?:carers?|aunt|uncle|grandmother|grandparents|grandfather|nan|gran)?[\s,]*|['’]s\s+(?:(?:foster|kinship)\s+)?(?:placement\s+with|carers?,?)\s+)(?:(?:Mr\.?\s+and\s+)?(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?$/i;
const AND_ADULT = /^\s*(?:and|&)\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?$/i;
// Another child's own home, said after their name: "(6) remains at home with their mother", ", who lives with his father".
const OWN_HOME = /^(?:\s*\([^()\n]{1,30}\))?,?\s*(?:who\s+)?(?:still\s+|now\s+)?(?:lives|is\s+living|remains|has\s+remained|stays)\s+(?:at\s+home\s+)?(?:with|in)\b/i;
// What only a child who lives there has with a carer: settled, placed or happy with them, or calling them mum or dad.
const SETTLED_WITH =
  /^(?:\s+(?:has\s+|is\s+|was\s+|had\s+)?(?:(?:now|really|very|so|well|happily)\s+)*(?:settled|settling|placed|thriving|thrived|happy|content)\s+(?:(?:so|very|really|well|in\s+(?:(?:his|her|their)\s+)?(?:placement|home))\s+)*(?:with|at)\s+|['’]s\s+(?:placement|home|life)\s+with\s+|\s+calls\s+)(?:(?:Mr\.?\s+and\s+)?(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?$/i;
const CALLS_PARENT = /^\s*["“'‘]?(?:mum|mummy|mam|mom|dad|daddy)\b/i;
const CARER_REACH = 90;

const SUBJECT_OPENER = { f: /^She\b/, m: /^He\b/ } as const;

export function findSubjectCarerPastes(ctx: RuleContext, all: readonly PersonMention[], subjectGender: "f" | "m" | "u"): PersonMention[] {
  const text = ctx.text;
  const carers = new Set<string>();
  const elsewhere = new Set<string>();
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.inQuote) continue;
    if (m.role === "child" && !m.possessive && OWN_HOME.test(text.slice(m.end, m.end + 60))) elsewhere.add(m.entity);
    if (m.role !== "subject") continue;
    // The adults named after the subject and a word of living or being placed with them, inside the subject's sentence.
    // (Or inside the next sentence when the child's own he/she opens it, nobody else named before: "Ellie is 3. She has lived
    // with her foster carers, Jo and Sam Price, since…".)
    let sentence = ctx.sentenceAt(m.start);
    let from = m.end;
    const next = all[i + 1];
    if (next && next.start >= sentence.end && subjectGender !== "u") {
      const after = ctx.sentenceAt(text.slice(sentence.end, sentence.end + 4).search(/\S/) + sentence.end);
      const opener = SUBJECT_OPENER[subjectGender].exec(text.slice(after.start, after.start + 4));
      if (opener && next.start < after.end && after.start >= sentence.end) {
        sentence = after;
        from = after.start + opener[0].length;
      }
    }
    let linked = WITH_CARER;
    for (let j = i + 1; j < all.length && all[j].start < sentence.end && all[j].start - from <= CARER_REACH; j++) {
      const a = all[j];
      if (a.role !== "adult" || !linked.test(text.slice(from, a.start)) || /[.;!?\n]/.test(text.slice(from, a.start))) break;
      carers.add(a.entity);
      from = a.end;
      linked = AND_ADULT;
    }
  }
  if (!carers.size || !elsewhere.size) return [];
  const out: PersonMention[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    const m = all[i];
    const a = all[i + 1];
    if (m.role !== "child" || m.inQuote || !elsewhere.has(m.entity) || a.role !== "adult" || !carers.has(a.entity) || a.start - m.end > CARER_REACH) continue;
    const between = text.slice(m.end, a.start);
    if (/[.;!?\n]/.test(between) || !SETTLED_WITH.test(between)) continue;
    if (/calls\s+(?:\S+\s+)?$/i.test(between) && !CALLS_PARENT.test(text.slice(a.end, a.end + 12))) continue;
    const sentence = ctx.sentenceAt(m.start);
    if (!opensSentence(text, sentence.start, m.start) && !reportedSubject(text, sentence.start, m.start)) continue;
    out.push(m);
  }
  return out;
}
