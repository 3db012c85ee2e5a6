// Parts of a record written by the child or a parent themselves: a consultation booklet ("My name: Amir Khan"),
// a review form's "Parent's views (completed by parent)", a child's letter to the judge signed "Love from Amir",
// a parent's statement that opens "I am Amir's mother". There "I" is that person, not the worker, so their
// first-person sentences are their own words, wishes and feelings (issue 12, item 1).
import type { RuleContext } from "../rule";
import { firstAtOrAfter, type Span } from "../text/span";
import { wordRegExp } from "../text/word-boundary";
import data from "../../../rules/quality/authors.json";
import { sectionsOf } from "./sections";
import { escapeLiteral } from "../text/bounded";

export type Author = "subject" | "parent";
export type AuthoredPart = { author: Author; span: Span };

const BY = data.completedBy;
const CHILD_AUTHOR = new RegExp(`${BY}(?:${data.childWords})\\b`, "i");
const PARENT_AUTHOR = new RegExp(`${BY}(?:${data.parentWords})\\b`, "i");
// Where another writer's part begins: a rule line, or a heading naming someone's comments or note.
const SEPARATOR = new RegExp(data.separator);
const OTHER_WRITER = new RegExp(data.otherWriter, "i");
// The person's own "I", "my", "me", "we" (a capital I: "i" in running notes is too often the worker).
const FIRST_PERSON = /(?<![\p{L}'’])(?:I(?:['’](?:m|ve|d|ll))?|[Mm]y|me|[Ww]e|[Oo]ur|us)(?![\p{L}'’])/u;

const MAX_INTRODUCTION_WORDS = 8;

type Markers = { childOpens: RegExp; childSigns: RegExp; parentOpens: RegExp; parentSigns: RegExp };
// The same patterns tried only at a line's start: in a line with no line break inside it, where "^" can match only at
// its start, a sticky pattern answers as the searching one does without trying every offset of the line.
type LineMarkers = { markers: Markers; atStart: Markers; compiledAtStart: Partial<Markers> };
const INNER_BREAK = /[\r\u2028\u2029]/;
// How every marker opens a line: a line that opens otherwise needs none tried, and a record with none such never
// compiles its child's markers.
const MARKER_OPENING = new RegExp(data.opens, "iu");
// Keyed by the child's names, not the profile object (each analysis normalises its own copy of the profile), so a
// record analysed again, or another record of the same child, reuses the compiled patterns (the last 16 children).
const MARKERS = new Map<string, LineMarkers>();
const MAX_CACHED = 16;

/** The lines that show who wrote the part, built once per child from the child's names. */
function markersFor(ctx: RuleContext, s: string): Markers | undefined {
  return markersMeeting(ctx, s)?.markers;
}

function lineMarkersFor(ctx: RuleContext): LineMarkers | undefined {
  const forms = [...ctx.profile.subjectForms].filter((f) => f.length >= 2).map(escapeLiteral);
  if (forms.length === 0) return undefined;
  const key = forms.join("|");
  const hit = MARKERS.get(key);
  if (hit) return hit;
  const built = markersNaming(`(?:${key})`);
  if (MARKERS.size >= MAX_CACHED) MARKERS.delete(MARKERS.keys().next().value!);
  MARKERS.set(key, built);
  return built;
}

/** The markers with `name` in place of {NAME}, each compiled on first use. */
function markersNaming(name: string): LineMarkers {
  // Each pattern compiled on first use: a line tried with the sticky ones seldom needs all four, and the
  // searching ones only serve a line with another break inside it and the introductions of authored parts.
  const build = (flags: string, compiled: Partial<Markers>): Markers => {
    const lazy = (marker: keyof Markers) => ({
      get: () => (compiled[marker] ??= wordRegExp(data[marker].replace(/\{NAME\}/g, name), flags)),
    });
    return Object.defineProperties({} as Markers, {
      childOpens: lazy("childOpens"),
      childSigns: lazy("childSigns"),
      parentOpens: lazy("parentOpens"),
      parentSigns: lazy("parentSigns"),
    });
  };
  const compiledAtStart: Partial<Markers> = {};
  return { markers: build("imu", {}), atStart: build("imuy", compiledAtStart), compiledAtStart };
}

// The markers with no name that can match ({NAME} is "(?!)"), child-independent so compiled once per process. On a
// line that holds none of the child's names they answer exactly as the child's own markers do: a path through the
// name fails in both, and every other path is the same. So a record whose marker-like lines never hold a name (most)
// compiles no pattern of its child's.
const NO_NAME: LineMarkers = markersNaming("(?!)");
// Under the i and u flags an ASCII letter of a name matches only its two ASCII cases, the Kelvin sign (K) and the
// long s (ſ); a string without those two, lower-cased, holds the name wherever the pattern could match it.
const FOLDS_TO_ASCII = /[\u212A\u017F]/;
// Anything but printable ASCII and white space (a name holding it is left to its own patterns).
const NON_ASCII = /[^ -~\t\n\r]/;

/** The child's markers when `s` may hold one of the child's names (forms: lower case), else NO_NAME. */
function markersMeeting(ctx: RuleContext, s: string): LineMarkers | undefined {
  const forms = [...ctx.profile.subjectForms].filter((f) => f.length >= 2);
  if (forms.length === 0) return undefined;
  if (forms.some((f) => NON_ASCII.test(f)) || FOLDS_TO_ASCII.test(s)) return lineMarkersFor(ctx);
  const lower = s.toLowerCase();
  return forms.some((f) => lower.includes(f)) ? lineMarkersFor(ctx) : NO_NAME;
}

/** The markers to test one line with (which has no "\n"): the sticky ones unless another line break is inside it. */
function markersForLine(m: LineMarkers, line: string): Markers {
  if (INNER_BREAK.test(line)) return m.markers;
  // Each line from its start: a sticky test() that matched leaves lastIndex after the match.
  for (const re of Object.values(m.compiledAtStart)) re.lastIndex = 0;
  return m.atStart;
}

type Line = { start: number; end: number; text: string };

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let ls = 0;
  while (ls <= text.length) {
    let le = text.indexOf("\n", ls);
    if (le < 0) le = text.length;
    out.push({ start: ls, end: le, text: text.slice(ls, le) });
    ls = le + 1;
  }
  return out;
}

/** Who a heading or field label says fills it in ("completed by the parent"), if anyone. */
function authorNamedIn(label: string): Author | undefined {
  if (CHILD_AUTHOR.test(label)) return "subject";
  if (PARENT_AUTHOR.test(label)) return "parent";
  return undefined;
}

const PARTS = {};

/** The record's parts written by the child or a parent, in order (found once per text). */
export function authoredParts(ctx: RuleContext): AuthoredPart[] {
  return ctx.perAnalysis(PARTS, () => findParts(ctx));
}

function findParts(ctx: RuleContext): AuthoredPart[] {
  const parts: AuthoredPart[] = [];
  // A heading that names who fills the section in: "Parent's views (to be completed by parent)".
  for (const section of sectionsOf(ctx)) {
    const author = authorNamedIn(section.headingText);
    if (author) parts.push({ author, span: section.body });
  }
  if (![...ctx.profile.subjectForms].some((f) => f.length >= 2)) return parts;
  const lines = linesOf(ctx.text);
  const headingStarts = new Set(sectionsOf(ctx).map((s) => s.heading.start));
  // Another writer's part begins at a rule line or at a heading naming someone's comments ("Carer's comments (Lin)").
  const breaks = lines.filter((l) => SEPARATOR.test(l.text) || (headingStarts.has(l.start) && OTHER_WRITER.test(l.text))).map((l) => l.start);
  const breakAfter = (at: number) => breaks.find((b) => b > at) ?? ctx.text.length;
  const breakBefore = (at: number) => {
    let last = 0;
    for (const b of breaks) if (b < at) last = b;
    return last;
  };
  const nextHeading = (at: number) => sectionsOf(ctx).find((sec) => sec.heading.start > at)?.heading.start ?? ctx.text.length;
  for (const line of lines) {
    // A field labelled with who fills it in, answered on the same line: "Parent's views (completed by parent): I…".
    const colon = line.text.indexOf(":");
    if (colon > 0 && !headingStarts.has(line.start)) {
      const label = line.text.slice(0, colon);
      const author = authorNamedIn(label);
      if (author) {
        parts.push({ author, span: { start: line.start + colon + 1, end: nextHeading(line.start) } });
        continue;
      }
    }
    // "My name: Amir Khan", "I am Amir's mum": the writer introduces themselves; their part runs on from here.
    if (!MARKER_OPENING.test(line.text) && !INNER_BREAK.test(line.text)) continue;
    // The child's patterns are compiled only for a line that opens like a marker and may hold one of their names.
    const markers = markersForLine(markersMeeting(ctx, line.text)!, line.text);
    if (markers.childOpens.test(line.text)) parts.push({ author: "subject", span: { start: line.start, end: breakAfter(line.start) } });
    else if (markers.parentOpens.test(line.text)) parts.push({ author: "parent", span: { start: line.start, end: breakAfter(line.start) } });
    // "Love from Amir", "From Mum": the writer signs off; their part runs up to here.
    else if (markers.childSigns.test(line.text)) parts.push({ author: "subject", span: { start: breakBefore(line.start), end: line.end } });
    else if (markers.parentSigns.test(line.text)) parts.push({ author: "parent", span: { start: breakBefore(line.start), end: line.end } });
  }
  return parts;
}

/** The author's own first-person sentences in a part, not the form's printed questions ("What is going well for me?"). */
export function firstPersonSentences(ctx: RuleContext, part: Span): Span[] {
  const out: Span[] = [];
  // The sentence the part opens inside ("Parent's views (completed by parent): I…") is read from the part's start.
  for (let i = Math.max(0, firstAtOrAfter(ctx.sentences, part.start) - 1); i < ctx.sentences.length && ctx.sentences[i].start < part.end; i++) {
    const s = ctx.sentences[i];
    if (s.end <= part.start) continue;
    const own = ctx.text.slice(Math.max(s.start, part.start), Math.min(s.end, part.end));
    if (FIRST_PERSON.test(own) && !/\?\s*$/.test(own)) out.push(s);
  }
  return out;
}

/** The first-person sentences of every part written by `author`, less the writer's introduction ("My name: Amir Khan"). */
export function authoredVoice(ctx: RuleContext, author: Author): Span[] {
  const out: Span[] = [];
  for (const p of authoredParts(ctx)) {
    if (p.author !== author) continue;
    for (const s of firstPersonSentences(ctx, p.span)) {
      const sentence = ctx.text.slice(s.start, s.end);
      const markers = markersFor(ctx, sentence);
      // A short introduction ("My name: Amir Khan") says who writes, not what they think.
      const introduction = markers !== undefined && (markers.childOpens.test(sentence) || markers.parentOpens.test(sentence));
      if (introduction && sentence.trim().split(/\s+/).length <= MAX_INTRODUCTION_WORDS) continue;
      out.push(s);
    }
  }
  return out;
}
