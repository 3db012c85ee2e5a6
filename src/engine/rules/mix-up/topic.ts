// Pasted names betrayed by topic: a single mention of another child, never introduced, inside a
// section the record marks as about the subject (a heading or label naming the subject, or the
// sentences either side naming the subject), where the next sentences carry on about the subject
// without naming that child again. Invented: "Max's wishes and feelings⏎Oliver said he wants more
// time on his bike. Max showed me his train set." A weaker sign than age or pronouns.
import type { RuleContext } from "../../rule";
import type { Span } from "../../text/span";
import { firstAtOrAfter } from "../../text/span";
import type { PersonMention } from "../other-child/people";
import { ageAfter } from "./ages";
import { coordinated, opensSentence, reportedSubject } from "./clauses";

const HEADING_MAX = 70;
const LINES_BACK = 6;
const SCAN_BACK = 1000;
const NEIGHBOURS = 30;
// How many sentences either side, inside the paragraph, may carry the section on about the subject.
const CONTEXT_SENTENCES = 2;
// A child whose age the record states is a person, whatever the name's gender.
const AGED = /^(?:aged |a baby$|date of birth|now \d)/;
const INTRODUCED_LEFT = /\b(?:brother|sister|sibling|cousin|friend|son|daughter|twin|baby|half-brother|half-sister|stepbrother|stepsister|nephew|niece|classmate|peer|pupil|child|girl|boy)\W*$/i;
// ("Funke, now 17, …", "Hamza Iqbal, 12, Northmoor Academy" in a list of the household: the name comes with its
// own age, so the sentence or row is about that child. A name that ends a table cell ("Myles Rowe<TAB>brother",
// "| Myles Rowe | 12 |") heads a row of its own: the row is about that child, not pasted.)
const INTRODUCED_RIGHT = /^(?:['’]s)?(?:[ ]*[\t|]|\s*(?:\(|,\s*(?:his|her|their|the|a|an|who|aged?|born|DOB|d\.o\.b|(?:now|then)\s+(?:aged\s+)?\d+|\d{1,2}(?![\d.:]))\b|\s-\s|\s–\s|:))/i;

export function findTopicPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  const sentences = ctx.sentences;
  const subjects = all.filter((m) => m.role === "subject");
  if (!subjects.length) return [];
  const hasSubject = (from: number, to: number) => {
    const k = firstAtOrAfter(subjects, from);
    return k < subjects.length && subjects[k].start < to;
  };
  const ledBySubject = (from: number, to: number) => {
    const k = firstAtOrAfter(subjects, from);
    return k < subjects.length && subjects[k].start < to && /^[\s\d.()•*–-]*$/.test(text.slice(from, subjects[k].start));
  };
  const out: PersonMention[] = [];
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    // A weaker sign than age or pronouns, so only for a known given name or (under a heading the
    // subject's name opens, below) a child of stated age.
    const aged = !m.gender && (m.reasons ?? []).some((r) => AGED.test(r));
    if (m.role !== "child" || m.inQuote || (!m.gender && !aged)) continue;
    if (coordinated(text, m, all[i + 1])) continue;
    const para = ctx.paragraphAt(m.start);
    if (mentionedNearby(all, i, para)) continue;
    const sIdx = sentenceIndex(sentences, m.start);
    if (sIdx < 0) continue;
    const sentence = sentences[sIdx];
    if (!opensSentence(text, sentence.start, m.start) && !reportedSubject(text, sentence.start, m.start)) continue;
    if (INTRODUCED_LEFT.test(text.slice(Math.max(sentence.start, m.start - 30), m.start))) continue;
    if (INTRODUCED_RIGHT.test(text.slice(m.end, m.end + 12))) continue;
    // The sentence itself must not name the subject after the child ("Ayesha and Maryam both…").
    if (hasSubject(m.end, sentence.end)) continue;
    const prev = sentences[sIdx - 1];
    const next = sentences[sIdx + 1];
    const named = (s: Span | undefined) => !!s && hasSubject(s.start, s.end);
    const inPara = (s: Span | undefined) => !!s && s.start >= para.start && s.end <= para.end;
    const childIn = (s: Span | undefined) => !!s && mentionedWithin(all, i, s);
    if (childIn(prev) || childIn(next)) continue;
    // Under a heading naming the subject, and the section carries on about the subject: a sentence
    // after it (or before it, at a section's end) names them: the next one, or one further inside the paragraph.
    let carriesOn = named(next) || named(prev);
    for (let d = 2; d <= CONTEXT_SENTENCES && !carriesOn; d++) {
      const [after, before] = [sentences[sIdx + d], sentences[sIdx - d]];
      carriesOn = (inPara(after) && named(after)) || (inPara(before) && named(before));
    }
    // A name of unknown gender needs a heading led by the subject's name ("Ahmad Noorzai (16) – …"), not
    // a field or a label that names them ("Child: Ifan Beddoe", "plan agreed w/ jax:").
    const heading = (a: number, b: number) => (aged ? ledBySubject(a, b) : hasSubject(a, b));
    if (carriesOn && headingNamesSubject(ctx, m.start, sentence.start, para.start, heading)) out.push(m);
  }
  return out;
}

// A relation spoken of in the sentence before ("Ellie misses her brothers. Jack told me…"): the name
// may be saying who that relation is.
const RELATION_WORD = /\b(?:brothers?|sisters?|siblings?|cousins?|friends?|classmates?|peers?|twins?|sons?|daughters?|nephews?|nieces?|boys?|girls?|children|kids)\b/i;

/**
 * A consistent paste with no heading: a child named once in the whole record, never introduced,
 * opening a sentence inside a paragraph that opens with the subject, with the sentences either side
 * naming the subject. Invented: "Ellie has a new bed. Jack told me he likes it here. Ellie said…".
 * Weaker than a heading, so the caller keeps the mention as another child too.
 */
export function findParagraphPastes(ctx: RuleContext, all: readonly PersonMention[], subjectGender: "f" | "m" | "u"): PersonMention[] {
  const text = ctx.text;
  const sentences = ctx.sentences;
  const subjects = all.filter((m) => m.role === "subject");
  if (!subjects.length) return [];
  const count = new Map<string, number>();
  for (const m of all) count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
  const names = (s: Span | undefined) => {
    if (!s) return false;
    const k = firstAtOrAfter(subjects, s.start);
    return k < subjects.length && subjects[k].start < s.end;
  };
  const out: PersonMention[] = [];
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.role !== "child" || m.inQuote || count.get(m.entity) !== 1) continue;
    if (coordinated(text, m, all[i + 1])) continue;
    const sIdx = sentenceIndex(sentences, m.start);
    if (sIdx < 1) continue;
    const sentence = sentences[sIdx];
    if (!opensSentence(text, sentence.start, m.start)) continue;
    if (INTRODUCED_LEFT.test(text.slice(Math.max(sentence.start, m.start - 30), m.start))) continue;
    if (INTRODUCED_RIGHT.test(text.slice(m.end, m.end + 12))) continue;
    // "Lily from next door", "Kai who lives upstairs", "Amir in her class": introduced by where they come from.
    if (/^\s+(?:from|who|at|in|of|next|upstairs|downstairs)\b/i.test(text.slice(m.end, m.end + 12))) continue;
    // "Ella is 7; she…": a child given an age is being introduced.
    if (ageAfter(text.slice(m.end, m.end + 60))) continue;
    // "Harry pushed her in the line": the subject is in the sentence as someone else, so it is about both.
    if (SUBJECT_PRONOUN[subjectGender].test(text.slice(m.end, sentence.end))) continue;
    // A name that does not tell its gender needs a pronoun of its own, not the subject's, in its sentence ("Toby said he…").
    if ((!m.gender || m.gender === "u") && !OTHER_PRONOUN[subjectGender].test(text.slice(m.end, Math.min(sentence.end, m.end + 120)))) continue;
    const para = ctx.paragraphAt(m.start);
    const prev = sentences[sIdx - 1];
    const next = sentences[sIdx + 1];
    if (!prev || !next || prev.start < para.start || next.end > para.end) continue;
    if (!names(prev) || !names(next) || names(sentence)) continue;
    if (RELATION_WORD.test(text.slice(prev.start, prev.end))) continue;
    // The paragraph opens with the subject: it is about them.
    const first = subjects[firstAtOrAfter(subjects, para.start)];
    if (!first || !/^[\s\d.()•*–-]*$/.test(text.slice(para.start, first.start))) continue;
    out.push(m);
  }
  return out;
}

const SUBJECT_PRONOUN = { f: /\b(?:she|her|hers|herself)\b/i, m: /\b(?:he|him|his|himself)\b/i, u: /\b(?:they|them|their|theirs|themself|themselves)\b/i } as const;

const OTHER_PRONOUN = { f: /\b(?:he|him|his|himself)\b/i, m: /\b(?:she|her|hers|herself)\b/i, u: /\b(?:she|he|her|him|his|hers|herself|himself)\b/i } as const;

// Section headings about other people: a section under them may well be about someone else.
const OTHERS_TOPIC = /\b(?:family|household|siblings?|brothers?|sisters?|contact|relationships?|friends?|friendships?|network|others|children|parents?|mother|father|mum|dad|carers?|visitors?|peers?|people)\b/i;
const SECTION_LIMIT = 1500;
const TABLE_ROW = /\t|\S\s*\|\s*\S/;
const TERMINAL = /[.!?]["'”’]?$/;

/**
 * A consistent paste: under a heading led by the subject's name ("Max's wishes and feelings",
 * "Max – health"), a section that never names the subject but names one other child, unintroduced,
 * as what its sentences are about. Invented: "Max's wishes and feelings⏎Oliver said he wants a bike.
 * Oliver showed me his trains." Every such mention is returned; the weakest sign of all, so the
 * caller keeps them as other children too.
 */
export function findSectionPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  const out: PersonMention[] = [];
  let doneTo = -1;
  for (const s of all) {
    if (s.role !== "subject" || s.start < doneTo) continue;
    let lineStart = s.start;
    while (lineStart > 0 && s.start - lineStart < HEADING_MAX && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    // Bounded reads, so a huge single line costs no more than a short one.
    let lineEnd = text.slice(s.end, s.end + HEADING_MAX).indexOf("\n");
    if (lineEnd < 0) continue;
    lineEnd += s.end;
    const line = text.slice(lineStart, lineEnd).trim();
    // A heading: short, no sentence end, led by the subject's name, about the subject's own life.
    // (A table row is one of a set of parallel rows, not a heading over the next: "Name⇥Relationship⇥DOB".)
    if (line.length > HEADING_MAX || TERMINAL.test(line) || OTHERS_TOPIC.test(line) || TABLE_ROW.test(line)) continue;
    if (!/^[\s\d.()•*–-]*$/.test(text.slice(lineStart, s.start))) continue;
    lineEnd++;
    // The section: up to the next heading-like line (short, without a sentence end) or 1,500 characters.
    let end = lineEnd;
    const stop = Math.min(text.length, lineEnd + SECTION_LIMIT);
    while (end < stop) {
      const nl = text.slice(end, stop).indexOf("\n");
      const next = nl < 0 ? stop : end + nl;
      const l = text.slice(end, next).trim();
      if (end > lineEnd && l && l.length <= HEADING_MAX && !TERMINAL.test(l)) break;
      end = next + 1;
    }
    end = Math.min(end, text.length);
    doneTo = end;
    const inside: PersonMention[] = [];
    for (let k = firstAtOrAfter(all, lineEnd); k < all.length && all[k].start < end; k++) inside.push(all[k]);
    if (inside.some((m) => m.role === "subject")) continue;
    const children = new Set(inside.filter((m) => m.role === "child").map((m) => m.entity));
    if (children.size !== 1) continue;
    const mentions = inside.filter((m) => m.role === "child");
    const ok = mentions.every((m) => {
      if (m.inQuote || (!m.gender && !(m.reasons ?? []).some((r) => AGED.test(r)))) return false;
      const sentence = ctx.sentenceAt(m.start);
      if (!opensSentence(text, sentence.start, m.start) && !reportedSubject(text, sentence.start, m.start)) return false;
      if (coordinated(text, m, inside[inside.indexOf(m) + 1])) return false;
      return !INTRODUCED_LEFT.test(text.slice(Math.max(sentence.start, m.start - 30), m.start)) && !INTRODUCED_RIGHT.test(text.slice(m.end, m.end + 12));
    });
    if (ok) out.push(...mentions);
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
  const out: PersonMention[] = [];
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.role !== "child" || m.inQuote || m.possessive) continue;
    const sentence = ctx.sentenceAt(m.start);
    if (greetsSubject && VOCATIVE_AFTER.test(text.slice(m.end, m.end + 8)) && !/\p{L}/u.test(text.slice(sentence.start, m.start))) {
      out.push(m);
      continue;
    }
    if (addressedThenSpokenOf(ctx, all, i)) out.push(m);
  }
  return out;
}

// "Thank you, Harvey, for…", "Well done, Harvey!": a child spoken to by name.
const THANKS_BEFORE = /(?:^|[.!?\n]\s*)(?:thank you|thanks|well done|congratulations|happy birthday)[ \t]*,[ \t]*$/i;
const VOCATIVE_END = /^[ \t]*[,!]/;
const SPOKEN_TO = /\b(?:you|your|yours|yourself)\b/i;
const ADDRESS_REACH = 1500;

/**
 * A child thanked or praised by name in a note that speaks to its reader ("Thank you, Harvey, for filling this
 * in… We will hold your review…"), while the same note speaks of that child in the third person ("…about
 * seeing Harvey somewhere other than the centre"): the reader is someone else, the record's child, and the
 * name was copied in. Reads the rest of the note's paragraphs, up to 1,500 characters.
 */
function addressedThenSpokenOf(ctx: RuleContext, all: readonly PersonMention[], i: number): boolean {
  const text = ctx.text;
  const m = all[i];
  if (!THANKS_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || !VOCATIVE_END.test(text.slice(m.end, m.end + 3))) return false;
  const end = Math.min(text.length, m.end + ADDRESS_REACH);
  if (!SPOKEN_TO.test(text.slice(m.end, Math.min(end, ctx.sentenceAt(m.start).end + 200)))) return false;
  for (let k = i + 1; k < all.length && all[k].start < end; k++) {
    const o = all[k];
    if (o.entity !== m.entity || o.inQuote) continue;
    // The same child named again, not spoken to: after a word, not opening a vocative.
    if (!VOCATIVE_END.test(text.slice(o.end, o.end + 3)) && /\p{L}[ \t]+$/u.test(text.slice(Math.max(0, o.start - 20), o.start))) return true;
  }
  return false;
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

// A label's colon, not one inside a time or a ratio ("school transport for May (8:45)"), nor one that opens a
// quotation ("GA read out what Max had written: "I want…""): words before a quotation are a sentence, not a heading.
const LABEL_COLON = /:(?!\d)(?!\s*["“‘])/;
const labelColon = (line: string) => line.search(LABEL_COLON);

/**
 * The nearest heading above the mention, inside its paragraph or on the line just before it, names
 * the subject: a label opening a line ("Jack's education:", "Thornhill High (Maryam):") or a short
 * line without a full stop ("3. Tobenna's needs"). Labels of sibling sub-sections ("3.1 Health:")
 * are passed over. Looks back at most six lines and 1,000 characters.
 */
function headingNamesSubject(ctx: RuleContext, offset: number, sentenceStart: number, paraStart: number, hasSubject: (a: number, b: number) => boolean): boolean {
  const text = ctx.text;
  let lineStart = sentenceStart;
  const stop = Math.max(0, offset - SCAN_BACK);
  while (lineStart > stop && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  const colon = labelColon(text.slice(lineStart, Math.min(offset, lineStart + HEADING_MAX)));
  // A heading about the subject's family or friends ("Max's family") may well go on about one of them.
  if (colon >= 0 && hasSubject(lineStart, lineStart + colon)) return !OTHERS_TOPIC.test(text.slice(lineStart, lineStart + colon));
  let end = lineStart - 1;
  let leftParagraph = false;
  for (let n = 0; n < LINES_BACK && end > stop; n++) {
    let start = end;
    while (start > stop && text.charCodeAt(start - 1) !== 10) start--;
    const line = text.slice(start, end).trim();
    if (line) {
      const labelled = labelColon(line);
      const heading = line.length <= HEADING_MAX && !/[.!?]["'”’]?$/.test(line);
      if (heading) return hasSubject(start, end) && !OTHERS_TOPIC.test(line) && !TABLE_ROW.test(line);
      if (labelled >= 0 && labelled < HEADING_MAX && hasSubject(start, start + labelled)) return !OTHERS_TOPIC.test(line.slice(0, labelled));
      // Past the paragraph's start only the line just before it can be its heading.
      if (leftParagraph) return false;
    }
    if (start <= paraStart) leftParagraph = true;
    end = start - 1;
  }
  return false;
}
