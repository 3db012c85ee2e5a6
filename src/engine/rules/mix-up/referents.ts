// The people a he/she pronoun can point back to, gathered once per document in text order: named
// people from the people stage, people written as ordinary nouns ("Mum", "the nurse", "an older
// man"), and the subject's given names written in lower case in shorthand notes. Every list is
// built in one pass over the text, so resolving a pronoun only walks back over its neighbours.
import type { RuleContext } from "../../rule";
import type { Span } from "../../text/span";
import type { Gender } from "../other-child/name-lexicon";
import { ADULT_OCCUPATIONS, ADULT_ROLES, kinGender, roleGender } from "../other-child/name-lexicon";
import { boundedMatches } from "../../text/bounded";
import { isAnonymisedLabel } from "../../profile";
import { PERSON_VERB_SOURCE } from "../../people/labels";
import unnamedData from "../../../../rules/mix-up/unnamed-referents.json";

export type Referent = {
  start: number;
  end: number;
  gender: Gender | undefined;
  subject: boolean;
  kind: "name" | "noun" | "pronoun";
  inQuote: boolean;
  /** A noun after a/an/another: "a female worker" is rarely who a later pronoun means, "an older man who calls himself…" can be. */
  indefinite?: boolean;
  /** An adult brought in with "a" where the record tells what happened ("has a new social worker", "was seen by a doctor"):
   * a particular person, whom a he/she opening the next clause can mean; one wanted or supposed ("asked for a female worker",
   * "or another interpreter") is nobody yet, and a child with "a" is as often one of many ("a boy in her class"). */
  specific?: boolean;
  /** Who this is, so two mentions of one person can be told apart from two people: the people stage's
   * entity for a name, the family word ("mother" for Mum, mum, Mummy) for a noun. */
  key?: string;
  /** An adult: a name the people stage decided is an adult, or a parent, carer or professional written as a noun. */
  adult?: boolean;
  /** A name the people stage decided is another child. */
  child?: boolean;
  /** Brought into the record by name: "a new boyfriend called Lee", "a girl named Kaya". */
  introduced?: boolean;
  /** Known only as initials in minutes ("JT said…"): gives way to the subject named, not possessively, after it. */
  weak?: boolean;
};

// (So, too, an organisation named for the place: "Hallbridge Children's Centre", "Hallbridge City Council", "Hallbridge Youth Trust".)
const PLACE_OR_GROUP_AFTER =
  /^\s+(?:(?:football|rugby|netball|cricket|swimming|boxing|dance|youth|sports?|children['’]s|family|community|health|medical|city|county|borough|district)\s+)?(?:team|club|school|primary|infants?|juniors?|academy|college|nursery|road|street|lane|avenue|centre|center|unit|ward|house|estate|park|church|mosque|library|hospital|surgery|practice|station|council|trust|hub|clinic|partnership|police)\b/i;
// People written as ordinary nouns: family words, and every one-word adult role and occupation of the people
// stage's data (rules/people/cues.json: "the GP", "the paediatrician", "the SENCO", "the interpreter"), so a job
// title is someone a he/she can mean. Not a plural (no he/she means "the parents"), nor a word that is as often
// a thing ("head", "coach", "escort", "counsel", "deputy", "leader"). "Mum's" is a person too ("Mum's new partner … she").
const FAMILY_NOUNS =
  "mother|mum|mummy|mam|mom|father|dad|daddy|stepfather|stepmother|stepdad|stepmum|grandmother|grandfather|grandma|grandad|granddad|grandpa|nan|nana|nanna|gran|granny|aunt|auntie|aunty|uncle|brother|sister|stepbrother|stepsister|son|daughter|nephew|niece|grandson|granddaughter|boy|girl|man|woman|lady|gentleman|male|female|boyfriend|girlfriend|husband|wife|partner|carer|teacher|worker|manager|officer|nurse|doctor|midwife|visitor|guardian|friend|cousin|sibling|tutor|headteacher|chair|solicitor|landlord|landlady|neighbour|driver";
const NOT_A_PERSON_NOUN = new Set(["head", "coach", "escort", "counsel", "deputy", "leader", "men", "women"]);
const DATA_ROLES = [...ADULT_ROLES, ...ADULT_OCCUPATIONS].filter((w) => /^[a-z]+(?:-[a-z]+)?$/.test(w) && !w.endsWith("s") && !NOT_A_PERSON_NOUN.has(w));
const FAMILY_NOUN_SET = new Set(FAMILY_NOUNS.split("|"));
// Someone spoken of by a common noun alone (rules/mix-up/unnamed-referents.json): a baby, a lodger, a pet ("showed me the
// new kitten and said he sleeps on her bed"). Of unknown gender, and, like a job title, only after a determiner or an owner.
const UNNAMED_CHILD = new Set<string>(unnamedData.children);
const UNNAMED_ANIMAL = new Set<string>(unnamedData.animals);
const THING_AFTER_ANIMAL = new RegExp(`^\\s+(?:${unnamedData.thingsAfterAnimal.join("|")})\\b`, "i");
const UNNAMED = [...unnamedData.children, ...unnamedData.adults, ...unnamedData.animals].map((w) => w.replace(/ /g, "\\s+"));
const ROLE_NOUN = new RegExp(`\\b(${[...new Set([...FAMILY_NOUN_SET, ...DATA_ROLES, ...UNNAMED])].sort((a, b) => b.length - a.length).join("|")})\\b(?:['’]s\\b)?`, "gi");
// A job title names a person where a determiner or an owner brings it in ("the GP", "Tom's IRO", "a paediatrician");
// bare, it is a heading, a column or a service ("GP⇥Kai seen…", "Advocate's note").
const DETERMINED_BEFORE = /(?:\b(?:the|a|an|another|his|her|their|my|our|your|this|that)|['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// …or where it reports, as shorthand notes write it ("GP noted she had no concerns", "SENCO said she will apply"): a
// title followed by a verb of reporting is the one who reports, not a heading.
const REPORTS_AFTER_TITLE =
  /^\s+(?:(?:also|then|later|has|had)\s+)?(?:said|says|noted|notes|reported|reports|observed|observes|advised|advises|confirmed|confirms|explained|explains|stated|states|recorded|records|told|tells|wrote|writes|agreed|agrees|informed|informs)\b/i;
// "Zofia is a small, slight girl": a description of someone already named, not a new person.
const PREDICATE_BEFORE = /\b(?:is|was|as|being)\s+(?:an?|the)\s+(?:[\p{L}-]+,?\s+){0,3}$/iu;
const CLEFT_BEFORE = /\b(?:it|there)\s+(?:is|was|['’]s)\s+an?\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const INDEFINITE_BEFORE = /\b(?:an?|another|any|some|one)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const NONSPECIFIC_BEFORE =
  /(?:\b(?:any|some|every|each|no)|\b(?:wants?|wanted|would\s+like|(?:asked|asks|asking|ask)\s+for|needs?|needed|requested|requests?|prefers?|preferred|looking\s+for|find|without|not|or|if|whether|than|like|such\s+as)\s+(?:[\p{L}-]+\s+)?(?:an?|another|one))\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// "many changes of social worker", "a change in carer", "high turnover of social worker": a role written bare after a
// change of it names a post that different people held, not one person a later pronoun can mean.
const CHANGE_OF_POST_BEFORE =
  /\b(?:changes?|changing|turnover|succession|churn)\s+(?:of|in)\s+(?:(?!(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those)\b)[\p{L}-]+\s+){0,2}$/iu;
// "a man called 'Bash'", "a girl named Kaya": an indefinite that is then named is a particular person,
// someone a later pronoun can mean.
const NAMED_AFTER = /^\s*,?\s*(?:called|named|known\s+as|nicknamed|who\s+calls\s+(?:himself|herself))\b/i;
// Things a person noun can describe ("sibling relationships", "carer assessment", "parent meeting"), not a person.
// (Not a word that can be the person's verb: "the teacher reports", "Mum visits"; "plans" only where a noun ends: "Mum plans the day".)
const ATTRIBUTIVE_AFTER =
  /^\s+(?:relationships?|plans?(?=\s*(?:[.,;:)]|$|(?:by|for|and|are|were|have|had|will|should|must)\b))|contact\s+(?:plans?|arrangements?)|assessments?|meetings|training|network|sessions|agreements?|placements|forums?|roles|policy|policies|panel|allowances?|payments|evenings|consultations|appointments?)\b/i;
// "Kai's teacher said she had raised it with the head teacher": a rank before the role names someone else in that role.
const RANK_BEFORE = /\b(head|deputy|assistant|senior|team)\s+$/i;
const OTHER_CHILD = /\b(?:another|the\s+other|other)\s+(?:(?:older|younger|little|new)\s+)?(child|pupil|student|young\s+person)\b/gi;
const NOUN_GENDER: Record<string, Gender> = { male: "m", female: "f", gentleman: "m" };
const TITLED = /(?<![\p{L}])(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu;
const ADDRESSED = /(?<![\p{L}]|Dear\s)(?:Miss|Sir)(?![\p{L}]|\.?\s+\p{Lu})/gu;
// "Isla has an older brother", "Mum had a baby boy", "has a cousin staying": a relative someone has is one particular person
// (not one of many, as "a boy in her class" is), whom the next he/she can mean.
const KIN_WORD = /^(?:brother|sister|son|daughter|nephew|niece|grandson|granddaughter|cousin|sibling|boy|girl)$/;
const HAS_KIN_BEFORE = /\b(?:has|have|had|having|got)\s+(?:an?|another)\s+(?:(?!baby\b)[\p{L}-]+\s+)?(?:baby\s+)?$/iu;
const KIN_AFTER_BABY = /^\s+(?:brother|sister|boy|girl|son|daughter)\b/i;
// Nouns for people who are (or may be) children; every other person noun above is an adult.
const CHILD_NOUN = /^(?:brother|sister|stepbrother|stepsister|son|daughter|nephew|niece|grandson|granddaughter|boy|girl|friend|cousin|sibling)$/i;
const SHORT_PARENT =
  /(?<![\p{L}\p{N}.'’])([md])(?=\s+(?:says|said|tearful|upset|reports|reported|has|had|is|was|will|wants|wanted|agreed|told|tells|thinks|feels|felt|rang|called|asked|went|came|took|explained|confirmed|denied|admits|admitted|found|worried|unhappy)\b)/gu;
// One key per family role, so "Mum", "his mum" and "Mother" are the same person.
const SAME_PERSON: Record<string, string> = {
  mum: "mother", mummy: "mother", mam: "mother", mom: "mother",
  dad: "father", daddy: "father",
  stepdad: "stepfather", stepmum: "stepmother",
  grandma: "grandmother", nan: "grandmother", nana: "grandmother", nanna: "grandmother", gran: "grandmother", granny: "grandmother",
  grandad: "grandfather", granddad: "grandfather", grandpa: "grandfather",
  auntie: "aunt", aunty: "aunt",
};

function nounGender(word: string): Gender | undefined {
  const w = word.toLowerCase();
  return roleGender(w) ?? kinGender(w) ?? NOUN_GENDER[w];
}

/** Named and noun referents in text order (one regex pass plus a merge with the people stage). */
export function staticReferents(ctx: RuleContext): Referent[] {
  const text = ctx.text;
  // A name pasted from another child's record stands for the subject.
  const pasted = new Set(ctx.people.pastedNames.map((p) => p.start));
  const bound = boundGenders(ctx);
  const stated = statedGenders(ctx);
  // "the Castle Mead football team", "Hillside Primary": a name that qualifies a place or group is no one a pronoun can mean.
  // ("plays rugby for the Hallbridge Hawks", "lives at the Willows": a name after "the" is a team, a home or a place.)
  const placeOrGroup = (m: Span) => PLACE_OR_GROUP_AFTER.test(text.slice(m.end, m.end + 40)) || /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start));
  const named: Referent[] = ctx.people.all.filter((m) => m.role === "subject" || !placeOrGroup(m)).map((m) => ({
    start: m.start,
    end: m.end,
    gender: titleGender(text, m.start) ?? stated.get(m.entity) ?? (m.gender && m.gender !== "u" ? m.gender : (bound.get(m.entity) ?? m.gender)),
    subject: m.role === "subject" || pasted.has(m.start),
    kind: "name",
    inQuote: m.inQuote,
    key: m.entity,
    adult: m.role === "adult",
    child: m.role === "child",
  }));
  const nouns: Referent[] = [];
  ROLE_NOUN.lastIndex = 0;
  for (let r = ROLE_NOUN.exec(text); r; r = ROLE_NOUN.exec(text)) {
    const start = r.index;
    const before = text.slice(Math.max(0, start - 40), start);
    // ("It was a girl in Year 9", "There was a man at the door": a cleft or "there is" brings in someone particular.)
    const cleft = CLEFT_BEFORE.test(before);
    if ((PREDICATE_BEFORE.test(before) && !cleft) || CHANGE_OF_POST_BEFORE.test(before)) continue;
    if (!FAMILY_NOUN_SET.has(r[1].toLowerCase()) && !DETERMINED_BEFORE.test(before) && !REPORTS_AFTER_TITLE.test(text.slice(start + r[0].length, start + r[0].length + 30))) continue;
    // ("a CAT assessment", "a PET scan": a capitalised acronym is not the animal.)
    // ("horse riding", "the dog walker": the animal word names a thing.)
    if (UNNAMED_ANIMAL.has(r[1].toLowerCase().replace(/\s+/g, " ")) && ((r[1].length > 1 && r[1] === r[1].toUpperCase()) || THING_AFTER_ANIMAL.test(text.slice(start + r[0].length, start + r[0].length + 14)))) continue;
    // "twenty sibling plans", "a parent meeting", "teacher training": a person noun used to describe a thing names nobody.
    if (ATTRIBUTIVE_AFTER.test(text.slice(start + r[0].length, start + r[0].length + 20))) continue;
    const introduced = NAMED_AFTER.test(text.slice(start + r[0].length, start + r[0].length + 30));
    const word = r[1].toLowerCase().replace(/\s+/g, " ");
    // ("a baby brother", "a baby girl": the kin word after it is the person, of its sex.)
    if (word === "baby" && KIN_AFTER_BABY.test(text.slice(start + r[0].length, start + r[0].length + 14))) continue;
    const indefinite = INDEFINITE_BEFORE.test(before) && !introduced;
    const specific = indefinite && (cleft || (!CHILD_NOUN.test(word) && !NONSPECIFIC_BEFORE.test(before)) || (KIN_WORD.test(word) && HAS_KIN_BEFORE.test(before)));
    nouns.push({
      start,
      end: start + r[0].length,
      gender: nounGender(r[1]) ?? statedNounGender(text, start + r[0].length),
      subject: false,
      kind: "noun",
      inQuote: ctx.inQuote(start, start + r[0].length),
      indefinite,
      specific,
      key: indefinite ? undefined : `${RANK_BEFORE.exec(before)?.[1].toLowerCase() ?? ""}${SAME_PERSON[word] ?? word}`,
      adult: !CHILD_NOUN.test(word) && !UNNAMED_CHILD.has(word) && !UNNAMED_ANIMAL.has(word),
      introduced: introduced && INDEFINITE_BEFORE.test(before),
    });
  }
  // "the other child", "another pupil": a child the record sets apart from its own, whom a he/she can mean ("Amy was not hurt,
  // but the other child was and he needed stitches"). (Not "the child" alone: that is as often the record's own.)
  OTHER_CHILD.lastIndex = 0;
  for (let r = OTHER_CHILD.exec(text); r; r = OTHER_CHILD.exec(text)) {
    const start = r.index + r[0].length - r[1].length;
    const end = r.index + r[0].length;
    const indefinite = /^an/i.test(r[0]);
    nouns.push({ start, end, gender: undefined, subject: false, kind: "noun", inQuote: ctx.inQuote(start, end), indefinite, specific: false, key: indefinite ? undefined : `other:${r[1].toLowerCase()}`, adult: false });
  }
  // Shorthand notes write Mum and Dad as a lower-case letter ("m tearful, says she cant cope").
  SHORT_PARENT.lastIndex = 0;
  for (let r = SHORT_PARENT.exec(text); r; r = SHORT_PARENT.exec(text)) {
    const key = r[1] === "m" ? "mother" : "father";
    nouns.push({ start: r.index, end: r.index + 1, gender: r[1] === "m" ? "f" : "m", subject: false, kind: "noun", inQuote: ctx.inQuote(r.index, r.index + 1), key, adult: true });
  }
  // "Mr Sheikh", "Mrs O'Neill": a title and a surname are an adult of the title's gender, whether or not the
  // people stage placed the name (where it did, its own mention wins the merge below).
  TITLED.lastIndex = 0;
  for (let t = TITLED.exec(text); t; t = TITLED.exec(text)) {
    const end = t.index + t[0].length;
    nouns.push({ start: t.index, end, gender: t[1] === "Mr" ? "m" : "f", subject: false, kind: "noun", inQuote: ctx.inQuote(t.index, end), key: `titled:${t[2]}`, adult: true });
  }
  // "Miss was shouting at me", "I told Sir": a pupil's name for a teacher, a woman or a man, when no surname follows.
  ADDRESSED.lastIndex = 0;
  for (let t = ADDRESSED.exec(text); t; t = ADDRESSED.exec(text)) {
    const end = t.index + t[0].length;
    nouns.push({ start: t.index, end, gender: t[0] === "Sir" ? "m" : "f", subject: false, kind: "noun", inQuote: ctx.inQuote(t.index, end), key: t[0], adult: true });
  }
  nouns.push(...initialsMentions(ctx), ...labelMentions(ctx), ...letterMentions(ctx));
  nouns.sort((a, b) => a.start - b.start);
  return appositiveGenders(text, mergeSorted(mergeSorted(named, subjectFormMentions(ctx)), nouns));
}

// "The nurse, Ms Day, reported…", "Mr Obi, her head of year, said…": a role set off by commas beside a name of known sex is
// that person, of that sex. Only where the pair closes on a verb, not on a list ("Present: Mr Lee, the nurse, the GP").
const APPOSITION_GAP = /^\s*,\s*(?:(?:the|her|his|their|its|our|your|my)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
const NAME_THEN_ROLE_GAP = /^\s*,\s*(?:the|her|his|their|our|your|my)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const APPOSITION_CLOSE = /^\s*,?\s+(?!(?:the|an?|and|or|his|her|their|Mr|Mrs|Ms|Miss|Dr|Mx)\b)\p{Ll}/u;
const known = (r: Referent) => r.gender === "f" || r.gender === "m";

/** The same people, with a role noun given the sex of the name it is set beside. One pass over neighbours. */
function appositiveGenders(text: string, list: Referent[]): Referent[] {
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (a.inQuote || a.subject || a.kind === "pronoun") continue;
    let j = i + 1;
    while (j < list.length && list[j].start < a.end) j++;
    const b = list[j];
    if (!b || b.inQuote || b.subject || b.kind === "pronoun") continue;
    // The pair's end: the last of the mentions that overlap b ("Ms Day" and "Day").
    let end = b.end;
    for (let k = j + 1; k < list.length && list[k].start < end; k++) end = Math.max(end, list[k].end);
    if (!APPOSITION_CLOSE.test(text.slice(end, end + 12))) continue;
    if (/,\s*$/.test(text.slice(Math.max(0, a.start - 12), a.start).replace(/(?:the|her|his|their|our|your|my)\s+$/i, ""))) continue;
    const gap = text.slice(a.end, b.start);
    // (A role: an adult's noun, not a pet's or a child's, "Dusty, the pony she rides".)
    const person = (r: Referent) => known(r) && (r.kind === "name" || r.key?.startsWith("titled:") === true);
    const role = (r: Referent) => r.kind === "noun" && !!r.adult && !r.indefinite && !known(r);
    if (role(a) && person(b) && APPOSITION_GAP.test(gap)) list[i] = { ...a, gender: b.gender };
    else if (role(b) && person(a) && NAME_THEN_ROLE_GAP.test(gap)) list[j] = { ...b, gender: a.gender };
  }
  return list;
}

// A name leading its clause and, before the clause ends, a pronoun that can only be its own: a reflexive
// or a possessive straight after the verb ("Ruby showed me her certificate", "Ruby hurt herself").
const BOUND_AFTER = /^(?:['’]s)?\s+(?:\p{Ll}+\s+){1,3}?(?:(?:me|us)\s+)?(her|his|herself|himself)\b/u;
// "her" as a determiner, not an object ("Ruby took her to school"): a lower-case word follows that is not a preposition or article.
const HER_DETERMINES = /^\s+(?!(?:to|and|a|an|the|that|with|home|up|out|back|off|in|on|at|for|from|into|onto|over|again|too|if|when|as|because|so|but|or)\b)\p{Ll}/u;
const CLAUSE_CUT = /[,;:.!?()]|\b(?:and|but|because|when|while|so|who|which|that|if|said|says|told|tells|with|to|for)\b/;

/** One gender vote for an entity. */
function addVote(votes: Map<string, Set<Gender>>, entity: string, g: Gender): void {
  const set = votes.get(entity) ?? new Set<Gender>();
  set.add(g);
  votes.set(entity, set);
}

/** The entities whose every vote agrees, with that gender. */
function unanimous(votes: Map<string, Set<Gender>>): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const [entity, set] of votes) if (set.size === 1) out.set(entity, [...set][0]);
  return out;
}

/**
 * The gender a record gives a person whose name does not tell it (Ruby, Esme, Jo): from the pronouns
 * bound to their name in their own clause, when every such pronoun agrees. The subject's own are left
 * out (they may be the subject's), and so are mentions inside quotes.
 */
function boundGenders(ctx: RuleContext): Map<string, Gender> {
  const text = ctx.text;
  const votes = new Map<string, Set<Gender>>();
  for (const m of ctx.people.all) {
    if (m.role === "subject" || m.inQuote || (m.gender && m.gender !== "u")) continue;
    const after = text.slice(m.end, m.end + 50);
    const b = BOUND_AFTER.exec(after);
    if (!b) continue;
    const cut = CLAUSE_CUT.exec(after.slice(0, b.index + b[0].length - b[1].length));
    if (cut) continue;
    if (b[1].toLowerCase() === "her" && !HER_DETERMINES.test(after.slice(b.index + b[0].length))) continue;
    const g: Gender = /^her/i.test(b[1]) ? "f" : "m";
    addVote(votes, m.entity, g);
  }
  return unanimous(votes);
}

// "Mr Kaplan" and "Mrs Kaplan" can be one entity to the people stage; the title says which is meant.
const TITLE_BEFORE = /(?<![\p{L}])(Mr|Mrs|Ms|Miss)\.?\s+$/u;
const titleGender = (text: string, start: number): Gender | undefined => {
  const t = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
  return t ? (t[1] === "Mr" ? "m" : "f") : undefined;
};

// "Devon is a boy she knows", "Jo is a woman from church": the record says what the person is, which
// settles a gender the name only guesses at.
const STATED_AFTER = /^\s+(?:is|was)\s+(?:an?|the)\s+(?:[\p{Ll}-]+,?\s+){0,2}?(boy|girl|man|woman|lad|lady|gentleman|brother|sister|son|daughter)\b/u;
function statedGenders(ctx: RuleContext): Map<string, Gender> {
  const votes = new Map<string, Set<Gender>>();
  for (const m of ctx.people.all) {
    if (m.role === "subject" || m.inQuote) continue;
    const s = STATED_AFTER.exec(ctx.text.slice(m.end, m.end + 50));
    const g = s ? nounGender(s[1]) : undefined;
    if (!g || g === "u") continue;
    addVote(votes, m.entity, g);
  }
  return unanimous(votes);
}

// "the lifeguard at the pool, who is a woman", "The caretaker is a man in his sixties": what the record says of someone
// known only by a noun of unknown sex settles it, as for a name (statedGenders).
const NOUN_STATED_AFTER = /^(?:\s+(?:at|from|in|on)\s+[^,.;:!?\n]{1,30}?)?,?\s+(?:who\s+)?(?:is|was)\s+an?\s+(?:[\p{Ll}-]+,?\s+){0,2}?(man|woman|lady|gentleman)\b/u;
function statedNounGender(text: string, end: number): Gender | undefined {
  const s = NOUN_STATED_AFTER.exec(text.slice(end, end + 70));
  return s ? nounGender(s[1]) : undefined;
}

const LETTER_OR_DIGIT_I = /[\p{L}\p{N}]/iu;

/**
 * The subject's own given names, found straight from the profile: the people stage can miss one
 * (a name that is also a word, "River", "Summer"), and shorthand notes write names in lower case
 * ("safety plan agreed w/ jax"). A lower-case form counts when the record writes it that way more
 * than once (a single "autumn" is more likely the season than the child).
 */
function subjectFormMentions(ctx: RuleContext): Referent[] {
  const out: Referent[] = [];
  const text = ctx.text;
  // The subject's given names, and a label that stands for the subject's whole name ("Child A").
  const labels = [...ctx.profile.subjectForms].filter(isAnonymisedLabel);
  for (const form of [...ctx.profile.subjectGivenForms, ...labels]) {
    if (form.length < 2) continue;
    const lower: Referent[] = [];
    // (?<![\p{L}\p{N}])form(?![\p{L}\p{N}]) with the i and u flags, without compiling the classes per child.
    for (const m of boundedMatches(text, form, "giu", LETTER_OR_DIGIT_I, LETTER_OR_DIGIT_I)) {
      const first = m[0].charAt(0);
      const r: Referent = { start: m.index, end: m.index + m[0].length, gender: undefined, subject: true, kind: "name", inQuote: ctx.inQuote(m.index, m.index + m[0].length) };
      if (first !== first.toLowerCase()) out.push(r);
      else if (form.length >= 3 && m[0] === form) lower.push(r);
    }
    if (lower.length >= 2) for (const r of lower) out.push(r);
  }
  return out.sort((a, b) => a.start - b.start);
}

// Minutes and e-mails name professionals by their initials: "Present: JT (school), PM (health visitor)",
// "Jo Tait (JT)". Such a token is a person of unknown gender wherever it appears ("JT said he has no
// concerns"). A token is taken for initials only where the record says so: on an attendance line, with
// a bracketed role whose words do not spell it out (unlike "PEP (personal education plan)"), or in
// brackets after a name whose initials it is. Such a person is weak: when the subject is named after
// them, not as an owner ("JT said Grace has settled and he…"), the pronoun is still the subject's.
const INITIALS = /(?<![\p{L}\p{N}&])([A-Z]{2,3})(?![\p{L}\p{N}&])/gu;
const ATTENDANCE_LINE = /^[ \t]*(?:present|attendees|attending|in attendance|attended by|apologies|also present|distribution)\b[^:\n]{0,20}:/gim;
const ROLE_IN_BRACKETS = /^\s*\(([^()\n]{2,40})\)/;
const INITIALS_ROLE_AFTER = /^\s+(?:is|was)\s+(?:the|her|his|their|a|an)\s+(?:(?:\p{L}+['’]s?|maternal|paternal|birth|biological|natural|younger|older)\s+){0,2}(\p{L}+)\b/u;

/** Whether the token's letters appear, in order, as the first letters of the words (an acronym's expansion). */
function spells(token: string, words: string): boolean {
  const firsts = (words.match(/[\p{L}]+/gu) ?? []).map((w) => w[0].toUpperCase()).join("");
  let i = 0;
  for (const ch of firsts) if (ch === token[i]) i++;
  return i === token.length;
}

// Children anonymised by a label, as reviews and judgments name them: "Child E", "Sibling 2", "Baby K". Their
// gender is unknown until a pronoun says it, so a he/she near one may well be theirs ("Child E was born in
// March. He is now five months old.").
const CHILD_LABEL = /\b(?:Child|Sibling|Baby|Young\s+Person)\s+(?:[A-Z]{1,2}\d{0,2}|\d{1,2})(?![\p{L}\p{N}])/gu;

function labelMentions(ctx: RuleContext): Referent[] {
  const out: Referent[] = [];
  CHILD_LABEL.lastIndex = 0;
  for (let m = CHILD_LABEL.exec(ctx.text); m; m = CHILD_LABEL.exec(ctx.text)) {
    const label = m[0].replace(/\s+/g, " ");
    // A label in brackets only glosses someone already spoken of ("another child (Child M on the form) ran
    // into her"): that someone, not the label, is whom a later pronoun can mean.
    if (ctx.profile.subjectForms.has(label.toLowerCase()) || /\(\s*$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, gender: undefined, subject: false, kind: "noun", inQuote: ctx.inQuote(m.index, end), key: label, child: true });
  }
  return out;
}

// Judgments and reviews call children by a single letter ("A told her teacher…", "B's school"). A capital
// letter alone, straight before a verb a person does or a possessive, is someone: a he/she near it may be
// theirs (with a girl "A" as the subject, "B told his teacher" is B's teacher, not a wrong pronoun).
// "A" before a verb cannot be the article; "I" is the writer.
const LETTER_PERSON = new RegExp(`(?<![\\p{L}\\p{N}.'’&-])([A-HJ-Z])(?=['’]s\\s|\\s+(?:${PERSON_VERB_SOURCE})\\b)`, "gu");

function letterMentions(ctx: RuleContext): Referent[] {
  const out: Referent[] = [];
  LETTER_PERSON.lastIndex = 0;
  for (let m = LETTER_PERSON.exec(ctx.text); m; m = LETTER_PERSON.exec(ctx.text)) {
    if (ctx.profile.subjectForms.has(m[1].toLowerCase())) continue;
    const end = m.index + 1;
    out.push({ start: m.index, end, gender: undefined, subject: false, kind: "noun", inQuote: ctx.inQuote(m.index, end), key: `letter:${m[1]}` });
  }
  return out;
}

function initialsMentions(ctx: RuleContext): Referent[] {
  const text = ctx.text;
  const people = new Set<string>();
  const genders = new Map<string, Gender>();
  // The subject's own initials ("Grace Lee" is GL, "Grace Ann Lee" GAL or GL) are the subject, not someone else.
  const parts = ctx.profile.subjectName.split(/\s+/).filter(Boolean);
  const own = new Set([parts.map((p) => p[0]).join(""), parts.length > 2 ? parts[0][0] + parts[parts.length - 1][0] : ""].map((x) => x.toUpperCase()));
  const lines: Array<[number, number]> = [];
  ATTENDANCE_LINE.lastIndex = 0;
  for (let a = ATTENDANCE_LINE.exec(text); a; a = ATTENDANCE_LINE.exec(text)) {
    const end = text.indexOf("\n", a.index);
    lines.push([a.index, end < 0 ? text.length : end]);
  }
  const all: Array<{ start: number; end: number; token: string }> = [];
  INITIALS.lastIndex = 0;
  for (let m = INITIALS.exec(text); m; m = INITIALS.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const token = m[1];
    all.push({ start, end, token });
    if (own.has(token)) continue;
    if (text.slice(end).startsWith(")")) {
      // "Jo Tait (JT)": a person the people stage found, written just before the bracket.
      const before = text.slice(Math.max(0, start - 3), start);
      if (/\(\s*$/.test(before)) {
        const open = start - before.length + before.lastIndexOf("(");
        const m = ctx.people.all.find((x) => x.end <= open && /^\s*$/.test(text.slice(x.end, open)) && open - x.end <= 2);
        if (m && text.slice(m.start, m.end).replace(/[^\p{Lu}]/gu, "").endsWith(token.slice(-1)) && text[m.start] === token[0]) {
          if (m.role === "subject") own.add(token);
          else {
            people.add(token);
            if (m.gender && m.gender !== "u") genders.set(token, m.gender);
          }
          continue;
        }
      }
    }
    const role = ROLE_IN_BRACKETS.exec(text.slice(end, end + 44));
    if (role && /\p{Ll}/u.test(role[1]) && !spells(token, role[1])) {
      people.add(token);
      const g = /^\s*['"‘“]?(?:the\s+|child's\s+|\p{L}+['’]s\s+)?(\p{L}+)/u.exec(role[1]);
      const rg = g ? nounGender(g[1]) : undefined;
      if (rg && rg !== "u") genders.set(token, rg);
      continue;
    }
    // "TN is the father of Child A", "GK is the children's maternal grandmother": initials that a
    // sentence says are a parent or relative are that person.
    const said = INITIALS_ROLE_AFTER.exec(text.slice(end, end + 60));
    const sg = said ? nounGender(said[1]) : undefined;
    if (sg && sg !== "u") {
      people.add(token);
      genders.set(token, sg);
      continue;
    }
    if (lines.some(([s, e]) => start >= s && end <= e)) {
      people.add(token);
      continue;
    }
  }
  if (!people.size) return [];
  return all
    .filter((t) => people.has(t.token))
    .map((t) => ({ start: t.start, end: t.end, gender: genders.get(t.token), subject: false, kind: "name" as const, inQuote: ctx.inQuote(t.start, t.end), key: `initials:${t.token}`, adult: true, weak: !genders.has(t.token) }));
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
