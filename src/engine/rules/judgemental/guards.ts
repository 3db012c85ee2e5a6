// Sense checks for judgemental entries that are fair wording in some contexts ("consensual" about
// medical treatment, "boyfriend" of a same-age friend, "aggressive" followed by what happened).
import type { Guard } from "../jargon/lexicon";
import { around } from "../jargon/guards";

const EXPLOITATION =
  /\b(?:sex|sexual|sexually|exploit\w*|groom\w*|abus\w*|older\s+(?:men|males|man|boys?)|adult\s+(?:men|males|man)|\d{2}[- ]year[- ]old\s+(?:man|men|male)|county\s+lines|gangs?|drugs?|CSE|CCE|traffick\w*|pimp\w*|alcohol|vapes?|cars?\s+with)\b/i;

/** The sentence or the one before it speaks of sexual or criminal exploitation or abuse. */
export const exploitationContext: Guard = (ctx, start) => {
  const s = ctx.sentenceAt(start);
  return EXPLOITATION.test(ctx.text.slice(Math.max(0, s.start - 300), s.end));
};

const PARENTS_PARTNER = /\b(?:mum|mum's|mother's|dad's|father's|nan's|gran's|parent's|carer's|sister's|brother's|aunt's|his\s+mum's|her\s+mum's|mum\s+and\s+her|mother\s+and\s+her)\s+(?:new\s+)?$/i;
const ADULT_CUE = /\b(?:older|adult|man|men|aged\s+(?:1[89]|[2-9]\d)|(?:1[89]|[2-9]\d)[- ]year[- ]old|in\s+his\s+(?:twenties|thirties|forties))\b|\((?:1[89]|[2-9]\d)\)/i;

/** The sentence and the one before it: an adult's age is often given where the person is first named. */
function sentenceAndPrevious(ctx: Parameters<Guard>[0], start: number): string {
  const s = ctx.sentenceAt(start);
  const prev = s.start > 0 ? ctx.sentenceAt(Math.max(0, s.start - 2)) : s;
  return ctx.text.slice(Math.min(prev.start, s.start), s.end);
}

/** "boyfriend" where the other person is an adult or much older — never a parent's partner. */
export const adultPartner: Guard = (ctx, start, end) => {
  const { before, sentence } = around(ctx, start, end, 40);
  if (PARENTS_PARTNER.test(before)) return false;
  if (/older|her man/i.test(ctx.text.slice(start, end))) return true;
  return ADULT_CUE.test(sentence) || ADULT_CUE.test(sentenceAndPrevious(ctx, start));
};

/** A child "in a relationship with" someone the record shows to be an adult (age here or just before). */
export const adultOtherParty: Guard = (ctx, start, end) => {
  const { before } = around(ctx, start, end, 40);
  if (PARENTS_PARTNER.test(before) || /\b(?:mum|mother|dad|father|parents?|carer)\s+(?:is|was|has\s+been)?\s*$/i.test(before)) return false;
  return ADULT_CUE.test(sentenceAndPrevious(ctx, start)) || EXPLOITATION.test(sentenceAndPrevious(ctx, start));
};

/** "defensive" about a person's manner — not defensive wounds or injuries. */
export const notInjurySense: Guard = (ctx, start, end) => !/^\s*(?:wounds?|injur\w*|marks?|bruis\w*|driving|position)\b/i.test(around(ctx, start, end).after);

/** "dropped out" of school or college — not a call or a signal that dropped out. */
export const educationContext: Guard = (ctx, start, end) =>
  /\b(?:school|college|education|course|university|sixth\s+form|training|apprenticeship|class|lessons|exams?)\b/i.test(around(ctx, start, end).sentence);

const EVIDENCE_OR_ADULT_HARM =
  /\b(?:threw|throw\w*|hit|hits|hitting|punch\w*|kick\w*|push\w*|shout\w*|swore|swear\w*|slap\w*|struck|strike|grab\w*|assault\w*|bit|spat|domestic|partner|threaten\w*|smash\w*|broke|damag\w*)\b/i;

/** A bare label: not followed by what happened, and not naming an adult's domestic abuse. */
export const unevidencedLabel: Guard = (ctx, start, end) => !EVIDENCE_OR_ADULT_HARM.test(around(ctx, start, end, 120).sentence);

/** "kicked off" as distress — not a meeting or match that kicked off at 10am. */
export const notAnEventStart: Guard = (ctx, start, end) => {
  const { before, after } = around(ctx, start, end);
  if (/^\s*(?:at\s+\d|on\s+time|early|late)/i.test(after)) return false;
  return !/\b(?:meeting|session|match|game|conference|review|event|party|hearing|day|training)\s+(?:has\s+|had\s+|was\s+)?$/i.test(before);
};

/** "alleged" about what a child said — not an alleged perpetrator or a police or court matter. */
export const notLegalAllegation: Guard = (ctx, start, end) => {
  const { after, sentence } = around(ctx, start, end);
  if (/^\s*(?:perpetrators?|offenders?|abusers?|breach|offences?|assailants?|suspects?)\b/i.test(after)) return false;
  return !/\b(?:police|LADO|court|CPS|charged|arrest\w*|bail\w*|investigat\w*|crime|criminal|judge|findings?)\b/i.test(sentence);
};

/** "a handful" as a label — not "a handful of signs". */
export const notAQuantity: Guard = (ctx, start, end) => !/^\s*of\b/i.test(around(ctx, start, end).after);

export const JUDGEMENTAL_GUARDS: Readonly<Record<string, Guard>> = {
  "exploitation-context": exploitationContext,
  "adult-partner": adultPartner,
  "adult-other-party": adultOtherParty,
  "not-injury-sense": notInjurySense,
  "not-a-quantity": notAQuantity,
  "education-context": educationContext,
  "unevidenced-label": unevidencedLabel,
  "not-an-event-start": notAnEventStart,
  "not-legal-allegation": notLegalAllegation,
};
