import type { RuleContext } from "../../rule";
import type { Span } from "../../text/span";
import type { Gender } from "./name-lexicon";
import type { PastedName, PersonMention } from "./people";
import { WITH_OWN_PARENT } from "./cues";
import { findAgeStagePastes } from "../mix-up/age-stage";
import { findAskedAnsweredPastes } from "../mix-up/asked-answered";
import { findAspectSectionPastes } from "../mix-up/aspect-section";
import { findConditionPastes } from "../mix-up/condition";
import { findAwayYetMetPastes, findRepeatedNamePastes, findSeenAlonePastes, findSelfDescribedPastes, findStaysHomePastes } from "../mix-up/contradiction";
import { findIncidentPastes } from "../mix-up/incident";
import { findInjuryPastes } from "../mix-up/injury";
import { findSubjectCarerPastes } from "../mix-up/household";
import { findHouseholdPastes, findLookedAfterPastes } from "../mix-up/looked-after";
import { findPlanItemPastes } from "../mix-up/plan-item";
import { findSchoolPastes } from "../mix-up/school";
import { findSelfReportPastes } from "../mix-up/self-report";
import { findSexBoundPastes } from "../mix-up/sex-bound";
import { findParagraphPastes, findSectionPastes, findTopicPastes, findVocativePastes } from "../mix-up/topic";
import { answersQuestionTo, opensSentence, PERSON_NOUN, pronounsOf, reflexiveOf, reportedSubject as opensReportedClause, useOf } from "../mix-up/clauses";
// ---------------------------------------------------------------------------------------------
// Pasted names: "Daniel's attendance … her tutor says she…" in Precious's record. Four signs, each
// read from bounded windows around one mention, so the whole pass is linear in the text:
// the pronouns that follow the name fit the subject, not the named child; a name seen once with the
// subject's own parent; an age or stage the named child cannot have (age-stage.ts); a single
// mention inside a section about the subject (topic.ts).

const GENDERED_PRONOUN = /\b(she|her|hers|herself|he|him|his|himself)\b/gi;
const pronounSex = (p: string): Gender => (/^(she|her|hers|herself)$/i.test(p) ? "f" : "m");
const LOOK_AHEAD = 200;
// "Tyler asked whether she could come", "Tyler told Mum that she…", "Tyler told Mum she…": a new
// clause reporting what the named child said or felt; its pronoun can be anyone's.
const REPORTED_BEFORE = /(?:\b(?:that|whether|if)\s+$)|(?:^\s*(?:says|said|thinks|thought|feels|felt|told\s+(?:me|us)|tells\s+(?:me|us))\s+$)|(?:\b(?:said|says|told|tells|asked|asks|wants|wanted|thinks|thought|hopes|hoped|feels|felt|knows|knew|misses|missed|loves|loved|likes|liked)\s+(?:(?:his|her|their|the|a|an)\s+)?\p{L}+\s+$)/iu;
const PARALLEL_THAT = /[^.;]\b(?:and|or|but)\s+that\s+$/i;
const PEER_REASON = /\b(?:peer|class|playground|school or play)\b/i;
const KIN_REASON = /^(?:called|described as)\s/i;
const SUBJECT_OR_REFLEXIVE = /^(?:she|he|herself|himself)$/i;
const TAKES_FROM = /\b(?:borrow|stole|steal|snatch)\w*\s+$/i;
const SUBORDINATE_LEAD = /\b(?:when|whenever|while|whilst|if|as|after|before|because|although|though|once|until|since|as soon as)\s+$/i;
// "Temitope Oyelaran (13) and his baby sister": a child introduced with their own age is being
// introduced, not pasted in the subject's place (and a name's listed gender can be wrong).
const INTRODUCED_WITH_AGE = /^\]?\s*(?:\(\s*(?:aged?\s*)?\d{1,2}\s*(?:yrs?|years?)?\s*[),]|,\s*aged?\s+\d)/i;

// A record kept about the named child reporting on them: "Nell's assessment found that", "Kit's school report says".
const OWN_DOCUMENT_REPORTS =
  /^['’]s\s+(?:[\p{L}-]+\s+)?(?:assessment|report|review|plan|records?|file|notes|referral|chronology|EHCP|PEP|screening|results?)\s+(?:found|finds|says|said|shows|showed|concluded|concludes|states|stated|notes|noted|records|recorded|confirms|confirmed)\s+(?:that\s+)?$/iu;

const NEXT_SENTENCE_LIMIT = 160;
// The writer seeing or speaking to someone, opening the sentence: "I saw", "We visited", "I spoke to" (after a date or time).
const SEEN_BEFORE = /^[\s\d/.:–-]*(?:I|We)\s+(?:saw|visited|met|spoke\s+(?:to|with)|talked\s+(?:to|with)|saw\s+and\s+spoke\s+(?:to|with))\s+$/;
// (Read only when the name stands within this many characters of its sentence's start, so a long sentence costs no more.)
const SEEN_BEFORE_LIMIT = 120;

/**
 * A name opening its paragraph (a chronology row, a short note) in a sentence without pronouns, and the next
 * sentence's first he or she is the subject's, with nobody who could be meant written before it: the row
 * was about the subject. Bounded reads: the name's sentence and 160 characters of the next.
 */
function answeredInNextSentence(ctx: RuleContext, m: PersonMention, sentence: Span, nextMention: PersonMention | undefined, subjectGender: "f" | "m"): boolean {
  const text = ctx.text;
  const para = ctx.paragraphAt(m.start);
  // (The sentence opens its paragraph, or its line under a heading: "Danny's wishes and feelings⏎I saw Kayla…".)
  let k = sentence.start;
  while (k > para.start && (text[k - 1] === " " || text[k - 1] === "\t")) k--;
  const opensLine = k === para.start || text[k - 1] === "\n";
  if ((!opensLine && /\p{L}/u.test(text.slice(para.start, sentence.start))) || sentence.end >= para.end) return false;
  GENDERED_PRONOUN.lastIndex = 0;
  if (GENDERED_PRONOUN.test(text.slice(m.end, sentence.end))) return false;
  const end = Math.min(para.end, sentence.end + NEXT_SENTENCE_LIMIT, nextMention ? nextMention.start : para.end);
  const next = text.slice(sentence.end, end);
  GENDERED_PRONOUN.lastIndex = 0;
  const q = GENDERED_PRONOUN.exec(next);
  if (!q || pronounSex(q[1]) !== subjectGender || ctx.inQuote(sentence.end + q.index, sentence.end + q.index + q[0].length)) return false;
  // Only within the next sentence, and nobody of the pronoun's gender (or of either) written before it.
  const lead = next.slice(0, q.index);
  if (/[.!?]\s/.test(lead.trim()) || PERSON_NOUN[subjectGender].test(lead) || PERSON_NOUN.either.test(lead)) return false;
  return true;
}

// "Asked what he wanted, Dora said": a question with no one named, opening the sentence; and the sentence before it
// tells whom the writer (or a guardian, an officer) visited, saw or spoke to.
const UNNAMED_QUESTION = /^\s*(?:when\s+)?asked\s+(?:what|how|why|where|whether|if|about)\b[^.;:!?"“”\n]{0,80},\s*$/i;
const VISITED_BEFORE = /\b(?:visited|saw|met|spoke\s+(?:to|with)|seen)\s+$/i;
const QUESTION_REACH = 110;
const ANSWERED_AFTER = /^\s+(?:said|says|replied|answered|told)\b/i;

function answersVisitQuestion(ctx: RuleContext, visited: PersonMention, m: PersonMention): boolean {
  const text = ctx.text;
  const sentence = ctx.sentenceAt(m.start);
  // (Read only when the name stands within reach of its sentence's start, so a long sentence costs no more.)
  if (m.start - sentence.start > QUESTION_REACH || !UNNAMED_QUESTION.test(text.slice(sentence.start, m.start)) || !ANSWERED_AFTER.test(text.slice(m.end, m.end + 12))) return false;
  // The visit is told in the sentence just before, in the same paragraph.
  const before = ctx.sentenceAt(visited.start);
  return (
    before.end <= sentence.start &&
    !/\S/.test(text.slice(before.end, sentence.start)) &&
    !text.slice(before.end, sentence.start).includes("\n") &&
    VISITED_BEFORE.test(text.slice(Math.max(before.start, visited.start - 16), visited.start))
  );
}

const SEMICOLON_REACH = 200;
const JOINED_CLAUSE = /,\s+(?:and|but)\s+$/i;
// …and a clause the writer asserts after a verb of seeing or showing: "without seeing that Dora is the child who has lost his room".
const ASSERTED_THAT = /\b(?:see|sees|seeing|seen|saw|show|shows|showing|showed|shown|mean|means|meant|ensure|ensures|ensuring)\s+that\s+$/i;
/** Where the clause holding offset starts: after the last semicolon before it in its sentence (bounded look-back). */
function afterSemicolon(text: string, sentenceStart: number, offset: number): number {
  const from = Math.max(sentenceStart, offset - SEMICOLON_REACH);
  const k = text.slice(from, offset).lastIndexOf(";");
  if (k < 0) return sentenceStart;
  let start = from + k + 1;
  while (start < offset && /\s/.test(text[start])) start++;
  return start;
}

// A reporting verb without "that" straight before the name ("The school said Esme…", "Mr Patel says Jack…", "The carers
// told me that Jack…"): read here only to let a reporter that cannot be the pronoun's referent through (see reporterCannotBe).
const THATLESS_FRAME = /\b(?:says|said|reports|reported|confirms|confirmed|told\s+(?:me|us))\s+(?:that\s+)?$/i;
// Who reports, when no person: a setting or service, the record, or people in the plural.
const NON_PERSON_REPORTER =
  /^[\s\d/.:–-]*(?:(?:the|her|his|their)\s+)?(?:[\p{Lu}][\p{L}'’-]+\s+){0,3}?(?:school|nursery|pre-?school|college|academy|police|hospital|surgery|clinic|CAMHS|council|carers|foster carers|parents|grandparents|teachers|records?|referral|report|the family)\s*$/iu;
const REPORTER_REACH = 80;

/** The words before a reporting verb, from the sentence's start, if short enough to be who reports. */
function reporterLead(text: string, sentenceStart: number, frameStart: number): string | undefined {
  return frameStart >= sentenceStart && frameStart - sentenceStart <= REPORTER_REACH ? text.slice(sentenceStart, frameStart) : undefined;
}

/**
 * Whoever reports, written before the name's reported clause, cannot be what a pronoun of sex `sex` refers to: a setting or
 * service, people in the plural, or only people of the other sex (by title, kin word or name). Anyone of unknown sex
 * (initials, "the teacher", a name the lexicon does not know), anyone of the pronoun's sex, or the subject keeps the
 * pronoun open to the reporter, and the clause's exemption stands.
 */
function reporterCannotBe(ctx: RuleContext, all: readonly PersonMention[], i: number, sentenceStart: number, sex: Gender): boolean {
  const text = ctx.text;
  const m = all[i];
  const head = text.slice(Math.max(sentenceStart, m.start - REPORTER_REACH - 40), m.start);
  const verb = /\b(?:reports?|reported|says|said|confirms?|confirmed|notes?|noted|states?|stated|explains?|explained|tells?|told)\b(?:\s+(?:us|me))?\s+(?:that\s+)?$/i.exec(head);
  if (!verb) return false;
  const lead = reporterLead(text, sentenceStart, m.start - (head.length - verb.index));
  if (lead === undefined) return false;
  let rest = lead;
  let other = false;
  for (let j = i - 1; j >= 0 && all[j].start >= sentenceStart; j--) {
    const o = all[j];
    if (o.role !== "adult" || !o.gender || o.gender === "u" || o.gender === sex) return false;
    other = true;
    rest = rest.slice(0, o.start - sentenceStart) + " ".repeat(o.end - o.start) + rest.slice(o.end - sentenceStart);
  }
  const opposite = sex === "f" ? "m" : "f";
  // The reporter's role set off after their name ("Mr Patel, the class teacher, says") is the same person.
  if (other || PERSON_NOUN[opposite].test(rest)) rest = rest.replace(/,\s*(?:the|a|an|his|her|their)\s+[^,]{1,40},\s*$/i, " ");
  if (PERSON_NOUN[sex === "f" ? "f" : "m"].test(rest) || PERSON_NOUN.either.test(rest)) return false;
  return other || PERSON_NOUN[opposite].test(rest) || NON_PERSON_REPORTER.test(rest);
}

/** Why a name was taken for a paste, and how sure the check is: the rule's message and confidence. */
export type PasteSign = "pronouns" | "parent" | "age" | "school" | "topic" | "letter" | "plan" | "answer" | "in-care" | "condition" | "injury" | "incident" | "household" | "sex" | "self" | "repeat" | "own-words" | "left-home" | "away" | "carer" | "alone" | "answered";
export type ScoredPaste = PastedName & { sign?: PasteSign; confidence?: number };

export function findPastedNames(
  text: string,
  ctx: RuleContext,
  all: PersonMention[],
  subjectGender: Gender | undefined,
  subjectName: string,
): PastedName[] {
  const out: ScoredPaste[] = [];
  if (!subjectGender) return out;
  const given = subjectName.split(" ")[0] ?? subjectName;
  const counts = new Map<string, number>();
  for (const m of all) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const hasSubject = all.some((x) => x.role === "subject");
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    // A name seen once, never introduced, with the subject's own parent ("Lily was excited to see
    // her dad" in River's contact record): most likely pasted from another child's record.
    const uncued = (m.reasons ?? []).every((r) => r === WITH_OWN_PARENT);
    if (m.role !== "adult" && m.role !== "subject" && uncued && !m.inQuote && counts.get(m.entity) === 1 && m.start > 0 && hasSubject) {
      const sentence = ctx.sentenceAt(m.start);
      const rest = text.slice(m.end, Math.min(sentence.end, m.end + LOOK_AHEAD));
      const parent = /^[^.;]{0,60}?\b(his|her|their)\s+(?:dad|mum|father|mother|parents)\b/i.exec(rest);
      if (opensSentence(text, sentence.start, m.start) && parent) {
        const pronounAt = m.end + parent.index + parent[0].indexOf(parent[1], parent[0].length - parent[1].length - 30);
        const pGender = parent[1].toLowerCase() === "his" ? "m" : parent[1].toLowerCase() === "her" ? "f" : "u";
        const pronouns = pGender !== subjectGender ? [{ start: pronounAt, end: pronounAt + parent[1].length }] : [];
        out.push({ start: m.start, end: m.end, entity: m.entity, possessive: m.possessive, suggestion: given, pronouns, sign: "parent", confidence: 0.6 });
        continue;
      }
    }
    // "When we asked Jade what would have helped, Tyrese said…": the one a question is put to is the one who answers
    // it, so another child answering a question put to the subject by name was put in the subject's place.
    const prev = all[i - 1];
    // So, too, an unnamed question opening the sentence after one telling whom the writer visited: "The guardian visited
    // Max on 2 May. Asked what he wanted, Dora said…": the one visited is the one asked.
    if (
      m.role === "child" &&
      !m.inQuote &&
      !m.possessive &&
      prev?.role === "subject" &&
      !prev.inQuote &&
      (answersQuestionTo(text, prev, m, ctx.sentenceAt(m.start).start) || answersVisitQuestion(ctx, prev, m))
    ) {
      out.push({ start: m.start, end: m.end, entity: m.entity, possessive: m.possessive, suggestion: given, pronouns: [], sign: "answer", confidence: 0.55 });
      continue;
    }
    if (subjectGender !== "f" && subjectGender !== "m") continue;
    if (m.role !== "child" || m.inQuote || !m.gender || m.gender === "u" || m.gender === subjectGender) continue;
    const sentence = ctx.sentenceAt(m.start);
    // "…so that Corey could read it and recognise herself": the name's own clause binds a reflexive of the subject's gender.
    const following = all[i + 1];
    const reflexive = m.possessive ? undefined : reflexiveOf(text, m, sentence.start, Math.min(sentence.end, following ? following.start : sentence.end));
    if (reflexive && pronounSex(text.slice(reflexive.start, reflexive.end)) === subjectGender && !ctx.inQuote(reflexive.start, reflexive.end)) {
      out.push({ start: m.start, end: m.end, entity: m.entity, possessive: m.possessive, suggestion: given, pronouns: [], sign: "pronouns", confidence: 0.6 });
      continue;
    }
    // The name must be what the sentence is about: its first words (after a date, label or adverbial),
    // or the subject of a reported clause ("Mr Haworth reports that Marnie has moved up…").
    const frame = opensReportedClause(text, sentence.start, m.start) ? undefined : THATLESS_FRAME.exec(text.slice(Math.max(sentence.start, m.start - 40), m.start));
    const reportedSubject = !frame ? opensReportedClause(text, sentence.start, m.start) : !!reporterLead(text, sentence.start, m.start - frame[0].length);
    // "I saw Kayla at school on 10 November. He said…": the child the writer saw is the one who speaks next.
    if (m.start - sentence.start <= SEEN_BEFORE_LIMIT && SEEN_BEFORE.test(text.slice(sentence.start, m.start)) && !(i > 0 && all[i - 1].start >= sentence.start)) {
      const after = all[i + 1];
      if (!(m.reasons ?? []).some((r) => PEER_REASON.test(r)) && (!after || after.start >= sentence.end) && answeredInNextSentence(ctx, m, sentence, after, subjectGender)) {
        out.push({ start: m.start, end: m.end, entity: m.entity, possessive: m.possessive, suggestion: given, pronouns: [], sign: "pronouns", confidence: 0.5 });
      }
      continue;
    }
    // A semicolon opens a clause that stands as a sentence: "Robin has lived with his grandmother; Willow's attachment…".
    // So does a main clause joined by a comma and "and"/"but": "You can ask the team to see your file, and Hazel can ask…".
    const lead = text.slice(Math.max(sentence.start, m.start - 24), m.start);
    const clauseFrom = JOINED_CLAUSE.test(lead) || ASSERTED_THAT.test(lead) ? m.start : afterSemicolon(text, sentence.start, m.start);
    if (!reportedSubject && (!opensSentence(text, clauseFrom, m.start) || (i > 0 && all[i - 1].start >= clauseFrom))) continue;
    if (INTRODUCED_WITH_AGE.test(text.slice(m.end, m.end + 24))) continue;
    const nextMention = all[i + 1];
    const limit = Math.min(sentence.end, nextMention && nextMention.start < sentence.end ? nextMention.start : sentence.end, m.end + 90);
    const between = text.slice(m.end, limit);
    // For a classmate or playmate only a subject pronoun or a reflexive of the name's own clause
    // speaks for the name: "Freya sits in his group" is about someone else's group, not Freya's.
    // (A brother or sister who is also a schoolmate is family first: their possessives still count.)
    const peer = (m.reasons ?? []).some((r) => PEER_REASON.test(r)) && !(m.reasons ?? []).some((r) => KIN_REASON.test(r));
    GENDERED_PRONOUN.lastIndex = 0;
    let p: RegExpExecArray | null = null;
    let actsOnSomeone = false;
    for (let q = GENDERED_PRONOUN.exec(between); q; q = GENDERED_PRONOUN.exec(between)) {
      // "Freya borrowed his bike", "Lily stole his trainers": what a verb of taking from someone moves is not the
      // taker's own, so the possessive is someone else's and the sentence is about them both (F18, any child).
      if (TAKES_FROM.test(between.slice(0, q.index)) && /^(?:his|her)$/i.test(q[1])) {
        actsOnSomeone = true;
        break;
      }
      // "Kacey winds him", "Tayla likes to feed him": an object pronoun in the name's clause is someone
      // the named child acts on (it cannot be the child itself), so the sentence is about them both.
      // (Not one after a preposition inside the named child's own noun phrase, of the child's gender and so not the subject:
      // "Willow's attachment to her is secure" names a third person, not one the child acts on.)
      if (useOf(text, q[1], m.end + q.index + q[0].length) === "object") {
        if (m.possessive && pronounSex(q[1]) !== subjectGender && /^['’]s\s+[\p{L}-]+\s+(?:to|with|for|from|towards|of)\s+$/iu.test(between.slice(0, q.index))) continue;
        actsOnSomeone = true;
        break;
      }
      if (!peer || SUBJECT_OR_REFLEXIVE.test(q[1])) {
        p = q;
        break;
      }
    }
    if (actsOnSomeone) continue;
    if (!p) {
      // "20/10 – Mariam absent for three days. Mum said he had a stomach ache.": nobody else in the row for the he.
      if (!peer && (!nextMention || nextMention.start >= sentence.end) && answeredInNextSentence(ctx, m, sentence, nextMention, subjectGender)) {
        out.push({ start: m.start, end: m.end, entity: m.entity, possessive: m.possessive, suggestion: given, pronouns: [], sign: "pronouns", confidence: 0.5 });
      }
      continue;
    }
    const before = between.slice(0, p.index);
    // "When Rosa cried, he covered his ears": the name is inside a clause placed before the main one,
    // whose pronoun is the main clause's own subject, not the name's.
    if (SUBORDINATE_LEAD.test(text.slice(sentence.start, m.start)) && /[,;:–—]/.test(before)) continue;
    if (/^\s*(?:is|was|['’]s)\s+$/i.test(before)) continue; // "Hope is his half-sister"
    // A clause reporting what the named child said has a pronoun that can be anyone's, but a second
    // reported clause joined to the one the name opens ("reports that Marnie … and that he…") goes on about the same child.
    // (Inside the name's own reported clause only that parallel clause counts: in "reports that Marnie told him…" "him" can be the reporter.)
    // (Not when what reports is the named child's own assessment or record: "Nell's assessment found that he…" is about Nell.)
    // (Not when who reports cannot be the pronoun's referent — a school, the police, carers, a woman for "his", a man for
    // "she" — and the pronoun is not itself inside a clause the named child reports: "The school said Esme has been in
    // fights and he was excluded" in Max's record.)
    const reporterOut = () => !REPORTED_BEFORE.test(before) && reporterCannotBe(ctx, all, i, sentence.start, pronounSex(p![1]));
    if (reportedSubject ? !PARALLEL_THAT.test(before) && !reporterOut() : REPORTED_BEFORE.test(before) && !(m.possessive && OWN_DOCUMENT_REPORTS.test(before))) continue;
    if (ctx.inQuote(m.end + p.index, m.end + p.index + p[0].length)) continue;
    if (pronounSex(p[0]) !== subjectGender) continue;
    // A gendered person noun before the pronoun could be its referent ("his mother said she…").
    if (/\b(mother|mum|father|dad|sister|brother|aunt|uncle|nan|grandmother|grandfather|teacher|carer|worker|woman|man|girl|boy|nurse|tutor)\b/i.test(before.replace(/\b(her|his)\s+\w+/gi, ""))) continue;
    out.push({ start: m.start, end: m.end, entity: m.entity, possessive: m.possessive, suggestion: given, pronouns: [], sign: "pronouns", confidence: 0.6 });
  }
  const seen = new Set(out.map((p) => p.start));
  const add = (m: PersonMention, sign: PasteSign, confidence: number) => {
    if (seen.has(m.start)) return;
    seen.add(m.start);
    const pronouns: Span[] = m.gender && m.gender !== "u" && m.gender !== subjectGender ? pronounsOf(ctx, m, all, m.gender) : [];
    out.push({ start: m.start, end: m.end, entity: m.entity, possessive: m.possessive, suggestion: given, pronouns, sign, confidence });
  };
  for (const m of findAgeStagePastes(ctx, all)) add(m, "age", 0.6);
  for (const m of findSchoolPastes(ctx, all)) add(m, "school", 0.55);
  for (const m of findLookedAfterPastes(ctx, all)) add(m, "in-care", 0.55);
  for (const m of findHouseholdPastes(ctx, all)) add(m, "household", 0.5);
  for (const m of findSubjectCarerPastes(ctx, all, subjectGender === "f" || subjectGender === "m" ? subjectGender : "u")) add(m, "carer", 0.5);
  for (const m of findSexBoundPastes(ctx, all, subjectGender === "f" || subjectGender === "m" ? subjectGender : "u")) add(m, "sex", 0.5);
  for (const m of findConditionPastes(ctx, all)) add(m, "condition", 0.5);
  for (const m of findInjuryPastes(ctx, all)) add(m, "injury", 0.5);
  for (const m of findIncidentPastes(ctx, all)) add(m, "incident", 0.45);
  for (const m of findSelfReportPastes(ctx, all)) add(m, "self", 0.5);
  for (const m of findRepeatedNamePastes(ctx, all)) add(m, "repeat", 0.5);
  for (const m of findSelfDescribedPastes(ctx, all, subjectGender === "f" || subjectGender === "m" ? subjectGender : "u")) add(m, "own-words", 0.55);
  for (const m of findStaysHomePastes(ctx, all)) add(m, "left-home", 0.5);
  for (const m of findAwayYetMetPastes(ctx, all)) add(m, "away", 0.5);
  for (const m of findSeenAlonePastes(ctx, all)) add(m, "alone", 0.5);
  for (const m of findAskedAnsweredPastes(ctx, all, subjectGender === "f" || subjectGender === "m" ? subjectGender : "u")) add(m, "answered", 0.5);
  for (const m of findVocativePastes(ctx, all)) add(m, "letter", 0.6);
  for (const { mention, weak } of findPlanItemPastes(ctx, all)) add(mention, "plan", weak ? 0.4 : 0.5);
  for (const m of findTopicPastes(ctx, all)) add(m, "topic", 0.45);
  for (const m of findAspectSectionPastes(ctx, all)) add(m, "topic", 0.45);
  for (const m of findSectionPastes(ctx, all)) add(m, "topic", 0.35);
  for (const m of findParagraphPastes(ctx, all, subjectGender === "f" || subjectGender === "m" ? subjectGender : "u")) add(m, "topic", 0.35);
  return out.sort((a, b) => a.start - b.start);
}
