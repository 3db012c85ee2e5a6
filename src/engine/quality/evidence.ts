// Small helpers shared by the document-level checks.
import type { QualityCheck, QualityEvidence } from "../types";
import type { RuleContext } from "../rule";
import type { Span } from "../text/span";
import { wordRegExp } from "../text/word-boundary";
import { MatchSplitter, type Alternative } from "../text/first-chars";
import { escapeLiteral } from "../text/bounded";

const LOWER = {};

/**
 * The text in lower case with the same offsets, computed once per analysis. Cue patterns run on it
 * without the i and u flags, which makes them many times faster on long texts.
 */
export function lowerOf(ctx: RuleContext): string {
  // Keyed per analysis, not per context: each rule runs on its own scoped context.
  return ctx.perAnalysis(LOWER, () => {
    const lower = ctx.text.toLowerCase();
    // A few characters (such as "İ") lower-case to two; then fold ASCII only, which keeps every offset.
    return lower.length === ctx.text.length ? lower : ctx.text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  });
}

/** The subject child's forms (lower case, 2 to 40 characters) escaped for a pattern run on `lowerOf`. */
export function escapedSubjectForms(ctx: RuleContext): string[] {
  return [...ctx.profile.subjectForms].filter((f) => f.length >= 2 && f.length <= 40).map(escapeLiteral);
}

/** True when `test` holds at some place where one of `forms` (lower case) is written in `lower`: its start and the form. */
export function someWriting(lower: string, forms: readonly string[], test: (at: number, form: string) => boolean): boolean {
  for (const f of forms) {
    for (let at = lower.indexOf(f); at >= 0; at = lower.indexOf(f, at + 1)) if (test(at, f)) return true;
  }
  return false;
}

/** Lower-cases the literal letters of a pattern (not escapes such as \S or \B) so it can run on lowerOf(). */
export function lowerPattern(src: string): string {
  return src.replace(/(\\.)|[A-Z]/g, (m, esc: string | undefined) => esc ?? m.toLowerCase());
}

/** At most this many evidence sentences per check: enough to click through, small on a 100,000-word file. */
export const MAX_EVIDENCE = 8;
/** Counting stops here ("at least 20 places"): enough to show the check is met, and it bounds the work. */
export const MAX_COUNT = 20;

/** Collects whole sentences as evidence, once each, in text order. */
export class EvidenceSet {
  private readonly seen = new Set<number>();
  readonly items: QualityEvidence[] = [];
  count = 0;
  constructor(private readonly ctx: RuleContext) {}

  addAt(offset: number): void {
    this.addSpan(this.ctx.sentenceAt(offset));
  }

  get full(): boolean {
    return this.count >= MAX_COUNT;
  }

  /** "5 places", or "at least 20 places" once counting stopped. */
  places(capped: boolean): string {
    return capped || this.full ? `at least ${this.count} places` : this.count === 1 ? "1 place" : `${this.count} places`;
  }

  addSpan(span: Span): void {
    if (span.end <= span.start || this.seen.has(span.start) || this.full) return;
    this.seen.add(span.start);
    this.count++;
    if (this.items.length < MAX_EVIDENCE) this.items.push({ start: span.start, end: span.end, text: this.ctx.text.slice(span.start, span.end) });
  }

  sorted(): QualityEvidence[] {
    return [...this.items].sort((a, b) => a.start - b.start);
  }
}

/** The name a message should use for the child: the first alias or given name as typed, else "the child". */
export function childName(ctx: RuleContext): string {
  const raw = ctx.profile.raw.subject;
  const alias = raw?.aliases?.find((a) => a.trim());
  if (alias) return alias.trim();
  const first = ctx.profile.subjectName.split(" ")[0];
  return first || "the child";
}

export const possessive = (name: string) => (name === "the child" ? "the child's" : /s$/i.test(name) ? `${name}'` : `${name}'s`);

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function notApplicable(message: string): QualityCheck {
  return { value: null, evidence: [], message };
}

/**
 * Combines pattern sources into one regex (one pass over the text however many entries there are).
 * Each entry gets a wrapping group; groupIndex tells which entry matched. Entries that fail to compile
 * are dropped (data errors must not stop the engine).
 */
export type Combined = {
  re: RegExp;
  groups: number[];
  entries: number[];
  parts: Alternative[];
  groupCount: number;
  prefix: string;
  suffix: string;
  splitter?: MatchSplitter | null;
};

export function combine(sources: readonly string[], flags: string, prefix = "", suffix = ""): Combined {
  const parts: string[] = [];
  const alternatives: Alternative[] = [];
  const groups: number[] = [];
  const entries: number[] = [];
  let at = 1;
  sources.forEach((s, i) => {
    let inner: number;
    try {
      inner = (new RegExp(`(?:${s})|`, flags.replace("g", "")).exec("")?.length ?? 1) - 1;
    } catch {
      return;
    }
    parts.push(`(${s})`);
    alternatives.push({ source: s, group: at });
    groups.push(at);
    entries.push(i);
    at += 1 + inner;
  });
  return { re: wordRegExp(parts.length ? `${prefix}(?:${parts.join("|")})${suffix}` : "(?!)", flags), groups, entries, parts: alternatives, groupCount: at - 1, prefix, suffix };
}

/** Index (into the original sources) of the entry whose group matched, or -1. */
export function groupIndex(c: Combined, m: RegExpExecArray): number {
  for (let k = 0; k < c.groups.length; k++) if (m[c.groups[k]] !== undefined) return c.entries[k];
  return -1;
}

/**
 * Calls fn for every non-empty match of a global regex in text (an empty match steps on by one). fn returns
 * true to stop: a check whose evidence is full (MAX_COUNT) need not read the rest of a long record.
 * A combined pattern is searched from the offsets where one of its entries can begin (text/first-chars.ts):
 * the same matches, with the same groups, without trying every entry at every offset.
 */
export function eachMatch(pattern: RegExp | Combined, text: string, fn: (m: RegExpExecArray) => boolean | void): void {
  if (!(pattern instanceof RegExp)) {
    if (pattern.splitter === undefined) pattern.splitter = splitterOf(pattern) ?? null;
    if (pattern.splitter) return pattern.splitter.each(text, fn);
  }
  const re = pattern instanceof RegExp ? pattern : pattern.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (fn(m) === true) return;
  }
}

function splitterOf(c: Combined): MatchSplitter | undefined {
  if (!c.re.global || c.parts.length === 0) return undefined;
  return MatchSplitter.split(c.parts, c.prefix, c.suffix, c.re.flags, (source, flags) => wordRegExp(source, flags), c.groupCount);
}
