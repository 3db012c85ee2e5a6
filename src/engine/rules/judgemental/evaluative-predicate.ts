// A grammar of evaluation: a person, a verb of being or seeming ("is", "seemed", "presents as", "is seen
// as", "described … as"), and a word that judges their character ("stubborn", "a little terror", "has a
// bad attitude", "the flat was a tip") — as against words for a feeling, state or fact ("was upset",
// "is shy"), which are never in the word list. The word list (rules/evaluative.json) is the prior; the
// construction and who is spoken of decide; quoted, negated and rejected labels are left as the
// lexicon rules leave them.
import evaluativeData from "../../../../rules/evaluative.json";
import type { Rule, RuleContext } from "../../rule";
import { PhraseMatcher } from "../../text/phrase-matcher";
import { firstAtOrAfter } from "../../text/span";
import { WordSet } from "../../text/tokens";
import { wordingSuppression } from "../../filters/wording-context";
import { scanLexicon } from "../jargon/lexicon";
import { BETWEEN, CONDITION_BEFORE, THING_SUBJECT, firstConjunctSubject, isPerson } from "./guards";
import { adoptedQuotedLabel, quotedFromARecord, rejectedReport, reportedUnchallenged, saidOfAProfessional, scareQuotedModifier } from "./reported";
import { escapeLiteral } from "../../text/bounded";

type WordClass =
  | "traits"
  | "adultAffect"
  | "personNouns"
  | "attitudes"
  | "homes"
  | "behaviours"
  | "publishedTraits"
  | "publishedPersonNouns"
  | "selfRegard"
  | "behaviourIdioms"
  | "playIdioms";
type WordList = { source: string; words: string[] };
type EvaluativeFile = Record<WordClass | "typicalGroups", WordList>;

const CLASSES: readonly WordClass[] = [
  "traits",
  "adultAffect",
  "personNouns",
  "attitudes",
  "homes",
  "behaviours",
  "publishedTraits",
  "publishedPersonNouns",
  "selfRegard",
  "behaviourIdioms",
  "playIdioms",
];
// Words taken from published word lists (AFINN-165, WordNet, idiom and learner's dictionaries) follow the grammar of the hand-listed class they join.
type Grammar = Exclude<WordClass, "publishedTraits" | "publishedPersonNouns" | "selfRegard" | "behaviourIdioms" | "playIdioms">;
const GRAMMAR: Record<WordClass, Grammar> = {
  traits: "traits",
  adultAffect: "adultAffect",
  personNouns: "personNouns",
  attitudes: "attitudes",
  homes: "homes",
  behaviours: "behaviours",
  publishedTraits: "traits",
  publishedPersonNouns: "personNouns",
  selfRegard: "behaviours",
  behaviourIdioms: "behaviours",
  playIdioms: "behaviours",
};
const DATA = evaluativeData as unknown as EvaluativeFile;
// A person noun also names a group in the plural ("the family were scroungers", "a bunch of layabouts"):
// its regular plural, made here from the listed singular (not a phrase with "of", whose head is not last).
const PLURAL_OF: readonly WordClass[] = ["personNouns", "publishedPersonNouns"];
const plural = (phrase: string): string | undefined => {
  if (/\bof\b|[^a-z]$/i.test(phrase)) return undefined;
  if (/(?:s|sh|ch|x|z)$/i.test(phrase)) return `${phrase}es`;
  if (/[^aeiou]y$/i.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  return `${phrase}s`;
};
type Match = { cls: WordClass; plural: boolean };
const MATCHER = new PhraseMatcher<Match>(
  CLASSES.flatMap((cls) => [
    ...DATA[cls].words.map((phrase) => ({ phrase, value: { cls, plural: false } })),
    ...(PLURAL_OF.includes(cls) ? DATA[cls].words.flatMap((w) => (plural(w) ? [{ phrase: plural(w) as string, value: { cls, plural: true } }] : [])) : []),
  ]),
);

// Degree, frequency and stance words between the verb and the label: "was very", "is frankly", "can be a bit",
// "was clearly", "is consistently" (a stance adverb asserts the label more, not less).
const DEGREE =
  "(?:(?:clearly|obviously|plainly|evidently|certainly|definitely|undoubtedly|genuinely|deeply|highly|thoroughly|wholly|entirely|consistently|persistently|repeatedly|frequently|usually|typically|noticeably|very|quite|so|really|extremely|increasingly|often|sometimes|always|more|most|less|particularly|rather|also|still|again|a\\s+bit|a\\s+little|at\\s+times|frankly|honestly|just|downright|incredibly|terribly|pretty|fairly|generally|too|totally|completely|utterly|absolutely|simply|plain|bloody|basically|being)\\s+)*";
const QUOTE_OPEN = "[\"“'‘]?";
// A verb of being, becoming or seeming; a verb of perception or report with "as" or "to be"; a passive
// naming verb, whose subject is the one named ("Dad described in the notes as", "the family labelled by school as").
const COPULA =
  "(?:is|was|were|are|am|be|been|being|['’]s|['’]re|became|becomes|become|seems?|seemed|appears?|appeared|remains?|remained|looks?|looked|sounds?|sounded|gets|got|getting|grew|turn(?:s|ed|ing)?\\s+into|presents?\\s+as|presented\\s+as|comes?\\s+across\\s+as|came\\s+across\\s+as|(?:strikes|struck)\\s+(?:me|us|staff|them|the\\s+\\w+)\\s+as|(?:known|seen|regarded|thought|considered|viewed|perceived|believed|said|deemed|found)\\s+(?:to\\s+be|as)|(?:described|labell?ed|branded|portrayed|characteri[sz]ed|depicted|referred\\s+to|thought\\s+of)\\s+(?:(?:in|by)\\s+[^.;!?\\n,]{1,30}?\\s+)?as|(?:is|was|were|are|been|being)\\s+(?:(?:often|also|previously|repeatedly|sometimes|widely)\\s+)?(?:considered|deemed|labell?ed|branded|dubbed))";
// "described Will as", "the school see her as", "calls him": the label is given to the verb's object ("Kiera, whom
// she called": the relative's antecedent).
const FRAME =
  "(?:(?:describ(?:e|es|ed|ing)|label(?:s|led|ling)?|regard(?:s|ed)?|view(?:s|ed)?|sees?|saw|seen|think(?:s)?\\s+of|thought\\s+of|paint(?:s|ed)?|portray(?:s|ed)?|refer(?:s|red)?\\s+to|brand(?:s|ed)?|dismiss(?:es|ed)?|(?:writes|wrote|written)\\s+(?:up|off))\\s+[^.;!?\\n\"“]{1,40}?\\s+as|(?:call(?:s|ed|ing)?|label(?:s|led|ling)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?)\\s+(?:him|her|them|\\p{Lu}[\\p{L}'’-]+)|whom\\s+(?:he|she|they|\\p{Lu}[\\p{L}'’-]+)\\s+(?:call(?:s|ed)?|describ(?:es|ed)\\s+as)|(?:found|finds?|consider(?:s|ed)?)\\s+(?:him|her|them|\\p{Lu}[\\p{L}'’-]+|(?:the|her|his|their)\\s+(?:mother|father|mum|dad|parents?|boy|girl|child))(?:\\s+to\\s+be)?)";
const ARTICLE = "(?:a|an|such\\s+a|bit\\s+of\\s+a|a\\s+bit\\s+of\\s+a|a\\s+real|a\\s+right|a\\s+proper|a\\s+total|a\\s+complete|an\\s+absolute|a\\s+little|a\\s+nasty|a\\s+horrible)";

// A parenthesis between the verb and the label: "is, in Nan's view, a bully", "was, frankly, useless".
const ASIDE = "(?:,\\s+(?:in|to|according\\s+to|frankly|honestly|I\\s+think|I\\s+feel|I\\s+would\\s+say)\\b[^,.;!?\\n\"“]{0,30},)?";
const TRAIT_BEFORE = new RegExp(`\\b(${COPULA}|${FRAME})${ASIDE}\\s+${QUOTE_OPEN}${DEGREE}${QUOTE_OPEN}$`, "iu");
const NOUN_BEFORE = new RegExp(`\\b(${COPULA}|${FRAME})${ASIDE}\\s+${DEGREE}${QUOTE_OPEN}${ARTICLE}\\s+${QUOTE_OPEN}$`, "iu");
// A plural label takes no article, or a collective one: "were scroungers", "are a bunch of layabouts".
const PLURAL_NOUN_BEFORE = new RegExp(
  `\\b(${COPULA}|${FRAME})\\s+${DEGREE}${QUOTE_OPEN}(?:(?:a|such\\s+a)\\s+(?:bunch|load|lot|pack|gang|set|pair|couple|right\\s+pair|family|houseful)\\s+of\\s+|such\\s+|real\\s+|total\\s+|complete\\s+|absolute\\s+)?${QUOTE_OPEN}$`,
  "iu",
);
// A second predicate after "but" or "and": "Mum is on board but a pushover", "Dad was polite and a bit of a charmer".
// Also inside one quote, or after a naming: 'is "a nightmare and a bully"', 'described her as "cocky and a bit of a pest"'.
const NOUN_COORDINATED = new RegExp(`\\b(${COPULA}|${FRAME})\\s+${QUOTE_OPEN}[^.;!?,"“”]{1,40}?\\s+(?:and|but)\\s+(?:also\\s+)?${DEGREE}${QUOTE_OPEN}${ARTICLE}\\s+${QUOTE_OPEN}$`, "iu");
// "a stubborn boy", "a disorganised mother": the trait before a person noun.
const ATTRIBUTIVE_BEFORE = /\b(?:a|an|such\s+a|the|this|that|her|his|their|my|your)\s+(?:(?:very|quite|really|rather|bit|little)\s+)*["“'‘]?$/i;
const PERSON_NOUN_AFTER =
  /^\s*(?:child|boy|girl|young\s+(?:person|man|woman)|teenager|teen|lad|kid|person|man|woman|mother|father|parent|mum|dad|carer|individual|character|pupil|student|\d{1,2}[- ]year[- ]old)\b/i;
const ADULT_NOUN_AFTER = /^\s*(?:mother|father|parents?|mum|dad|carers?|man|woman|adults?)\b/i;
// "has a bad attitude", "with an attitude problem", "has got a short fuse".
const HAS_BEFORE = new RegExp(`\\b(has|have|had|having|with|shows?|showed|displays?|displayed)\\s+(?:got\\s+)?${QUOTE_OPEN}(?:${ARTICLE}\\s+)?${QUOTE_OPEN}$`, "iu");
// "the flat was a tip", "described the house as a dump", "the bedroom looked like a pigsty".
const HOME = "(?:home|house|flat|property|bedroom|kitchen|room|rooms|bathroom|garden|caravan|accommodation|place|address|maisonette|bungalow)";
const HOME_BEFORE = new RegExp(
  `\\b${HOME}\\s+(?:(?:is|was|were|are|looked|looks|had\\s+become|has\\s+become|became|remains|remained|was\\s+left)\\s+${DEGREE}(?:like\\s+)?|as\\s+(?:being\\s+)?|like\\s+)${QUOTE_OPEN}${ARTICLE}\\s+${QUOTE_OPEN}$`,
  "i",
);
// "Kyle has been acting up", "she keeps throwing a strop": the verb's subject comes before these.
// Also a plan's or a request's "Dean to stop mouthing off", "needs to stop acting up".
const BEHAVIOUR_BEFORE =
  /(?:\b(?:keeps|kept|keep|started|starts|start|began|begins|continues\s+to|continued\s+to|tends\s+to|tended\s+to|(?:(?:needs?|has|have|had|was\s+asked|is\s+asked)\s+)?to\s+stop|stop(?:s|ped)?)\s+)?$/i;
// A complement makes it a different sense: "difficult to reach", "entitled to a review", "a pain in the", "thick as thieves".
// Not "to" before a person, which names who the judged conduct is aimed at ("a little cow to her nan", "horrible to his sister").
const COMPLEMENT_AFTER = /^\s*(?:to(?!\s+(?:her|him|them|me|us|his|their|my|our|your|everyone|everybody|staff|other\s+(?:children|pupils|people))\b)|as)\b/i;
// "In the" of a record or a place where the label was given ("a bully in the referral", "a troublemaker in class")
// is not the idiom's complement.
const NOUN_COMPLEMENT_AFTER =
  /^\s*(?:of|for|in\s+the(?!\s+(?:referral|report|records?|notes?|minutes|file|log|letter|e-?mail|assessment|statement|chronology|playground|classroom|class|school|home|unit|meeting|past)\b))\b/i;
// A trait in "-ing" is the verb when an object follows it ("was controlling her phone", "is calculating the cost"): as
// an adjective it ends its phrase, or a preposition, conjunction or adverb follows ("controlling of her partner").
const PARTICIPLE = /ing$/i;
const PARTICIPLE_ENDS =
  /^\s*(?:$|[^\p{L}\s]|(?:and|or|but|of|with|towards?|around|about|in|at|on|over|when|whenever|because|since|if|as|sometimes|often|again|too|than|so|he|she|they|according|while|whilst|during|after|before|until|is|was|are|were)\b)/iu;
// "Controlling" also names a form of domestic abuse ("controlling or coercive behaviour", Serious Crime Act 2015 s.76):
// beside an allegation or another word for abuse in its sentence it describes harm done, not a character
// ("the mother alleges that the father was controlling and violent").
const ABUSE_SENSE = /^controlling$/i;
const ABUSE_IN_SENTENCE = /\b(?:alleg\w*|violen\w*|abus\w*|coerc\w*|domestic|assault\w*|threat\w*|intimidat\w*)/i;
// A label noun ends its phrase: what follows is punctuation, the end, or a word that cannot be the head
// noun it would otherwise modify ("a bully victim", "a monster truck fan" are not labels).
const NOUN_PHRASE_ENDS =
  /^\s*(?:$|[^\p{L}\s-]|-(?!\p{L})|(?:and|or|but|at|in|on|with|to|towards|around|who|that|which|when|whenever|because|since|if|as|sometimes|often|again|now|then|really|too|at|all|most|every|each|by|from|like|than|so|about|according|whose|while|whilst|during|after|before|until|he|she|they|i|we|you|is|was|are|were|has|had|will|would|can|could|may|might)\b)/iu;
// A frame's object is a person: a pronoun, a name, or a family or role word ("described Will as",
// "see her as", "described the father as") — not a thing ("described the meeting as a waste of time"),
// nor the speaker themself ("Dad described himself as a loser": his own view of himself, reported).
const FRAME_OBJECT_IS_PERSON =
  /(?:\b(?:her|his|their|\p{Lu}[\p{L}-]+['’]s)\s+(?:behaviou?r|attitude|manner|demeanou?r|conduct)|\b(?:him|her|them|me|us)|\p{Lu}[\p{L}'’-]+|\b(?:mum|mother|dad|father|parents?|boy|girl|child|son|daughter|brother|sister|partner|boyfriend|girlfriend|carer|grandmother|grandfather|nan|gran|uncle|aunt|man|woman|lad|teenager|pupil|student|young\s+person))\s+as$/u;
// Family and household words the shared person test does not list.
const FAMILY_OR_ROLE =
  /^(?:grandad|grandpa|grandma|granny|nana|nanna|grampa|stepdad|stepmum|sister|brother|cousin|niece|nephew|son|daughter|boyfriend|girlfriend|husband|wife|teenager|lad|kid|boys|girls|lads|kids|teenagers|youths|siblings|family)$/i;

// A label noun used as a modifier of a person or a household ("a nightmare household", "a waster
// father"): the head noun names who is labelled, and the phrase ends after it.
const GROUP_HEAD_AFTER =
  /^\s*["'’”]?\s*(?:family|families|household|households|child|children|kid|kids|boy|girl|teenager|mother|father|mum|dad|parents?)(?=\s*(?:$|[^\p{L}\s-]|(?:and|or|but|who|that|which|with|in|at)\b))/iu;

type Word = { word: string; at: number };

// An adult by role: a parent, a carer, a relative of the parents' generation.
const ADULT_WORD =
  /^(?:mum|mother|dad|father|parents?|carers?|step-?(?:mum|dad|mother|father)|stepmum|stepdad|grand(?:mother|father|parents?|ma|pa|ad)|nan|nana|nanna|gran|granny|aunt|auntie|uncle|partner|guardian|husband|wife|couple)$/i;
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?$/;

/** The subject word is an adult: a role word, a title and name, or someone the people stage knows as an adult. */
function isAdult(ctx: RuleContext, words: readonly Word[], i: number): boolean {
  if (ADULT_WORD.test(words[i].word) || (i > 0 && TITLE.test(words[i - 1].word))) return true;
  if (pronounOfThePreviousAdult(ctx, words[i])) return true;
  return adultMentionAt(ctx, words[i]);
}

function adultMentionAt(ctx: RuleContext, w: Word): boolean {
  const all = ctx.people.all;
  const mention = all[firstAtOrAfter(all, w.at + 1) - 1];
  return mention !== undefined && mention.start <= w.at && mention.end >= w.at + w.word.length - 2 && mention.role === "adult";
}

// The previous sentence's subject, when it is an adult: a role word, or a title and a name.
const ADULT_OPENS = /^\s*(?:(?:the|her|his|their)\s+)?([\p{L}'’-]+)(?:\s+([\p{L}'’-]+))?/iu;

/**
 * "he" or "she" that is not the child's own pronoun, opening a sentence after one whose subject is an adult
 * ("Mother stated … She was unbothered"): the pronoun takes that adult as its antecedent.
 */
function pronounOfThePreviousAdult(ctx: RuleContext, w: Word): boolean {
  const own = ctx.profile.pronouns?.subject;
  const pronoun = w.word.toLowerCase();
  if (!own || own === "they" || (pronoun !== "he" && pronoun !== "she") || pronoun === own) return false;
  const s = ctx.sentenceAt(w.at);
  if (ctx.text.slice(s.start, w.at).trim() !== "" || s.start < 2) return false;
  const prev = ctx.sentenceAt(s.start - 2);
  const head = ADULT_OPENS.exec(ctx.text.slice(prev.start, prev.end));
  if (!head) return false;
  if (ADULT_WORD.test(head[1])) return true;
  return head[2] !== undefined && TITLE.test(head[1]) && adultMentionAt(ctx, { word: head[2], at: prev.start + head[0].length - head[2].length });
}

// A finite verb an earlier conjunct opens with: "Jayden has a nasty streak and is a bully" shares its subject.
const FINITE = /^(?:is|was|are|were|has|had|have|seems?|seemed|appears?|appeared|looks?|looked|remains?|remained|can|could|will|would|gets|got|[\p{L}]{2,}ed|(?:can|won|is|was|does|did|has|had|could|would)n?['’]t|cannot)$/iu;
const CONJUNCT_WORDS = 12;
const RELATIVE_WORDS = 4;
// Verbs of becoming before the label ("had become a law unto himself"), and negated auxiliaries the shared
// list does not hold ("can't be bothered and is…"): passed over on the way back to the subject.
const BECOMING = /^(?:become|became|becomes|becoming|grown|grew|gone|getting|can['’]t|cannot|won['’]t|isn['’]t|wasn['’]t|doesn['’]t|didn['’]t|hasn['’]t|hadn['’]t|couldn['’]t|wouldn['’]t)$/i;

/** The verb's subject, back from `at` in the sentence, past auxiliaries and adverbs, is a person (not a thing); an adult when asked. */
function personSubjectBefore(ctx: RuleContext, sentenceStart: number, at: number, adultOnly = false, conjunct = true): boolean {
  const words: Word[] = [...ctx.text.slice(Math.max(sentenceStart, at - 120), at).matchAll(/[\p{L}'’-]+/gu)].map((m) => ({
    word: m[0],
    at: Math.max(sentenceStart, at - 120) + m.index,
  }));
  let i = words.length - 1;
  while (i >= 0 && (BETWEEN.test(words[i].word) || BECOMING.test(words[i].word)) && !/^(?:and|or)$/i.test(words[i].word)) i--;
  if (conjunct && i > 0 && /^(?:and|but)$/i.test(words[i].word)) {
    // A second predicate ("… and is a bully"): the subject of the first conjunct's verb, if the text between is one clause.
    for (let k = i - 1; k >= Math.max(0, i - CONJUNCT_WORDS); k--) {
      if (/[,;:]/.test(ctx.text.slice(words[k].at, words[i].at))) break;
      // A participle may look finite ("more interested in…"): try each candidate verb back to the clause's start.
      if (FINITE.test(words[k].word) && personSubjectBefore(ctx, sentenceStart, words[k].at, adultOnly, false)) return true;
    }
    if (!adultOnly && firstConjunctSubject(ctx, sentenceStart, words, i, FAMILY_OR_ROLE)) return true;
  }
  // A relative clause on the subject ("teenagers who move often become…"): "who" takes a person as its head.
  for (let k = i - 1; k >= Math.max(1, i - RELATIVE_WORDS); k--) if (/^who$/i.test(words[k].word)) return !adultOnly || isAdult(ctx, words, k - 1);
  if (i < 0 || THING_SUBJECT.test(words[i].word) || /^that$/i.test(words[i].word)) return false;
  if (adultOnly) return isAdult(ctx, words, i);
  if (FAMILY_OR_ROLE.test(words[i].word) || isPerson(ctx, words, i)) return true;
  // A participle clause after a comma ("…, making excuses as usual") takes the subject of its sentence.
  const adjunct = /,\s*$/.test(ctx.text.slice(words[i].at, at)) && /^[\p{L}]+ing\b/u.test(ctx.text.slice(at, at + 30));
  return clauseHeadIsPerson(ctx, sentenceStart, words, i, adjunct);
}

// A subject whose head noun is followed by its modifier ("The pupils filming her on the bus are vile", "the
// man next door is a lowlife"): the head opens the clause, after at most a determiner, and no verb or comma
// comes between it and the predicate.
const HEAD_DETERMINER = /^(?:the|these|those|her|his|their|some|other|both|two|three|several)$/i;
const GROUP_OF_PEOPLE = /^(?:man|woman|person|lady|pupils|students|children|peers|classmates|neighbours|people|men|women|adults|parents|staff)$/i;
const MODIFIER_WORDS = 10;

function clauseHeadIsPerson(ctx: RuleContext, sentenceStart: number, words: readonly Word[], i: number, adjunct: boolean): boolean {
  let c = 0;
  for (let k = i; k > 0; k--) {
    if (/;|:(?!\d)/.test(ctx.text.slice(words[k - 1].at + words[k - 1].word.length, words[k].at))) {
      c = k;
      break;
    }
  }
  if (c === 0 && !/^[\s\-–•*"“\d./()]*$/.test(ctx.text.slice(sentenceStart, words[0]?.at ?? sentenceStart))) {
    // A long sentence: a participle adjunct still takes the subject that opens it.
    if (!adjunct) return false;
    const opening = [...ctx.text.slice(sentenceStart, sentenceStart + 60).matchAll(/[\p{L}'’-]+/gu)].map((m) => ({ word: m[0], at: sentenceStart + m.index }));
    return opening.length > 1 && clauseHeadIsPerson(ctx, sentenceStart, opening, opening.length - 1, true);
  }
  const h = c < words.length && HEAD_DETERMINER.test(words[c].word) ? c + 1 : c;
  if (h >= i || (!adjunct && i - h > MODIFIER_WORDS)) return false;
  if (!(FAMILY_OR_ROLE.test(words[h].word) || GROUP_OF_PEOPLE.test(words[h].word) || isPerson(ctx, words, h))) return false;
  if (adjunct) return true;
  if (/[,]/.test(ctx.text.slice(words[h].at, words[i].at + words[i].word.length))) return false;
  for (let k = h + 1; k <= i; k++) if (FINITE.test(words[k].word) || /^(?:and|or|but|who|that|which)$/i.test(words[k].word)) return false;
  return true;
}

/** The label stands in a construction that says a person (or, for a home label, a home) is what it names. */
function predicateOf(ctx: RuleContext, cls: Grammar, start: number, end: number, sentenceStart: number, pluralNoun = false): boolean {
  const before = ctx.text.slice(Math.max(sentenceStart, start - 120), start);
  const after = ctx.text.slice(end, end + 20);
  const from = Math.max(sentenceStart, start - 120);
  // A condition or a habit ("when he is stubborn, staff…") is not a judgement of what happened.
  if (CONDITION_BEFORE.test(before)) return false;
  switch (cls) {
    case "traits":
    case "adultAffect": {
      const adultOnly = cls === "adultAffect";
      if (COMPLEMENT_AFTER.test(after)) return false;
      if (ATTRIBUTIVE_BEFORE.test(before) && (adultOnly ? ADULT_NOUN_AFTER : PERSON_NOUN_AFTER).test(after)) return true;
      if (PARTICIPLE.test(ctx.text.slice(start, end)) && !PARTICIPLE_ENDS.test(after)) return false;
      if (ABUSE_SENSE.test(ctx.text.slice(start, end)) && ABUSE_IN_SENTENCE.test(ctx.text.slice(sentenceStart, ctx.sentenceAt(start).end))) return false;
      return predicatedOfAPerson(ctx, TRAIT_BEFORE.exec(before) ?? TRAIT_BEFORE.exec(coordinatedHead(before)), from, sentenceStart, adultOnly);
    }
    case "personNouns":
      if (COMPLEMENT_AFTER.test(after) || NOUN_COMPLEMENT_AFTER.test(after) || !(NOUN_PHRASE_ENDS.test(after) || GROUP_HEAD_AFTER.test(after))) return false;
      return predicatedOfAPerson(ctx, (pluralNoun ? PLURAL_NOUN_BEFORE : NOUN_BEFORE).exec(before) ?? NOUN_COORDINATED.exec(before), from, sentenceStart) || (!pluralNoun && inApposition(ctx, before, from));
    case "attitudes": {
      const m = HAS_BEFORE.exec(before);
      // "had a temper tantrum" names an event, not what the person has.
      if (!m || /^\s*tantrums?\b/i.test(after)) return false;
      if (/^with$/i.test(m[1])) return true;
      return personSubjectBefore(ctx, sentenceStart, from + m.index);
    }
    case "homes":
      return HOME_BEFORE.test(before) && !NOUN_COMPLEMENT_AFTER.test(after) && NOUN_PHRASE_ENDS.test(after);
    case "behaviours": {
      const m = BEHAVIOUR_BEFORE.exec(before);
      return personSubjectBefore(ctx, sentenceStart, from + (m?.index ?? before.length));
    }
  }
}

const IS_COPULA = new RegExp(`^${COPULA}$`, "iu");

// A label in apposition to a person: "Her father, a bully, left", "Kayla, a pest at the best of times, …".
const APPOSITION_BEFORE = new RegExp(`([\\p{L}'’-]+)\\s*,\\s+${ARTICLE}\\s+${QUOTE_OPEN}$`, "iu");

function inApposition(ctx: RuleContext, before: string, from: number): boolean {
  const m = APPOSITION_BEFORE.exec(before);
  if (!m) return false;
  const word = m[1];
  return FAMILY_OR_ROLE.test(word) || ADULT_WORD.test(word) || (/^\p{Lu}/u.test(word) && isPerson(ctx, [{ word, at: from + m.index }], 0));
}
// A dub verb whose second object is the label ("labelled her 'a bully'", "dubbed Kayla"): its first object is a
// pronoun or a name (FRAME), so a person; with "as" its object is checked like any naming's.
const DUB_VERB = /^(?:label|brand|dub)\w*\s+\S+$/i;

function predicatedOfAPerson(ctx: RuleContext, m: RegExpExecArray | null, from: number, sentenceStart: number, adultOnly = false): boolean {
  if (!m) return false;
  // A frame names its object ("described Will as"): the label is given to whoever that is, if a person.
  const frame = m[1].trim();
  if (!IS_COPULA.test(frame)) return !adultOnly && (FRAME_OBJECT_IS_PERSON.test(frame) || /^(?:call|found|finds?|consider|whom\b)/i.test(frame) || DUB_VERB.test(frame));
  return personSubjectBefore(ctx, sentenceStart, from + m.index, adultOnly);
}

// "Dad was rude and stubborn", "rude, obnoxious": a coordinated label shares the first one's verb (one step back over "rude and").
const COORDINATED = new RegExp(`[\\p{L}'’-]+(?:,?\\s+(?:and|or|but\\s+also)\\s+|,\\s*)${QUOTE_OPEN}${DEGREE}${QUOTE_OPEN}$`, "iu");
const coordinatedHead = (before: string): string => {
  const co = COORDINATED.exec(before);
  return co ? before.slice(0, co.index) : "";
};

// A parent said to have chosen something over their children ("chose drugs over her children", "puts her
// partner before the kids"): blame framed as a choice. Not the children's needs put first ("put the
// children's needs before her own"): the object may not itself be the children.
const CHOSE_OVER_CHILDREN =
  /\b(?:chose|chooses|choose|choosing|chosen|put|puts|putting|prioriti[sz](?:e|es|ed|ing)|pick(?:s|ed)?)\s+((?:[\p{L}'’-]+\s+){1,4}?)(?:over|before|above|ahead\s+of)\s+(?:her|his|their|the)\s+(?:own\s+)?(?:children|child|kids|baby|babies|sons?|daughters?|family)\b/giu;
// The same blame as a comparison of interest: "more interested in her phone than her baby", "more bothered
// about his mates than the children".
const MORE_INTERESTED_THAN_CHILDREN =
  /\b(?:more|far\s+more|much\s+more)\s+(?:interested\s+in|concerned\s+(?:with|about)|bothered\s+(?:about|with)|focused\s+on|invested\s+in)\s+((?:[\p{L}'’-]+\s+){1,4}?)than\s+(?:in\s+|about\s+|with\s+|on\s+)?(?:her|his|their|the)\s+(?:own\s+)?(?:children|child|kids|baby|babies|sons?|daughters?|family)\b/giu;
const CHILD_WORD = /\b(?:child|children|children['’]s|kids?|kids['’]|baby|babies|sons?|daughters?|family|them|first)\b/i;

// "her lifestyle has not changed", "because of Mum's lifestyle": a person's life summed up as a chosen way
// of living (the research's lifestyle-choice entry, here without the word "choice"). Not when a predicate
// after it carries the judgement ("her lifestyle is chaotic": that word is the finding), nor a
// modified lifestyle ("a healthy lifestyle"), which is never directly after the possessive.
const PERSONS_LIFESTYLE = /\b(?:her|his|their|(?:mum|mother|dad|father|parents?|\p{Lu}[\p{L}-]+)['’]s?)\s+(lifestyles?)\b(?!\s+(?:is|was|were|are|has\s+been|seems|seemed|appears|appeared|remains|remained)\s)/giu;

const ARTICLE_BEFORE = /\b(?:a|an)\s$/i;

const MESSAGE = (text: string) =>
  `"${text}" is a judgement of the person rather than a description of what happened; say what was seen, said or done instead.`;

/** Judgements of a person's character predicated of them, found by construction rather than a fixed phrase. */
export const evaluativePredicate: Rule = {
  meta: {
    id: "evaluative-predicate",
    category: "judgemental",
    description: "A person said to be a character label (\"is stubborn\", \"a little terror\", \"has a bad attitude\") rather than described.",
  },
  check(ctx: RuleContext) {
    reportChoicesOverChildren(ctx);
    reportLifestyles(ctx);
    reportFormedLabels(ctx);
    reportTypicalLabels(ctx);
    reportImputedConstructions(ctx);
    MATCHER.scan(ctx.text, (start, end, { cls, plural }) => {
      if (ownedByTheLexicon(ctx, start, end)) return;
      const s = ctx.sentenceAt(start);
      const grammar = GRAMMAR[cls];
      if (!predicateOf(ctx, grammar, start, end, s.start, plural) || !theWritersJudgement(ctx, start, end)) return;
      // A label noun is reported with its article ("a lowlife"), as the writer would replace it.
      const article = grammar === "traits" || grammar === "adultAffect" || grammar === "behaviours" ? null : ARTICLE_BEFORE.exec(ctx.text.slice(Math.max(0, start - 4), start));
      const from = article ? start - article[0].length : start;
      const text = ctx.text.slice(from, end);
      ctx.report({ start: from, end, message: MESSAGE(text), severity: "warning", confidence: 0.7, source: DATA[cls].source });
    });
    reportAcrossAQuote(ctx);
  },
};

// A listed phrase whose quoted head is someone's words and whose tail goes on after the quote: "was 'playing games'
// with professionals". The closing quote mark is read as a space (PhraseMatcher takes a run of spaces as one), and
// the quoted head is judged as any quoted label is (passed on unchallenged, or not).
// (The quotation mark first and the letter behind it after: a pattern opening on a lookbehind for a letter is tried at
// every offset, forty times slower over a record than one that V8 can start only at quotation marks.)
const CLOSE_BEFORE_WORD = /["”](?<=\p{L}["”])(?=[ \t]+\p{Ll})/gu;
const ACROSS_REACH = 60;

function reportAcrossAQuote(ctx: RuleContext): void {
  for (const q of ctx.text.matchAll(CLOSE_BEFORE_WORD)) {
    const at = q.index;
    const from = Math.max(0, at - ACROSS_REACH);
    const window = `${ctx.text.slice(from, at)} ${ctx.text.slice(at + 1, at + ACROSS_REACH)}`;
    MATCHER.scan(window, (ws, we, { cls, plural }) => {
      const start = from + ws;
      const end = from + we;
      if (start >= at || end <= at + 1) return;
      const head = at;
      if (!ctx.inQuote(start, head) || ownedByTheLexicon(ctx, start, end)) return;
      const s = ctx.sentenceAt(start);
      if (!predicateOf(ctx, GRAMMAR[cls], start, end, s.start, plural) || !theWritersJudgement(ctx, start, head)) return;
      const text = ctx.text.slice(start, end);
      ctx.report({ start, end, message: MESSAGE(text), severity: "warning", confidence: 0.7, source: DATA[cls].source });
    });
  }
}


// Longer than any lexicon phrase: a lexicon match overlapping [start, end) starts no further back than this.
const LONGEST_LEXICON_PHRASE = 80;

/** The lexicon rules own words their entries match ("lifestyle choices", "a waste of space"). */
function ownedByTheLexicon(ctx: RuleContext, start: number, end: number): boolean {
  const lexicon = scanLexicon("judgemental", ctx.text);
  for (let i = firstAtOrAfter(lexicon, start - LONGEST_LEXICON_PHRASE); i < lexicon.length && lexicon[i].start < end; i++) {
    if (lexicon[i].end > start) return true;
  }
  return false;
}

/** Not quoted speech, negated, corrected or a report the record rejects; a quoted label only when passed on unchallenged. */
function theWritersJudgement(ctx: RuleContext, start: number, end: number): boolean {
  const suppressed = wordingSuppression(ctx, start, end, { terms: [ctx.text.slice(start, end).toLowerCase()] });
  if (suppressed && !(suppressed === "quoted" && (adoptedQuotedLabel(ctx, start, end) || reportedUnchallenged(ctx, start, end) || scareQuotedModifier(ctx, start, end)))) return false;
  return !rejectedReport(ctx, start, end) && !quotedFromARecord(ctx, start, end) && !saidOfAProfessional(ctx, start);
}

// Every construction's anchor words, registered as they are made: a record's tokens are read once for all of them
// (anchorTokens), not once per construction.
const ANCHOR_SETS: { set: WordSet; words: readonly string[] }[] = [];
let anchorUnion: WordSet | undefined;

function anchorWords(words: readonly string[]): WordSet {
  const set = new WordSet(words);
  ANCHOR_SETS.push({ set, words });
  return set;
}

const CHOICE_VERBS = anchorWords(["chose", "chooses", "choose", "choosing", "chosen", "put", "puts", "putting", "prioritise", "prioritises", "prioritised", "prioritising", "prioritize", "prioritizes", "prioritized", "prioritizing", "pick", "picks", "picked"]);
const MORE = anchorWords(["more"]);

function reportChoicesOverChildren(ctx: RuleContext): void {
  reportPutOverChildren(ctx, CHOSE_OVER_CHILDREN, CHOICE_VERBS, 0);
  reportPutOverChildren(ctx, MORE_INTERESTED_THAN_CHILDREN, MORE, 1);
}

function reportPutOverChildren(ctx: RuleContext, re: RegExp, anchors: WordSet, wordsBack: number): void {
  scanAnchored(ctx, anchors, re, wordsBack, (start, m) => {
    const end = start + m[0].length;
    if (CHILD_WORD.test(m[1]) || !personSubjectBefore(ctx, ctx.sentenceAt(start).start, start) || !theWritersJudgement(ctx, start, end)) return;
    const text = ctx.text.slice(start, end);
    ctx.report({
      start,
      end,
      message: `"${text}" blames the parent by setting the children against what they chose; say what happened and what it meant for the children instead.`,
      severity: "warning",
      confidence: 0.7,
      source: "GUIDANCE",
    });
  });
}

const LIFESTYLE = anchorWords(["lifestyle", "lifestyles"]);

function reportLifestyles(ctx: RuleContext): void {
  scanAnchored(ctx, LIFESTYLE, PERSONS_LIFESTYLE, 2, (at, m) => {
    const end = at + m[0].length;
    const start = end - m[1].length;
    if (ownedByTheLexicon(ctx, start, end) || !theWritersJudgement(ctx, start, end)) return;
    ctx.report({
      start,
      end,
      message: `"${m[1]}" frames what is happening as the person's chosen way of living; say what happened (drug use, a violent partner) and its impact instead.`,
      severity: "warning",
      confidence: 0.6,
      source: "GUIDANCE",
    });
  });
}

// Labels recognisable by their form rather than a list: a person "un…able" (unmanageable, unteachable,
// uncontrollable: a verdict that nothing can be done with them), "anti-" a stance (anti-authority,
// anti-police), or a motive asserted with an adjective ("deliberately provocative", "wilfully unhelpful").
// Said of a person in the traits grammar. After the adverb, only an adjective by its ending: not a
// participle ("deliberately hurt" is harm done). Not the un…able words of fact, feeling or availability,
// nor a word the lists above already hold.
// Not "under…" ("understandable"): that is not the prefix un-.
const FORMED_LABEL =
  /\b(?:un(?!der)[a-z]{3,}(?:able|ible)|anti-[a-z]{3,}|(?:deliberately|wilfully|willfully|purposely|intentionally)\s+[a-z]{2,}(?:ive|ous|ful|less|ent|ant|ic|ical|able|ible|ish|some|ary|ory|ate|y|ward))\b/gi;
const FORMED_NOT_A_LABEL =
  /^(?:unable|unavailable|uncomfortable|unreachable|uncontactable|unforgettable|unbelievable|unaffordable|unsuitable|unrecognisable|unrecognizable|unidentifiable|unnoticeable|unavoidable|unremarkable|unmistakable|unchangeable|unsustainable|unimaginable|unknowable|unquestionable|unstoppable|unbeatable|unflappable|undeniable|unaccountable|unexplainable|untreatable|unsinkable|unreadable|unworkable|unintelligible|unreliable)$/i;

const LISTED = new Set(CLASSES.flatMap((c) => DATA[c].words));

function reportFormedLabels(ctx: RuleContext): void {
  FORMED_LABEL.lastIndex = 0;
  for (let m = FORMED_LABEL.exec(ctx.text); m; m = FORMED_LABEL.exec(ctx.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (FORMED_NOT_A_LABEL.test(m[0]) || LISTED.has(m[0].toLowerCase()) || ownedByTheLexicon(ctx, start, end)) continue;
    if (!predicateOf(ctx, "traits", start, end, ctx.sentenceAt(start).start) || !theWritersJudgement(ctx, start, end)) continue;
    ctx.report({ start, end, message: MESSAGE(m[0]), severity: "warning", confidence: 0.6, source: "GUIDANCE" });
  }
}

// A person filed under a type: "she is your typical teenage mum", "a typical looked-after child" (said of
// them, or given to them as a name), and "which is typical of her" (their conduct put down to their nature).
// Not "a typical day", "typical of a fall": the noun must be a category of person, the pronoun a person.
const escape = (w: string) => escapeLiteral(w).replace(/[- ]/g, "[- ]");
const GROUP = [...DATA.typicalGroups.words].sort((a, b) => b.length - a.length).map(escape).join("|");
const TYPICAL_LABEL = new RegExp(
  `\\b(?:a|an|your|such\\s+a)\\s+(?:typical|stereotypical|classic)\\s+(?:(?:[\\p{L}-]+)\\s+)?(?:${GROUP})s?\\b|\\btypical\\s+of\\s+(?:him|her|them)\\b`,
  "giu",
);
const NAMING_BEFORE = new RegExp(`\\b(${COPULA}|${FRAME})\\s+${DEGREE}$`, "iu");
const CONDUCT_BEFORE = /\b(?:is|was|are|were|seems?|seemed|it['’]s|that['’]s)\s+(?:(?:so|very|just|quite|all\s+too)\s+)?$/i;

const TYPICAL_ANCHORS = anchorWords(["typical", "stereotypical", "classic"]);

function reportTypicalLabels(ctx: RuleContext): void {
  scanAnchored(ctx, TYPICAL_ANCHORS, TYPICAL_LABEL, 3, (start, m) => {
    const end = start + m[0].length;
    const s = ctx.sentenceAt(start);
    const from = Math.max(s.start, start - 120);
    const before = ctx.text.slice(from, start);
    if (CONDITION_BEFORE.test(before)) return;
    const said = /^typical/i.test(m[0]) ? CONDUCT_BEFORE.test(before) : predicatedOfAPerson(ctx, NAMING_BEFORE.exec(before), from, s.start);
    if (!said || ownedByTheLexicon(ctx, start, end) || !theWritersJudgement(ctx, start, end)) return;
    ctx.report({
      start,
      end,
      message: `"${m[0]}" files the person under a type instead of describing them; say what was seen or done.`,
      severity: "warning",
      confidence: 0.6,
      source: DATA.typicalGroups.source,
    });
  });
}

// Two constructions that impute a motive or a stance instead of describing what was done, each said of a
// person: a parent's engagement summed up as little or no interest ("has shown little interest in him",
// "showed no commitment to contact"; of a child it describes what was seen, so an adult only), and
// calculation ascribed as knowledge ("knows how to work adults", "knows exactly how to get her own way").
// Each with its anchors: the rarest words of the construction, looked up in the record's tokens, and how many
// words before an anchor the construction may start.
const IMPUTED: readonly { re: RegExp; anchors: WordSet; wordsBack: number; adultOnly: boolean; why: string }[] = [
  {
    // "Play the … card" (Cambridge Dictionary, "play the race card"; rules/evaluative.json PLAY_IDIOMS): a
    // fact about the person said to be used for advantage ("plays the victim card"). Not a card game.
    re: /\b(?:play|plays|played|playing)\s+the\s+(?:[\p{L}-]+\s+){1,2}?card\b(?!\s+games?\b)/giu,
    anchors: anchorWords(["card"]),
    wordsBack: 4,
    adultOnly: false,
    why: "imputes a calculated motive; say what the person said or did and what happened",
  },
  {
    re: /\b(?:show(?:s|ed|n|ing)?|display(?:s|ed|ing)?|demonstrat(?:es|ed|ing))\s+(?:very\s+)?(?:little|no|minimal|limited)\s+(?:real\s+|genuine\s+)?(?:interest|commitment|motivation)\b/giu,
    anchors: anchorWords(["interest", "commitment", "motivation"]),
    wordsBack: 5,
    adultOnly: true,
    why: "sums up a parent's engagement as a judgement; say what was offered and what they did",
  },
  {
    re: /\b(?:knows?|knew|knowing)\s+(?:exactly\s+|full\s+well\s+|just\s+|perfectly\s+well\s+)?how\s+to\s+(?:(?:work|play|manipulate|wind\s+up|get\s+round|get\s+around|wrap)\s+(?:adults|staff|people|everyone|everybody|professionals|workers|the\s+system|(?:her|his|their)\s+(?:mum|dad|mother|father|parents|carers?|nan|gran|teachers?))|get\s+(?:his|her|their)\s+own\s+way)\b/giu,
    anchors: anchorWords(["know", "knows", "knew", "knowing"]),
    wordsBack: 0,
    adultOnly: false,
    why: "ascribes a calculated motive; say what the person did and what happened",
  },
  {
    // The idiom "when it suits (one)" after "only": what a person does put down to self-interest ("only
    // visits when it suits him"). Not a thing that suits ("when it suits her shifts"): the idiom ends the clause.
    re: /\bonly\s+(?:[\p{L}'’-]+\s+){1,4}?(?:when|if|as\s+and\s+when|whenever)\s+it\s+suits\s+(?:him|her|them)(?:self|selves)?(?=\s*(?:$|[.,;:!?)]|\s(?:and|but|or)\b))/giu,
    anchors: anchorWords(["suits"]),
    wordsBack: 12,
    adultOnly: false,
    why: "puts what the person does down to self-interest; say what they did, how often, and what it meant for the child",
  },
  {
    // "Wind someone up" (Collins COBUILD: deliberately say things that annoy them) with the person after
    // "up": "winds up the younger children", "wound up her carers". Only a person object, never a thing or
    // a place ("wound up the meeting", "wound up in hospital").
    re: /\b(?:winds|wound|winding|wind)\s+up\s+(?:(?:the|other|his|her|their|some)\s+)?(?:[\p{L}-]+\s+)?(?:children|kids|pupils|boys|girls|staff|carers|foster\s+carers|others|siblings|brothers|sisters|peers|classmates|residents|teachers|neighbours)\b/giu,
    anchors: anchorWords(["wind", "winds", "wound", "winding"]),
    wordsBack: 0,
    adultOnly: false,
    why: "ascribes a motive to annoy; say what the person said or did and how others responded",
  },
  {
    // The same idiom with the person between ("winding her brother up", "wound Mum up"): a pronoun, a relative or
    // a carer after a possessive, or a name; never a thing ("wound the clock up", "wound her hair up").
    re: /\b(?:[Ww]inds|[Ww]ound|[Ww]inding|[Ww]ind)\s+(?:him|her|them|(?:his|her|their)\s+(?:(?:little|big|younger|older)\s+)?(?:mum|mother|dad|father|stepdad|stepmum|sister|brother|siblings|nan|gran|grandma|grandad|carers?|foster\s+carers?|teachers?|friends?|classmates?|parents?|grandparents?)|\p{Lu}[\p{L}'’-]+)\s+up\b/gu,
    anchors: anchorWords(["wind", "winds", "wound", "winding"]),
    wordsBack: 0,
    adultOnly: false,
    why: "ascribes a motive to annoy; say what the person said or did and how others responded",
  },
  {
    // The un…able verdicts (above) as a modal passive: "can't be trusted" (untrustworthy), "can't be told"
    // (unteachable), "cannot be controlled" (uncontrollable), said of a person.
    re: /\b(?:can['’]t|cannot|can\s+not|won['’]t)\s+be\s+(?:trusted|told|reasoned\s+with|controlled|managed|handled|taught|believed)\b/giu,
    anchors: anchorWords(["trusted", "told", "reasoned", "controlled", "managed", "handled", "taught", "believed"]),
    wordsBack: 3,
    adultOnly: false,
    why: "is a verdict on the person rather than a description of what happened; say what they did",
  },
];

function reportImputedConstructions(ctx: RuleContext): void {
  for (const { re, anchors, wordsBack, adultOnly, why } of IMPUTED) {
    scanAnchored(ctx, anchors, re, wordsBack, (start, m) => {
      const end = start + m[0].length;
      const s = ctx.sentenceAt(start);
      if (CONDITION_BEFORE.test(ctx.text.slice(Math.max(s.start, start - 120), start))) return;
      const habit = BEHAVIOUR_BEFORE.exec(ctx.text.slice(Math.max(s.start, start - 40), start));
      const subjectEnd = habit && habit[0] ? start - habit[0].length : start;
      if (!personSubjectBefore(ctx, s.start, subjectEnd, adultOnly) || ownedByTheLexicon(ctx, start, end) || !theWritersJudgement(ctx, start, end)) return;
      ctx.report({ start, end, message: `"${m[0]}" ${why}.`, severity: "warning", confidence: 0.6, source: "GUIDANCE" });
    });
  }
}

// Past the anchor, room for the rest of any construction above and what its lookahead reads.
const ANCHOR_AHEAD = 200;

/**
 * The matches of a construction (a global regex) that take in one of its anchor words, found from the
 * record's tokens instead of a pass of the regex over the whole text: the regex runs only over a window
 * from `wordsBack` words before each anchor. Matches do not overlap, as in a pass over the whole text.
 */
const ANCHOR_TOKENS = {};

/** The tokens (indices, in order) that are words of `anchors`: for every registered set, found in one pass per analysis. */
function anchorTokens(ctx: RuleContext, anchors: WordSet): readonly number[] {
  const t = ctx.tokens;
  const found = ctx.perAnalysis(ANCHOR_TOKENS, () => {
    anchorUnion ??= new WordSet(ANCHOR_SETS.flatMap((a) => a.words));
    const out = new Map<WordSet, number[]>(ANCHOR_SETS.map((a) => [a.set, []]));
    for (let i = 0; i < t.count; i++) {
      if (!anchorUnion.hasToken(t, i)) continue;
      for (const a of ANCHOR_SETS) if (a.set.hasToken(t, i)) out.get(a.set)?.push(i);
    }
    return out;
  });
  const known = found.get(anchors);
  if (known) return known;
  const out: number[] = [];
  for (let i = 0; i < t.count; i++) if (anchors.hasToken(t, i)) out.push(i);
  return out;
}

function scanAnchored(ctx: RuleContext, anchors: WordSet, re: RegExp, wordsBack: number, each: (start: number, m: RegExpExecArray) => void): void {
  const t = ctx.tokens;
  const text = ctx.text;
  let taken = 0;
  for (const i of anchorTokens(ctx, anchors)) {
    const anchorStart = t.starts[i];
    const anchorEnd = t.ends[i];
    if (anchorEnd <= taken) continue;
    const from = Math.max(taken, t.starts[Math.max(0, i - wordsBack)]);
    const to = Math.min(text.length, anchorEnd + ANCHOR_AHEAD);
    const window = text.slice(from, to);
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const start = from + m.index;
      if (start > anchorStart) break;
      const end = start + m[0].length;
      if (end >= anchorEnd && (to === text.length || end < to)) {
        taken = end;
        each(start, m);
        break;
      }
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}
