import type { Gender } from "../other-child/name-lexicon";
import { firstAtOrAfter, type Span } from "../../text/span";
import { ANSWER_AFTER } from "./clauses";
import type { Referent } from "./referents";

// Two readings of a he/she from the sentence's structure alone (pron50, stop 45), kept apart from the resolver's walk.

// A question put to someone written with a determiner, a title or an owner ("asked the foster carer how…", "asked his
// grandad whether…", "asked Mrs Dean how…"), then the answer's he/she in the same sentence after a comma or semicolon.
const ASKED_BEFORE = /\b(?:asked|asking|questioned)\s+(?:(?:the|his|her|their|Mr|Mrs|Ms|Miss|Mx|Dr|\p{Lu}[\p{L}-]*['’]s)\.?\s+)?(?:[\p{L}'’-]+\s+){0,2}$/u;
const QUESTION_TO_ANSWER = /^[^.;:!?"“”()\n]{0,90}[,;]\s*$/;

/**
 * The one asked answers: "I asked the foster carer how Mia had been; she said…" — the he/she opening the answer is whom the
 * question was put to (not the child the question is about), when that person's gender fits. Read from the pronoun's own
 * sentence only; candidates are nearest first.
 */
export function askedAnswers(text: string, p: Span & { gender: Gender; use: string }, candidates: readonly Referent[], sentenceStart: number): Referent | undefined {
  if (p.use !== "subject" || !ANSWER_AFTER.test(text.slice(p.end, p.end + 14))) return undefined;
  for (const c of candidates) {
    if (c.start < sentenceStart || p.start - c.end > 120) break;
    if (c.subject || c.inQuote || (c.gender !== p.gender && c.gender !== undefined && c.gender !== "u")) continue;
    if (ASKED_BEFORE.test(text.slice(Math.max(sentenceStart, c.start - 40), c.start)) && QUESTION_TO_ANSWER.test(text.slice(c.end, p.start))) return c;
  }
  return undefined;
}

// "not Leo but she", "not him but she", "not she but Leo": a he/she set against the child by a negated contrast is someone else.
const NOT_BEFORE = /\bnot\s+$/i;
const BUT_BETWEEN = /^\s*,?\s*but\s+(?:rather\s+)?$/i;
const CHILD_OBJECT: Partial<Record<Gender, RegExp>> = { f: /\bnot\s+(?:her|herself)\s*,?\s*but\s+(?:rather\s+)?$/i, m: /\bnot\s+(?:him|himself)\s*,?\s*but\s+(?:rather\s+)?$/i };

/** The pronoun is the other half of "not <the child> but <pronoun>" (either order). */
export function contrastedWithChild(text: string, p: Span, referents: readonly Referent[], candidates: readonly Referent[], subjectGender: Gender): boolean {
  const c = candidates[0];
  if (c && c.subject && !c.inQuote && BUT_BETWEEN.test(text.slice(c.end, p.start)) && NOT_BEFORE.test(text.slice(Math.max(0, c.start - 5), c.start))) return true;
  if (CHILD_OBJECT[subjectGender]?.test(text.slice(Math.max(0, p.start - 20), p.start))) return true;
  if (!NOT_BEFORE.test(text.slice(Math.max(0, p.start - 5), p.start))) return false;
  const next = referents[firstAtOrAfter(referents, p.end)];
  return !!next && next.subject && !next.inQuote && BUT_BETWEEN.test(text.slice(p.end, next.start));
}

/**
 * The person is named inside a bracketed aside closed before `to` ("(Bella, 13, and Sunny, 12, live in her house group.)"):
 * background the record sets apart, not the thread whose next he/she answers a question.
 */
export function inClosedAside(text: string, c: Span, to: number): boolean {
  const open = text.lastIndexOf("(", c.start);
  if (open < 0 || c.start - open > 200 || text.lastIndexOf(")", c.start) > open) return false;
  const close = text.indexOf(")", c.end);
  return close >= 0 && close < to;
}
