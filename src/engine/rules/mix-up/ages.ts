// Ages and stages: what the record says about each person's age ("Tyler (7)", "Mo is three",
// "born 04/06/2016", "(Year 5)"), turned into an estimated year of birth, and the age a sentence's
// content implies (a cot, nursery, Year 5, GCSEs). A child whose known age cannot fit a sentence
// that fits the subject is a sign the name was pasted from another child's record.
// Every look is a bounded window after one mention, so the whole scan is linear in the text.
import { latestDate, monthNumber, parseDate, DATE_SOURCE, MONTH_SOURCE, type SimpleDate } from "../../text/dates";

/**
 * slack: how far, in years, a stage may miss a child's age and still be theirs (the check's own default when unset);
 * fitSlack: how far it may miss the subject's and still fit them, when that differs.
 */
export type AgeRange = { lo: number; hi: number; slack?: number; fitSlack?: number; year?: number };

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
const NUM = `(\\d{1,2}|${NUMBER_WORDS.join("|")})`;
const toNumber = (s: string) => (/^\d+$/.test(s) ? +s : NUMBER_WORDS.indexOf(s.toLowerCase()));
// An aside between a name and its age: "Eileen (known in the family as 'Missy') is seven".
const ASIDE = `(?:\\s*\\([^()\\n]{1,50}\\))?`;

// Age statements straight after a name: each gives [lo, hi] in years at the time written.
const AGE_AFTER: Array<[RegExp, (m: RegExpExecArray) => AgeRange]> = [
  // ("Rory (11, known as 'RJ' at home)": the age may lead a bracket that goes on.)
  // (A quoted nickname may lead it: 'Kingston ("Kingy", 14)'.)
  [/^\s*\(\s*(?:["“'‘][^"”'’()]{1,25}["”'’]\s*,\s*)?(?:aged?\s*)?(\d{1,2})\s*(?:yrs?|years?)?(?:\s*old)?\s*(?:\)|,(?!\s*\d))/i, (m) => one(+m[1])],
  [/^\s*\(\s*(?:aged?\s*)?(\d{1,2})\s*(?:months?|mths?|weeks?|days?)(?:\s*old)?\s*\)/i, () => ({ lo: 0, hi: 1 })],
  // "(Year 5)", "(Y6)": a school year group.
  [/^\s*\(\s*(?:in\s+)?(?:Year\s+|Yr\s+|Y)(\d{1,2})\s*\)/i, (m) => yearGroup(+m[1])],
  // "Max is 18 months old", "aged 10 weeks": a baby or toddler, in whole years.
  [/^\s*,?\s*(?:is|was|aged?|who\s+is)\s+(?:now\s+|only\s+|just\s+)?(\d{1,2})\s*(?:months?|mths?)\b/i, (m) => ({ lo: Math.floor(+m[1] / 12), hi: Math.floor(+m[1] / 12) + 1 })],
  [/^\s*,?\s*(?:is|was|aged?|who\s+is)\s+(?:now\s+|only\s+|just\s+)?(\d{1,2})\s*(?:weeks?|days?)\b/i, () => ({ lo: 0, hi: 1 })],
  [new RegExp(`^${ASIDE}\\s*,?\\s*(?:is|was)\\s+(?:now\\s+|only\\s+|just\\s+)?${NUM}(?:\\s+years?\\s+old)?\\b(?!\\s*(?:%|am\\b|pm\\b|minutes|hours|days|weeks|months|mths|times|[/:.]\\d))`, "i"), (m) => one(toNumber(m[1]))],
  [new RegExp(`^${ASIDE}\\s*,?\\s*(?:aged?|who\\s+is|now)\\s+${NUM}\\b(?![/:.]\\d)(?!\\s*(?:months?|weeks?|days?)\\b)`, "i"), (m) => one(toNumber(m[1]))],
  // ("Freya, who is in Year 1, …")
  [new RegExp(`^${ASIDE}\\s*,?\\s*(?:who\\s+)?(?:is|was)\\s+(?:now\\s+)?in\\s+(?:Year|Yr)\\s+(\\d{1,2})\\b`, "i"), (m) => yearGroup(+m[1])],
  // "Mum: Shania Ferris, 16, NHS no. …", "Tyler, 9." — an age set off by commas, nothing after it but a break.
  // ("Keisha (surname unknown), 14, St Aidan's": an aside may come first.)
  // ("Lacey, three, was asleep upstairs": the number may be written as a word, from two; "one" is too often a pronoun.)
  // ("Child discussed: Sasha Novak, 13 (they/them)": a bracketed aside may end the line after the age.)
  [new RegExp(`^${ASIDE},[ \\t]*(\\d{1,2}|${NUMBER_WORDS.slice(2).join("|")})(?:[ \\t]*(?:yrs?|years?(?:[ \\t]+old)?))?[ \\t]*(?=[,;)]|\\.(?:\\s|$)|$|\\([^()\\n]{1,30}\\)[ \\t]*(?:\\n|$))`), (m) => one(toNumber(m[1]))],
  // "Harrison (NHS 485 221 7718, 8)": a bracket whose last item, after what identifies the child, is a bare age.
  [/^\s*\([^()\n]{1,40},[ \t]*(\d{1,2})[ \t]*\)/, (m) => one(+m[1])],
  // "Child: Rio Bancroft, Year 3" — a year group set off by a comma at the end of a field or list item.
  [/^,[ \t]*(?:Year|Yr)[ \t]+(\d{1,2})[ \t]*(?=[,;)]|\.(?:\s|$)|$)/, (m) => yearGroup(+m[1])],
  // "Reece turns 15 on Monday", "will be 10 next week": a birthday still to come, so a year younger now.
  [new RegExp(`^\\s*(?:turns|will\\s+turn|is\\s+turning|will\\s+be)\\s+${NUM}\\b(?!\\s*(?:%|am\\b|pm\\b|minutes|hours|days|weeks|months|of\\b|[/:.]\\d))`, "i"), (m) => one(toNumber(m[1]) - 1)],
  // "Sienna, at 14, needs…", "Bia, at the age of 5,": an age set off as an aside (the register of statements and judgments).
  [new RegExp(`^\\s*,\\s*(?:now\\s+|only\\s+|just\\s+)?at\\s+(?:the\\s+age\\s+of\\s+|age\\s+)?${NUM}(?:\\s+years?(?:\\s+old)?)?\\s*,`, "i"), (m) => one(toNumber(m[1]))],
  // "When Remy turned 14 in March 2026": a birthday past, so that age then.
  [new RegExp(`^\\s*(?:had\\s+(?:just\\s+)?)?turned\\s+${NUM}\\b(?!\\s*(?:%|am\\b|pm\\b|minutes|hours|days|weeks|months|of\\b|[/:.]\\d))`, "i"), (m) => one(toNumber(m[1]))],
  // "Rio is a 7-year-old", "Mia, a lively 4-year-old,": the age written as a noun.
  [/^\s*,?\s*(?:is|was|who\s+is)?\s*an?\s+(?:[\p{Ll}-]+\s+)?(\d{1,2})[- ]years?[- ]old\b/iu, (m) => one(+m[1])],
  // Shorthand lists give a bare number after each name: "kai 13, ruby 8." (the item ends straight after it).
  [/^[ \t]+(\d{1,2})(?=[ \t]*(?:[,;]|$|\.(?:\s|$)))/, (m) => one(+m[1])],
];
// ("Benedek Szabó ("Benny"), DOB 15/01/2018": a bracketed aside may come first.)
const BORN_AFTER = new RegExp(`^${ASIDE}\\s*[(,]?\\s*(?:(?:was\\s+|is\\s+)?born(?:\\s+on)?|DOB|D\\.O\\.B\\.?|date of birth|b\\.)\\s*:?\\s*(${DATE_SOURCE})`, "i");
// A header line of fields set apart by runs of spaces or tabs: "Pupil: Jayden Mulgrew   Year 5   DOB: 08/10/2016".
const FIELD_DOB_AFTER = new RegExp(`^(?:(?:[ \\t]{2,}|\\t)[^\\t\\n]{1,30}?)?(?:[ \\t]{2,}|\\t)(?:DOB|D\\.O\\.B\\.?|date of birth)\\s*:?\\s*(${DATE_SOURCE})`, "i");
// "Ava-Grace was born in March 2021": a month and year, taken as the middle of the month.
const BORN_MONTH_AFTER = new RegExp(`^${ASIDE}\\s*[(,]?\\s*(?:was\\s+|is\\s+)?born\\s+(?:in\\s+)?(${MONTH_SOURCE})\\.?\\s+((?:19|20)\\d{2})\\b`, "i");

/** A month of a year with no day ("March 2021"), as the decimal year of the month's middle. */
const midMonth = (year: number, month: number) => year + (month - 1) / 12 + 0.5 / 12;

function one(n: number): AgeRange {
  return { lo: n, hi: n };
}
/** Year N in England: aged N+4 at the start of the school year, N+5 by its end. (N kept for schoolYear below.) */
function yearGroup(n: number): AgeRange {
  return { lo: n + 4, hi: n + 5, year: n };
}

// 1 September as a decimal fraction of the year: where a school year starts.
const SEPTEMBER = 243 / 365;
/**
 * The year groups (Reception 0, Year 1 …) in England and Wales at decimal time `at` that a child can be in, [lo, hi]:
 * one where the school cohort is known (from a Year group the record gives, Birth.cohort, or an exact date of birth),
 * else every cohort the estimated birth spans (an age gives two). The school year runs from 1 September, and a child
 * starts Reception in the September after turning four.
 */
export function schoolYears(birth: Birth, at: number): { lo: number; hi: number } {
  const now = Math.floor(at - SEPTEMBER) - 5;
  if (birth.cohort !== undefined) return { lo: now - birth.cohort, hi: now - birth.cohort };
  return { lo: now - Math.floor(birth.to - SEPTEMBER), hi: now - Math.floor(birth.from - SEPTEMBER) };
}

/** What a sentence's content says about the age of the child it is about (the first cue wins). */
const STAGES: Array<[RegExp, (m: RegExpExecArray) => AgeRange]> = [
  [
    /\b(?:nappy|nappies|cot|cot-bed|moses basket|bottle[- ]fed|formula milk|weaning|crawling|crawls|teething|babbling|pram|pushchair|tummy time|rolling over|first (?:tooth|teeth|words|steps)|baby food|high ?chair|(?:a|her|his|their|the) bottle (?:at|before|in the|during the) (?:bed|bedtime|night|morning|day)|bottle[- ]?feeds?|dumm(?:y|ies)|sleepsuits?|babygro(?:w)?s?|rusks?|baby walker|jumperoo)\b/i,
    () => ({ lo: 0, hi: 3 }),
  ],
  // A weight only a baby has (a newborn's weight, 1–9.9 kg, pounds and ounces), or their birth weight. A weight
  // gained or lost ("has put on 6 kg since the birth") is a change anyone's weight can make, not a weight.
  [/\b(?:birth ?weight|(?<!\b(?:put on|gained|gain of|lost|loss of|dropped|by)\s+)(?:[1-9](?:\.\d{1,2})? ?kg\b|\d{1,2} ?lbs? ?\d{1,2} ?oz))/i, () => ({ lo: 0, hi: 1 })],
  // A toddler's milestones, which a newborn cannot have. Milestones are months apart, so half a year of slack.
  [
    // (Not "walking well again after her operation", "started walking to school", "has 10 words to learn".)
    /\b(?:walking (?:well|independently|unaided|steadily)(?!\s+(?:again|after|since|with|to|home)\b)|(?:started|starting|began|learning) (?:to walk|walking)(?!\s+(?:to|home|with|alone|on|by|the|her|his|their|again)\b)|climbs? (?:up )?(?:the )?stairs (?:holding|on (?:all fours|her own|his own)|with (?:help|support)|unaided|independently)|(?:has|says|uses) (?:around |about |over |nearly |at least )?\d{1,3} (?:single |clear )?words(?!\s+(?:to|for|on|in|of)\b)|two[- ]word (?:phrases|sentences))/i,
    () => ({ lo: 1, hi: 3, slack: 0.5 }),
  ],
  [/\b(?:nursery|pre-?school|playgroup|creche|crèche|childminder|meithrin|toddler group|(?:potty|toilet)[- ]training)\b/i, () => ({ lo: 1, hi: 4 })],
  [/\b(?:due to start school|start(?:s|ed|ing)? (?:school|reception)|in reception)\b/i, () => ({ lo: 3, hi: 5 })],
  [/\b(?:Year|Yr)\s+(\d{1,2})\b/, (m) => yearGroup(+m[1])],
  [/\b(?:infant school|junior school|primary school|KS[12]|SATs)\b/i, () => ({ lo: 4, hi: 11 })],
  [/\b(?:secondary school|KS[34]|high school|(?:start(?:s|ed|ing)?|mov(?:e|es|ed|ing) up to|go(?:es|ing)? up to|went up to|transition(?:s|ed)? to) secondary)\b/i, () => ({ lo: 11, hi: 16 })],
  // A school named as a "High" ("started at Castlebrook High"), not a street ("Castlebrook High Street").
  [/\b\p{Lu}[\p{L}'’-]+ High\b(?! (?:Street|St|Road|Rd)\b)/u, () => ({ lo: 11, hi: 16 })],
  [/\b(?:GCSEs?|A[- ]levels?|sixth form|mock exams|college course)\b/i, () => ({ lo: 14, hi: 19 })],
  // Further-education college, written in lower case after a verb or preposition of going ("not going to college",
  // "missed college"): a named "… College" can be a secondary school, so only the common noun.
  [/\b(?:to|at|from|attends?|attending|attended|starts?|started|starting|missed|misses|missing|skipped|skipping|enrolled (?:at|in))\s+college\b/, () => ({ lo: 16, hi: 19 })],
  // The health visiting reviews a child has at set ages (Healthy Child Programme, DHSC/OHID: the 6–8 week
  // review, the 1-year review, the 2 to 2½-year review): "her 2-year development review", "his 6-week check".
  // (The number may be written as a word: "her two-year development check".)
  [new RegExp(`\\b${NUM}[- ](week|month|year)(?:[- ]old)?\\s+(?:(?:health|development(?:al)?|HV)\\s+)?(?:review|check)\\b`, "i"), (m) => reviewAge(toNumber(m[1]), m[2].toLowerCase())],
  // "behind for a child of two years and seven months": an age in years and months, given to what is said of the child.
  [new RegExp(`\\b(?:(?:child|baby|toddler|boy|girl)\\s+of|aged)\\s+${NUM}\\s+years?(?:\\s+and\\s+${NUM}\\s+months?)?\\b`, "i"), (m) => one(toNumber(m[1]) + (m[2] ? toNumber(m[2]) / 12 : 0))],
  // An age band a group or service is for ("the group for 12- to 14-year-olds", "a club for 8-11 year olds", "aged 12 to 14"):
  // written before the single age below, so it is read first.
  [/\b(?:aged\s+|ages\s+)?(\d{1,2})(?:-year-olds?)?\s*(?:-\s*to|-|–|—|to)\s*(\d{1,2})(?:[- ]years?[- ]olds\b|(?<=aged\s+\d{1,2}\s*(?:-\s*to|-|–|—|to)\s*\d{1,2})(?!\d|[:.]\d))/i, (m) => ({ lo: +m[1], hi: +m[2] })],
  // "a typical 2-year-old", "like a 10-year-old": the age written as a noun.
  [/\b(\d{1,2})[- ]years?[- ]old\b/i, (m) => ({ lo: +m[1], hi: +m[1] })],
  [/\b(?:apprenticeship|driving (?:lessons?|test)|provisional (?:licence|license))\b/i, () => ({ lo: 16, hi: 30 })],
  // A boyfriend or girlfriend: not a toddler's or an infant-school child's life.
  [/\b(?:boyfriend|girlfriend)\b/i, () => ({ lo: 11, hi: 40 })],
];

/** The age at a scheduled review: a week or month review is in the first two years, a year review lasts half a year. */
function reviewAge(n: number, unit: string): AgeRange {
  if (unit === "week") return { lo: 0, hi: 1 };
  if (unit === "month") return { lo: Math.floor(n / 12), hi: Math.floor(n / 12) + 1 };
  return { lo: n, hi: n + 0.5, slack: 0.5 };
}

/** The age range a stretch of text implies, if any. */
export function stageOf(text: string): AgeRange | undefined {
  let best: { at: number; range: AgeRange } | undefined;
  for (const [re, f] of STAGES) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, range: f(m) };
  }
  return best?.range;
}

/** The age stated straight after a name ("is ten", "(Year 5)"), if any. */
export function ageAfter(after: string): AgeRange | undefined {
  for (const [re, f] of AGE_AFTER) {
    const m = re.exec(after);
    if (m) return f(m);
  }
  return undefined;
}

const ROW_DATE = new RegExp(`^\\s*(${DATE_SOURCE})`, "i");
// A chronology row dated by month alone: "09/2025⇥Bailey moves up to Year 1", "March 2024 – …".
const ROW_MONTH = new RegExp(`^\\s*(?:(\\d{1,2})/|(${MONTH_SOURCE})\\.?\\s+)((?:19|20)\\d{2})(?!\\d|/)`, "i");

// A line that is only a year or a span of years: the heading of a chronology written in prose by year.
const YEAR_HEADING = /^[ \t]*((?:19|20)\d{2})(?:[ \t]*[–—-][ \t]*((?:19|20)?\d{2}))?[ \t]*:?[ \t]*$/gm;
// How far back a year heading still dates a paragraph (a few paragraphs of one year).
const HEADING_REACH = 1500;
// How far either side of a mention its sentence's own date is looked for.
const SENTENCE_REACH = 250;

/**
 * Dates that place a mention in time: the date opening its line (a chronology row), else the year
 * heading the paragraph sits under ("2023⏎Callum and Ava moved…"), else the record's date.
 */
export class Timeline {
  private readonly ref: SimpleDate | undefined;
  private readonly headings: Array<{ at: number; year: number }> = [];
  constructor(private readonly text: string) {
    this.ref = latestDate(text);
    YEAR_HEADING.lastIndex = 0;
    for (let m = YEAR_HEADING.exec(text); m; m = YEAR_HEADING.exec(text)) {
      const from = +m[1];
      const to = m[2] ? (m[2].length === 2 ? Math.floor(from / 100) * 100 + +m[2] : +m[2]) : from;
      // Mid-way through the year (or the span), since the paragraph can be any time in it.
      if (to >= from && to - from <= 5) this.headings.push({ at: m.index + m[0].length, year: (from + to) / 2 + 0.5 });
    }
  }

  /** The year heading the offset sits under, if one is near enough before it. */
  private headingYear(offset: number): number | undefined {
    let lo = 0;
    let hi = this.headings.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.headings[mid].at <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0 || offset - this.headings[found].at > HEADING_REACH) return undefined;
    return this.headings[found].year;
  }

  /** The date opening the line holding offset (a chronology row), as a decimal year, if any. */
  rowYear(offset: number): number | undefined {
    let lineStart = offset;
    const stop = Math.max(0, offset - 400);
    while (lineStart > stop && this.text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    const head = this.text.slice(lineStart, lineStart + 40);
    const m = ROW_DATE.exec(head);
    const d = m && parseDate(m[1]);
    if (d) return decimal(d);
    const r = ROW_MONTH.exec(head);
    const month = r ? (r[1] ? +r[1] : monthNumber(r[2])) : undefined;
    return r && month && month <= 12 ? midMonth(+r[3], month) : undefined;
  }

  /** When what a sentence says happened: its row's date, else a date the sentence itself gives, else yearAt. */
  sentenceYear(offset: number, start: number, end: number): number {
    // (Bounded: the part of a long sentence around the offset.)
    return this.rowYear(offset) ?? eventDate(this.text.slice(Math.max(start, offset - SENTENCE_REACH), Math.min(end, offset + SENTENCE_REACH))) ?? this.yearAt(offset);
  }

  /** Decimal year at which something on the line holding offset was written. */
  yearAt(offset: number): number {
    const row = this.rowYear(offset);
    if (row !== undefined) return row;
    const heading = this.headingYear(offset);
    if (heading !== undefined) return heading;
    // With no date anywhere, ages are all "now": any common origin compares them.
    return this.ref ? decimal(this.ref) : 0;
  }
}

export const decimal = (d: SimpleDate) => d.year + (d.month - 1) / 12 + (d.day - 1) / 365;

/**
 * A person's year of birth, estimated from what the record says: [earliest, latest]; and, when a Year group gave it,
 * the school cohort (the calendar year in which the school year of their birth began), which a Year group fixes exactly.
 */
export type Birth = { from: number; to: number; cohort?: number };

// A table's columns: what a cell holds under "Date of birth", "Age" or "School / year" is said of the name that
// opens its row ("Ruby-Jo Rowe⇥sister⇥08/09/2022⇥Little Acorns Nursery"), however the row is worded.
const DOB_HEADER = /^\s*(?:date\s+of\s+birth|d\.?o\.?b\.?|born|birth\s*date)\b/i;
const AGE_COLUMN = /^\s*(?:age|aged)\b/i;
const YEAR_COLUMN = /\b(?:school|setting|year(?:\s+group)?|class|education)\b/i;
const AGE_VALUE = /^\s*(?:about|approx\.?|c\.)?\s*(\d{1,2})\s*(?:yrs?|years?)?\s*$/i;
const YEAR_VALUE = /\b(?:Year|Yr)\s+(\d{1,2})\b/;
const TABLE_LINES_BACK = 12;

const cellsOfLine = (line: string) => line.split(line.includes("\t") ? "\t" : "|").map((c) => c.trim());

/** Birth estimate from the row a name opens, read under its table's header (bounded: twelve lines up). */
function rowBirth(text: string, end: number, timeline: Timeline): Birth | undefined {
  let lineStart = end;
  while (lineStart > 0 && end - lineStart < 80 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = text.length;
  const row = text.slice(lineStart, lineEnd);
  if (!/[\t|]/.test(row) || /[\t|]/.test(text.slice(lineStart, end).replace(/^[\s|]+/, ""))) return undefined;
  // The block's first line is its header.
  let headerStart = lineStart;
  for (let n = 0; n < TABLE_LINES_BACK && headerStart > 0; n++) {
    const prevStart = text.lastIndexOf("\n", headerStart - 2) + 1;
    if (!/[\t|]/.test(text.slice(prevStart, headerStart - 1))) break;
    headerStart = prevStart;
  }
  if (headerStart === lineStart) return undefined;
  const header = cellsOfLine(text.slice(headerStart, text.indexOf("\n", headerStart)));
  const cells = cellsOfLine(row);
  for (let c = 1; c < Math.min(header.length, cells.length); c++) {
    if (DOB_HEADER.test(header[c])) {
      const d = parseDate(cells[c]);
      if (d) return { from: decimal(d), to: decimal(d) };
    }
  }
  const at = timeline.yearAt(end);
  for (let c = 1; c < Math.min(header.length, cells.length); c++) {
    const age = AGE_COLUMN.test(header[c]) ? AGE_VALUE.exec(cells[c]) : null;
    if (age) return { from: at - +age[1] - 1, to: at - +age[1] };
    const year = YEAR_COLUMN.test(header[c]) ? YEAR_VALUE.exec(cells[c]) : null;
    if (year) return { from: at - +year[1] - 6, to: at - +year[1] - 4 };
  }
  return undefined;
}

/** Birth-year estimate from one mention: an age or stage straight after it, a date of birth, or its table row's cells. */
export function birthFrom(text: string, end: number, timeline: Timeline): Birth | undefined {
  const fromRow = /^(?:\s*\([^()\n]{1,30}\))?[ \t]*[\t|]/.test(text.slice(end, end + 40)) ? rowBirth(text, end, timeline) : undefined;
  if (fromRow) return fromRow;
  // "[Bianca] (age 3)": a name in square brackets (an anonymised court document) keeps its age.
  const after = text.slice(end, end + 90).split("\n")[0].replace(/^['’]s\b/, "").replace(/^\]/, "");
  const born = BORN_AFTER.exec(after) ?? FIELD_DOB_AFTER.exec(after);
  if (born) {
    const d = parseDate(born[1]);
    if (d) return { from: decimal(d), to: decimal(d) };
  }
  const bornIn = BORN_MONTH_AFTER.exec(after);
  const month = bornIn && monthNumber(bornIn[1]);
  if (bornIn && month) {
    const d = midMonth(+bornIn[2], month);
    return { from: d, to: d };
  }
  const rowBorn = bornInRow(text, end, after, timeline);
  if (rowBorn !== undefined) return { from: rowBorn, to: rowBorn };
  const age = ageAfter(after);
  if (!age) return undefined;
  const at = timeline.yearAt(end);
  if (at === undefined) return undefined;
  return birthAtAge(age, at);
}

// A chronology row that records a birth: "14/10/2017⇥Bailey Holt born to Ms Holt", "03/2021 – Ava born at 36 weeks".
// The row's date is the date of birth of the name opening the row (after the date alone).
const BORN_IN_ROW = /^(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}[ \t]+(?:(?:was|is)[ \t]+)?born\b/u;
const ROW_LEAD = /^[ \t]*[\d/.]+(?:[ \t]+\p{L}+\.?[ \t]+(?:19|20)\d{2})?[ \t]*(?:[\t|–-][ \t]*)?$|^[ \t]*\d{1,2}(?:st|nd|rd|th)?[ \t]+\p{L}+\.?[ \t]+(?:19|20)\d{2}[ \t]*(?:[\t|–-][ \t]*)?$|^[ \t]*\p{L}+\.?[ \t]+(?:19|20)\d{2}[ \t]*(?:[\t|–-][ \t]*)?$/u;

/** The decimal date of birth a chronology row gives the name opening it, if the row records that name's birth. */
function bornInRow(text: string, end: number, after: string, timeline: Timeline): number | undefined {
  if (!BORN_IN_ROW.test(after)) return undefined;
  const lineStart = text.lastIndexOf("\n", end - 1) + 1;
  if (end - lineStart > 80) return undefined;
  const lead = text.slice(lineStart, end).replace(/\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}$/u, "");
  if (!ROW_LEAD.test(lead)) return undefined;
  return timeline.rowYear(end);
}

// An age or year group written just before a name, as what the name is: "a Year 11 called Harriet Cole", "a
// 15-year-old boy called Jenson", "the 14-year-old Kayla", "her sister, 14-year-old Kayla". (A bare "Year 7 Harriet"
// is read only with a noun or a naming verb between: "In Year 7 Harriet moved…" dates the sentence.)
const BEFORE_NAME = new RegExp(
  `(?:\\b(?:Year|Yr)\\s+(\\d{1,2})(?:\\s+(?:boy|girl|pupil|student|child|classmate|peer))?\\s+(?:called|named|known\\s+as)|\\b${NUM}[- ]years?[- ]old(?:\\s+(?:boy|girl|pupil|student|child|brother|sister|son|daughter|cousin|classmate|friend|peer))?(?:\\s+(?:called|named|known\\s+as)|\\s*,)?)\\s+$`,
  "i",
);

/** Birth-year estimate from an age or year group written just before a mention, as what the person is. */
export function birthBefore(text: string, start: number, timeline: Timeline): Birth | undefined {
  const m = BEFORE_NAME.exec(text.slice(Math.max(0, start - 50), start));
  if (!m) return undefined;
  const age = m[1] ? yearGroup(+m[1]) : one(toNumber(m[2]));
  return birthAtAge(age, timeline.yearAt(start));
}

// A child's own setting or class, said in the present straight after their name: a nursery or preschool they attend
// ("Ruby goes to the preschool on Hill Lane", "Maisie's nursery has offered…", "takes Wiktor to nursery"), or the
// class they are in ("Jayden in Year 10 at Parkside", "Freddie, now in Year 11", "Leon is in Reception"). Not a past
// stage ("was in Reception"), not a setting the child only visits ("collects Aiden from nursery").
const SETTING = "(?:[Nn]ursery|[Pp]re-?school|[Pp]laygroup|[Dd]ay [Nn]ursery)";
type SettingCue = {
  after: RegExp;
  age: (m: RegExpExecArray) => AgeRange;
  /** The words before the name this cue needs, if any (given the match after it). */
  before?: (m: RegExpExecArray) => RegExp | undefined;
};
// (Case-sensitive: the verbs are written in lower case, and a capitalised word before the setting is its name.)
const OWN_SETTING_AFTER: SettingCue[] = [
  { after: new RegExp(`^['’]s\\s+${SETTING}\\b(?![- ](?:aged?|nurse|rhyme))`, "u"), age: () => ({ lo: 1, hi: 4 }) },
  {
    after: new RegExp(`^\\s+(?:(?:still|now|also|only)\\s+)?(?:attends|goes\\s+to|is\\s+at|has\\s+started(?:\\s+at)?|is\\s+starting(?:\\s+at)?)\\s+(?:the\\s+|a\\s+|her\\s+|his\\s+|their\\s+)?(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,3}?${SETTING}\\b`, "u"),
    age: () => ({ lo: 1, hi: 4 }),
  },
  { after: new RegExp(`^\\s+(?:up\\s+and\\s+|off\\s+)?(?:to|at)\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+)?${SETTING}\\b`, "u"), age: () => ({ lo: 1, hi: 4 }), before: () => TAKEN_BEFORE },
  { after: /^(\s*,\s*now|\s+now|\s+is(?:\s+now)?)?\s+in\s+Reception\b/, age: () => yearGroup(0), before: (m) => (m[1] ? undefined : OPENS_ITEM_BEFORE) },
  { after: /^(\s*,\s*now|\s+now|\s+is(?:\s+now)?)?\s+in\s+(?:Year|Yr)\s+(\d{1,2})\b/, age: (m) => yearGroup(+m[2]), before: (m) => (m[1] ? undefined : OPENS_ITEM_BEFORE) },
];
// The words before "to nursery" or "at nursery" that make the name the one taken there: a verb of taking or getting
// ("takes Wiktor to nursery", "get Zach up and to nursery", "drops Arlo off at the day nursery").
const TAKEN_BEFORE = /\b(?:takes?|took|taking|drops?|dropped|dropping|walks?|walked|walking|gets?|got|getting|brings?|brought|bringing)\s+$/i;
// A bare "Jayden in Year 10" (no "is" or "now") is the child's class only where the name opens its clause or list item:
// after "met Jayden in Year 8" the year dates the meeting.
const OPENS_ITEM_BEFORE = /(?:^|[\n.;:,!?(•–-]\s*|\band\s+)$/;

// A school or college a child attends, said in the present straight after their name ("Lexi goes to Meadow Lane Primary
// School", "Connor attends college", "Archie is at Castlegate High"): its stage as STAGES reads it (a primary, a high
// school, further-education college), so only the kinds of school STAGES knows count; a named "Academy" says nothing.
const ATTENDS_SCHOOL = /^\s+(?:(?:still|now|also|only)\s+)?(?:attends|goes\s+to|is\s+at|is\s+in|has\s+started(?:\s+at)?|is\s+starting(?:\s+at)?)\s+((?:the\s+|a\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){0,3}(?:primary|infant|junior|secondary|high)\s+school\b|(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Primary|Infants|Juniors|High)\b(?!\s+(?:Street|St|Road|Rd)\b)|college\b|sixth\s+form\b)/u;

/** Birth-year estimate from the setting or class a child is in, said straight after a mention (see OWN_SETTING_AFTER). */
export function settingBirth(text: string, start: number, end: number, timeline: Timeline): Birth | undefined {
  const after = text.slice(end, end + 90).split("\n")[0];
  for (const cue of OWN_SETTING_AFTER) {
    const m = cue.after.exec(after);
    if (!m) continue;
    const before = cue.before?.(m);
    if (before && !before.test(text.slice(Math.max(0, start - 12), start))) continue;
    return birthAtAge(cue.age(m), timeline.yearAt(end));
  }
  const school = ATTENDS_SCHOOL.exec(after);
  // ("attends college": STAGES reads further-education college after a verb of going, so the verb is kept.)
  // (A school named as a "… Primary" or "… High" is read as the kind it names.)
  const kind = school && (/^college/.test(school[1]) ? "attends college" : school[1].replace(/\b(?:Primary|Infants|Juniors)\b/, "primary school").replace(/\bHigh\b/, "high school"));
  const age = kind ? stageOf(kind) : undefined;
  if (!age) return undefined;
  return birthAtAge(age, timeline.yearAt(end));
}

/** Birth estimate for someone of age range `age` in `year`. */
function birthAtAge(age: AgeRange, year: number): Birth {
  const birth: Birth = { from: year - age.hi - 1, to: year - age.lo };
  if (age.year !== undefined) birth.cohort = Math.floor(year - SEPTEMBER) - age.year - 5;
  return birth;
}

/** Age range at a given time for a birth estimate. */
export function ageAt(birth: Birth, year: number): AgeRange {
  return { lo: year - birth.to, hi: year - birth.from };
}

/** True when two ranges cannot overlap even allowing `slack` years either way. */
export const apart = (a: AgeRange, b: AgeRange, slack: number) => a.hi + slack < b.lo || b.hi + slack < a.lo;

// A date written in a sentence ("At the 8-week check on 3 February 2026", "in July 2025"): when the sentence's own
// event happened. Not a date of birth ("born in March 2021", "DOB 04/05/2020"), which dates someone else's life.
const DATE_IN = new RegExp(`(${DATE_SOURCE})|\\b(${MONTH_SOURCE})\\.?\\s+((?:19|20)\\d{2})\\b`, "gi");
const BIRTH_BEFORE = /\b(?:born|DOB|D\.O\.B\.?|birth|due)\W*(?:on|in)?\s*$/i;

/** Decimal year of the first date in the text that is not a date of birth, if any. */
export function eventDate(text: string): number | undefined {
  DATE_IN.lastIndex = 0;
  for (let m = DATE_IN.exec(text); m; m = DATE_IN.exec(text)) {
    if (BIRTH_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
    if (m[1]) {
      const d = parseDate(m[1]);
      if (d) return decimal(d);
      continue;
    }
    const month = monthNumber(m[2]);
    if (month) return midMonth(+m[3], month);
  }
  return undefined;
}
