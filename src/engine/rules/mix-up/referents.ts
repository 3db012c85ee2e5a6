// The people a he/she pronoun can point back to, gathered once per document in text order: named
// people from the people stage, people written as ordinary nouns ("Mum", "the nurse", "an older
// man"), and the subject's given names written in lower case in shorthand notes. Every list is
// built in one pass over the text, so resolving a pronoun only walks back over its neighbours.
import type { RuleContext } from "../../rule";
import type { Gender } from "../other-child/name-lexicon";
import { kinGender, roleGender } from "../other-child/name-lexicon";

export type Referent = {
  start: number;
  end: number;
  gender: Gender | undefined;
  subject: boolean;
  kind: "name" | "noun" | "pronoun";
  inQuote: boolean;
  /** A noun after a/an/another: "a female worker" is rarely who a later pronoun means, "an older man who calls himself…" can be. */
  indefinite?: boolean;
};

// People written as ordinary nouns. "Mum's" is a person too ("Mum's new partner … she").
const ROLE_NOUN =
  /\b(mother|mum|mummy|mam|mom|father|dad|daddy|stepfather|stepmother|stepdad|stepmum|grandmother|grandfather|grandma|grandad|granddad|grandpa|nan|nana|nanna|gran|granny|aunt|auntie|aunty|uncle|brother|sister|son|daughter|nephew|niece|grandson|granddaughter|boy|girl|man|woman|lady|gentleman|male|female|boyfriend|girlfriend|husband|wife|partner|carer|teacher|worker|manager|officer|nurse|doctor|midwife|visitor|guardian|friend|cousin|sibling|tutor|headteacher|chair|solicitor|landlord|landlady|neighbour|driver)\b(?:['’]s\b)?/gi;
// "Zofia is a small, slight girl": a description of someone already named, not a new person.
const PREDICATE_BEFORE = /\b(?:is|was|as|being)\s+(?:an?|the)\s+(?:[\p{L}-]+,?\s+){0,3}$/iu;
const INDEFINITE_BEFORE = /\b(?:an?|another|any|some|one)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// "a man called 'Bash'", "a girl named Kaya": an indefinite that is then named is a particular person,
// someone a later pronoun can mean.
const NAMED_AFTER = /^\s*,?\s*(?:called|named|known\s+as|nicknamed|who\s+calls\s+(?:himself|herself))\b/i;
const NOUN_GENDER: Record<string, Gender> = { male: "m", female: "f", gentleman: "m" };

function nounGender(word: string): Gender | undefined {
  const w = word.toLowerCase();
  return roleGender(w) ?? kinGender(w) ?? NOUN_GENDER[w];
}

/** Named and noun referents in text order (one regex pass plus a merge with the people stage). */
export function staticReferents(ctx: RuleContext): Referent[] {
  const text = ctx.text;
  // A name pasted from another child's record stands for the subject.
  const pasted = new Set(ctx.people.pastedNames.map((p) => p.start));
  const named: Referent[] = ctx.people.all.map((m) => ({
    start: m.start,
    end: m.end,
    gender: m.gender,
    subject: m.role === "subject" || pasted.has(m.start),
    kind: "name",
    inQuote: m.inQuote,
  }));
  const nouns: Referent[] = [];
  ROLE_NOUN.lastIndex = 0;
  for (let r = ROLE_NOUN.exec(text); r; r = ROLE_NOUN.exec(text)) {
    const start = r.index;
    const before = text.slice(Math.max(0, start - 40), start);
    if (PREDICATE_BEFORE.test(before)) continue;
    const indefinite = INDEFINITE_BEFORE.test(before) && !NAMED_AFTER.test(text.slice(start + r[0].length, start + r[0].length + 30));
    nouns.push({ start, end: start + r[0].length, gender: nounGender(r[1]), subject: false, kind: "noun", inQuote: ctx.inQuote(start, start + r[0].length), indefinite });
  }
  return mergeSorted(mergeSorted(named, subjectFormMentions(ctx)), nouns);
}

/**
 * The subject's own given names, found straight from the profile: the people stage can miss one
 * (a name that is also a word, "River", "Summer"), and shorthand notes write names in lower case
 * ("safety plan agreed w/ jax"). A lower-case form counts when the record writes it that way more
 * than once (a single "autumn" is more likely the season than the child).
 */
function subjectFormMentions(ctx: RuleContext): Referent[] {
  const out: Referent[] = [];
  const text = ctx.text;
  for (const form of ctx.profile.subjectGivenForms) {
    if (form.length < 2) continue;
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu");
    const lower: Referent[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const first = m[0].charAt(0);
      const r: Referent = { start: m.index, end: m.index + m[0].length, gender: undefined, subject: true, kind: "name", inQuote: ctx.inQuote(m.index, m.index + m[0].length) };
      if (first !== first.toLowerCase()) out.push(r);
      else if (form.length >= 3 && m[0] === form) lower.push(r);
    }
    if (lower.length >= 2) for (const r of lower) out.push(r);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Merges two lists sorted by start; where two overlap the first list's entry wins. */
function mergeSorted(a: Referent[], b: Referent[]): Referent[] {
  const out: Referent[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) {
      out.push(a[i++]);
    } else {
      const x = b[j++];
      const last = out[out.length - 1];
      if (last && x.start < last.end) continue;
      if (i < a.length && a[i].start < x.end) continue;
      out.push(x);
    }
  }
  return out;
}
