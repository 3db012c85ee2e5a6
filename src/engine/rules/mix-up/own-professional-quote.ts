// Quoted words of the child's own professional: "Her teacher said: "He is a pleasure to teach."", "Leo's key worker wrote,
// "She joins in…"". The attribution makes the speaker someone the child has (by the child's name or by a pronoun already taken
// for the child), in a role that speaks of the child in their work, so a he/she the quote opens with speaks of the child —
// unless the quote names someone the pronoun could mean before it, also calls the child by the child's own pronoun, or the
// record's words just before name someone of the pronoun's gender (the speaker apart). A parent, relative or carer is not read
// so: from their side an unnamed he/she is as often their partner. Invented probes-37 (pron50, stop 45).
import type { RuleContext } from "../../rule";
import type { Gender } from "../other-child/name-lexicon";
import { ADULT_OCCUPATIONS, ADULT_ROLES } from "../other-child/name-lexicon";
import { firstAtOrAfter, type Span } from "../../text/span";
import type { Referent } from "./referents";

// Household, family and people in general: whom an unnamed he/she of theirs may be a partner of, or no role at all.
const NOT_PROFESSIONAL =
  /^(?:(?:step|grand|great|god)\S*|m[ou]m\S*|mam|mother\S*|dad\S*|father\S*|parents?|partner|husband|wife|nan\S*|gran\S*|aunt\S*|uncle|(?:\S+\s)?carers?|(?:special\s)?guardian|landl\S+|neighbour|employer|colleague|m[ae]n|wom[ae]n|lady|gentleman|adults?|author|recorded by|prepared by|referred by|statement of|applicant|respondent|head|deputy|counsel|chair\S*|coach|leader|driver|taxi driver|escort|officer|worker)$/;
const PROFESSIONAL = new Set([...ADULT_ROLES, ...ADULT_OCCUPATIONS].filter((w) => !NOT_PROFESSIONAL.test(w)));
// The owner, the role (up to three words), an optional name set off by commas, a verb of saying, then the quote's mark.
const SPEAKER = /(?:^|[\s("“])(\p{Lu}[\p{L}'’-]*['’]s|[Hh]is|[Hh]er|[Tt]heir)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?:\s*,[^,.;:!?"“”]{1,40},)?\s+(?:(?:also|then|later|has|had)\s+)*(?:said|says|wrote|writes|added|commented|told\s+(?:me|us)|reported|explained)\s*[:,]?\s*$/u;
const SUBORDINATE_BEFORE = /\b(?:since|when|whenever|until|till|after|before|because|if|unless|while|whilst|once|as|who|whom|whose|that)\s*$/i;
const OWN_PRONOUN: Partial<Record<Gender, RegExp>> = { f: /\b(?:she|her|hers|herself)\b/i, m: /\b(?:he|him|his|himself)\b/i, u: /\b(?:they|them|their|theirs|themselves|themself)\b/i };
const SPEAKER_REACH = 100;

function professionalRole(role: string): boolean {
  const words = role.toLowerCase().split(/\s+/);
  for (let k = 0; k < words.length; k++) if (PROFESSIONAL.has(words.slice(k).join(" "))) return true;
  return false;
}

/** Whether a he/she (subject or possessive) in quoted words is the child, spoken of by the child's own professional. */
export function ownProfessionalSpeaks(ctx: RuleContext, referents: readonly Referent[], resolved: readonly Referent[], p: Span & { gender: Gender; use: string }, subjectGender: Gender): boolean {
  if (p.use !== "subject" && p.use !== "possessive") return false;
  const text = ctx.text;
  const quote = ctx.quotes[firstAtOrAfter(ctx.quotes, p.start + 1) - 1];
  if (!quote || quote.end < p.end) return false;
  const own = OWN_PRONOUN[subjectGender];
  if (!own || own.test(text.slice(quote.start, quote.end))) return false;
  if (SUBORDINATE_BEFORE.test(text.slice(Math.max(quote.start, p.start - 10), p.start))) return false;
  const from = Math.max(ctx.sentenceAt(quote.start).start, quote.start - SPEAKER_REACH);
  const s = SPEAKER.exec(text.slice(from, quote.start));
  if (!s || !professionalRole(s[2])) return false;
  const ownerStart = from + s.index + s[0].indexOf(s[1]);
  const owner = /^(?:his|her|their)$/i.test(s[1])
    ? resolved.find((r) => r.start === ownerStart && r.subject && !r.inQuote)
    : referents.find((r) => r.start === ownerStart && r.subject && r.kind === "name" && !r.inQuote);
  if (!owner) return false;
  // Nobody the pronoun could mean in the quote before it.
  for (let k = firstAtOrAfter(referents, quote.start + 1); k < referents.length && referents[k].start < p.start; k++) {
    const r = referents[k];
    if (!r.subject && (r.gender === p.gender || r.gender === undefined || r.gender === "u")) return false;
  }
  if (resolved.some((r) => r.start > quote.start && r.start < p.start && !r.subject && r.gender === p.gender)) return false;
  // Nobody of its gender in the record's own words of this sentence and the one before, the speaker's phrase apart.
  const sentence = ctx.sentenceAt(quote.start);
  const before = ctx.sentences[Math.max(0, firstAtOrAfter(ctx.sentences, sentence.start) - 1)]?.start ?? 0;
  const speakerStart = ownerStart;
  for (let k = firstAtOrAfter(referents, before); k < referents.length && referents[k].start < quote.start; k++) {
    const r = referents[k];
    if (r.start >= speakerStart) break;
    if (!r.subject && !r.inQuote && r.gender === p.gender) return false;
  }
  return !resolved.some((r) => r.start >= before && r.start < speakerStart && !r.subject && !r.inQuote && r.gender === p.gender);
}
