// Pasted names betrayed by school: a school the record gives the subject ("Name: Libby Carrow … Year 11, Moorside
// High School"), said in a sentence about another child whose own school the record gives as another
// ("Keisha (surname unknown), 14, St Aidan's Academy"). Invented: "Dora (Oak Academy)… Dora's safety plan to be
// agreed by her head of year at Elm High School" in Max's record, where Max goes to Elm High School.
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";
import { opensSentence } from "./clauses";

// A school's name: capitalised words ending in what a school is called.
const SCHOOL = /\b(?:St\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s+(?:Primary|Infants?|Juniors?|Academy|High|College|Grammar|Community)(?:\s+School)?\b|\b(?:St\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s+School\b/u;
// What may sit between a name and its school on the name's own line: an aside, an age, a year group, a date of
// birth, field separators ("Libby Carrow   DOB: 21/07/2011   Age: 15   Year 11, Moorside High School").
const FIELDS_BEFORE = /^(?:\s*\([^()\n]{1,40}\))?(?:[\s,;:–-]|\b(?:aged?|DOB|D\.O\.B\.?|Year|Yr|born)\b|\d{1,2}(?:[/.]\d{1,2}[/.]\d{2,4})?)*$/i;
const LINE_REACH = 90;
const CLAUSE_REACH = 160;

const key = (school: string) => school.toLowerCase().replace(/\s+school$/, "").replace(/\s+/g, " ");

/** The school written on a name's own line, after nothing but fields. */
function schoolAfter(text: string, end: number): string | undefined {
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0 || lineEnd - end > LINE_REACH) lineEnd = Math.min(text.length, end + LINE_REACH);
  const rest = text.slice(end, lineEnd).replace(/^['’]s\b/, "");
  const s = SCHOOL.exec(rest);
  return s && FIELDS_BEFORE.test(rest.slice(0, s.index)) ? key(s[0]) : undefined;
}

export function findSchoolPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  const schools = new Map<string, Set<string>>();
  for (const m of all) {
    if (m.role === "adult" || m.inQuote) continue;
    const s = schoolAfter(text, m.end);
    if (!s) continue;
    const set = schools.get(m.entity) ?? new Set<string>();
    set.add(s);
    schools.set(m.entity, set);
  }
  const own = schools.get("#subject");
  if (!own) return [];
  const out: PersonMention[] = [];
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    const theirs = schools.get(m.entity);
    if (m.role !== "child" || m.inQuote || !theirs || [...theirs].some((s) => own.has(s))) continue;
    const sentence = ctx.sentenceAt(m.start);
    if (!opensSentence(text, sentence.start, m.start)) continue;
    // The sentence goes on about the child alone, up to the school: nobody else named before it.
    const next = all[i + 1];
    const end = Math.min(sentence.end, m.end + CLAUSE_REACH, next && next.start > m.end && next.start < sentence.end ? next.start : sentence.end);
    const s = SCHOOL.exec(text.slice(m.end, end));
    if (s && own.has(key(s[0])) && schoolAfter(text, m.end) === undefined) out.push(m);
  }
  return out;
}
