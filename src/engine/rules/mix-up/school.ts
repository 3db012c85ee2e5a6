// Pasted names betrayed by school: a school the record gives the subject ("Name: Libby Carrow … Year 11, Moorside
// High School"), said in a sentence about another child whose own school the record gives as another
// ("Keisha (surname unknown), 14, St Aidan's Academy"). Invented: "Dora (Oak Academy)… Dora's safety plan to be
// agreed by her head of year at Elm High School" in Max's record, where Max goes to Elm High School.
// Each child's school is also read from the wordings records give it in running text (stop 37): "Maisie (9) attends
// Holly Lane Primary", "Her sister Jade, who attends Castlegate High School", "Noor is a Year 8 pupil at Westfield
// Academy", "Ellie is in Year 4 at St Bede's Primary", "Jack's school, Hillside High": invented probes-16.
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";
import { coordinated, opensSentence, reportedSubject } from "./clauses";

// A school's name: capitalised words ending in what a school is called.
const SCHOOL = /\b(?:St\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s+(?:Primary|Infants?|Juniors?|Academy|High|College|Grammar|Community)(?:\s+School)?\b|\b(?:St\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s+School\b/u;
// What may sit between a name and its school on the name's own line: an aside, an age, a year group, a date of
// birth, field separators ("Libby Carrow   DOB: 21/07/2011   Age: 15   Year 11, Moorside High School").
const FIELDS_BEFORE = /^(?:\s*\([^()\n]{1,40}\))?(?:[\s,;:–-]|\b(?:aged?|DOB|D\.O\.B\.?|Year|Yr|born)\b|\d{1,2}(?:[/.]\d{1,2}[/.]\d{2,4})?)*$/i;
const SCHOOLS = new RegExp(SCHOOL.source, "gu");
// The word every SCHOOL match holds, looked for first: SCHOOL is tried at every capital of the text it reads.
const SCHOOL_WORD = /Primary|Infant|Junior|Academy|High|College|Grammar|Community|School/;
const LINE_REACH = 90;
const CLAUSE_REACH = 160;

const key = (school: string) => school.toLowerCase().replace(/\s+school$/, "").replace(/\s+/g, " ");

/** The school written on a name's own line, after nothing but fields. */
function schoolAfter(text: string, end: number): string | undefined {
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0 || lineEnd - end > LINE_REACH) lineEnd = Math.min(text.length, end + LINE_REACH);
  const rest = text.slice(end, lineEnd).replace(/^['’]s\b/, "");
  const s = SCHOOL_WORD.test(rest) ? SCHOOL.exec(rest) : null;
  return s && FIELDS_BEFORE.test(rest.slice(0, s.index)) ? key(s[0]) : undefined;
}

// A child's own school in running text, after the name and whatever sits by it (an age in brackets, a nickname, "who"):
// a present-tense verb of attending ("attends", "goes to", "is at", "is on roll at", "is a Year 8 pupil at", "is in
// Year 4 at", "both attend"), or the name's school in apposition ("Jack's school, Hillside High"). Not "attended",
// "went to", "starts at": a past or coming school is not the one the child is at.
const ATTENDS =
  /^(?:['’]s\s+(?:current\s+)?school(?:\s+is)?[,:]?\s+|(\s*\([^()\n]{1,30}\))?(?:\s*,\s*\d{1,2}\s*,)?\s*,?\s*(?:who\s+|both\s+|also\s+|now\s+|still\s+)*(?:attends?|goes\s+to|go\s+to|(?:is|are)\s+(?:now\s+|still\s+)?(?:at|on\s+roll\s+at|(?:a\s+)?(?:(?:Year|Yr)\s+\d{1,2}\s+|Reception\s+)?(?:pupils?|students?)\s+at|in\s+(?:(?:Year|Yr)\s+\d{1,2}|Reception)(?:\s+class)?\s+at))\s+(?:the\s+)?)/iu;
const OWN_REACH = 70;

/**
 * The school a child is said to attend, straight after the name, with nobody else named on the way but inside the
 * name's own brackets ("Ifunanya ("Ify", 13), who attends…").
 */
function schoolAttended(text: string, all: readonly PersonMention[], i: number, sentenceEnd: number): string | undefined {
  const m = all[i];
  const rest = text.slice(m.end, Math.min(sentenceEnd, m.end + OWN_REACH));
  const a = ATTENDS.exec(rest);
  if (!a) return undefined;
  const bracketEnd = m.end + (a[1] ? a[1].length : 0);
  for (let k = i + 1; k < all.length && all[k].start < m.end + a[0].length; k++) if (all[k].start >= bracketEnd) return undefined;
  const s = SCHOOL.exec(rest.slice(a[0].length));
  return s && s.index === 0 ? key(s[0]) : undefined;
}

// A child doing something for another at a school, the verb straight after the name ("walks Noor to…", "collects Mia
// from…", "drops…"), or a visitor's role there ("helped at… as a volunteer"): the school is the other's.
const FOR_ANOTHER = /^\s*(?:(?:always|often|usually|sometimes|also|now|still|will|would|can)\s+)*(?:walk(?:s|ed)?|tak(?:es|en)|took|collect(?:s|ed)?|pick(?:s|ed)?|drop(?:s|ped)?|bring(?:s)?|brought|fetch(?:es|ed)?|visit(?:s|ed)?|help(?:s|ed)?|volunteer(?:s|ed)?)\b/i;

export function findSchoolPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  const schools = new Map<string, Set<string>>();
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.role === "adult" || m.inQuote) continue;
    const next = all[i + 1];
    // "Maisie and Kyle both attend…": the school is read after the last of them, for each.
    const s = schoolAfter(text, m.end) ?? (coordinated(text, m, next) ? undefined : schoolAttended(text, all, i, ctx.sentenceAt(m.start).end));
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
    // The name opens its sentence, or the clause a reporter introduces ("The school said Kian is…").
    if (!opensSentence(text, sentence.start, m.start) && !reportedSubject(text, sentence.start, m.start, true)) continue;
    // The sentence goes on about the child alone, up to the school: nobody else named before it.
    const next = all[i + 1];
    if (coordinated(text, m, next)) continue;
    const end = Math.min(sentence.end, m.end + CLAUSE_REACH, next && next.start > m.end && next.start < sentence.end ? next.start : sentence.end);
    const stretch = text.slice(m.end, end);
    if (FOR_ANOTHER.test(stretch.replace(/^['’]s\b/, ""))) continue;
    const s = SCHOOL.exec(stretch);
    if (!s || !own.has(key(s[0])) || schoolAfter(text, m.end) !== undefined) continue;
    // The child's own school is in the same stretch ("moved from Westfield Primary to Northgate Academy", "a volunteer
    // from Hillside High"): both schools are the child's story, not a paste.
    if ([...stretch.matchAll(SCHOOLS)].some((x) => theirs.has(key(x[0])))) continue;
    out.push(m);
  }
  return out;
}
