// Pasted names betrayed by age: another child's name in a sentence whose content (a cot, nursery,
// Year 5, "is ten") cannot fit that child's known age but fits the subject's. Invented example, in
// 18-month-old Max's record where his sister Freya is 11: "Freya is now crawling everywhere."
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";
import { firstAtOrAfter, type Span } from "../../text/span";
import { ageAfter, ageAt, apart, birthBefore, birthFrom, schoolYears, settingBirth, stageOf, Timeline, type AgeRange, type Birth } from "./ages";
import { coordinated, opensSentence, ownStretchEnd, reportedSubject } from "./clauses";

const CONTENT_LIMIT = 200;
const KEEP = 8;
// A stage read for a sentence must miss the named child by more than this many years, and fit the subject within it.
const SLACK = 1;
// A decimal year below this is no real date: the timeline found none (see Timeline.yearAt).
const MIN_DATED = 1900;

const PRONOUN_OPENING = { f: /^\s*(?:She|Her)\b/, m: /^\s*(?:He|His)\b/ } as const;

/** The next one or two sentences when they open with the named child's pronoun and name no one else ("He is in Year 8…"). */
function carriedOn(ctx: RuleContext, from: number, gender: PersonMention["gender"], next: PersonMention | undefined): string {
  if (gender !== "f" && gender !== "m") return "";
  const para = ctx.paragraphAt(from);
  let out = "";
  let at = from;
  for (let n = 0; n < 2; n++) {
    const s = ctx.sentenceAt(ctx.text.slice(at, at + 3).search(/\S/) + at);
    if (s.start < at || s.end > para.end || s.end === s.start) break;
    const body = ctx.text.slice(s.start, Math.min(s.end, s.start + CONTENT_LIMIT));
    if (!PRONOUN_OPENING[gender].test(body) || (next && next.start < s.end && next.start >= s.start)) break;
    out += " " + body;
    at = s.end;
  }
  return out;
}

export function findAgeStagePastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  const timeline = new Timeline(text);
  // Every age statement, by the mention it follows (one bounded read per mention). A few per person
  // are enough: a long record repeating "Tyler (7)" says nothing new after the first.
  const byEntity = new Map<string, Array<{ at: number; birth: Birth }>>();
  // The setting or school a child is in ("goes to the preschool", "attends college") gives a wide range: read only for a
  // child the record gives no age, so it never widens (and so weakens) an age stated outright.
  const bySetting = new Map<string, Array<{ at: number; birth: Birth }>>();
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.role === "adult" || m.inQuote) continue;
    const list = byEntity.get(m.entity) ?? [];
    if (list.length >= KEEP) continue;
    const birth = birthFrom(text, m.end, timeline) ?? birthBefore(text, m.start, timeline);
    if (!birth) {
      const setting = settingBirth(text, m.start, m.end, timeline);
      const settings = bySetting.get(m.entity) ?? [];
      if (setting && settings.length < KEEP) bySetting.set(m.entity, [...settings, { at: i, birth: setting }]);
      continue;
    }
    list.push({ at: i, birth });
    byEntity.set(m.entity, list);
  }
  for (const [entity, list] of bySetting) if (!byEntity.has(entity)) byEntity.set(entity, list);
  const subjectBirths = (byEntity.get("#subject") ?? []).map((b) => b.birth);
  if (!subjectBirths.length) return [];
  const out: PersonMention[] = [];
  // "Information request – Harrison Sandford, DOB 27/08/2022" where the subject was born on 27/08/2022 and the
  // record elsewhere makes Harrison 8: the subject's own date of birth on another child's name is the paste,
  // not that child's age. (Twins share a date of birth: their other ages agree with it.)
  for (const [entity, list] of byEntity) {
    if (entity === "#subject") continue;
    const pasted = list.filter((e) => sameDay(e.birth, subjectBirths) && list.some((o) => o !== e && !sameDay(o.birth, subjectBirths) && birthsApart(o.birth, e.birth)));
    if (!pasted.length) continue;
    for (const e of pasted) if (all[e.at].role === "child" && !all[e.at].inQuote) out.push(all[e.at]);
    byEntity.set(entity, list.filter((e) => !pasted.includes(e)));
  }
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.role !== "child" || m.inQuote) continue;
    const estimates = (byEntity.get(m.entity) ?? []).filter((b) => b.at !== i).map((b) => b.birth);
    // A date of birth is exact: it outweighs a year group or age read elsewhere, each a year or two wide.
    const exact = estimates.filter((b) => b.from === b.to);
    const known = exact.length ? exact : estimates;
    if (!known.length) continue;
    const sentence = ctx.sentenceAt(m.start);
    const next = all[i + 1];
    // When the sentence's event happened: a date it gives ("at the 8-week check on 3 February 2026") dates it.
    const year = timeline.sentenceYear(m.start, sentence.start, sentence.end);
    const fitsOnlySubject = (stage: AgeRange) => {
      const slack = stage.slack ?? SLACK;
      if (known.every((b) => apart(ageAt(b, year), stage, slack)) && subjectBirths.some((b) => !apart(ageAt(b, year), stage, stage.fitSlack ?? slack))) return true;
      // A date of birth, or a Year group the record gives elsewhere, fixes the school year exactly, and an age allows
      // two, where an age range needs a year's give either way: a Year group two or more from every school year the
      // named child can be in, within one of one the subject can be in. (A date of birth only with the sentence dated:
      // with no date in the record, ages are compared "now", not with a calendar date. Ages and Year groups read in an
      // undated record are all read "now", so they compare.)
      const n = stage.year;
      const off = (b: Birth) => {
        if (b.cohort === undefined && b.from === b.to && year < MIN_DATED) return undefined;
        const y = schoolYears(b, year);
        return n! < y.lo ? y.lo - n! : n! > y.hi ? n! - y.hi : 0;
      };
      if (n === undefined || !known.every((b) => (off(b) ?? 0) >= 2)) return false;
      return subjectBirths.some((b) => {
        const d = off(b);
        return d !== undefined ? d <= 1 : !apart(ageAt(b, year), stage, stage.fitSlack ?? slack);
      });
    };
    // Anywhere in the sentence, an age the name owns ("Chase's Year 3 teacher", "Alfie's thirteenth birthday",
    // "Harrison's 2-year check", "sessions for Freya in Year 5") is said of that child, whoever else the sentence names.
    // (Whether the sentence names the subject is read only when asked, within reach of the name.)
    const subjectNear = () => namesSubject(all, -1, Math.min(sentence.end, m.end + CONTENT_LIMIT), Math.max(sentence.start, m.start - CONTENT_LIMIT));
    const owned = ownedStage(text, m, next, sentence, subjectNear);
    if (owned) {
      if (fitsOnlySubject(owned)) out.push(m);
      continue;
    }
    // The name opens its sentence, or the clause a reporter introduces ("The nursery reports that Ama…").
    // So, too, a clause of its own after a semicolon ("Ama and Kofi not in school; Freya off roll in Year 8"), read to its own end.
    const reported = reportedSubject(text, sentence.start, m.start, true);
    const afterSemicolon = /;[ \t]*$/.test(text.slice(Math.max(sentence.start, m.start - 4), m.start));
    if (!reported && !afterSemicolon && !opensSentence(text, sentence.start, m.start)) continue;
    if (coordinated(text, m, next)) continue;
    const end = ownStretchEnd(sentence, m, next, CONTENT_LIMIT);
    let content = text.slice(m.end, end).replace(/^['’]s\b/, "");
    if (afterSemicolon && content.includes(";")) content = content.slice(0, content.indexOf(";"));
    // The sentence is about the named child and the subject ("Freya goes to the nursery to collect
    // Max"), or the child is caring for someone younger ("Freya helps Mum with the nappies", "pushed the
    // pushchair"): the age-bound words are about the other person.
    // So, too, when the child reports ("Chi says he visits and buys nappies"): the words are about whom they speak of.
    if (namesSubject(all, i, Math.min(sentence.end, m.end + CONTENT_LIMIT)) || CARING.test(content) || REPORTS.test(content)) continue;
    // A reporter that is a setting for children of one age ("The nursery reports that…") places the child there.
    // (Not when the sentence gives the child's own age, or has them fetching someone: "…that Ama (8) is late at pick-up".)
    const source = reported && !FETCHING.test(content) ? REPORTING_SETTING.exec(text.slice(sentence.start, m.start)) : null;
    const stage = statedAge(content) ?? (source ? stageOf(source[1]) : undefined) ?? stageOf(content) ?? yearPastAdults(text, all, i, sentence.end) ?? stageOf(carriedOn(ctx, sentence.end, m.gender, next));
    if (stage && fitsOnlySubject(stage)) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

// An age in whole years stated beside the name ("Sienna, at 14, needs…", "Kai is 9") is a year of life, [n, n + 1), as
// exact as the ages the record states elsewhere: it misses a child whose known age does not reach into that year
// (a week's give either way), not a year group's whole year of slack; it fits the subject within half a year.
const STATED_AGE_SLACK = -1 / 52;
const STATED_AGE_FIT = 0.5;

/** The age stated straight after the name, if any; a bare number of years is read as that year of life. */
function statedAge(content: string): AgeRange | undefined {
  const age = ageAfter(content);
  return age && age.lo === age.hi && age.slack === undefined ? { lo: age.lo, hi: age.lo + 1, slack: STATED_AGE_SLACK, fitSlack: STATED_AGE_FIT } : age;
}

const sameDay = (b: Birth, subject: Birth[]) => b.from === b.to && subject.some((s) => s.from === s.to && Math.abs(s.from - b.from) < 1 / 365);
const birthsApart = (a: Birth, b: Birth) => a.to + SLACK < b.from || b.to + SLACK < a.from;

const YEAR_GROUP = /\b(?:Year|Yr)\s+(\d{1,2})\b/;

/**
 * A school year further on in the name's sentence, past adults named after it ("Esme stayed in at playtime with
 * Mrs Saddiq in the Year 3 classroom"): an adult has no year group, so it is the child's. Not past anyone else.
 */
function yearPastAdults(text: string, all: readonly PersonMention[], i: number, sentenceEnd: number): AgeRange | undefined {
  let j = i + 1;
  while (j < all.length && all[j].start < sentenceEnd && all[j].role === "adult") j++;
  if (j === i + 1) return undefined;
  const end = Math.min(sentenceEnd, j < all.length ? all[j].start : sentenceEnd, all[i].end + CONTENT_LIMIT);
  const y = YEAR_GROUP.exec(text.slice(all[i + 1].end, end));
  return y ? stageOf(y[0]) : undefined;
}

// An age the name owns, inside its clause and within a short reach: a school year ("Chase's Year 3 teacher", "check
// Chase's height and weight in Year 3"), a birthday by its number ("Alfie's thirteenth birthday"), a scheduled
// health review ("Harrison's 2-year check"); or a year group straight after the name ("ELSA sessions for Freya in
// Year 5"), when the sentence does not name the subject too ("Jayden met Freya in Year 3" is as much his year).
const OWNED_YEAR = /^['’]s?\s[^,;:.!?()]{0,50}?\b(?:Year|Yr)\s+\d{1,2}\b/;
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth"];
const OWNED_BIRTHDAY = new RegExp(`^['’]s\\s+(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINALS.join("|")}))\\s+birthday\\b`, "i");
const OWNED_REVIEW = /^['’]s\s+\S+[- ](?:week|month|year)\S*\s+(?:(?:health|development(?:al)?|HV)\s+)?(?:review|check)\b/i;
const IN_YEAR_AFTER = /^\s+in\s+(?:Year|Yr)\s+\d{1,2}\b/;

function ownedStage(text: string, m: PersonMention, next: PersonMention | undefined, sentence: Span, subjectInSentence: () => boolean): AgeRange | undefined {
  const end = ownStretchEnd(sentence, m, next, 70);
  const after = text.slice(m.end, end);
  if (!m.possessive) return IN_YEAR_AFTER.test(after) && !subjectInSentence() ? stageOf(after) : undefined;
  const birthday = OWNED_BIRTHDAY.exec(after);
  if (birthday) {
    // The birthday may be just past or still to come in the year written: the age is n, or a year less.
    const n = birthday[1] ? +birthday[1] : ORDINALS.indexOf(birthday[2].toLowerCase()) + 1;
    return { lo: n - 1, hi: n };
  }
  const review = OWNED_REVIEW.exec(after);
  if (review) return stageOf(review[0]);
  const y = OWNED_YEAR.exec(after);
  return y ? stageOf(y[0].slice(y[0].search(/\b(?:Year|Yr)\b/))) : undefined;
}

// The setting that reports, opening the sentence: "The nursery reports that", "Her primary school said that".
const REPORTING_SETTING = /^[\s\d.()•*–-]*(?:(?:the|her|his|their)\s+)?((?:[\p{L}'’]+\s+){0,2}?(?:nursery|pre-?school|playgroup|creche|crèche|childminder|primary school|infant school|junior school|secondary school|high school|sixth form|college))\s+(?:has\s+|have\s+)?\p{L}+\s+that\s+$/iu;

const REPORTS = /^\s*(?:(?:also|then|now|still)\s+)?(?:says|said|told|tells|reports|reported|explains|explained|thinks|thought|feels|felt|ask(?:ed|s)(?!\s+(?:to|for)\b)|wrote|writes|described|describes|claims|claimed)\b/i;
const FETCHING = /\b(?:pick[- ]?(?:up|s up|ed up|ing up)|drop[- ]?(?:off|s off|ped off)|collect(?:s|ed|ing)?|bring(?:s|ing)?|brought|fetch(?:es|ed|ing)?)\b/i;

/** A mention of the subject after mention i (or, with i < 0, from offset `from`), before `to`. */
function namesSubject(all: readonly PersonMention[], i: number, to: number, from = -1): boolean {
  for (let k = i < 0 ? firstAtOrAfter(all, from) : i + 1; k < all.length && all[k].start < to; k++) if (all[k].role === "subject") return true;
  return false;
}

// A child doing something for someone younger: the verb straight after the name, past an adverb or auxiliary.
// ("walks Max to school", not "is walking well": the child's own milestone.)
const CARING =
  /^\s*(?:(?:always|often|usually|sometimes|also|now|still|will|would|can|has|had|is|was|likes to|loves to|tries to)\s+)*(?:help(?:s|ed|ing)?|look(?:s|ed|ing)? after|babysit(?:s|ting)?|babysat|feed(?:s|ing)?|fed|bath(?:e|es|ed|ing)?|chang(?:e|es|ed|ing)|read(?:s|ing)? to|take(?:s|n)?|took|taking|collect(?:s|ed|ing)?|walk(?:s|ed|ing)?(?!\s+(?:well|independently|unaided|steadily|alone|now)\b)|push(?:es|ed|ing)?|play(?:s|ed|ing)? with|car(?:es|ed|ing) for|rock(?:s|ed|ing)|sing(?:s|ing)? to|sang to)\b/i;
