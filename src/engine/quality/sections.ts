// Where a sentence sits: the record's headings ("5. Analysis", "My view", "Next steps:", "What his parents
// told me") and the section each one opens, so a check can read "an analysis section" or "a plan
// section" in any of its common headings, or none.
import type { RuleContext } from "../rule";
import { firstAtOrAfter, type Span } from "../text/span";

export type Section = { heading: Span; headingText: string; body: Span };

// A heading: a short line, optionally numbered or lettered, with no sentence end inside; it may end with
// a colon or a full stop ("Analysis.", "Next steps:"). An inline heading "Analysis: Kian has been…" counts
// too, with the rest of the line as the start of its body.
// Numbering in its common forms: "5.", "3.1", "3.1.", "b)", "B.", "iv.", "(c)", and a form's labelled part
// before the title ("Section 5: Analysis", "Part 3 – Plan", "Question 4. What are the risks?").
const NUMBERING = String.raw`(?:(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)]|\([a-zA-Z0-9]{1,3}\))[ \t]+|(?:[Ss]ection|[Pp]art|[Ss]tep|[Ss]tage|[Qq]uestion|SECTION|PART)[ \t]+[A-Za-z0-9]{1,3}(?:\.\d{1,2})*[ \t]*[:.)–—-][ \t]*)`;
const HEADING_LINE = new RegExp(String.raw`^[ \t]*${NUMBERING}?([\p{L}][\p{L}\p{N}'’ ,&/()–-]{1,60}?)[ \t]*([:.?]?)[ \t]*$`, "u");
// A heading shaped as a question or a wh-clause ("Is Kai safe at home?", "What I think is happening") holds a verb.
const QUESTION_SHAPED = /^(?:what|why|how|where|who|is|are|was|were|does|do|did|has|have|can|could|should|will|would)\b/i;
const INLINE_HEADING = new RegExp(String.raw`^[ \t]*${NUMBERING}?([\p{L}][\p{L}'’ &/-]{1,40}?):[ \t]+\S`, "u");
const MAX_HEADING_WORDS = 8;
const MAX_QUESTION_WORDS = 12;
const NOT_A_LABEL = /^(?:the|a|an|he|she|they|i|we|it|his|her|their|our|my|this|that|there)\b|(?:ed|said|says|told|asked|explained)$/i;
// The writer's own heading words after "my"/"our" ("My view: steady progress.", "Our plan: …") are a label, not a sentence.
const OWN_LABEL =
  /^(?:my|our)\s+(?:professional\s+)?(?:views?|analysis|assessment|opinion|reflections?|thoughts|worries|concerns|understanding|recommendations?|conclusions?|plan|actions?|next steps)$/i;

const SECTIONS = {};

/** The record's sections in order (each runs to the next heading), once per analysis (a rule's scoped context shares it). */
export function sectionsOf(ctx: RuleContext): Section[] {
  return ctx.perAnalysis(SECTIONS, () => readSections(ctx.text));
}

function readSections(text: string): Section[] {
  const heads: Array<{ start: number; end: number; title: string; bodyStart: number }> = [];
  let ls = 0;
  while (ls <= text.length) {
    let le = text.indexOf("\n", ls);
    if (le < 0) le = text.length;
    const line = text.slice(ls, le);
    const whole = HEADING_LINE.exec(line);
    const words = whole ? whole[1].trim().split(/\s+/).length : 0;
    // A short sentence is not a heading: one ending in a full stop has at most three words ("My view.").
    // A verb makes it a sentence, except in a question-shaped heading ("What is happening for Amir").
    const title = whole?.[1] ?? "";
    const question = whole?.[2] === "?";
    const asks = QUESTION_SHAPED.test(title) && (question || /^(?:what|why|how)\b/i.test(title));
    // A question ends in "?" only when it opens with a question word (not "Mum asked why?").
    const verb =
      !asks && (question || /\b(?:is|was|are|were|said|told|seems?|has|have|had)\b/.test(title.replace(/\b(?:what|why|how|where|who)\s+(?:is|was|are|were|has|have|had)\b/gi, "")));
    // A wh-clause heading runs longer than a label ("Why you could not stay with Kerry and Shaun").
    const most = whole?.[2] === "." ? 3 : asks && whole?.[2] !== "." ? MAX_QUESTION_WORDS : MAX_HEADING_WORDS;
    if (whole && words <= most && !verb) {
      heads.push({ start: ls, end: le, title: whole[1].trim(), bodyStart: Math.min(text.length, le + 1) });
    } else {
      const inline = INLINE_HEADING.exec(line);
      // "Next steps: …", "Parents' views: …" — not a sentence that happens to hold a colon ("The chair summarised: …").
      if (inline && inline[1].trim().split(/\s+/).length <= 4 && (!NOT_A_LABEL.test(inline[1].trim()) || OWN_LABEL.test(inline[1].trim()))) {
        const colon = ls + inline[0].lastIndexOf(":");
        heads.push({ start: ls, end: colon, title: inline[1].trim(), bodyStart: colon + 1 });
      }
    }
    if (le >= text.length) break;
    ls = le + 1;
  }
  return heads.map((h, i) => ({
    heading: { start: h.start, end: h.end },
    headingText: h.title,
    body: { start: h.bodyStart, end: i + 1 < heads.length ? heads[i + 1].start : text.length },
  }));
}

/** Sections whose heading matches `heading`; an inline heading's body runs to the end of its paragraph. */
export function sectionsHeaded(ctx: RuleContext, heading: RegExp): Section[] {
  return sectionsOf(ctx).filter((s) => heading.test(s.headingText));
}

/** The sentences whose start lies inside a span. */
export function sentencesIn(ctx: RuleContext, span: Span): Span[] {
  const out: Span[] = [];
  for (let i = firstAtOrAfter(ctx.sentences, span.start); i < ctx.sentences.length && ctx.sentences[i].start < span.end; i++) {
    if (ctx.sentences[i].end > ctx.sentences[i].start) out.push(ctx.sentences[i]);
  }
  return out;
}

/** A fitted or default threshold: options.tuning.quality[key] when given, else the data file's value. */
export function tuned(ctx: RuleContext, key: string, fallback: number): number {
  const v = ctx.tuning?.quality?.[key];
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}

const OTHER_ITEMS = {};
type ItemHead = "subject" | "other" | "none";

/**
 * The parts of a record about several children (a round-up email, an allocation list: "Kit Farrow: seen at
 * school…", "2. Ellie Stone⏎Mum did not attend") that belong to another child's item. Only a record with an
 * item headed by the subject has such parts; a parent or a voice inside another child's item is not this
 * child's (issue 12: multi-family emails).
 */
export function otherChildItems(ctx: RuleContext): Span[] {
  return ctx.perAnalysis(OTHER_ITEMS, () => {
    const sections = sectionsOf(ctx);
    if (sections.length < 2) return [];
    const heads = sections.map((s) => itemHead(ctx, s));
    if (!heads.includes("subject")) return [];
    const out: Span[] = [];
    for (let k = 0; k < sections.length; k++) {
      if (heads[k] !== "other") continue;
      // The item runs to the next item heading (subject or other), past any sub-headings inside it.
      let next = k + 1;
      while (next < sections.length && heads[next] === "none") next++;
      out.push({ start: sections[k].heading.start, end: next < sections.length ? sections[next].heading.start : ctx.text.length });
    }
    return out;
  });
}

/** Is the section's heading a child's name: the subject's, another person's who is not an adult, or neither? */
function itemHead(ctx: RuleContext, s: Section): ItemHead {
  const words = s.headingText.split(/\s+/);
  if (words.length > 6 || !words.every((w) => /^\p{Lu}/u.test(w) || w === "and" || w === "&")) return "none";
  if (words.some((w) => ctx.profile.subjectForms.has(w.toLowerCase()))) return "subject";
  // Another family's child is named in full; a brother or sister (the same family name) shares the parents.
  const surname = ctx.profile.subjectSurname?.toLowerCase();
  const last = words[words.length - 1].toLowerCase().replace(/['’]s$/, "");
  if (words.length < 2 || (surname && last === surname)) return "none";
  const titleStart = ctx.text.indexOf(words[0], s.heading.start);
  const all = ctx.people.all;
  const i = firstAtOrAfter(all, titleStart);
  const m = all[i];
  return m && m.start === titleStart && m.role !== "adult" && m.role !== "subject" ? "other" : "none";
}

/** True when `at` lies inside one of the (few, ordered) spans. */
export function insideAny(spans: readonly Span[], at: number): boolean {
  for (const s of spans) if (s.start <= at && at < s.end) return true;
  return false;
}
