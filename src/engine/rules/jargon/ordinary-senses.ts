// Ordinary-English senses of care-system words, told by grammar: who the parties are, whether the words are a verb
// phrase, and what kind of placement the sentence is about. Each returns true when the words are the ordinary sense.
// (Kept apart from guards.ts so that the sense checks stay small modules of their own.)
import type { RuleContext } from "../../rule";

// Family time is the child's time with their family. Where a party to the contact is the writer ("our last contact
// with the family", "I have had regular contact with Mum"), a professional or a service ("police contact with the
// family", "the school's contact with Dad"), or an adult's partner ("Mum's contact with her former partner"), the word
// is the ordinary one: being in touch.
const WRITER_OWNS_BEFORE = /(?:^|[^\p{L}])(?:our|my)\s+(?:(?:last|first|recent|latest|next|previous|initial|only|regular|weekly|daily|telephone|phone|own|brief|further|most\s+recent)\s+){0,2}$/iu;
// "I have had regular contact with Mum", "we had contact with the family": the writer as the clause's subject.
// ("We" only with the perfect: a foster carer's "we have contact on Sundays" counts the child among "we".)
const WRITER_HAD_BEFORE =
  /(?:^|[^\p{L}])(?:I\s+(?:have\s+|had\s+|'ve\s+|’ve\s+)?(?:had|have|made|kept|maintained)|[Ww]e\s+(?:have|had|'ve|’ve)\s+(?:had|made|kept|maintained))\s+(?:(?:regular|frequent|weekly|daily|little|some|much|more|less|brief|telephone|phone|further|limited|several|occasional|good)\s+){0,2}$/u;
// "I attempted contact with Mum by text", "two attempts at contact": reaching someone, the verb's sense in a noun.
const ATTEMPTED_BEFORE = /\b(?:attempt(?:s|ed|ing)?|tr(?:y|ied|ies|ying))\s+(?:(?:at|to\s+make|to\s+establish|further|repeated|telephone|phone)\s+)*$/i;
// "police contact with the family", "the school's contact with Dad", "the social worker's contact with Mum": a service or
// a professional, named straight before the word as its compound or its possessor.
const PROFESSIONAL_BEFORE =
  /\b(?:(?:police|agency|professional|practitioner|GP|CAMHS|YOT|YJS|health\s+visitor|midwife|housing|council)|(?:police|officers?|school|teachers?|staff|services?|agency|agencies|professionals?|practitioners?|team|doctors?|nurses?|health\s+visitors?|social\s+workers?|workers?|midwife|midwives|council)['’]s?)\s+$/i;
// "with her former partner", "with her mother's boyfriend": an adult's partner is never the child's family time.
const WITH_PARTNER_AFTER =
  /^\s*(?:with|between)\s+(?:(?:her|his|their|the|a|an)\s+)?(?:[\p{L}-]+['’]s\s+)?(?:(?:former|ex|new|current|previous|latest|older)[\s-]+)?(?:partners?|boyfriends?|girlfriends?|husbands?|wives|wife|ex-partners?|exes|associates)\b/iu;

/** The writer, a professional or an adult's partner is a party to the contact: the ordinary word, being in touch. */
export function contactNotFamilyTime(ctx: RuleContext, start: number, before: string, after: string): boolean {
  if (WITH_PARTNER_AFTER.test(after) || ATTEMPTED_BEFORE.test(before)) return true;
  if (WRITER_OWNS_BEFORE.test(before) && ctx.kind !== "letter-to-child") return true;
  // A possessor or a compound straight before: "police contact", "the school's contact" (not "Mum's contact").
  if (PROFESSIONAL_BEFORE.test(before)) return true;
  return WRITER_HAD_BEFORE.test(ctx.text.slice(Math.max(ctx.sentenceAt(start).start, start - 80), start));
}

// "Gran looked after children from the street", "she has looked after children for years": the verb "look after"
// with its object — a person caring, the ordinary phrase — not the adjective of a looked-after child ("a looked after
// child", "for looked after children", "Looked after children have…"). The word before tells: a subject, an
// auxiliary or an adverb makes it the verb; a determiner, a preposition or nothing makes it the label.
const VERB_BEFORE =
  /(?:^|[^\p{L}'’])(?:I|we|you|he|she|they|who|has|have|had|having|often|also|always|never|once|sometimes|then|usually|mostly|mainly|regularly|happily|lovingly|previously|formerly|mum|dad|mother|father|gran|grandma|grandmother|grandad|grandfather|nan|nana|aunt|auntie|aunty|uncle|sister|brother|cousin|neighbour|friend|childminder|carer|carers)\s+$/iu;
const NAME_BEFORE = /(?:^|[^\p{L}])(?!(?:The|A|An|As|For|Of|With|All|Other|Our|Their|Her|His|Many|Some|These|Those|Most|Every|Each|Local|Looked|Virtual|Designated)\s)\p{Lu}\p{Ll}+\s+$/u;

/** "looked after children" as the verb and its object ("Gran looked after children"), not the care label. */
export function lookedAfterAsVerb(ctx: RuleContext, start: number, end: number): boolean {
  const words = ctx.text.slice(start, end);
  if (!/^looked\b/.test(words)) return false; // "Looked After Children" in capitals: a name or a heading, the label
  const before = ctx.text.slice(Math.max(ctx.sentenceAt(start).start, start - 40), start);
  return VERB_BEFORE.test(before) || NAME_BEFORE.test(before);
}

// "a social work student on placement with the team", "a student nurse on placement at the surgery": a student's
// practice placement, told by the student named before "on placement" in the clause.
const STUDENT_ON_BEFORE = /\bstudents?\b[^.;:!?\n]{0,50}?\bon\s+(?:(?:a|her|his|their|final|first|second)\s+)*$/i;
// "a placement in a mainstream school", "an alternative provision placement", "a PRU placement": where a child is taught,
// not where they live (a residential school placement is where they live: the care word).
const SCHOOL_PLACEMENT_BEFORE = /\b(?:mainstream|alternative\s+provision|provision|AP|PRU|SEN|SEND|EHCP|day|nursery\s+school)\s*$/i;
const SCHOOL_PLACEMENT_AFTER =
  /^\s+(?:in|at)\s+(?:(?:a|an|the|her|his|their)\s+)?(?!residential)(?:(?:mainstream|special|specialist|primary|secondary|alternative|pupil\s+referral|local|new|different)\s+)+(?:school|class|classroom|provision|academy|unit|college|nursery)s?\b|^\s+in\s+(?:year\s+\d+|reception|the\s+(?:top|bottom|lower|higher|middle)\s+set)\b/i;

/** A student's practice placement or a school place: the ordinary word, not the child's home. */
export function placementNotHome(ctx: RuleContext, start: number, end: number): boolean {
  const before = ctx.text.slice(Math.max(ctx.sentenceAt(start).start, start - 80), start);
  if (STUDENT_ON_BEFORE.test(before) || SCHOOL_PLACEMENT_BEFORE.test(before)) return true;
  return SCHOOL_PLACEMENT_AFTER.test(ctx.text.slice(end, end + 80));
}

// A unit the record names in lower case by what it is for ("the inclusion unit at school", "the burns unit", "the
// special care baby unit"): "the unit" after it is that unit, not the child's home. The words that name a home or
// no unit in particular ("a residential unit", "the secure unit", "the family unit", "this unit") are not such names.
const NAMED_UNIT = /(?:^|[^\p{L}'’-])([\p{Ll}'’-]+)\s+unit\b/gu;
const NOT_ANOTHER_UNIT = new Set(["the", "a", "an", "this", "that", "same", "whole", "own", "residential", "secure", "children's", "children’s", "childrens", "family", "care", "home", "small", "new", "other", "another", "next", "main", "her", "his", "their", "our", "my", "back", "to", "at", "of", "in", "from"]);
const NAMES_OTHER_UNIT = {};

/** The record names, in lower case, a unit that is not a home (a school's, a hospital's, a service's). Once per record. */
export function namesAnotherUnit(ctx: RuleContext): boolean {
  return ctx.perAnalysis(NAMES_OTHER_UNIT, () => {
    for (const m of ctx.text.matchAll(NAMED_UNIT)) if (!NOT_ANOTHER_UNIT.has(m[1])) return true;
    return false;
  });
}
