// Is a span of wording negated ("this is not a lifestyle choice") or being corrected ("should not be
// described as", "avoid saying", "please could we not describe him as")? Such sentences teach or
// challenge the wording; flagging them would nag the worker who got it right.
import type { Span } from "./span";

// Words that negate what follows them in the same clause.
const NEGATORS = new Set([
  "not", "never", "no", "nor", "neither", "cannot", "without", "hardly",
  "can't", "won't", "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "shouldn't", "wouldn't",
  "couldn't", "hasn't", "haven't", "hadn't", "mustn't", "needn't", "ain't", "nor",
  "deny", "denies", "denied", "denying", "disputes", "disputed", "disagrees", "disagreed", "rejects", "rejected",
]);

// "not sure why she kicked off" is uncertainty, not a denial; "not only" adds; "no one" is a person.
const NOT_A_DENIAL_AFTER = new Set(["sure", "clear", "known", "certain", "only", "one", "just", "aware", "yet"]);

// Words that start a new clause: a negator before them does not reach the span.
const CLAUSE_BREAKS = new Set([
  "and", "but", "because", "so", "although", "though", "however", "while", "whilst", "whereas", "when", "since",
  "after", "before", "if", "unless", "until", "as", "why", "how", "what", "where", "who", "which", "then", "also",
  "yet",
]);

const WINDOW_WORDS = 12;

// Verbs of regarding: "not see her as X", "not describe him as X" — their "as" carries the negation on.
const REGARDING = new Set([
  "see", "saw", "seen", "view", "viewed", "regard", "regarded", "describe", "described", "treat", "treated", "consider",
  "considered", "label", "labelled", "labeled", "call", "called", "portray", "portrayed", "refer", "referred", "think",
  "thought", "present", "presented", "record", "recorded", "characterise", "characterised", "depict", "depicted",
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
  // "Labelling her defiant misses how frightened she is": a naming gerund as subject, judged by its verb.
  /^\W*(?:labelling|labeling|calling|describing|branding|seeing|treating|dismissing)\b[^.;!?]{0,80}?\b(?:misses|ignores|overlooks|hides|obscures|blames|fails|is\s+(?:unfair|wrong|unhelpful|inaccurate|misleading|not\s+fair|not\s+right|not\s+accurate)|does\s+not|doesn't)\b/i,
  // "nor is it right to call her X", "it is not fair to describe him as X"
  /\b(?:nor|not)\s+(?:is\s+it|it\s+is|would\s+it\s+be|was\s+it)\s+(?:right|fair|accurate|helpful|appropriate)\s+to\s+(?:call|describe|label|see|refer\s+to)\b/i,
  /\bit\s+(?:is|was|would\s+be)\s+(?:not|n't|never)\s+(?:right|fair|accurate|helpful|appropriate)\s+to\s+(?:call|describe|label|see|refer\s+to)\b/i,
  // "It would be wrong to describe Mia as X", "unfair to call him X": the naming itself judged.
  /\b(?:wrong|unfair|inaccurate|misleading|unhelpful|inappropriate|mistaken|a\s+mistake)\s+to\s+(?:call|describe|label|see|view|regard|think\s+of|refer\s+to|treat|dismiss|write\s+(?:her|him|them|this|it)\s+off\s+as)\b/i,
];

// A reported judgement the writer then rejects: "Staff say she is X; I do not agree." (also in the next sentence).
const DISAGREEMENT =
  /^[^.!?\n]{0,120}?(?:[;,:–—-]|\bbut\b|\band\b|[.!?]["'”’]?\s+)\s*(?:however,?\s+)?(?:I|we)\s+(?:do\s+not|don't|did\s+not|didn't|cannot|can't)\s+(?:agree|accept|share\s+(?:this|that|the)\s+view|see\s+(?:it|her|him|them|this)\s+(?:that\s+way|like\s+that))\b|^[^.!?\n]{0,120}?(?:[;,:–—-]|\bbut\b|[.!?]["'”’]?\s+)\s*(?:I|we)\s+disagree\b|^[^.!?\n]{0,120}?,\s*which\s+(?:I|we)\s+(?:do\s+not|don't)\s+(?:accept|agree\s+with|share)\b/i;

// Cues right after the span: "'refused to engage' does not describe what happened".
const CORRECTION_AFTER =
  /^[\s"'”’)]*(?:(?:does|did|do|is|was|are)\s*(?:not|n't)\s+(?:describe|reflect|accurate|fair|helpful|appropriate|right|the\s+right|a\s+fair|true)|(?:is|are|was|were)\s+(?:victim[-\s]blaming|judgemental|judgmental|stigmatising|stigmatizing|unhelpful|inaccurate|blaming|not\s+helpful|not\s+accurate))/i;

const WORD = /[\p{L}\p{N}'’]+|[,;:()[\]–—.!?"“”]/gu;

/** True when a negator in the same clause, shortly before the span, governs it. */
export function isNegated(text: string, sentence: Span, start: number): boolean {
  const from = Math.max(sentence.start, start - 160);
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
  return DISAGREEMENT.test(text.slice(end, Math.min(text.length, end + 200)));
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
  const hit = CORRECTION_CUES.some((re) => re.test(s));
  memo.set(sentence.start, { end: sentence.end, hit });
  return hit;
}

/** Negated or corrected: the wording at [start, end) is not the writer's own judgement. */
export function isNegatedOrCorrected(text: string, sentence: Span, start: number, end: number): boolean {
  return isNegated(text, sentence, start) || isCorrection(text, sentence, end);
}
