// analysis: does the writer say what events mean for the child (impact, risk, reasons), not only what happened?
// Three kinds of evidence, weighed together: phrases that are analysis wherever they stand ("this means",
// "in my view"); a section under an analysis-type heading in any of its common forms ("Analysis", "My view",
// "Worries and strengths", "What I think is happening", "Is Kai safe at home?") whose sentences are
// evaluative, causal, predictive or hedged; and, with no such heading, enough interpreting sentences by the
// writer, read by a sentence-type grammar. Sentences that carry a judgemental label, a bare suggestion or
// someone else's reported view are not the writer's analysis (issue 12, F6).
import type { QualityCheck } from "../types";
import type { RuleContext } from "../rule";
import analysisData from "../../../rules/quality/analysis.json";
import { EvidenceSet, childName, combine, groupIndex, lowerOf, lowerPattern, eachMatch } from "./evidence";
import { insideAny, otherChildItems, sectionsOf, sentencesIn, tuned } from "./sections";
import { scanLexicon } from "../rules/jargon/lexicon";
import { wordingSuppression } from "../filters/wording-context";
import { JUDGEMENTAL_GUARDS } from "../rules/judgemental/guards";
import { firstAtOrAfter, type Span } from "../text/span";
import { titleLinesEnd } from "../text/lines";
import { onTableHeader, tablesOf } from "./tables";
import { isPlanHeading } from "./next-steps";
import { LiteralSets, requiredLiterals } from "../text/required-literals";
import type { Section } from "./sections";

export const ANALYSIS = {
  id: "analysis",
  description: "The record says what events mean for the child, not only what happened.",
  source: analysisData.source,
};

const ENTRIES = analysisData.entries as Array<{ pattern: string; weight: number }>;
// Run on the lower-cased text: no i or u flag, ASCII word edges.
// Every entry starts with a word, so one shared \b lets the engine skip most positions at once.
const CUES = combine(
  ENTRIES.map((e) => lowerPattern(e.pattern)),
  "g",
  "\\b",
  "(?![a-z0-9])",
);
const HEADING = new RegExp(analysisData.headings, "i");
const GRAMMAR = analysisData.headingGrammar;
const HEADING_STEMS = new RegExp(GRAMMAR.stems, "i");
const NOT_ANALYSIS_HEADING = new RegExp(GRAMMAR.not, "iu");
const WRITER_AS_OWNER = new RegExp(GRAMMAR.exceptOwner, "gi");
const QUESTION_TOPICS = new RegExp(GRAMMAR.questionTopics, "i");
const WHY_PURPOSE = new RegExp(GRAMMAR.whyPurpose, "i");
// A heading naming the reasons for a decision ("Reasons", "Rationale"): its body is reasoning by its place.
const REASONS_HEADING = new RegExp(GRAMMAR.reasons, "i");
// A heading giving the writer's own view ("My view", "The social worker's view"): its body is their reading by its place.
const OWN_VIEW_HEADING = new RegExp(GRAMMAR.ownView, "i");
const EVALUATIVE = (analysisData.evaluative as string[]).map((p) => new RegExp(p));
// One optional adverb inside a pattern ("this clearly suggests", "is still likely to").
const ADV = "(?:[a-z]+ly\\s+|also\\s+|still\\s+|now\\s+|often\\s+|then\\s+)?";
const withAdverbs = (src: string) => lowerPattern(src.replace(/\{ADV\}/g, ADV));
// A type may carry a gate: a cheap word test the sentence must pass before its pattern is run.
type SentenceType = { type: string; weight: number; re: RegExp; gate?: RegExp };
const SENTENCE_TYPES: SentenceType[] = (analysisData.sentenceTypes as Array<{ type: string; weight: number; pattern: string; gate?: string }>).map((t) => ({
  type: t.type,
  weight: t.weight,
  re: new RegExp(withAdverbs(t.pattern), "g"),
  ...(t.gate ? { gate: new RegExp(t.gate) } : {}),
}));
// Most sentences interpret nothing: one scan for the strings each type's pattern cannot match without (read
// from the pattern) tells which types could match at all, and the others are not run. A type with no such
// string is always run.
// (Built at the first sentence read, not when the module loads.)
let typeScanner: { scanner: LiteralSets; alwaysRun: boolean[] } | undefined;
function typeScannerOf(): { scanner: LiteralSets; alwaysRun: boolean[] } {
  if (!typeScanner) {
    const literals = SENTENCE_TYPES.map((t) => requiredLiterals(t.re.source, "g"));
    typeScanner = { scanner: new LiteralSets(literals.map((l) => l ?? [])), alwaysRun: literals.map((l) => l === undefined) };
  }
  return typeScanner;
}
const SUGGESTION = new RegExp(withAdverbs(analysisData.discounts.suggestion));
const REPORTED = new RegExp(withAdverbs(analysisData.discounts.reported), "g");
// Stop 50 (kind50): the verbs of another record's noting ("the last interview noted…"), a part of REPORTED.
const RECORDED = new RegExp(withAdverbs(analysisData.discounts.recorded), "g");
// A view given as another's by its owner ("Mrs Okafor's view is that…", "the nurse is of the view that…"): reported.
const OTHERS_VIEW = new RegExp(analysisData.discounts.othersView, "g");
// The writer named by a role ("The worker's view was that…", "the author's view"): still the writer.
const WRITER_ROLE = new RegExp(analysisData.discounts.writerRole);
// The reason for the writer's own act of recording or passing on ("I am making a referral because…"), read on the
// sentence up to the causal link.
const WRITER_ACT = new RegExp(analysisData.discounts.writerAct);
// A document as the subject ("The minutes indicate that…", "its records may have been lost"): what a paper says.
const DOCUMENT_SUBJECT = new RegExp(analysisData.discounts.documentSubject);
const DOCUMENT_TYPES = new Set(["inferential", "owned", "hedged"]);
// A counterfactual inside a condition or a doubt ("Apologies if this should have gone…"): not asserted, so not weighed.
const CONDITIONAL = new RegExp(analysisData.discounts.conditional);
const VOICED_CONCERN = new RegExp(analysisData.discounts.voicedConcern, "g");
// "Section 20 means that…", "A care order means…": a term explained to the reader, not a reading of events.
const DEFINITION = new RegExp(analysisData.discounts.definition);
// The writer reporting their own words ("I said", "we explained") is still the writer.
// So is a body the record speaks for, reaching its view together ("The conference felt that…", "the panel agreed…").
// So are a meeting's members, named together ("Members felt that…", "All agencies agreed that…", "Those present thought…").
const FIRST_PERSON_BEFORE =
  /\b(?:i|we|having|it (?:is|was)|the (?:local authority|authority|conference|meeting|panel|core group|group|strategy (?:meeting|discussion)|review|court|professionals|network)|(?:all )?(?:the )?(?:members|agencies|partners|attendees|professionals)|(?:those|everyone|all) present)\s+(?:[a-z]+\s+)?$/;
// A clause of the writer's own after a report: "…, which suggests", "; this means", "…, I find that".
const WRITER_CLAUSE = /(?:[;:]|,\s*(?:which|and this|this|so|but|i|we)\b)/;
const MAX_SENTENCE_CHARS = 4000;
const KINSHIP = /^(?:related|connected) (?:to|with)$/;
// A person named after it, or their family ("related to Darren", "to Amir's family"), not something a person
// owns or did ("related to Darren's leaving").
const PERSON_AFTER =
  /^\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?\p{Lu}[\p{L}-]*(?:(?![\p{L}'’-])|['’]s\s+(?:family|mother|father|mum|dad|side|relatives|partner|brother|sister|parents)\b)/u;
const FINDING = /\b(?:i|we) (?:[a-z]+ly )?(?:find|found|am satisfied|are satisfied|make (?:a|the) finding)\b|\bon the balance of probabilities\b/;
// In a supervision record the case discussion is where the worker and supervisor think the case through.
// In any other record a section headed as the discussion ("Discussion", "Panel discussion", "Case discussion") is where a
// meeting weighs what it heard (minutes, a strategy discussion, a panel): its sentences that interpret, read by the
// sentence-type grammar, are its analysis. Not a discussion named by its topic or its time ("Discussion with Mum",
// "Discussion of the plan", "Discussion held on 4 May"), nor a meeting's own name ("Strategy discussion"), which is
// the record's title.
const DISCUSSION_HEADING =
  /^(?:(?:case|panel|group|team|professionals?['’]?|reflective|general|further|multi-agency|joint|open) )?discussions?\b(?!\s+(?:of|about|with|on|took|was|were|will|held|date|time|between|re|regarding)\b)/i;
const SUPERVISION_THINKING = /(?:^|[–—:-]\s*)(?:(?:case )?discussion|discussion (?:and|&) (?:reflection|analysis)|reflective discussion|hypothes[ie]s|what we think)\b/i;
const DEFAULTS = {
  threshold: analysisData.threshold,
  sectionEvaluative: analysisData.sectionEvaluative,
  evaluativeSentences: analysisData.evaluativeSentences,
  combinedSentence: analysisData.combinedSentence,
  weighingClasses: analysisData.weighingClasses,
  weighingWindows: analysisData.weighingWindows,
};

/** A heading of the analysis type: a listed form, a heading naming a judgement, or a question about the child. */
export function isAnalysisHeading(title: string, question = /\?\s*$/.test(title)): boolean {
  const t = title.trim();
  if (HEADING.test(t) || REASONS_HEADING.test(t)) return true;
  // "Why you could not stay at home", "Why the plan is paced this way": a heading that promises reasons, whatever
  // it gives reasons for (a plan, a decision), except the reason for the record itself (a visit, a letter, a
  // meeting, a referral), which WHY_PURPOSE sets aside.
  // A bare "Why" names no reasons but the record's own (a letter's or an agreement's "Why": the facts that led to it).
  if (/^why\b/i.test(t)) return !WHY_PURPOSE.test(t) && !/^why\W*$/i.test(t);
  const withoutWriter = t.replace(WRITER_AS_OWNER, " ");
  if (NOT_ANALYSIS_HEADING.test(withoutWriter)) return false;
  if (question || /^(?:what|why|how)\b/i.test(t)) return QUESTION_TOPICS.test(t);
  return HEADING_STEMS.test(t);
}

/** Sentences carrying a judgemental term from the wording lexicon (found once per text). */
const JUDGED = {};
function judgedSentences(ctx: RuleContext): Set<number> {
  return ctx.perAnalysis(JUDGED, () => {
    const out = new Set<number>();
    for (const m of scanLexicon("judgemental", ctx.text)) {
      // An entry's sense check says whether its words are the label here ("getting herself to school" is no
      // "getting herself into trouble"): words the wording check does not flag are no label.
      if (m.entry.guard !== undefined && !JUDGEMENTAL_GUARDS[m.entry.guard]?.(ctx, m.start, m.end)) continue;
      // A label the sentence negates or rejects ("worry rather than defiance") is the writer weighing it: analysis.
      const why = wordingSuppression(ctx, m.start, m.end);
      if (why === "negated" || why === "corrected") continue;
      // A label in quotation marks is someone else's word, reported ("she worries he is 'boy mad'"): the writer's
      // own clause around it may still weigh it ("…; I have seen nothing that suggests risk").
      if (ctx.inQuote(m.start, m.end)) continue;
      const i = firstAtOrAfter(ctx.sentences, m.start);
      const k = i < ctx.sentences.length && ctx.sentences[i].start <= m.start ? i : i - 1;
      if (k >= 0) out.add(ctx.sentences[k].start);
    }
    return out;
  });
}

/**
 * Someone else's report inside a sentence (lower case): the words after a report verb are theirs, up to
 * where a clause of the writer's own resumes ("…, which suggests", "; this means"). Each report verb opens
 * its own stretch, so a second report after the writer's clause ("accepts paragraph 6 in part: she says…")
 * is theirs again. Offsets are relative to the sentence. `verbs` RECORDED reads only another record's noting.
 */
function reportedStretches(lower: string, verbs = REPORTED): Span[] {
  const starts: number[] = [];
  verbs.lastIndex = 0;
  for (let m = verbs.exec(lower); m; m = verbs.exec(lower)) {
    if (!FIRST_PERSON_BEFORE.test(lower.slice(Math.max(0, m.index - 20), m.index))) starts.push(m.index);
  }
  if (verbs === RECORDED) return stretchesFrom(lower, starts);
  // A view by its owner: the owner's words run from the match on. The owner is the word the match starts with
  // ("nurse is of the view") or the one before it ("Okafor's view"); the writer or a body it speaks for keeps its view.
  OTHERS_VIEW.lastIndex = 0;
  for (let m = OTHERS_VIEW.exec(lower); m; m = OTHERS_VIEW.exec(lower)) {
    const owner = /^[a-z]+ (?:is|are|was|were|remain)/.test(m[0]) ? /^[a-z]+/.exec(m[0])![0] : "";
    const ownerText = `${lower.slice(Math.max(0, m.index - 30), m.index)}${owner} `;
    if (!FIRST_PERSON_BEFORE.test(ownerText) && !WRITER_ROLE.test(ownerText)) starts.push(m.index);
  }
  return stretchesFrom(lower, starts);
}

function stretchesFrom(lower: string, starts: number[]): Span[] {
  if (starts.length > 1) starts.sort((a, b) => a - b);
  const reported: Span[] = [];
  for (const start of starts) {
    const w = WRITER_CLAUSE.exec(lower.slice(start));
    const end = w ? start + w.index : lower.length;
    const last = reported[reported.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else reported.push({ start, end });
  }
  return reported;
}

/**
 * The types of interpreting sentence this is, with the writer's reported and suggesting parts set aside.
 * `sentenceStart` is where the whole sentence starts when `s` is only its tail (the body after an inline heading).
 */
export function sentenceTypes(ctx: RuleContext, s: Span, sentenceStart = s.start): SentenceType[] {
  if (ctx.inQuote(s.start, s.end) || s.end - s.start < 12) return [];
  if (/\?\s*["'”’]?\s*$/.test(ctx.text.slice(Math.max(s.start, s.end - 8), s.end))) return []; // a question put to someone
  // A run-on "sentence" of a whole page is read for its first part only: the work stays linear.
  const lower = lowerOf(ctx).slice(s.start, Math.min(s.end, s.start + MAX_SENTENCE_CHARS));
  // A label is not the writer's analysis, except as the conclusion of a finding made on the evidence
  // ("I am satisfied on the balance of probabilities that the mother failed to protect her").
  const { scanner, alwaysRun } = typeScannerOf();
  const possible = scanner.scan(lower);
  let any = false;
  for (let k = 0; k < SENTENCE_TYPES.length && !any; k++) any = alwaysRun[k] || possible[k] === 1;
  if (!any) return [];
  if (judgedSentences(ctx).has(sentenceStart) && !FINDING.test(lower)) return [];
  const reported = reportedStretches(lower);
  const found: SentenceType[] = [];
  for (let k = 0; k < SENTENCE_TYPES.length; k++) {
    const t = SENTENCE_TYPES[k];
    if (!alwaysRun[k] && possible[k] === 0) continue;
    if (t.gate && !t.gate.test(lower)) continue;
    // A type given by two entries (a gated one beside the main one) counts once.
    if (t.gate && found.some((f) => f.type === t.type)) continue;
    t.re.lastIndex = 0;
    for (let m = t.re.exec(lower); m; m = t.re.exec(lower)) {
      const inReport = reported.find((r) => m.index > r.start && m.index < r.end);
      if (inReport) {
        // The reporter's words: skip on to where the writer's own clause begins.
        if (inReport.end >= lower.length) break;
        t.re.lastIndex = inReport.end;
        continue;
      }
      if (ctx.inQuote(s.start + m.index, s.start + m.index + m[0].length)) continue;
      // "Mr Pike is not related to Darren": kinship with a person, not a causal link.
      if (t.type === "causal" && KINSHIP.test(m[0]) && PERSON_AFTER.test(ctx.text.slice(s.start + m.index + m[0].length, s.start + m.index + m[0].length + 40))) continue;
      if (DOCUMENT_TYPES.has(t.type) && DOCUMENT_SUBJECT.test(lower.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (t.type === "counterfactual" && CONDITIONAL.test(lower.slice(Math.max(0, m.index - 80), m.index))) continue;
      // "I am making a referral because…": why the record was written, not what events mean.
      if (t.type === "causal" && WRITER_ACT.test(lower.slice(Math.max(0, m.index - 160), m.index))) continue;
      // "She appeared happy", "He seemed settled": how a person presented, which is description, not a reading of it.
      if (t.type === "hedged" && (describesPresentation(ctx, lower, s.start, m) || hedgesAnEvent(lower, m))) continue;
      // "She pointed to the cup", "Suggest we send…": a person's gesture, or the writer proposing, not evidence read.
      if (t.type === "inferential" && (GESTURE.test(m[0]) ? personBefore(ctx, s.start, m.index) : m[0] === "suggest" && PROPOSING.test(lower.slice(0, m.index)))) continue;
      found.push(t);
      break;
    }
  }
  // "I think Mum needs more time with…": a suggestion, not a reading of what things mean.
  if (found.some((t) => t.type === "owned") && SUGGESTION.test(lower)) return found.filter((t) => t.type !== "owned");
  if (found.some((t) => t.type === "meaning") && s.start === sentenceStart && DEFINITION.test(lower)) return found.filter((t) => t.type !== "meaning");
  return found;
}

// A verb of seeming with a person as its subject and a bare state as its complement ("Jo appeared happy and
// relaxed", "he seemed to be settled") describes what the writer saw. With a clause, an abstract subject or a
// judgement after it ("it seems that…", "the bruise appears to have been caused…", "she seems likely to…",
// "this looks like worry") it is the writer's hedged reading.
const SEEM_VERB = /^(?:seems?|seemed|appears?|appeared)$/;
// A negation with "do" may stand between the person and the verb ("she didn't seem to know").
const NEGATED_DO = String.raw`(?:(?:did|does|do) not\s+|(?:didn|doesn|don)['’]t\s+)?`;
const PERSON_BEFORE = new RegExp(
  String.raw`(?:^|[^a-z'’-])(?:he|she|they|who|child|baby|boy|girl|toddler|infant|mum|mother|dad|father|carer|carers|parents?)\s+${NEGATED_DO}(?:[a-z]+ly\s+|also\s+|still\s+|generally\s+|again\s+)?$`,
);
const NAME_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'’-])\p{Lu}[\p{L}'’-]*\s+${NEGATED_DO}(?:[a-z]+ly\s+|also\s+|still\s+|generally\s+|again\s+)?$`, "u");
const NOT_A_PERSON_BEFORE = new RegExp(String.raw`\b(?:it|this|that|which|there)\s+${NEGATED_DO}$`, "i");
const INTENSIFIERS = "(?:very|quite|really|rather|fairly|so|too|more|less|much|a little|a bit|slightly|mostly|generally|largely|visibly|extremely|well)\\s+";
const BARE_STATE = new RegExp(
  `^\\s+(?:to be\\s+)?(?:${INTENSIFIERS})?(?!(?:to|that|as|like|likely|unlikely|probable|possible|clear|evident|a|an|the|in|at|on|for|by|be|have|being|having|more|less)\\b)[a-z'’-]+(?:\\s*(?:[,.;]|$)|\\s+(?:and|but|with|when|during|throughout|at|in|on|of|to|about|after|before|for|while|as)\\b)`,
);

// "pointed to", "points at": with a person as its subject a gesture, not a reading. A bare "suggest" at the start of a
// note or after the writer or a modal ("Suggest we send…", "I would suggest…") proposes a step; "suggests" infers.
const GESTURE = /^point/;
const PROPOSING = /(?:^|[.;:]\s*|\b(?:i|we|would|could|might|may|to)\s+)$/;

// A verb of knowing, noticing or minding after the verb of seeming ("he seemed to understand", "she didn't seem to know
// she should have told anyone", "he did not seem to mind"): what the person showed of their own mind, as seen.
const MIND_STATE = /^\s+to\s+(?:know|understand|realise|realize|notice|mind|care|remember|recognise|recognize|follow|enjoy|like|want)\b/;

// "He looked like his brother", "she looks like a much younger child": a person's likeness to someone, as seen.
const LIKENESS = /^\s+like\s+(?:a|an|the|his|her|their|my|your|[a-z]+['’]s)\s/;
const LOOK_VERB = /^(?:looks?|looked)$/;
// A room, the home or a child's things as the subject ("The kitchen appeared clean"): how the home presented.
const PLACE_BEFORE = new RegExp(analysisData.discounts.placeSubject);
// "It looks like the appointment has been moved", "it seems the letter went…": unsure what became of an arrangement.
const ARRANGEMENT_AFTER = new RegExp(analysisData.discounts.arrangementSubject);
const IMPERSONAL_BEFORE = /(?:^|[^a-z'’-])it\s+(?:[a-z]+ly\s+|also\s+|now\s+)?$/;

/** A hedge on what happened, not a reading: "apparently" (the writer was told), or an arrangement unsure of. */
function hedgesAnEvent(lower: string, m: RegExpExecArray): boolean {
  if (m[0] === "apparently") return true;
  const verb = /^[a-z]+/.exec(m[0])?.[0] ?? "";
  if (!IMPERSONAL_BEFORE.test(lower.slice(Math.max(0, m.index - 20), m.index))) return false;
  return ARRANGEMENT_AFTER.test(lower.slice(m.index + verb.length, m.index + verb.length + 80));
}

// The writer's subject left out, as running notes write ("Seemed happier after."): the sentence opens with the verb.
const ELIDED_SUBJECT = /^[\s\-–•*]*$/;

/** True when a person is the subject just before `index` (sentence-relative): a pronoun, a name, "who", or none written. */
function personBefore(ctx: RuleContext, sentenceStart: number, index: number): boolean {
  const before = ctx.text.slice(sentenceStart + Math.max(0, index - 40), sentenceStart + index);
  if (index <= 40 && ELIDED_SUBJECT.test(before)) return true;
  return PERSON_BEFORE.test(before.toLowerCase()) || (NAME_BEFORE.test(before) && !NOT_A_PERSON_BEFORE.test(before));
}

function describesPresentation(ctx: RuleContext, lower: string, sentenceStart: number, m: RegExpExecArray): boolean {
  const verb = /^[a-z]+/.exec(m[0])?.[0] ?? "";
  const look = LOOK_VERB.test(verb);
  if (!SEEM_VERB.test(verb) && !look) return false;
  const after = lower.slice(m.index + verb.length, m.index + verb.length + 80);
  if (PLACE_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index))) return SEEM_VERB.test(verb) && BARE_STATE.test(after);
  if (!personBefore(ctx, sentenceStart, m.index)) return false;
  if (look) return LIKENESS.test(after);
  return BARE_STATE.test(after) || MIND_STATE.test(after);
}

/**
 * How much a sentence weighs as analysis: the largest weight among its types, and half a point for each
 * other type it combines ("I think this is linked to…, and it seems to be affecting her"), at most 2.
 */
export function sentenceWeight(ctx: RuleContext, s: Span, sentenceStart = s.start): number {
  return weightOf(sentenceTypes(ctx, s, sentenceStart));
}

/** sentenceWeight for types already read (a sentence's types are read once). */
function weightOf(types: SentenceType[]): number {
  // An explanation holds its own "because": one reading, not a reading joined to a reason.
  if (types.some((t) => t.type === "explanation")) types = types.filter((t) => t.type !== "causal");
  if (types.length === 0) return 0;
  let w = 0;
  for (const t of types) w = Math.max(w, t.weight);
  // A judgement given with its reason ("the risk to her has reduced, but not enough, because…") is the
  // pattern of analysis itself: the reason counts in full.
  const reasoned = types.some((t) => t.type === "causal") && types.some((t) => t.type !== "causal");
  return Math.min(2, w + 0.5 * (types.length - 1) + (reasoned ? 0.5 : 0));
}

/** Evaluative, causal, predictive or hedged: a sentence that interprets rather than reports. */
export function isEvaluative(ctx: RuleContext, s: Span, sentenceStart = s.start): boolean {
  if (ctx.inQuote(s.start, s.end) || s.end - s.start < 12) return false;
  const lower = lowerOf(ctx).slice(s.start, Math.min(s.end, s.start + MAX_SENTENCE_CHARS));
  if (/\?\s*["'”’]?\s*$/.test(ctx.text.slice(Math.max(s.start, s.end - 8), s.end))) return false; // a question put to someone
  if (sentenceWeight(ctx, s, sentenceStart) > 0) return true;
  // The broader list (risk, safety, worry, strengths) counts only when nothing sets the sentence aside.
  if (judgedSentences(ctx).has(sentenceStart) || (SUGGESTION.test(lower) && !/\bbecause\b/.test(lower))) return false;
  // "The nursery has raised concerns", "Dad does not accept the risks": who holds the worry, not a reading of it.
  let own = lower.replace(VOICED_CONCERN, " ");
  // Stop 50 (kind50): nor what an earlier record or another agency noted ("Last return interview noted possible drug
  // use"): its words are set aside, as the sentence types set aside every report.
  for (const r of reportedStretches(own, RECORDED)) own = own.slice(0, r.start) + " ".repeat(r.end - r.start) + own.slice(r.end);
  return EVALUATIVE.some((re) => re.test(own));
}

/**
 * Whether the line holding an offset is a row of a table (cells split by "|" or tabs) or a dated entry, asked
 * sentence by sentence. Each line is read once: a text of one huge line asked once per sentence used to re-read the
 * whole line every time (150,000 sentences on one line: minutes instead of seconds).
 */
function tableRowReader(text: string): (at: number) => boolean {
  let ls = 0;
  let le = -1;
  let row = false;
  return (at) => {
    if (at < ls || at > le || le < 0) {
      ls = text.lastIndexOf("\n", at - 1) + 1;
      le = text.indexOf("\n", at);
      if (le < 0) le = text.length;
      const line = text.slice(ls, le);
      row = /\||\t/.test(line) || /^[ \t]*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(line);
    }
    return row;
  };
}

// The record's title lines (the first three lines with text): a heading there names the document ("Analysis and
// recommendation" under an assessment's title), not a part of it.
const TITLE_LINES = 3;
// How many sub-headings an empty heading may hold.
const MAX_SUBSECTIONS = 6;

/**
 * Where the sub-sections under an empty heading end: at the next heading of the analysis or plan type (a part of
 * its own), or after MAX_SUBSECTIONS sub-headings.
 */
function subsectionsEnd(ctx: RuleContext, sections: readonly Section[], k: number): number {
  let end = sections[k].body.end;
  for (let j = k + 1; j < sections.length && j <= k + MAX_SUBSECTIONS; j++) {
    const title = sections[j].headingText;
    if (isPlanHeading(title) || isAnalysisHeading(title)) break;
    end = sections[j].body.end;
  }
  return end;
}

// A paragraph that weighs (see `weighingNote` in the data): the kinds of reasoning a run of the writer's own
// sentences carries, read by discourse function, not by a listed wording.
const WEIGHING = analysisData.weighing;
const WEIGH_KINDS = ["contrast", "cause", "prediction", "evaluation", "stance"] as const;
const WEIGH_RES = WEIGH_KINDS.map((k) => new RegExp(WEIGHING[k]));
// Bits of the kinds that link (contrast, cause) and of those that interpret (prediction, evaluation, stance).
const CONNECTIVE_BITS = 0b00011;
const INTERPRETIVE_BITS = 0b11100;
// The writer's own plan ("I will ring", "we'd like to") is not a prediction.
const WRITER_PLAN = new RegExp(WEIGHING.writerPlan, "g");
const RUN_SENTENCES = 4;
const bitCount = (n: number) => {
  let c = 0;
  for (let m = n; m; m &= m - 1) c++;
  return c;
};

/**
 * Runs of up to four consecutive sentences of the writer's own, in one paragraph (no blank line between them) and
 * naming the child (a given name, an alias or the child's pronoun), that together carry at least `minKinds` kinds of
 * reasoning, one linking and one interpreting. Sentences set aside: table rows and dated entries, quoted or
 * questioning sentences, sentences carrying a judgemental label, another child's item, and the words of anyone
 * the writer reports. Runs do not overlap.
 */
export function weighingRuns(ctx: RuleContext, minKinds: number): Span[] {
  const lower = lowerOf(ctx);
  const judged = judgedSentences(ctx);
  const foreign = otherChildItems(ctx);
  const childWords = new Set<string>([...ctx.profile.subjectGivenForms].map((f) => f.split(/\s+/)[0]));
  for (const w of ctx.profile.pronouns?.all ?? ["he", "him", "his", "she", "her", "they", "them", "their"]) childWords.add(w);
  const sents = ctx.sentences;
  const tableRow = tableRowReader(ctx.text);
  const masks: number[] = [];
  const child: boolean[] = [];
  for (const s of sents) {
    let mask = 0;
    let names = false;
    const ok =
      s.end - s.start >= 12 &&
      !tableRow(s.start) &&
      !ctx.inQuote(s.start, s.end) &&
      !judged.has(s.start) &&
      !insideAny(foreign, s.start) &&
      !/\?\s*["'”’]?\s*$/.test(ctx.text.slice(Math.max(s.start, s.end - 8), s.end));
    if (ok) {
      let own = lower.slice(s.start, Math.min(s.end, s.start + MAX_SENTENCE_CHARS));
      for (const r of reportedStretches(own)) own = own.slice(0, r.start) + " ".repeat(r.end - r.start) + own.slice(r.end);
      own = own.replace(WRITER_PLAN, " ");
      WEIGH_RES.forEach((re, k) => {
        if (re.test(own)) mask |= 1 << k;
      });
      names = (own.match(/[a-z'’-]+/g) ?? []).some((w) => childWords.has(w));
    }
    masks.push(mask);
    child.push(names);
  }
  const runs: Span[] = [];
  for (let i = 0; i < sents.length; i++) {
    if (masks[i] === 0) continue;
    let mask = 0;
    let names = false;
    for (let j = i; j < sents.length && j < i + RUN_SENTENCES; j++) {
      if (j > i && /\n[ \t]*\n/.test(ctx.text.slice(sents[j - 1].end, sents[j].start))) break;
      mask |= masks[j];
      names ||= child[j];
      if (names && bitCount(mask) >= minKinds && mask & CONNECTIVE_BITS && mask & INTERPRETIVE_BITS) {
        runs.push({ start: sents[i].start, end: sents[j].end });
        i = j;
        break;
      }
    }
  }
  return runs;
}

export function checkAnalysis(ctx: RuleContext): QualityCheck {
  const ev = new EvidenceSet(ctx);
  let score = 0;
  const lower = lowerOf(ctx);
  const judged = judgedSentences(ctx);
  // Each sentence is judged once however many cues it holds (a run-on sentence stays linear).
  const suggestion = new Map<number, boolean>();
  const reported = new Map<number, Span[]>();
  eachMatch(CUES, lower, (m) => {
    if (ctx.inQuote(m.index, m.index + m[0].length)) return;
    // A column's title ("Date | Event | Impact on Julian") names what its cells may say; it says nothing itself.
    if (onTableHeader(ctx, m.index)) return;
    const sentence = ctx.sentenceAt(m.index);
    if (/\?\s*["'”’]?\s*$/.test(ctx.text.slice(Math.max(sentence.start, sentence.end - 8), sentence.end))) return; // a question put to someone
    // A sentence carrying a judgemental label, or a bare suggestion, is not the writer's analysis.
    if (judged.has(sentence.start)) return;
    // Nor are someone else's reported words ("Mum said she understands what it means for the family").
    let stretches = reported.get(sentence.start);
    if (stretches === undefined) {
      stretches = reportedStretches(lower.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE_CHARS)));
      reported.set(sentence.start, stretches);
    }
    const rel = m.index - sentence.start;
    if (stretches.some((r) => rel > r.start && rel < r.end)) return;
    const i = groupIndex(CUES, m);
    if (i < 0) return;
    if (ENTRIES[i].weight < 1) {
      let bare = suggestion.get(sentence.start);
      if (bare === undefined) {
        bare = SUGGESTION.test(lower.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE_CHARS)));
        suggestion.set(sentence.start, bare);
      }
      if (bare) return;
    }
    score += ENTRIES[i].weight ?? 1;
    ev.addAt(m.index);
  });
  let found = score >= tuned(ctx, "analysis.threshold", DEFAULTS.threshold);
  // An analysis section: its evaluative sentences are the evidence.
  let inSections = 0;
  const sections = sectionsOf(ctx);
  const titleEnd = titleLinesEnd(ctx.text, TITLE_LINES);
  sections.forEach((section, k) => {
    const headingLine = ctx.text.slice(section.heading.start, section.heading.end);
    const discussion = ctx.kind !== "supervision" && DISCUSSION_HEADING.test(section.headingText.trim());
    if (!discussion && !isAnalysisHeading(section.headingText, /\?\s*$/.test(headingLine)) && !(ctx.kind === "supervision" && SUPERVISION_THINKING.test(section.headingText)))
      return;
    // An inline heading ("Officer's view: the letters suggest…") shares its sentence with the body's first words.
    let body = sentencesIn(ctx, { start: section.heading.start, end: section.body.end }).filter((s) => s.end > section.body.start);
    // A heading over sub-headings ("Analysis", then "Risks", "Strengths"): its body is theirs.
    // An inline heading ("Reasons: Jayden is settled…") is not empty: its one sentence starts at the heading.
    const inline = !/\n/.test(ctx.text.slice(section.heading.end, section.body.start));
    if (section.heading.start >= titleEnd && !inline && sentencesIn(ctx, section.body).length === 0)
      body = sentencesIn(ctx, { start: section.body.start, end: subsectionsEnd(ctx, sections, k) });
    // Its words are read from the body on: the heading's own word ("Concerns: phone use (resolved)") is not the writer's reading.
    // Under a heading naming the reasons or giving the writer's own view, every sentence of the writer's own is one of them.
    const reasons = REASONS_HEADING.test(section.headingText.trim()) || OWN_VIEW_HEADING.test(section.headingText.trim());
    const evaluative = body.filter((s) => {
      const own = s.start < section.body.start ? { start: section.body.start, end: s.end } : s;
      if (reasons) return own.end - own.start >= 12 && !ctx.inQuote(own.start, own.end) && !judgedSentences(ctx).has(s.start);
      // A discussion's sentences interpret only by the grammar: its "concerns were discussed" is what was talked about.
      return discussion ? sentenceWeight(ctx, own, s.start) > 0 : isEvaluative(ctx, own, s.start);
    });
    if (evaluative.length >= tuned(ctx, "analysis.sectionEvaluative", DEFAULTS.sectionEvaluative)) {
      found = true;
      for (const s of evaluative) ev.addSpan(s);
    }
    inSections += evaluative.length;
  });
  // A table column headed as analysis ("Significance for Harvey", "Reviewer's comment"): its cells are read as a
  // section's sentences, by the sentence-type grammar (a cell of facts, "Julian's half-sister", is not a reading).
  for (const table of tablesOf(ctx)) {
    table.columns.forEach((col, k) => {
      if (!isAnalysisHeading(col.title)) return;
      const reading = table.rows.map((r) => r[k]).filter((c): c is Span => c !== undefined && sentenceWeight(ctx, c) > 0);
      if (reading.length >= tuned(ctx, "analysis.sectionEvaluative", DEFAULTS.sectionEvaluative)) {
        found = true;
        for (const c of reading) ev.addSpan(c);
      }
      inSections += reading.length;
    });
  }
  // A chronology lists events: its rows' "because" and "seemed" are the events' own, not the writer's analysis,
  // which a chronology gives (if at all) in prose after or around its table, read like any other record's.
  if (!found && inSections === 0) {
    // No analysis heading: the writer's interpreting sentences, each weighed by its type. Causal links
    // alone ("late because the bus was late") add up to one point at most, however many there are.
    let weight = 0;
    let causalOnly = 0;
    // The heaviest single sentence: one that joins two kinds of reading decides on its own.
    let heaviest: Span | undefined;
    let heaviestWeight = 0;
    const weighed: Span[] = [];
    const tableRow = tableRowReader(ctx.text);
    for (const s of ctx.sentences) {
      if (ctx.kind === "chronology" && tableRow(s.start)) continue;
      const types = sentenceTypes(ctx, s);
      if (types.length === 0) continue;
      if (types.every((t) => t.type === "causal")) {
        if (causalOnly >= 1) continue;
        causalOnly += 0.5;
      }
      const w = weightOf(types);
      weight += w;
      if (w > heaviestWeight) {
        heaviest = s;
        heaviestWeight = w;
      }
      weighed.push(s);
      // Enough to decide and to show: the rest of a long record need not be read.
      if (weighed.length >= 20 && weight >= tuned(ctx, "analysis.evaluativeSentences", DEFAULTS.evaluativeSentences)) break;
    }
    if (weight >= tuned(ctx, "analysis.evaluativeSentences", DEFAULTS.evaluativeSentences)) {
      found = true;
      for (const s of weighed) ev.addSpan(s);
    } else if (heaviest && heaviestWeight >= tuned(ctx, "analysis.combinedSentence", DEFAULTS.combinedSentence)) {
      found = true;
      ev.addSpan(heaviest);
    }
  }
  // A paragraph that weighs, wherever it sits: enough runs of the writer's reasoning.
  if (!found) {
    const runs = weighingRuns(ctx, tuned(ctx, "analysis.weighingClasses", DEFAULTS.weighingClasses));
    if (runs.length >= tuned(ctx, "analysis.weighingWindows", DEFAULTS.weighingWindows)) {
      found = true;
      for (const r of runs) ev.addSpan(r);
    }
  }
  const name = childName(ctx);
  if (!found) {
    return {
      value: false,
      evidence: [],
      message: `The record describes what happened but not what it means for ${name}: add your analysis (the impact on ${name}, the risk, and why you think so).`,
    };
  }
  return { value: true, evidence: ev.sorted(), message: `The record says what events mean for ${name} in ${ev.count === 1 ? "1 place" : `${ev.count} places`}.` };
}
