// A quote whose attribution says whom it is about: "The key worker said of Amara: "…"", "Of Noah, the class teacher
// wrote: "…"", "Speaking about Ellie, Mr Hart said, "…"". The speaker says "I" of themself, and the record has just named
// the child as the quote's topic, so a he/she the quote opens a clause with speaks of the child, unless the quote names
// someone the pronoun could mean before it, or also calls the child by the child's own pronoun (then the he/she is
// someone else: "Mum said of Mia: "She misses her dad. He has not phoned.""). Invented probes-35 (stop 44).
import type { Gender } from "../other-child/name-lexicon";
import { firstAtOrAfter, type Span } from "../../text/span";
import type { Referent } from "./referents";

// "<said> of|about <child>" straight before the quote, a colon or comma apart.
const SAID_OF_BEFORE = /\b(?:said|says|wrote|writes|added|adds|commented|comments|spoke|speaks|remarked|observed|reported|reports)\s+(?:of|about)\s+$/i;
const TO_QUOTE = /^\s*[:,]?\s*$/;
// "Of <child>," or "Speaking/Talking/Writing/Asked about <child>," opening the sentence, then the speaker and a verb of saying.
const FRONTED_BEFORE = /(?:^|[.!?:;\n]["'”’]?\s*)(?:(?:speaking|talking|writing|asked|when\s+asked)\s+)?(?:of|about)\s+$/i;
const SPEAKER_TO_QUOTE =
  /^\s*,\s*(?:(?:the|her|his|their|Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:said|says|wrote|writes|added|commented|told\s+(?:me|us)|replied|explained)\s*[:,]?\s*$/u;
// A clause the speaker brings in as a time, reason or condition, or a relative clause: as often about someone else.
const SUBORDINATE_BEFORE = /\b(?:since|when|whenever|until|till|after|before|because|if|unless|while|whilst|once|as|who|whom|whose|that)\s*$/i;
const OWN_PRONOUN: Partial<Record<Gender, RegExp>> = {
  f: /\b(?:she|her|hers|herself)\b/i,
  m: /\b(?:he|him|his|himself)\b/i,
  u: /\b(?:they|them|their|theirs|themselves|themself)\b/i,
};

/** The child named as the quote's topic by its attribution, just before the quote: the child's mention, or undefined. */
function topicBefore(text: string, referents: readonly Referent[], quote: Span): Referent | undefined {
  // The child is the nearest or the next-nearest person before the opening mark (the speaker may come between).
  const k = firstAtOrAfter(referents, quote.start) - 1;
  for (let j = k; j >= 0 && j >= k - 2; j--) {
    const r = referents[j];
    if (quote.start - r.end > 60) return undefined;
    if (!r.subject || r.kind !== "name" || r.inQuote) continue;
    const before = text.slice(Math.max(0, r.start - 40), r.start);
    const after = text.slice(r.end, quote.start);
    if ((SAID_OF_BEFORE.test(before) && TO_QUOTE.test(after)) || (FRONTED_BEFORE.test(before) && SPEAKER_TO_QUOTE.test(after))) return r;
    return undefined;
  }
  return undefined;
}

/**
 * Whether a he/she (subject or possessive) in quoted words speaks of the child because the attribution names the child as
 * what the quote is about. `resolved` holds the pronouns met so far (those in the quote before this one included).
 */
export function quoteAboutChild(
  text: string,
  quotes: readonly Span[],
  referents: readonly Referent[],
  resolved: readonly Referent[],
  p: Span & { gender: Gender; use: string },
  subjectGender: Gender,
): boolean {
  if (p.use !== "subject" && p.use !== "possessive") return false;
  const quote = quotes[firstAtOrAfter(quotes, p.start + 1) - 1];
  if (!quote || quote.end < p.end) return false;
  const own = OWN_PRONOUN[subjectGender];
  if (!own || own.test(text.slice(quote.start, quote.end))) return false;
  if (!topicBefore(text, referents, quote)) return false;
  if (SUBORDINATE_BEFORE.test(text.slice(Math.max(quote.start, p.start - 10), p.start))) return false;
  // Nobody the pronoun could mean in the quote before it: a person of its gender or of unknown gender, or a he/she
  // already taken for someone else.
  for (let k = firstAtOrAfter(referents, quote.start + 1); k < referents.length && referents[k].start < p.start; k++) {
    const r = referents[k];
    if (!r.subject && (r.gender === p.gender || r.gender === undefined || r.gender === "u")) return false;
  }
  return !resolved.some((r) => r.start > quote.start && r.start < p.start && !r.subject && r.gender === p.gender);
}
