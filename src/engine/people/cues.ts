// Context around a name that says whether the person is a child or an adult: kinship and peer
// words, ages and dates of birth, school, titles, roles, email headers and signatures.
import { TOLD_STAFF_RIGHT } from "./told-staff";
import type { RuleContext } from "../rule";
import { MONTH_SOURCE, yearsBetween, type SimpleDate } from "../text/dates";
import {
  ADULT_ROLES,
  ADULT_TITLES,
  CHILD_KINSHIP,
  COMMON_WORDS,
  FIRST_NAMES,
  KIN_ALT,
  OCCUPATION_ALT,
  ROLE_ALT,
  kinGender,
  roleGender,
  titleGender,
  type Gender,
} from "./name-lexicon";
import { RUNS, foldedRuns, holdsAny, lastWordOf } from "./end-gates";
import type { Phrase } from "./phrases";
import { advocateInHeader } from "./court-header";
import { afterInitial, noChildSignal } from "./initial-surname";
// ---------------------------------------------------------------------------------------------
// Context cues

const NUMBER_WORD_VALUES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];
const NUMBER_WORDS = NUMBER_WORD_VALUES.join("|");
const toAge = (s: string) => (/^\d+$/.test(s) ? +s : NUMBER_WORD_VALUES.indexOf(s.toLowerCase()));
const AGE_RIGHT = [
  /^[ \t]*\(\s*(?:aged?\s*|then\s+|now\s+)?(\d{1,2})\s*(?:years?|yrs?)?(?:\s*old)?\s*\)/i,
  new RegExp(
    `^\\s*(?:,\\s*|(?=who\\s))(?:aged?\\s+|now\\s+|then\\s+|who\\s+is\\s+(?:now\\s+|only\\s+|about\\s+)?|age\\s+)(\\d{1,2}|${NUMBER_WORDS})\\b(?![/:.]\\d)(?!\\s*(?:months?|weeks?|days?)\\b)`,
    "i",
  ),
  // "Ava, 4, and …"; "(mother of Tyler, 4)": the bracket that closes after the age closes the item too.
  /^\s*,\s*(\d{1,2})\s*[,)]/,
  /^\s*(?:,\s*)?(?:is|was)\s+(?:now\s+|only\s+|just\s+)?['"‘“]?(?:about\s+|nearly\s+|almost\s+)?(\d{1,2})\b(?!\s*(?:%|am\b|pm\b|minutes|hours|days|weeks|months|times|[/:.]\d))/i,
  // "Kit, a 9-year-old", "Bethany is a 16-year-old who…" (not "is the 16-year-old's mother").
  new RegExp(`^\\s*,?\\s*(?:(?:is|was)\\s+(?:now\\s+|only\\s+|just\\s+)?)?(?:an?|the)\\s+(\\d{1,2}|${NUMBER_WORDS})[\\s-]year[\\s-]old(?![\\p{L}'’])`, "iu"),
];
// "Zuri is a baby", "Ezra is still a toddler"; "Mum gave birth to Zuri".
const BABY_NOW_RIGHT = /^\s+(?:is|was\s+born|is\s+now)\s+(?:only\s+|just\s+|still\s+)?(?:a\s+)?(?:baby|newborn|toddler|infant|premature|prem)\b/i;
const BIRTH_LEFT =
  /\b(?:gave\s+birth\s+to|the\s+birth\s+of|had\s+(?:a\s+)?(?:baby|son|daughter)\s*,?|welcomed\s+(?:baby\s+)?|(?:going\s+to|gonna|will|want(?:s|ed)?\s+to|plan(?:s|ning)?\s+to)\s+(?:call|name)\s+(?:her|him|the\s+baby|it)|(?:has|have|had|['’]ve)\s+named\s+(?:her|him|the\s+baby))\s*$/i;
const MONTHS_OLD_RIGHT = /^\s*(?:\(|,\s*(?:aged?\s+|who\s+is\s+)?)\s*(\d{1,2})\s*(?:months?|weeks?|days?)(?:\s*old)?/i;
// "Rose's school", "Jack's nursery place": things only a child has.
export const CHILD_POSSESSION =
  /^['’]s\s+(?:new\s+|old\s+|current\s+|primary\s+|secondary\s+|own\s+|initial\s+|review\s+)?(?:ICPC|RCPC|child\s+protection\s+(?:plan|conference)|CP\s+plan|CLA\s+review|LAC\s+review|school|nursery|class|classroom|teacher|class teacher|form tutor|head of year|foster carers?|carers|placement|PEP|EHCP|IRO|cot|pram|pushchair|toys|childminder|school place|nursery place|year group|school report|attendance|SENCO|school uniform|birth certificate|health visitor|red book|paediatrician|immunisations|nappy|bottle)\b/i;
const YEAR_GROUP_RIGHT = /^[^.;\n\p{Lu}]{0,40}?\b(?:in\s+)?(?:Year|Yr)\s+(?:[1-9]|1[0-3])\b|^\s*\((?:Year|Yr)\s+\d{1,2}\)/u;
// "Ava, her sister", "Tariq (Mum's brother)"; not a case name's "(Children)".
const KIN_RIGHT = new RegExp(
  `^(?:\\s*,\\s*|[ ]*(?:\\t|\\|)\\s*|[ ]*\\((?!\\s*(?:children|child)\\s*\\))\\s*)(?:((?:(?:his|her|their|my|our|your)\\s+)?[\\p{L}-]+['’]s|his|her|their|a|an|another|the|my|our|your)\\s+)?(?:(?:older|younger|little|big|baby|twin|half|step|foster|full|new|best|other|eldest|youngest|oldest|school|local)[\\s-]+)*(${KIN_ALT})\\b(?!['’]s)`,
  "iu",
);
// "Devon is a boy she knows from school", "Ty was a baby then": a child noun after a copula.
const CHILD_NOUN_IS_RIGHT =
  /^\s+(?:is|was)\s+(?:also\s+|just\s+|only\s+)?(?:a|an)\s+(?:(?:little|young|small|younger|older|local|teenage)\s+)?(boy|girl|child|teenager|toddler|baby|youngster|pupil|classmate|schoolboy|schoolgirl)\b(?!['’])/i;
// "Tilly is Corbin's twin", "Aziz was her best friend": a kin word after a copula, with its possessor.
const KIN_IS_RIGHT = new RegExp(
  `^\\s+(?:is|was)\\s+(?:also\\s+|now\\s+)?((?:his|her|their|my|our|[\\p{L}'’-]+['’]s)\\s+)(?:(?:older|younger|little|big|baby|twin|half|step|foster|full|new|best|eldest|youngest|oldest|school)[\\s-]+)*(${KIN_ALT})\\b`,
  "iu",
);
const PEER_CONTEXT =
  /\b(?:call(?:s|ed|ing)\s+(?:him|her|them|me|us)\s+names|name[\s-]calling|(?:pick\w*\s+on|laugh\w*\s+at|teas\w+|wind\w*|wound)\s+(?:him|her|them|me|us)|calling\s+(?:him|her|them|me|us)\s+["'“‘]|bull(?:y|ied|ies|ying)|in\s+(?:his|her|their|my|the\s+same)\s+class|playground|classmates?|sleepover|play\s?date|at\s+break(?:\s?time)?|at\s+lunch(?:\s?time)?|best\s+friends?)\b/i;
// "…is 14; staff only know his first name, Zak", "a boy of about 13 … gave his name as Corey": a name given for
// someone the sentence has described, a child when it describes a child (an age under 18, a child noun, a
// school year) and no adult (a man, a parent, someone in their forties).
const NAME_GIVEN_LEFT = /\b(?:(?:his|her|their)\s+(?:first\s+)?name\s*(?:,|:|\s(?:is|was|as))|gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:to\s+\p{Ll}+\s+)?as)\s*$/iu;
const CHILD_DESCRIBED =
  /\b(?:(?:boy|girl|lad|teenager|child|pupil|youngster)(?:s|ren)?\b|Year\s+\d|(?:is|aged|about)\s+(?:1[0-7]|[1-9])\b(?![/:.]\d|\s*(?:%|am|pm|minutes|hours|days|weeks|months))|(?:1[0-7]|[1-9])-year-old)/i;
const ADULT_DESCRIBED =
  /\b(?:man|woman|men|women|lady|adult|mum|mother|dad|father|parent|carer|uncle|aunt|neighbour|tenant|officer|in\s+(?:his|her|their)\s+(?:\w+ties|[2-9]0s)|(?:1[89]|[2-9]\d)-year-old)\b/i;
const FROM_CLASS_RIGHT = /^\s+from\s+(?:my|his|her|their|our|the\s+same)\s+(?:class|year|form|tutor\s+group)\b/i;
const FROM_SCHOOL_RIGHT = /^\s+(?:from|at|in)\s+(?:my\s+)?(?:school|nursery|class)\b/i;
const HAS_PARENT_RIGHT =
  /^[^\n]{0,120}?\b(?:(?:his|her|their)\s+(?:mum|mother|dad|father|parents|foster\s+carers?|birth\s+parents)\b(?!['’]s)|(?:both|the\s+two|the\s+other|these|those)\s+(?:boys|girls|children|pupils|young\s+people)\b(?!['’]s))/i;
const IN_PLACE_LEFT = /\b(?:in|from|near|into|outside|across|around|throughout)\s+$/i;
// A word where someone is, comes from or moves to ("I'm from Hull", "moved down from Stroud", "going back to
// Maltby", "just outside Kettleby") is a place: a sentence about friends and play says nothing of it. Not "confided
// in Mia" (a person after the preposition). No lookbehind: the on-send bundle's fallback for old engines drops
// lookbehinds, which here would make a person a place.
const LOCATIVE_LEFT = /\b(confid\w*\s+|believ\w*\s+|trust\w*\s+)?(?:in|outside|across|throughout|via)\s+$/i;
const ORIGIN_LEFT = /\b(?:(?:am|is|are|was|were|['’][msr]e?|comes?|coming|mov\w+(?: down| back)?|back)\s+from|(?:mov\w+|go\w*|went|gone|return\w*)(?: back)?\s+to)\s+$/i;
/** Is the word after `left` where someone is ("in Bala", "outside Kettleby"), not who? */
export function placeWordLeft(left: string): boolean {
  const m = LOCATIVE_LEFT.exec(left);
  return !!m && !m[1];
}
// "Dawn said she cannot manage both boys": the children are those the person speaks of or cares for,
// not children the person is one of.
const CARE_OR_SPEECH =
  /\b(?:said|says|told|tells|explained|reported|manage|managing|look(?:s|ing)?\s+after|looked\s+after|care(?:s|d)?\s+for|caring\s+for|cope\s+with|coping\s+with|collect(?:s|ed)?|brings?|brought|take(?:s)?|took|drives?|drove|feeds?|fed|bath(?:es|ed)?|parent(?:s|ing)?|supervis(?:e|es|ed|ing))\b/i;
const PARENT_GATE = /\b(?:his|her|their|both|the two|the other|these|those)\s/i;
const peerCache = new WeakMap<RuleContext, Map<number, boolean>>();
function peerSentence(ctx: RuleContext, offset: number): boolean {
  let cache = peerCache.get(ctx);
  if (!cache) peerCache.set(ctx, (cache = new Map()));
  const sentence = ctx.sentenceAt(offset);
  let hit = cache.get(sentence.start);
  if (hit === undefined) cache.set(sentence.start, (hit = PEER_CONTEXT.test(ctx.text.slice(sentence.start, sentence.end))));
  return hit;
}
export const ADULT_POSSESSOR =
  /\b(?:m|f|mum|mummy|mother|dad|daddy|father|nan|nana|gran|grandma|grandmother|grandad|grandfather|aunt|auntie|uncle|partner|carer|stepdad|stepmum|stepfather|stepmother|boyfriend|girlfriend|(?:mr|mrs|ms|miss|dr)\.?\s+\p{Lu}[\p{L}'’-]*)['’]s\s*$/iu;
const OWNER_PRONOUN = /\b(his|her)\s+$/i;
// A child's parent noun in apposition before another kin word: "whose father, her son …", "Kemi's mother,
// his sister …" (not a list: "with his mother, his sisters …").
const PARENT_APPOSITION = /\b(?:whose|[\p{L}-]+['’]s)\s+(?:birth\s+)?(?:father|mother|dad|mum)\s*,\s*(?:(?:his|her|their|[\p{L}-]+['’]s)\s+)?$/iu;
const NAMED_POSSESSOR = /\p{Lu}[\p{L}'’-]*['’]s\s*$/u;
// "Kerry has a new boyfriend, Paul": the named person just before has the relative (settled like a possessive).
const HAS_A = String.raw`(?:also\s+|now\s+)?(?:has|had|has\s+got)\s+(?:a|an)\s+`;
const NAMED_HAS = new RegExp(String.raw`\p{Lu}[\p{L}'’-]*\s+${HAS_A}$`, "u");
// Between an owner's name and the relative's: "has a new boyfriend,", "also had a partner called".
export const NAMED_HAS_BETWEEN = new RegExp(String.raw`^\s+${HAS_A}[\p{L}\s,-]{0,40}$`, "u");
// "Mum (Gail, 38) has two sisters, …", "her dad had a brother": relatives an adult has.
const ADULT_HAS =
  /\b(?:mum|mother|dad|father|nan|nana|gran|grandma|grandmother|grandad|grandfather|aunt|auntie|uncle|stepdad|stepmum|stepfather|stepmother|partner|carer)\b(?:\s*\([^()\n]{0,30}\))?\s+(?:also\s+)?(?:has|had|have)\s+(?:(?:a|an|one|two|three|four|five|six|several|\d)\s+)?$/i;
// "Mum confirmed that her sister …", "Dad told me his brother …": in a parent's reported words the
// possessive is the speaking parent's (a brother or sister of an adult is an adult).
const ADULT_SPEAKER_POSS =
  /\b(?:(?:mum|mummy|mother|nan|nana|gran|grandma|grandmother|aunt|auntie|stepmum|stepmother)\s+(?:[a-z]+\s+){0,2}?(?:said|says|told\s+(?:me|us)|confirmed|explained|reported|stated|mentioned|added)\s+(?:that\s+)?her|(?:dad|daddy|father|grandad|grandfather|uncle|stepdad|stepfather)\s+(?:[a-z]+\s+){0,2}?(?:said|says|told\s+(?:me|us)|confirmed|explained|reported|stated|mentioned|added)\s+(?:that\s+)?his)\s+$/i;
// "Mum and her boyfriend Paul", "her aunt Jo came with her partner": a parent or relative (named or not) and, joined
// by a verb of being with (or, for a partner or friend, by "and"), his or her kin: the possessive is that adult's.
// Not "her mum and her baby brother", a list of one owner's relations.
const ADULT_ALONGSIDE =
  /\b(mum|mummy|mother|nan|nana|gran|granny|grandma|grandmother|aunt|auntie|dad|daddy|father|grandad|grandfather|uncle)(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(and|(?:came|arrived|attended|lives|lived|moved\s+in|stays|stayed)\s+(?:in\s+)?with)\s+(his|her)\s+$/iu;
const OWNED_BEFORE = /\b(?:his|her|their|my|your|[\p{L}-]+['’]s)\s+$/iu;
// "Mum introduced her new boyfriend Dean", "Her mother is back in touch with her ex-partner": a parent or relative
// opening the clause whose verb is one of being in a relationship, so the partner is the adult's. Not "Mum does not
// like her boyfriend", which in a teenager's record is as likely the child's.
const ADULT_OPENS_CLAUSE = new RegExp(
  `(?:^|[.;:!?\\n]\\s*|\\b(?:and|but|while|although|because)\\s+)(?:(?:the|his|her|their)\\s+)?(mum|mummy|mother|nan|nana|gran|granny|grandma|grandmother|aunt|auntie|stepmum|stepmother|dad|daddy|father|grandad|grandfather|uncle|stepdad|stepfather)(?:\\s*\\([^()\\n]{0,30}\\))?\\s+` +
    `(?:(?:has|had|have|is|was|been|now|still|back|recently|also|again|since|then|later|first|finally)\\s+){0,3}` +
    `(?:introduced|married|left|(?:split|broke)\\s+up\\s+with|split\\s+from|separated\\s+from|(?:moved|moving)\\s+in\\s+with|(?:lives|lived|living)\\s+with|(?:seeing|dating|engaged\\s+to|pregnant\\s+(?:by|with)|reconciled\\s+with)|(?:went|going|gone)\\s+out\\s+with|(?:got|getting|get)\\s+back\\s+(?:together\\s+)?with|in\\s+(?:a\\s+(?:new\\s+)?relationship|touch|contact)\\s+with)\\s+(his|her)\\s+$`,
  "iu",
);
// Mum, Dad, Nan, Uncle: the parent words are in the role lexicon, the other relatives in the kin lexicon.
const adultNounGender = (noun: string): Gender | undefined => roleGender(noun) ?? kinGender(noun);
function adultAlongside(before: string, word: string, mods = "", ctx?: RuleContext): boolean {
  const partner = /friend/i.test(word);
  // "with Mum and her best friend Ruby" in a girl's record: a best or school friend joined by "and" to a parent of the
  // child's gender is as likely the child's (kinSignal counts them a child's); only a verb of being with makes them
  // the adult's. In a boy's record "Mum and her best friend" can only be Mum's.
  const childsFriend = (pronoun: string) => /best|school/i.test(word + " " + mods) && !!ctx && possessiveCanBeSubjects(ctx, pronoun);
  const opener = partner ? ADULT_OPENS_CLAUSE.exec(before) : null;
  if (opener && (adultNounGender(opener[1]) === "m") === (opener[2].toLowerCase() === "his")) return true;
  const m = ADULT_ALONGSIDE.exec(before);
  if (!m || (adultNounGender(m[1]) === "m") !== (m[3].toLowerCase() === "his")) return false;
  // "lives with Mum and her brother Callum" lists the child's household; only a partner or friend is the adult's.
  return m[2].toLowerCase() !== "and" || (partner && !childsFriend(m[3]) && !OWNED_BEFORE.test(before.slice(0, m.index)));
}
// A verb straight after the name, with nothing between: "cared for", "looked after", "met", "had fostered".
const RELATIVE_CLAUSE_SUBJECT =
  /^\s+(?:had\s+|has\s+|once\s+|used\s+to\s+)?(?:cared|looked|fostered|minded|babysat|met|knew|adopted|raised|brought|took|lived|stayed|was\s+caring|is\s+caring)\b/;
const OFFSPRING = new Set(["son", "daughter", "baby", "child", "children", "grandson", "granddaughter", "nephew", "niece", "stepson", "stepdaughter"]);
export const WITH_OWN_PARENT = "spoken of with their own parent";
// "Jesse, who is in her class", "Jesse is in Ruby's class", "Kai was in my tutor group".
const CLASS_RIGHT =
  /^\s*(?:,\s*who\s+)?(?:is|was|are|were)\s+(?:also\s+|now\s+|still\s+)?in\s+(?:his|her|their|my|our|the\s+same|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:class|year|form|tutor\s+group|school|set|maths\s+set)\b/iu;
const KIN_LEFT = new RegExp(
  `(?:^|[^\\p{L}])((?:adult|grown-up|older|younger|little|big|baby|twin|half|step|foster|full|new|best|other|eldest|youngest|oldest|school|local|unborn|close|good|closest|ex|\\d{1,2}-year-old)[\\s-]+)*(${KIN_ALT})s?(?:\\s+(?:from|in|at|of|on)\\s+[\\p{L} ]{2,25}?(?<!\\s(?:and|or|in|at|on|of|from|near|to|by|with)\\s*)|\\s+(?:from|in|at)\\s+\\p{Lu}[\\p{L}-]*['’]s\\s+(?:form|class|year|tutor\\s+group|group|school|team|unit|home))?(?:\\s+(?:there|here|too))?(?:\\s+(?:who\\s+|that\\s+|whom\\s+)?(?:he|she|they|I|we)\\s+\\p{Ll}+(?:\\s+[\\p{L}]+){0,6}?\\s*(?=,))?\\s*,?\\s*(?:called\\s+|named\\s+|known\\s+as\\s+|referred\\s+to\\s+(?:here\\s+|below\\s+)?as\\s+|including\\s+|such\\s+as\\s+|is\\s+|was\\s+|are\\s+|were\\s+)?[(\\['"‘“]?\\s*$`,
  "iu",
);
const ROLE_LEFT = new RegExp(`(?:^|[^\\p{L}])(${ROLE_ALT}|sw|fc|pa|iro|hv|gp|ta)\\s*[,:(]?\\s*$`, "iu");
// "Present: Mum, Lee, Ash", "Household: Dad, Kerry and the children": a bare role word that is itself an item
// of a list of people is someone else, not the next name's role (as in "his mum, Kerry,").
const LIST_ITEM_ROLE = /(?:^|[:,;]|\band)\s*\p{Lu}\p{Ll}+\s*,\s*$/u;
// "Her mum was Jenny and her dad was Ben", "his social worker is now Dee": a possessive role word opening its clause,
// then a copula (not "the boy who sat with her dad was Jago": the role phrase must open the clause).
const ROLE_COPULA_LEFT = new RegExp(
  `(?:^|[.!?;:]\\s+|,\\s*(?:and\\s+|but\\s+)?|\\b(?:and|but)\\s+)(?:her|his|their|my|our|your)\\s+(?:(?:birth|new|current|former|maternal|paternal)\\s+)*(${ROLE_ALT}|sw|iro)\\s+(?:is|was)\\s+(?:now\\s+|still\\s+)?$`,
  "iu",
);
// "her grandparents, Linda and Neal Gray", "his foster carers, Bev and Malcolm": the second of two people named
// after one plural role word has the role too.
const PLURAL_ROLE_PAIR_LEFT = /(?:^|[^\p{L}])((?:grand)?parents|carers|guardians|adopters)\s*,?\s+\p{Lu}[\p{L}'’-]*\s+(?:and|&)\s+$/iu;
// The end-anchored patterns above are run only when the words they end on (or hold) are there (end-gates.ts).
const ROLE_LAST = lastWordOf([...ADULT_ROLES, "sw", "fc", "pa", "iro", "hv", "gp", "ta"]);
const KIN_HEADS = lastWordOf(CHILD_KINSHIP, true);
// Between the last run of letters and the name: spaces, with at most one comma, colon or bracket.
const MARK_TAIL = /^\s*[,:(]?\s*$/;
const COPULA_END = /\s(?:is|was|now|still)\s+$/iu;
const OLD_END = /old[ \t]+$/iu;
/** The role written just before a name ("Social worker: Ann", "her mum, Kerry"), unless it is a list item of its own. */
function roleBefore(left: string, runs: string[]): RegExpExecArray | null {
  // ROLE_LEFT ends on a role word then spaces and a mark: the last run of letters, when only those follow it.
  const last = runs[runs.length - 1];
  const role = last && ROLE_LAST.test(last) && MARK_TAIL.test(left.slice(left.lastIndexOf(last) + last.length)) ? ROLE_LEFT.exec(left) : null;
  return role && LIST_ITEM_ROLE.test(left.slice(Math.max(0, role.index - 12))) ? null : role;
}
const ROLE_RIGHT = new RegExp(
  `^\\s*(?:,|\\(|\\s-|\\s–|\\||\\t)\\s*(?:(?:the|a|an|his|her|their|our|my|allocated|acting|senior|deputy|assistant|family|independent|designated|named|school|class|maternal|paternal|foster)\\s+)*(${ROLE_ALT}|sw|fc|pa|iro|hv|gp|ta)\\b(?!['’]s\\b)(?!['’][ \\t])`,
  "iu",
);
// "Gloria Amankwah – community midwife", "Abbie Sutcliffe (sexual health nurse, …)": a role a few words
// after a dash, bracket or comma (the words between are not ones that start another clause, nor a
// contrast: in "ring Kyle, only mum" the role is someone else's).
const ROLE_RIGHT_WIDE = new RegExp(
  `^\\s*(?:\\s[-–—]|\\(|,)\\s*(?:(?!(?:with|and|to|by|for|from|of|his|her|their|my|our|whose|who|is|was|has|had|said|told|saw|when|while|at|in|only|not|but|except|unlike|than|then|never|nor|or|even|just|instead)\\b)[\\p{L}'’-]+\\s+){0,3}(${ROLE_ALT}|sw|fc|pa|iro|hv|gp|ta)\\b(?!['’]s\\b)(?!['’][ \\t])`,
  "iu",
);
// A role after a copula, with its owner: "Jody is Kit's foster carer", "Pam was their childminder".
const ROLE_IS_RIGHT = new RegExp(
  `^\\s+(?:is|was)\\s+(?:also\\s+|now\\s+|still\\s+)?(?:his|her|their|the|a|an|[\\p{L}'’-]+['’]s)\\s+(?:(?:new|current|former|allocated|named|main|long-term|short-term|family|school|class|maternal|paternal|foster|support|key)\\s+)*(${ROLE_ALT}|sw|fc|pa|iro|hv|gp|ta)\\b(?!['’]s\\b)(?!['’][ \\t])(?!\\s+(?:girl|boy|pupil|student)s?\\b)`,
  "iu",
);
// A field label naming a role: "Escort: Halima Warsame", "Carers: Pam Ridley and Clive Ridley", "Mother: Carla Price".
// A form sets several fields on one line ("My PA: Jo Bell   Social worker until 18: Sam Orr", a tab, a bar),
// and a label may qualify its role ("Social worker until 18:", "Key worker (nights):", "IRO from May:").
const ROLE_LABEL_LEFT = new RegExp(
  `(?:^|\\n|\\t|[ ]{3,}|\\|)[ \\t]*(?:\\d+[.)]?[ \\t]*)?(?:[\\p{L}'’ -]{0,30}?\\s)?(${ROLE_ALT}|minutes|lead|sw|ssw|iro|fc|hv)s?(?:[ \\t]+(?:until|from|since|for|to|in|on|at|of)\\b[^\\n:|\\t]{1,20}?|[ \\t]*\\([^()\\n:]{1,20}\\))?[ \\t]*:[ \\t]*(?:[^\\n]*?(?:[,;]|\\sand)[ \\t]*)?$`,
  "iu",
);
// "Clem to chase the LADO outcome", "2. Dev Saini to offer sessions": the owner of an action.
const ACTION_OWNER_RIGHT =
  /^\s+(?:will\s+|to\s+)(?:chase|arrange|update|inform|offer|continue|complete|send|contact|liaise|refer|book|convene|chair|share|write|provide|confirm|follow\s+up|speak\s+to|ask|request|check|discuss|visit|review|make|seek|email|ring|call|phone|advise|support\s+\p{Lu})\b/u;
const LABEL_LEFT =
  /(?:^|\n)\s*(?:from|to|cc|bcc|recorded by|prepared by|written by|completed by|author|worker|visiting worker|allocated worker|assessing worker|supervisee|supervisor|statement of|signed|chair|minute taker|present|attendees|allocated(?: to)?|officer|(?:case )?presented by|discussed with|countersigned(?: by)?|reviewed by|approved by|authorised by)(?![\p{L}'’])\s*:?\s*(?:[^\n]*[,;/]\s*)?["'‘“]?$/iu;
// An e-mail header's list of correspondents, up to the name: "To: 'Ann Lee' <ann@…>, 'Bo Ray' <bo@…>, '".
const CORRESPONDENTS_LINE = /^\s*(?:from|to|cc|bcc|reply-to)\s*:(?:[^\n.!?]|\.(?!\s))*$/i;
const WRITER_LEFT = /(?:^|[.!?]\s+|\n\s*)my\s+name\s+is\s+$/i;
const INITIALS_RIGHT = /^\s*\(\s*(\p{Lu}{2,3})\s*\)/u;
const GREETING_LEFT = /(?:^|\n)\s*(?:dear|hi|hello|morning|afternoon|thanks|thank you|many thanks|regards|kind regards|best wishes|best|cheers)\s*,?\s*$/i;
const SIGN_OFF_LINE =
  /^\s*(?:thanks|thank you|many thanks|regards|kind regards|best wishes|best|cheers|yours sincerely|yours faithfully|with thanks|(?:with |lots of )?love(?: from)?|with (?:love and )?(?:very )?best wishes|warm(?:est)? wishes|take care|all the best)\s*,?\s*$/i;
export const OTHER_CHILDREN_HEADING = /\b(?:other children|siblings|brothers and sisters|children in the household|household members)\b/gi;

// A court heading naming the children the case is about: "RE: JAMIE SMITH AND KIT SMITH (CHILDREN)",
// "In the matter of Kit Ashby (a child)". Every name on it is a child of the case.
export const COURT_CHILDREN_LINE = /^[ \t]*(?:re\b|in\s+the\s+matter\s+of\b)[^\n]*\(\s*(?:the\s+)?(?:children|a\s+child|child|minors?|a\s+minor)\s*\)/gim;

/** The independent signals the people stage weighs (weights in rules/people/weights.json). */
export type Signal =
  | "age-child"
  | "age-adult"
  | "dob-child"
  | "dob-adult"
  | "kin"
  | "kin-partner"
  | "kin-cousin"
  | "kin-romantic"
  | "kin-of-adult"
  | "kin-adult"
  | "possession"
  | "own-parent"
  | "has-parent"
  | "attends"
  | "peer"
  | "class"
  | "year-group"
  | "coordinated"
  | "heading"
  | "list-item"
  | "court-child"
  | "child-quote"
  | "child-life"
  | "child-era-name"
  | "adult-era-name"
  | "older"
  | "title"
  | "role"
  | "partner"
  | "label"
  | "sign-off"
  | "action-owner";

/**
 * A kin word whose owner is a his/her that cannot be the subject's ("Craig … his sister, Donna"): the
 * people stage decides it once the owner is known (a sibling of an adult is an adult).
 */
export type KinOfOther = {
  gender: "f" | "m";
  word: string;
  /** The words before it ("school", "older"). */ mods?: string;
  /** The his or her may be the subject's: only the sentence's own opener can own it. */ maySubject?: boolean;
};
export type Cues = {
  signals: Partial<Record<Signal, number>>;
  age?: number;
  gender?: Gender;
  reasons: string[];
  kinOfOther?: KinOfOther;
  kinOfNamed?: { word: string; mods?: string };
  pet?: boolean;
};

/**
 * The signal a kin word gives: a friend (of any age; a school or best friend is a child's), or a cousin, weighs
 * less than a brother or sister and does not decide alone against adult evidence; a boyfriend or girlfriend (of
 * any age, adults' too) does not decide alone at all: with no age or other child evidence, the worker decides.
 */
export function kinSignal(word: string, mods = ""): Signal {
  const w = word.toLowerCase();
  return /^(?:boy|girl)friend$/.test(w) ? "kin-romantic" : /^friends?$/.test(w) && !/school|best/.test(mods) ? "kin-partner" : /^cousins?$/.test(w) ? "kin-cousin" : "kin";
}

export function addSignal(c: { signals: Partial<Record<Signal, number>>; reasons: string[] }, s: Signal, why?: string): void {
  c.signals[s] = (c.signals[s] ?? 0) + 1;
  if (why && !c.reasons.includes(why)) c.reasons.push(why);
}

function addAge(c: Cues, age: number, why: string, fromDob = false) {
  addSignal(c, fromDob ? (age >= 18 ? "dob-adult" : "dob-child") : age >= 18 ? "age-adult" : "age-child", why);
  c.age = age;
}

// Three years past 18: an age moved on from a dated entry to a grown adult's, beyond a young person's years.
const GROWN_ADULT = 21;
// A line opened by a date (a chronology row, a dated log entry): "12/03/2009 – …", "March 2009: …", "2009 – …".
const ROW_DATE_LEFT = new RegExp(
  `^[ \\t]*(?:[-•*–][ \\t]*)?(?:\\d{1,2}[/.-]\\d{1,2}[/.-]|(?:\\d{1,2}(?:st|nd|rd|th)?[ \\t]+)?${MONTH_SOURCE}\\.?,?[ \\t]+)?(\\d{4})(?=[ \\t]*[:–—|,\\t-])`,
  "i",
);

/**
 * Whole years that have surely passed between the date that opens the line before a name and the record's date
 * (the year's end to the record's year): an age written in a dated entry is the person's age then ("12/03/2009 –
 * Leon (aged 16)" in a record of 2025 is about a man of 31 or 32). 0 when the line opens with no date.
 */
export function yearsSinceRow(lineHead: string, refDate: SimpleDate | undefined): number {
  const m = refDate ? ROW_DATE_LEFT.exec(lineHead) : null;
  return m ? Math.max(0, refDate!.year - +m[1] - 1) : 0;
}

// "Imani's dad collected them", "Leo's mum says": a parent of their own (weak alone: adults have parents too).
const OWN_PARENT_POSS =
  /^['’]s\s+(?:mum|mummy|mother|dad|daddy|father|parents|birth\s+(?:mother|father|parents)|foster\s+carers?|carers?|nan|nana|nanna|gran|granny|grandma|grandad|grandparents)\b/i;
// "Maisie attends Hillcrest High", "Theo goes to nursery", "Isla started school", "talked about Kai starting at
// Elm Tree Nursery"; in a list of the household, "Inaya, attends Little Robins Nursery".
const ATTENDS_RIGHT =
  /^["'”’]?(?:\s*[,–—-])?\s+(?:now\s+|still\s+|also\s+)?(?:attends|attended|goes\s+to|went\s+to|(?:(?:is|was)\s+)?(?:started|starts|starting)(?:\s+at)?|is\s+at|was\s+at|is\s+a\s+pupil\s+at|was\s+a\s+pupil\s+at|moved\s+to|has\s+moved\s+to)\s+(?:the\s+|a\s+|her\s+|his\s+|their\s+|\p{Lu}[\p{L}'’-]*\s+){0,4}(?:school|nursery|primary|secondary|academy|high|grammar|infants|juniors|pre-?school|reception|playgroup|creche|crèche|childminder|sixth\s+form|pupil\s+referral\s+unit|PRU|Year\s+\d)\b/iu;
// "the nurse at Elm Lane Infants, where Kit goes": the school named first, its pupil after "where".
const WHERE_SCHOOL_LEFT = /\b(?:school|nursery|primary|academy|high|college|infants|juniors|pre-?school|sixth\s+form)\s*,?\s+where\s+$/i;
const WHERE_GOES_RIGHT =
  /^\s+(?:now\s+|also\s+|still\s+)?(?:goes|went|attends|attended|started|starts|is\s+a\s+pupil|was\s+a\s+pupil|is\s+in\s+(?:Year|Reception)|is\s+on\s+roll)\b/i;
// "Wren is revising for her GCSEs", "Kai has been excluded", "Tia got a detention": school work or
// school discipline of their own, in the name's own clause (no other capitalised word between).
const SCHOOL_LIFE_RIGHT =
  /^(?:\s+(?![A-Z])[\p{L}'’-]+){0,6}?\s+(?:(his|her|their)\s+)?(?:GCSEs?|SATs|mocks|mock\s+exams|A[\s-]levels|exams|11\s*plus|detentions?|(?:fixed[\s-]term\s+|permanent(?:ly)?\s+|internal(?:ly)?\s+)?(?:excluded|exclusion|suspended|isolation)|school\s+trip|reading\s+book|PE\s+kit|school\s+bag|homework|phonics)\b/u;
// "Greenbank Primary have told us that Ethan…", "The school says Ethan…": a school reporting on a pupil,
// counted only when the sentence goes on about school life ("…was late again").
const SCHOOL_REPORTS_LEFT =
  /\b(?:school|nursery|primary|academy|high|college|infants|juniors|grammar|preschool|pre-school)\s+(?:(?:have|has|had|also|now)\s+)*(?:(?:told|tell|reported|report|reports|said|say|says|informed|rang|called|emailed|confirmed|raised|shared|noted|note|notes|flagged)\s+(?:(?:us|me|him|her|them|mum|dad|the\s+\w+)\s+)?|(?:called|rang|phoned|emailed|wrote|texted)\s+(?:(?:us|me|mum|dad)\s+)?to\s+(?:say|tell\s+\w+|report|let\s+\w+\s+know)\s+)(?:that\s+)?$/i;
const PUPIL_PREDICATE =
  /^[^.;\n]{0,80}?\b(?:absent|absence|attendance|excluded|suspended|detention|in\s+class|in\s+lessons?|homework|learning|progress|late\s+(?:for|to|into)\s+(?:school|class|registration|lessons?)|late\s+(?:again|every|most|three|four|five|\d))\b/i;
// "revising for her GCSEs", "sitting her SATs": the possessive is the one doing it.
const OWN_WORK_VERB =
  /\b(?:revis\w*|sit(?:s|ting)?|sat|do(?:es|ing)?|did|tak(?:e|es|ing)|took|resit\w*|stud(?:y|ies|ying)|prepar\w+|finish\w*|fail\w*|pass\w*)\s+(?:for\s+)?(?:his|her|their)\s+\S+$/i;
// "sits next to Tobin in maths", "Tobin sits beside her in class": a seat beside someone at school.
const SEAT_LEFT = /\b(?:sits?|sat|sitting|seated|moved)\s+(?:next\s+to|beside|near|opposite)\s+$/i;
const SEAT_RIGHT = /^\s+(?:sits?|sat|is\s+sitting|was\s+sitting)\s+(?:next\s+to|beside|near|opposite)\s+(?:him|her|them|me)\b/i;
// Physical incidents between children: the name is the one doing it or the one it was done to.
const HURT_VERBS =
  "push(?:ed|es|ing)?|shov(?:ed|es|ing)|hit(?:s|ting)?|kick(?:ed|s|ing)?|punch(?:ed|es|ing)?|bit(?:e|es|ing)?|slap(?:ped|s|ping)?|trip(?:ped|s)?|pinch(?:ed|es)?|scratch(?:ed|es)?|headbutt(?:ed|s)?|spat\\s+at|spit(?:s|ting)?\\s+at|pull(?:ed|s|ing)?\\s+(?:his|her|their)\\s+hair|fought(?:\\s+with)?|fight(?:ing)?\\s+with";
// "in a scuffle with Harvey", "a fight with Kai".
const HURT_LEFT = new RegExp(`\\b(?:(?:${HURT_VERBS})\\s+(?:by\\s+)?|(?:scuffle|scrap|fight|punch-up|altercation|tussle)\\s+with\\s+)$`, "i");
// "Corey keeps kicking her chair", "kept on pushing him".
const HURT_RIGHT = new RegExp(`^\\s+(?:(?:had|has|then|also|again|repeatedly|deliberately|keeps|kept|keep)\\s+)?(?:on\\s+)?(?:${HURT_VERBS})\\b`, "i");
const SCHOOL_SETTING =
  /\b(?:at\s+school|in\s+school|school|class(?:room)?|lessons?|playground|[Pp]lay\s?time|[Bb]reak\s?time|at\s+break|[Ll]unch\s?time|at\s+lunch|the\s+school\s+bus|corridor|PE|assembly|nursery|tutor\s+group|form\s+room|maths|science)\b/;
// "Carla's partner", "her relationship with Craig", "Craig agrees as Mia's father".
const PARTNER_POSS = /^['’]s\s+(?:new\s+|current\s+|former\s+|ex-?\s*)?(?:partner|husband|wife|fianc[ée]e?|employer|landlord|colleague|solicitor|barrister)\b/i;
const PARTNER_RIGHT = /^[^.\n]{0,50}?\bwith\s+(?:his|her|their)\s+(?:partner|husband|wife|fianc[ée]e?)\b/i;
// "Fahim born (now 18)", "born in 2007 (now 18)": the current age after a birth.
const BORN_NOW_RIGHT = /^\s+born\b[^.\n]{0,30}?\(\s*now\s+(\d{1,2})\s*\)/i;
// A year of birth alone: "Tyler (b. 2015)", "Tyler (born 2015)", "Tyler was born in March 2015".
const BORN_YEAR_RIGHT = /^\s*[,(]?\s*(?:b\.|born|was\s+born)\s+(?:in\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?((?:19|20)\d\d)(?![\d/.-])/i;
// A chronology row that opens with the birth's date: "March 2015 – Tyler born", "2019 | Jayden born".
const BIRTH_ROW_LEFT = /(?:^|\n)[ \t]*(?:\d{1,2}[/.-]\d{1,2}[/.-]|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+|[A-Za-z]{3,9}\.?\s+)?((?:19|20)\d\d)[ \t]*[|:\t–—-][^\n]{0,30}$/;
const BORN_NEXT = /^\s+(?:was\s+)?born\b/i;
// The parents of a birth: "Jayden born to Kerry and Dean", "Kerry gave birth to Tyler".
// "born to Asha and Kwame", "the second child of Asha Mensah and Kwame Mensah": the named are the parents.
const BORN_TO_LEFT = /\b(?:born\s+to|(?:child|children|son|sons|daughter|daughters)\s+of)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:and|&)\s+)?$/u;
const GAVE_BIRTH_RIGHT = /^\s+(?:has\s+|had\s+|then\s+)?(?:gave|given|giving)\s+birth\b/i;
const GAVE_BIRTH_TO_LEFT = /\bgave\s+birth\s+to\s+(?:(?:a|her|their)\s+(?:baby\s+)?(?:boy|girl|son|daughter)\s*,?\s*(?:called\s+|named\s+)?)?$/i;
// An adult's life in the name's own clause: a job, university, prison, driving, a home or marriage of
// their own ("her sister Jade, who works at the hospital", "his brother Kyle is at university"), or a
// parent's place ("Fiona is mother to all three children", "Dean was the father of her baby").
// A teenager may have a Saturday job or go to college, so only what children rarely do counts.
const ADULT_LIFE_RIGHT =
  /^(?:['’]s\s+(?:job|employer|wife|husband|mortgage|tenancy|driving\s+licence|car|van)\b|\s*,?\s*(?:who\s+)?(?:(?:now|also|still|currently|has|had|is|was|recently|been)\s+){0,3}(?:works\s+(?:as\s+an?|full[\s-]time|nights|shifts)\b|is\s+employed\b|(?:is|was)\s+(?:at|studying\s+at)\s+university\b|(?:is|was)\s+(?:(?:currently|now|still)\s+)?(?:in|serving\s+a\s+sentence\s+in)\s+(?:prison|HMP)\b|(?:is|was)\s+released\s+from\s+prison\b|(?:drives|drove)\s+(?:a|his|her|their|him|her|them|me|us)\b|(?:has|had)\s+(?:a|his|her|their)\s+own\s+(?:flat|house|tenancy|home|baby|child|children)\b|(?:had|has\s+had)\s+a\s+baby\b|(?:is|was)\s+(?:(?:now|currently)\s+)?(?:married|pregnant|expecting\s+(?:a|her|their)\b)|(?:is|was)\s+working\s+full[\s-]time\b|is\s+(?:his|her|their|the)\s+(?:emergency\s+contact|next\s+of\s+kin)\b|(?:is|was)\s+at\s+work\b(?!\s+experience)|is\s+(?:(?:his|her|their|[a-z]+['’]s)\s+)?(?:mum|mother|dad|father)['’]s\s+(?:new\s+)?(?:partner|boyfriend|girlfriend|husband|wife|fianc[ée]e?)\b|lives\s+with\s+(?:his|her|their)\s+(?:boyfriend|girlfriend|partner|husband|wife|fianc[ée]e?)\b|(?:is|was)\s+(?:the\s+)?(?:(?:birth|biological|natural|adoptive)\s+)?(?:mother|father|mum|dad|parent|step-?(?:mother|father|parent))\s+(?:to|of)\s+(?!(?:his|her|their)\s+(?:mum|mother|dad|father)\b)))/i;
// A job in the name's own clause: "Dale is a plumber", "Sarah, who is now a qualified nurse", "works as a chef".
const ADULT_JOB_RIGHT = new RegExp(
  `^\\s*,?\\s*(?:who\\s+)?(?:(?:is|was)\\s+(?:now\\s+|also\\s+)?an?\\s+(?:(?:qualified|trainee|self-employed|full-time|part-time)\\s+)?|works\\s+as\\s+an?\\s+)(?:${OCCUPATION_ALT})\\b(?!['’]s)`,
  "i",
);
const PARENT_THEN =
  /^[^.;\n]{0,20}?\b(?:when\s+(?:she|he|they)\s+(?:had|gave\s+birth|fell\s+pregnant|became\s+(?:pregnant|a\s+(?:mum|mother|dad|father|parent)))|at\s+the\s+time\s+of\s+(?:\p{Lu}\S*\s+|her\s+|his\s+|the\s+)?birth)\b/u;
// Where the name's own clause ends: a sentence's end, a clause of another subject, another person's name.
const OWN_CLAUSE_END =
  /[.;!?\n]|\s(?:but|said|says|told|tells|because|when|while|whose|although|though|so|if|that|until)\b|\s(?:and\s+)?(?:his|her|their|my)\s+(?:mum|mother|dad|father|parents?|nan|gran|brother|sister|friends?|mates?|boyfriend|girlfriend|partner)\b|\s(?!I\b)\p{Lu}/u;
// An adult's life said of them anywhere in their own clause: a car, a home of their own, a job, an adult's age, prison.
const ADULT_CLAUSE =
  /\b(?:drives|drove|(?:has|had|got)\s+(?:a|his|her|their)\s+(?:own\s+)?(?:car|van)|in\s+(?:his|her|their)\s+(?:car|van)|(?:has|had|got)\s+(?:a|his|her|their)\s+own\s+(?:flat|house|place|home|tenancy)|lives\s+(?:on\s+(?:his|her|their)\s+own|alone)|works\s+(?:as\s+an?|full[\s-]time|nights|shifts)\b|(?:is|was)\s+(?:an\s+adult|over\s+(?:18|eighteen)|in\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?(?:twenties|thirties|forties|fifties|sixties|[2-6]0s))|(?:in|released\s+from)\s+prison|on\s+(?:licence|probation)|a\s+grown\s+(?:man|woman))\b/i;
// Older than the child, or at work, in their own clause: not enough alone to call them an adult.
const OLDER_CLAUSE =
  /\b(?:(?:is|was|he['’]s|she['’]s)\s+['"‘“]?(?:(?:much|a\s+lot|a\s+bit|quite|slightly|far|way|lots)\s+)?older\b|older\s+than\s+(?:her|him|them|me)\b|works\s+(?:at|in|for)\b|(?:has|had|got)\s+a\s+job\b)/i;
// An adult's age said in words, in the name's own clause: "Jade is an adult", "who is over 18",
// "Liam is in his twenties".
const ADULT_AGE_RIGHT =
  /^\s*,?\s*(?:who\s+)?(?:is|was)\s+(?:now\s+|also\s+|well\s+)?(?:an\s+adult\b(?!['’]s)|over\s+(?:18|eighteen)\b|in\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?(?:twenties|thirties|forties|fifties|sixties|[2-6]0s)\b)/i;
// Who an age inside a bracket belongs to: "(mother of Tyler, 4)", "(Tyler's mum, 4)" name another
// person before the number, and the age is theirs.
const OTHER_NAME_IN_BRACKET = /(?:\b(?:of|to|for)\s+\p{Lu}|\p{Lu}\p{Ll}+['’]s\b)/u;
// A family named by its children: "the Novak children", "the Ahmed twins" (the subject's own family is
// the subject's surname, which never reaches here as another person).
// "the Okafor children", not an institution named with "children's" ("the Kent children's home").
export const FAMILY_CHILDREN_RIGHT =
  /^\s+(?:children|kids|twins|triplets|boys|girls|siblings|brothers|sisters)\b(?!['’]s?\s+(?:homes?|services|centres?|hospitals?|hospice|social\s+care|charity|commissioner|trust|society|ward|unit|hub)\b)/i;
const THE_LEFT = /\bthe\s+$/i;
const LIST_ITEM_LEFT = /(?:^|[,;:–—-]|\band)[ \t]*$/;
const LIST_ITEM_END = /^[ \t]*(?:[,;.)&\n]|and\b|$)/;
// "Gary agrees as Mia's father", "signed as her mother": someone acting as a child's parent.
const AS_PARENT_RIGHT =
  /^\s+(?:[\p{Ll}]+\s+){0,3}?as\s+(?:\p{Lu}[\p{L}'’-]*['’]s|his|her|their|the\s+child['’]s)\s+(?:birth\s+|biological\s+|step-?)?(?:father|mother|dad|mum|parent|grandmother|grandfather|carer|guardian)\b/u;
// A party to proceedings: "CARLA PRICE First Respondent", "LEEDS CITY COUNCIL v CARLA PRICE" (a child is a party
// only through a guardian, and the heading then says so).
const PARTY_RIGHT =
  /^[ \t]*(?:\n[ \t]*)?,?[ \t]*(?:the[ \t]+)?(?:(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)[ \t]+)?(?:applicant|respondent|appellant|intervener)s?\b/i;
const VERSUS_LEFT = /(?:^|\n)[^\n]{2,80}?[ \t]v\.?[ \t]+(?:\p{Lu}[\p{Lu}'’-]*[ \t]+)*$/u;
const VERSUS_MARK = /[ \t]v\.?[ \t]/;
const VERSUS_RIGHT = /^(?:[ \t]+\p{Lu}[\p{Lu}'’-]*)*[ \t]+v\.?[ \t]+\S/u;
const ORGANISATION_WORD = /^(?:borough|council|city|county|authority|trust|ltd|llp|limited|nhs|police|services|board)$/i;
const CHILD_PARTY = /\b(?:guardian|child|children|minors?)\b/i;
// "Jean, the child is now on a plan": a kin word that starts a new clause is not an apposition.
const CLAUSE_VERB_NEXT = /^\s+(?:is|was|are|were|has|had|have|will|would|can|could|should|must|may|might|needs?|does|did)\b/i;
// "a man called Jordan", "an older male, Jordan": an adult by the noun that names them.
const ADULT_NOUN_LEFT = /\b(?:an?|the|this)\s+(?:(?:older|adult|grown)\s+)?(?:man|woman|lady|gentleman|(?:older|adult)\s+(?:male|female))\s*,?\s*(?:called|named|known\s+as)?\s*$/i;
const PARTNER_LEFT = /\b(?:(?:his|her|their|mum's|dad's|mother's|father's)\s+relationship\s+with|partner\s+of|married\s+to)\s+$/i;
const BARE_NUMBER_AGE = /^[ \t]+(\d{1,2})(?=[ \t]*(?:[,;]|$|\.(?:\s|$)))/;
// "with Kacey Burrows, 14.", "Sandra Hale, 41;", a household line "Lacey Moss, 11": a number after a comma that
// closes the sentence, clause or line is the name's age (a trailing comma or bracket is AGE_RIGHT's).
const COMMA_NUMBER_AGE = /^[ \t]*,[ \t]*(\d{1,2})(?=[ \t]*(?:[;\r\n]|\.(?:\s|$)|$))/;
// "Chapter 3, Part 2", "Subchapter 7, Title 14, Section 13250(b)": a numbered part of a text, not a name
// and an age. The word is an ordinary word that is no given name, or the list goes on with one.
const NEXT_ITEM = /^[ \t]+\d{1,2}[ \t]*[,;][ \t]*(\p{Lu}[\p{Ll}]+)[ \t]+\d/u;
// A surname that is also a word ("Kacey Burrows, 14") after a given name is no numbered part.
function numberedReference(parts: string[], right: string): boolean {
  const ordinary = (w: string) => COMMON_WORDS.has(w.toLowerCase()) && !FIRST_NAMES.has(w.toLowerCase());
  const word = parts[parts.length - 1] ?? "";
  if (/^\p{Lu}/u.test(word) && ordinary(word) && !(parts.length > 1 && FIRST_NAMES.has(parts[0].toLowerCase()))) return true;
  const next = NEXT_ITEM.exec(right);
  return !!next && ordinary(next[1]);
}
// Ages written after a name without a comma or in other shapes: "Marcus aged 3", "who will be nine",
// "3yo", "[Jamie], who is ten".
const AGE_RIGHT_MORE = [
  new RegExp(`^[\\])]?\\s*(?:,\\s*)?(?:aged?\\s+|age:\\s*)(\\d{1,2}|${NUMBER_WORDS})\\b(?![/:.]\\d)`, "i"),
  new RegExp(`^[\\])]?\\s*,?\\s*who\\s+(?:will\\s+be|turns|turned|has\\s+just\\s+turned|is\\s+nearly|is\\s+almost)\\s+(\\d{1,2}|${NUMBER_WORDS})\\b(?![/:.]\\d)`, "i"),
  /^[\])]?[ \t]*,?[ \t]*\(?[ \t]*(\d{1,2})[ \t]*(?:yo|y\/o|yrs?|years?)\b/i,
  // "Kai turned nine", "Ava turns 5 in May".
  new RegExp(
    `^\\s+(?:has\\s+|had\\s+)?(?:just\\s+|only\\s+)?(?:turned|turns|will\\s+turn|is\\s+turning|will\\s+be(?=\\s+\\S+\\s+(?:in|on|next|this|at|by)\\b))\\s+(\\d{1,2}|${NUMBER_WORDS})\\b(?![/:.]\\d)(?!\\s*(?:months?|weeks?|days?)\\b)`,
    "i",
  ),
  // "Lexi is three.", "Kai is now six years old": an age in words closes the clause ("is one of them" is no age).
  new RegExp(`^\\s+(?:is|was)\\s+(?:now\\s+|only\\s+|just\\s+)?(${NUMBER_WORDS})(?=\\s*(?:[.,;!?)]|$)|\\s+years?\\s+old\\b)`, "i"),
  // "kerem 13, berkay 16, defne 8": a bare number after the name, ending the item (see numberedReference).
  BARE_NUMBER_AGE,
  COMMA_NUMBER_AGE,
  // "Kayden, a care leaver aged 19", "Mia, the girl next door, aged 8": a noun phrase in apposition, then the age
  // (not one that names others: "Sam, a worker for children aged 9").
  new RegExp(
    `^\\s*,\\s*(?:an?|the)\\s+(?:(?!(?:for|of|with|to|in|at|from|and|or|whose|who|children|kids|boys|girls|pupils)\\b)[\\p{Ll}-]+,?\\s+){1,3}(?:aged|age)\\s+(\\d{1,2}|${NUMBER_WORDS})\\b(?![/:.]\\d)(?!\\s*(?:months?|weeks?|days?)\\b)`,
    "iu",
  ),
  new RegExp(`^[\\])]\\s*,\\s*(?:who\\s+is\\s+(?:now\\s+|only\\s+)?|aged?\\s+|now\\s+)(\\d{1,2}|${NUMBER_WORDS})\\b(?![/:.]\\d)`, "i"),
  // The last of a list, then what they all are and their one age: "Ella and Rose, twins aged six", "Kai and
  // Mo, brothers aged 9 and 11", "Tia and Jo, both aged 4" (the list shares it: see coordinatedLists).
  new RegExp(
    `^\\s*,\\s*(?:both\\s+|all\\s+)?(?:(?:twins|triplets|brothers|sisters|siblings|half-siblings|boys|girls|cousins)\\s+)?(?:both\\s+|all\\s+)?(?:aged|age)\\s+(\\d{1,2}|${NUMBER_WORDS})\\b(?![/:.]\\d)(?!\\s*(?:months?|weeks?|days?)\\b)`,
    "i",
  ),
];
const HIS_HER = /\b(his|her|their)\s/i;
// "Lola from netball", "Kai from my class": someone known from a child's class, club or team (not "Sarah
// from school", often a member of staff).
const FROM_CHILD_PLACE_RIGHT =
  /^\s+from\s+(?:(?:my|his|her|their)\s+class|(?:(?:my|his|her|their|the)\s+)?(?:netball|football|dance|cubs|scouts|beavers|brownies|guides|swimming|gymnastics|karate|youth\s+club|after[\s-]school\s+club|breakfast\s+club)|year\s+\d{1,2})\b/i;
// "a 16-year-old, called Reuben", "an eight-year-old boy named Kit": an age given before the name.
const AGE_LEFT = new RegExp(
  `\\b(?:a|an|the|another)\\s+(\\d{1,2}|${NUMBER_WORDS})[\\s-]years?[\\s-]old(?:\\s+(?:boy|girl|child|lad|pupil|friend|man|woman|male|female))?\\s*,?\\s*(?:called|named|known\\s+as|referred\\s+to\\s+as|whose\\s+name\\s+is|,)?\\s*$`,
  "i",
);
// "a boy aged 14 called Zak", "a girl of 13 named Tia", "a man, 40, known as Craig": an age after the person's noun
// and before the name that the noun is called by.
const AGE_AFTER_NOUN_LEFT = new RegExp(
  `\\b(?:a|an|the|another)\\s+(?:boy|girl|child|lad|teenager|pupil|young\\s+person|man|woman)\\s*,?\\s*(?:aged\\s+|of\\s+)?(?:about\\s+)?(\\d{1,2}|${NUMBER_WORDS})\\s*,?\\s*(?:called|named|known\\s+as)\\s+$`,
  "i",
);
// "police spoke to 13-year-old Kai", "nine year-old Jess": the age straight before the name, with no article.
const AGE_BARE_LEFT = new RegExp(`(?:^|[^\\p{L}\\d'’-])(\\d{1,2}|${NUMBER_WORDS})[\\s-]years?[\\s-]old[ \\t]+$`, "iu");
// "My name is Kai and I'm 12": the writer gives their own age.
const WRITER_AGE_RIGHT = new RegExp(`^\\s*(?:,|and)?\\s*I(?:['’]m|\\s+am)\\s+(\\d{1,2}|${NUMBER_WORDS})\\b(?![/:.]\\d)(?!\\s*(?:months?|weeks?|days?)\\b)`, "i");
// "biting Monty and other children", "Kai and the other boys": named with other children.
const WITH_OTHER_CHILDREN_RIGHT = /^,?\s+(?:and|or|&)\s+(?:the\s+|some\s+|two\s+|three\s+)?other\s+(?:children|kids|pupils|boys|girls|young\s+people|students)\b/i;
// "three girls from her estate: Maisie Croft, …", "two other pupils, Kai and …": after a plural child noun
// (a comma alone only straight after the noun: "two children with her ex-partner, Gary" names the partner).
const CHILDREN_LIST_LEFT =
  /\b(?:two|three|four|five|six|several|some|other|both|\d)\s+(?:other\s+|older\s+|younger\s+)?(?:children|kids|pupils|boys|girls|young\s+people|classmates)\b(?:[^.\n:]{0,40}(?::|,\s*(?:namely|including|called|named))|\s*,)\s*$/i;
// "her friendship with Ilhan", "fell out with Kaya": a friendship of the child's.
const FRIENDSHIP_LEFT = /\b(?:(?:his|her|their)\s+(?:close\s+|best\s+)?friendship\s+with|fell\s+out\s+with|falling\s+out\s+with|best\s+friends?\s+with)\s+$/i;
// What only a young child does or has, in the name's own clause: "Ellie was crying in her cot", "has
// started crawling", "up all night teething", "Ellie's nappy", "in her high chair".
const BABY_LIFE =
  "cot|high\\s?chair|pram|buggy|pushchair|car\\s+seat|moses\\s+basket|bouncer|playpen|nappy|nappies|dummy|bottle\\s+feeds?|potty|crawling|teething|weaning|babbling|weaned|tummy\\s+time|first\\s+steps|first\\s+words|toilet\\s+training|potty\\s+training";
// Only words of being and state between the name and the baby word: "was crying in her cot" is the
// baby's own, "changed her nappy" or "pushed the pram" is what a carer does.
const STATE_WORD =
  "(?:was|is|were|are|has|had|have|been|being|started|starts|starting|began|begun|learning|crying|cried|asleep|sleeping|slept|sitting|sat|lying|lay|strapped|settled|safe|happy|content|quiet|up|all|night|still|now|already|back|just|also|in|into|on|out|of|during|needs|needed|wears|wearing)";
const CHILD_LIFE_RIGHT = new RegExp(
  `^(?:['’]s\\s+(?:[a-z]+\\s+)?(?:${BABY_LIFE}|toys?|teddy|school\\s+bag|reading\\s+book|bedtime|nap)\\b|(?:\\s+${STATE_WORD}){0,7}?\\s+(?:(?:his|her|their|the|a)\\s+)?(?:${BABY_LIFE})\\b)`,
  "u",
);
// What the law and the services do only for a child, said of the name in its own clause: "Corran is on a child
// protection plan", "is subject to an interim care order", "is looked after", "is in foster care", "has an EHCP", "was
// seen alone", "was not brought to his appointments". In the present, or done to a child: "was in foster care" or
// "was looked after" can be an adult's history.
const CARE_STATUS_RIGHT =
  /^\s+(?:(?:is|remains|has\s+been|will\s+be|became|was\s+made)\s+(?:also\s+|now\s+|still\s+|currently\s+)?(?:on\s+(?:a|the|an)\s+(?:child\s+protection|CP|child\s+in\s+need|CIN)\s+plan|subject\s+to\s+(?:a|an|the)\s+(?:interim\s+|full\s+)?(?:care|supervision|placement|special\s+guardianship|child\s+arrangements)\s+order|looked\s+after\b|in\s+(?:foster|local\s+authority|residential|kinship)\s+care|a\s+(?:looked[\s-]after\s+child|child\s+in\s+care|child\s+in\s+need)\b)|(?:has|had)\s+(?:an?\s+)?(?:EHCP|EHC\s+plan|education,?\s+health\s+and\s+care\s+plan|PEP|personal\s+education\s+plan)\b|(?:was|is|has\s+been|were)\s+(?:also\s+)?seen\s+alone\b|(?:was|has\s+not\s+been|had\s+not\s+been|were)\s+not\s+brought\s+to\b|has\s+not\s+been\s+brought\s+to\b)/i;
// The school run and school absence: "Mum collects Corran from school", "Corran was picked up from nursery by Nan",
// "Corran was not in school today". A child is taken to school; an adult is not.
const SCHOOL_PLACE = String.raw`(?:school|nursery|pre-?school|breakfast\s+club|after[\s-]school\s+club|the\s+school\s+gates?)\b`;
const SCHOOL_RUN_LEFT = /\b(?:collect(?:s|ed|ing)?|pick(?:s|ed|ing)?\s+up|drop(?:s|ped|ping)?\s+off|tak(?:es|ing)|took|walk(?:s|ed|ing)?)\s+$/i;
const SCHOOL_RUN_PLACE = new RegExp(String.raw`^\s+(?:up\s+|off\s+)?(?:from|to|at)\s+${SCHOOL_PLACE}`, "i");
const SCHOOL_RUN_RIGHT = new RegExp(
  String.raw`^\s+(?:(?:was|is|gets|got|will\s+be|has\s+been)\s+(?:collected|picked\s+up|dropped\s+off|taken|walked)\s+(?:from|to|at)\s+${SCHOOL_PLACE}|(?:was|is|has\s+been|had\s+been)\s+(?:not\s+in|absent\s+from|off)\s+${SCHOOL_PLACE}|(?:missed|has\s+missed)\s+(?:\w+\s+)?(?:days?\s+(?:of|at)\s+)?${SCHOOL_PLACE})`,
  "i",
);
// Play and home life shared with another child: "playing on the trampoline with Ellie", "shares a bedroom
// with Ellie", "walks to school with Ellie", "in the bath with Ellie".
// A children's home's shared rooms and its placement ("sharing the lounge with Nell", "shares a placement with
// Kenzie"), and a young person its staff settle, redirect or restrain ("Staff settled Kenzie"): said only of one placed there.
const CHILD_LIFE_LEFT =
  /\b(?:(?:playing|played|plays|play)\s+(?:(?:on|in|at)\s+(?:the\s+)?[a-z-]+\s+(?:[a-z-]+\s+)?)?with|(?:shares?|shared|sharing)\s+(?:a\s+|the\s+|her\s+|his\s+|their\s+)?(?:bed)?(?:room|lounge|placement|dorm(?:itory)?)\s+with|staff\s+(?:[a-z]+\s+)?(?:settled|redirected|de-escalated|restrained)|(?:walks|walked|goes|went|gets|got)\s+(?:the\s+bus\s+)?to\s+school\s+with|in\s+the\s+bath\s+with|a\s+sleepover\s+with|bunk\s+beds?\s+with)\s+$/i;
// A pet's name: "the family dog, Tyson", "a cat called Luna", "her puppy Milo", "The dog (Rocky)",
// "Bella, the dog", "Tyson was barking", "took Tyson for a walk".
const PET_NOUN =
  "(?:dog|puppy|pup|cat|kitten|rabbit|bunny|hamster|guinea\\s+pig|gerbil|budgie|parrot|pony|horse|snake|lizard|tortoise|goldfish|fish|pet|ferret|rat|bearded\\s+dragon|staffie|staffy|labrador|spaniel|terrier|husky|bulldog|XL\\s+bully)";
// "Rocco is our dog"; the next sentence or speaker's turn answering that it is a pet: "Is Rocco
// your…? / Summer: He's our dog!".
const PET_NEXT = new RegExp(
  `^(?:\\s+(?:is|was)\\s+|[^.!?\\n]{0,30}[.!?…]+["'”’]?\\s*(?:\\n[^:\\n]{1,24}:)?\\s*(?:he|she|it|they)(?:['’]s|\\s+is|\\s+was|['’]re|\\s+are)\\s+)(?:just\\s+|only\\s+)?(?:our|my|the|their|her|his|a)\\s+(?:family\\s+|pet\\s+|new\\s+)?${PET_NOUN}s?\\b`,
  "i",
);
const PET_LEFT = new RegExp(`\\b${PET_NOUN}s?(?:\\s*,\\s*|\\s*\\(\\s*|\\s+(?:called|named)\\s+|\\s+)$`, "i");
const PET_RIGHT = new RegExp(
  `^(?:\\s*,\\s*(?:the|a|our|their|her|his|my)\\s+(?:family\\s+|pet\\s+|new\\s+)?${PET_NOUN}\\b|\\s*\\(\\s*(?:the\\s+|a\\s+)?(?:family\\s+)?${PET_NOUN}\\s*\\)|\\s+(?:was\\s+|is\\s+|kept\\s+|started\\s+)?(?:barking|barked|barks|growling|growled|wagging|meowing|purring)\\b|\\s+for\\s+(?:a\\s+|his\\s+|her\\s+)?walk(?:ies)?\\b)`,
  "i",
);
// "Dapo, and his daughter", "Dapo's son": a child of their own makes an adult.
const OWN_CHILD_POSS = /^['’]s\s+(?:(?:baby|little|eldest|youngest|older|younger)\s+)?(?:son|daughter|sons|daughters|kids|children)\b/i;
const OWN_CHILD_RIGHT =
  /^\s*,?\s*(?:(?:and|with)\s+(?:his|her)|(?:(?:from|at|of)(?:\s+[\w'’-]+){1,3}\s*,\s*)?(?:who\s+)?(?:now\s+)?(?:has|had)\s+(?:a|two|three))\s+(?:(?:baby|little|eldest|youngest|older|younger|two|three)\s+)?(?:son|daughter|sons|daughters|kids|children)\b/i;
// A bracket after the name holding an age among other words: "(twins, aged 4)", "(brother, 18)", "(15, known as …)", "("Jay", 11)".
const BRACKET_RIGHT = /^[\]]?[ \t]*\(([^()\n]{1,40})\)/;
// "(11)", "(aged 4, at Brook Primary)", "(our eldest, she's 20 now)".
const AGE_IN_BRACKET =
  /(?:^|[\s,;])(?:aged?\s+|now\s+|(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:now\s+)?)?(\d{1,2})(?:\s*(?:yrs?|years?|yo|y\/o))?(?:\s*(?:old))?(?:\s+now)?(?=\s*(?:[,;]|$))/i;
// A number counting something, not an age: "(review 2)", "(Part 3)", "(visit 2)", "(page 4)": a word straight
// before the number that is not one of an age's own words ("aged", "about", "she's").
const COUNTED_BEFORE =
  /(?:^|[\s,;(])(?!(?:aged?|both|all|each|twins|now|about|around|approx|approximately|nearly|almost|roughly|maybe|prob|probably|possibly|poss|circa|c|shes|hes|she['’]s|he['’]s|they['’]re|is|are|only|just|turned|turning|then)\s*$)\p{L}{2,}\.?[ \t]+$/iu;
// An apposition kin word that is followed by its own name belongs to that name: "Mrs Asante, her sister Akosua".
// Not across a table cell: "Lexi Harker<TAB>Half-sister<TAB>Lives with Leo" is Lexi's kin word.
// A name after the kin word, or a label ("| Midwifery | Child D born …", "Sibling 2"): the kin word is theirs.
// A capitalised kin word that goes on into a proper name is the head of an organisation's or a team's name, not
// what the person before it is: "Nadia Sharif, Children in Care Team", "Jo Bell, Young Carers and Families Service".
const ORGANISATION_NEXT = /^\p{Lu}\S* +(?:in|and|of|for|&) +\p{Lu}/u;
const APPOSITION_AGE = /^\s*,\s*(?:is|was)\s+(?:now\s+|only\s+|just\s+)?(\d{1,2})\b(?!\s*(?:%|am\b|pm\b|minutes|hours|days|weeks|months|times|[/:.]\d))/i;
const BRACKET_KIN_AGE = /^\s*,\s*(?:aged?\s+)?(\d{1,2})\s*(?:years?\s*old|yrs?|yo)?\s*\)/i;
// '"Dodo", which is what she calls her brother', '"Mimi" (his word for his sister)': a pet name the record says
// is the speaker's name for a relation (the speaker a pronoun of the subject's gender, checked where it is used).
const NICKNAME_FOR_KIN_RIGHT = new RegExp(
  `^["”’']?\\s*(?:,\\s*which\\s+is\\s+what\\s+(he|she|they)\\s+calls?|\\(\\s*(his|her|their)\\s+word\\s+for)\\s+(?:his|her|their)\\s+(?:\\p{Ll}+\\s+)?(${KIN_ALT})\\b`,
  "iu",
);
// "Mum says "Tommo", which is what she calls her brother": a parent or carer who speaks in the clause may be the speaker.
const ADULT_SPEAKER_BEFORE = /\b(?:mum|mother|dad|father|nan|nana|gran|grandma|grandad|carers?|aunt|auntie|uncle|Mrs?|Ms)\s+(?:\S+\s+)?(?:says?|said|saying|calls?|called)\b/i;
const NAME_NEXT = /^[^\S\t\n]*,?[^\S\t\n]*\(?["'“‘]?(?:\p{Lu}\p{Ll}|(?:\p{Lu}|\d{1,2})(?![\p{L}\p{N}]))/u;
// A role word followed by a given name is that name's title, not the role of the name before it:
// "Mon – Amelia and Jonah, driver Sharon" (Sharon drives).
const GIVEN_NAME_NEXT = /^[ ]+(\p{Lu}\p{Ll}+)\b/u;
function roleOfNextName(rest: string): boolean {
  const m = GIVEN_NAME_NEXT.exec(rest);
  return !!m && FIRST_NAMES.has(m[1].toLowerCase()) && !COMMON_WORDS.has(m[1].toLowerCase());
}

// A title kept apart from the surname by initials or a collar number: "Ms R. Trewin", "PC 2231 M. Ferris".
const TITLE_INITIALS_LEFT = /(?:^|[^\p{L}])(\p{Lu}[\p{L}]*)\.?[ \t]+(?:\d{2,6}[ \t]+)?(?:\p{Lu}\.?[ \t]*){0,3}$/u;
const INITIAL_OR_NUMBER_END = /(?:\d|\p{Lu}\.?)[ \t]*$/u;
function titleApart(left: string): string | undefined {
  if (!INITIAL_OR_NUMBER_END.test(left)) return undefined;
  const m = TITLE_INITIALS_LEFT.exec(left);
  return m && ADULT_TITLES.has(m[1]) ? m[1] : undefined;
}

// "the Children (Jersey) Law 2002": a bracketed word after a kin word that is part of a law's title.
const LAW_TITLE_RIGHT = /^[ \t]*\)[ \t]*(?:\p{L}+[ \t]+)?(?:law|act|order|rules|regulations|bill|measure)\b/iu;
// "THE CHILDREN (Via their guardian)": an ordinary word opening a bracketed clause, not a name.
const CLAUSE_GOES_ON_RIGHT = /^[ \t]+\p{Ll}/u;
// "a boy from the West Midlands", "a girl in the Lake District": after "the", capitalised words name a place or a body.
const THE_PLACE_LEFT = /\b(?:from|in|at|of|on)[ \t]+the[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+)*$/u;

/** Is the capitalised word after a kin word something other than the kin word's name? */
function kinWordNamesSomethingElse(p: Phrase, left: string, right: string): boolean {
  if (THE_PLACE_LEFT.test(left)) return true;
  if (!/\([ \t]*$/.test(left)) return false;
  return (
    LAW_TITLE_RIGHT.test(right) ||
    (p.parts.length === 1 && COMMON_WORDS.has(p.parts[0].toLowerCase()) && !FIRST_NAMES.has(p.parts[0].toLowerCase()) && CLAUSE_GOES_ON_RIGHT.test(right))
  );
}

export function cuesFor(text: string, ctx: RuleContext, p: Phrase, refDate: SimpleDate | undefined, dobAfter: (from: number) => SimpleDate | undefined): Cues {
  const c: Cues = { signals: {}, reasons: [] };
  const lineStart = lineStartBefore(text, p.start, 300);
  const left = text.slice(Math.max(lineStart, p.start - 60), p.start);
  // An age in a dated entry is the age on that date: the years since are added ("2009 – Leon (aged 16)") when they
  // make a grown adult. A young person of 18 to 20 whose childhood the record narrates is read as the record wrote them.
  const since = yearsSinceRow(text.slice(lineStart, p.start), refDate);
  const addAgeThen = (age: number, why: string) =>
    since && age < 18 && age + since >= GROWN_ADULT ? addAge(c, age + since, `${why} in an entry over ${since} years before the record`) : addAge(c, age, why);
  const title = p.title ?? titleApart(left);
  if (title) {
    addSignal(c, "title", `has the title ${title}`);
    c.gender = titleGender(title);
  }
  const right = text.slice(p.end + (p.possessive ? 2 : 0), Math.min(text.length, p.end + 90));
  // The letter runs of the text before the name, read once: the end-anchored patterns below run only when a word
  // they need is among them (end-gates.ts).
  const runs = left.match(RUNS) ?? [];
  const words = foldedRuns(runs);
  const kinMatch = runs.some((run) => KIN_HEADS.test(run)) ? KIN_LEFT.exec(left) : null;
  // "Kelsey (a baby Marjorie cared for)": after "a" or "an", a name followed by its verb is the subject of a
  // relative clause about the kin noun, not the kin noun's name.
  const kin =
    (kinMatch && RELATIVE_CLAUSE_SUBJECT.test(right) && /\b(?:a|an)\s+$/i.test(left.slice(0, kinMatch.index + 1))) || (kinMatch && kinWordNamesSomethingElse(p, left, right))
      ? null
      : kinMatch;
  if (kin) {
    const mods = (kin[1] ?? "").toLowerCase();
    const word = kin[2].toLowerCase();
    // "Mum's friend Tracey", "her father's sister": a relation of an adult is an adult, unless it is
    // their child ("Mum's son").
    const before = left.slice(0, kin.index + (/^[^\p{L}]/u.test(kin[0]) ? 1 : 0));
    const ofAdult = ADULT_POSSESSOR.test(before) || ADULT_HAS.test(before) || ADULT_SPEAKER_POSS.test(before) || adultAlongside(before, word, mods, ctx);
    if (PARENT_APPOSITION.test(before)) {
      // "Tendai, whose father, her son Peter, …": the son named is a child's parent.
      addSignal(c, "kin-adult", "a child's parent");
    } else if (ofAdult && !OFFSPRING.has(word)) {
      addSignal(c, "kin-of-adult", `relative of an adult`);
    } else if (!/adult|grown/.test(mods)) {
      const owner = OWNER_PRONOUN.exec(left.slice(0, kin.index + (/^[^\p{L}]/u.test(kin[0]) ? 1 : 0)));
      const ownerGender = owner ? (owner[1].toLowerCase() === "his" ? "m" : "f") : undefined;
      const subjectPronoun = ctx.profile.pronouns?.subject;
      const notSubjects = ownerGender && subjectPronoun && !(ownerGender === "m" ? subjectPronoun === "he" : subjectPronoun === "she");
      // "Kerry's brother Dean": the owner is a named person, settled once everyone's evidence is in (a
      // brother of an adult is an adult; of the child or another child, a child).
      const namedOwner = !owner && (NAMED_POSSESSOR.test(before) || NAMED_HAS.test(before)) && !OFFSPRING.has(word);
      if (namedOwner) c.kinOfNamed = { word, mods };
      else if (ownerGender && !OFFSPRING.has(word)) c.kinOfOther = { gender: ownerGender, word, mods, maySubject: !notSubjects || undefined };
      else addSignal(c, kinSignal(word, mods), `called ${word}`);
      // "an older boyfriend, Jordan": older than a child, not said to be one (the worker decides).
      if (/older/.test(mods) && kinSignal(word) === "kin-partner") addSignal(c, "older", `called an older ${word}`);
    } else {
      addSignal(c, "kin-adult", `called ${mods.trim()} ${word}`);
    }
    c.gender ??= kinGender(kin[2]);
    // "her 19-year-old boyfriend Dean", "his 3-year-old brother": the age in the kin phrase is the name's.
    const modAge = /(\d{1,2})-year-old/.exec(mods);
    if (modAge) addAgeThen(+modAge[1], `called a ${modAge[1]}-year-old ${word}`);
  }
  const roleAfter = ROLE_RIGHT.exec(right) ?? ROLE_RIGHT_WIDE.exec(right) ?? (p.possessive ? null : ROLE_IS_RIGHT.exec(right));
  const role =
    roleBefore(left, runs) ??
    (p.possessive
      ? null
      : ((COPULA_END.test(left) ? ROLE_COPULA_LEFT.exec(left) : null) ??
        (holdsAny(words, "parents grandparents carers guardians adopters") ? PLURAL_ROLE_PAIR_LEFT.exec(left) : null))) ??
    (roleAfter && !roleOfNextName(right.slice(roleAfter.index + roleAfter[0].length)) ? roleAfter : null) ??
    (left.includes(":") ? ROLE_LABEL_LEFT.exec(left) : null);
  if (role && !kin) {
    const said = role[1].toLowerCase();
    // "prepared by", "statement of" are where a person is named, not what they are.
    addSignal(c, "role", / (?:by|of)$/.test(said) ? `named after "${said}"` : `has a role: ${said}`);
    c.gender ??= roleGender(role[1]);
  } else if (!kin && !p.possessive && advocateInHeader(left, right, words)) addSignal(c, "role", "named as an advocate or on the bench in a court header");
  if ((p.possessive && PARTNER_POSS.test(text.slice(p.end, p.end + 40))) || PARTNER_LEFT.test(left) || (!p.possessive && PARTNER_RIGHT.test(right)))
    addSignal(c, "partner", "has a partner or a job");
  else if (c.age === undefined && (ADULT_LIFE_RIGHT.test(p.possessive ? text.slice(p.end, p.end + 40) : right) || (!p.possessive && ADULT_JOB_RIGHT.test(right))))
    addSignal(c, "partner", "has a job, a home or a life of an adult");
  else if (!p.possessive) {
    // Further on in the name's own clause: "Jordan is older than her and picks her up in his car".
    const clause = OWN_CLAUSE_END.exec(right.slice(0, 100));
    const own = clause ? right.slice(0, clause.index) : right.slice(0, 100);
    if (ADULT_CLAUSE.test(own)) addSignal(c, "partner", "has a job, a home or a life of an adult");
    else if (OLDER_CLAUSE.test(own)) addSignal(c, "older", "said to be older or to work");
  }
  if (!p.possessive && AS_PARENT_RIGHT.test(right)) addSignal(c, "role", "acts as a child's parent");
  if (
    (PARTY_RIGHT.test(right) || (((VERSUS_MARK.test(left) && VERSUS_LEFT.test(left)) || VERSUS_RIGHT.test(right)) && !p.possessive)) &&
    !ORGANISATION_WORD.test(p.parts[p.parts.length - 1])
  ) {
    const line = text.slice(lineStart, lineEndAfter(text, p.end, 200));
    if (!CHILD_PARTY.test(line)) addSignal(c, "label", "a party to the proceedings");
  }
  if (ACTION_OWNER_RIGHT.test(right) && !kin && c.age === undefined) addSignal(c, "action-owner", "has an action to do");
  // (An e-mail's list of correspondents may run past the 60 characters read before a name: its line's label is read too.)
  // (So may a "Present:" or "Attendees:" list: its label is read from the line's start.)
  const longLine = left.length < p.start - lineStart;
  if (
    LABEL_LEFT.test(left) ||
    GREETING_LEFT.test(left) ||
    (longLine && (CORRESPONDENTS_LINE.test(text.slice(lineStart, p.start)) || LABEL_LEFT.test(text.slice(lineStart, p.start))))
  )
    addSignal(c, "label", "named in a header, greeting or signature");
  // The writer introducing themselves ("My name is Ruth Anand and I was your social worker"), outside quotes.
  else if (WRITER_LEFT.test(left) && !ctx.inQuote(p.start, p.end)) {
    const own = WRITER_AGE_RIGHT.exec(right);
    if (own && c.age === undefined) addAge(c, toAge(own[1]), `aged ${own[1]}`);
    else if (!own) addSignal(c, "label", "the writer of the record");
  }
  // Initials in brackets after a full name: how minutes name the professionals ("Dee Armitage (DA), family
  // support worker"; FORMAT.md ruling 7).
  if (!p.possessive && p.parts.length >= 2 && !role) {
    const initials = INITIALS_RIGHT.exec(right);
    if (
      initials &&
      initials[1] ===
        p.parts
          .map((w) => w[0])
          .join("")
          .toUpperCase()
    )
      addSignal(c, "role", "named by initials, as minutes name professionals");
  }
  const bornNow = BORN_NOW_RIGHT.exec(right);
  if (bornNow) {
    // The current age outweighs any earlier "(then 13)".
    addAge(c, +bornNow[1], `now ${bornNow[1]}`);
    addAge(c, +bornNow[1], `now ${bornNow[1]}`);
  }
  let parentThen = false;
  for (const re of c.age === undefined ? AGE_RIGHT : []) {
    const m = re.exec(right);
    if (!m) continue;
    // "Kerry was 16 when she had Lily": the age a parent was then, not a child's now.
    parentThen = toAge(m[1]) < 18 && PARENT_THEN.test(right.slice(m.index + m[0].length));
    if (parentThen) addSignal(c, "kin-adult", "a parent since a younger age");
    // "(now 15)", "who is now 15": today's age, whatever the entry's date.
    else if (/\bnow\b/i.test(m[0])) addAge(c, toAge(m[1]), `aged ${m[1]}`);
    else addAgeThen(toAge(m[1]), `aged ${m[1]}`);
    break;
  }
  if (c.age === undefined && !parentThen) {
    for (const re of AGE_RIGHT_MORE) {
      const m = re.exec(right);
      if (m && (re === BARE_NUMBER_AGE || re === COMMA_NUMBER_AGE) && numberedReference(p.parts, right)) continue;
      if (m) {
        addAgeThen(toAge(m[1]), `aged ${m[1]}`);
        break;
      }
    }
  }
  if (c.age === undefined) {
    const b = BRACKET_RIGHT.exec(right);
    const m = b && !/\d[/.:-]\d/.test(b[1]) ? AGE_IN_BRACKET.exec(b[1]) : null;
    if (m && !OTHER_NAME_IN_BRACKET.test(b![1].slice(0, m.index)) && !COUNTED_BEFORE.test(b![1].slice(0, m.index + m[0].search(/\d/)))) {
      if (/now/i.test(b![1])) addAge(c, +m[1], `aged ${m[1]}`);
      else addAgeThen(+m[1], `aged ${m[1]}`);
      if (+m[1] >= 18 && /now/i.test(b![1])) addAge(c, +m[1], `aged ${m[1]}`);
    }
  }
  if (c.age === undefined && !p.possessive && ADULT_AGE_RIGHT.test(right)) addAge(c, 18, "an adult by their age");
  if (c.age === undefined && (MONTHS_OLD_RIGHT.test(right) || (!p.possessive && BABY_NOW_RIGHT.test(right)))) addAge(c, 0, "a baby");
  if (BIRTH_LEFT.test(left) || GAVE_BIRTH_TO_LEFT.test(left)) addSignal(c, "kin", "a baby born into the family");
  if (BORN_TO_LEFT.test(left) || GAVE_BIRTH_RIGHT.test(right)) addSignal(c, "kin-adult", "a parent of a baby born");
  if (c.age === undefined) {
    const m = AGE_LEFT.exec(left) ?? (OLD_END.test(left) ? AGE_BARE_LEFT.exec(left) : null) ?? AGE_AFTER_NOUN_LEFT.exec(left);
    if (m) addAgeThen(toAge(m[1]), `aged ${m[1]}`);
    else if (ADULT_NOUN_LEFT.test(left)) addSignal(c, "role", "called a man or a woman");
  }
  if (WITH_OTHER_CHILDREN_RIGHT.test(right) || CHILDREN_LIST_LEFT.test(left)) addSignal(c, "coordinated", "named among other children");
  if (!p.possessive && FROM_CHILD_PLACE_RIGHT.test(right)) addSignal(c, "peer", "known from a class, club or team");
  if (!p.possessive && TOLD_STAFF_RIGHT.test(right)) addSignal(c, "peer", "told the setting's staff, as a young person there does");
  if (!p.title && (PET_LEFT.test(left) || (!p.possessive && (PET_RIGHT.test(right) || PET_NEXT.test(right))))) c.pet = true;
  if (FRIENDSHIP_LEFT.test(left)) addSignal(c, "peer", "a friendship of the child's");
  if (!p.possessive && CARE_STATUS_RIGHT.test(right)) addSignal(c, "possession", "on a plan, in care or seen as only a child is");
  if ((SCHOOL_RUN_LEFT.test(left) && SCHOOL_RUN_PLACE.test(right)) || (!p.possessive && SCHOOL_RUN_RIGHT.test(right)))
    addSignal(c, "child-life", "taken to or from school, or missing from it");
  if (CHILD_LIFE_LEFT.test(left)) addSignal(c, "child-life", "plays, sleeps or goes to school with a child");
  else if (CHILD_LIFE_RIGHT.test(p.possessive ? text.slice(p.end, p.end + 60) : right.slice(0, 80).split(/[.;!?\n]/)[0]))
    addSignal(c, "child-life", "cared for as a baby or young child");
  if ((p.possessive && OWN_CHILD_POSS.test(text.slice(p.end, p.end + 40))) || (!p.possessive && OWN_CHILD_RIGHT.test(right)))
    addSignal(c, "kin-of-adult", "has a child of their own");
  if (c.age === undefined && refDate && !p.possessive) {
    const year = BORN_YEAR_RIGHT.exec(right)?.[1] ?? (BORN_NEXT.test(right) ? BIRTH_ROW_LEFT.exec(left)?.[1] : undefined);
    const age = year ? refDate.year - +year : -1;
    if (age >= 0 && age < 100) addAge(c, age, age >= 18 ? "born 18 or more years ago" : "born under 18 years ago", true);
  }
  const dob = c.age === undefined ? dobAfter(p.end) : undefined;
  if (dob && refDate) {
    const age = Math.max(0, yearsBetween(dob, refDate));
    addAge(c, age, age >= 18 ? "date of birth 18 or more years ago" : "date of birth under 18", true);
  }
  const family = p.possessive ? null : FAMILY_CHILDREN_RIGHT.exec(right);
  // "the Pugh children"; with no article only as an item of a list ("Updates - Kit M, Okonjo twins, Pugh children").
  if (family && (THE_LEFT.test(left) || (LIST_ITEM_LEFT.test(left) && LIST_ITEM_END.test(right.slice(family[0].length))))) addSignal(c, "kin", "named as a family's children");
  const kinR = KIN_RIGHT.exec(right);
  const afterKin = kinR ? right.slice(kinR.index + kinR[0].length) : "";
  // "Jonah Pym (Hattie's brother, 10)": an age closing the kin word's bracket is the name's, not a name after it.
  const bracketAge = kinR && kinR[0].includes("(") ? BRACKET_KIN_AGE.exec(afterKin) : null;
  if (kinR && (bracketAge || !NAME_NEXT.test(afterKin)) && !CLAUSE_VERB_NEXT.test(afterKin) && !ORGANISATION_NEXT.test(kinR[2] + afterKin)) {
    // "Tariq (Mum's brother)", "Bernie, Dad's best friend": a relation of an adult is an adult, unless
    // it is their child.
    if (kinR[1] && ADULT_POSSESSOR.test(kinR[1]) && !OFFSPRING.has(kinR[2].toLowerCase())) addSignal(c, "kin-of-adult", "relative or friend of an adult");
    else addSignal(c, kinSignal(kinR[2]), `described as ${kinR[2].toLowerCase()}`);
    c.gender ??= kinGender(kinR[2]);
    // "Dean, Chloe's boyfriend, is 19": the age after the apposition is the name's.
    const appositionAge = c.age === undefined ? (bracketAge ?? APPOSITION_AGE.exec(afterKin)) : null;
    if (appositionAge) addAgeThen(+appositionAge[1], `aged ${appositionAge[1]}`);
  } else if (!kinR && !p.possessive && !c.signals.kin && NICKNAME_FOR_KIN_RIGHT.test(right)) {
    const nick = NICKNAME_FOR_KIN_RIGHT.exec(right)!;
    const speaker = (nick[1] ?? nick[2]).toLowerCase();
    const subject = ctx.profile.pronouns?.subject;
    // The speaker is the child whose record this is (a pronoun of theirs), so the relation is the child's own.
    const clause = left.slice(left.search(/[^.!?;]*$/));
    if (subject && (speaker === subject || { his: "he", her: "she", their: "they" }[speaker] === subject) && !ADULT_SPEAKER_BEFORE.test(clause)) {
      addSignal(c, kinSignal(nick[3]), `what the child calls their ${nick[3].toLowerCase()}`);
      c.gender ??= kinGender(nick[3]);
    }
  } else if (!kinR && !p.possessive) {
    const is = KIN_IS_RIGHT.exec(right);
    if (is && ADULT_POSSESSOR.test(is[1].trimEnd())) {
      if (!OFFSPRING.has(is[2].toLowerCase())) addSignal(c, "kin-of-adult", "relative of an adult");
    } else if (is && !/^(?:boy|girl)friend$/i.test(is[2])) {
      addSignal(c, kinSignal(is[2]), `described as ${is[2].toLowerCase()}`);
      c.gender ??= kinGender(is[2]);
    } else if (!is) {
      const noun = CHILD_NOUN_IS_RIGHT.exec(right);
      if (noun) {
        addSignal(c, "kin", `described as a ${noun[1].toLowerCase()}`);
        c.gender ??= kinGender(noun[1]);
      }
    }
  }
  if (!p.possessive && c.age === undefined && NAME_GIVEN_LEFT.test(left)) {
    const described = text.slice(ctx.sentenceAt(p.start).start, p.start);
    if (CHILD_DESCRIBED.test(described) && !ADULT_DESCRIBED.test(described)) addSignal(c, "kin", "named for a child described");
  }
  const afterPossessive = p.possessive ? text.slice(p.end, p.end + 40) : "";
  if (p.possessive && CHILD_POSSESSION.test(afterPossessive)) addSignal(c, "possession", "has a school, nursery or carer of their own");
  else if (p.possessive && OWN_PARENT_POSS.test(afterPossessive)) addSignal(c, "has-parent", "has a parent or carer of their own");
  if (!p.possessive && (ATTENDS_RIGHT.test(right) || (WHERE_SCHOOL_LEFT.test(left) && WHERE_GOES_RIGHT.test(right)))) addSignal(c, "attends", "goes to a school or nursery");
  const school = schoolWords(ctx, p.start);
  if (school.named && !c.signals.attends && SCHOOL_REPORTS_LEFT.test(left) && PUPIL_PREDICATE.test(right)) addSignal(c, "attends", "a school reports on them as a pupil");
  else if (school.life && !c.signals.attends && !p.possessive) {
    const life = SCHOOL_LIFE_RIGHT.exec(right.slice(0, 70));
    if (life && (!possessiveCanBeSubjects(ctx, life[1]) || OWN_WORK_VERB.test(life[0])) && !/[.;:!?\n]/.test(life[0]))
      addSignal(c, "attends", "has school work or school discipline of their own");
  }
  if (school.setting) {
    const tail = left.slice(-40);
    if (SEAT_LEFT.test(tail) || (!p.possessive && SEAT_RIGHT.test(right)) || HURT_LEFT.test(tail) || (!p.possessive && HURT_RIGHT.test(right)))
      addSignal(c, "peer", "in an incident or a seat beside the child at school");
  }
  // A sentence about friends and play says nothing of a mention its own words call a pet ("their guinea pig Crumble
  // and their best friend Ruby-Mae").
  if (!c.pet && peerSentence(ctx, p.start) && (p.possessive || !(placeWordLeft(left) || ORIGIN_LEFT.test(left)))) addSignal(c, "peer", "named as a peer at school or play");
  // "Tia from my class", and in a child's own words "Tia from school": a classmate.
  else if (!p.possessive && (FROM_CLASS_RIGHT.test(right) || (FROM_SCHOOL_RIGHT.test(right) && ctx.inQuote(p.start, p.end))))
    addSignal(c, "peer", "from the child's class or school");
  // Their own parent, in the name's own sentence: not "his mother" when "his" can be the subject's.
  const sentence = ctx.sentenceAt(p.start);
  const ahead = text.slice(p.end, Math.min(p.end + 140, Math.max(sentence.end, p.end)));
  // "still in Mashhad with their mother": after "in" or "from" a word is where someone is, not who.
  const parent = PARENT_GATE.test(ahead) && !IN_PLACE_LEFT.test(left) ? HAS_PARENT_RIGHT.exec(ahead) : null;
  if (parent && !(/(?:boys|girls|children|pupils|people)$/i.test(parent[0]) && CARE_OR_SPEECH.test(parent[0]))) {
    const pron = HIS_HER.exec(ahead);
    if (!possessiveCanBeSubjects(ctx, pron?.[1])) addSignal(c, "own-parent", WITH_OWN_PARENT);
  }
  if (CLASS_RIGHT.test(right)) addSignal(c, "class", "in the same class");
  if (YEAR_GROUP_RIGHT.test(right)) addSignal(c, "year-group", "in a school year group");
  // A line holding only a name is a signature or an author line when a sign-off precedes it.
  const lineEnd = lineEndAfter(text, p.end, 300);
  const line = text.slice(lineStart, lineEnd).trim();
  if (line.length <= p.end - p.start + 2 && lineStart > 0) {
    let q = lineStart - 2;
    while (q >= 0 && lineStart - q < 300 && /\s/.test(text[q])) q--;
    const prevLine = text.slice(lineStartBefore(text, q, 300), q + 1);
    if (SIGN_OFF_LINE.test(prevLine)) addSignal(c, "sign-off", "named in a signature");
  }
  if (!kin && noChildSignal(c.signals) && afterInitial(text, p)) addSignal(c, "label", "a surname after an initial, as records name adults");
  return c;
}

// Between the subject's possessive and the name of their relative: "'s younger sister ", "'s friend, ".
export const SUBJECTS_KIN =
  /^['’]s\s+(?:(?:older|younger|little|big|baby|twin|half|step|foster|best|new|eldest|youngest)[\s-]+){0,2}(?:brother|sister|sibling|twin|cousin|friend|half-brother|half-sister|stepbrother|stepsister)\s*,?\s*$/i;
// A sentence opened by he or she, after a bullet or a time word: "He is 15 and …", "Now she attends …".
const PRONOUN_OPENER = /^[\s\d.)•*–-]*(?:(?:now|also|currently|today|since\s+then)\s*,?\s+)?(he|she)\b/i;
const PRONOUN_AGE = new RegExp(
  `^(?:\\s+(?:is|was)|['’]s)\\s+(?:now\\s+|only\\s+|just\\s+|aged?\\s+)?(?:about\\s+|nearly\\s+|almost\\s+)?(\\d{1,2}|${NUMBER_WORDS})(?:\\s+years?\\s+old)?\\b(?![/:.]\\d)(?!\\s*(?:%|am\\b|pm\\b|minutes|hours|days|weeks|months|times|o['’]clock))`,
  "i",
);
const PRONOUN_BORN = /^\s+was\s+born\b/i;

/**
 * What a sentence opened by he or she says of that person, to be carried back to the name it refers to
 * ("Cora's boyfriend is Mason. He is 15", "her brother Reggie. He is in Year 9 at Hollybrook Academy"):
 * an age, a date of birth, a year group, a school, a class. Returns the gender of the pronoun with the
 * cues, or undefined when the sentence does not open with he or she.
 */
export function pronounSentenceCues(
  ctx: RuleContext,
  sentence: { start: number; end: number },
  refDate: SimpleDate | undefined,
): (Cues & { pronounGender: "m" | "f" }) | undefined {
  const text = ctx.text;
  const head = PRONOUN_OPENER.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)));
  if (!head) return undefined;
  const at = sentence.start + head[0].length;
  const right = text.slice(at, Math.min(sentence.end, at + 90));
  const c: Cues & { pronounGender: "m" | "f" } = { signals: {}, reasons: [], pronounGender: head[1].toLowerCase() === "he" ? "m" : "f" };
  const age = PRONOUN_AGE.exec(right);
  if (age) addAge(c, toAge(age[1]), `aged ${age[1]} (said of them as ${head[1].toLowerCase()})`);
  else if (PRONOUN_BORN.test(right) && refDate) {
    const dob = ctx.identifiers.find((id) => id.kind === "date of birth" && id.date && id.start >= at && id.start < sentence.end);
    if (dob) {
      const years = Math.max(0, yearsBetween(dob.date!, refDate));
      addAge(c, years, years >= 18 ? "date of birth 18 or more years ago" : "date of birth under 18", true);
    }
  }
  if (ATTENDS_RIGHT.test(right)) addSignal(c, "attends", "goes to a school or nursery (said of them as he or she)");
  if (YEAR_GROUP_RIGHT.test(right)) addSignal(c, "year-group", "in a school year group (said of them as he or she)");
  if (CLASS_RIGHT.test(right)) addSignal(c, "class", "in the same class (said of them as he or she)");
  return c;
}

/** Can this possessive pronoun ("his", "her", "their") be the subject child's? */
function possessiveCanBeSubjects(ctx: RuleContext, pronoun: string | undefined): boolean {
  const g = pronoun ? pronoun.toLowerCase() : "";
  const subjectG = ctx.profile.pronouns?.subject;
  return (g === "his" && subjectG === "he") || (g === "her" && subjectG === "she") || (g === "their" && subjectG === "they");
}

const schoolCache = new WeakMap<RuleContext, Map<number, { setting: boolean; life: boolean; named: boolean }>>();
const SCHOOL_NAMED = /\b(?:school|nursery|primary|academy|high|college|infants|juniors|grammar|pre-?school)\b/i;
const SCHOOL_LIFE_WORD = /GCSE|SATs|mocks?\b|levels\b|exams\b|11\s*plus|11\+|detention|exclu|suspend|isolation|school\s+(?:trip|bag)|reading\s+book|PE\s+kit|homework|phonics/i;

/** Does the sentence holding offset take place at school (class, playground, lessons), or speak of school work or discipline? (Once per sentence.) */
function schoolWords(ctx: RuleContext, offset: number): { setting: boolean; life: boolean; named: boolean } {
  let cache = schoolCache.get(ctx);
  if (!cache) schoolCache.set(ctx, (cache = new Map()));
  const s = ctx.sentenceAt(offset);
  let hit = cache.get(s.start);
  if (!hit) {
    const sentence = ctx.text.slice(s.start, Math.min(s.end, s.start + 600));
    cache.set(s.start, (hit = { setting: SCHOOL_SETTING.test(sentence), life: SCHOOL_LIFE_WORD.test(sentence), named: SCHOOL_NAMED.test(sentence) }));
  }
  return hit;
}

/** Start of the line holding offset, looking back at most `limit` characters (bounded on huge lines). */
function lineStartBefore(text: string, offset: number, limit: number): number {
  const stop = Math.max(0, offset - limit);
  for (let i = offset - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop;
}

function lineEndAfter(text: string, offset: number, limit: number): number {
  const stop = Math.min(text.length, offset + limit);
  for (let i = offset; i < stop; i++) if (text.charCodeAt(i) === 10) return i;
  return stop;
}
