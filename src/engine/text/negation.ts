// Is a span of wording negated ("this is not a lifestyle choice") or being corrected ("should not be
// described as", "avoid saying", "please could we not describe him as")? Such sentences teach or
// challenge the wording; flagging them would nag the worker who got it right.
import type { Span } from "./span";
import { WordSet, tokenIndexAt, type Tokens } from "./tokens";

// Words that negate what follows them in the same clause.
const NEGATORS = new Set([
  "not",
  "never",
  "no",
  "nor",
  "neither",
  "cannot",
  "without",
  "hardly",
  "can't",
  "won't",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "don't",
  "doesn't",
  "didn't",
  "shouldn't",
  "wouldn't",
  "couldn't",
  "hasn't",
  "haven't",
  "hadn't",
  "mustn't",
  "needn't",
  "ain't",
  "nor",
  "deny",
  "denies",
  "denied",
  "denying",
  "disputes",
  "disputed",
  "disagrees",
  "disagreed",
  "rejects",
  "rejected",
]);

// "not sure why she kicked off" is uncertainty, not a denial; "not only" adds; "no one" is a person.
const NOT_A_DENIAL_AFTER = new Set(["sure", "clear", "known", "certain", "only", "one", "just", "aware", "yet"]);

// Words that start a new clause: a negator before them does not reach the span.
const CLAUSE_BREAKS = new Set([
  "and",
  "but",
  "because",
  "so",
  "although",
  "though",
  "however",
  "while",
  "whilst",
  "whereas",
  "when",
  "since",
  "after",
  "before",
  "if",
  "unless",
  "until",
  "as",
  "why",
  "how",
  "what",
  "where",
  "who",
  "which",
  "then",
  "also",
  "yet",
]);

const WINDOW_WORDS = 12;

// Verbs of regarding: "not see her as X", "not describe him as X" — their "as" carries the negation on.
const REGARDING = new Set([
  "see",
  "saw",
  "seen",
  "view",
  "viewed",
  "regard",
  "regarded",
  "describe",
  "described",
  "treat",
  "treated",
  "consider",
  "considered",
  "label",
  "labelled",
  "labeled",
  "call",
  "called",
  "portray",
  "portrayed",
  "refer",
  "referred",
  "think",
  "thought",
  "present",
  "presented",
  "record",
  "recorded",
  "characterise",
  "characterised",
  "depict",
  "depicted",
]);
// Quote marks are transparent: "I do not see Mia as 'streetwise'".
const QUOTE_TOKEN = /^["“”]$/;

// Whole-sentence cues that the writer is correcting or teaching the wording.
const CORRECTION_CUES: RegExp[] = [
  /\b(?:should|must|need|needs|ought)\s+(?:not|never)\s+(?:to\s+)?be\s+(?:described|called|labelled|labeled|referred\s+to|recorded|written|seen|treated|framed)\b/i,
  /\b(?:avoid|stop)\s+(?:saying|using|calling|describing|writing|labelling|labeling|referring\s+to)\b/i,
  /\b(?:don't|do\s+not|never|not|shouldn't)\s+(?:describe|call|label|refer\s+to)\s+(?:[\p{L}'’-]+\s+){1,3}as\b/iu,
  /\b(?:don't|do\s+not|never|not|stop)\s+(?:use|say|write|using|saying|writing)\s+(?:the\s+)?(?:words?|terms?|phrases?|labels?|language)\b/i,
  /\b(?:instead\s+of|rather\s+than)\s+(?:saying|calling|describing|using|writing|labelling|labeling)\b/i,
  /\b(?:language|wording|words|phrases?|terms?|labels?)\s+(?:like|such\s+as)\b/i,
  /\b(?:victim[-\s]blaming|judgemental|judgmental|stigmatising|stigmatizing|blaming|unhelpful|dismissive)\s+(?:language|wording|words|terms?|labels?|phrases?)\b/i,
  /\b(?:the|this|that)\s+(?:language|wording|phrase|label)\s+(?:puts|places|shifts|blames|suggests|implies)\b/i,
  // "Labelling her defiant misses how frightened she is", "Describing it as X would be wrong": a naming
  // gerund as subject, judged by its verb.
  /^\W*(?:labelling|labeling|calling|describing|branding|seeing|treating|dismissing)\b[^.;!?]{0,80}?\b(?:misses|ignores|overlooks|hides|obscures|blames|fails|(?:is|was|would\s+be|would\s+have\s+been|will\s+be)\s+(?:unfair|wrong|unhelpful|inaccurate|misleading|not\s+fair|not\s+right|not\s+accurate)|does\s+not|doesn't|would\s+not|wouldn't)\b/i,
  // "nor is it right to call her X", "it is not fair to describe him as X"
  /\b(?:nor|not)\s+(?:is\s+it|it\s+is|would\s+it\s+be|was\s+it)\s+(?:right|fair|accurate|helpful|appropriate)\s+to\s+(?:call|describe|label|see|refer\s+to)\b/i,
  /\bit\s+(?:is|was|would\s+be)\s+(?:not|n't|never)\s+(?:right|fair|accurate|helpful|appropriate)\s+to\s+(?:call|describe|label|see|refer\s+to)\b/i,
  // "That framed abuse as her choice", "records presented the exploitation as a relationship": a label
  // the writer says was put on abuse is named to be criticised.
  /\b(?:fram|present|treat|record|describ|portray|recast|misread|misrecord|label|dismiss)\w*\s+(?:(?:the|her|his|their|this|that|what\s+was)\s+)?(?:abuse|sexual\s+abuse|exploitation|sexual\s+exploitation|harm|rape|grooming|assault|coercion)\s+as\b/i,
  // "It would be wrong to describe Mia as X", "unfair to call him X": the naming itself judged.
  /\b(?:wrong|unfair|inaccurate|misleading|unhelpful|inappropriate|mistaken|a\s+mistake)\s+to\s+(?:call|describe|label|see|view|regard|think\s+of|refer\s+to|treat|dismiss|write\s+(?:her|him|them|this|it)\s+off\s+as)\b/i,
];

// The cues joined into one pattern per set of flags: one pass over a sentence instead of one per cue
// (any cue matching anywhere is the same as the joined pattern matching).
const CORRECTION_CUE_GROUPS: RegExp[] = [...new Set(CORRECTION_CUES.map((re) => re.flags))].map(
  (flags) =>
    new RegExp(
      CORRECTION_CUES.filter((re) => re.flags === flags)
        .map((re) => `(?:${re.source})`)
        .join("|"),
      flags,
    ),
);

// A reported judgement the writer then rejects: "Staff say she is X; I do not agree." (also in the next sentence).
const DISAGREEMENT =
  /^[^.!?\n]{0,120}?(?:[;,:–—-]|\bbut\b|\band\b|[.!?]["'”’]?\s+)\s*(?:however,?\s+)?(?:I|we)\s+(?:do\s+not|don't|did\s+not|didn't|cannot|can't)\s+(?:agree|accept|share\s+(?:this|that|the)\s+view|see\s+(?:it|her|him|them|this)\s+(?:that\s+way|like\s+that))\b|^[^.!?\n]{0,120}?(?:[;,:–—-]|\bbut\b|[.!?]["'”’]?\s+)\s*(?:I|we)\s+disagree\b|^[^.!?\n]{0,120}?,\s*which\s+(?:I|we)\s+(?:do\s+not|don't)\s+(?:accept|agree\s+with|share)\b/i;

// Every disagreement holds "I" or "we", spaces, then a verb in d or c ("do not", "didn't", "cannot",
// "disagree"): the full pattern, which tries up to 120 starts, runs only where this cheap one finds that.
const DISAGREEMENT_NEEDS = /(?:I|we)\s+[dc]/i;

// Cues right after the span: "'refused to engage' does not describe what happened".
const CORRECTION_AFTER =
  /^[\s"'”’)]*(?:(?:does|did|do|is|was|are)\s*(?:not|n't)\s+(?:describe|reflect|accurate|fair|helpful|appropriate|right|the\s+right|a\s+fair|true)|(?:is|are|was|were)\s+(?:victim[-\s]blaming|judgemental|judgmental|stigmatising|stigmatizing|unhelpful|inaccurate|blaming|not\s+helpful|not\s+accurate))/i;

const WORD = /[\p{L}\p{N}'’]+|[,;:()[\]–—.!?"“”]/gu;

/**
 * True when a negator in the same clause, shortly before the span, governs it. With the analysis's
 * tokens, the words before the span are read from them (no regex, no strings); without, or where the
 * window cuts a word in two, from the text.
 */
export function isNegated(text: string, sentence: Span, start: number, tokens?: Tokens): boolean {
  const from = Math.max(sentence.start, start - 160);
  if (tokens && tokens.text === text) {
    const walked = negatedByTokens(tokens, from, start);
    if (walked !== undefined) return walked;
  }
  return negatedByRegex(text, from, start);
}

function negatedByRegex(text: string, from: number, start: number): boolean {
  const before = text.slice(from, start);
  const tokens = (before.match(WORD) ?? []).map((t) => t.replace(/^['’]+|['’]+$/g, "")).filter((t) => t.length > 0);
  if (tokens.length === 0) return false;
  let words = 0;
  // Inside "… as X or Y": coordinated alternatives share the negation of the regarding verb.
  let afterAs = false;
  for (let i = tokens.length - 1; i >= 0 && words < WINDOW_WORDS; i--) {
    const raw = tokens[i];
    if (QUOTE_TOKEN.test(raw)) continue;
    if (raw.length === 1 && /[,;:()[\]–—.!?]/.test(raw)) {
      // ", not as X": a correction after a comma.
      if (raw === "," && i === tokens.length - 3 && tokens[i + 1]?.toLowerCase() === "not") return true;
      return false;
    }
    const t = raw.toLowerCase().replace(/’/g, "'");
    if (t === "as") {
      const prev = tokens[i - 1]?.toLowerCase().replace(/’/g, "'");
      if (prev && (NEGATORS.has(prev) || prev.endsWith("n't"))) return true; // "not as a troublemaker"
      if (hasRegardingVerbBefore(tokens, i)) {
        afterAs = true;
        words++;
        continue;
      }
      return false;
    }
    if ((t === "and" || t === "or") && afterAs) {
      words++;
      continue;
    }
    if (CLAUSE_BREAKS.has(t)) return false;
    words++;
    if (NEGATORS.has(t) || t.endsWith("n't")) {
      const next = tokens[i + 1]?.toLowerCase();
      if (next && NOT_A_DENIAL_AFTER.has(next)) continue;
      return true;
    }
  }
  return false;
}

/** A verb of regarding among the few words before tokens[at] ("not see Mia as"). */
function hasRegardingVerbBefore(tokens: string[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 5); j--) if (REGARDING.has(tokens[j].toLowerCase())) return true;
  return false;
}

/** True when the sentence is correcting or teaching the wording rather than using it. */
export function isCorrection(text: string, sentence: Span, end: number): boolean {
  if (sentenceHasCorrectionCue(text, sentence)) return true;
  const after = text.slice(end, Math.min(sentence.end, end + 80));
  if (CORRECTION_AFTER.test(after)) return true;
  // The rest of the sentence and the start of the next one may reject the reported label.
  // (Bounded: the pattern reads at most 120 characters of this sentence and the next one's opening.)
  const ahead = text.slice(end, Math.min(text.length, end + 200));
  return DISAGREEMENT_NEEDS.test(ahead) && DISAGREEMENT.test(ahead);
}

// Whether a sentence holds a correction cue, remembered per sentence: a long sentence with many
// findings (one huge line repeating a judgement) would otherwise be rescanned for each finding, which
// is quadratic. The memo is a pure function of the text, so keeping it for the last text is safe.
let memoText: string | undefined;
const memo = new Map<number, { end: number; hit: boolean }>();

function sentenceHasCorrectionCue(text: string, sentence: Span): boolean {
  if (text !== memoText) {
    memoText = text;
    memo.clear();
  }
  const known = memo.get(sentence.start);
  if (known && known.end === sentence.end) return known.hit;
  const s = text.slice(sentence.start, sentence.end);
  const hit = CORRECTION_CUE_GROUPS.some((re) => re.test(s));
  memo.set(sentence.start, { end: sentence.end, hit });
  return hit;
}

/** Negated or corrected: the wording at [start, end) is not the writer's own judgement. */
export function isNegatedOrCorrected(text: string, sentence: Span, start: number, end: number): boolean {
  return isNegated(text, sentence, start) || isCorrection(text, sentence, end);
}

// The same walk over the analysis's tokens. The window [from, start) becomes a sequence of items, each a
// word (its token index, >= 0) or a punctuation mark of WORD's list (minus its code), without a string.
const NEGATOR_SET = new WordSet(NEGATORS);
const NOT_A_DENIAL_SET = new WordSet(NOT_A_DENIAL_AFTER);
const CLAUSE_BREAK_SET = new WordSet(CLAUSE_BREAKS);
const REGARDING_SET = new WordSet(REGARDING);
const AS_SET = new WordSet(["as"]);
const AND_OR_SET = new WordSet(["and", "or"]);
const NOT_SET = new WordSet(["not"]);
const MAX_ITEMS = 400;
const items = new Int32Array(MAX_ITEMS);

const isMark = (c: number) =>
  c === 44 ||
  c === 59 ||
  c === 58 ||
  c === 40 ||
  c === 41 ||
  c === 91 ||
  c === 93 ||
  c === 0x2013 ||
  c === 0x2014 ||
  c === 46 ||
  c === 33 ||
  c === 63 ||
  c === 34 ||
  c === 0x201c ||
  c === 0x201d;
const isQuoteMark = (c: number) => c === 34 || c === 0x201c || c === 0x201d;

/** Ends in "n't" (either apostrophe, any case). */
function endsWithNt(tokens: Tokens, i: number): boolean {
  const e = tokens.ends[i];
  if (e - tokens.starts[i] < 3) return false;
  const n = tokens.text.charCodeAt(e - 3) | 32;
  const q = tokens.text.charCodeAt(e - 2);
  const t = tokens.text.charCodeAt(e - 1) | 32;
  return n === 110 && (q === 39 || q === 0x2019) && t === 116;
}

/** undefined when a word is cut by the window's edges: then the text decides, as before. */
function negatedByTokens(tokens: Tokens, from: number, start: number): boolean | undefined {
  const text = tokens.text;
  const first = tokenIndexAt(tokens, from);
  if (first < tokens.count && tokens.starts[first] < from) return undefined; // a word cut at the window's start
  const last = tokenIndexAt(tokens, start); // the first word not wholly before the span
  if (last < tokens.count && tokens.starts[last] < start) return undefined; // the span starts inside a word
  let count = 0;
  let at = from;
  for (let t = first; t <= last; t++) {
    const gapEnd = t < last ? tokens.starts[t] : start;
    for (let k = at; k < gapEnd; k++) {
      const c = text.charCodeAt(k);
      if (isMark(c)) {
        if (count === MAX_ITEMS) return undefined;
        items[count++] = -c;
      }
    }
    if (t === last) break;
    if (count === MAX_ITEMS) return undefined;
    items[count++] = t;
    at = tokens.ends[t];
  }
  if (count === 0) return false;
  let words = 0;
  let afterAs = false;
  for (let i = count - 1; i >= 0 && words < WINDOW_WORDS; i--) {
    const item = items[i];
    if (item < 0) {
      const c = -item;
      if (isQuoteMark(c)) continue;
      // ", not as X": a correction after a comma.
      if (c === 44 && i === count - 3 && items[i + 1] >= 0 && NOT_SET.hasToken(tokens, items[i + 1])) return true;
      return false;
    }
    if (AS_SET.hasToken(tokens, item)) {
      const prev = i > 0 ? items[i - 1] : -1;
      if (prev >= 0 && (NEGATOR_SET.hasToken(tokens, prev) || endsWithNt(tokens, prev))) return true; // "not as a troublemaker"
      if (regardingBefore(tokens, i)) {
        afterAs = true;
        words++;
        continue;
      }
      return false;
    }
    if (afterAs && AND_OR_SET.hasToken(tokens, item)) {
      words++;
      continue;
    }
    if (CLAUSE_BREAK_SET.hasToken(tokens, item)) return false;
    words++;
    if (NEGATOR_SET.hasToken(tokens, item) || endsWithNt(tokens, item)) {
      const next = i + 1 < count ? items[i + 1] : -1;
      if (next >= 0 && NOT_A_DENIAL_SET.hasToken(tokens, next)) continue;
      return true;
    }
  }
  return false;
}

function regardingBefore(tokens: Tokens, at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 5); j--) if (items[j] >= 0 && REGARDING_SET.hasToken(tokens, items[j])) return true;
  return false;
}
