import type { RuleContext } from "../rule";
import type { Span } from "../text/span";
import { firstAtOrAfter, overlaps } from "../text/span";
import { isLetterOrDigitCode } from "../text/chars";
import { PLACE_SUFFIXES } from "./name-lexicon";
import { bareWord, CLUB_HEADS, type Phrase } from "./phrases";
import type { ChildDetail, PersonMention } from "./people";
import type { ReviewSpan } from "../types";
import { SUBJECTS_KIN } from "./cues";
import { DATE_SOURCE, MONTH_SOURCE, parseDate, yearsBetween, type SimpleDate } from "../text/dates";
import { lineEnd, lineStart } from "../text/lines";
import { labelMentions } from "./labels";
import { livesAtPastAside } from "./lives-at-past-aside";

// A chronology row or sentence recording a birth: "02/11/2018 | Sister Ishrat born." (FORMAT.md ruling 1).
const MONTH_YEAR_SOURCE = `${MONTH_SOURCE}\\s+\\d{4}`;
const BIRTH_ROW = new RegExp(
  `(?:^|\\n)[ \\t]*(${DATE_SOURCE}|${MONTH_YEAR_SOURCE})[ \\t]*(?:[|\\t:–—-][ \\t|\\t–-]*)+([^\\n]{0,80}?)\\b(?:born\\b|birth\\s+of\\b[^\\n]{0,40})`,
  "gi",
);
// An expected baby's due date (ruling 2): "the baby is due on 9 February 2026", "Baby due 18 January 2026", "EDD 3/3/26".
const DUE_DATE = new RegExp(`\\b(?:baby\\s+(?:is\\s+)?due|(?:is|was)\\s+due|due\\s+date(?:\\s+is)?|EDD)\\s*(?:on\\s+|:\\s*|of\\s+|in\\s+)?(${DATE_SOURCE})`, "gi");
// A due date said another way, in a sentence about a pregnancy or a baby: "pregnant again – due 28/04/2027",
// "the baby would be due around June 2027", "expecting another baby, due 17 February 2027", "due on 14 April".
const DAY_MONTH_SOURCE = `\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_SOURCE}\\b`;
const LOOSE_DUE_DATE = new RegExp(`\\bdue\\s+(?:(?:on|around|about|in|for|by)\\s+)?(${DATE_SOURCE}|${MONTH_YEAR_SOURCE}|${DAY_MONTH_SOURCE})`, "gi");
// …or an expected child named by kinship: "There may be a new half-sibling, due in February 2027".
const PREGNANCY_WORDS = /\b(?:pregnan\w*|expecting|baby|unborn|EDD|midwife|new\s+(?:(?:half|step)[- ]?)?(?:sibling|brother|sister))\b/i;
// A sentence recording a birth that is not the subject's: "On 30 May 2024 her sister gave birth to a boy".
const GAVE_BIRTH = /\bgave\s+birth\b/gi;
const FULL_DATE = new RegExp(DATE_SOURCE, "gi");
// An identifier said to be a person's own: "'s home address, …", "his case number is …" (read between the name and it).
const OWN_IDENTIFIER = /^(?:['’]s?|[^]{0,60}\b(?:his|her|their))\s+(?:[a-z]+\s+){0,2}(?:address|postcode|reference|case\s+number|court\s+number)\b[^]{0,20}$/i;
// An identifier straight after a name, past brackets (an age) and a label: "Hamza Qureshi (15) 7730139", "Corin (Ref: 123)".
const RIGHT_AFTER_NAME = /^(?:['’]s?)?\]?\s*(?:\([^()\n]{0,24}\)\s*)*[,–—-]?\s*\(?\s*(?:(?:case|court|ref(?:erence)?|LA|file)\s*(?:no\.?|number|ref\.?)?\s*:?\s*)?$/i;
// A kin word after a possessive subject mention ("Leo's brother", "Leo's younger half-sister").
const KIN_AFTER_POSSESSIVE = /^\]?['’]s\]?\s+(?:[a-z-]+\s+)?(?:(?:half|step)-?)?(?:brother|sister|sibling|twin|cousin|friend|niece|nephew)s?\b/i;
// Nothing but a bullet, a number or a little word before a place at the start of a sentence ("At", "The", "1.").
const SENTENCE_OPENER = /^[\s\d.)•*–-]*(?:(?:at|the|and|but|so|also|today|yesterday)\s+)?$/i;
// A reference number in brackets after a name: letters and at least five digits ("(CQ-2418830)", "(Ref: AB/123456)").
const BRACKETED_REFERENCE = /^\s*\(\s*(?:(?:ref(?:erence)?|case|file|ID|LA)\s*(?:no\.?|number)?\s*:?\s*)?((?=[A-Z0-9/-]*\d{5})[A-Z]{0,4}[-/]?\d[\d/-]{4,14}[A-Z]?)\s*\)/i;
// "her school, Ysgol Glan Afon", "His new school (Brook Primary)": a school in apposition to a pronoun's school.
const PRONOUN_SCHOOL_LEFT = /\b(his|her|their)\s+(?:new\s+|old\s+|current\s+|primary\s+|secondary\s+)?(?:school|nursery|college)\s*[,(–-]?\s*$/i;
// A setting named as where a child learns, even without a school word in its name: "Dávid's tutor at
// The Bridge Centre", "Kian attends Ravensmead", "was excluded from Oakleigh House". The person (or
// pronoun) before the match owns it.
const SETTING_LEFT =
  /(?:['’]s\s+(?:(?:class|form|personal|key|learning|new|old)\s+)?(?:teachers?|tutors?|head\s+of\s+year|SENCO|SENDCo|key\s*worker|mentor|head\s*teacher|teaching\s+assistant|TA|DSL)\s+at|(?:^|[^\p{L}])(?:attends|attended|is\s+attending|has\s+been\s+attending|was\s+attending|goes\s+to|is\s+(?:now\s+|still\s+)?(?:at|in\s+Year\s+\d{1,2}\s+at|a\s+pupil\s+at|on\s+roll\s+at)|was\s+(?:at|a\s+pupil\s+at|on\s+roll\s+at)|started\s+at|starts\s+at|starting\s+at|excluded\s+from|suspended\s+from|moved\s+(?:schools?\s+)?to)|(?<=\bs?he)['’]s\s+(?:now\s+)?at)\s+(?:the\s+)?$/iu;
// A setting named after a verb only schooling takes, whatever its name ("attends Bright Horizons",
// "is in Year 4 at Little Acorns"): the phrase is a school even with no school word in it.
const ATTENDED_SETTING =
  /\b(?:attends|attended|is\s+attending|has\s+been\s+attending|is\s+(?:a\s+pupil|on\s+roll)\s+at|is\s+in\s+(?:Year\s+\d{1,2}|Reception)\s+at|(?:has\s+)?started\s+at|(?:school|nursery|college)\s+\p{Lu}\p{Ll}+\s+attends\s*,)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|&)){0,4})/gu;
// A sentence whose subject is the children before it: "Both at St Brendan's", "All three attend Moor Lane".
const PLURAL_AT_LEFT = /^[\s\d.)•*–-]*(?:both|all(?: two| three| four)?|they)\s+(?:are\s+|were\s+)?(?:now\s+|still\s+)?(?:at|attend|go\s+to)\s+(?:the\s+)?$/i;
// A place someone went to in order to see a child: "I went to Hollins Academy to see Tyler".
const TO_SEE_RIGHT =
  /^\s+(?:to|in\s+order\s+to)\s+(?:see|visit|meet|speak\s+(?:to|with)|talk\s+(?:to|with))\s+(?:(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:brother|sister|sibling|cousin|friend)\s+)?/i;
// A sentence whose subject is a he or she ("He attends Hollins Academy, where…").
const PRONOUN_SUBJECT = /^[\s\d.)•*–-]*(?:(?:now|also|currently|today|since\s+\w+)\s*,?\s+)?(he|she)\b/i;
// The name is the subject of "lives at" before the address: "Oscar lives at", "Oscar's family live at", "Tamsin
// Hale (14), who is in her year and lives at"; not a name listed after another or with a plural verb ("Jaz and
// Tamsin live at", "Kerry, Alfie and baby Noah live at": a household's address).
const LIVES_AT_AFTER_NAME =
  /^(?:['’]s\s+(?:family|parents))?(?:\s*\([^()]{0,20}\))?(?:\s*,?\s+who(?:\s+[^.;,()]{0,40}?\s+and)?)?\s+(?:now\s+|still\s+|also\s+|currently\s+)?(?:lives?|lived|is\s+living|(?:has|have)\s+moved|moved|stays?|is\s+staying)\s+(?:at|to|in)\s+$/i;
// Only an item marker or spaces before the name that heads a paragraph.
const PARAGRAPH_HEAD_LEAD = /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[-•*–])?[ \t]*$/;
// A birth month or day after a name, past an age or an aside: ", who was born in September", " (born 3 May)".
const BORN_MONTH_RIGHT = new RegExp(
  `^\\s*(?:\\(\\s*\\d{1,2}\\s*\\)\\s*)?[,(]?\\s*(?:who\\s+)?(?:was\\s+)?born\\s+(?:in\\s+|on\\s+)?((?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH_SOURCE}(?:\\s+\\d{4})?)(?![\\p{L}\\d])`,
  "iu",
);
// After a child's possessive: their school word, then the school's name in brackets ("'s home school (Cranmore)").
const BRACKETED_SCHOOL_RIGHT = /^\s+(?:[a-z-]+\s+){0,2}(?:school|nursery|college|academy)\s*\(\s*(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|&)){0,4})(?=\s*\))/u;
// A second child's school with its verb left out: "… is at Wexcombe College and Clemmie at " (a name, then "at").
const GAPPED_AT_LEFT = /\b(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:at|in\s+Year\s+\d{1,2}\s+at)\s+[^.;\n]{2,60}?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+at\s+$/u;
// A date in brackets right after a name: "Klaudia Baláž (19/08/2014)".
const DATE_IN_BRACKETS = new RegExp(`^\\s*\\(\\s*(${DATE_SOURCE})\\s*\\)`, "i");
// A letter or number for a child straight before a date of birth: "Child C (DOB 07/08/2016)", "B (born
// 05/06/2014)", "A, born …", "Sibling 2 (born October 2018)".
const LETTER_BEFORE_DOB =
  /(?:\b(?:Child|Baby|Sibling|Young\s+Person|YP)\s+(\p{Lu}|\d{1,2})|(?<![\p{L}\p{N}.'’-])(\p{Lu}))(?![\p{L}\p{N}.'’])[ \t]*(?:[(,:–—-][ \t]*)?(?:aged?[ \t]+\d{1,2}[ \t]*[,;][ \t]*)?(?:(?:DOB|dob|D\.O\.B\.?|d\.o\.b\.?|[Dd]ate\s+of\s+birth|[Bb]orn(?:\s+(?:on|in))?|b\.)[ \t]*:?[ \t]*)?$/u;
const SUBJECT_LABEL = /^(?:(?:Child|Baby|Sibling|Young\s+Person|YP)\s+)?(\p{Lu}|(?<=\s)\d{1,2})$/u;
// Letters that stand for adults in judgments (M the mother, F the father) or are words ("I").
const ADULT_LETTERS = new Set(["M", "F", "I"]);

/**
 * Children known only by a letter are left alone (FORMAT.md ruling 8), but a date of birth given for a
 * letter that is not the subject's, and under 18 years ago, is another child's identifying detail.
 * The subject's letter is their label in the profile ("Child A", "C"), or else the initial of their given names.
 */
function addLetterChildDobs(text: string, ctx: RuleContext, identifiers: RuleContext["identifiers"], details: ChildDetail[], refDate: SimpleDate): void {
  const dobs = identifiers.filter((id) => id.kind === "date of birth" && id.date);
  if (!dobs.length) return;
  const subjectLetters = new Set<string>();
  const label = SUBJECT_LABEL.exec(ctx.profile.subjectName.trim());
  if (label) subjectLetters.add(label[1]);
  else for (const g of ctx.profile.subjectGivenForms) if (g) subjectLetters.add(g[0].toUpperCase());
  for (const id of dobs) {
    if (details.some((d) => d.start < id.end && id.start < d.end)) continue;
    const m = LETTER_BEFORE_DOB.exec(text.slice(Math.max(0, id.start - 45), id.start));
    if (!m) continue;
    const letter = m[1] ?? m[2];
    if (subjectLetters.has(letter) || (!m[1] && ADULT_LETTERS.has(letter))) continue;
    if (yearsBetween(id.date!, refDate) >= 18) continue;
    details.push({ start: id.start, end: id.end, entity: `letter-${letter}`, kind: "date of birth" });
  }
}

// "Kai's school", "Sibling 2's new nursery": a possessive and a school word, before the school's own name.
const OWNS_SCHOOL = "['’]s\\s+(?:(?:new|old|current|primary|secondary)\\s+)?(?:school|nursery|college)";
const APPOSITION = "\\s*[,(–-]\\s*";
const MAY_OWN_SCHOOL = new RegExp(`${OWNS_SCHOOL}\\b`, "i");
// "Child C's school, Brook Primary", "Sibling 2's nursery (Little Acorns)": the school of a child known by a label.
const LABEL_SCHOOL_LEFT = new RegExp(`\\b(?:Child|Sibling|Young\\s+Person|YP)\\s+(\\p{Lu}|\\d{1,2})${OWNS_SCHOOL}${APPOSITION}$`, "u");

function addLabelChildSchools(text: string, ctx: RuleContext, places: Phrase[], details: ChildDetail[], taken: (start: number, end: number) => boolean): void {
  const label = SUBJECT_LABEL.exec(ctx.profile.subjectName.trim());
  for (const p of places) {
    if (!p.place || taken(p.start, p.end)) continue;
    const m = LABEL_SCHOOL_LEFT.exec(text.slice(Math.max(0, p.start - 50), p.start));
    if (m && m[1] !== label?.[1]) details.push({ start: p.start, end: p.end, entity: `letter-${m[1]}`, kind: "school" });
  }
}

// ---------------------------------------------------------------------------------------------
// Identifying details of other children: their date of birth, school, address or reference.

// A child named only by kinship, right before their detail: "her brother was born on 3 June 2017",
// "Child P's older brother had been excluded from …" (an owner known by a letter or a number too),
// "a younger sister, born 12/01/2020", "Mum's other child attends St Clement's Infants". The kin noun
// ends the match; what may stand between it and the detail is matched separately.
const UNNAMED_KIN_CHILD =
  /\b(?:(her|his|their|the|a|an|one|whose|(\p{Lu}\p{Ll}*|\d{1,2})['’]s)\s+)(?:(?:younger|older|elder|eldest|youngest|baby|little|big|new|other|twin|full|maternal|paternal|only|new-born|newborn|infant|half|step|foster|\d{1,2}-year-old)[\s-]+){0,3}(brother|sister|sibling|twin|son|daughter|baby|child|boy|girl|pupil|teenager|(?:1[0-7]|[1-9])-year-old|half-brother|half-sister|half-sibling|stepbrother|stepsister|step-brother|step-sister|step-sibling|stepson|stepdaughter|grandson|granddaughter|nephew|niece)s?\b/giu;
const BIRTH_GAP = /^(?:\s*\(|\s*,)?\s*(?:who\s+)?(?:was\s+|were\s+|is\s+)?(?:born|DOB|D\.O\.B\.?|date\s+of\s+birth|b\.)(?:\s+(?:on|in))?\s*:?\s*$/i;
// (Or a school's sanction, which only a pupil has: "her older brother had been excluded from Harwood Academy".)
const SCHOOL_GAP =
  /^\s*(?:(?:at|from)\s+(?:the\s+)?$|(?:,\s*)?(?:who\s+)?(?:(?:now|also|still)\s+)?(?:attends|attended|goes\s+to|went\s+to|is\s+at|was\s+at|started\s+at|starts\s+at|moved\s+to|(?:is|was)\s+in\s+(?:Year\s+\d{1,2}|Reception|nursery)\s+at|(?:(?:had|has)\s+been\s+|was\s+|is\s+|were\s+)?(?:permanently\s+|temporarily\s+)?(?:excluded|expelled|suspended)\s+from)\s+(?:the\s+)?$)/i;
// Owners whose brothers and sisters are adults: only their sons, daughters and babies are children.
// (A judgment's "M" and "F" are the mother and the father.)
const ADULT_OWNER = /^(?:Mum|Mummy|Mam|Mother|Dad|Daddy|Father|Nan|Nana|Gran|Grandma|Grandad|Granny|Aunt|Auntie|Uncle|Carer|M|F)$/;
const CHILD_OF_OWNER = /^(?:son|daughter|baby|child|stepson|stepdaughter|grandson|granddaughter)$/i;

/**
 * Dates of birth and schools of children the record names only by kinship (FORMAT.md rulings 1 and 8:
 * the child is not tagged, but their date of birth and school identify them). A date must be under 18
 * years ago; nobody may be named between the kin word and the detail.
 */
function addUnnamedKinDetails(
  text: string,
  ctx: RuleContext,
  all: PersonMention[],
  places: Phrase[],
  identifiers: RuleContext["identifiers"],
  details: ChildDetail[],
  refDate: SimpleDate,
  taken: (start: number, end: number) => boolean,
): void {
  const namedBetween = (from: number, to: number) => {
    const i = firstAtOrAfter(all, from);
    return i < all.length && all[i].start < to;
  };
  const kinBefore = (at: number, gap: RegExp): string | undefined => {
    const sentence = ctx.sentenceAt(at);
    const from = Math.max(sentence.start, at - 140);
    const left = text.slice(from, at);
    let last: RegExpExecArray | undefined;
    UNNAMED_KIN_CHILD.lastIndex = 0;
    for (let m = UNNAMED_KIN_CHILD.exec(left); m; m = UNNAMED_KIN_CHILD.exec(left)) last = m;
    if (!last) return undefined;
    const kinEnd = last.index + last[0].length;
    if (!gap.test(left.slice(kinEnd))) return undefined;
    if (namedBetween(from + kinEnd, at)) return undefined;
    // "Lena and her twin were born on …": the date is the subject's own too.
    const kinStart = from + last.index;
    const joined = all[firstAtOrAfter(all, kinStart) - 1];
    if (joined && joined.role === "subject" && joined.start >= sentence.start && /^\s*(?:and|&)\s+$/i.test(text.slice(joined.end, kinStart))) return undefined;
    // "Leo, a 15-year-old boy at …", "Leo is a pupil at …": the subject described, not another child.
    if (
      /^(?:boy|girl|pupil|teenager|child|\d{1,2}-year-old)$/i.test(last[3]) &&
      joined &&
      joined.role === "subject" &&
      /^['’]?s?\s*(?:,|is|was|\()\s*$/i.test(text.slice(joined.end, kinStart))
    )
      return undefined;
    const owner = last[2];
    if (owner && ADULT_OWNER.test(owner) && !CHILD_OF_OWNER.test(last[3])) return undefined;
    return last[3].toLowerCase();
  };
  for (const id of identifiers) {
    if (id.kind !== "date of birth" || !id.date || taken(id.start, id.end)) continue;
    if (yearsBetween(id.date, refDate) >= 18) continue;
    const kin = kinBefore(id.start, BIRTH_GAP);
    if (kin) details.push({ start: id.start, end: id.end, entity: `unnamed-${kin}`, kind: "date of birth" });
  }
  for (const p of places) {
    if (!p.school || taken(p.start, p.end)) continue;
    const kin = kinBefore(p.start, SCHOOL_GAP);
    if (kin) details.push({ start: p.start, end: p.end, entity: `unnamed-${kin}`, kind: "school" });
  }
  // "a 15-year-old from St Bede's": a saint's name straight after a child's word and "from" or "at" is their school.
  const saints: Span[] = [];
  if (/\bSt\.?\s/.test(text)) {
    SAINT_SETTING.lastIndex = 0;
    for (let m = SAINT_SETTING.exec(text); m; m = SAINT_SETTING.exec(text)) saints.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const s of [...attendedSettings(text), ...saints]) {
    if (taken(s.start, s.end)) continue;
    const kin = kinBefore(s.start, SCHOOL_GAP);
    if (kin) details.push({ start: s.start, end: s.end, entity: `unnamed-${kin}`, kind: "school" });
  }
}

const SAINT_SETTING = /\bSt\.?\s+[A-Z][a-z]+['’]s(?![\w'’-])/g;
/** Capitalised phrases after a verb only schooling takes ("attends Bright Horizons"), trimmed of a trailing possessive. */
function attendedSettings(text: string): Span[] {
  const out: Span[] = [];
  ATTENDED_SETTING.lastIndex = 0;
  for (let m = ATTENDED_SETTING.exec(text); m; m = ATTENDED_SETTING.exec(text)) {
    const phrase = m[1].replace(/\s+(?:of|and|&)$/, "").replace(/['’]s$/, "");
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: start + phrase.length });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A child's date of birth that is not the subject's. Once the record gives the subject's own date of
// birth, any other date of birth under 18 years ago is another child's (twins share the subject's), even
// when no name stands near it ("DOB 04/05/2016" in a household line the engine could not tie to a name).
// The owner is the nearest child named before it in its paragraph, or an unnamed child.
function addOtherChildrensBirthDates(
  ctx: RuleContext,
  text: string,
  all: PersonMention[],
  identifiers: RuleContext["identifiers"],
  details: ChildDetail[],
  refDate: SimpleDate,
  ids: Map<string, string>,
  isChild: (m: PersonMention | undefined) => boolean,
  taken: (start: number, end: number) => boolean,
  bornInRow: ReadonlySet<Span>,
): void {
  const dobs = identifiers.filter((id) => id.kind === "date of birth" && id.date);
  if (dobs.length < 2) return;
  const key = (d: SimpleDate) => `${d.year}-${d.month}-${d.day}`;
  const subjectDobs = new Set<string>();
  for (const id of dobs) {
    if (bornInRow.has(id)) {
      subjectDobs.add(key(id.date!));
      continue;
    }
    // The subject named before it on its line, or on the line before ("Name: Nell Ashby⏎DOB: 03/04/2015"),
    // read over a bounded window so one huge line costs no more per date.
    const from = lineStartWithin(text, lineStartWithin(text, id.start, WINDOW) - 1, WINDOW);
    for (let i = firstAtOrAfter(all, id.start) - 1, n = 0; i >= 0 && all[i].start >= from && n < 8; i--, n++)
      if (all[i].role === "subject" && !all[i].possessive) {
        subjectDobs.add(key(id.date!));
        break;
      }
  }
  if (!subjectDobs.size) return;
  for (const id of dobs) {
    if (subjectDobs.has(key(id.date!)) || taken(id.start, id.end)) continue;
    const age = yearsBetween(id.date!, refDate);
    if (age < 0 || age >= 18) continue;
    const para = ctx.paragraphAt(id.start);
    let owner: string | undefined;
    for (let i = firstAtOrAfter(all, id.start) - 1, n = 0; i >= 0 && all[i].start >= para.start && n < 8; i--, n++) {
      if (all[i].role === "subject" || all[i].role === "adult") break;
      if (isChild(all[i])) {
        owner = ids.get(all[i].entity);
        break;
      }
    }
    details.push({ start: id.start, end: id.end, entity: owner ?? "unnamed-child", kind: "date of birth" });
  }
}

const WINDOW = 300;

/** Where the line holding at starts, looking back no further than window characters. */
function lineStartWithin(text: string, at: number, window: number): number {
  const floor = Math.max(0, at - window);
  for (let i = at - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor;
}

/**
 * A club named in full once ("Wexham Juniors Football Club") is the club when named again without its head
 * word ("plays for the Under-12s at Wexham Juniors"): not a school, whatever school word the name holds.
 */
function clubsAreNotSchools(text: string, places: Phrase[]): Phrase[] {
  const clubs = new Set<string>();
  for (const p of places) {
    const parts = p.parts.map(bareWord);
    let n = parts.length;
    while (n > 0 && CLUB_HEADS.has(parts[n - 1])) n--;
    // "Football Club", "Cricket Club": the sport's word goes with the head.
    if (n < parts.length && n > 1 && /^\p{Lu}\p{Ll}+$/u.test(parts[n - 1]) && !PLACE_SUFFIXES.has(parts[n - 1])) n--;
    if (n < parts.length && n > 0) clubs.add(parts.slice(0, n).join(" ").toLowerCase());
  }
  if (!clubs.size) return places;
  return places.map((p) => (p.school && clubs.has(text.slice(p.start, p.end).toLowerCase()) ? { ...p, school: false } : p));
}

/** An address's first line, the part a record names it by again: "14 Foundry Street, Wexham QX2 9JE" → "14 foundry street". */
const addressFirstLine = (address: string): string => address.split(/[,\n]/)[0].trim().replace(/\s+/g, " ").toLowerCase();

/**
 * An address is one child's wherever it is named again, whole or by its first line: "Tyreece, 17, lives at 14 Foundry
 * Street, Wexham QX2 9JE", then "Police have checked 14 Foundry Street" (FORMAT.md: every mention counts).
 * A first line two children's addresses share is left to the rules above.
 */
function addRepeatedAddresses(text: string, identifiers: RuleContext["identifiers"], details: ChildDetail[], taken: (start: number, end: number) => boolean): void {
  const owner = new Map<string, string>();
  for (const d of details) {
    if (d.kind !== "address") continue;
    const line = addressFirstLine(text.slice(d.start, d.end));
    if (/\d/.test(line) && line.includes(" ")) owner.set(line, owner.has(line) && owner.get(line) !== d.entity ? "" : d.entity);
  }
  if (!owner.size) return;
  for (const id of identifiers) {
    if (id.kind !== "address" || taken(id.start, id.end)) continue;
    const who = owner.get(addressFirstLine(text.slice(id.start, id.end)));
    if (who) details.push({ start: id.start, end: id.end, entity: who, kind: "address" });
  }
}

export function findChildDetails(
  text: string,
  ctx: RuleContext,
  all: PersonMention[],
  places: Phrase[],
  ids: Map<string, string>,
  pasted: Set<number>,
  refDate: SimpleDate,
  undecided: Map<string, string> = new Map(),
  shortForms: readonly (Span & { place?: boolean })[] = [],
): { details: ChildDetail[]; toReview: ReviewSpan[] } {
  const details: ChildDetail[] = [];
  places = clubsAreNotSchools(text, places);
  // Children known only by a letter or label own their details too (never reported themselves, ruling 8).
  const labels = labelMentions(text, all, ctx.profile, refDate.year);
  if (labels.length) all = [...all, ...labels].sort((a, b) => a.start - b.start);
  // The owner of a detail may be a person the engine could not place: the detail is then found as for a
  // child and goes to the worker with that person (Report.review) rather than nowhere.
  const ownerIds = undecided.size || labels.length ? new Map(ids) : ids;
  for (const [key, id] of undecided) ownerIds.set(key, REVIEW_PREFIX + id);
  for (const l of labels) if (l.role === "child") ownerIds.set(l.entity, l.entity);
  ids = ownerIds;
  const isUndecided = (m: PersonMention) => m.role === "unknown" && undecided.has(m.entity);
  const isChild = (m: PersonMention | undefined) => !!m && (m.role === "child" || isUndecided(m)) && !pasted.has(m.start);
  const starts = all.map((m) => m.start);
  const mentionBefore = (offset: number, from: number): PersonMention | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // A word placed as nobody ("in Norton", a pet) owns nothing: the person named before it may.
    while (best >= 0 && all[best].role === "unknown" && !isUndecided(all[best]) && all[best].start >= from) best--;
    const m = best >= 0 ? all[best] : undefined;
    return m && m.start >= from ? m : undefined;
  };
  // What a sentence or paragraph says about people, computed once per span (a record with no blank
  // lines is one paragraph, so this must not be recomputed per identifier).
  type Summary = { hasSubject: boolean; firstChild?: PersonMention; onlyChildrenAndAdults: boolean };
  const summaries = new Map<string, Summary>();
  const summarise = (span: Span): Summary => {
    const key = `${span.start}:${span.end}`;
    let sum = summaries.get(key);
    if (sum) return sum;
    sum = { hasSubject: false, onlyChildrenAndAdults: true };
    for (let i = firstAtOrAfter(all, span.start); i < all.length && all[i].start < span.end; i++) {
      const m = all[i];
      if (m.end > span.end) continue;
      if (m.role === "subject") sum.hasSubject = true;
      // A span naming an undecided person beside a child is not settled as either's.
      if (isChild(m)) {
        if (!sum.firstChild) sum.firstChild = m;
        else if (isUndecided(m) !== isUndecided(sum.firstChild)) sum.onlyChildrenAndAdults = false;
      } else if (m.role !== "adult") sum.onlyChildrenAndAdults = false;
    }
    summaries.set(key, sum);
    return sum;
  };
  const owner = (offset: number, span: Span): string | undefined => {
    const before = mentionBefore(offset, span.start);
    if (before) return isChild(before) ? ids.get(before.entity) : undefined;
    const sum = summarise(span);
    return sum.firstChild && sum.onlyChildrenAndAdults && !sum.hasSubject ? ids.get(sum.firstChild.entity) : undefined;
  };
  const identifiers = ctx.identifiers;
  // Dates of birth: belong to the nearest person named before them on the same line or sentence.
  // The subject's own dates of birth in chronology rows, found once here and read again by addOtherChildrensBirthDates.
  const bornInRow = new Set<Span>();
  for (const id of identifiers) {
    if (id.kind !== "date of birth") continue;
    if (subjectBornInRow(text, id, all)) {
      bornInRow.add(id);
      continue;
    }
    const who = labelBornInRow(text, id, ctx.profile.subjectName) ?? owner(id.start, ctx.sentenceAt(id.start));
    if (who) details.push({ start: id.start, end: id.end, entity: who, kind: "date of birth" });
  }
  addLetterChildDobs(text, ctx, identifiers, details, refDate);
  // Offsets already claimed by a detail, marked as details are added (a scan of every detail per
  // question would grow with the square of a long record's length).
  // One byte an offset, made at the first question.
  let claimed: Uint8Array | undefined;
  let marked = 0;
  const taken = (start: number, end: number): boolean => {
    claimed ??= new Uint8Array(text.length + 1);
    for (; marked < details.length; marked++) claimed.fill(1, details[marked].start, details[marked].end);
    for (let i = start; i < end; i++) if (claimed[i] === 1) return true;
    return false;
  };
  const childIdAt = (from: number, to: number): string | undefined => {
    for (let i = firstAtOrAfter(all, from); i < all.length && all[i].start < to; i++) if (isChild(all[i])) return ids.get(all[i].entity);
    return undefined;
  };
  // A birth row names the child born: the date is that child's date of birth.
  BIRTH_ROW.lastIndex = 0;
  for (let m = BIRTH_ROW.exec(text); m; m = BIRTH_ROW.exec(text)) {
    const dateStart = m.index + m[0].indexOf(m[1]);
    const rest = dateStart + m[1].length;
    const who = childIdAt(rest, m.index + m[0].length);
    if (who && !taken(dateStart, rest)) details.push({ start: dateStart, end: rest, entity: who, kind: "date of birth" });
  }
  // A due date identifies the expected child (an unborn child of someone else is another child).
  DUE_DATE.lastIndex = 0;
  const subjectUnborn = /\b(?:unborn|baby)\b/i.test(ctx.profile.subjectName);
  const mayBeDue = /\bdue\b|\bEDD\b/i.test(text);
  for (let m = subjectUnborn || !mayBeDue ? null : DUE_DATE.exec(text); m; m = DUE_DATE.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    // "is due on" is a baby's only in a sentence about a pregnancy or a baby (not "his review is due on").
    if (/^(?:is|was)\s/i.test(m[0]) && !PREGNANCY_WORDS.test(text.slice(ctx.sentenceAt(m.index).start, start))) continue;
    if (!taken(start, start + m[1].length)) details.push({ start, end: start + m[1].length, entity: "unborn", kind: "date of birth" });
  }
  if (!subjectUnborn && mayBeDue) {
    LOOSE_DUE_DATE.lastIndex = 0;
    for (let m = LOOSE_DUE_DATE.exec(text); m; m = LOOSE_DUE_DATE.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      const sentence = ctx.sentenceAt(m.index);
      if (!PREGNANCY_WORDS.test(text.slice(sentence.start, start)) || taken(start, start + m[1].length)) continue;
      details.push({ start, end: start + m[1].length, entity: "unborn", kind: "date of birth" });
    }
  }
  if (/\bgave\s+birth\b/i.test(text)) addBirthSentenceDates(text, ctx, all, details, taken);
  if (MAY_OWN_SCHOOL.test(text)) addLabelChildSchools(text, ctx, places, details, taken);
  addUnnamedKinDetails(text, ctx, all, places, identifiers, details, refDate, taken);
  // Details said straight after another child's name (the regexp's group 1), when they are not read already:
  // "Alfie, who was born in September", "Mia (born 3 May)": a birth month or day with no year is that
  // child's date of birth all the same (FORMAT.md ruling 1); "Tate's home school (Cranmore)": a school
  // named in brackets after the child's school word, even with no school word or saint in its name.
  for (const m of all) {
    if (!isChild(m)) continue;
    const after = m.end + (m.possessive ? 2 : 0);
    const right = text.slice(after, after + 80);
    const born = BORN_MONTH_RIGHT.exec(right);
    let school = born || !m.possessive ? null : BRACKETED_SCHOOL_RIGHT.exec(right);
    // (A place phrase there is read with the places below.)
    if (school && places.some((p) => p.start === after + school!.index + school![0].length - school![1].length)) school = null;
    const b = born ?? school;
    if (!b) continue;
    const start = after + b[0].length - b[1].length;
    const end = start + b[1].length;
    const named = all[firstAtOrAfter(all, start)];
    if (taken(start, end) || identifiers.some((id) => id.start < end && start < id.end) || (named && named.start < end && named.role !== "unknown")) continue;
    details.push({ start, end, entity: ids.get(m.entity)!, kind: born ? "date of birth" : "school" });
  }
  // "(19/08/2014)" straight after another child's name.
  for (const m of all) {
    if (!isChild(m)) continue;
    const after = m.end + (m.possessive ? 2 : 0);
    const d = DATE_IN_BRACKETS.exec(text.slice(after, after + 24));
    if (!d || !parseDate(d[1])) continue;
    const start = after + d[0].indexOf(d[1]);
    if (!taken(start, start + d[1].length)) details.push({ start, end: start + d[1].length, entity: ids.get(m.entity)!, kind: "date of birth" });
  }
  // Schools: belong to the child named nearest before them in the sentence (adults do not count:
  // "Kacper lives with his father, Mr Nowak, and attends Brook Lane Primary"), or to the child the
  // sentence is about when it does not mention the subject.
  // A word with nothing to say it is a person ("who speak Kurmanji") is passed over too.
  // A bare name nobody placed is passed over for a person placed further back, but owns the school when there is none.
  const childBefore = (offset: number, from: number): PersonMention | undefined => {
    let bare: PersonMention | undefined;
    for (let i = firstAtOrAfter(all, offset) - 1; i >= 0; i--) {
      const m = all[i];
      if (m.start < from) break;
      if (m.role !== "adult" && !(m.role === "unknown" && !m.reasons?.length)) return m;
      if (!bare && isUndecided(m)) bare = m;
    }
    return bare;
  };
  // The child a paragraph is headed by ("3. Wiktoria Zając (11)⏎Pick-up: … from Fairholme Academy",
  // "Scargill: … Little Wrens Nursery rang…"), when the paragraph never names the subject.
  const paragraphHead = (offset: number): PersonMention | undefined => {
    const para = ctx.paragraphAt(offset);
    // Not once the subject has been named in it ("4.3 Reuben … attended St Cuthbert's College. … for Idris").
    if (summarise({ start: para.start, end: offset }).hasSubject) return undefined;
    const first = all[firstAtOrAfter(all, para.start)];
    if (!first || first.start >= offset || !isChild(first)) return undefined;
    return PARAGRAPH_HEAD_LEAD.test(text.slice(para.start, first.start)) ? first : undefined;
  };
  // A reference in brackets straight after another child's name: "PLO letter for Corin (XZ-1234567)".
  for (const m of all) {
    if (!isChild(m)) continue;
    const after = m.end + (m.possessive ? 2 : 0);
    const r = BRACKETED_REFERENCE.exec(text.slice(after, after + 40));
    if (!r) continue;
    const start = after + r[0].indexOf(r[1]);
    const end = start + r[1].length;
    if (identifiers.some((id) => id.start < end && start < id.end)) continue; // read by the identifier scan, attributed below
    if (!taken(start, end)) details.push({ start, end: start + r[1].length, entity: ids.get(m.entity)!, kind: "reference" });
  }
  const subjectGender = ctx.profile.pronouns?.subject === "he" ? "m" : ctx.profile.pronouns?.subject === "she" ? "f" : undefined;
  // The nearest child of a gender named before an offset in its paragraph, when no adult or subject of
  // that gender comes between: who a he or she that cannot be the subject refers to.
  // null: the nearest of that gender is an adult or the subject; undefined: nobody of that gender is named.
  const childOfGenderBefore = (offset: number, g: "m" | "f"): PersonMention | null | undefined => {
    const para = ctx.paragraphAt(offset);
    // The nearest dozen mentions: a he or she refers back a sentence or two, and a long paragraph
    // must not be walked once per school.
    for (let i = firstAtOrAfter(all, offset) - 1, n = 0; i >= 0 && all[i].start >= para.start && n < 12; i--, n++) {
      const m = all[i];
      // A word placed as nobody ("in Norton") is no rival for the pronoun.
      if (m.gender !== g || (m.role === "unknown" && !isUndecided(m))) continue;
      return isChild(m) ? m : null;
    }
    return undefined;
  };
  // Who a sentence's he or she is, when it cannot be the subject (a he in a girl's record).
  const pronounChild = (sentence: Span, offset: number): PersonMention | undefined => {
    const pr = PRONOUN_SUBJECT.exec(text.slice(sentence.start, Math.min(offset, sentence.start + 60)));
    if (!pr || !subjectGender) return undefined;
    const g = pr[1].toLowerCase() === "he" ? "m" : "f";
    if (g === subjectGender) return openerOfSentenceBefore(sentence, g);
    // With nobody of that gender named, a child of a name that does not tell a gender ("Bay (12) is with
    // carers (Mrs Addo). He goes to…") who opened the sentence before.
    const byGender = childOfGenderBefore(sentence.start, g);
    return byGender === undefined ? openerOfSentenceBefore(sentence, g) : (byGender ?? undefined);
  };
  // A he or she of the subject's gender is the child the sentence before opened with ("Amy is 12. She
  // attends …"), in the same paragraph, when neither sentence names the subject.
  const openerOfSentenceBefore = (sentence: Span, g: "m" | "f"): PersonMention | undefined => {
    const k = firstAtOrAfter(ctx.sentences, sentence.start) - 1;
    const prev = k >= 0 ? ctx.sentences[k] : undefined;
    if (!prev || prev.start < ctx.paragraphAt(sentence.start).start) return undefined;
    let at = firstAtOrAfter(all, prev.start);
    if (at >= all.length || !/^[\s\d.)•*–-]*$/.test(text.slice(prev.start, all[at].start))) return undefined;
    // "Cora's sister Amy is 12. She attends …": past the subject as the owner of a kin word.
    const skip = all[at].role === "subject" && all[at].possessive && at + 1 < all.length && SUBJECTS_KIN.test(text.slice(all[at].end, all[at + 1].start)) ? all[at] : undefined;
    if (skip) at++;
    const first = all[at];
    if (!first || first.start >= prev.end || first.possessive || (first.gender && first.gender !== g && first.gender !== "u")) return undefined;
    for (let i = at; i < all.length && all[i].start < sentence.end; i++) if (all[i].role === "subject") return undefined;
    return isChild(first) ? first : undefined;
  };
  // Schools the record names as the subject's own: never another child's identifying detail, even where a
  // friend or a sibling is said to go there too ("Tia Walsh, 15, Year 10, Moorside High School").
  const subjectSchools = new Set<string>();
  for (const p of places) {
    if (!p.place || taken(p.start, p.end)) continue;
    const sentence = ctx.sentenceAt(p.start);
    let owner: PersonMention | undefined;
    const left = SETTING_LEFT.exec(text.slice(Math.max(sentence.start, p.start - 80), p.start));
    if (left) {
      const before = mentionBefore(p.start - left[0].length + 1, sentence.start);
      owner = before ?? pronounChild(sentence, p.start);
    } else if (GAPPED_AT_LEFT.test(text.slice(Math.max(sentence.start, p.start - 120), p.start))) {
      // "Raff is at Wexcombe College and Clemmie at St Hilda's": the verb left out after "and" is the same.
      owner = mentionBefore(p.start, sentence.start);
      if (owner && !/^\s+at\s+$/.test(text.slice(owner.end, p.start))) owner = undefined;
    } else if (ownSchoolOrFrom(text, p.start, sentence.start)) {
      // "Antek's school (St Jude's)", "her friend Skye from St Jude's": the school of the name just before.
      owner = mentionBefore(p.start, sentence.start);
      if (owner && !OWNER_TO_SCHOOL.test(text.slice(owner.end, p.start))) owner = undefined;
    } else if (PLURAL_AT_LEFT.test(text.slice(sentence.start, p.start))) {
      // "2. Wiktor and Hanna Lis⏎Both at St Brendan's.": the children heading the item.
      owner = paragraphHead(p.start);
    } else {
      // "went to Hollins Academy to see Tyler": the child seen there, named next.
      const see = TO_SEE_RIGHT.exec(text.slice(p.end, p.end + 50));
      const next = see ? all[firstAtOrAfter(all, p.end)] : undefined;
      if (next && next.start === p.end + see![0].length) owner = next;
    }
    if (owner && isChild(owner)) details.push({ start: p.start, end: p.end, entity: ids.get(owner.entity)!, kind: "school" });
    else if (owner?.role === "subject" && SUBJECT_AT_SCHOOL.test(text.slice(owner.end, p.start))) subjectSchools.add(text.slice(p.start, p.end).toLowerCase());
  }
  // "She was born on 02/09/2015" in a boy's record: the date of birth of the girl the she refers to
  // (a child's own date of birth is under 18 years ago).
  for (const id of identifiers) {
    if (id.kind !== "date of birth" || taken(id.start, id.end)) continue;
    if (id.date && yearsBetween(id.date, refDate) >= 18) continue;
    const who = pronounChild(ctx.sentenceAt(id.start), id.start);
    if (who) details.push({ start: id.start, end: id.end, entity: ids.get(who.entity)!, kind: "date of birth" });
  }
  // Settings with no school word, after a verb only schooling takes: the child (or he or she) before it.
  for (const st of attendedSettings(text)) {
    if (taken(st.start, st.end)) continue;
    const sentence = ctx.sentenceAt(st.start);
    const owner = mentionBefore(st.start, sentence.start) ?? pronounChild(sentence, st.start);
    // Not a person's name read as the setting ("attends with Tyler" never matches: the phrase is capitalised).
    const named = all[firstAtOrAfter(all, st.start)];
    if (named && named.start < st.end && named.role !== "unknown") continue;
    if (owner && isChild(owner)) details.push({ start: st.start, end: st.end, entity: ids.get(owner.entity)!, kind: "school" });
  }
  for (const p of places) {
    if (!(p.school || (p.place && UNIFORM_RIGHT.test(text.slice(p.end, p.end + 24)))) || taken(p.start, p.end)) continue;
    // "Eastmoor Junior School (Ayesha)", "class teacher, Holme Bank Primary (Nikolas)"
    const owned = /^\s*\(\s*/.exec(text.slice(p.end, p.end + 4));
    if (owned) {
      const inside = all.find((m) => m.start === p.end + owned[0].length);
      if (inside && isChild(inside)) {
        details.push({ start: p.start, end: p.end, entity: ids.get(inside.entity)!, kind: "school" });
        continue;
      }
    }
    // "Her school, Brook Primary, rang" in a boy's record: the school of the nearest girl named before it
    // (the pronoun cannot be the subject's).
    const pronounSchool = PRONOUN_SCHOOL_LEFT.exec(text.slice(Math.max(0, p.start - 40), p.start));
    if (pronounSchool) {
      const g = pronounSchool[1].toLowerCase() === "his" ? "m" : pronounSchool[1].toLowerCase() === "her" ? "f" : "u";
      const subjectG = ctx.profile.pronouns?.subject === "he" ? "m" : ctx.profile.pronouns?.subject === "she" ? "f" : ctx.profile.pronouns?.subject === "they" ? "u" : undefined;
      if (subjectG && g !== subjectG) {
        const para = ctx.paragraphAt(p.start);
        for (let i = firstAtOrAfter(all, p.start) - 1; i >= 0 && all[i].start >= para.start; i--) {
          const m = all[i];
          if (m.role === "adult" || (m.gender && m.gender !== g)) continue;
          if (isChild(m)) details.push({ start: p.start, end: p.end, entity: ids.get(m.entity)!, kind: "school" });
          break;
        }
        continue;
      }
    }
    const sentence = ctx.sentenceAt(p.start);
    const before = childBefore(p.start, sentence.start);
    if (before) {
      if (isChild(before)) details.push({ start: p.start, end: p.end, entity: ids.get(before.entity)!, kind: "school" });
      // "Name: Libby Carrow … Year 11, Moorside High School", "Libby attends Moorside High": the subject's own school.
      else if (before.role === "subject" && SUBJECT_AT_SCHOOL.test(text.slice(before.end, p.start))) subjectSchools.add(text.slice(p.start, p.end).toLowerCase());
      // "Zayn helps with Mariam's bedtime and he misses football at Northgate Juniors": the subject named
      // as the owner of something else does not own the school; a he or she who cannot be the subject may.
      if (!(before.role === "subject" && before.possessive && !OWNER_TO_SCHOOL.test(text.slice(before.end, p.start)))) continue;
      const pr = CLAUSE_PRONOUN_LEFT.exec(text.slice(Math.max(before.end, p.start - 60), p.start));
      const g = pr ? (pr[1].toLowerCase() === "he" ? "m" : "f") : undefined;
      const who = g && subjectGender && g !== subjectGender ? childOfGenderBefore(before.start, g) : undefined;
      if (who) details.push({ start: p.start, end: p.end, entity: ids.get(who.entity)!, kind: "school" });
      continue;
    }
    // "He attends Hollins Academy" in a girl's record: the school of the boy the he refers to.
    const byPronoun = pronounChild(sentence, p.start);
    if (byPronoun) {
      details.push({ start: p.start, end: p.end, entity: ids.get(byPronoun.entity)!, kind: "school" });
      continue;
    }
    const head = paragraphHead(p.start);
    if (head) {
      details.push({ start: p.start, end: p.end, entity: ids.get(head.entity)!, kind: "school" });
      continue;
    }
    // "outside Northam Park Academy, where Harley is in Year 7"
    const where = /^,?\s+where\s+/.exec(text.slice(p.end, p.end + 12));
    const next = where ? all.find((m) => m.start >= p.end && m.start <= p.end + where[0].length + 1) : undefined;
    if (next && isChild(next)) {
      details.push({ start: p.start, end: p.end, entity: ids.get(next.entity)!, kind: "school" });
      continue;
    }
    // A school opening a sentence that is not about the subject: "Greenfield Primary have told us that Ethan
    // was late again." It belongs to the first person named after it, when that person is another child.
    if (!SENTENCE_OPENER.test(text.slice(sentence.start, p.start)) || summarise(sentence).hasSubject) continue;
    const after = all[firstAtOrAfter(all, p.end)];
    if (after && after.start < sentence.end && isChild(after)) details.push({ start: p.start, end: p.end, entity: ids.get(after.entity)!, kind: "school" });
  }
  // A sentence is about the subject unless the subject is named only as the owner of a kin word
  // ("Leo's brother Corin and sister Wren are the subject of separate proceedings (Case No …)").
  const aboutSubject = (span: Span): boolean => {
    if (!summarise(span).hasSubject) return false;
    for (let i = firstAtOrAfter(all, span.start); i < all.length && all[i].start < span.end; i++) {
      const m = all[i];
      if (m.role !== "subject") continue;
      if (!KIN_AFTER_POSSESSIVE.test(text.slice(m.end, m.end + 40))) return true;
    }
    return false;
  };
  // A table row opened by a name ("Kai Bell<TAB>15<TAB>friend<TAB>07700 900123<TAB>4 Elm Road", or cells
  // between bars): the numbers and addresses in its later cells are that person's, a child's detail when the
  // row's person is a child and nobody else's when the row is the subject's or an adult's.
  const rowHeld = new Set<number>();
  for (const id of identifiers) {
    const kind = id.kind === "address" || id.kind === "postcode" ? "address" : id.kind === "case number" || PERSONAL_NUMBER.has(id.kind) ? "reference" : undefined;
    if (!kind || taken(id.start, id.end)) continue;
    const from = lineStart(text, id.start);
    const head = all[firstAtOrAfter(all, from)];
    if (!head || head.start >= id.start || !ROW_HEAD_LEAD.test(text.slice(from, head.start)) || !CELL_BREAK.test(text.slice(head.end, id.start))) continue;
    rowHeld.add(id.start);
    if (isChild(head)) details.push({ start: id.start, end: id.end, entity: ids.get(head.entity)!, kind });
  }
  // Addresses and court references. First the sentence, as for dates of birth: the nearest person
  // before the identifier owns it when the sentence is not about the subject, or when the identifier
  // is tied to that person by a possessive ("Ethan's home address, 8 Birch Road"; "his case number").
  // The paragraph rule below is the fallback.
  for (const id of identifiers) {
    const kind = id.kind === "address" || id.kind === "postcode" ? "address" : id.kind === "case number" || PERSONAL_NUMBER.has(id.kind) ? "reference" : undefined;
    if (!kind || rowHeld.has(id.start) || taken(id.start, id.end)) continue;
    const sentence = ctx.sentenceAt(id.start);
    // "Jay's no, taken from Mum's old phone bill, 07700 900123": the number is the one named with its owner's
    // possessive earlier in the clause, whoever else is named between.
    const owned = PERSONAL_NUMBER.has(id.kind) ? numberOwner(text, all, Math.max(sentence.start, id.start - 90), id.start) : undefined;
    if (owned) {
      if (isChild(owned)) details.push({ start: id.start, end: id.end, entity: ids.get(owned.entity)!, kind });
      continue;
    }
    const pastAside = kind === "address" ? livesAtPastAside(text, all, sentence.start, id.start) : undefined;
    if (pastAside) {
      if (isChild(pastAside)) details.push({ start: id.start, end: id.end, entity: ids.get(pastAside.entity)!, kind });
      continue;
    }
    const before = mentionBefore(id.start, sentence.start);
    if (!isChild(before)) continue;
    const between = text.slice(before!.end, id.start);
    // A child's own number (NHS, phone) only when the bracket opened at the name holds it: "Ava (born …, NHS number …)".
    if (PERSONAL_NUMBER.has(id.kind)) {
      if (IN_NAME_BRACKET.test(between) || LABELLED_AFTER_NAME.test(between)) details.push({ start: id.start, end: id.end, entity: ids.get(before!.entity)!, kind });
      continue;
    }
    const tied =
      (OWN_IDENTIFIER.test(between) && !/[.;:!?]\s/.test(between)) ||
      RIGHT_AFTER_NAME.test(between) ||
      (kind === "address" &&
        LIVES_AT_AFTER_NAME.test(between) &&
        (/^['’]/.test(between) || !/\b(?:live|have|stay)\s/.test(between)) &&
        !/(?:\band|&|,)\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(before!.start - 16, before!.start)));
    // Only the subject named before it counts: "Ruby is the subject of separate proceedings (case number …) and I refer to her only to explain the plan for Otis".
    if (!tied && aboutSubject({ start: Math.max(sentence.start, id.start - 400), end: id.start })) continue;
    details.push({ start: id.start, end: id.end, entity: ids.get(before!.entity)!, kind });
  }
  const opensOnSubjectPronoun = (para: Span): boolean => {
    const pr = PRONOUN_SUBJECT.exec(text.slice(para.start, Math.min(para.end, para.start + 60)));
    return !!pr && subjectGender === (pr[1].toLowerCase() === "he" ? "m" : "f");
  };
  // Addresses and court references in a paragraph about other children but not the subject.
  for (const id of identifiers) {
    const kind = id.kind === "address" || id.kind === "postcode" ? "address" : id.kind === "case number" ? "reference" : undefined;
    if (!kind || rowHeld.has(id.start) || taken(id.start, id.end)) continue;
    const para = ctx.paragraphAt(id.start);
    const sum = summarise(para);
    if (sum.hasSubject || !sum.firstChild) continue;
    // "He appeared at the Youth Court. Court ref … no contact with Jordan Mills." in a boy's record: a paragraph
    // that opens on a he or she of the subject's, before anyone else is named, goes on about the subject.
    if (opensOnSubjectPronoun(para)) continue;
    // "referred to the MASH (MASH ref …)", "police log 0412": an agency's reference for the referral or
    // the incident, not a child's own number, unless tied to the child as above.
    if (kind === "reference" && AGENCY_REFERENCE_LEFT.test(text.slice(Math.max(para.start, id.start - 30), id.start))) continue;
    // "Lacey, three, was asleep. Mrs Dunmore was at work on Dovecote Road": an adult named before it in its own
    // sentence, which names no child, is whom the address is said of ("…: Mum has moved with the children to …"
    // is the children's too).
    const own = ctx.sentenceAt(id.start);
    if (mentionBefore(id.start, own.start)?.role === "adult" && !summarise(own).firstChild && !CHILDREN_WORD.test(text.slice(own.start, id.start))) continue;
    const before = childBefore(id.start, para.start);
    // "2. Family two (CR-4519)" over the lines naming its children: a heading's reference is the group's.
    if (!before && kind === "reference" && headingLineAt(text, id.start)) continue;
    const who = before ? (isChild(before) ? ids.get(before.entity) : undefined) : owner(id.start, para);
    if (who) details.push({ start: id.start, end: id.end, entity: who, kind });
  }
  addOtherChildrensBirthDates(ctx, text, all, identifiers, details, refDate, ids, isChild, taken, bornInRow);
  addRepeatedAddresses(text, identifiers, details, taken);
  // A word the people stage placed as a person starts here ("Beech" the foster carer), so it is not a setting.
  const placedAsPerson = (start: number): boolean => {
    const named = all[firstAtOrAfter(all, start)];
    return named !== undefined && named.start === start && named.role !== "unknown";
  };
  // Where another child lives or goes for support, named beside a word for it: "Liam's home (Beechwood
  // House)", "moved to residential care (Linden Lodge)", "a looked-after child herself (Marlborough Road
  // children's home)", "support through St Columba's young carers group". The child named before it in the
  // sentence owns it; the subject's or an adult's setting is nobody's detail here. A name no place word
  // marks is a setting when a care word follows it ("placed at Brambles children's home").
  for (const p of [...places, ...shortForms]) {
    if (taken(p.start, p.end)) continue;
    const right = text.slice(p.end, p.end + 40);
    const isPlace = (p as Phrase).place === true;
    if (!isPlace && !CARE_SETTING_RIGHT.test(right)) continue;
    const sentence = ctx.sentenceAt(p.start);
    const left = text.slice(Math.max(sentence.start, p.start - 60), p.start);
    if (!CARE_SETTING_LEFT.test(left) && !CARE_SETTING_RIGHT.test(right)) continue;
    if (!isPlace && placedAsPerson(p.start)) continue;
    const before = mentionBefore(p.start, sentence.start);
    if (isChild(before)) details.push({ start: p.start, end: p.end, entity: ids.get(before!.entity)!, kind: "school" });
  }
  // A birthday given as a day and month is the date of birth without its year: "on his birthday, 3
  // September", "Corran's birthday (12 May)", "her birthday is on 4th June" (not "birthday party on 12 May").
  if (/birthday/i.test(text)) {
    BIRTHDAY_DATE.lastIndex = 0;
    for (let m = BIRTHDAY_DATE.exec(text); m; m = BIRTHDAY_DATE.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      const end = start + m[1].length;
      const before = mentionBefore(start, ctx.sentenceAt(m.index).start);
      if (isChild(before) && !taken(start, end)) details.push({ start, end, entity: ids.get(before!.entity)!, kind: "date of birth" });
    }
  }
  // A school reporting on the subject's schooling is the subject's: "Call Holly Bank Primary to confirm Aria's
  // attendance", "Brook Primary said Aria's reading has improved" (the next person named in the sentence).
  for (const p of places) {
    if (!p.school) continue;
    const next = all[firstAtOrAfter(all, p.end)];
    if (next?.role === "subject" && next.possessive && next.start < ctx.sentenceAt(p.start).end && SCHOOLING_RIGHT.test(text.slice(next.end, next.end + 30)))
      subjectSchools.add(text.slice(p.start, p.end).toLowerCase());
  }
  // A table row opened by the subject ("Reece Whitlow<TAB>son<TAB>14<TAB>Fenbridge High"): a school in its cells is the subject's.
  for (const p of places) if (p.school && subjectRowCell(text, all, p)) subjectSchools.add(text.slice(p.start, p.end).toLowerCase());
  // Named again, perhaps after a sentence's first word that the name's run took in ("Call Holly Bank Primary to …").
  const isSubjectSchool = (span: Span): boolean => {
    if (!subjectSchools.size) return false;
    const name = text.slice(span.start, span.end).toLowerCase();
    for (const s of subjectSchools)
      if (s === name || s.endsWith(" " + name) || name.endsWith(" " + s) || settingStems(s).includes(name) || settingStems(name).includes(s)) return true;
    return false;
  };
  // A school the subject goes to as well is the subject's own identifier, not another child's detail:
  // "Florin and Denisa at Rowan Primary", "Freddie is in Year 3 at St Bede's, where Reuben moved up".
  const schoolSharedWithSubject = (d: ChildDetail): boolean => {
    const sentence = ctx.sentenceAt(d.start);
    const where = /^,?\s+where\s+/.exec(text.slice(d.end, d.end + 12));
    const next = where ? all[firstAtOrAfter(all, d.end)] : undefined;
    if (next && next.start === d.end + where![0].length && next.role === "subject" && !next.possessive) return true;
    // The owners listed just before it, joined by "and" or commas: is the subject one of them?
    let i = firstAtOrAfter(all, d.start) - 1;
    if (i < 0 || all[i].start < sentence.start || !SCHOOL_OWNERS_GAP.test(text.slice(all[i].end, d.start))) return false;
    for (let n = 0; i >= 0 && all[i].start >= sentence.start && n < 4; i--, n++) {
      if (all[i].role === "subject" && !all[i].possessive) return true;
      if (i === 0 || !/^\s*(?:,|and|&|,\s*and)\s*$/.test(text.slice(all[i - 1].end, all[i].start))) break;
    }
    return false;
  };
  // Asked when schools are given their owners and again when details are kept: worked out once per detail.
  const sharedMemo = new Map<ChildDetail, boolean>();
  const sharedWithSubject = (d: ChildDetail): boolean => {
    let shared = sharedMemo.get(d);
    if (shared === undefined)
      sharedMemo.set(d, (shared = isSubjectSchool(d) || SAME_GROUP_LEFT.test(text.slice(Math.max(0, d.start - 40), d.start)) || schoolSharedWithSubject(d)));
    return shared;
  };
  // A school is one child's wherever it is named again ("Miss Hebden – class teacher, Eastmoor Junior
  // School" when the record also says "Eastmoor Junior School (Ayesha)").
  const schoolOwner = new Map<string, string>();
  for (const d of details) if (d.kind === "school" && !sharedWithSubject(d)) schoolOwner.set(text.slice(d.start, d.end).toLowerCase(), d.entity);
  if (schoolOwner.size) {
    for (const p of places) {
      if (!p.school) continue;
      const who = schoolOwner.get(text.slice(p.start, p.end).toLowerCase());
      if (who && !taken(p.start, p.end)) details.push({ start: p.start, end: p.end, entity: who, kind: "school" });
    }
    // …and word for word where no name was read ("Little Acorns nursery", then "manager at Little Acorns").
    // Each name is looked for once: a second search for it would find only offsets the first has claimed.
    const searched = new Set<string>();
    for (const d of [...details]) {
      if (d.kind !== "school" || d.entity !== schoolOwner.get(text.slice(d.start, d.end).toLowerCase())) continue;
      const name = text.slice(d.start, d.end);
      if (!name.includes(" ") || searched.has(name)) continue;
      searched.add(name);
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const end = at + name.length;
        if (isLetterOrDigitCode(text.charCodeAt(at - 1)) || isLetterOrDigitCode(text.charCodeAt(end)) || taken(at, end)) continue;
        // A town the school is named after, in an address ("27 Calder Street, Holme Bridge QX8 1EW"), is the town.
        if (identifiers.some((id) => id.start < end && at < id.end)) continue;
        details.push({ start: at, end, entity: d.entity, kind: "school" });
      }
    }
    // …and by its name without the word for what it is: "Longmoor Primary" then "Longmoor DSL to be told",
    // "Beechwood House" then "agreed with Beechwood", "Wexley Grange School" then "Wexley Grange".
    const byStem = new Map<string, string>();
    for (const [name, who] of schoolOwner) {
      // "Wexley High School" → "Wexley High" → "Wexley".
      for (const stem of settingStems(name)) byStem.set(stem, byStem.has(stem) && byStem.get(stem) !== who ? "" : who);
    }
    // The words of the record's addresses: a school's town named in an address ("22 Mill Lane, Oldmere") is
    // the town wherever it stands alone ("Oldmere bus station").
    let addressWords: Set<string> | undefined;
    const inAnAddress = (word: string): boolean => {
      if (!addressWords) {
        addressWords = new Set();
        for (const id of identifiers)
          if (id.kind === "address")
            for (const w of text
              .slice(id.start, id.end)
              .toLowerCase()
              .split(/[^\p{L}'’-]+/u))
              if (w) addressWords.add(w);
      }
      return addressWords.has(word);
    };
    for (const p of byStem.size ? [...places, ...shortForms] : []) {
      const stem = text.slice(p.start, p.end).toLowerCase();
      const who = byStem.get(stem);
      if (!who || taken(p.start, p.end)) continue;
      // Not a word the engine placed as a person ("Beech" the foster carer).
      if (placedAsPerson(p.start)) continue;
      // A school is often named after its town: the town in an address or "in Brackenby" is a place.
      if (TOWN_LEFT.test(text.slice(Math.max(0, p.start - 8), p.start)) || identifiers.some((id) => overlaps(id, p))) continue;
      // A school named after its road or park ("Dyer Road Primary"): "on Dyer Road" is the road.
      const words = text.slice(p.start, p.end).split(" ");
      if (PLACE_SUFFIXES.has(words[words.length - 1]) && ROAD_LEFT.test(text.slice(Math.max(0, p.start - 12), p.start))) continue;
      // Another organisation named after the same town: "Thornley Family Hub", "Oldmere Medical Practice".
      const right = text.slice(p.end, p.end + 40);
      const more = NEXT_CAPITALISED.exec(right);
      if (more && more[1].split(/[ \t]+/).some((w) => PLACE_SUFFIXES.has(w))) continue;
      if (TOWN_THING_RIGHT.test(right) || (!stem.includes(" ") && inAnAddress(stem))) continue;
      details.push({ start: p.start, end: p.end, entity: who, kind: "school" });
    }
  }
  // Who a school may belong to when no rule tied it: another child in its sentence (nearest first), the owner
  // of another child's detail there, or a he or she there who cannot be the subject.
  const schoolInChildsSentence = (p: Span): string | undefined => {
    // Its sentence, within its line (a table row or a list line is a sentence of its own).
    const sentence = ctx.sentenceAt(p.start);
    const from = Math.max(sentence.start, lineStart(text, p.start));
    const to = Math.min(sentence.end, lineEnd(text, p.start));
    // A sentence that opens on the subject (named, or as a he or she of the subject's) is about the subject's
    // own school: "Zofia is in Year 2 at St Mary's, in the same class as Ruby"; "She wants to stay at …".
    const head = all[firstAtOrAfter(all, from)];
    const pronoun = ANY_HE_SHE.exec(text.slice(from, p.start));
    const pronounAt = pronoun ? from + pronoun.index : Infinity;
    const g = pronoun ? (pronoun[1].toLowerCase() === "he" ? "m" : "f") : undefined;
    const headAt = head && head.start < p.start ? head.start : Infinity;
    if (headAt < pronounAt ? head!.role === "subject" && !head!.possessive : g !== undefined && g === subjectGender) return undefined;
    // The nearest child before it: a child named after the school is told about ("… reports that Harvey …"), not its owner.
    let nearest: PersonMention | undefined;
    for (let i = firstAtOrAfter(all, from); i < all.length && all[i].start < p.start; i++) if (isChild(all[i]) && all[i].role !== "subject") nearest = all[i];
    if (nearest) return ids.get(nearest.entity);
    const d = details[firstAtOrAfter(details, from)];
    if (d && d.start < to && d.kind !== "school") return d.entity;
    if (!subjectGender || !g || g === subjectGender) return undefined;
    // Nobody of that gender named before: a child whose name tells no gender who opened the sentence before.
    const byGender = childOfGenderBefore(from, g);
    const child = byGender === undefined ? openerOfSentenceBefore(sentence, g) : (byGender ?? undefined);
    return child ? ids.get(child.entity) : undefined;
  };
  details.sort((a, b) => a.start - b.start);
  const kept = details.filter((d, i) => (i === 0 || d.start >= details[i - 1].end) && !(d.kind === "school" && sharedWithSubject(d)));
  const toReview: ReviewSpan[] = [];
  for (const d of kept) if (d.entity.startsWith(REVIEW_PREFIX)) toReview.push({ start: d.start, end: d.end, personId: d.entity.slice(REVIEW_PREFIX.length), detail: d.kind });
  // A school no rule tied to anyone, in a sentence about another child (named there, owning a detail found
  // there, or the he or she who cannot be the subject): whose school it is, the worker decides. "Arjun, who is
  // 6, will meet Rhys after school at Brook Primary"; "Says she's in Year 10 at Hallgate School" in a boy's record.
  for (const p of places) {
    if (!p.school || taken(p.start, p.end) || isSubjectSchool(p)) continue;
    const who = schoolInChildsSentence(p);
    if (who) toReview.push({ start: p.start, end: p.end, personId: who.startsWith(REVIEW_PREFIX) ? who.slice(REVIEW_PREFIX.length) : who, detail: "school" });
  }
  if (toReview.length > 1) toReview.sort((a, b) => a.start - b.start);
  return { details: toReview.length ? kept.filter((d) => !d.entity.startsWith(REVIEW_PREFIX)) : kept, toReview };
}

const REVIEW_PREFIX = "review:";
// A he or she as a clause's subject anywhere before a school in its sentence ("Says she's in Year 10 at …").
const ANY_HE_SHE = /\b(he|she)(?:['’]s)?\b/i;
// Words for where a child in care lives, just before the setting's name in brackets or apposition.
const CARE_SETTING_LEFT =
  /(?:['’]s|\b(?:his|her|their))\s+(?:(?:new|current|old|residential|care|foster|children['’]s)\s+)?(?:home|placement|unit|carers)\s*[(,–—-]\s*$|\b(?:residential\s+(?:care|home|unit|placement)|children['’]s\s+home|care\s+home|secure\s+unit|supported\s+(?:lodgings|accommodation)|foster\s+(?:care|placement)|looked[- ]after\s+child(?:\s+(?:herself|himself|themself|too|as\s+well))?|in\s+care)\s*(?:[(,–—-]|\bat\b)\s*$|\bplaced\s+(?:at|in)\s+$/i;
// …or just after it: "Marlborough Road children's home", "St Columba's young carers group".
const CARE_SETTING_RIGHT =
  /^(?:['’]s)?(?:\s*,\s*(?:a|an|the)\s+(?:small\s+|local\s+)?|\s+)(?:children['’]s\s+home|residential\s+(?:home|unit|placement)|secure\s+unit|care\s+home|(?:young\s+carers['’]?|youth)\s+(?:group|club|project|service))\b/i;
const BIRTHDAY_DATE = new RegExp(`(?:['’]s|\\b(?:his|her|their))\\s+birthday\\s*(?:,|\\(|[–—-]|is\\s+(?:on\\s+)?|falls\\s+on\\s+)\\s*(${DAY_MONTH_SOURCE}(?:,?\\s+\\d{4})?)`, "gi");
// A he or she opening the clause that names a school: "and that he sometimes misses football at".
const CLAUSE_PRONOUN_LEFT = /\b(he|she)\s+(?:\p{Ll}+\s+){1,5}(?:at|to|from)\s+(?:the\s+)?$/iu;
// Between the last of a school's owners and the school: "… and Denisa at", "… both attend".
const SCHOOL_OWNERS_GAP =
  /^\s*(?:\(\s*\d{1,2}\s*\)\s*)?(?:(?:both|all|each|also)\s+)?(?:at|go\s+to|are\s+(?:both\s+|all\s+)?(?:at|in\s+Year\s+\d{1,2}\s+at)|attend(?:ed)?)\s+(?:the\s+)?$/i;
// Between the subject and a school that is theirs: a school year on the same line ("Libby Carrow   DOB: …
// Year 11, Moorside High"), a verb only schooling takes ("attends", "is in Year 5 at"), or "'s school,".
const SUBJECT_AT_SCHOOL = new RegExp(
  `^(?:[^.\\n]{0,60}?\\b(?:Year|Yr)\\s*\\d{1,2}\\s*(?:,|at|in)?\\s*(?:the\\s+)?|\\s+(?:attends|attended|goes\\s+to|went\\s+to|(?:is|was)\\s+(?:now\\s+|still\\s+)?(?:at|a\\s+pupil\\s+at|on\\s+roll\\s+at)|started\\s+at|moved\\s+(?:schools?\\s+)?to)\\s+(?:the\\s+)?|${OWNS_SCHOOL}${APPOSITION})$`,
  "i",
);
// "same form at Oldmere Academy", "in the same class at St Anne's": a school the subject goes to as well.
// …or a year group counted from the subject's at the same school: "in the year above at Marlfield School", "two years
// below her at", "in the parallel class at".
const SAME_GROUP_LEFT =
  /\b(?:same\s+(?:form|class|tutor\s+group|year(?:\s+group)?|school)\s+(?:at|in|as\s+\p{L}+\s+at)|(?:years?|classes|class|forms?)\s+(?:above|below|ahead\s+of|behind)\s+(?:(?:him|her|them)\s+)?at|parallel\s+(?:class|form|year)\s+at)\s+(?:the\s+)?$/iu;
// What a school records of a pupil, after the pupil's possessive.
const SCHOOLING_RIGHT =
  /^['’]s\s+(?:(?:school|recent|current|latest|poor|low|improved|good)\s+)?(?:attendance|behaviour|progress|reading|learning|attainment|exclusion|suspension|timetable|punctuality|lateness|class\s+teacher|teacher|class|form\s+tutor|tutor|head\s+of\s+year|year\s+group|place)\b/i;
// A place whose uniform a child wears is a school: "Caleb was in his St Wilfrid's uniform".
const UNIFORM_RIGHT = /^(?:['’]s)?\s+(?:school\s+)?(?:uniform|blazer|sweatshirt|PE\s+kit)\b/i;
const TOWN_LEFT = /\b(?:in|near|around|from|to|of)\s+$/i;
// What a town has, after its name: "Oldmere bus station", "Brackenby town centre", "Fellside high street".
const TOWN_THING_RIGHT =
  /^\s+(?:bus\s+station|train\s+station|railway\s+station|station|town\s+centre|city\s+centre|high\s+street|market|shopping\s+centre|retail\s+park|leisure\s+centre|library|precinct|police\s+station|hospital|estate|park|road|street|area|ward)\b/i;
// The capitalised words straight after a name, which may carry on into another organisation's name.
const NEXT_CAPITALISED = /^[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})/u;
// The words that put something on a road, a park or a hill: "at the tram stop on Dyer Road", "along Mill Lane".
const ROAD_LEFT = /\b(?:on|along|off|across)\s+$/i;
// The words that say what a setting is, dropped when it is named again for short.
const SETTING_WORDS = new Set(["school", "primary", "academy", "college", "nursery", "infants", "juniors", "high", "house", "home", "lodge", "centre", "unit", "pru"]);
/** "longmoor primary" → "longmoor": a setting's name without its last word, when that word says what it is. */
function settingStem(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2 || !SETTING_WORDS.has(words[words.length - 1])) return undefined;
  const stem = words.slice(0, -1).join(" ");
  // "St Anne's" is a name, "St" alone is not.
  return words.length > 2 || (stem.length >= 4 && !/^(?:st|saint|the)$/.test(words[0])) ? stem : undefined;
}
/** "wexley high school" → ["wexley high", "wexley"]: a setting's shorter names, each without a word that says what it is. */
export function settingStems(name: string): string[] {
  const out: string[] = [];
  for (let stem = settingStem(name); stem; stem = settingStem(stem)) out.push(stem);
  return out;
}
// A short line that opens a paragraph and names a group, not a person: "2. Family two (ref …)", "Case 3 – …".
const GROUP_HEADING = /^[ \t]*(?:\d{1,2}[.)]?[ \t]*)?(?:the[ \t]+)?(?:family|household|case|referral|sibling[ \t]+group)\b[^\n]{0,40}$/i;
function headingLineAt(text: string, at: number): boolean {
  const start = lineStart(text, at);
  const end = lineEnd(text, at);
  return end - start <= 80 && GROUP_HEADING.test(text.slice(start, end));
}
// What may open a table row before its first name (a bullet, a bar, a quote), and the cell break after that name.
const ROW_HEAD_LEAD = /^[ \t|•*·-]*["“‘']?$/;
const CELL_BREAK = /\t|\|/;
const PERSONAL_NUMBER: ReadonlySet<string> = new Set(["NHS number", "National Insurance number", "phone number", "email address"]);
/** The number's label straight after the name, past an age: "Shania Ferris, 16, NHS no. …", "Kai's NHS number is …". */
const LABELLED_AFTER_NAME =
  /^(?:['’]s)?\s*(?:,\s*(?:aged?\s+)?\d{1,2}(?:\s*(?:years?|yrs?)(?:\s+old)?)?\s*|\(\s*(?:aged?\s+)?\d{1,2}\s*\)\s*)?[,;:–—-]?\s*(?:(?:his|her|their)\s+)?(?:NHS|National\s+Insurance|NI|mobile|phone|tel(?:ephone)?|e-?mail)\s*(?:no\.?|number|#|address)?\s*(?:is\s+)?:?\s*$/i;
// A person's own number named by its owner's possessive: "Jay's no", "Tia's new mobile", "Jay's phone number",
// "got Kai's mobile off his sister –".
// ("Bliss's old phone bill" names a bill, not a number.)
const OWNED_NUMBER =
  /['’]s[ \t]+(?:(?:new|old|current|own|home|work)[ \t]+)?(?:(?:(?:mobile|phone|tel(?:ephone)?)[ \t]+)?(?:no\.?|number)(?![\p{L}])|(?:mobile|phone)(?=[ \t]*(?:[,:(–—-]|(?:is|was|from|off|via)\b)))(?=[^.;!?\n]*$)/gu;

/** The person whose possessive names a number between from and at, if the people stage found them. */
function numberOwner(text: string, all: readonly PersonMention[], from: number, at: number): PersonMention | undefined {
  const left = text.slice(from, at);
  let owner: PersonMention | undefined;
  for (const m of left.matchAll(OWNED_NUMBER)) {
    const nameEnd = from + m.index;
    const i = firstAtOrAfter(all, nameEnd) - 1;
    if (i >= 0 && all[i].end === nameEnd) owner = all[i];
  }
  return owner;
}
/** A bracket opened right after a name and still open: what it holds is said of that person. */
const IN_NAME_BRACKET = /^(?:['’]s)?\s*\([^()\n]{0,60}$/;
const AGENCY_REFERENCE_LEFT = /\b(?:MASH|referral|police|crime|incident|occurrence|CAD|LADO|log|contact|strategy|Section\s+47|S47)\b[^.\n]{0,16}$/i;

/** Index of the first mention starting at or after offset (mentions are sorted by start). */

/** The date in a sentence recording a birth that does not name the subject is the baby's date of birth. */
function addBirthSentenceDates(text: string, ctx: RuleContext, all: PersonMention[], details: ChildDetail[], taken: (start: number, end: number) => boolean): void {
  const seen = new Set<number>();
  GAVE_BIRTH.lastIndex = 0;
  for (let g = GAVE_BIRTH.exec(text); g; g = GAVE_BIRTH.exec(text)) {
    const at = g.index;
    const sentence = ctx.sentenceAt(at);
    if (!seen.has(sentence.start)) {
      seen.add(sentence.start);
      // The subject born in the sentence ("gave birth to Leo"), not the subject as kin ("to Leo's sister").
      const namesSubject = all.some((m) => m.role === "subject" && !m.possessive && m.start > at && m.end <= sentence.end);
      FULL_DATE.lastIndex = 0;
      const body = text.slice(sentence.start, sentence.end);
      for (let d = namesSubject ? null : FULL_DATE.exec(body); d; d = FULL_DATE.exec(body)) {
        const start = sentence.start + d.index;
        if (!taken(start, start + d[0].length)) details.push({ start, end: start + d[0].length, entity: "unborn", kind: "date of birth" });
      }
    }
  }
}

// A school named as someone's in apposition ("Antek's school (St Jude's)", "Kai's school, Brook Primary") or
// as where a person is from ("Skye from St Jude's"): the place follows the owner's name directly.
const OWN_SCHOOL_LEFT = new RegExp(`${OWNS_SCHOOL}${APPOSITION}$`, "i");
// All that stands between such an owner's name and the school.
const OWNER_TO_SCHOOL = new RegExp(`^(?:${OWNS_SCHOOL}${APPOSITION}|\\s+from\\s+)$`, "i");
const FROM_LEFT = /\p{L}\s+from\s+$/u;
const CHILDREN_WORD = /\b(?:children|kids|child|baby|son|daughter|brother|sister|siblings?|boys|girls)\b/i;
// The cells of a row before a school: a tab or a bar between each, no sentence.
const ROW_CELLS = /^(?:[^\t|\n.!?]{0,40}[\t|])+[ \t]*$/;

/** Is the place in a cell of a table row whose first cell is the subject, with nobody else named between? */
function subjectRowCell(text: string, all: PersonMention[], p: Span): boolean {
  const lineStart = text.lastIndexOf("\n", p.start - 1) + 1;
  const i = firstAtOrAfter(all, lineStart);
  const first = all[i];
  if (!first || first.role !== "subject" || first.start >= p.start || text.slice(lineStart, first.start).trim() !== "") return false;
  if (i + 1 < all.length && all[i + 1].start < p.start) return false;
  return ROW_CELLS.test(text.slice(first.end, p.start));
}

function ownSchoolOrFrom(text: string, at: number, from: number): boolean {
  const left = text.slice(Math.max(from, at - 40), at);
  return OWN_SCHOOL_LEFT.test(left) || FROM_LEFT.test(left);
}

// A birth row naming a child by a label: "04/04/2016 | Midwifery | Child D born", "Sibling 2 born." (not the subject's label).
const LABEL_BORN = /\b(?:Child|Sibling|Baby)\s+(\p{Lu}|\d{1,2})\s+(?:was\s+)?born\b/u;
function labelBorn(row: string, subjectName: string): string | undefined {
  const m = LABEL_BORN.exec(row);
  if (!m) return undefined;
  const subject = SUBJECT_LABEL.exec(subjectName.trim());
  return subject && subject[1] === m[1] ? undefined : `letter-${m[1]}`;
}

/** The rest of a chronology row that the date at `at` opens, from the cell after the date ("<TAB>Tobias born…"), if it does. */
function rowAfterOpeningDate(text: string, at: Span): string | undefined {
  if (!/^[ \t]*$/.test(text.slice(lineStart(text, at.start), at.start))) return undefined;
  const rest = text.slice(at.end, lineEnd(text, at.end));
  return /^[ \t]*[|\t:–—-]/.test(rest) ? rest : undefined;
}

/**
 * A chronology row that a date opens and whose first person, before "born", is the subject
 * ("21/03/2014<TAB>Tobias born at …"): the date is the subject's own, whatever was named above the row.
 */
function subjectBornInRow(text: string, at: Span, all: PersonMention[]): boolean {
  const born = /^[^\n]*?\bborn\b/i.exec(rowAfterOpeningDate(text, at) ?? "");
  if (!born) return false;
  const first = all[firstAtOrAfter(all, at.end)];
  return !!first && first.start < at.end + born[0].length && first.role === "subject";
}

/** The label born in a chronology row that a date opens ("04/04/2016 | Midwifery | Child D born"). */
function labelBornInRow(text: string, at: Span, subjectName: string): string | undefined {
  const rest = rowAfterOpeningDate(text, at);
  return rest === undefined ? undefined : labelBorn(rest, subjectName);
}
