// The wording lexicon (rules/jargon.json, rules/judgemental.json): typed, compiled once at module
// load into one phrase matcher per category, and scanned once per document whichever rules ask.
import jargonData from "../../../../rules/jargon.json";
import judgementalData from "../../../../rules/judgemental.json";
import acronymData from "../../../../rules/acronyms.json";
import type { AcronymEntry, AcronymFile } from "./acronyms";
import type { DocumentKind } from "../../types";
import type { RuleContext } from "../../rule";
import { PhraseMatcher, expandPattern } from "../../text/phrase-matcher";
import type { ReplacementData } from "./replacements";
import { expandInflections, regularSpellings } from "./inflect";

export type FlagIn = "all" | { only: DocumentKind[] } | { except: DocumentKind[] };

export type LexiconEntry = ReplacementData & {
  id: string;
  term: string;
  /** The research's variants, as gathered (what is matched is `match`). */
  variants: string[];
  subtype: string;
  /** The research's plainer or fairer wordings, as gathered; what is offered is `replacements` and `advice`. */
  alternatives: string[];
  /** Why it matters (the finding's note). */
  why: string;
  /** When the research says it applies and when not. */
  context: string;
  source: string;
  /** Phrases matched; "{a|b}" groups expand to every combination and "~verb" to every form of the verb. */
  match: string[];
  flagIn: FlagIn;
  /** Name of a sense check in code (see guards.ts). */
  guard?: string;
  confidence: number;
  /** Professional wording a child does not use of themselves ("sexually active"): still the writer's inside the child's reported words. */
  writersWords?: boolean;
  enabled?: boolean;
  curation?: string;
  added?: string;
};

export type LexiconFile = { entries: LexiconEntry[] };

export const JARGON_ENTRIES: readonly LexiconEntry[] = (jargonData as LexiconFile).entries;
export const JUDGEMENTAL_ENTRIES: readonly LexiconEntry[] = (judgementalData as LexiconFile).entries;

export type LexiconMatch = { start: number; end: number; entry: LexiconEntry };

/** Does the entry apply to this kind of record? */
export function appliesTo(flagIn: FlagIn, kind: DocumentKind): boolean {
  if (flagIn === "all") return true;
  if ("only" in flagIn) return flagIn.only.includes(kind);
  return !flagIn.except.includes(kind);
}

// Court papers that the kind guess can miss: a care plan or statement headed with a family court case
// number ("Case No: NM24C00341") or a court heading. Emails are never treated as court papers.
const COURT_HEAD =
  /\b(?:in the (?:family|high) court|case (?:no|number)\.?\s*:?\s*[A-Z]{2}\d{2}[A-Z]\d{4,6}|threshold document|final care plan|social work statement|position statement)\b/i;

/**
 * The kind that decides which terms are jargon: a record filed in care proceedings is read as a court
 * report, where legal terms of art ("contact", "placement order") are the right words.
 */
export function wordingKind(ctx: RuleContext): DocumentKind {
  // An email stays an email even about proceedings: a lawyer's email is read by the family too. A letter addressed to
  // the court in proceedings ("To: The Family Court sitting at…", with the case number) is read by the court first.
  if (ctx.kind === "court-report" || ctx.kind === "letter-to-child") return ctx.kind;
  if (ctx.kind === "email" && !TO_THE_COURT.test(ctx.text.slice(0, 800))) return ctx.kind;
  // Once per analysis: each rule's scoped context shares it.
  return ctx.perAnalysis(KINDS, () => (courtPaper(ctx.text) ? "court-report" : ctx.kind));
}

const KINDS = {};
const TO_THE_COURT = /^[ \t]*to[ \t]*:[^\n]*\bcourt\b/im;

// A judgment's header: a neutral citation, the judge, the hearing dates, "Re X (A Child)", the statute the
// case is brought under ("IN THE MATTER OF THE CHILDREN (NORTHERN ISLES) LAW"), the parties' block ("First
// Respondent" on its own line), or a judgment that opens with
// the judge's name ("Her Honour Judge Hesketh :").
const JUDGMENT_HEAD =
  /\b(?:neutral citation|approved judgment|hearing dates?\s*:|before\s*:?\s*(?:HHJ|His Honour|Her Honour|(?:Mr|Mrs|Ms)\.?\s+Justice|District Judge|Recorder)\b)|\[(?:19|20)\d\d\]\s+(?:EWFC|EWCA\s+Civ|EWHC|UKSC)\b|\bRe\s+[A-Z][\p{L}-]*\s+\((?:A\s+Child|Children|Minors?)\)|(?:^|\n)[ \t]*(?:first|second|third)[ \t]+respondent[ \t]*(?:\n|$)|\bin\s+the\s+matter\s+of\s+the\s+(?:children|adoption(?:\s+and\s+children)?)\s+(?:\([\p{L} ]{2,20}\)\s+)?(?:act|law|order)\b|^[\s-]*(?:His|Her)\s+Honour\s+Judge\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*(?:KC|QC)?\s*:/iu;
// A stretch each alternative of the header holds, as a pattern of its own: tried one by one they rule most records out
// at a sixth of the header's cost (a union, like the header itself, is tried at every offset under the iu flags).
const JUDGMENT_HEAD_PARTS = [
  /(?:neutral citation|approved judgment|hearing dates?\s*:|before\s*:?\s*(?:HHJ|His Honour|Her Honour|(?:Mr|Mrs|Ms)\.?\s+Justice|District Judge|Recorder)\b)/iu,
  /\[(?:19|20)\d\d\]/iu,
  /\((?:A\s+Child|Children|Minors?)\)/iu,
  /respondent/iu,
  /matter\s+of\s+the/iu,
  /Honour\s+Judge/iu,
];
const judgmentHead = (head: string) => JUDGMENT_HEAD_PARTS.some((part) => part.test(head)) && JUDGMENT_HEAD.test(head);
const CASE_NUMBER = /\b[A-Z]{2}\d{2}[CP]\d{4,6}\b/;
// Words of a case in proceedings, in a lawyer's email or file note.
const PROCEEDINGS = /\b(?:bundle|hearing|IRH|CMH|FCMH|counsel|directions|final evidence|the court|judge|proceedings)\b/i;
// Numbered paragraphs that argue the Act's case for an order: a statement to the court. Naming the Act or an order
// ("Legal status: Section 31 care order", "a Section 47 enquiry under the Children Act 1989") is not enough: a
// care plan, a review or a strategy meeting's minutes, in numbered sections, name them too.
const NUMBERED_PARAGRAPH = /^[ \t]*\d{1,2}(?:\.\d{1,2})?\.?[ \t]+\p{Lu}/gmu;
const CITES_THE_ACT =
  /\b(?:threshold criteria|(?:s\.?\s?|section\s)31\s?\(2\)|(?:appl(?:y|ies|ied|ication)|asks?\s+the\s+court)\s+(?:to\s+the\s+court\s+)?(?:for|under|to\s+make)\s+(?:an?\s+)?(?:interim\s+)?(?:care|supervision|placement)\s+order)/i;

/**
 * A record filed in, or written about, care proceedings: a court heading or case number, a judgment's
 * header, numbered paragraphs arguing for an order under the Act, or (in a file note) a family-court case number
 * with the words of proceedings.
 */
function courtPaper(text: string): boolean {
  const head = text.slice(0, 1500);
  if (CASE_NUMBER.test(head) && PROCEEDINGS.test(head)) return true;
  if (COURT_HEAD.test(text.slice(0, 800)) || judgmentHead(head)) return true;
  const body = text.slice(0, 6000);
  if (!CITES_THE_ACT.test(body)) return false;
  NUMBERED_PARAGRAPH.lastIndex = 0;
  let n = 0;
  while (n < 3 && NUMBERED_PARAGRAPH.exec(body)) n++;
  return n >= 3;
}

const FIRST_PARAGRAPH = /^[ \t]*(?:1\.?(?:[ \t]+|[ \t]*\n\s*)\p{Lu}|(?:approved\s+)?(?:judgment|j[ \t]u[ \t]d[ \t]g[ \t]m[ \t]e[ \t]n[ \t]t)[ \t]*$|introduction[ \t]*$)/imu;
// A judgment's first numbered paragraph, its number alone on a line as published ("1.\n\nThis hearing concerns…").
const PARAGRAPH_ONE = /^[ \t]*1\.?(?:[ \t]+|[ \t]*\n\s*)\p{Lu}/mu;
const headerEnds = new Map<string, number>();

/**
 * Where the header of a court document ends (its title, case number, parties, judge, counsel and
 * solicitors), or 0 when the text has no court heading: up to the first numbered paragraph or the
 * "JUDGMENT" / "INTRODUCTION" line. Remembered for the last text only.
 */
export function courtHeaderEnd(text: string): number {
  const known = headerEnds.get(text);
  if (known !== undefined) return known;
  const head = text.slice(0, 1500);
  let end = 0;
  // A court heading or a judgment's header; not an email about proceedings (its header is the email's).
  const email = /^\s*(?:from|to|sent|date|subject)\s*:/i.test(head);
  const judgment = !email && judgmentHead(head);
  if (judgment || (!email && COURT_HEAD.test(text.slice(0, 800)))) {
    // A judgment's "Approved Judgment" line is followed by its publication notice, the transcriber's address
    // and the judge's name: the header runs on to its first numbered paragraph where it has one.
    const m = (judgment ? PARAGRAPH_ONE.exec(text.slice(0, 6000)) : null) ?? FIRST_PARAGRAPH.exec(text.slice(0, 6000));
    end = m ? m.index : 0;
  }
  headerEnds.clear();
  headerEnds.set(text, end);
  return end;
}

/** A phrase written in capitals is an acronym: the acronym rules own it, matched case-sensitively. */
export const isAllCapsPhrase = (p: string): boolean => /[A-Z].*[A-Z]/.test(p) && p === p.toUpperCase();

type Payload = { kind: "jargon" | "judgemental"; entry: LexiconEntry } | { kind: "acronym"; entry: AcronymEntry; shorthand: boolean };
type Spec = { phrase: string; value: Payload; caseSensitive?: boolean; group: number };

const GROUP = { jargon: 0, judgemental: 1, acronym: 2 } as const;

/** The phrases one match pattern stands for: "{a|b}" alternatives, then "~verb" inflections. */
export const expandMatch = (pattern: string): string[] => expandPattern(pattern).flatMap(expandInflections);

function lexiconSpecs(kind: "jargon" | "judgemental", entries: readonly LexiconEntry[]): Spec[] {
  const specs: Spec[] = [];
  for (const entry of entries) {
    if (entry.enabled === false) continue;
    // Each phrase once per entry, with its regular spellings (hyphen or space, the head noun's plural, -ize).
    const heads = new Set([entry.term, ...entry.variants].map((v) => /(\p{L}+)$/u.exec(v)?.[1].toLowerCase() ?? ""));
    const phrases = new Set(entry.match.flatMap((m) => expandMatch(m).flatMap((p) => regularSpellings(p, heads))));
    for (const phrase of phrases) {
      specs.push({ phrase, value: { kind, entry }, group: GROUP[kind], ...(isAllCapsPhrase(phrase) ? { caseSensitive: true } : {}) });
    }
  }
  return specs;
}

/** Abbreviation forms are case-sensitive when they hold two or more capitals ("CP", "SENCo"), and take a plural s. */
export const isCaseSensitiveForm = (form: string): boolean => /[A-Z][^A-Z]*[A-Z]/.test(form);

// Single letters either side of a slash: a note-taker's shorthand ("F/C" for foster carer), not a pair of words.
const SLASH_SHORTHAND = /^[A-Z]\/[A-Z]$/;

function acronymSpecs(entries: readonly AcronymEntry[]): Spec[] {
  const specs: Spec[] = [];
  for (const entry of entries) {
    for (const form of entry.forms) {
      const cs = isCaseSensitiveForm(form);
      const value: Payload = { kind: "acronym", entry, shorthand: false };
      specs.push({ phrase: form, value, caseSensitive: cs, group: GROUP.acronym });
      if (cs && /[A-Z]$/.test(form)) specs.push({ phrase: `${form}s`, value, caseSensitive: true, group: GROUP.acronym });
    }
    const shorthand = new Set(entry.shorthand ?? []);
    // Slash shorthand is written in either case in notes: "F/C" and "f/c", "S/W" and "s/w".
    for (const form of entry.forms) if (SLASH_SHORTHAND.test(form)) shorthand.add(form.toLowerCase());
    // Two-word shorthand is written open or hyphenated ("mat gran", "mat-gran"): the regular spellings of either.
    for (const phrase of [...shorthand].flatMap((p) => regularSpellings(p))) specs.push({ phrase, value: { kind: "acronym", entry, shorthand: true }, group: GROUP.acronym });
  }
  return specs;
}

export const ACRONYM_ENTRIES: readonly AcronymEntry[] = (acronymData as AcronymFile).acronyms;

// One matcher for every word list, so a document is walked once whichever rules run.
const MATCHER = new PhraseMatcher<Payload>([
  ...lexiconSpecs("jargon", JARGON_ENTRIES),
  ...lexiconSpecs("judgemental", JUDGEMENTAL_ENTRIES),
  ...acronymSpecs(ACRONYM_ENTRIES),
]);

export type KnownAcronymMatch = { start: number; end: number; entry: AcronymEntry; shorthand: boolean };
type Scan = { jargon: LexiconMatch[]; judgemental: LexiconMatch[]; acronym: KnownAcronymMatch[] };

// The cache holds the last text only, so nothing outlives the next analyse() call.
let lastText: string | undefined;
let lastScan: Scan = { jargon: [], judgemental: [], acronym: [] };

function scanAll(text: string): Scan {
  if (text === lastText) return lastScan;
  const scan: Scan = { jargon: [], judgemental: [], acronym: [] };
  MATCHER.scan(text, (start, end, value) => {
    if (value.kind === "acronym") scan.acronym.push({ start, end, entry: value.entry, shorthand: value.shorthand });
    else scan[value.kind].push({ start, end, entry: value.entry });
  });
  lastText = text;
  lastScan = scan;
  return scan;
}

/** Lexicon matches of one category in text order (leftmost-longest). */
export function scanLexicon(category: "jargon" | "judgemental", text: string): readonly LexiconMatch[] {
  return scanAll(text)[category];
}

/** Known abbreviations from rules/acronyms.json, in text order. */
export function scanKnownAcronyms(text: string): readonly KnownAcronymMatch[] {
  return scanAll(text).acronym;
}

/** The phrases an entry is known by, for the organisation's allow-list. */
export const entryTerms = (entry: LexiconEntry): string[] => [entry.term, ...entry.variants];

/** First alternative as a quoted suggestion for the message, without the writer's placeholders. */
export function firstPlainAlternative(entry: LexiconEntry): string | undefined {
  return entry.alternatives.find((a) => !a.includes("[")) ?? entry.alternatives[0];
}

export type Guard = (ctx: RuleContext, start: number, end: number) => boolean;
