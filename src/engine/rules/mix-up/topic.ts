// Pasted names betrayed by topic: a single mention of another child, never introduced, inside a
// section the record marks as about the subject (a heading or label naming the subject, or the
// sentences either side naming the subject), where the next sentences carry on about the subject
// without naming that child again. Invented: "Max's wishes and feelings⏎Oliver said he wants more
// time on his bike. Max showed me his train set." A weaker sign than age or pronouns.
import type { RuleContext } from "../../rule";
import type { Span } from "../../text/span";
import { firstAtOrAfter } from "../../text/span";
import type { PersonMention } from "../other-child/people";
import { coordinated, opensSentence } from "./clauses";

const HEADING_MAX = 70;
const LINES_BACK = 6;
const SCAN_BACK = 600;
const NEIGHBOURS = 30;
const LISTED_REASON = /^(?:heads an? (?:item|line) like the child's own|listed (?:under|after) )/;
const INTRODUCED_LEFT = /\b(?:brother|sister|sibling|cousin|friend|son|daughter|twin|baby|half-brother|half-sister|stepbrother|stepsister|nephew|niece|classmate|peer|pupil|child|girl|boy)\W*$/i;
const INTRODUCED_RIGHT = /^(?:['’]s)?\s*(?:\(|,\s*(?:his|her|their|the|a|an|who|aged?|born|DOB|d\.o\.b)\b|\s-\s|\s–\s|:)/i;

export function findTopicPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  const sentences = ctx.sentences;
  const subjects = all.filter((m) => m.role === "subject");
  if (!subjects.length) return [];
  const hasSubject = (from: number, to: number) => {
    const k = firstAtOrAfter(subjects, from);
    return k < subjects.length && subjects[k].start < to;
  };
  const out: PersonMention[] = [];
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    // A weaker sign than age or pronouns, so only for a known given name.
    if (m.role !== "child" || m.inQuote || !m.gender) continue;
    if (coordinated(text, m, all[i + 1])) continue;
    // A child the record introduces by its layout (a line or item of a list, a list of children) is no paste.
    if ((m.reasons ?? []).some((r) => LISTED_REASON.test(r))) continue;
    const para = ctx.paragraphAt(m.start);
    if (mentionedNearby(all, i, para)) continue;
    const sIdx = sentenceIndex(sentences, m.start);
    if (sIdx < 0) continue;
    const sentence = sentences[sIdx];
    if (!opensSentence(text, sentence.start, m.start)) continue;
    if (INTRODUCED_LEFT.test(text.slice(Math.max(sentence.start, m.start - 30), m.start))) continue;
    if (INTRODUCED_RIGHT.test(text.slice(m.end, m.end + 12))) continue;
    // The sentence itself must not name the subject after the child ("Ayesha and Maryam both…").
    if (hasSubject(m.end, sentence.end)) continue;
    const prev = sentences[sIdx - 1];
    const next = sentences[sIdx + 1];
    const named = (s: Span | undefined) => !!s && hasSubject(s.start, s.end);
    const childIn = (s: Span | undefined) => !!s && mentionedWithin(all, i, s);
    if (childIn(prev) || childIn(next)) continue;
    // Under a heading naming the subject, and the section carries on about the subject: the next
    // sentence (or the one before, at a section's end) names them.
    if ((named(next) || named(prev)) && headingNamesSubject(ctx, m.start, sentence.start, para.start, hasSubject)) out.push(m);
  }
  return out;
}

const VOCATIVE_AFTER = /^\s*,\s*(?:you|your|I|we)\b/i;
const GREETING = /\b(?:Dear|Hi|Hello)\s+([\p{Lu}][\p{L}'’-]*)/gu;

/**
 * A letter written to the subject ("Dear Tegwen,") that addresses another child by name ("Gwenllian,
 * you will continue to…"): the name of the child the letter was copied from.
 */
export function findVocativePastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  let greetsSubject = false;
  GREETING.lastIndex = 0;
  for (let g = GREETING.exec(text); g && !greetsSubject; g = GREETING.exec(text)) greetsSubject = ctx.profile.subjectForms.has(g[1].toLowerCase());
  if (!greetsSubject) return [];
  const out: PersonMention[] = [];
  for (const m of all) {
    if (m.role !== "child" || m.inQuote || m.possessive) continue;
    if (!VOCATIVE_AFTER.test(text.slice(m.end, m.end + 8))) continue;
    const sentence = ctx.sentenceAt(m.start);
    if (/\p{L}/u.test(text.slice(sentence.start, m.start))) continue;
    out.push(m);
  }
  return out;
}

/** Another mention of the same child in the paragraph (looking at most 30 mentions either way). */
function mentionedNearby(all: readonly PersonMention[], i: number, para: Span): boolean {
  const e = all[i].entity;
  for (let j = i - 1; j >= 0 && j >= i - NEIGHBOURS && all[j].start >= para.start; j--) if (all[j].entity === e) return true;
  for (let j = i + 1; j < all.length && j <= i + NEIGHBOURS && all[j].start < para.end; j++) if (all[j].entity === e) return true;
  return false;
}

/** Another mention of the same child inside span (the neighbouring sentences; at most 30 mentions either way). */
function mentionedWithin(all: readonly PersonMention[], i: number, span: Span): boolean {
  const e = all[i].entity;
  for (let j = i - 1; j >= 0 && j >= i - NEIGHBOURS && all[j].start >= span.start; j--) if (all[j].entity === e && all[j].start < span.end) return true;
  for (let j = i + 1; j < all.length && j <= i + NEIGHBOURS && all[j].start < span.end; j++) if (all[j].entity === e && all[j].start >= span.start) return true;
  return false;
}

function sentenceIndex(sentences: readonly Span[], offset: number): number {
  const k = firstAtOrAfter(sentences, offset + 1) - 1;
  return k >= 0 && sentences[k].start <= offset && offset < sentences[k].end ? k : -1;
}

/**
 * The nearest heading above the mention, inside its paragraph or on the line just before it, names
 * the subject: a label opening a line ("Jack's education:", "Thornhill High (Maryam):") or a short
 * line without a full stop ("3. Tobenna's needs"). Labels of sibling sub-sections ("3.1 Health:")
 * are passed over. Looks back at most six lines and 600 characters.
 */
function headingNamesSubject(ctx: RuleContext, offset: number, sentenceStart: number, paraStart: number, hasSubject: (a: number, b: number) => boolean): boolean {
  const text = ctx.text;
  let lineStart = sentenceStart;
  const stop = Math.max(0, offset - SCAN_BACK);
  while (lineStart > stop && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  const colon = text.slice(lineStart, Math.min(offset, lineStart + HEADING_MAX)).indexOf(":");
  if (colon >= 0 && hasSubject(lineStart, lineStart + colon)) return true;
  let end = lineStart - 1;
  let leftParagraph = false;
  for (let n = 0; n < LINES_BACK && end > stop; n++) {
    let start = end;
    while (start > stop && text.charCodeAt(start - 1) !== 10) start--;
    const line = text.slice(start, end).trim();
    if (line) {
      const labelled = line.indexOf(":");
      const heading = line.length <= HEADING_MAX && !/[.!?]["'”’]?$/.test(line);
      if (heading) return hasSubject(start, end);
      if (labelled >= 0 && labelled < HEADING_MAX && hasSubject(start, start + labelled)) return true;
      // Past the paragraph's start only the line just before it can be its heading.
      if (leftParagraph) return false;
    }
    if (start <= paraStart) leftParagraph = true;
    end = start - 1;
  }
  return false;
}
