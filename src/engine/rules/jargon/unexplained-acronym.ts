import type { Rule, RuleContext } from "../../rule";
import { wordingSuppression } from "../../filters/wording-context";
import { lineStart } from "../../text/lines";
import { ACRONYM_DATA, findAcronyms, quotedAlone, shortExpansion, titleSpellsTail } from "./acronyms";
import { wordingKind } from "./lexicon";
import { fitReplacements, replacementsForForm } from "./replacements";

// "abbreviations such as ICPC, CP and LAC", "acronyms – POVA, ICPC": letters listed as examples of
// abbreviations are mentioned, not used.
const AS_EXAMPLES = /\b(?:abbreviations?|acronyms?)\b[^.!?\n]{0,40}?(?:such\s+as|like|including|e\.g\.|[–—:])\s*["'‘“]?(?:[A-Z][A-Za-z]{1,6}s?["'’”]?\s*(?:,|and|or|\/)\s*["'‘“]?)*$/;

function mentionedAsExample(ctx: RuleContext, start: number): boolean {
  const s = ctx.sentenceAt(start);
  return AS_EXAMPLES.test(ctx.text.slice(Math.max(s.start, start - 160), start));
}

// "The Council's case note says the social worker "arranged … ; MGM happy to help"", "the worker recorded: "…"": words
// quoted from a written record are the record's wording, which the reader still has to decode — not someone's speech.
const WRITTEN_SOURCE_BEFORE =
  /(?:\b(?:notes?|records?|recording|entry|entries|log|logs|minutes|report|assessment|referral|letter|e-?mail|chronology|file|plan)\b[^".!?\n“”]{0,80}\b(?:says?|said|reads?|read|records?|recorded|states?|stated|notes?|noted|shows?|showed|describes?|described)|\b(?:wrote|writes|recorded|records|noted|minuted|logged))\b[^".!?\n“”]{0,80}[:,]?[ \t]*["“‘']$/i;

// A quotation that opens its line is an extract set out under the line that introduces it ("The worker's note of the
// visit read:", "From the case record, March 2019"): when that line names a written record, the extract is the record's
// wording. Blank lines and the extract's own earlier quoted lines are passed over to reach it.
const WRITTEN_SOURCE_LINE =
  /\b(?:notes?|records?|recording|entry|entries|logs?|minutes|report|referral|letter|e-?mail|chronology|file|wrote|writes|written|recorded|noted|minuted|logged)\b/i;
const QUOTE_OPENS_LINE = /^[ \t\-•*>]*$/;
const BLANK_OR_QUOTED_LINE = /^[ \t\-•*>]*(?:["“‘]|$)/;

function leadInNamesRecord(text: string, quoteStart: number): boolean {
  let ls = lineStart(text, quoteStart);
  if (!QUOTE_OPENS_LINE.test(text.slice(ls, quoteStart))) return false;
  for (let k = 0; k < 8 && ls > 0; k++) {
    const prev = lineStart(text, ls - 1);
    const line = text.slice(Math.max(prev, ls - 1 - 200), ls - 1);
    ls = prev;
    if (!BLANK_OR_QUOTED_LINE.test(line)) return WRITTEN_SOURCE_LINE.test(line);
  }
  return false;
}

// "The contact was screened as "NFA, parent supportive"", "MASH screens the PPN; "no role for CSC"": a screening,
// triage or grading decision quoted is the agency's recorded outcome, which the reader still has to decode. The verb is
// passive with "as", or takes a document as its object ("screened the notification;"), so that someone's speech
// after "screened her calls" stays speech.
const DECISION_QUOTED_BEFORE =
  /\b(?:(?:screened|triaged|graded|rated|categori[sz]ed|closed|recorded|logged|outcome\s+recorded)\s+as|(?:screens?|screened|triages?|triaged)\s+(?:the|a|an|this|that)\s+[\p{L}-]+\s*[;:,–—-])\s*["“‘']$/iu;

/** Inside a quotation taken from a written record (a note, log, referral or letter), not someone's speech. */
export function quotedFromRecord(ctx: RuleContext, start: number): boolean {
  const q = ctx.quotes.find((x) => x.start <= start && start < x.end);
  if (!q) return false;
  const s = ctx.sentenceAt(q.start);
  const before = ctx.text.slice(Math.max(s.start, q.start - 200), q.start + 1);
  return WRITTEN_SOURCE_BEFORE.test(before) || DECISION_QUOTED_BEFORE.test(before) || leadInNamesRecord(ctx.text, q.start);
}

/** "Simone Adebayo, Designated Officer (LADO)": the letters in brackets after a short title whose words are their last letters. */
function glossedByTitle(ctx: RuleContext, start: number, end: number): boolean {
  const text = ctx.text;
  if (!/\([ \t]*$/.test(text.slice(Math.max(0, start - 3), start)) || !/^[ \t]*\)/.test(text.slice(end, end + 3))) return false;
  const open = text.lastIndexOf("(", start);
  return titleSpellsTail(text.slice(Math.max(0, open - 100), open), text.slice(start, end));
}

// "Obs: more relaxed than last visit": shorthand for a word, opening its line as the label of a note's section, is the
// note's heading ("Observations"), as a form's field label is the form's wording — not shorthand in the writer's prose.
function shorthandLabel(ctx: RuleContext, start: number, end: number): boolean {
  return /(?:^|\n)[ \t\-•*]*$/.test(ctx.text.slice(Math.max(0, start - 8), start)) && /^\.?[ \t]*:/.test(ctx.text.slice(end, end + 3));
}

/**
 * Abbreviations not written out earlier in the record: every use until it is ("CP", "ICPC", "s47").
 * Child-labelling acronyms (LAC, CIN…) are left to child-label-acronym, which flags them always.
 */
export const unexplainedAcronym: Rule = {
  meta: {
    id: "unexplained-acronym",
    category: "jargon",
    description: "Abbreviations that are not written out earlier in the record.",
  },
  check(ctx) {
    const general = ACRONYM_DATA.general;
    for (const hit of findAcronyms(ctx)) {
      const entry = hit.entry;
      if (hit.defined || entry?.childLabel || (hit.inHeading && !entry)) continue;
      if (entry?.notIn?.includes(wordingKind(ctx))) continue;
      if (mentionedAsExample(ctx, hit.start) || glossedByTitle(ctx, hit.start, hit.end)) continue;
      if (hit.shorthand && shorthandLabel(ctx, hit.start, hit.end)) continue;
      const text = ctx.text.slice(hit.start, hit.end);
      const terms = entry ? [entry.acronym, ...entry.forms, ...(entry.shorthand ?? [])] : [text];
      const suppressed = wordingSuppression(ctx, hit.start, hit.end, { ignoreNegation: true, terms });
      if (suppressed && !(suppressed === "quoted" && (quotedAlone(ctx.text, hit.start, hit.end) || quotedFromRecord(ctx, hit.start)))) continue;
      if (entry) {
        const full = shortExpansion(entry);
        ctx.report({
          start: hit.start,
          end: hit.end,
          message: hit.shorthand
            ? `"${text}" is shorthand a child or parent may not understand; write "${full}" or the person's name.`
            : `"${text}" is not written out earlier in this record; write "${full}" in full the first time.`,
          severity: "warning",
          confidence: entry.confidence,
          suggestions: fitReplacements(ctx, hit.start, hit.end, replacementsForForm(entry, text, [...entry.forms, ...(entry.shorthand ?? [])])),
          advice: entry.advice,
          note: entry.why,
          source: entry.source,
        });
      } else {
        ctx.report({
          start: hit.start,
          end: hit.end,
          message: `"${text}" looks like an abbreviation that is not written out earlier in this record; write it in full the first time.`,
          severity: "info",
          confidence: 0.6,
          advice: general.advice,
          note: general.why,
          source: general.source,
        });
      }
    }
  },
};
