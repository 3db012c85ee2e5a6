// A wording rule built from lexicon data (Vale's "existence/substitution" check kind): report each
// entry of the rule's subtypes that applies to this kind of record, passes its sense check, and is
// not quoted, negated, corrected or allowed.
import { lineEnd, lineNumber, lineStart } from "../../text/lines";
import type { Rule, RuleMeta, RuleContext } from "../../rule";
import type { Severity } from "../../types";
import { wordingSuppression } from "../../filters/wording-context";
import { appliesTo, entryTerms, scanLexicon, wordingKind, type Guard, type LexiconEntry } from "./lexicon";
import { rejectedReport } from "../judgemental/reported";
import { adviceFor, fitReplacements, replacementsForForm } from "./replacements";

export type LexiconRuleOptions = {
  meta: RuleMeta & { category: "jargon" | "judgemental" };
  subtypes: readonly string[];
  guards: Readonly<Record<string, Guard>>;
  severity: Severity;
  message(entry: LexiconEntry, text: string, ctx: RuleContext, start: number): string;
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
        if (wordingSuppression(ctx, m.start, m.end, { terms: entryTerms(entry), writersWords: entry.writersWords === true })) continue;
        if (meta.category === "judgemental" && rejectedReport(ctx, m.start, m.end)) continue;
        if (meta.category === "jargon" && (inFormField(ctx, m.start) || inJobTitle(ctx, m.start, m.end))) continue;
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

// "Placement: Beacon House", "Present: … (social worker, facilitating)": a form's field label, or a short
// field value in the record's header block, is the form's wording, not the writer's prose.
const FIELD_LINE = /^[ \t]*([A-Z][\p{L}'’ /&-]{1,30}):[ \t]/u;

const PLACE_OR_PEOPLE_FIELD = /^(?:address|placement|venue|location|home|setting|present|attendees|attending|in attendance|carers?|lives with|school)$/i;

export function inFormField(ctx: RuleContext, start: number): boolean {
  const ls = lineStart(ctx.text, start);
  if (start - ls > 400) return false; // far into a long line: prose, not a form field
  const line = ctx.text.slice(ls, Math.min(lineEnd(ctx.text, start), ls + 600));
  const field = FIELD_LINE.exec(line);
  if (!field) return false;
  if (start - ls < field[0].length) return true; // the label itself
  if (!PLACE_OR_PEOPLE_FIELD.test(field[1])) return false;
  const value = line.slice(field[0].length);
  const inHeader = lineNumber(ctx.text, ls) < 12;
  return inHeader && value.split(/\s+/).length <= 25 && !/[.!?]\s+\p{Lu}/u.test(value);
}

// Ruling 6: a job title is not jargon ("family liaison officer", "Virtual School Head for looked after
// children"). The words are a title when a role noun follows them directly, or when they name what a
// role is for ("teacher for …").
const ROLE_HEAD =
  /^[ \t-]*(?:(?:support|services?|team|protection|safeguarding|education|health|care)\s+)?(?:officers?|workers?|managers?|leads?|coordinators?|co-ordinators?|advocates?|advisers?|advisors?|practitioners?|specialists?|consultants?|assistants?|directors?|heads?|champions?|nurses?|teachers?|mentors?|partners?|supervisors?|reviewers?|navigators?|facilitators?|assessors?|therapists?|administrators?|chairs?|visitors?)\b/i;
const ROLE_FOR = /\b(?:head|teacher|officer|lead|nurse|worker|manager|coordinator|champion|team|service|school|adviser|advisor|director)\s+(?:for|of)\s+(?:the\s+)?$/i;

export function inJobTitle(ctx: RuleContext, start: number, end: number): boolean {
  if (ROLE_HEAD.test(ctx.text.slice(end, end + 40))) return true;
  return ROLE_FOR.test(ctx.text.slice(Math.max(0, start - 30), start));
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
