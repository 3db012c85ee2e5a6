// A wording rule built from lexicon data (Vale's "existence/substitution" check kind): report each
// entry of the rule's subtypes that applies to this kind of record, passes its sense check, and is
// not quoted, negated, corrected or allowed.
import type { Rule, RuleMeta, RuleContext } from "../../rule";
import type { Severity } from "../../types";
import { rejectedAfter, rejectedBefore, wordingSuppression } from "../../filters/wording-context";
import { isCorrection } from "../../text/negation";
import { appliesTo, entryTerms, scanLexicon, wordingKind, type Guard, type LexiconEntry } from "./lexicon";
import { adviceFor, fitReplacements, replacementsForForm } from "./replacements";

export type LexiconRuleOptions = {
  meta: RuleMeta & { category: "jargon" | "judgemental" };
  subtypes: readonly string[];
  guards: Readonly<Record<string, Guard>>;
  severity: Severity;
  message(entry: LexiconEntry, text: string, ctx: RuleContext, start: number): string;
  /**
   * The category's own reasons the words are not a finding here (a form's field label for jargon, a
   * reported label the record rejects for judgemental wording). Passed in, so that each bundle carries
   * only its own categories' checks (the on-send check has no jargon).
   */
  notHere?: (ctx: RuleContext, start: number, end: number) => boolean;
  /** A quoted label the record adopts all the same ("called him 'disrespectful', which matches what I saw"). */
  adoptedQuote?: (ctx: RuleContext, start: number, end: number) => boolean;
};

export function lexiconRule(options: LexiconRuleOptions): Rule {
  const subtypes = new Set(options.subtypes);
  const { meta, guards } = options;
  return {
    meta,
    check(ctx: RuleContext) {
      const kind = wordingKind(ctx);
      for (const m of scanLexicon(meta.category, ctx.text)) {
        const entry = m.entry;
        if (!subtypes.has(entry.subtype) || !appliesTo(entry.flagIn, kind)) continue;
        if (entry.guard !== undefined) {
          const guard = guards[entry.guard];
          if (!guard || !guard(ctx, m.start, m.end)) continue;
        }
        // Jargon in someone's reported (not quoted) words is the writer's own choice of word: "she told me
        // she likes contact with her brother on Sundays" — the child's account, in the worker's vocabulary.
        const writersWords = entry.writersWords === true || WORDS_NOT_JUDGEMENTS.has(entry.subtype);
        let suppressed = wordingSuppression(ctx, m.start, m.end, { terms: entryTerms(entry), writersWords });
        if (suppressed === "negated" && WORDS_NOT_JUDGEMENTS.has(entry.subtype) && !correctedHere(ctx, m.start, m.end)) suppressed = undefined;
        if (suppressed && !(suppressed === "quoted" && options.adoptedQuote?.(ctx, m.start, m.end))) continue;
        if (options.notHere?.(ctx, m.start, m.end)) continue;
        const text = ctx.text.slice(m.start, m.end);
        ctx.report({
          start: m.start,
          end: m.end,
          message: options.message(entry, text, ctx, m.start),
          severity: options.severity,
          confidence: entry.confidence,
          suggestions: fitReplacements(ctx, m.start, m.end, replacementsForForm(entry, text, [entry.term])),
          advice: adviceFor(entry.advice, ctx, ABOUT_THE_CHILD.has(entry.subtype)),
          note: entry.why,
          source: entry.source,
        });
      }
    },
  };
}

// Jargon proper: words a reader may not understand, whatever the sentence says of them. (The jargon file's
// few judgement-like entries, "toxic trio" or "hidden men", keep the judgement rules' negation.)
const WORDS_NOT_JUDGEMENTS = new Set(["care-system-term", "professional-jargon", "legal-term", "plain-english"]);

/**
 * Negation denies a judgement ("not aggressive") but not a word's meaning: "Dad has not come to any contact"
 * and "there will be no step-down before Easter" still use the jargon. Only a correction of the wording itself removes it.
 */
function correctedHere(ctx: RuleContext, start: number, end: number): boolean {
  const sentence = ctx.sentenceAt(start);
  return isCorrection(ctx.text, sentence, end) || rejectedAfter(ctx.text, end) || rejectedBefore(ctx.text, sentence.start, start);
}

// Entries about harm done to the child: "[name]" in their alternatives is the subject child. Labels
// may be about a parent, so their "[name]" stays for the writer to fill in.
const ABOUT_THE_CHILD = new Set(["victim-blaming", "adultifying", "minimising"]);

/** The subject's first name for "[name]" in an alternative about the child (or "the child"). */
export function withName(alternative: string, ctx: RuleContext, entry: LexiconEntry): string {
  if (!alternative.includes("[name]") || !ABOUT_THE_CHILD.has(entry.subtype)) return alternative;
  const first = ctx.profile.subjectName.split(" ")[0];
  return alternative.replace(/\[name\]/g, first || "the child");
}

/**
 * "try "family time"" when the entry has a replacement that fits in place of the words, else a pointer
 * to the advice ("describe what happened instead").
 */
export function suggestionPhrase(entry: LexiconEntry, _ctx: RuleContext): string {
  const swap = entry.replacements?.[0];
  return swap ? `try "${swap}"` : "describe what happened instead";
}
