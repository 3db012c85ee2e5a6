import type { Rule, RuleContext } from "../../rule";
import type { Gender } from "../other-child/name-lexicon";
import { kinGender, roleGender } from "../other-child/name-lexicon";
import { pronounGender } from "../other-child/people";
import { firstAtOrAfter } from "../../text/span";

type Referent = { start: number; end: number; gender: Gender | undefined; subject: boolean; pronoun?: boolean };

const PRONOUN = /\b(she|her|hers|herself|he|him|his|himself)\b/gi;
const GENERIC = /\b(?:he or she|she or he|his or her|her or his|him or her|her or him|s\/he|he\/she|she\/he|his\/her|her\/his)\b/gi;
// People written as ordinary nouns can take a pronoun too: "Mum said she…", "his brother…".
const ROLE_NOUN =
  /\b(mother|mum|mummy|mam|father|dad|daddy|stepfather|stepmother|stepdad|stepmum|grandmother|grandfather|grandma|grandad|nan|nana|gran|granny|grandpa|aunt|auntie|aunty|uncle|brother|sister|son|daughter|boy|girl|man|woman|lady|boyfriend|girlfriend|husband|wife|partner|carer|teacher|worker|manager|officer|nurse|doctor|visitor|guardian|friend|cousin|sibling|tutor|headteacher|chair|solicitor)\b(?!['’]s\b)/gi;

type Pronoun = { start: number; end: number; word: string; gender: Gender };

const OBJECT_HER_FOLLOWERS = /^\s*(?:[.,;:!?)]|$|(?:to|for|with|at|from|about|that|and|but|up|down|out|off|back|in|on|again|too|home|a|an|the|some|any|all)\b)/i;
const OBLIQUE = /\b(?:with|to|from|at|by|for|of|about|like|than|into|without|towards|according to)\s+(?:(?:his|her|their|the)\s+)?$/i;
const CLAUSE_OPENING = /(?:^|[.:;!?]|,\s*(?:and|but|so|because)?|\b(?:and|but|so|because))\s*["'“‘]?$/i;
const CLAUSE_BREAK = /[,;:]|\b(?:and|but|because|when|while|so|who|which|that|if|as|after|before|until|although|though)\b/i;

/**
 * Walks the text once. Every he/she pronoun that does not match the subject is resolved against
 * the nearest person before it (a name, a role word such as "Mum", or an earlier pronoun) in its
 * sentence, or else in up to two sentences before it in the same paragraph. It is a mix-up only
 * when that nearest person is the subject child and nobody else in reach could be meant.
 */
function findMismatches(ctx: RuleContext, subjectGender: Gender): Pronoun[] {
  const text = ctx.text;
  const generic: Array<[number, number]> = [];
  GENERIC.lastIndex = 0;
  for (let g = GENERIC.exec(text); g; g = GENERIC.exec(text)) generic.push([g.index, g.index + g[0].length]);
  const pronouns: Pronoun[] = [];
  PRONOUN.lastIndex = 0;
  for (let p = PRONOUN.exec(text); p; p = PRONOUN.exec(text)) {
    const start = p.index;
    const end = start + p[0].length;
    if (ctx.inQuote(start, end) || generic.some(([a, b]) => a <= start && start < b)) continue;
    pronouns.push({ start, end, word: p[1], gender: /^(she|her|hers|herself)$/i.test(p[1]) ? "f" : "m" });
  }
  const flagged: Pronoun[] = [];
  // Pronouns already resolved act as referents for later ones ("Mum … I told her … She was upset").
  const resolved: Referent[] = [];
  const sentences = ctx.sentences;
  let sIdx = 0;
  for (const p of pronouns) {
    while (sIdx < sentences.length - 1 && sentences[sIdx].end <= p.start) sIdx++;
    if (p.gender === subjectGender) continue;
    const para = ctx.paragraphAt(p.start).start;
    let referents: Referent[] = [];
    let from = sentences[sIdx] && sentences[sIdx].start <= p.start ? sentences[sIdx].start : p.start;
    let to = p.start;
    for (let hop = 0, i = sIdx; hop < 3; hop++) {
      referents = referentsIn(ctx, Math.max(from, para), to, resolved);
      if (referents.length || from <= para || i <= 0) break;
      i--;
      to = from;
      from = sentences[i].start;
    }
    if (!referents.length) continue;
    // People named after a preposition ("contact with Mum", "according to Helen") are rarely what a
    // following pronoun points back to when someone else in the sentence is its grammatical subject.
    if (/^(?:he|she)$/i.test(p.word) && CLAUSE_OPENING.test(text.slice(Math.max(0, p.start - 12), p.start))) {
      const direct = referents.filter((r) => !OBLIQUE.test(text.slice(Math.max(0, r.start - 20), r.start)));
      if (direct.length) referents = direct;
    }
    const nearest = referents[referents.length - 1];
    // Once a wrong pronoun has been tied to the subject, the next one in the chain follows it.
    const chained = nearest.subject && nearest.pronoun === true;
    let mismatch = chained || nearest.subject && !referents.some((r) => !r.subject && (r.gender === p.gender || r.gender === undefined || r.gender === "u"));
    // An object pronoun in the same clause as the subject's name refers to someone else ("Grace sees him").
    if (mismatch && (p.word.toLowerCase() === "him" || (p.word.toLowerCase() === "her" && OBJECT_HER_FOLLOWERS.test(text.slice(p.end, p.end + 12))))) {
      if (!CLAUSE_BREAK.test(text.slice(nearest.end, p.start))) mismatch = false;
    }
    if (mismatch) flagged.push(p);
    resolved.push({ start: p.start, end: p.end, gender: p.gender, subject: mismatch, pronoun: true });
  }
  return flagged;
}


function referentsIn(ctx: RuleContext, from: number, to: number, resolved: Referent[]): Referent[] {
  const out: Referent[] = [];
  const all = ctx.people.all;
  for (let i = firstAtOrAfter(all, from); i < all.length && all[i].start < to; i++) {
    const m = all[i];
    if (!m.inQuote) out.push({ start: m.start, end: m.end, gender: m.gender, subject: m.role === "subject" });
  }
  for (let i = resolved.length - 1; i >= 0 && resolved[i].start >= from; i--) if (resolved[i].start < to) out.push(resolved[i]);
  const slice = ctx.text.slice(from, to);
  ROLE_NOUN.lastIndex = 0;
  for (let r = ROLE_NOUN.exec(slice); r; r = ROLE_NOUN.exec(slice)) {
    const start = from + r.index;
    if (ctx.inQuote(start, start + r[0].length)) continue;
    if (out.some((o) => o.start <= start && start < o.end)) continue;
    // "a small, slight girl" describes someone already named; it is not a new person.
    if (/\b(?:an?|is|was)\s+(?:[\p{L}-]+,?\s+){0,3}$/iu.test(slice.slice(Math.max(0, r.index - 40), r.index))) continue;
    const word = r[1].toLowerCase();
    out.push({ start, end: start + r[0].length, gender: roleGender(word) ?? kinGender(word), subject: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A pronoun that contradicts the subject child's pronouns where the subject is meant. */
export const pronounMismatch: Rule = {
  meta: {
    id: "pronoun-mismatch",
    category: "mix-up",
    description: "A he/she pronoun that does not match the subject child's pronouns where the subject is meant.",
  },
  check(ctx) {
    const subjectGender = pronounGender(ctx.profile.pronouns?.subject);
    if (!subjectGender || ctx.people.subjectMentions.length === 0) return;
    const wanted = ctx.profile.pronouns!;
    for (const p of findMismatches(ctx, subjectGender)) {
      ctx.report({
        start: p.start,
        end: p.end,
        message: `${ctx.profile.subjectName || "The subject child"} uses ${ctx.profile.raw.subject.pronouns}; "${p.word}" here does not match.`,
        severity: "error",
        confidence: 0.7,
        suggestions: [matchCase(p.word, replacementFor(p.word.toLowerCase(), wanted))],
        note: "Wrong pronouns in a child's record are hurtful to read later and can show text copied from another child's record.",
        source: "Ofsted, 'Recording: what good looks like' (2019); Leeds one-minute guide on gender identity",
      });
    }
  },
};

function replacementFor(p: string, set: { subject: string; object: string; possessive: string; reflexive: string }): string {
  switch (p) {
    case "she":
    case "he":
      return set.subject;
    case "him":
      return set.object;
    case "his":
    case "hers":
      return set.possessive;
    case "her":
      return set.possessive === "her" ? "her" : set.possessive; // object/possessive ambiguity: possessive is the common case
    case "herself":
    case "himself":
      return set.reflexive;
    default:
      return set.subject;
  }
}

const matchCase = (original: string, word: string) => (original[0] === original[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word);
