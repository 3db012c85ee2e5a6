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

// Function words: a phrase of the item's business is two words neither of which is one of these.
const FUNCTION_WORDS = new Set([
  "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "about", "as",
  "is", "are", "was", "were", "be", "been", "will", "would", "should", "can", "could", "may", "must", "has", "have", "had", "do",
  "does", "did", "not", "no", "if", "so", "that", "this", "these", "those", "it", "its", "he", "she", "they", "him", "her", "them",
  "his", "their", "we", "us", "our", "you", "your", "i", "me", "my", "who", "which", "what", "when", "where", "then", "than",
  "there", "here", "all", "any", "each", "every", "some", "also", "only", "up", "out", "off", "over", "after", "before", "until",
]);
// A word, or a hyphenated compound ("drop-in"); a name (a capital then lower case) is not the item's business.
const ITEM_WORD = /\p{L}[\p{L}'’]*(?:-\p{L}+)*/gu;
const NAME_LIKE = /^\p{Lu}\p{Ll}/u;
// A phrase the record uses this often is part of its general vocabulary, not one child's business.
const RARE_USES = 4;

type Vocabulary = Map<string, { uses: number; subject: boolean; others: Map<string, number> }>;

/** The phrases of a stretch of text: hyphenated compounds, and pairs of adjacent content words. */
function phrasesOf(text: string): string[] {
  const out: string[] = [];
  let prev: string | undefined;
  ITEM_WORD.lastIndex = 0;
  for (let w = ITEM_WORD.exec(text); w; w = ITEM_WORD.exec(text)) {
    const word = w[0].toLowerCase();
    const content = !FUNCTION_WORDS.has(word) && !NAME_LIKE.test(w[0]) && word.length >= 3;
    if (content && word.includes("-")) out.push(word);
    if (content && prev) out.push(`${prev} ${word}`);
    // Only words next to each other make a phrase.
    prev = content && !/[,;:.!?()]/.test(text.slice(w.index + w[0].length, w.index + w[0].length + 1)) ? word : undefined;
  }
  return out;
}

/**
 * Who each phrase of the record is said of: one pass over the sentences, keeping for each phrase whether a
 * sentence naming the subject uses it and which other children are named beside it. Built only when needed.
 */
function vocabularyOf(ctx: RuleContext, all: readonly PersonMention[]): Vocabulary {
  const phrases: Vocabulary = new Map();
  let k = 0;
  for (const s of ctx.sentences) {
    let subject = false;
    const others: string[] = [];
    while (k < all.length && all[k].start < s.start) k++;
    for (let j = k; j < all.length && all[j].start < s.end; j++) {
      if (all[j].role === "subject") subject = true;
      else if (all[j].role === "child") others.push(all[j].entity);
    }
    for (const phrase of phrasesOf(ctx.text.slice(s.start, s.end))) {
      let e = phrases.get(phrase);
      if (!e) phrases.set(phrase, (e = { uses: 0, subject: false, others: new Map() }));
      e.uses++;
      if (subject) e.subject = true;
      for (const o of others) e.others.set(o, (e.others.get(o) ?? 0) + 1);
    }
  }
  return phrases;
}

/**
 * The item's own business ("come back to the drop-in", "supported lodgings") is what the record said of the
 * subject before the plan, and never of the named child: a phrase of the item, rare in the record, used in a
 * sentence naming the subject and in none naming this child.
 */
function echoesSubject(item: string, entity: string, phrases: Vocabulary): boolean {
  const own = new Map<string, number>();
  for (const phrase of phrasesOf(item)) own.set(phrase, (own.get(phrase) ?? 0) + 1);
  for (const [phrase, n] of own) {
    const e = phrases.get(phrase);
    // (The item's own uses, which name the child, are not counted against it.)
    if (e && e.subject && e.uses - n > 0 && e.uses <= RARE_USES && (e.others.get(entity) ?? 0) <= n) return true;
  }
  return false;
}

/** Pasted names in plan items; weak: read from the item's business alone (a sibling's), so kept as another child too. */
export function findPlanItemPastes(ctx: RuleContext, all: readonly PersonMention[]): Array<{ mention: PersonMention; weak: boolean }> {
  const text = ctx.text;
  const plans = sectionsHeaded(ctx, PLAN_HEADING);
  if (!plans.length) return [];
  const subjects = all.filter((m) => m.role === "subject");
  const out: Array<{ mention: PersonMention; weak: boolean }> = [];
  let vocabulary: Vocabulary | undefined;
  let s = 0;
  for (const m of all) {
    if (m.role !== "child" || m.inQuote || m.possessive) continue;
    while (s < plans.length && plans[s].body.end <= m.start) s++;
    if (s >= plans.length || plans[s].body.start > m.start) continue;
    const reasons = m.reasons ?? [];
    const friend = reasons.some((r) => NOT_FAMILY.test(r)) && !reasons.some((r) => FAMILY.test(r));
    // The one to act at the item's start, or a party to the plan beside the subject's own parent ("Safety
    // plan with Jade and Mum this week"): a friend's parent would be written as theirs ("Jade's mum").
    // (Or opening a second clause of the item: "Referral made today; Logan to move in on Thursday".)
    const actor = (ITEM_LEAD.test(text.slice(Math.max(0, m.start - 12), m.start)) || /;[ \t]*$/.test(text.slice(Math.max(0, m.start - 4), m.start))) && ACTION_AFTER.test(text.slice(m.end, m.end + 16));
    const party = WITH_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) && WITH_OWN_PARENT_AFTER.test(text.slice(m.end, m.end + 16));
    if (!actor && !(friend && party)) continue;
    // The item names the subject too ("Jade and Leah to…", "Jade to visit Leah"): both are meant.
    let lineEnd = text.indexOf("\n", m.end);
    if (lineEnd < 0) lineEnd = text.length;
    const k = firstAtOrAfter(subjects, m.end);
    if (k < subjects.length && subjects[k].start < lineEnd) continue;
    if (friend) {
      out.push({ mention: m, weak: false });
      continue;
    }
    // A brother or sister may have their own part in a family plan: only an item whose business the record
    // gave the subject, and never this child, before the plan was written for the subject.
    vocabulary ??= vocabularyOf(ctx, all);
    const lineStart = text.lastIndexOf("\n", m.start) + 1;
    const j = firstAtOrAfter(subjects, lineStart);
    if (j < subjects.length && subjects[j].start < m.start) continue;
    if (echoesSubject(text.slice(lineStart, m.start) + " " + text.slice(m.end, lineEnd), m.entity, vocabulary)) out.push({ mention: m, weak: true });
  }
  return out;
}
