// Sense checks for judgemental entries that are fair wording in some contexts ("consensual" about
// medical treatment, "boyfriend" of a same-age friend, "aggressive" followed by what happened).
import type { Guard } from "../jargon/lexicon";
import { around } from "../jargon/guards";
import { otherParty, subjectAge } from "./ages";
import { firstAtOrAfter } from "../../text/span";
import { NAMING_AS_VERBS } from "./naming-verbs";

const EXPLOITATION =
  /\b(?:sex|sexual|sexually|exploit\w*|groom\w*|abus\w*|older\s+(?:men|males|man|boys?)|adult\s+(?:men|males|man)|\d{2}[- ]year[- ]old\s+(?:man|men|male)|county\s+lines|gangs?|drugs?|CSE|CCE|traffick\w*|pimp\w*|alcohol|vapes?|cars?\s+with)\b/i;

/** The sentence or the one before it speaks of sexual or criminal exploitation or abuse. */
export const exploitationContext: Guard = (ctx, start) => {
  const s = ctx.sentenceAt(start);
  return EXPLOITATION.test(ctx.text.slice(Math.max(0, s.start - 300), s.end));
};

const PARENTS_PARTNER = /\b(?:mum|mum's|mother's|dad's|father's|nan's|gran's|parent's|carer's|sister's|brother's|aunt's|his\s+mum's|her\s+mum's|mum\s+and\s+her|mother\s+and\s+her)\s+(?:new\s+)?$/i;
// An adult named or aged in the sentence; "a boyfriend who is 19" gives the age in a relative clause.
const ADULT_CUE =
  /\b(?:older|adult|man|men|aged\s+(?:1[89]|[2-9]\d)|(?:1[89]|[2-9]\d)[- ]year[- ]old|in\s+his\s+(?:twenties|thirties|forties)|who\s+(?:is|was)\s+(?:now\s+)?(?:aged\s+)?(?:1[89]|[2-9]\d))\b|\((?:1[89]|[2-9]\d)\)/i;

/** The sentence and the one before it: an adult's age is often given where the person is first named. */
function sentenceAndPrevious(ctx: Parameters<Guard>[0], start: number): string {
  const s = ctx.sentenceAt(start);
  const prev = s.start > 0 ? ctx.sentenceAt(Math.max(0, s.start - 2)) : s;
  return ctx.text.slice(Math.min(prev.start, s.start), s.end);
}

/**
 * "boyfriend" where the other person is an adult or much older — never a parent's partner. The other
 * person's age comes from the people stage wherever the record gave it ("Craig (31)" two sentences
 * back, "Craig, who is 24"); a named partner of the child's own age is a peer.
 */
export const adultPartner: Guard = (ctx, start, end) => {
  const { before, sentence } = around(ctx, start, end, 40);
  if (PARENTS_PARTNER.test(before) || someoneElsesPartner(ctx, start, before)) return false;
  if (/older|her man/i.test(ctx.text.slice(start, end))) return true;
  // The record states the gap: "her boyfriend is two years older" (a near-peer), "…is six years older".
  const gap = STATED_GAP.exec(ctx.text.slice(end, end + 60));
  if (gap) return yearsFrom(gap[1]) >= 3;
  const party = otherParty(ctx, start, end);
  if (party.adult) return true;
  if (party.peer) return false;
  // Only the child's mother or father named nearby: "her boyfriend" is most likely the parent's.
  if (party.familyOnly) return ADULT_CUE.test(sentence) && !/^\s*(?:Her|His|Their)\b/.test(sentence);
  return ADULT_CUE.test(sentence) || ADULT_CUE.test(sentenceAndPrevious(ctx, start));
};

// "boyfriend is two years older", "girlfriend, who is a year older": the age gap the record states.
const STATED_GAP = /^[ \t]*,?[ \t]*(?:who\s+)?(?:is|was|being)\s+(?:only\s+|just\s+|about\s+|around\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+older\b/i;
const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const yearsFrom = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

// "Tamsin's boyfriend": a partner named by another person's possessive.
const NAMED_POSSESSOR = /(\p{Lu}[\p{L}'’-]*)['’]s\s+(?:new\s+|so-called\s+)?$/u;

/**
 * Whose partner the words name: "his girlfriend" in a girl's record is someone else's; "the boyfriend"
 * after the record has spoken of "her mum's boyfriend" is that same man (a parent's partner).
 */
function someoneElsesPartner(ctx: Parameters<Guard>[0], start: number, before: string): boolean {
  const possessive = /\b(his|her|their)\s+(?:new\s+|older\s+|so-called\s+)?$/i.exec(before)?.[1].toLowerCase();
  const own = ctx.profile.pronouns?.possessive;
  if (possessive && own && own !== "their" && possessive !== "their" && possessive !== own) return true;
  if (possessive && otherPersonOpensClause(ctx, start)) return true;
  // Another person's partner by name ("Tamsin's boyfriend"): the person the people stage found there is not the subject.
  const named = NAMED_POSSESSOR.exec(before);
  if (named) {
    const at = start - (before.length - named.index) + named[1].length;
    const all = ctx.people.all;
    const mention = all[firstAtOrAfter(all, at) - 1];
    if (mention && mention.end === at && mention.role !== "subject") return true;
  }
  if (!/\bthe\s+(?:new\s+)?$/i.test(before)) return false;
  const word = /^\p{L}+/u.exec(ctx.text.slice(start))?.[0] ?? "";
  const earlier = ctx.text.slice(Math.max(0, start - 3000), Math.max(0, start - before.length));
  return new RegExp(`${PARENTS_PARTNER.source.replace(/\$$/, "")}${word}s?\\b`, "i").test(earlier);
}

/**
 * "Sister Zainab (19) lives with her boyfriend": the sentence (or a list line) opens with another person,
 * and the subject child is not named, nor their pronoun used, before the words: "her" is that person's.
 */
function otherPersonOpensClause(ctx: Parameters<Guard>[0], start: number): boolean {
  const s = ctx.sentenceAt(start);
  const lineAt = ctx.text.lastIndexOf("\n", start - 1) + 1;
  const from = Math.max(s.start, lineAt);
  const all = ctx.people.all;
  const first = all[firstAtOrAfter(all, from)];
  if (!first || first.end > start || first.role === "subject" || !/^[\s\-–•*]*(?:(?:my|her|his|their|older|younger|big|little|half-?|step-?)\s*)*[\p{L}-]*\s*$/iu.test(ctx.text.slice(from, first.start))) return false;
  const pronoun = ctx.profile.pronouns?.subject;
  const between = ctx.text.slice(first.end, start);
  if (pronoun && new RegExp(`\\b${pronoun}\\b`, "i").test(between)) return false;
  for (let i = firstAtOrAfter(all, first.end); i < all.length && all[i].start < start; i++) if (all[i].role === "subject") return false;
  return true;
}

/** A child "in a relationship with" someone the record shows to be an adult (age known to the people stage, or stated here or just before). */
export const adultOtherParty: Guard = (ctx, start, end) => {
  const { before } = around(ctx, start, end, 40);
  if (PARENTS_PARTNER.test(before) || /\b(?:mum|mother|dad|father|parents?|carer)\s+(?:is|was|has\s+been)?\s*$/i.test(before)) return false;
  const party = otherParty(ctx, start);
  if (party.adult) return true;
  if (party.peer) return false;
  return ADULT_CUE.test(sentenceAndPrevious(ctx, start)) || EXPLOITATION.test(sentenceAndPrevious(ctx, start));
};

// Signs of exploitation other than the words about sex themselves.
const EXPLOITATION_SIGNS =
  /\b(?:exploit\w*|groom\w*|abus\w*|coerc\w*|older\s+(?:men|males|man|boys?)|adult\s+(?:men|males|man)|\d{2}[- ]year[- ]old\s+(?:man|men|male)|county\s+lines|gangs?|drugs?|CSE|CCE|traffick\w*|pimp\w*|alcohol|vapes?|cars?\s+with|in\s+exchange|money|gifts?)\b/i;

// A sexual-health or contraception setting, where the words can describe a peer relationship neutrally.
const HEALTH_SETTING = /\b(?:contracepti\w*|sexual health|clinic|school nurse|condoms?|pill|implant|GUM|C-?card|pregnancy test)\b/i;
const YOUNGER_THAN_CONSENT = 13;
const AGE_OF_CONSENT = 16;
const ADULT_AGE = 18;

/**
 * "sexually active" of a child: always under 13 (a child that young cannot consent: it is abuse), and
 * for an older child when the other person is an adult or much older, when there are signs of
 * exploitation, or when the child is under 16 and nothing shows a peer relationship talked about in a
 * health setting. Not for a 16- or 17-year-old with a partner of their own age, nor in a sexual-health
 * note about peers. With no age known, flagged: the guidance asks for it unless the record shows otherwise.
 */
export const childSexualActivity: Guard = (ctx, start, end) => {
  // "sleep with the light on", "slept with her teddy": sleeping, not sex, unless a person follows.
  if (/^sle/i.test(ctx.text.slice(start, end)) && !personFollows(ctx, end)) return false;
  const age = subjectAge(ctx);
  if (age !== undefined && age.lo < YOUNGER_THAN_CONSENT) return true;
  const party = otherParty(ctx, start);
  if (party.adult || EXPLOITATION_SIGNS.test(sentenceAndPrevious(ctx, start))) return true;
  if (age === undefined) return true;
  const health = HEALTH_SETTING.test(sentenceAndPrevious(ctx, start));
  if (age.lo < AGE_OF_CONSENT) return !(party.peer && health);
  return !(party.peer || health);
};

const PERSON_OBJECT =
  /^\s+(?:him|her|them|men|males|boys|girls|adults?|someone|somebody|anyone|people|strangers|various|several|multiple|older|an?\s+(?:older|adult|\d{2}[- ]year[- ]old)?\s*(?:man|men|male|boy|girl|woman|person|adult|stranger)|(?:her|his|their)\s+(?:boyfriend|girlfriend|partner))\b/i;

/** A person right after the words: a pronoun or person noun, or a name the people stage found. */
function personFollows(ctx: Parameters<Guard>[0], end: number): boolean {
  if (PERSON_OBJECT.test(ctx.text.slice(end, end + 40))) return true;
  const all = ctx.people.all;
  const next = all[firstAtOrAfter(all, end)];
  return next !== undefined && next.start - end <= 2;
}

/**
 * Why the words matter for this child's age, when it changes the message (under 13: abuse, not activity; under 18: a
 * child's "choice" of harm).
 */
export function ageNote(ctx: Parameters<Guard>[0], about: "sex" | "choice" = "sex"): string | undefined {
  const age = subjectAge(ctx);
  if (age === undefined) return undefined;
  const years = Math.floor(age.lo);
  if (about === "choice") return years < ADULT_AGE ? `the child is ${years}, and a child cannot choose to be harmed or exploited` : undefined;
  if (years < YOUNGER_THAN_CONSENT) return `the child is ${years}: a child under 13 cannot consent, so this is sexual abuse, a safeguarding concern, not a choice`;
  if (years < AGE_OF_CONSENT) return `the child is ${years}: sexual activity under 16 is a safeguarding concern, not a choice`;
  return undefined;
}

// A court's order, injunction or directions: compliance with it is a legal fact the court must record.
const COURT_ORDER = /\b(?:court\s+orders?|orders?\s+of\s+the\s+court|(?:care|supervision|contact|child\s+arrangements|non-molestation|prohibited\s+steps|specific\s+issue|occupation|committal)\s+orders?|injunctions?|undertakings?\s+to\s+the\s+court|the\s+court's\s+directions|bail\s+conditions)\b/i;

/** "non-compliant" with a plan, an appointment or medication — not compliance with a court's order. */
export const notCourtOrderCompliance: Guard = (ctx, start) => {
  const s = ctx.sentenceAt(start);
  return !COURT_ORDER.test(ctx.text.slice(s.start, Math.min(s.end, s.start + 600)));
};

/** A person's refusal or failure to engage — not services' failure to engage with the family ("a failure to engage with
 *  the family may have serious implications", "workers failed to engage with the parents"). */
export const notServicesWithFamily: Guard = (ctx, start, end) =>
  !/^\s+with\s+(?:the|this|that|these|those|a)\s+(?:famil(?:y|ies)|parents?|carers?)\b(?![\s'’-]*(?:s\b)?\s*(?:support|workers?|hub|services?|teams?|cent(?:re|er)|groups?|nurses?|partnership|court|time|meetings?|sessions?|programmes?|courses?|practitioners?)\b)/i.test(
    around(ctx, start, end).after,
  );

/** "sleeps around" as a judgement — not "trouble sleeping around the time of the hearing" (around a time). */
export const notAroundATime: Guard = (ctx, start, end) => {
  if (!/around$/i.test(ctx.text.slice(start, end))) return true;
  return !/^\s+(?:the|a|an|this|that|these|those|his|her|their|midnight|noon|bedtime|lunchtime|\d)/i.test(ctx.text.slice(end, end + 20));
};

/** "defensive" about a person's manner — not defensive wounds or injuries. */
export const notInjurySense: Guard = (ctx, start, end) =>
  !/^\s*(?:wounds?|injur\w*|marks?|bruis\w*|driving|position)\b/i.test(around(ctx, start, end).after) && !ofAThing(ctx, start, end);

/** "dropped out" of school or college — not a call or a signal that dropped out. */
export const educationContext: Guard = (ctx, start, end) =>
  /\b(?:school|college|education|course|university|sixth\s+form|training|apprenticeship|class|lessons|exams?)\b/i.test(around(ctx, start, end).sentence);

// ("bit" as a bite, not the degree word of "a bit rude".)
const EVIDENCE_OR_ADULT_HARM =
  /\b(?:threw|throw\w*|hit|hits|hitting|punch\w*|kick\w*\b(?!\s+off\b)|push\w*|shout\w*|swore|swear\w*|slap\w*|struck|strike|grab\w*|assault\w*|(?<!\ba\s|\blittle\s)bit|spat|domestic|partner|threaten\w*|smash\w*|broke|damag\w*)\b/i;

// A name for the person ("a little terror", "a waste of space", "a brat"): an insult stays a judgement
// whatever the sentence says happened; only a thing ("the morning was a nightmare") escapes it.
const NAME_FOR_A_PERSON = /^(?:a|an)\s/i;

/** A bare label: not followed by what happened, and not naming an adult's domestic abuse. */
export const unevidencedLabel: Guard = (ctx, start, end) => {
  if (ofAThing(ctx, start, end)) return false;
  if (NAME_FOR_A_PERSON.test(ctx.text.slice(start, end))) return true;
  // The label's own words are not its evidence: "threatening behaviour" is not evidenced by "threatening".
  const s = ctx.sentenceAt(start);
  const sentence = ctx.text.slice(s.start, Math.max(s.end, end));
  return !EVIDENCE_OR_ADULT_HARM.test(`${sentence.slice(0, start - s.start)} ${sentence.slice(end - s.start)}`);
};

// Things a word of manner often describes in its ordinary sense: an illness or its treatment, an
// animal, a time, the traffic, the weather. (Not a meeting or a hearing: "Dad at the hearing was
// aggressive" is about Dad.) (A home, a household or a lifestyle is the
// family's, and stays a judgement.)
const THING =
  "(?:dogs?|animals?|cats?|horses?|mornings?|afternoons?|evenings?|nights?|days?|weeks?|weekends?|times?|periods?|start|traffic|roads?|weather|environment|treatment|therapy|chemotherapy|cancers?|tumou?rs?|disease|illness|condition|infection|virus|market|schedule|timetable|journey|situation)";
const THING_BEFORE = new RegExp(`\\b${THING}\\s+(?:is|was|were|are|has\\s+been|had\\s+been|became|seemed|looked|felt|can\\s+be|could\\s+be|will\\s+be|would\\s+be)\\s+(?:(?:very|quite|so|really|extremely|a\\s+bit|rather|particularly|more|most)\\s+)*$`, "i");
const THING_AFTER = new RegExp(`^\\s+${THING}\\b`, "i");

/** "The dog is aggressive", "a hostile environment", "the traffic was chaotic": the word describes a thing, not a person. */
export function ofAThing(ctx: Parameters<Guard>[0], start: number, end: number): boolean {
  const { before, after } = around(ctx, start, end);
  return THING_AFTER.test(after) || THING_BEFORE.test(before);
}

// Right after a functioning label: the person it sorts ("low-functioning autism", "a high-functioning boy"),
// or a word that ends the phrase; any other word is the noun it describes ("a high-functioning team").
const FUNCTIONING_PERSON_AFTER = /^\s*(?:autism|autistic|ASD|child|children|boy|girl|young\s+(?:person|people)|person|people|adults?|man|woman|pupils?|students?)\b/i;
const PHRASE_ENDS_AFTER = /^\s*(?:$|[^\p{L}\s]|(?:and|or|but|at|in|on|with|for|to|since|when|because|who|compared|than|by|now|today|then|too|as|if)\b)/iu;

/** A functioning label said of a person ("she is low functioning"), not of a team or an approach. */
export const functioningOfAPerson: Guard = (ctx, start, end) => {
  const { after } = around(ctx, start, end);
  if (FUNCTIONING_PERSON_AFTER.test(after)) return true;
  return PHRASE_ENDS_AFTER.test(after) && !ofAThing(ctx, start, end);
};

/** A label that describes a person or their home — not a thing ("the traffic was chaotic", "an aggressive cancer"). */
export const notOfAThing: Guard = (ctx, start, end) => !ofAThing(ctx, start, end);

/** "failed to protect" the child — not a parent "unable to protect herself" from a partner's violence. */
export const notSelfProtection: Guard = (ctx, start, end) => !/^\s*(?:herself|himself|themselves|themself|myself)\b/i.test(around(ctx, start, end).after);

/** "kicked off" as distress — not a meeting or match that kicked off at 10am. */
export const notAnEventStart: Guard = (ctx, start, end) => {
  const { before, after } = around(ctx, start, end);
  if (/^\s*(?:at\s+\d|on\s+time|early|late)/i.test(after)) return false;
  return !/\b(?:meeting|session|match|game|conference|review|event|party|hearing|day|training)\s+(?:has\s+|had\s+|was\s+)?$/i.test(before);
};

/** "alleged" about what a child said — not an alleged perpetrator or a police or court matter. */
export const notLegalAllegation: Guard = (ctx, start, end) => {
  const { after, sentence } = around(ctx, start, end);
  // "the alleged perpetrator", "it was alleged the perpetrator exploited…": an allegation against an adult named as its perpetrator.
  if (/^\s*(?:(?:that\s+)?(?:the|a|an|his|her|their)\s+)?(?:perpetrators?|offenders?|abusers?|breach|offences?|assailants?|suspects?)\b/i.test(after)) return false;
  // Abuse between adults ("parental drug use and alleged domestic abuse"): not a child's account doubted.
  if (/^\s*(?:domestic\s+(?:abuse|violence)|coercive\s+control|assaults?\s+on\s+(?:the\s+)?(?:mother|father|partner|mum|dad))\b/i.test(after)) return false;
  return !/\b(?:police|LADO|court|CPS|charged|arrest\w*|bail\w*|investigat\w*|crime|criminal|judge|findings?)\b/i.test(sentence);
};

/** "a handful" as a label — not "a handful of signs". */
export const notAQuantity: Guard = (ctx, start, end) => !/^\s*of\b/i.test(around(ctx, start, end).after);

// Words between a verb's subject and the verb that do not change who acts ("Mum has also repeatedly
// minimised…", "Dad continues to play down…", "she may be minimising").
export const BETWEEN =
  /^(?:also|still|again|often|repeatedly|consistently|continually|clearly|significantly|further|always|sometimes|then|now|initially|largely|completely|really|very|somewhat|tends?|tended|appears?|appeared|seems?|seemed|continues?|continued|tries|tried|attempts?|attempted|sought|has|have|had|is|was|were|are|be|been|being|would|will|could|can|may|might|should|must|not|never|did|does|do|and|or|both)$/i;
const BE = /^(?:is|was|were|are|be|been|being)$/i;
const MODAL_OR_TO_VERB = /^(?:tends?|tended|appears?|appeared|seems?|seemed|continues?|continued|tries|tried|attempts?|attempted|sought)$/i;
// A person as the subject: a pronoun other than the writer's own, a family or role noun, a title.
const PERSON_WORD =
  /^(?:he|she|they|who|mum|mother|dad|father|parents?|carers?|partner|step-?(?:mother|father|mum|dad)|grand(?:mother|father|parents?)|nan|gran|aunt|auntie|uncle|guardian|child|boy|girl|young person|couple|both)$/i;
const CLAUSE_BREAK = /[.;:!?()\n\u2013\u2014]/;

/**
 * A note's list of a person's states: "Dad in denial, minimising the bruises." The part before the comma
 * opens with the person and has no verb of its own, so the participle after it is theirs.
 */
function listedAfterAPerson(ctx: Parameters<Guard>[0], sentenceStart: number, clauseStart: number): boolean {
  if (ctx.text[clauseStart - 1] !== ",") return false;
  const from = Math.max(sentenceStart, lineStartOf(ctx.text, clauseStart));
  const head = ctx.text.slice(from, clauseStart - 1).replace(/^[\s\-–•*]+/, "");
  const offset = clauseStart - 1 - head.length;
  const words = [...head.matchAll(/[\p{L}'’-]+/gu)].map((m) => ({ word: m[0], at: offset + m.index }));
  if (words.length < 2 || words.length > 6 || /[,;:]/.test(head)) return false;
  if (words.some((w) => /^(?:is|was|were|are|has|had|have|will|would|said|says|told|felt|to)$/i.test(w.word))) return false;
  return isPerson(ctx, words, 0);
}

function lineStartOf(text: string, at: number): number {
  const nl = text.lastIndexOf("\n", at - 1);
  return nl + 1;
}

// What the words say was done is shown by evidence named right after them: "…, which the test results show",
// "…, as the CCTV confirmed".
const EVIDENCE_SHOWS_AFTER =
  /^[^.;!?]{0,40}?,?\s*(?:which|as)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:results?|tests?|evidence|records?|CCTV|footage|screening|analysis|readings?)\s+(?:\w+\s+)?(?:show|shows|showed|shown|confirm|confirms|confirmed|prove|proves|proved|establish|establishes|established)\b/iu;

/**
 * "Mum minimised the injury", "Dad was minimising", "she plays it down": a person as the verb's
 * subject. Not a plan or an action meant to reduce something ("to minimise disruption", "this will
 * minimise the risk", "by minimising delay"), a passive ("the risk was minimised"), nor the writer.
 */
export const personAsSubject: Guard = (ctx, start, end) => {
  const s = ctx.sentenceAt(start);
  // A finding with its evidence: "She minimised her drinking, which the hair-strand results plainly show".
  if (EVIDENCE_SHOWS_AFTER.test(ctx.text.slice(end, Math.min(s.end, end + 120)))) return false;
  const from = Math.max(s.start, start - 120);
  let clauseStart = start;
  while (clauseStart > from && !CLAUSE_BREAK.test(ctx.text[clauseStart - 1])) clauseStart--;
  const clause = ctx.text.slice(clauseStart, start);
  const words = [...clause.matchAll(/[\p{L}'’-]+/gu)].map((m) => ({ word: m[0], at: clauseStart + m.index }));
  const verb = ctx.text.slice(start, end).split(/\s+/)[0].toLowerCase();
  const participle = /ed$/.test(verb) || verb === "played";
  let i = words.length - 1;
  // Passive: "was minimised", "has been played down".
  if (participle && i >= 0 && BE.test(words[i].word)) return false;
  for (; i >= 0; i--) {
    const w = words[i].word;
    if (/^to$/i.test(w)) {
      // "continues to play down" keeps the subject; "in order to / aims to / plan to minimise" is a purpose.
      if (i > 0 && MODAL_OR_TO_VERB.test(words[i - 1].word)) continue;
      return false;
    }
    if (!BETWEEN.test(w)) break;
  }
  if (i < 0) return false; // no subject in the clause: a gerund or a heading
  if (/^(?:by|for|of|in|on|at|without|from|with|about|towards|into|help|helps|helped|helping)$/i.test(words[i].word)) return false;
  if (isPerson(ctx, words, i)) return true;
  const comma = /,[ \t]*$/.exec(clause);
  if (comma && listedAfterAPerson(ctx, s.start, clauseStart + comma.index + 1)) return true;
  // Coordinated predicates share their subject: "Mum is very defensive and appears to be minimising".
  const and = words.findIndex((w, k) => k > i && /^and$/i.test(w.word));
  if (and < 0) return false;
  // Past the first predicate's own words ("is very defensive") to its subject; another noun stops it.
  let k = i - 1;
  while (k >= 0 && BETWEEN.test(words[k].word) && !/^(?:and|or)$/i.test(words[k].word)) k--;
  return k >= 0 && k < i - 1 && isPerson(ctx, words, k);
};

export function isPerson(ctx: Parameters<Guard>[0], words: ReadonlyArray<{ word: string; at: number }>, i: number): boolean {
  const subject = words[i];
  if (PERSON_WORD.test(subject.word)) return true;
  // A person the people stage found, ending at the subject word ("Ms Price", "Kayla").
  const all = ctx.people.all;
  const mention = all[firstAtOrAfter(all, subject.at + 1) - 1];
  if (mention && mention.end >= subject.at + subject.word.length - 2 && mention.start <= subject.at) return true;
  // A capitalised name after a title the people stage did not place.
  if (/^\p{Lu}/u.test(subject.word) && i > 0 && /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?$/.test(words[i - 1].word)) return true;
  return INITIALS.test(subject.word) && speakingInitials(ctx).has(subject.word);
}

// A person named by initials (FORMAT.md, Ruling 7: "MK said"), which the people stage does not place: letters
// the record uses as a speaker somewhere ("KF said", "HN told me"), so not an organisation or a form.
const INITIALS = /^[A-Z]{2,3}$/;
const INITIALS_SPEAKING = /\b([A-Z]{2,3})\s+(?:also\s+)?(?:said|says|told|asked|agreed|explained|reported|added|replied)\b/g;
const SPEAKING_INITIALS = {};
const speakingInitials = (ctx: Parameters<Guard>[0]): ReadonlySet<string> =>
  ctx.perAnalysis(SPEAKING_INITIALS, () => new Set([...ctx.text.matchAll(INITIALS_SPEAKING)].map((m) => m[1])));

// Coordinated predicates of any verbs ("he put his cards down, said … and was sulky", "Mother
// overprotective and makes excuses"): their subject is the first conjunct's. A nominative pronoun is
// always a subject; a name or a family or role word is one where a clause opens (the sentence's start,
// after a comma or a word that opens a clause), not as an object ("shouted at Jayden and …" reads on back).
const NOMINATIVE = /^(?:he|she|they)$/i;
const NOT_A_PERSON_SUBJECT = /^(?:I|we|it|this|which|there|you)$/i;
const CLAUSE_OPENER = /^(?:that|when|because|as|since|after|before|and|but|so|while|whilst|although|though|if|said|says|thinks|thought|felt|feels|told|reported)$/i;
const FIRST_CONJUNCT_WORDS = 25;

/** Coordinated predicates' subject, back from the conjunction at words[i]: a person (or a word `alsoPerson` takes for one). */
export function firstConjunctSubject(
  ctx: Parameters<Guard>[0],
  sentenceStart: number,
  words: ReadonlyArray<{ word: string; at: number }>,
  i: number,
  alsoPerson?: RegExp,
): boolean {
  for (let k = i - 1; k >= Math.max(0, i - FIRST_CONJUNCT_WORDS); k--) {
    const { word } = words[k];
    if (/[;:()]/.test(ctx.text.slice(words[k].at + word.length, words[k + 1].at))) return false;
    // Quoted words are someone's speech, not this clause ("said 'Here we go' and was…").
    if (ctx.inQuote(words[k].at, words[k].at + word.length)) continue;
    if (NOT_A_PERSON_SUBJECT.test(word) || THING_SUBJECT.test(word)) return false;
    if (NOMINATIVE.test(word)) return true;
    if (!alsoPerson?.test(word) && !isPerson(ctx, words, k)) continue;
    // Back to the start of the name ("Mrs Hussain", "Zuzanna Nowak"), then where it stands.
    let h = k;
    while (h > 0 && /^\p{Lu}/u.test(words[h - 1].word) && /^\s+$/.test(ctx.text.slice(words[h - 1].at + words[h - 1].word.length, words[h].at))) h--;
    const gap = h > 0 ? ctx.text.slice(words[h - 1].at + words[h - 1].word.length, words[h].at) : ctx.text.slice(sentenceStart, words[h].at);
    if ((h === 0 && /^[\s\-–•*"“]*$/.test(gap)) || /,/.test(gap) || (h > 0 && CLAUSE_OPENER.test(words[h - 1].word))) return true;
  }
  return false;
}

// A note's verbless predicate: the person opens the sentence (or a clause after a colon or semicolon) and the
// label follows with no verb ("Mother overprotective and makes excuses", "Presentation: Dad evasive"). Not a
// word in -ing, which there reads as a verb ("Mum challenging the decision").
const VERBLESS_HEAD = /^[\s\-–•*]*(?:(?:the|her|his|their|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)?[\p{L}'’-]+\s+(?:(?:very|quite|rather|a\s+bit|so|really|extremely)\s+)?$/u;

/** The label is a verbless predicate of the person whose name or role opens its sentence or clause. */
export function verblessPredicate(ctx: Parameters<Guard>[0], sentenceStart: number, start: number, end: number): boolean {
  if (/ing$/i.test(ctx.text.slice(start, end))) return false;
  const before = ctx.text.slice(Math.max(sentenceStart, start - 40), start);
  const clause = before.slice(Math.max(before.lastIndexOf(":"), before.lastIndexOf(";")) + 1);
  if (clause.length === before.length && start - 40 > sentenceStart) return false;
  if (!VERBLESS_HEAD.test(clause)) return false;
  const offset = start - clause.length;
  const words = [...clause.matchAll(/[\p{L}'’-]+/gu)].map((m) => ({ word: m[0], at: offset + m.index }));
  let i = words.length - 1;
  while (i > 0 && /^(?:very|quite|rather|a|bit|so|really|extremely)$/i.test(words[i].word)) i--;
  return i >= 0 && isPerson(ctx, words, i);
}

// What a label of manner is about, right after it: a person noun, their behaviour, or whom they treated so.
const PERSON_AFTER =
  /^\s*(?:child|children|boy|boys|girl|girls|young\s+(?:person|people|man|woman)|teenager|teen|pupil|student|lad|kid|mother|father|parent|witness|person|individual|character|behaviou?rs?|manner|attitude|conduct|in\s+(?:class|lessons?|school|the\s+home|the\s+meeting|the\s+session)|at\s+(?:home|school|times)|towards?\b|to\s+(?:staff|me|us|her|him|them|his|the|teachers?|carers?|adults?|workers?|professionals?|everyone))\b/i;
// A verb of being or becoming, or one of starting or going on ("started whining", "kept sulking"): what
// follows is said of the verb's subject.
const COPULA_BEFORE = new RegExp(
  String.raw`\b(?:is|was|were|are|be|been|being|became|becomes|become|seems?|seemed|appears?|appeared|remains?|remained|gets|got|getting|grew|grown|(?:${NAMING_AS_VERBS}|known)(?:\s+(?:by|in)\s+[^.;!?,"“”]{1,40}?)?\s+as|(?:considered|deemed|labell?ed|branded|dubbed|(?:thought|said|believed|known|found)\s+to\s+be|(?:a\s+)?reputation\s+for\s+being)|(?:presents?|presented|presenting|comes?|came|coming)\s+(?:across\s+)?as|called(?:\s+(?:her|him|them))?|calls\s+(?:her|him|them)|found\s+(?:her|him|them)|start(?:s|ed)?|began|begins?|kept|keeps?|and)\s+(?:(?:very|quite|so|really|extremely|increasingly|often|sometimes|always|more|most|particularly|rather|also|still|again|a\s+bit|a\s+little|at\s+times|persistently|frequently)\s+)*["'‘“]?$`,
  "i",
);
// A naming or judging verb with the person as its object: "staff describe her as", "the school sees Amy as",
// "her teacher considers her", "Mum finds him".
const FRAME_OF_PERSON = new RegExp(
  String.raw`\b(?:${NAMING_AS_VERBS})\s+(?:her|him|them|\p{Lu}[\p{L}'’-]+)\s+as\s+(?:(?:very|quite|so|really|rather|a\s+bit|a\s+little|often|sometimes|increasingly)\s+)*["'‘“]?$|\b(?:consider(?:s|ed)?|deem(?:s|ed)?|find(?:s)?|found|call(?:s|ed)?)\s+(?:her|him|them|\p{Lu}[\p{L}'’-]+)\s+(?:(?:very|quite|so|really|rather|a\s+bit|a\s+little|often|sometimes|increasingly)\s+)*["'‘“]?$`,
  "u",
);
const FRAME_COORDINATED = new RegExp(String.raw`\b(?:${NAMING_AS_VERBS})\s+(?:her|him|them|\p{Lu}[\p{L}'’-]+)\s+as\s+[^.;!?,"“”]{1,50}?\s+(?:and|but)\s+(?:(?:very|quite|so|really|often|also|a\s+bit)\s+)?$`, "u");
export const CONDITION_BEFORE =
  /\b(?:when|whenever|if|unless|until)\s+\S+(?:\s+\S+)?\s+(?:is|was|are|were|gets|got|becomes|became|can\s+be|is\s+being|seems)\s+(?:(?:very|so|quite|really|a\s+bit)\s+)?(?:(?:a|an)\s+)?$/i;
// A degree word opening an aside after a comma or dash: the label describes how the clause's subject did it.
const DEPICTIVE_BEFORE = /(?:,|\s[-\u2013\u2014])\s*(?:a\s+(?:bit|little|touch)|rather|slightly|quite|very|somewhat)\s+$/i;
// The conjunct before a label in a list: a word (its closing quote mark too), then a comma or "and"/"or" ("manipulative,
// rude and aggressive"; "'lazy', 'rude' and 'disruptive'"). Read back one conjunct at a time, up to LIST_STEPS.
const LIST_CONJUNCT_BEFORE = /[\p{L}'’-]+["'’”]?(?:,\s*|,?\s+(?:and|or)\s+)(?:(?:very|quite|so|really|extremely|also|often|a\s+bit)\s+)*["'‘“]?$/iu;
const LIST_STEPS = 5;
export const THING_SUBJECT = /^(?:it|this|that|which|move|moves|change|changes|noise|plan|building|works|process|meeting|hearing|transition|delay|visit|visits|journey|schedule|timetable|arrangement|arrangements)$/i;

/**
 * A label of manner ("rude", "stroppy", "disruptive") that describes a person, given as a bare label: the
 * word is followed by a person noun or whom they treated so ("rude to staff", "disruptive in class"), or
 * is the predicate of a person ("Keira was very rude", "Dad became surly") — not of a thing ("the move
 * would be disruptive"), nor in a condition ("when he is rude") — and the sentence does not say what happened.
 */
export const personLabel: Guard = (ctx, start, end) => {
  if (!unevidencedLabel(ctx, start, end)) return false;
  const { before: near, after } = around(ctx, start, end);
  // "tells him off when he is rude", "if she is rude, staff will…": a condition or a habit, not a judgement of what happened.
  if (CONDITION_BEFORE.test(near)) return false;
  if (PERSON_AFTER.test(after)) return true;
  const s = ctx.sentenceAt(start);
  // A note's aside on how someone did a thing: "put the phone away, a bit mardy"; "came down, rather stroppy".
  if (DEPICTIVE_BEFORE.test(ctx.text.slice(Math.max(s.start, start - 40), start))) return true;
  if (verblessPredicate(ctx, s.start, start, end)) return true;
  if (FRAME_OF_PERSON.test(ctx.text.slice(Math.max(s.start, start - 80), start))) return true;
  // A second label given by the same frame: "Staff describe her as switched off in lessons and stroppy".
  if (FRAME_COORDINATED.test(ctx.text.slice(Math.max(s.start, start - 100), start))) return true;
  let at = start;
  // "Keira was rude and stroppy", "was manipulative, rude and aggressive", "was 'lazy', 'rude' and 'disruptive'": a
  // label in a list shares the first one's predicate (back over each conjunct, quoted or not).
  for (let step = 0; step < LIST_STEPS; step++) {
    const before = ctx.text.slice(Math.max(s.start, at - 100), at);
    const conjunct = LIST_CONJUNCT_BEFORE.exec(before);
    if (conjunct) {
      at -= before.length - conjunct.index;
      continue;
    }
    const copula = COPULA_BEFORE.exec(before);
    if (!copula) return false;
    const predicateAt = at - copula[0].length;
    if (/^and\b/i.test(copula[0].trim())) {
      const prev = /[\p{L}'’-]+[ \t,]*$/u.exec(ctx.text.slice(s.start, predicateAt));
      if (!prev || step > 0) return false;
      at = predicateAt - prev[0].length;
      continue;
    }
    const words = [...ctx.text.slice(s.start, predicateAt).matchAll(/[\p{L}'’-]+/gu)].map((m) => ({ word: m[0], at: s.start + m.index }));
    let i = words.length - 1;
    while (i >= 0 && BETWEEN.test(words[i].word)) i--;
    if (i >= 0 && isBehaviourOfAPerson(words, i)) return true;
    if (i >= 0 && !THING_SUBJECT.test(words[i].word) && isPerson(ctx, words, i)) return true;
    // "… said 'Here we go' and was sulky": the predicate's subject is the first conjunct's.
    const and = words.findIndex((w, k) => k > i && /^(?:and|but)$/i.test(w.word));
    return and > 0 && firstConjunctSubject(ctx, s.start, words, and);
  }
  return false;
};

// What a reflexive verb of risk puts the child in or exposes them to: "at risk", "in danger", "in risky
// situations", "to harm", "in a vulnerable position".
const RISK_WORD = "(?:risk|risks|risky|danger|dangers|dangerous|harm|harm's|harmful|unsafe|vulnerable|exploitation|exploitative|jeopardy)";
const RISK_AFTER = new RegExp(`^[^.;!?\\n]{0,30}?\\b(?:at|in|into|to)\\b[^.;!?\\n]{0,25}?\\b${RISK_WORD}\\b`, "i");
// The other word order: "the danger Leon puts himself in", "the risks she is placing herself at".
const RISK_HEAD_BEFORE = new RegExp(`\\b${RISK_WORD}\\s+(?:(?:that|which)\\s+)?(?:[\\p{L}'’-]+\\s+){1,4}$`, "iu");
const STRANDED_PREPOSITION = /^\s+(?:at|in|into|to)\b(?!\s+(?:the|a|an|his|her|their|my|our)\b)(?:\s*$|\s*[,.;:!?)]|\s+(?:when|whenever|by|because|and|as|if|while|whilst|each|every|again|online)\b)/i;

/**
 * "putting herself at risk" in any word order and tense: a reflexive verb of placing or exposing whose
 * complement names a risk ("placing herself in risky situations", "exposing himself to harm"), or a risk
 * noun heading the clause with the preposition left at its end ("the danger Leon puts himself in").
 * Not "put herself to bed" or "placed himself at the front".
 */
export const selfEndangering: Guard = (ctx, start, end) => {
  const after = ctx.text.slice(start, Math.min(ctx.text.length, end + 60));
  const words = ctx.text.slice(start, end);
  // "makes herself vulnerable": the risk word is inside the match.
  if (/\b(?:vulnerable|target)$/i.test(words)) return true;
  if (RISK_AFTER.test(after.slice(words.search(/\s/) + 1))) return true;
  const s = ctx.sentenceAt(start);
  return RISK_HEAD_BEFORE.test(ctx.text.slice(Math.max(s.start, start - 60), start)) && STRANDED_PREPOSITION.test(ctx.text.slice(end, end + 30));
};

// What a child "chose" that puts them in harm's way: going missing, staying out, getting into cars,
// meeting adults, going back to the people harming them, drugs and drink, sex.
const HARM_ACT =
  /^\s*(?:not\s+to\s+|to\s+)?(?:(?:go|goes|going|went|gone|run|runs|running|ran)\s+(?:missing|away|off)|abscond\w*|stay\w*\s+(?:out|away|overnight|the\s+night)|(?:get|gets|getting|got)\s+(?:in|into)\s+(?:cars?|vehicles?|taxis?)|(?:meet|meets|meeting|met|see|sees|seeing|saw|stay\w*\s+with|go\w*\s+with|went\s+with|sleep\w*\s+with|slept\s+with|have\s+sex|having\s+sex|had\s+sex)\s+(?:with\s+)?(?:him|them|these|those|older|adult|men|males|strangers|people\s+(?:she|he|they)\s+met)|(?:go|goes|going|went|return\w*)\s+back\s+to|(?:return\w*)\s+to\s+(?:him|them|the\s+(?:house|flat|address))|(?:use|take|smoke|sell|deal|carry|hold)\w*\s+(?:drugs|cannabis|weed|cocaine|a\s+knife|knives|weapons?)|(?:drink|drinking)\b|stay\w*\s+(?:at|in)\s+(?:his|their|an?\s+adult's|the\s+man's|a\s+man's)\s+(?:flat|house|address|place)|(?:associat|hang)\w*\s+(?:around\s+)?with|(?:be|being)\s+(?:exploited|involved)|(?:send|sending|sent)\s+(?:pictures|photos|images|nudes)|(?:be|being)\s+(?:taken|driven|picked\s+up|collected|used|groomed|abused|touched|photographed|filmed|assaulted|drawn\s+into|led\s+into|given\s+(?:drugs|alcohol)|supplied|pressured|coerced|talked\s+into|persuaded))/i;
// Signs of exploitation or harm in the sentence or the one before (beyond EXPLOITATION's words).
const HARM_CONTEXT =
  /\b(?:exploit\w*|groom\w*|county\s+lines|trap\s+house|dealers?|gangs?|older\s+(?:men|males|man|lads|boys)|adult\s+(?:men|males|man)|\d{2}[- ]year[- ]old\s+(?:man|men|male)|\((?:1[89]|[2-9]\d)\)|traffick\w*|cars?\s+with)\b/i;
// "allowed herself to be taken", "let himself be used": harm done to the child worded as the child's permission.
const CHOICE_WORD =
  /^[^]*?\b(?:choice|decision|choose|chooses|choosing|chose|chosen|decide|decides|deciding|decided|opt|opts|opting|opted|(?:allow|allows|allowing|allowed|let|lets|letting)\s+(?:herself|himself|themselves|themself))\b/i;
// Choices that protect the child or ask for help are never the judgement: "decided to tell her teacher".
const PROTECTIVE_ACT =
  /^\s*(?:not\s+)?to\s+(?:tell|speak|talk|report|ask|call|ring|phone|text|disclose|share|come\s+(?:home|back)|return\s+home|go\s+home|stop|leave\s+(?:him|them|the\s+(?:house|flat|car))|end|block|move\s+(?:away|school)|stay\s+(?:at\s+home|with\s+(?:her|his|their)\s+(?:mum|mother|dad|father|nan|gran|grandparents?|aunt|uncle|carers?|foster\s+carers?)))\b/i;
// The chooser is not the child: the writer, a parent, a carer, a professional, a court.
const NOT_THE_CHILD = /(?:\bit\s+(?:was|is|has\s+been)\s*$)|\b(?:I|we|mum|mother|dad|father|parents?|carers?|grand\w+|nan|gran|aunt|uncle|staff|school|court|judge|panel|police|worker|team|council|local\s+authority|guardian)\s+(?:(?:has|have|had|then|also|later|eventually|finally|therefore|instead|now|may|might|would|could|will|did|is|was)\s+){0,2}$/i;

// Choice as an adverbial after the act: "by choice", "of her own accord", "of his own free will", "willingly".
const CHOICE_ADVERBIAL = /^(?:by\s+choice|of\s+(?:her|his|their)\s+own\s+(?:accord|free\s+will|volition)|willingly|voluntarily)$/i;
// The act it qualifies, in the same clause: going, staying, getting into a car, meeting, going back.
const ACT_BEFORE =
  /\b(?:go|goes|going|went|gone|stay\w*|run|runs|ran|running|(?:get|gets|got|getting)\s+(?:in|into)|return\w*|met|meet\w*|left|leaves|sleep\w*|slept|been)\b[^.;!?]{0,40}$/i;
// An adult acting: "Mum left of her own accord".
const ADULT_ACTOR_BEFORE = /\b(?:mum|mother|dad|father|parents?|carers?|nan|gran|grandmother|grandfather|aunt|uncle|Mr|Mrs|Ms)\b[^.;!?,]{0,40}$/i;

/**
 * Harm framed as the child's choice ("Tyler decided to go missing", "she made the choice to stay at his
 * flat", "this is his choice"): a choice whose object is going missing, staying out, meeting adults,
 * drugs or sex, or any choice in a sentence about exploitation or harm — with the child, not the writer or
 * a parent, as the one choosing. Not everyday choices ("chose pasta", "decided to go to football").
 */
export const harmAsChoice: Guard = (ctx, start, end) => {
  const words = ctx.text.slice(start, end).toLowerCase();
  // "she can consent": no object needed, always a judgement of a child.
  if (words.endsWith("consent")) return true;
  const s = ctx.sentenceAt(start);
  const prev = s.start > 0 ? ctx.sentenceAt(Math.max(0, s.start - 2)) : s;
  const before = ctx.text.slice(Math.max(s.start, start - 60), start);
  // "had gone there by choice", "went with them of her own accord": the act chosen comes before the words.
  if (CHOICE_ADVERBIAL.test(words)) {
    const clause = ctx.text.slice(Math.max(s.start, start - 80), start);
    return !ADULT_ACTOR_BEFORE.test(clause) && ACT_BEFORE.test(clause) && HARM_CONTEXT.test(ctx.text.slice(Math.min(prev.start, s.start), s.end));
  }
  if (NOT_THE_CHILD.test(before)) return false;
  const possessive = /^(?:her|his|their)\b/.exec(words)?.[0];
  if (possessive) {
    // "his choice": the child's (their possessive pronoun), not a parent's ("Mum's choice") or the court's.
    const own = ctx.profile.pronouns?.possessive;
    if (own && own !== possessive) return false;
  }
  // What was chosen: the words after the choice word, inside the match ("chose to go missing") and after it.
  const object = ctx.text.slice(start, Math.min(s.end, end + 80)).replace(CHOICE_WORD, "");
  if (PROTECTIVE_ACT.test(object)) return false;
  if (HARM_ACT.test(object)) return true;
  // A child's choice to be with an adult the record gives an age ("decided to go with Craig Dunn (31)"): being with an
  // adult who may be exploiting them is the harm, whatever the words say was chosen (the people stage's ages).
  const age = subjectAge(ctx);
  if (age !== undefined && age.lo < ADULT_AGE && otherParty(ctx, start, end).adult) return true;
  // Choice of something that is not itself a harm: only where the sentence or the one before speaks of harm.
  return HARM_CONTEXT.test(ctx.text.slice(Math.min(prev.start, s.start), s.end));
};

// People other than a child, as the subject of a clause.
const ADULT_WORD =
  /^(?:mum|mum's|mother|dad|father|parents?|partner|ex-partner|step-?(?:dad|father|mum|mother)|uncle|aunt|man|men|male|adults?|brother-in-law|boyfriend|landlord|neighbour|cousin|carer|carers|I|we|police)$/i;

/**
 * The child is the one acting ("Police say he is dealing drugs", "Reece was selling drugs"): the nearest
 * person before the words in their sentence is the subject child (by name or by their pronoun) or another
 * child the people stage found — not an adult, a parent or a partner.
 */
export const childAsActor: Guard = (ctx, start) => {
  // "recruited by older boys to sell drugs", "made him deal drugs": what others wanted of the child.
  if (/\b(?:to|made\s+(?:him|her|them)|make\s+(?:him|her|them)|forced\s+(?:him|her|them))\s+$/i.test(ctx.text.slice(Math.max(0, start - 20), start))) return false;
  const s = ctx.sentenceAt(start);
  const from = Math.max(s.start, start - 120);
  const words = [...ctx.text.slice(from, start).matchAll(/[\p{L}'’-]+/gu)].map((m) => ({ word: m[0], at: from + m.index }));
  const pronouns = ctx.profile.pronouns;
  const all = ctx.people.all;
  for (let i = words.length - 1; i >= 0; i--) {
    const { word, at } = words[i];
    const lower = word.toLowerCase().replace(/['’]s$/, "");
    if (ctx.profile.subjectForms.has(lower)) return true;
    const mention = all[firstAtOrAfter(all, at + 1) - 1];
    if (mention && mention.start <= at && mention.end >= at + word.length - 2) return mention.role === "subject" || mention.role === "child";
    if (ADULT_WORD.test(word)) return false;
    if (/^(?:he|she|they|him|her|them)$/i.test(word)) return pronouns !== undefined && (lower === pronouns.subject || lower === pronouns.object);
  }
  return false;
};

const BEHAVIOUR_NOUN = /^(?:behaviou?rs?|conduct|attitude|manner|presentation)$/i;
const PLACE_PREPOSITION = /^(?:at|in|during|around|towards|toward|with|on)$/i;

/**
 * "Leah's behaviour at school has been challenging", "his conduct in class was disruptive": the label's
 * subject is a person's behaviour, perhaps with where it happened between (a person's manner, judged).
 */
function isBehaviourOfAPerson(words: ReadonlyArray<{ word: string }>, i: number): boolean {
  let j = i;
  // Past one place phrase: "at school", "in the home", "towards staff".
  for (let k = i; k >= Math.max(1, i - 3); k--) {
    if (PLACE_PREPOSITION.test(words[k].word)) {
      j = k - 1;
      break;
    }
  }
  return j >= 0 && BEHAVIOUR_NOUN.test(words[j].word);
}

// Verbs of waiting, asking or needing: "waits for attention rather than asking", "looks to adults for
// attention" name a need the child has, not a motive imputed to them.
const NEED_VERB_BEFORE =
  /\b(?:wait|waits|waited|waiting|ask|asks|asked|asking|look|looks|looked|looking|compete|competes|competed|competing|queue|queues|queued|queuing|need|needs|needed|needing|reach|reaches|reached|reaching|call|calls|called|calling|cry|cries|cried|crying|turn|turns|turned|turning|hungry|starved|vying)\s+(?:(?:to|on)\s+\S+\s+)?(?:(?:quietly|patiently|silently|often|sometimes|always|still|more|less|longer)\s+)*$/i;

/** "doing it for attention" as a motive imputed — not a child who "waits for attention" or "asks for attention". */
export const notANeedForAttention: Guard = (ctx, start, end) => {
  if (!/^for\b/i.test(ctx.text.slice(start, end))) return true;
  return !NEED_VERB_BEFORE.test(around(ctx, start, end).before);
};

export const JUDGEMENTAL_GUARDS: Readonly<Record<string, Guard>> = {
  "not-a-need-for-attention": notANeedForAttention,
  "exploitation-context": exploitationContext,
  "adult-partner": adultPartner,
  "not-around-a-time": notAroundATime,
  "not-court-order-compliance": notCourtOrderCompliance,
  "not-services-with-family": notServicesWithFamily,
  "adult-other-party": adultOtherParty,
  "child-sexual-activity": childSexualActivity,
  "not-injury-sense": notInjurySense,
  "not-a-quantity": notAQuantity,
  "education-context": educationContext,
  "unevidenced-label": unevidencedLabel,
  "not-of-a-thing": notOfAThing,
  "not-self-protection": notSelfProtection,
  "not-an-event-start": notAnEventStart,
  "not-legal-allegation": notLegalAllegation,
  "person-as-subject": personAsSubject,
  "person-label": personLabel,
  "functioning-of-a-person": functioningOfAPerson,
  "self-endangering": selfEndangering,
  "harm-as-choice": harmAsChoice,
  "child-as-actor": childAsActor,
};
