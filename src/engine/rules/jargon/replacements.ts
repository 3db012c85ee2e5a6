// Suggestions that fit: a finding's `suggestions` are only wordings that read correctly in place of the
// matched words (Apply inserts them as they are), and everything else the guidance says becomes `advice`,
// shown and never inserted. The split is data (each entry's `replacements`, `replacementsByForm` and
// `advice`); this module picks the replacements for the form actually matched and fits them to the
// place: a capital where the span starts a sentence, "a"/"an" agreeing with the word before.
import { lineStart } from "../../text/lines";
import type { RuleContext } from "../../rule";

export type ReplacementData = {
  /** Wordings that fit in place of the entry's main form (its term, or any form of an abbreviation). */
  replacements?: string[];
  /** Wordings per matched form, where the form differs in number, tense or part of speech ([] = none fit). */
  replacementsByForm?: Record<string, string[]>;
  /** Guidance shown to the worker, never inserted ("[name]" is filled in for the subject child). */
  advice?: string;
};

/** What may never appear inside a replacement: brackets, notes, alternatives, instructions. */
export const NOT_A_REPLACEMENT = /[[\]()/;:]|\be\.g\.|\.\.\.|…|^\s*(?:describe|say|record|explain|write|use|name|ask)\s+\S/i;

/**
 * Replacements for the matched text. `mainForms` are the forms the default list fits (an entry's term;
 * every form of an abbreviation); a form listed in `replacementsByForm` takes its own list; any other
 * form gets none, since a wording that fits "abscond" does not fit "abscondment".
 */
export function replacementsForForm(data: ReplacementData, matched: string, mainForms: readonly string[]): string[] {
  const by = data.replacementsByForm;
  if (by) {
    if (Object.prototype.hasOwnProperty.call(by, matched)) return by[matched];
    const lower = matched.toLowerCase();
    for (const [form, list] of Object.entries(by)) if (form.toLowerCase() === lower) return list;
  }
  const lower = matched.toLowerCase().replace(/\s+/g, " ");
  if (mainForms.some((f) => f.toLowerCase() === lower)) return data.replacements ?? [];
  // An abbreviation's plural ("SWs", "CLAs"): the plural of the replacement's head noun.
  const single = matched.replace(/s$/, "");
  if (single !== matched && mainForms.some((f) => f === single && /[A-Z]$/.test(f))) {
    return (data.replacements ?? []).map(pluralise).filter((r): r is string => r !== undefined);
  }
  return [];
}

const IRREGULAR_PLURAL: Record<string, string> = { child: "children", person: "people", man: "men", woman: "women" };

/** "social worker" → "social workers", "looked after child" → "looked after children"; undefined when unsure. */
export function pluralise(phrase: string): string | undefined {
  const m = /^(.*?)([A-Za-z]+)$/.exec(phrase);
  if (!m) return undefined;
  const [, head, last] = m;
  const lower = last.toLowerCase();
  if (/\b(?:of|in|for|with|to)\b/i.test(head)) return undefined; // "child in need": the head noun is not last
  if (IRREGULAR_PLURAL[lower]) return head + IRREGULAR_PLURAL[lower];
  if (/(?:s|sh|ch|x|z)$/.test(lower)) return `${head}${last}es`;
  if (/[^aeiou]y$/.test(lower)) return `${head}${last.slice(0, -1)}ies`;
  return `${head}${last}s`;
}

// What may sit between a sentence's start and its first word: space, quote marks, bullets, list numbers.
const SENTENCE_LEAD = /^[\s"'“‘(\-–—•*·]*(?:\d{1,3}[.)]\s*)?[\s"'“‘(]*$/;

/** True when [start, …) opens its sentence (or a line, a bullet, a table cell). */
export function startsSentence(ctx: RuleContext, start: number): boolean {
  const sentence = ctx.sentenceAt(start);
  if (start - sentence.start <= 12 && SENTENCE_LEAD.test(ctx.text.slice(sentence.start, start))) return true;
  // A line, bullet or table cell start: only the few characters before the span can matter.
  const from = Math.max(lineStart(ctx.text, start), start - 12);
  const near = ctx.text.slice(from, start);
  const cell = near.lastIndexOf("|");
  return (from === lineStart(ctx.text, start) || cell >= 0) && SENTENCE_LEAD.test(near.slice(cell + 1));
}

const capitalise = (s: string): string => (s ? s[0].toUpperCase() + s.slice(1) : s);

/**
 * Fit replacements to where the span sits: capitalised at a sentence start (or where the matched text
 * itself is capitalised there), kept only when an "a"/"an" right before still agrees, and never
 * anything that is not a plain replacement.
 */
export function fitReplacements(ctx: RuleContext, start: number, end: number, replacements: readonly string[]): string[] {
  const matched = ctx.text.slice(start, end);
  const atStart = startsSentence(ctx, start);
  const article = /\b(a|an)\s+$/i.exec(ctx.text.slice(Math.max(0, start - 4), start))?.[1]?.toLowerCase();
  const out: string[] = [];
  for (const r of replacements) {
    if (!r.trim() || NOT_A_REPLACEMENT.test(r)) continue;
    if (r.toLowerCase() === matched.toLowerCase()) continue;
    if (article && (article === "an") !== startsWithVowelSound(r)) continue;
    const fitted = atStart || (/^[A-Z][a-z]/.test(matched) && /^[a-z]/.test(r) && atLineStart(ctx, start)) ? capitalise(r) : r;
    if (!out.includes(fitted)) out.push(fitted);
  }
  return out;
}

const atLineStart = (ctx: RuleContext, start: number): boolean => {
  const ls = lineStart(ctx.text, start);
  return start - ls <= 8 && /^[\s\-–•*]*$/.test(ctx.text.slice(ls, start));
};

/** "an hour", "a university": good enough for the first letters of plain English wordings. */
function startsWithVowelSound(word: string): boolean {
  const w = word.toLowerCase();
  if (/^(?:hour|honest|heir)/.test(w)) return true;
  if (/^(?:uni|use|usu|one|eu)/.test(w)) return false;
  return /^[aeiou]/.test(w);
}

/** Advice with "[name]" filled in where the entry is about the subject child. */
export function adviceFor(advice: string | undefined, ctx: RuleContext, aboutTheChild: boolean): string | undefined {
  if (!advice) return undefined;
  if (!aboutTheChild || !advice.includes("[name]")) return advice;
  const first = ctx.profile.subjectName.split(" ")[0];
  return advice.replace(/\[name\]/g, first || "the child");
}
