import type { RuleContext } from "../../rule";
import type { Span } from "../../text/span";
import type { PersonMention } from "../other-child/people";
import weightsData from "../../../../rules/mix-up/paste-weights.json";
import { opensSentence } from "./clauses";
import { ageAt, apart, birthBefore, birthFrom, stageOf, Timeline, type Birth } from "./ages";

// ---------------------------------------------------------------------------------------------
// Pasted names weighed together. The narrow signs (pasted-names.ts) each read one construction; this reads,
// for every mention of another child, general evidence of whether its sentence is about the subject instead:
// how the named child is introduced elsewhere (a kin noun, an age, the profile) or stands alone and once; whether
// the sentences just before and after are about the subject (named, or by the subject's pronouns); whether the
// pronouns after the name fit the subject and not the named child; whether the name stands in a list, beside the
// subject or beside its own other mentions (then it is a real other child). The weights are a small logistic model
// fitted on many annotated sets at once (scripts/fit/paste.mjs, rules/mix-up/paste-weights.json says how).
// Every read is bounded (a window around the mention, neighbouring mentions), so the pass is linear in the text.

export type PasteFeature =
  | "once"
  | "twice"
  | "kin"
  | "aged"
  | "profile"
  | "otherReason"
  | "subjectBefore"
  | "subjectAfter"
  | "subjectSame"
  | "selfNear"
  | "otherChildSame"
  | "listed"
  | "opens"
  | "possessive"
  | "pronounSubject"
  | "pronounNamed"
  | "subjectPronounsBefore"
  | "namedPronounsBefore"
  | "table"
  | "nearestBeforeSubject"
  | "nearestAfterSubject"
  | "nearestBeforeSelf"
  | "nearestAfterSelf"
  | "paragraphSelf"
  | "paragraphSubject"
  | "paragraphSubjectMany"
  | "adjacentSelf"
  | "adjacentSubject"
  | "topicSubject"
  | "topicSubjectMore"
  | "topicNamed"
  | "topicNamedMore"
  | "ageSubject"
  | "ageNamed"
  | "sectionSelfNone"
  | "sectionSubjectMany"
  | "sectionOthers";

export type PasteWeights = { bias: number; threshold: number; weights: Partial<Record<PasteFeature, number>> };
export const DEFAULT_PASTE_WEIGHTS: PasteWeights = { bias: weightsData.bias, threshold: weightsData.threshold, weights: { ...weightsData.weights } };

/** Defaults overridden by a flat tuning fragment: {"bias": -3, "threshold": 0.8, "once": 1.2}. */
export function pasteWeights(tuning: Record<string, number> | undefined): PasteWeights {
  if (!tuning) return DEFAULT_PASTE_WEIGHTS;
  const out: PasteWeights = { bias: DEFAULT_PASTE_WEIGHTS.bias, threshold: DEFAULT_PASTE_WEIGHTS.threshold, weights: { ...DEFAULT_PASTE_WEIGHTS.weights } };
  for (const [k, v] of Object.entries(tuning)) {
    if (typeof v !== "number" || !Number.isFinite(v)) continue;
    if (k === "bias") out.bias = v;
    else if (k === "threshold") out.threshold = v;
    else out.weights[k as PasteFeature] = v;
  }
  return out;
}

const WINDOW = 300;
const PRONOUN = /\b(she|her|hers|herself|he|him|his|himself)\b/gi;
const sexOf = (p: string): "f" | "m" => (/^(she|her|hers|herself)$/i.test(p) ? "f" : "m");
const PERSON_BEFORE = /\b(mother|mum|father|dad|sister|brother|aunt|uncle|nan|grandmother|grandfather|teacher|carer|worker|woman|man|girl|boy|nurse|tutor)\b/i;
const LIST_JOIN = /^\s*(?:,|and|&|\/|or|,\s*and)\s*$/i;

/** The first gendered pronoun in text[from, to) outside quotes, unless a gendered person noun stands before it. */
function firstPronoun(ctx: RuleContext, from: number, to: number): "f" | "m" | undefined {
  const slice = ctx.text.slice(from, to);
  PRONOUN.lastIndex = 0;
  for (let q = PRONOUN.exec(slice); q; q = PRONOUN.exec(slice)) {
    if (ctx.inQuote(from + q.index, from + q.index + q[0].length)) continue;
    if (PERSON_BEFORE.test(slice.slice(0, q.index).replace(/\b(?:her|his)\s+\w+/gi, ""))) return undefined;
    return sexOf(q[1]);
  }
  return undefined;
}

function countPronouns(ctx: RuleContext, from: number, to: number): { f: number; m: number } {
  const out = { f: 0, m: 0 };
  const slice = ctx.text.slice(from, to);
  PRONOUN.lastIndex = 0;
  for (let q = PRONOUN.exec(slice); q; q = PRONOUN.exec(slice)) if (!ctx.inQuote(from + q.index, from + q.index + q[0].length)) out[sexOf(q[1])]++;
  return out;
}

// Function words and the words of any record, which carry no topic (closed-class English words; content words are
// weighed by how few sentences of the document use them).
const FUNCTION_WORDS = new Set(
  (
    "about above after again against also although among another anything around because been before being below between both " +
    "could does doing down during each either else even every from further have having here hers herself himself into itself just " +
    "least less like made make many more most much must near neither none only other others ought over same shall should since some " +
    "such than that their theirs them themselves then there these they this those though through till under until upon very " +
    "was were what whatever when where whether which while whilst who whom whose why will with within without would your yours " +
    "said says told tells asked today week weeks month months year years time times said"
  ).split(" "),
);
const WORD = /\p{L}[\p{L}'’-]{3,}/gu;
// A word shared with this many sentences or fewer is a topic; more, and it is the record's own vocabulary.
const TOPIC_DF = 5;

/**
 * The topics of a document by person: for each content word, in how many sentences naming each person it stands.
 * Built once per document (one pass over its sentences and mentions).
 */
export class Topics {
  private readonly df = new Map<string, number>();
  private readonly owners = new Map<string, Map<string, number>>();
  private readonly words: Array<Set<string>> = [];
  private readonly persons: Array<Set<string>> = [];
  private readonly sentences: readonly Span[];
  constructor(ctx: RuleContext, all: readonly PersonMention[]) {
    this.sentences = ctx.sentences;
    const starts = new Set(all.map((m) => m.start));
    let j = 0;
    for (const sentence of ctx.sentences) {
      const persons = new Set<string>();
      for (; j < all.length && all[j].start < sentence.end; j++) if (all[j].start >= sentence.start && all[j].role !== "adult") persons.add(all[j].entity);
      const words = new Set<string>();
      const slice = ctx.text.slice(sentence.start, sentence.end);
      WORD.lastIndex = 0;
      for (let w = WORD.exec(slice); w; w = WORD.exec(slice)) {
        if (starts.has(sentence.start + w.index)) continue;
        const word = w[0].toLowerCase().replace(/['’]s$/, "");
        if (!FUNCTION_WORDS.has(word)) words.add(word);
      }
      for (const w of words) {
        this.df.set(w, (this.df.get(w) ?? 0) + 1);
        if (!persons.size) continue;
        const o = this.owners.get(w) ?? new Map<string, number>();
        for (const p of persons) o.set(p, (o.get(p) ?? 0) + 1);
        this.owners.set(w, o);
      }
      this.words.push(words);
      this.persons.push(persons);
    }
  }

  /** Topic words of the sentence at offset shared, elsewhere, only with the subject's sentences / only with the entity's. */
  shared(offset: number, entity: string): { subject: number; named: number } {
    const out = { subject: 0, named: 0 };
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentences[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const words = this.words[lo];
    const persons = this.persons[lo];
    if (!words) return out;
    for (const w of words) {
      const df = this.df.get(w) ?? 0;
      if (df < 2 || df > TOPIC_DF) continue;
      const o = this.owners.get(w);
      if (!o) continue;
      const subject = (o.get("#subject") ?? 0) - (persons.has("#subject") ? 1 : 0);
      const named = (o.get(entity) ?? 0) - (persons.has(entity) ? 1 : 0);
      if (subject > 0 && named === 0) out.subject++;
      else if (named > 0 && subject === 0) out.named++;
    }
    return out;
  }
}

const KEEP_BIRTHS = 8;
/** What the record says of each person's age (by the mentions an age follows), and the ages sentences imply. */
export class Ages {
  private readonly timeline: Timeline;
  private readonly births = new Map<string, Birth[]>();
  constructor(
    private readonly ctx: RuleContext,
    all: readonly PersonMention[],
  ) {
    this.timeline = new Timeline(ctx.text);
    for (const m of all) {
      if (m.role === "adult" || m.inQuote) continue;
      const list = this.births.get(m.entity) ?? [];
      if (list.length >= KEEP_BIRTHS) continue;
      const birth = birthFrom(ctx.text, m.end, this.timeline) ?? birthBefore(ctx.text, m.start, this.timeline);
      if (birth) list.push(birth);
      this.births.set(m.entity, list);
    }
  }

  /** Whether the age the text after mention m in its sentence implies fits the subject only, or the named child only. */
  fit(m: PersonMention, sentence: Span, end: number): "subject" | "named" | undefined {
    const subject = this.births.get("#subject") ?? [];
    const named = this.births.get(m.entity) ?? [];
    if (!subject.length || !named.length) return undefined;
    const stage = stageOf(this.ctx.text.slice(m.end, end));
    if (!stage) return undefined;
    const year = this.timeline.sentenceYear(m.start, sentence.start, sentence.end);
    const fits = (b: Birth[]) => b.some((x) => !apart(ageAt(x, year), stage, stage.slack ?? 1));
    const s = fits(subject);
    const n = fits(named);
    return s && !n ? "subject" : n && !s ? "named" : undefined;
  }
}

const SECTION_REACH = 1500;
const HEADING_LINE = 60;
const isHeading = (line: string) => {
  const l = line.trim();
  return l.length > 0 && l.length <= HEADING_LINE && !/[.!?:;,"”)]$/.test(l) && !l.includes("\t");
};
/** The section holding offset: between the heading-like lines (short, without a sentence end) around it, bounded. */
function sectionAt(text: string, offset: number): Span {
  let start = text.lastIndexOf("\n", offset) + 1;
  const floor = Math.max(0, offset - SECTION_REACH);
  while (start > floor) {
    const prevStart = text.lastIndexOf("\n", start - 2) + 1;
    if (isHeading(text.slice(prevStart, start - 1))) break;
    start = prevStart;
  }
  let end = text.indexOf("\n", offset);
  const ceiling = Math.min(text.length, offset + SECTION_REACH);
  while (end >= 0 && end < ceiling) {
    const nextEnd = text.indexOf("\n", end + 1);
    if (isHeading(text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd))) break;
    end = nextEnd;
  }
  return { start: Math.max(floor, start), end: end < 0 ? ceiling : Math.min(end, ceiling) };
}

/** The evidence for one mention of another child (all[i]) being a name pasted where the subject is meant. */
export function pasteFeatures(
  ctx: RuleContext,
  all: readonly PersonMention[],
  i: number,
  counts: ReadonlyMap<string, number>,
  subjectGender: "f" | "m" | "u",
  topics: Topics,
  ages: Ages,
): Partial<Record<PasteFeature, number>> {
  const text = ctx.text;
  const m = all[i];
  const f: Partial<Record<PasteFeature, number>> = {};
  const n = counts.get(m.entity) ?? 1;
  if (n === 1) f.once = 1;
  else if (n === 2) f.twice = 1;
  const reasons = m.reasons ?? [];
  if (reasons.some((r) => /^called\s/i.test(r))) f.kin = 1;
  if (reasons.some((r) => /\baged?\b|\d/.test(r))) f.aged = 1;
  if (reasons.some((r) => /case profile/.test(r))) f.profile = 1;
  if (reasons.some((r) => !/^called\s|\baged?\b|\d|case profile|their own parent/i.test(r))) f.otherReason = 1;
  const sentence = ctx.sentenceAt(m.start);
  const before: Span = { start: Math.max(0, sentence.start - WINDOW), end: sentence.start };
  const after: Span = { start: sentence.end, end: Math.min(text.length, sentence.end + WINDOW) };
  // Neighbouring mentions, read outwards from the mention until past the windows.
  for (let j = i - 1; j >= 0 && all[j].start >= before.start; j--) {
    const o = all[j];
    if (o.role === "subject") f[o.start >= sentence.start ? "subjectSame" : "subjectBefore"] = 1;
    else if (o.entity === m.entity) f.selfNear = 1;
    else if (o.role === "child" && o.start >= sentence.start) f.otherChildSame = 1;
  }
  for (let j = i + 1; j < all.length && all[j].start < after.end; j++) {
    const o = all[j];
    if (o.role === "subject") f[o.start < sentence.end ? "subjectSame" : "subjectAfter"] = 1;
    else if (o.entity === m.entity) f.selfNear = 1;
    else if (o.role === "child" && o.start < sentence.end) f.otherChildSame = 1;
  }
  const prev = all[i - 1];
  const next = all[i + 1];
  // The nearest person written before and after (within the windows): the subject, or the named child again.
  const near = (o: PersonMention | undefined, dir: "Before" | "After") => {
    if (!o || (dir === "Before" ? o.start < before.start : o.start >= after.end)) return;
    if (o.role === "subject") f[`nearest${dir}Subject`] = 1;
    else if (o.entity === m.entity) f[`nearest${dir}Self`] = 1;
  };
  near(prev, "Before");
  near(next, "After");
  // The paragraph: does the named child come again in it, and how often is the subject named in it?
  const para = ctx.paragraphAt(m.start);
  let subjectInPara = 0;
  for (let j = i - 1; j >= 0 && all[j].start >= para.start && i - j < 40; j--) {
    if (all[j].role === "subject") subjectInPara++;
    else if (all[j].entity === m.entity) f.paragraphSelf = 1;
  }
  for (let j = i + 1; j < all.length && all[j].start < para.end && j - i < 40; j++) {
    if (all[j].role === "subject") subjectInPara++;
    else if (all[j].entity === m.entity) f.paragraphSelf = 1;
  }
  if (subjectInPara >= 1) f.paragraphSubject = 1;
  if (subjectInPara >= 3) f.paragraphSubjectMany = 1;
  // The sentences just before and after: who is named in them.
  let k = sentence.start - 1;
  while (k > 0 && /\s/.test(text[k])) k--;
  const prevSentence = k > 0 ? ctx.sentenceAt(k) : undefined;
  k = sentence.end;
  while (k < text.length && /\s/.test(text[k])) k++;
  const nextSentence = k < text.length ? ctx.sentenceAt(k) : undefined;
  for (let j = i - 1; prevSentence && j >= 0 && all[j].start >= prevSentence.start; j--) {
    if (all[j].start >= sentence.start) continue;
    if (all[j].role === "subject") f.adjacentSubject = 1;
    else if (all[j].entity === m.entity) f.adjacentSelf = 1;
  }
  for (let j = i + 1; nextSentence && j < all.length && all[j].start < nextSentence.end; j++) {
    if (all[j].start < sentence.end) continue;
    if (all[j].role === "subject") f.adjacentSubject = 1;
    else if (all[j].entity === m.entity) f.adjacentSelf = 1;
  }
  if ((prev && LIST_JOIN.test(text.slice(prev.end, m.start))) || (next && LIST_JOIN.test(text.slice(m.end, next.start)))) f.listed = 1;
  if (opensSentence(text, sentence.start, m.start)) f.opens = 1;
  if (m.possessive) f.possessive = 1;
  const line = text.lastIndexOf("\n", m.start) + 1;
  const lineEnd = text.indexOf("\n", m.end);
  if (text.slice(line, lineEnd < 0 ? Math.min(text.length, m.end + WINDOW) : Math.min(lineEnd, m.end + WINDOW)).includes("\t")) f.table = 1;
  const section = sectionAt(text, m.start);
  let subjectInSection = 0;
  let selfInSection = 0;
  let othersInSection = 0;
  const tally = (o: PersonMention) => {
    if (o.role === "subject") subjectInSection++;
    else if (o.entity === m.entity) selfInSection++;
    else if (o.role === "child") othersInSection++;
  };
  for (let j = i - 1; j >= 0 && all[j].start >= section.start; j--) tally(all[j]);
  for (let j = i + 1; j < all.length && all[j].start < section.end; j++) tally(all[j]);
  if (!selfInSection) f.sectionSelfNone = 1;
  if (subjectInSection >= 3) f.sectionSubjectMany = 1;
  if (othersInSection) f.sectionOthers = 1;
  const topic = topics.shared(m.start, m.entity);
  if (topic.subject >= 1) f.topicSubject = 1;
  if (topic.subject >= 3) f.topicSubjectMore = 1;
  if (topic.named >= 1) f.topicNamed = 1;
  if (topic.named >= 3) f.topicNamedMore = 1;
  const age = ages.fit(m, sentence, Math.min(sentence.end, next && next.start > m.end ? next.start : sentence.end, m.end + WINDOW));
  if (age === "subject") f.ageSubject = 1;
  else if (age === "named") f.ageNamed = 1;
  // Pronouns: only informative when the subject's and the named child's genders are known and differ.
  const named = m.gender === "f" || m.gender === "m" ? m.gender : undefined;
  if ((subjectGender === "f" || subjectGender === "m") && named && named !== subjectGender) {
    const stop = next && next.start < sentence.end ? next.start : sentence.end;
    let p = firstPronoun(ctx, m.end, stop);
    if (!p && (!next || next.start >= sentence.end)) p = firstPronoun(ctx, sentence.end, Math.min(after.end, next ? next.start : after.end));
    if (p === subjectGender) f.pronounSubject = 1;
    else if (p === named) f.pronounNamed = 1;
    const was = countPronouns(ctx, before.start, sentence.start);
    if (was[subjectGender] > 0 && was[named] === 0) f.subjectPronounsBefore = 1;
    if (was[named] > 0 && was[subjectGender] === 0) f.namedPronounsBefore = 1;
  }
  return f;
}

/** The model's probability that the mention is a paste. */
export function pasteProbability(features: Partial<Record<PasteFeature, number>>, w: PasteWeights): number {
  let z = w.bias;
  for (const [k, v] of Object.entries(features) as Array<[PasteFeature, number]>) z += (w.weights[k] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

/** A hook for scripts/fit/paste.mjs: receives every weighed mention's evidence (never set in the product). */
let trace: ((m: Span, features: Partial<Record<PasteFeature, number>>, flagged: boolean) => void) | undefined;
export function tracePasteEvidence(fn: typeof trace): void {
  trace = fn;
}
export function reportPasteEvidence(m: Span, features: Partial<Record<PasteFeature, number>>, flagged: boolean): void {
  trace?.(m, features, flagged);
}
