// Who owns a quoted label (stop 44): a practice review or an audit that finds, in its own voice, that the language
// of the records was wrong ("This language placed the responsibility on a 15-year-old") quotes the records' labels
// (a referral's, a log's, the notes') as the evidence it examines, not as its judgement, wherever in the document
// it quotes them. Only a record's label: a person's ("her teacher said…") is not what such a finding is about.
import type { RuleContext } from "../../rule";

// The record's own finding about the language of records: the words pointed at as words, then in the same sentence
// what they did wrong (put the blame on the child, hid the harm, stigmatised) or that they were wrong.
const LANGUAGE_POINTED_AT = /\b(?:this|that|these|those|such|the\s+same)\s+(?:language|labels?|words|wording|descriptions?|terms)\b/gi;
const FAULT_AFTER =
  /^[^.!?\n]{0,80}?\b(?:(?:placed|places|placing|put|puts|putting|shifted|shifts|shifting)\s+(?:the\s+|all\s+the\s+)?(?:responsibility|blame)|blamed\s+(?:her|him|them|the\s+(?:child|young\s+person|victim))|victim[-\s]blaming|stigmatis\w+|stigmatiz\w+|(?:hid|hides|masked|masks|obscured|obscures)\s+(?:the|what|how|that)|(?:was|were|is|are)\s+(?:unfair|wrong|inaccurate|misleading|inappropriate|unhelpful))\b/i;
const LANGUAGE_FAULTED = {};

/** The record says, outside any quote, that the language of records was wrong (worked out once per analysis). */
export function recordsLanguageFaulted(ctx: RuleContext): boolean {
  return ctx.perAnalysis(LANGUAGE_FAULTED, () => {
    for (const m of ctx.text.matchAll(LANGUAGE_POINTED_AT)) {
      const at = m.index;
      if (ctx.inQuote(at, at + m[0].length)) continue;
      if (FAULT_AFTER.test(ctx.text.slice(at + m[0].length, Math.min(ctx.sentenceAt(at).end, at + m[0].length + 120)))) return true;
    }
    return false;
  });
}

// A record as the source of the quote, in its clause: "the referral recorded her as", "the case notes state that",
// "the police log described him as", "a strategy discussion was held; it recorded…". Not the writer ("I recorded").
const RECORD_SOURCE =
  /(?:\b(?:referrals?|notes?|records?|logs?|minutes|entry|entries|chronology|form|file|report|assessment|plan|discussion|meeting|conference)\s+(?:also\s+|had\s+|has\s+)?|\bit\s+(?:also\s+)?)(?:recorded|records|record|states?|stated|noted|notes|described|describes|called|calls|said|says|logged|listed)\b[^.;!?\n"“”]{0,50}$/i;
const WRITER_RECORDED = /\b(?:I|we)\s+(?:\w+\s+)?(?:recorded|noted|wrote|logged)\b[^.;!?\n"“”]{0,50}$/i;

/** The quote opening at `quoteStart` is a record's words, in a record that finds the records' language was wrong. */
export function recordsLabelExamined(ctx: RuleContext, quoteStart: number): boolean {
  const s = ctx.sentenceAt(quoteStart);
  const before = ctx.text.slice(Math.max(s.start, quoteStart - 100), quoteStart);
  return RECORD_SOURCE.test(before) && !WRITER_RECORDED.test(before) && recordsLanguageFaulted(ctx);
}
