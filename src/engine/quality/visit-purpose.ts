// visitPurpose: does a visit record say why the visit happened? (null for other kinds of record)
import { lineEnd, lineStart } from "../text/lines";
import type { QualityCheck } from "../types";
import type { RuleContext } from "../rule";
import data from "../../../rules/quality/visit-purpose.json";
import type { PatternEntry } from "./lexicon";
import { firstAtOrAfter } from "../text/span";
import { alternatives, escapeLiteral, firstBounded } from "../text/bounded";
import { EvidenceSet, combine, groupIndex, lowerOf, lowerPattern, notApplicable, eachMatch, someWriting } from "./evidence";
import { insideAny, sectionsOf } from "./sections";
import { isPlanHeading } from "./next-steps";
import type { Span } from "../text/span";

export const VISIT_PURPOSE = {
  id: "visit-purpose",
  description: "A visit record says why the visit happened.",
  source: data.source,
};

type PurposeCue = PatternEntry & { bodyOnly?: boolean };
const ENTRIES = data.entries as PurposeCue[];
const CUES = combine(
  ENTRIES.map((e) => lowerPattern(e.pattern)),
  "gm",
);
// A title or heading line: short, with no sentence end ("STATUTORY VISIT – CHILD IN CARE", "Type: CIN visit").
const HEADING_LIKE = /^[^.!?]{0,80}$/;
const MAX_HEADING_WORDS = 8;

/** True when the line holding `at` is a title, heading or field rather than one of the record's sentences. */
function headingLine(text: string, at: number): boolean {
  const line = text.slice(lineStart(text, at), lineEnd(text, at)).trim();
  return HEADING_LIKE.test(line) && line.split(/\s+/).length <= MAX_HEADING_WORDS;
}
type VisitCue = PatternEntry & { firstLines?: number; aboutSubject?: boolean; session?: boolean };
const VISITS = (data.visits as VisitCue[]).map((e) => ({
  re: new RegExp(lowerPattern(e.pattern), "gm"),
  firstLines: e.firstLines,
  aboutSubject: e.aboutSubject === true,
  session: e.session === true,
}));
// Kinds of record that can record a visit to the child (Ruling 4); chronologies and court reports list
// visits among other events and are not records of one.
const CAN_RECORD_A_VISIT = new Set(["case-note", "email", "unknown"]);

// The layout of a record that reports on visits among other business without being the record of one: the
// minutes of a meeting or a judgment (issue 12, item 4: the kind of record from its layout as well as its words).
const MEETING_TITLE =
  /\b(?:minutes|core group|(?:child protection |review |initial |strategy )?conference|strategy (?:meeting|discussion)|(?:review|professionals'?|network|planning|team) meeting|notes? of (?:the |a )?meeting|meeting notes?|panel|transcript|judgment|practice review|learning review|supervision)\b/i;
const NUMBERED_PARAGRAPH = /^[ \t]*\[?\d{1,3}\.?\]?[ \t]+\S/gm;
const COURT_VOICE =
  /\b(?:I (?:find|found|am satisfied|make|made|direct|approve|accept|do not accept|prefer)|counsel for|on behalf of the (?:mother|father|local authority|applicant|respondent)|the (?:mother|father|local authority|applicant)['’]s case)\b/;
const LAYOUT_CHARS = 6000;
// What makes a header an email's: a sent time, a subject line or an address. A memo or a letter to the court
// heads itself "From:", "To:", "Date:", "Re:" too, and is still a letter that tells its reader about a visit.
const EMAIL_HEADERS = /^[ \t>]*(?:sent|subject)[ \t]*:|^[ \t>]*(?:from|to)[ \t]*:[^\n]*@/im;
const LETTER_GREETING = /^[ \t]*dear\s+\S/im;
const LETTER_CLOSE = /\byours\s+(?:sincerely|faithfully|truly)\b/i;

function isFormalLetter(text: string): boolean {
  const head = text.slice(0, 1500);
  return LETTER_GREETING.test(head) && !EMAIL_HEADERS.test(head) && LETTER_CLOSE.test(text);
}

/** True when the layout shows the minutes of a meeting or a judgment, which report visits rather than record one. */
function reportsOnVisits(ctx: RuleContext): boolean {
  const head = ctx.text.slice(0, LAYOUT_CHARS);
  const title = head
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 3)
    // Title lines only: a numbered paragraph that mentions a visit is not the record's title.
    .filter((l) => HEADING_LIKE.test(l) && l.split(/\s+/).length <= MAX_HEADING_WORDS)
    .join("\n");
  if (/\bvisit\b/i.test(title)) return false;
  if (MEETING_TITLE.test(title)) return true;
  NUMBERED_PARAGRAPH.lastIndex = 0;
  let paragraphs = 0;
  while (paragraphs < 5 && NUMBERED_PARAGRAPH.exec(head)) paragraphs++;
  return paragraphs >= 5 && COURT_VOICE.test(head);
}

/** A visit record, or another record that records a visit to the child ("Type: home visit", "I visited…"). */
export function recordsAVisit(ctx: RuleContext): boolean {
  // The layout decides over an inferred kind: a judgment whose second paragraph mentions a visit is not a visit record.
  if (reportsOnVisits(ctx)) return false;
  if (ctx.kind === "visit-record") return true;
  // An assessment is written up as a report, but the record of one of its sessions ("Purpose of the session: to
  // observe a bath and a feed") is the record of a visit to the child: only the cues of a session count there.
  const session = ctx.kind === "assessment";
  if (!session && !CAN_RECORD_A_VISIT.has(ctx.kind)) return false;
  // A formal letter ("Dear Danielle," … "Yours sincerely", no From:/To: headers) tells its reader about a visit;
  // it is not the record of one.
  if (ctx.kind === "email" && isFormalLetter(ctx.text)) return false;
  const lower = lowerOf(ctx);
  return VISITS.some(({ re, firstLines, aboutSubject, session: sessionCue }) => {
    if (session && !sessionCue) return false;
    re.lastIndex = 0;
    if (firstLines) {
      const title = lower.trimStart().split("\n").slice(0, firstLines).join("\n");
      for (let m = re.exec(title); m; m = re.exec(title)) {
        const v = /\bvisit\b/.exec(m[0]);
        const at = m.index + (v?.index ?? 0);
        if (!plannedVisit(title, at, at + (v?.[0].length ?? 0))) return true;
      }
      return false;
    }
    // A visit mentioned in prose counts when its line is about the subject child: names them, or refers
    // to them by pronoun with nobody else named (an email round-up may mention visits to other children).
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      // A visit only booked or planned ("Next home visit booked for 3 May") is not the record of one.
      if (visitToCome(ctx, lower, m.index, m.index + m[0].length)) continue;
      // Nor is an earlier visit the record refers back to ("at last week's home visit").
      if (EARLIER.test(lower.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (!aboutSubject) return true;
      const ls = lineStart(lower, m.index);
      const le = lineEnd(lower, m.index);
      const subj = ctx.people.subjectMentions;
      const si = firstAtOrAfter(subj, ls);
      if (si < subj.length && subj[si].start < le) return true;
      // The child's name in the line even where the people stage read it as part of a longer phrase
      // ("Saw Poppy at nursery": a running note drops the writer, and "Saw Poppy" looks like a full name).
      if (namesSubject(ctx, ls, le)) return true;
      const all = ctx.people.all;
      let others = false;
      for (let i = firstAtOrAfter(all, ls); i < all.length && all[i].start < le; i++) if (all[i].role !== "subject") others = true;
      const p = ctx.profile.pronouns;
      if (!others && p && new RegExp(`\\b(?:${p.subject}|${p.object})\\b`).test(lower.slice(ls, le))) return true;
    }
    return false;
  });
}

const SUBJECT_WORD = {};
const LETTER_OR_DIGIT_I = /[\p{L}\p{N}]/iu;

/** True when one of the child's names stands as a capitalised word between ls and le. */
function namesSubject(ctx: RuleContext, ls: number, le: number): boolean {
  // (?<![\p{L}\p{N}])(?:form|form…)(?![\p{L}\p{N}]) with the i and u flags, without compiling the classes per child.
  const alts = ctx.perAnalysis(SUBJECT_WORD, () => {
    const forms = [...ctx.profile.subjectForms].filter((f) => f.length >= 2);
    return forms.length ? alternatives(forms, "iu") : undefined;
  });
  if (!alts) return false;
  const m = firstBounded(ctx.text.slice(ls, le), alts, LETTER_OR_DIGIT_I, LETTER_OR_DIGIT_I);
  return m !== undefined && /\p{Lu}/u.test(m.text[0]);
}

// The purpose as the grammar of the visit's own sentence: a visit reported as an event, then an adjunct of
// purpose or occasion in the same sentence or line ("I saw Ava at school to do…", "hv (unannounced) re school
// report…", "Visit at the request of her school, who…"). See clauseGrammar in the data file.
const GRAMMAR = data.clauseGrammar;
const PLANNED_BEFORE = new RegExp(lowerPattern(GRAMMAR.planned));
const PLANNED_AFTER = new RegExp(lowerPattern(GRAMMAR.plannedAfter));
const CLAUSE_END = new RegExp(lowerPattern(GRAMMAR.clauseEnd));
const EARLIER = new RegExp(lowerPattern(GRAMMAR.earlier));
/** How far after the visit an adjunct of purpose is looked for, within its sentence or line. */
const MAX_ADJUNCT_GAP = 120;
const CLAUSE_RES = {};

// In the event pattern a name follows only a verb of meeting ("saw Ava at school"): a record that never writes one of
// the child's names straight after such a verb can match no name there, and the pattern without the names (the same
// for every child, so compiled once per process) gives the same matches. Checked only while the pattern reads so.
const MEETS_CHILD = "(?:saw|met(?: with)?|spoke (?:to|with)) {CHILD}";
const NAME_ONLY_AFTER_MEETING = GRAMMAR.events.split("{CHILD}").length === 2 && GRAMMAR.events.includes(MEETS_CHILD);
const MEETING_BEFORE = /(?:saw|met(?: with)?|spoke (?:to|with)) $/;

/** True when one of the forms stands in lower straight after a verb of meeting. */
const metByName = (lower: string, forms: readonly string[]): boolean => someWriting(lower, forms, (at) => MEETING_BEFORE.test(lower.slice(Math.max(0, at - 16), at)));

/** The event pattern with the child's names in place of {CHILD}, compiled once per analysis (when the names can matter). */
function eventRe(ctx: RuleContext): RegExp {
  return ctx.perAnalysis(CLAUSE_RES, () => {
    const forms = adjunctForms(ctx);
    const named = !NAME_ONLY_AFTER_MEETING || metByName(lowerOf(ctx), forms);
    const child = `(?:${[...(named ? forms : []).map(escapeLiteral), "him", "her", "them"].join("|")})`;
    return new RegExp(fill(GRAMMAR.events, child), "gm");
  });
}
const fill = (src: string, child: string): string => lowerPattern(src.replace(/\{CHILD\}/g, child).replace(/\{VERB\}/g, `(?:${GRAMMAR.verbs})`));
/** The child's names as the clause patterns take them (lower case, two letters or more). */
const adjunctForms = (ctx: RuleContext): string[] => [...ctx.profile.subjectForms].filter((f) => f.length >= 2);

// The adjunct pattern, child-independent so it is compiled once per process, not once per child (V8 caches a
// compiled pattern by its source): {CHILD} (in a lookahead only) is the pronouns in ADJUNCT, and in
// ADJUNCT_ANY_WORD also an empty group and any text (as far as the next word boundary), so that its matches are
// every place the adjunct with the names could match; with that group set, only if a name follows (namedAt).
const ADJUNCT = new RegExp(fill(GRAMMAR.adjuncts, "(?:him|her|them)"), "y");
const ADJUNCT_ANY_WORD = new RegExp(fill(GRAMMAR.adjuncts, "(?:him|her|them|(?<child>)[^]*?)"), "g");
const WORD_CHAR = /\w/;

/**
 * The first match of the adjunct pattern with the child's names in place of {CHILD}, as that pattern's exec would
 * give it (index and matched text), without compiling a pattern per child.
 */
export function adjunctIn(window: string, forms: readonly string[]): { index: number; text: string } | undefined {
  for (let from = 0; from <= window.length;) {
    ADJUNCT_ANY_WORD.lastIndex = from;
    const m = ADJUNCT_ANY_WORD.exec(window);
    if (!m) return undefined;
    // Set only when no fixed word of the lookahead followed: then a name must follow (" " and the name, then \b).
    if (m.groups?.child === undefined || namedAt(window, m.index + m[0].length + 1, forms)) return { index: m.index, text: m[0] };
    ADJUNCT.lastIndex = m.index;
    const fixed = ADJUNCT.exec(window);
    if (fixed) return { index: fixed.index, text: fixed[0] };
    from = m.index + 1;
  }
  return undefined;
}

/** True when one of the forms stands at `at` followed by a word boundary (\b without the u flag). */
function namedAt(text: string, at: number, forms: readonly string[]): boolean {
  for (const f of forms) {
    if (!text.startsWith(f, at)) continue;
    const end = at + f.length;
    if (WORD_CHAR.test(text[end - 1]) !== WORD_CHAR.test(text[end] ?? "")) return true;
  }
  return false;
}

/** True when the visit at [at, end) is only planned, booked or called off ("Next home visit booked for 3 May"). */
function plannedVisit(lower: string, at: number, end: number): boolean {
  const ls = Math.max(lineStart(lower, at), at - 80);
  return PLANNED_BEFORE.test(lower.slice(ls, at)) || PLANNED_AFTER.test(lower.slice(end, end + 40));
}

const PLAN_SECTIONS = {};

/** The record's sections under a plan heading ("Actions", "Next steps"): a visit written there is one still to come. */
function planSections(ctx: RuleContext): Span[] {
  return ctx.perAnalysis(PLAN_SECTIONS, () =>
    sectionsOf(ctx)
      .filter((s) => isPlanHeading(s.headingText))
      .map((s) => ({ start: s.heading.start, end: s.body.end })),
  );
}

/** plannedVisit, or a visit written under a plan heading. */
function visitToCome(ctx: RuleContext, lower: string, at: number, end: number): boolean {
  return plannedVisit(lower, at, end) || insideAny(planSections(ctx), at);
}

/** Offsets of visits whose own sentence gives a purpose or occasion. */
function purposeClauses(ctx: RuleContext): number[] {
  const lower = lowerOf(ctx);
  const event = eventRe(ctx);
  const forms = adjunctForms(ctx);
  const out: number[] = [];
  eachMatch(event, lower, (m) => {
    const at = m.index;
    const end = at + m[0].length;
    if (ctx.inQuote(at, end) || visitToCome(ctx, lower, at, end)) return;
    const stop = /[.!?\n]/.exec(lower.slice(end, end + MAX_ADJUNCT_GAP));
    let window = lower.slice(end, end + (stop ? stop.index : MAX_ADJUNCT_GAP));
    // Only the visit's own clause: not a relative or a new clause after it.
    const clauseEnd = CLAUSE_END.exec(window);
    if (clauseEnd) window = window.slice(0, clauseEnd.index);
    const a = adjunctIn(window, forms);
    if (!a) return;
    // "to Leeds", "to Mum's": a capitalised word after "to" is a place or a person, not a verb.
    const word = /^(?:in order |so as )?to\s+/.exec(a.text);
    if (word && /\p{Lu}/u.test(ctx.text[end + a.index + word[0].length] ?? "")) return;
    out.push(at);
  });
  return out;
}

export function checkVisitPurpose(ctx: RuleContext): QualityCheck {
  if (!recordsAVisit(ctx)) return notApplicable("The purpose of a visit is checked only in records of a visit.");
  const ev = new EvidenceSet(ctx);
  const lower = lowerOf(ctx);
  eachMatch(CUES, lower, (m) => {
    const at = m.index + Math.max(0, m[0].search(/\S/));
    if (ctx.inQuote(at, at + 1)) return;
    // The kind of visit names its purpose in the record's sentences, not in its title alone.
    const entry = ENTRIES[groupIndex(CUES, m)];
    if (entry?.bodyOnly && headingLine(lower, at)) return;
    // "Actions: 3. Further visit on 4 December to see Aria alone" is the purpose of a visit still to come.
    if (insideAny(planSections(ctx), at)) return;
    ev.addAt(at);
    return ev.full; // full evidence: the rest of a long record cannot change the result
  });
  if (!ev.full) for (const at of purposeClauses(ctx)) ev.addAt(at);
  if (ev.count === 0) {
    return {
      value: false,
      evidence: [],
      message: "The visit record does not say why the visit happened: add its purpose and how it feeds the child's plan.",
    };
  }
  return { value: true, evidence: ev.sorted(), message: "The record says why the visit happened." };
}
