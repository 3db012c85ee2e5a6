import type { AnalyseOptions, CaseProfile, Category, Finding, Report } from "./types";
import type { RawFinding, Report as RuleReport, Rule, RuleContext } from "./rule";
import { normaliseProfile } from "./profile";
import { splitSentences } from "./text/sentences";
import { findQuotes } from "./text/quotes";
import type { Tokens } from "./text/tokens";
import { findSpanIndex, type Span } from "./text/span";
import { findPeople, type People } from "./people/people";
import { detectIdentifiers, type IdentifierMatch } from "./rules/identifier/detect";
import { STAGES } from "./stages";
import { resolveConflicts } from "./filters/precedence";

const EMPTY_PROFILE: CaseProfile = { subject: { name: "" } };

/**
 * Analyses plain text against a case profile. Never edits the text and never throws on any string:
 * a rule that fails is skipped so one bad rule cannot hide every other finding.
 */
export function analyse(text: string, profile: CaseProfile = EMPTY_PROFILE, options: AnalyseOptions = {}): Report {
  const started = Date.now();
  const input = typeof text === "string" ? text : "";
  const ctx = createContext(input, profile, options);
  const findings = findingsOf(ctx, options);
  const review = STAGES.review && options.qualityReview !== false ? safely(() => STAGES.review!(ctx)) : undefined;
  return {
    findings,
    kind: ctx.kind,
    ...(review ?? {}),
    otherChildren: (safely(() => ctx.people.children) ?? []).map((c) => ({ id: c.id, displayName: c.displayName, forms: [...c.forms], reasons: [...c.reasons] })),
    // Every person the people stage found, and the mentions of those it could not place.
    people: (safely(() => ctx.people.persons) ?? []).map((p) => ({
      ...p,
      forms: [...p.forms],
      reasons: [...p.reasons],
      mentions: p.mentions.map((m) => ({ ...m })),
      ...(p.evidence ? { evidence: { ...p.evidence } } : {}),
    })),
    review: (safely(() => ctx.people.review) ?? []).map((r) => ({ ...r })),
    stats: { characters: input.length, words: countWords(input), ms: Date.now() - started },
  };
}

/**
 * The findings alone, as analyse gives them: for a caller that reads nothing else (the check on Send),
 * so its bundle carries neither the report's people and review copies nor their work.
 */
export function analyseFindings(text: string, profile: CaseProfile = EMPTY_PROFILE, options: AnalyseOptions = {}): Pick<Report, "findings"> {
  return { findings: findingsOf(createContext(typeof text === "string" ? text : "", profile, options), options) };
}

/** Every wanted rule run over the context, conflicts settled, each finding's text filled in, in text order. */
function findingsOf(ctx: RuleContext, options: AnalyseOptions): Finding[] {
  const wanted = options.categories ? new Set<Category>(options.categories) : undefined;
  const raw: RawFinding[] = [];
  for (const rule of STAGES.rules) {
    if (wanted && !wanted.has(rule.meta.category)) continue;
    runRule(rule, ctx, raw);
  }
  const findings = resolveConflicts(raw) as Finding[];
  for (const f of findings) f.text = ctx.text.slice(f.start, f.end);
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return findings;
}

function safely<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

function runRule(rule: Rule, ctx: RuleContext, into: RawFinding[]): void {
  const collected: RawFinding[] = [];
  const scoped: RuleContext = Object.create(ctx, {
    earlier: { value: into },
    report: {
      value: (r: RuleReport) => {
        if (!(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end > r.start && r.end <= ctx.text.length)) return;
        const f: RawFinding & { text: string } = {
          ruleId: rule.meta.id,
          category: rule.meta.category,
          start: r.start,
          end: r.end,
          text: "", // filled once conflicts are settled
          message: r.message,
          severity: r.severity ?? "warning",
          confidence: r.confidence ?? 0.8,
        };
        if (r.suggestions && r.suggestions.length) f.suggestions = r.suggestions;
        if (r.advice) f.advice = r.advice;
        if (r.note) f.note = r.note;
        if (r.source) f.source = r.source;
        if (r.data) f.data = r.data;
        collected.push(f);
      },
    },
  });
  try {
    rule.check(scoped);
    // A loop, not push(...collected): a huge document can report more findings than a call's arguments.
    for (const f of collected) into.push(f);
  } catch {
    // A failing rule loses only its own findings; the rest of the report stands.
  }
}

export function createContext(text: string, profile: CaseProfile, options: AnalyseOptions = {}): RuleContext {
  const normalised = normaliseProfile(profile ?? EMPTY_PROFILE);
  const sentences = splitSentences(text);
  const quotes = findQuotes(text);
  let people: People | undefined;
  let identifiers: IdentifierMatch[] | undefined;
  let paragraphs: Span[] | undefined;
  let tokens: Tokens | undefined;
  const shared = new Map<object, unknown>();
  const ctx: RuleContext = {
    text,
    kind: options.kind ?? STAGES.inferKind?.(text, normalised.subjectForms) ?? "unknown",
    profile: normalised,
    sentences,
    quotes,
    get identifiers() {
      identifiers ??= detectIdentifiers(text);
      return identifiers;
    },
    get tokens() {
      if (!STAGES.tokenise) throw new Error("no rule of these stages reads the tokens");
      tokens ??= STAGES.tokenise(text, quotes, sentences);
      return tokens;
    },
    tokensIfBuilt() {
      return tokens;
    },
    perAnalysis<T>(key: object, compute: () => T): T {
      if (shared.has(key)) return shared.get(key) as T;
      const value = compute();
      shared.set(key, value);
      return value;
    },
    get people() {
      people ??= findPeople(ctx);
      return people;
    },
    sentenceAt(offset: number): Span {
      const i = findSpanIndex(sentences, offset);
      return i >= 0 ? sentences[i] : { start: offset, end: offset };
    },
    paragraphAt(offset: number): Span {
      paragraphs ??= splitParagraphs(text);
      const i = findSpanIndex(paragraphs, offset);
      if (i >= 0) return paragraphs[i];
      return { start: offset, end: offset };
    },
    inQuote(start: number, end: number): boolean {
      const i = findSpanIndex(quotes, start);
      return i >= 0 && quotes[i].end >= end;
    },
    wants(category: Category): boolean {
      return !options.categories || options.categories.includes(category);
    },
    allow: new Set((options.allow ?? []).map((a) => a.toLowerCase())),
    tuning: options.tuning,
    earlier: [],
    report() {
      throw new Error("report() is bound per rule by the pipeline");
    },
  };
  return ctx;
}

const BLANK_LINE = /\r?\n[ \t]*\r?\n/g;

/** Blocks between blank lines, covering the whole text (so every offset has a paragraph). */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(text); m; m = BLANK_LINE.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: Math.max(start, text.length) });
  return out;
}

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
