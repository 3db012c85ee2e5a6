// Pasted names betrayed by a section about one part of the subject's own life: a record about one child
// has sections or form fields headed only by an aspect of a child ("Health", "Age", "Examination",
// "3. Education", "Health: …" in an "About me" block). Such a heading needs no name because the record's
// child is meant; a section that opens with another child's name, and names neither the subject nor any
// other child, was written for that child. Invented: in Leo's record, "Education⏎Mason has settled
// into Year 4 and his teacher says he reads well." Families discussed child by child give each child a
// heading or name the record's child in the same section, so those stay other children.
import type { RuleContext } from "../../rule";
import { firstAtOrAfter } from "../../text/span";
import type { PersonMention } from "../other-child/people";
import { sectionsOf, type Section } from "../../quality/sections";
import { opensSentence } from "./clauses";

// Words a heading about one part of a single child's life is made of ("Physical health and development",
// "On examination", "Legal status"). A heading holding any other word (family, siblings, contact, views of…)
// may be about someone else.
const ASPECT_WORDS = new Set([
  "health", "physical", "mental", "emotional", "sexual", "dental", "medical", "medication", "allergies", "diet", "sleep",
  "development", "developmental", "milestones", "growth", "examination", "presentation", "appearance", "description",
  "education", "school", "schooling", "learning", "attendance", "progress", "age", "identity", "behaviour",
  "self-care", "care", "skills", "hobbies", "interests", "status", "legal", "immigration", "religion", "faith",
  "language", "culture", "disability", "needs", "wellbeing", "well-being", "findings", "behavioural", "employment", "training",
]);
// Joining words, and the owner words a heading about the record's own child may carry ("My health", "Her education").
const JOINING_WORDS = new Set(["and", "on", "of", "the", "current", "general", "my", "his", "her", "their"]);
// Words that say the child is being introduced, just before the name ("her friend Mason", "a boy, Mason").
const INTRODUCED_LEFT = /\b(?:brother|sister|sibling|cousin|friend|son|daughter|twin|baby|classmate|peer|child|girl|boy)\W*$/i;

function aboutOneAspect(title: string): boolean {
  const words = title.toLowerCase().split(/[\s()–—/,&]+/).filter(Boolean);
  return words.some((w) => ASPECT_WORDS.has(w)) && words.every((w) => ASPECT_WORDS.has(w) || JOINING_WORDS.has(w));
}

/** A heading written as a label on the line it opens ("Report from school: …"). */
const inline = (text: string, s: Section) => text[s.heading.end] === ":" && !text.slice(s.heading.end, s.body.start).includes("\n");

export function findAspectSectionPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  const firstSubject = all.find((m) => m.role === "subject");
  if (!firstSubject) return [];
  const sections = sectionsOf(ctx);
  // Children with a heading of their own ("2. Ikenna and Adaeze (twins, aged 4)"): the record discusses them in turn.
  const headed = new Set<string>();
  let k = 0;
  for (const s of sections) {
    for (k = firstAtOrAfter(all, s.heading.start); k < all.length && all[k].start < s.heading.end; k++) headed.add(all[k].entity);
  }
  const out: PersonMention[] = [];
  for (let n = 0; n < sections.length; n++) {
    const s = sections[n];
    // Only once the record has named its child, and only under a heading about one aspect of a child.
    if (s.heading.start < firstSubject.start || !aboutOneAspect(s.headingText)) continue;
    // "School: … ⏎Health: … ⏎Police: …" under "Information from agencies": an inline label beside inline labels
    // that are not aspects of a child names who reported, not a part of the subject's life.
    if (inline(text, s) && [sections[n - 1], sections[n + 1]].some((o) => o && inline(text, o) && !aboutOneAspect(o.headingText))) continue;
    // "3. Education⏎Report from school: Mason…": a label opening the section is part of it.
    let bodyEnd = s.body.end;
    const next = sections[n + 1];
    if (next && inline(text, next) && !/\p{L}/u.test(text.slice(s.body.start, next.heading.start))) bodyEnd = next.body.end;
    // (An adult named in a label before it, "From the GP's letter:", is passed over; the name must still open its sentence.)
    let i = firstAtOrAfter(all, s.body.start);
    while (i < all.length && all[i].start < bodyEnd && all[i].role === "adult") i++;
    const m = all[i];
    if (!m || m.start >= bodyEnd || m.role !== "child" || m.inQuote || headed.has(m.entity)) continue;
    // A name as the people stage read it, written with a capital (not a lower-case word it took for one).
    if (!/^\p{Lu}/u.test(text.slice(m.start, m.end))) continue;
    // The section names nobody else who is (or may be) a child, the subject included ("EpiPen", read as a name of unknown role, is not).
    let other = false;
    for (let j = i + 1; j < all.length && all[j].start < bodyEnd && !other; j++) other = all[j].role !== "adult" && all[j].role !== "unknown" && all[j].entity !== m.entity;
    if (other) continue;
    // The name opens the section's first sentence (after at most a label: "Written report from school: Mason…").
    const sentence = ctx.sentenceAt(m.start);
    if (/\p{L}/u.test(text.slice(s.body.start, Math.max(s.body.start, sentence.start)))) continue;
    if (!opensSentence(text, Math.max(sentence.start, s.body.start), m.start)) continue;
    if (INTRODUCED_LEFT.test(text.slice(Math.max(s.body.start, m.start - 30), m.start))) continue;
    // "Mason (7) has asthma": a child given their own age in passing is being introduced.
    if (/^(?:['’]s)?\s*(?:\(|,\s*(?:aged?\s+)?\d)/.test(text.slice(m.end, m.end + 12))) continue;
    out.push(m);
  }
  return out;
}
