// Small, bounded reads of sentence structure shared by the pasted-name checks.
import type { RuleContext } from "../../rule";
import type { Span } from "../../text/span";
import { firstAtOrAfter } from "../../text/span";
import type { Gender } from "../other-child/name-lexicon";
import type { PersonMention } from "../other-child/people";

// Words that open a sentence before its subject without being its subject: "Yesterday Freya…",
// "On Monday Freya…", "At school Freya…", "Since the summer Freya…".
const ADVERBIAL_START = new Set([
  "yesterday", "today", "tonight", "later", "then", "afterwards", "meanwhile", "recently", "now", "again", "also", "since",
  "on", "in", "at", "after", "before", "during", "over", "this", "last", "that", "next", "each", "every", "when", "by", "until",
  // A verbless clause of time or place, like "when": "Whilst there Ahmed…", "While at the unit, Jo…", "Once home Kai…".
  "while", "whilst", "once",
  "overall", "unfortunately", "sadly", "however", "previously", "earlier", "currently", "following", "same", "previous",
]);
const LEAD_LIMIT = 60;
// A time phrase set off by a comma before the name: "At the 8-week check on 3 February 2026, Maisie…", "In the
// summer holidays, Freya…". Led by a preposition of time, with no person, verb of saying or clause in it.
const PREPOSED_ADVERBIAL =
  /^\s*(?:[\d.()•*–-]+\s*)?(?:At|On|In|During|After|Before|By|Since|Over|From|Until|Following)\s+(?![^,]*\b(?:he|she|they|his|her|their|him|them|I|we|said|says|told|asked|when|while|because|and|but|who|which|that)\b)[^,;:.!?\n]{3,60},\s*$/;
const ADVERBIAL_LIMIT = 80;

// People a he or she can mean, written as nouns: of each gender, and of either.
export const PERSON_NOUN = {
  f: /\b(?:mother|mum|mummy|mam|sister|aunt|auntie|aunty|nan|nana|nanna|gran|granny|grandma|grandmother|woman|girl|daughter|wife|girlfriend|lady|stepmum|stepmother|Mrs|Ms|Miss|she|her|hers|herself)\b/i,
  m: /\b(?:father|dad|daddy|brother|uncle|grandad|granddad|grandpa|grandfather|man|boy|son|husband|boyfriend|gentleman|stepdad|stepfather|Mr|he|him|his|himself)\b/i,
  either: /\b(?:partner|parent|carer|teacher|worker|nurse|tutor|doctor|officer|manager|friend|cousin|sibling|child|neighbour|visitor|staff|someone|somebody|person|[A-Z]{2,3})\b/,
} as const;
/** How a he/she word is used in its clause. */
export type Use = "subject" | "object" | "possessive" | "reflexive";
// "her" is an object when what follows cannot be the noun it determines ("told her that", "saw her.", "told her he…").
const OBJECT_HER_FOLLOWERS = /^\s*(?:[.,;:!?)"'”’]|$|(?:he|she|I|we|they|it|you|is|was|has|had|to|for|with|at|from|about|that|and|but|or|up|down|out|off|back|in|on|onto|into|over|again|too|home|a|an|the|some|any|all|if|when|as|because|so|how|what|why|where|whether)\b)/i;
// "has lived with her since May", "stayed with her until six": a word that cannot open the noun "her" would determine.
const OBJECT_HER_ADVERB = /^\s+(?:since|until|till|during|now|today|yesterday|tonight|each|every|once|twice|later|recently|through|by|after|before|like|than|alone|properly|yet)(?![\p{L}'’-])/iu;

export function useOf(text: string, word: string, end: number): Use {
  const w = word.toLowerCase();
  if (w === "she" || w === "he") return "subject";
  if (w === "him") return "object";
  if (w === "herself" || w === "himself") return "reflexive";
  if (w === "her") {
    const next = text.slice(end, end + 14);
    return OBJECT_HER_FOLLOWERS.test(next) || OBJECT_HER_ADVERB.test(next) ? "object" : "possessive";
  }
  return "possessive";
}

// "…because the evidence is that Harrison missed one appointment": a clause after "<thing> is that"
// is what the sentence goes on to say, with nobody reporting it, so the name opens it like a sentence.
const THING_IS_THAT_BEFORE = /\b(?:evidence|view|concern|worry|fact|truth|reality|risk|difficulty|problem|issue|picture|position)\s+(?:is|was|remains)\s+that\s+$/i;

/**
 * Where what a mention says of itself ends: the end of its sentence, the next mention after it or `reach` characters
 * past it, whichever comes first.
 */
export function ownStretchEnd(sentence: Span, m: Span, next: Span | undefined, reach: number): number {
  return Math.min(sentence.end, m.end + reach, next && next.start > m.end ? next.start : sentence.end);
}

/**
 * The name opens its sentence, after at most a date, a capitalised label ("02/09/2025 – School –",
 * "3.2 Education:") or a short adverbial ("On Monday", "after school"). Words such as "Her brother"
 * before it say who the child is, so the sentence is not about the subject. Reads at most 60
 * characters, so calling it for every mention stays linear.
 */
export function opensSentence(text: string, sentenceStart: number, start: number): boolean {
  if (THING_IS_THAT_BEFORE.test(text.slice(Math.max(sentenceStart, start - 40), start))) return true;
  // A table cell starts afresh: "Dotty's health needs are met⇥Harley to have…" (the row's cells run on as one sentence).
  // (Read back at most 200 characters, so a long sentence costs no more than a short one.)
  const back = text.slice(Math.max(sentenceStart, start - 200), start);
  const cell = Math.max(back.lastIndexOf("\t"), back.lastIndexOf("|"));
  if (cell >= 0) sentenceStart = start - back.length + cell + 1;
  if (PREPOSED_ADVERBIAL.test(text.slice(Math.max(sentenceStart, start - ADVERBIAL_LIMIT), start)) && start - sentenceStart <= ADVERBIAL_LIMIT) return true;
  if (start - sentenceStart > LEAD_LIMIT) return false;
  const lead = text.slice(sentenceStart, start);
  const words = lead.match(/\p{L}+/gu) ?? [];
  if (words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w))) return true;
  // A field label of any wording: "5.8 Health and education: Leyla attends…".
  const colon = lead.lastIndexOf(":");
  if (colon >= 0 && !/\p{L}/u.test(lead.slice(colon + 1)) && /^\s*[\d.()]*\s*\p{Lu}/u.test(lead) && !/\b(?:said|says|told|asked|wrote)\b/i.test(lead)) return true;
  // An adverbial: a time or place phrase, ending before the name, of at most five words.
  // (not "When asked about Macie": a name after a preposition is not what the sentence is about).
  // "The next day [Bianca]…", "The following morning Freya…": an article before the time word.
  const opener = (words[0] ?? "").toLowerCase() === "the" && words.length > 1 ? words[1] : (words[0] ?? "");
  if (words.length > 0 && words.length <= 5 && ADVERBIAL_START.has(opener.toLowerCase()) && !/\b(?:his|her|their|about|with|to|for|from|of|by|to)\s*$/i.test(lead)) {
    return !words.some((w) => /^(?:said|says|told|and|but|with|brother|sister|friend|cousin|mum|dad|mother|father)$/i.test(w));
  }
  return false;
}

// The name is its sentence's first word, after at most a bullet or a number (read straight from the text, so a
// sentence the segmenter ran on past a line break or a full stop still counts).
const FIRST_WORD_BEFORE = /(?:^|[.!?]\s+|\n)[\s\d.()•*–-]*$/;

/** The name opens its sentence: as its first word, or after a date, label or short adverbial (opensSentence). */
export function opensItsSentence(text: string, sentenceStart: number, start: number): boolean {
  return FIRST_WORD_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || opensSentence(text, sentenceStart, start);
}

// A reporting verb and "that" straight before the name: the name is what the reported clause is about
// ("Mr Haworth reports that Marnie has moved up…", "School report that [Ayesha] has…").
const REPORT_THAT_BEFORE = /\b(?:reports?|reported|says|said|confirms?|confirmed|notes?|noted|states?|stated|explains?|explained|tells?\s+(?:us|me))\s+that\s+\[?$/i;
// "Ms Akinola says Pearl has missed…": after says/said/reports/tells me the "that" is often left out.
const REPORT_BEFORE = /\b(?:says|said|reports|reported|tells\s+(?:us|me)|told\s+(?:us|me))\s+\[?$/i;

/**
 * The name opens the clause a reporting verb introduces ("…reports that Marnie…"); reads 40 characters.
 * thatless: also without "that" (only for a check with evidence of its own, since "Rowan said Kai…" is as often
 * the subject telling of another child).
 */
export function reportedSubject(text: string, sentenceStart: number, start: number, thatless = false): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 40), start);
  return REPORT_THAT_BEFORE.test(before) || (thatless && REPORT_BEFORE.test(before));
}

// A question put to someone by name, then a clause opened by the answer: "When I asked Ella what would
// help, he said…", "I asked Ella about school; he told me…". Read from the answer's own sentence only.
const ASKED_BEFORE = /\b(?:asked|asking|questioned)\s+$/i;
const BETWEEN_QUESTION_AND_ANSWER = /^[^.;:!?"“”()\n]{0,90}[,;]\s*$/;
export const ANSWER_AFTER = /^\s+(?:said|says|replied|replies|answered|answers|told|tells|explained|whispered|shrugged|nodded|shook)\b/i;

/** The one who answers (a pronoun or a name) opens the answer to a question put by name to asked, in one sentence. */
export function answersQuestionTo(text: string, asked: Span, answer: Span, sentenceStart: number): boolean {
  if (asked.start < sentenceStart || answer.start - asked.end > 100 || !ANSWER_AFTER.test(text.slice(answer.end, answer.end + 14))) return false;
  if (!ASKED_BEFORE.test(text.slice(Math.max(sentenceStart, asked.start - 12), asked.start))) return false;
  return BETWEEN_QUESTION_AND_ANSWER.test(text.slice(asked.end, answer.start));
}

/** The name is joined to another person's ("Ștefan and Gabi are…"): a sentence about both, not a paste. */
export function coordinated(text: string, m: Span, next: Span | undefined): boolean {
  return !!next && next.start - m.end <= 8 && /^(?:['’]s)?\s*(?:,|&|and)\s*$/i.test(text.slice(m.end, next.start));
}

const GENDERED = /\b(she|her|hers|herself|he|him|his|himself)\b/gi;
// A person written as someone's ("his mother", "Ava's stepfather", "her new partner").
const OWNED_PERSON = /\b(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}-]*['’]s)\s+(?:(?:new|old|late|own|birth|foster|older|younger|big|little|maternal|paternal)\s+)?(\p{L}+)/gu;

function ownedPersonBefore(lead: string, gender: Gender): boolean {
  if (gender !== "f" && gender !== "m") return false;
  for (const o of lead.matchAll(OWNED_PERSON)) if (!/^(?:she|her|hers|herself|he|him|his|himself)$/i.test(o[1]) && PERSON_NOUN[gender].test(o[1])) return true;
  return false;
}
const FOLLOW_LIMIT = 400;
const NOUN_AND_BEFORE = {
  f: /\b(?:mother|mum|mummy|mam|sister|aunt|auntie|nan|nana|gran|grandma|grandmother|woman|girl)\s+(?:and|or|with)\s+$/i,
  m: /\b(?:father|dad|daddy|brother|uncle|grandad|grandpa|grandfather|man|boy)\s+(?:and|or|with)\s+$/i,
} as Partial<Record<Gender, RegExp>>;

/**
 * The pronouns of one gender that follow a name until someone else is named or the paragraph
 * ends (at most two more sentences): the pronouns that came with a pasted name.
 */
export function pronounsOf(ctx: RuleContext, m: Span, all: readonly PersonMention[], gender: Gender): Span[] {
  const text = ctx.text;
  const para = ctx.paragraphAt(m.start);
  const next = all[firstAtOrAfter(all, m.end)];
  const sentences = ctx.sentences;
  let sIdx = firstAtOrAfter(sentences, m.start);
  if (sIdx >= sentences.length || sentences[sIdx].start > m.start) sIdx--;
  const lastSentence = sentences[Math.min(sentences.length - 1, Math.max(0, sIdx) + 2)];
  const end = Math.min(para.end, next ? next.start : text.length, lastSentence ? lastSentence.end : text.length, m.end + FOLLOW_LIMIT);
  const out: Span[] = [];
  const slice = text.slice(m.end, end);
  GENDERED.lastIndex = 0;
  for (let g = GENDERED.exec(slice); g; g = GENDERED.exec(slice)) {
    const start = m.end + g.index;
    const pGender: Gender = /^(she|her|hers|herself)$/i.test(g[1]) ? "f" : "m";
    if (pGender !== gender || ctx.inQuote(start, start + g[0].length)) continue;
    // "Remy … His mother told the review she…": someone's relative of the pronoun's gender, written before it, may be whom it means.
    if (ownedPersonBefore(slice.slice(0, g.index), gender)) break;
    // "…when Mum and her boyfriend argue": a possessive straight after a person of its gender is that person's.
    if (/^(?:his|her)$/i.test(g[1]) && NOUN_AND_BEFORE[gender]?.test(slice.slice(Math.max(0, g.index - 24), g.index))) break;
    out.push({ start, end: start + g[0].length });
  }
  return out;
}

// A reflexive is bound by its own clause's subject: in "…so that Corey could read it and recognise herself" the "herself"
// can only be Corey's. So a reflexive of the other gender, reached from the name without a clause break or anyone else
// it could mean, says the clause is about someone else: the name stands where another child was meant.
const REFLEXIVE_AFTER = /^[^.;:!?,"“”()\n]{1,80}?\b(herself|himself)\b/i;
const BINDER_BETWEEN = /\b(?:baby|babies|who|which|whom|whose|they|them|their|I|we|you|me|us)\b|\b\p{Lu}\p{Ll}+/u;

// The name must open its clause to be what binds it: after a word that opens a clause, not a preposition or verb
// ("does not recognise the pressure from Tyrese as a concern and puts herself…" is about the one who does not recognise it).
const CLAUSE_OPENER_BEFORE = /(?:^|[.;:!?\n]\s*|\b(?:that|whether|if|when|whenever|before|after|until|unless|because|while|whilst|once|where)\s+)$/i;

/** The reflexive the name's own clause binds to it (its span), or undefined. Reads 40 characters before the name and 90 after it. */
export function reflexiveOf(text: string, m: Span, sentenceStart: number, limit: number): Span | undefined {
  if (!CLAUSE_OPENER_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 40), m.start))) return undefined;
  const after = text.slice(m.end, Math.min(limit, m.end + 90));
  const r = REFLEXIVE_AFTER.exec(after);
  if (!r) return undefined;
  const between = after.slice(0, r.index + r[0].length - r[1].length);
  // Nobody else between who could bind it: a person noun, a pronoun, a relative clause, another name.
  if (PERSON_NOUN.f.test(between) || PERSON_NOUN.m.test(between) || PERSON_NOUN.either.test(between) || BINDER_BETWEEN.test(between.replace(/^['’]s/, ""))) return undefined;
  const start = m.end + r.index + r[0].length - r[1].length;
  return { start, end: start + r[1].length };
}
