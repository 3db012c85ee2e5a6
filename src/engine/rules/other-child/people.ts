// Finds the people named in a record and decides who is the subject child, who is another child,
// who is an adult and what is not a person at all. Works from capitalisation, a first-names list
// (one signal, not the only one), kinship and peer words, ages, titles and roles, then spreads the
// decision to every mention of the same person.
import type { RuleContext } from "../../rule";
import type { Span } from "../../text/span";
import { findSpanIndex } from "../../text/span";
import { detectIdentifiers } from "../identifier/detect";
import { DATE_SOURCE, latestDate, parseDate, yearsBetween, type SimpleDate } from "../../text/dates";
import {
  ADULT_ROLES,
  ADULT_TITLES,
  CHILD_KINSHIP,
  COMMON_WORDS,
  FIRST_NAMES,
  KIN_ALT,
  NICKNAMES,
  NOT_NAMES,
  PLACE_PREPOSITIONS,
  PLACE_SUFFIXES,
  ROLE_ALT,
  SCHOOL_SUFFIXES,
  kinGender,
  nameGender,
  roleGender,
  titleGender,
  type Gender,
} from "./name-lexicon";

export type PersonRole = "subject" | "child" | "adult" | "unknown";

export type Mention = Span & { entity: string; possessive: boolean };

export type ChildRecord = { id: string; displayName: string; forms: Set<string>; reasons: string[] };

export type PersonMention = Span & {
  entity: string;
  role: PersonRole;
  gender?: Gender;
  possessive: boolean;
  inQuote: boolean;
  /** Why the person was judged a child or adult (empty when nothing was known). */
  reasons?: string[];
};

export type ChildDetail = Span & { entity: string; kind: "date of birth" | "school" | "address" | "reference" };

export type People = {
  children: ChildRecord[];
  /** Mentions of other children, sorted by start (pasted names reported as mix-ups are left out). */
  childMentions: Mention[];
  /** Mentions of the subject child, sorted by start. */
  subjectMentions: Span[];
  /** Mentions of adults, sorted by start. */
  adultMentions: Span[];
  /** Every person mention with its role and gender, sorted: what the mix-up rules resolve pronouns against. */
  all: PersonMention[];
  /** Identifying details of other children (DOB, school, address). */
  childDetails: ChildDetail[];
  /** Another child's name where the subject is clearly meant (copy and paste): reported as a mix-up. */
  pastedNames: PastedName[];
};

export type PastedName = Mention & { suggestion: string; pronouns: Span[] };

// ---------------------------------------------------------------------------------------------
// Tokens

type Token = { start: number; end: number; word: string; cap: boolean; allCaps: boolean; sentenceStart: boolean };

// Only capitalised words can start or continue a name, so only they are tokenised.
const CAP_WORD = /(?<![\p{L}\p{N}'’\-])\p{Lu}[\p{L}\p{N}]*(?:['’\-][\p{L}\p{N}]+)*/gu;
const HAS_LOWER = /\p{Ll}/u;
const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));

function tokenise(text: string, ctx: RuleContext): Token[] {
  const tokens: Token[] = [];
  const sentences = ctx.sentences;
  let si = 0;
  CAP_WORD.lastIndex = 0;
  for (let m = CAP_WORD.exec(text); m; m = CAP_WORD.exec(text)) {
    const start = m.index;
    const word = m[0];
    const allCaps = !HAS_LOWER.test(word);
    while (si < sentences.length - 1 && sentences[si].end <= start) si++;
    const sentenceFrom = sentences.length && sentences[si].start <= start ? sentences[si].start : 0;
    // A token opens a sentence when nothing but punctuation precedes it in its sentence, or when it
    // follows a label colon, a bullet or a dash ("Action: Will…", "– Hope…").
    let j = start - 1;
    while (j >= sentenceFrom && !isWordCode(text.charCodeAt(j)) && text[j] !== ":" && text[j] !== ";" && text[j] !== "•" && text[j] !== "–" && text[j] !== "—") j--;
    const sentenceStart = j < sentenceFrom || !isWordCode(text.charCodeAt(j));
    tokens.push({ start, end: start + word.length, word, cap: true, allCaps, sentenceStart });
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Candidate name phrases

type Phrase = {
  start: number;
  end: number;
  /** Given name first, then surname(s); titles removed. */
  parts: string[];
  title?: string;
  possessive: boolean;
  place: boolean;
  school: boolean;
  allCaps: boolean;
  weak: boolean;
};

/** "Tyler's" → "Tyler" without a regex (hot path). */
function bareWord(w: string): string {
  const n = w.length;
  if (n > 2 && (w.charCodeAt(n - 1) === 115 || w.charCodeAt(n - 1) === 83)) {
    const q = w.charCodeAt(n - 2);
    if (q === 39 || q === 0x2019) return w.slice(0, n - 2);
  }
  return w;
}
const isPossessive = (w: string) => bareWord(w).length !== w.length;
const CONTRACTION = /['’](?:ve|m|ll|re|d|t)$/i;
const FUNCTION_WORDS = new Set(["The", "When", "At", "In", "On", "From", "To", "After", "Before", "Since", "While", "If", "As", "Her", "His", "Their", "Our", "My", "Your", "This", "That", "A", "An", "And", "But", "Or", "Both", "Only", "Every", "Each", "Then", "Now", "Also", "Today", "Yesterday"]);
// After a sentence-initial word that is also an ordinary word ("Will", "Hope", "May"), one of these
// shows it is a name ("Will said…"); anything else ("Will review", "Will you") shows it is not.
const NAME_FOLLOWERS = /^(?:['’]s\b|\s*[,(]|\s+(?:is|was|has|had|said|says|told|tells|did|does|and|&|who|came|went|got|gets|likes|liked|loves|wants|wanted|lives|lived|moved|stayed|attends|attended|started|seemed|seems|looked|looks|appeared|appears|remains|remained|returned|ran|cried|laughed|asked|explained|shared|spoke|arrived|left|kept|would|could|can|will|may|might|should|must|needs|needed|[a-z]+ed)\b)/;
const MODAL_FOLLOWERS = new Set([
  "you", "we", "i", "he", "she", "they", "it", "this", "that", "these", "those", "there", "the", "a", "an", "be", "not",
  "have", "your", "our", "my", "all", "everyone", "everybody", "someone", "anyone", "somebody", "anybody", "so", "to",
]);

function isSpaceOnly(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 32 || c === 0xa0;
}

/** Groups runs of capitalised tokens ("Jordan Reilly", "Mr Lee Barton", "St Anne's RC Primary"). */
function findPhrases(text: string, tokens: Token[], ctx: RuleContext): Phrase[] {
  const phrases: Phrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    // A saint's name runs on through the possessive and capitals: "St Anne's RC Primary".
    const saint = tokens[i].word === "St" || tokens[i].word === "Saint";
    while (
      j + 1 < tokens.length &&
      isSpaceOnly(text, tokens[j].end, tokens[j + 1].start) &&
      (saint || (!isPossessive(tokens[j].word) && tokens[j].allCaps === tokens[j + 1].allCaps))
    ) {
      j++;
    }
    const run = tokens.slice(i, j + 1);
    i = j + 1;
    // "Florence Road D'Angelo": a name can follow a place with nothing between them.
    let cut = -1;
    for (let k = 1; k < run.length - 1; k++) if (PLACE_SUFFIXES.has(bareWord(run[k].word)) && !PLACE_SUFFIXES.has(bareWord(run[k + 1].word))) cut = k;
    for (const part of cut > 0 ? [run.slice(0, cut + 1), run.slice(cut + 1)] : [run]) {
      const phrase = toPhrase(text, part, ctx);
      if (phrase) phrases.push(phrase);
    }
  }
  return phrases;
}

function toPhrase(text: string, run: Token[], ctx: RuleContext): Phrase | undefined {
  const words = run.map((t) => t.word);
  let isPlace = false;
  if (words.length > 1) {
    for (let w = 1; w < words.length && !isPlace; w++) isPlace = PLACE_SUFFIXES.has(bareWord(words[w]));
    if (!isPlace && (words[0] === "St" || words[0] === "Saint") && !ADULT_TITLES.has(words[1])) isPlace = true;
  }
  // Places and organisations: "Florence Road", "Kingsmead College", "St Anne's RC Primary".
  if (isPlace) {
    const school = words.some((w) => SCHOOL_SUFFIXES.has(bareWord(w)));
    let startTok = 0;
    // Keep a leading sentence word out of the place name ("When Oakfield Primary…").
    while (startTok < run.length - 1 && FUNCTION_WORDS.has(words[startTok])) startTok++;
    return {
      start: run[startTok].start,
      end: run[run.length - 1].end - (isPossessive(words[words.length - 1]) ? 2 : 0),
      parts: words.slice(startTok),
      possessive: false,
      place: true,
      school,
      allCaps: run[0].allCaps,
      weak: false,
    };
  }
  // Strip leading non-name words ("When", "Staff", "Her") and find a title.
  let k = 0;
  let title: string | undefined;
  while (k < run.length) {
    const w = run[k].word;
    const bare = w.replace(/\.$/, "");
    if (ADULT_TITLES.has(bare) || (bare === "Honour" && k > 0)) {
      title = bare;
      k++;
      continue;
    }
    const lw = w.toLowerCase();
    const relation = CHILD_KINSHIP.has(lw) || ADULT_ROLES.has(lw) || lw === "baby";
    if (!relation && (isNameToken(run[k], k === 0 && run[k].sentenceStart, run, k) || ctx.profile.subjectForms.has(bareWord(w).toLowerCase()))) break;
    if (title) return undefined; // "Mr and…": a title followed by a non-name.
    k++;
  }
  if (k >= run.length) return undefined;
  const nameRun = run.slice(k);
  // A name is at most a given name plus two surnames; longer runs are headings or titles of things.
  if (nameRun.length > 3 && !title) return undefined;
  const parts = nameRun.map((t) => t.word);
  const lastWord = parts[parts.length - 1];
  const possessive = isPossessive(lastWord);
  if (possessive) parts[parts.length - 1] = bareWord(lastWord);
  // Surnames after the first token may be ordinary words (Price, Marsh), but not heading words.
  for (let p = 1; p < parts.length; p++) {
    if (NOT_NAMES.has(parts[p]) || nameRun[p].allCaps !== nameRun[0].allCaps) {
      parts.length = p;
      break;
    }
  }
  const first = nameRun[0];
  const lowerFirst = first.word.toLowerCase();
  const ambiguous = COMMON_WORDS.has(bareWord(lowerFirst)) && !title;
  let weak = false;
  if (first.allCaps) weak = true;
  if (first.sentenceStart && ambiguous && parts.length === 1 && !possessive) {
    const next = nextWord(text, first.end);
    if (MODAL_FOLLOWERS.has(next)) return undefined; // "Will you…", "Hope you are well"
    if (!NAME_FOLLOWERS.test(text.slice(first.end, first.end + 20))) return undefined; // "Will bring copies"
    weak = true;
  }
  const end = nameRun[parts.length - 1].end - (possessive && parts.length === nameRun.length ? 2 : 0);
  return {
    start: first.start,
    end,
    parts,
    title,
    possessive: possessive && parts.length === nameRun.length,
    place: false,
    school: false,
    allCaps: first.allCaps,
    weak,
  };
}

function nextWord(text: string, from: number): string {
  const m = /^[\s,]*([\p{L}']+)/u.exec(text.slice(from, from + 30));
  return m ? m[1].toLowerCase() : "";
}

/** Could this token be (part of) a person's name? */
function isNameToken(t: Token, atSentenceStart: boolean, run: Token[], k: number): boolean {
  const bare = bareWord(t.word);
  if (bare.length < 2) return false;
  if (NOT_NAMES.has(bare)) return false;
  if (/\d/.test(bare) || CONTRACTION.test(bare)) return false;
  const lower = bare.toLowerCase();
  if (t.allCaps && bare.length <= 5 && !FIRST_NAMES.has(lower)) return false; // acronyms
  const common = COMMON_WORDS.has(lower);
  if (!common) return true;
  if (FIRST_NAMES.has(lower) || FIRST_NAMES.has(lower.split("-")[0])) return true;
  // A common word opening a run can still be a given name before a surname ("Hope Mensah") only
  // when it is a known given name (handled above); otherwise it is an ordinary word.
  void atSentenceStart;
  void run;
  void k;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Context cues

const NUMBER_WORD_VALUES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
const NUMBER_WORDS = NUMBER_WORD_VALUES.join("|");
const toAge = (s: string) => (/^\d+$/.test(s) ? +s : NUMBER_WORD_VALUES.indexOf(s.toLowerCase()));
const AGE_RIGHT = [
  /^\s*\(\s*(?:aged?\s*|then\s+|now\s+)?(\d{1,2})\s*(?:years?|yrs?)?(?:\s*old)?\s*\)/i,
  new RegExp(`^\\s*,\\s*(?:aged?\\s+|now\\s+|then\\s+|who\\s+is\\s+(?:now\\s+|only\\s+|about\\s+)?|age\\s+)(\\d{1,2}|${NUMBER_WORDS})\\b(?![/:.]\\d)`, "i"),
  /^\s*,\s*(\d{1,2})\s*,/,
  /^\s*(?:,\s*)?(?:is|was)\s+(?:now\s+|only\s+|just\s+)?['"‘“]?(?:about\s+|nearly\s+|almost\s+)?(\d{1,2})\b(?!\s*(?:%|am\b|pm\b|minutes|hours|days|weeks|times|[/:.]\d))/i,
  /^\s*,?\s*(?:an?|the)\s+(\d{1,2})[\s-]year[\s-]old/i,
];
const MONTHS_OLD_RIGHT = /^\s*(?:\(|,\s*(?:aged?\s+|who\s+is\s+)?)\s*(\d{1,2})\s*(?:months?|weeks?|days?)(?:\s*old)?/i;
const DOB_RIGHT = new RegExp(`^\\s*[(,]?\\s*(?:DOB|D\\.O\\.B\\.?|date of birth|born(?: on)?|b\\.)\\s*[:(]?\\s*(${DATE_SOURCE})`, "i");
// "Jack needs his date of birth, which is 02/05/2017": a date of birth later in the same sentence.
const DOB_LATER = new RegExp(`^[^.\\n]{0,40}?\\b(?:his|her|their)\\s+(?:DOB|date of birth)\\b[^.\\n]{0,20}?(${DATE_SOURCE})`, "i");
// "Rose's school", "Jack's nursery place": things only a child has.
const CHILD_POSSESSION = /^['’]s\s+(?:new\s+|old\s+|current\s+|primary\s+|secondary\s+|own\s+)?(?:school|nursery|class|classroom|teacher|class teacher|form tutor|head of year|foster carers?|carers|placement|PEP|EHCP|IRO|cot|pram|pushchair|toys|childminder|school place|nursery place|year group|school report|attendance|SENCO|school uniform|birth certificate|health visitor|red book|paediatrician|immunisations|nappy|bottle)\b/i;
const YEAR_GROUP_RIGHT = /^[^.;\n]{0,40}?\b(?:in\s+)?(?:Year|Yr)\s+(?:[1-9]|1[0-3])\b|^\s*\((?:Year|Yr)\s+\d{1,2}\)/;
const KIN_RIGHT = new RegExp(
  `^(?:\\s*,\\s*|[ ]*(?:\\t|\\|)\\s*)(?:(?:his|her|their|a|an|the|my|our|your|[\\p{L}-]+'s)\\s+)?(?:(?:older|younger|little|big|baby|twin|half|step|foster|full|new|best|other|eldest|youngest|oldest|school|local)[\\s-]+)*(${KIN_ALT})\\b`,
  "iu",
);
const PEER_CONTEXT =
  /\b(?:call(?:s|ed|ing)\s+(?:him|her|them|me)\s+names|calling\s+(?:him|her|them|me)\s+["'“‘]|bull(?:y|ied|ies|ying)|in\s+(?:his|her|their|my|the\s+same)\s+class|playground|classmates?|sleepover|play\s?date|at\s+break(?:\s?time)?|at\s+lunch(?:\s?time)?)\b/i;
const HAS_PARENT_RIGHT =
  /^[^\n]{0,120}?\b(?:(?:his|her|their)\s+(?:mum|mother|dad|father|parents|foster\s+carers?|birth\s+parents)\b(?!['’]s)|(?:both|the\s+two|the\s+other|these|those)\s+(?:boys|girls|children|pupils|young\s+people)\b)/i;
const PARENT_GATE = /\b(?:his|her|their|both|the two|the other|these|those)\s/i;
const DOB_GATE = /DOB|date of birth/i;
const peerCache = new WeakMap<RuleContext, Map<number, boolean>>();
function peerSentence(ctx: RuleContext, offset: number): boolean {
  let cache = peerCache.get(ctx);
  if (!cache) peerCache.set(ctx, (cache = new Map()));
  const sentence = ctx.sentenceAt(offset);
  let hit = cache.get(sentence.start);
  if (hit === undefined) cache.set(sentence.start, (hit = PEER_CONTEXT.test(ctx.text.slice(sentence.start, sentence.end))));
  return hit;
}
const ADULT_POSSESSOR =
  /\b(?:mum|mummy|mother|dad|daddy|father|nan|nana|gran|grandma|grandmother|grandad|grandfather|aunt|auntie|uncle|partner|carer|stepdad|stepmum|stepfather|stepmother|boyfriend|girlfriend|(?:mr|mrs|ms|miss|dr)\.?\s+\p{Lu}[\p{L}'’-]*)['’]s\s*$/iu;
const OFFSPRING = new Set(["son", "daughter", "baby", "child", "children", "grandson", "granddaughter", "nephew", "niece", "stepson", "stepdaughter"]);
const WITH_OWN_PARENT = "spoken of with their own parent";
const CLASS_RIGHT = /^\s*,\s*who\s+(?:is|was)\s+in\s+(?:his|her|their|the\s+same)\s+(?:class|year|form|school)/i;
const KIN_LEFT = new RegExp(
  `(?:^|[^\\p{L}])((?:adult|grown-up|older|younger|little|big|baby|twin|half|step|foster|full|new|best|other|eldest|youngest|oldest|school|local|unborn|close|good|closest|\\d{1,2}-year-old)[\\s-]+)*(${KIN_ALT})s?(?:\\s+(?:from|in|at|of|on)\\s+[\\p{L} ]{2,25}?)?\\s*,?\\s*(?:called\\s+|named\\s+|known\\s+as\\s+|is\\s+|was\\s+)?[(\\['"‘“]?\\s*$`,
  "iu",
);
const ROLE_LEFT = new RegExp(`(?:^|[^\\p{L}])(${ROLE_ALT}|sw|fc|pa|iro|hv|gp|ta)\\s*[,:(]?\\s*$`, "iu");
const ROLE_RIGHT = new RegExp(
  `^\\s*(?:,|\\(|\\s-|\\s–|\\||\\t)\\s*(?:(?:the|a|an|his|her|their|our|my|allocated|acting|senior|deputy|assistant|family|independent|designated|named|school|class|maternal|paternal|foster)\\s+)*(${ROLE_ALT}|sw|fc|pa|iro|hv|gp|ta)\\b`,
  "iu",
);
const LABEL_LEFT =
  /(?:^|\n)\s*(?:from|to|cc|bcc|recorded by|prepared by|written by|completed by|author|worker|visiting worker|allocated worker|assessing worker|supervisee|supervisor|statement of|signed|chair|minute taker|present|attendees)\s*:?\s*(?:[^\n]*[,;]\s*)?$/i;
const GREETING_LEFT = /(?:^|\n)\s*(?:dear|hi|hello|morning|afternoon|thanks|thank you|many thanks|regards|kind regards|best wishes|best|cheers)\s*,?\s*$/i;
const SIGN_OFF_LINE = /^\s*(?:thanks|thank you|many thanks|regards|kind regards|best wishes|best|cheers|yours sincerely|yours faithfully|with thanks)\s*,?\s*$/i;
const OTHER_CHILDREN_HEADING = /\b(?:other children|siblings|brothers and sisters|children in the household|household members)\b/gi;

type Cues = { child: number; adult: number; age?: number; gender?: Gender; reasons: string[] };

function addAge(c: Cues, age: number, why: string) {
  if (age >= 18) c.adult += 10;
  else c.child += 10;
  c.age = age;
  c.reasons.push(why);
}

function cuesFor(text: string, ctx: RuleContext, p: Phrase, refDate: SimpleDate | undefined, dobOnLine: (from: number) => SimpleDate | undefined): Cues {
  const c: Cues = { child: 0, adult: 0, reasons: [] };
  if (p.title) {
    c.adult += 6;
    c.gender = titleGender(p.title);
    c.reasons.push(`has the title ${p.title}`);
  }
  const lineStart = lineStartBefore(text, p.start, 300);
  const left = text.slice(Math.max(lineStart, p.start - 60), p.start);
  const right = text.slice(p.end + (p.possessive ? 2 : 0), Math.min(text.length, p.end + 90));
  const kin = KIN_LEFT.exec(left);
  if (kin) {
    const mods = (kin[1] ?? "").toLowerCase();
    const word = kin[2].toLowerCase();
    // "Mum's friend Tracey", "her father's sister": a relation of an adult is an adult, unless it is
    // their child ("Mum's son").
    const ofAdult = ADULT_POSSESSOR.test(left.slice(0, kin.index + (/^[^\p{L}]/u.test(kin[0]) ? 1 : 0)));
    if (ofAdult && !OFFSPRING.has(word)) {
      c.adult += 4;
    } else if (!/adult|grown/.test(mods)) {
      c.child += kin[2].toLowerCase() === "boyfriend" || kin[2].toLowerCase() === "girlfriend" ? 2 : 4;
      c.reasons.push(`called ${kin[2].toLowerCase()}`);
    } else {
      c.adult += 6;
    }
    c.gender ??= kinGender(kin[2]);
  }
  const role = ROLE_LEFT.exec(left) ?? ROLE_RIGHT.exec(right);
  if (role && !kin) {
    c.adult += 3;
    c.gender ??= roleGender(role[1]);
  }
  if (LABEL_LEFT.test(left) || GREETING_LEFT.test(left)) c.adult += 3;
  for (const re of AGE_RIGHT) {
    const m = re.exec(right);
    if (m) {
      addAge(c, toAge(m[1]), `aged ${m[1]}`);
      break;
    }
  }
  if (c.age === undefined && MONTHS_OLD_RIGHT.test(right)) addAge(c, 0, "a baby");
  const rowDob = c.age === undefined ? dobOnLine(p.end) : undefined;
  if (rowDob && refDate) addAge(c, Math.max(0, yearsBetween(rowDob, refDate)), "date of birth under 18");
  const dob = c.age === undefined ? (DOB_RIGHT.exec(right) ?? (DOB_GATE.test(right) ? DOB_LATER.exec(right) : null)) : null;
  if (dob && c.age === undefined) {
    const d = parseDate(dob[1]);
    if (d && refDate) addAge(c, Math.max(0, yearsBetween(d, refDate)), "date of birth under 18");
  }
  const kinR = KIN_RIGHT.exec(right);
  if (kinR) {
    c.child += 4;
    c.gender ??= kinGender(kinR[1]);
    c.reasons.push(`described as ${kinR[1].toLowerCase()}`);
  }
  if (p.possessive && CHILD_POSSESSION.test(text.slice(p.end, p.end + 40))) {
    c.child += 3;
    c.reasons.push("has a school, nursery or carer of their own");
  }
  if (peerSentence(ctx, p.start)) {
    c.child += 2;
    c.reasons.push("named as a peer at school or play");
  }
  const ahead = text.slice(p.end, p.end + 140);
  if (PARENT_GATE.test(ahead) && HAS_PARENT_RIGHT.test(ahead)) {
    c.child += 2;
    c.reasons.push(WITH_OWN_PARENT);
  }
  if (CLASS_RIGHT.test(right)) {
    c.child += 4;
    c.reasons.push("in the same class");
  }
  if (YEAR_GROUP_RIGHT.test(right)) {
    c.child += 3;
    c.reasons.push("in a school year group");
  }
  // A line holding only a name is a signature or an author line when a sign-off precedes it.
  const lineEnd = lineEndAfter(text, p.end, 300);
  const line = text.slice(lineStart, lineEnd).trim();
  if (line.length <= p.end - p.start + 2 && lineStart > 0) {
    let q = lineStart - 2;
    while (q >= 0 && lineStart - q < 300 && /\s/.test(text[q])) q--;
    const prevLine = text.slice(lineStartBefore(text, q, 300), q + 1);
    if (SIGN_OFF_LINE.test(prevLine)) c.adult += 4;
  }
  return c;
}

// ---------------------------------------------------------------------------------------------
// Entities

type Entity = {
  key: string;
  forms: Set<string>;
  display: string;
  child: number;
  adult: number;
  ages: number[];
  gender?: Gender;
  listedChild: boolean;
  listedAdult: boolean;
  subject: boolean;
  reasons: string[];
  strongMentions: number;
};

type RawMention = { phrase: Phrase; key: string; subject: boolean };

const MAX_MENTIONS_EXAMINED = 40;
const FAMILY_PLURAL = /\bthe\s+\p{Lu}\p{Ll}+s$/u;
const keyOf = (given: string) => given.toLowerCase();

export function findPeople(ctx: RuleContext): People {
  const text = ctx.text;
  const profile = ctx.profile;
  const tokens = tokenise(text, ctx);
  const phrases = findPhrases(text, tokens, ctx);
  addQuotedInitials(text, tokens, ctx, phrases);
  const refDate = latestDate(text) ?? todayDate();
  // A date of birth later on the same line, in a table row or list ("Jayden Smith<TAB>Brother<TAB>03/04/2015").
  const dobs = detectIdentifiers(text).filter((id) => id.kind === "date of birth" && id.date);
  const dobOnLine = (from: number): SimpleDate | undefined => {
    const i = firstMentionAtOrAfter(dobs, from);
    const d = dobs[i];
    if (!d || d.start - from > 80 || text.slice(from, d.start).includes("\n")) return undefined;
    return d.date;
  };
  const entities = new Map<string, Entity>();
  const getEntity = (key: string, display: string): Entity => {
    let e = entities.get(key);
    if (!e) {
      e = { key, forms: new Set(), display, child: 0, adult: 0, ages: [], listedChild: false, listedAdult: false, subject: false, reasons: [], strongMentions: 0 };
      entities.set(key, e);
    }
    if (display.length > e.display.length) e.display = display;
    return e;
  };

  const subjectSurname = profile.subjectSurname?.toLowerCase();
  // Profile-listed people.
  for (const name of profile.otherChildren) {
    const parts = name.split(" ");
    const e = getEntity(listedKey(parts, profile.subjectGivenForms, subjectSurname), name);
    e.listedChild = true;
    e.reasons.push("listed as another child in the case profile");
  }
  for (const name of profile.adults) {
    const parts = name.split(" ");
    getEntity(keyOf(parts[0]), name).listedAdult = true;
    if (parts.length > 1) getEntity("~" + keyOf(parts[parts.length - 1]), name).listedAdult = true;
  }

  const raw: RawMention[] = [];
  const places: Phrase[] = [];
  for (const p of phrases) {
    if (p.place) {
      places.push(p);
      continue;
    }
    const given = p.parts[0];
    const g = keyOf(given);
    const full = p.parts.map(keyOf).join(" ");
    const surname = p.parts.length > 1 ? keyOf(p.parts[p.parts.length - 1]) : undefined;
    // The subject: full name, an alias, or a given name with no surname or the subject's surname.
    if (profile.subjectForms.has(full) || (profile.subjectGivenForms.has(g) && (!surname || surname === subjectSurname || p.parts.length === 1))) {
      if (!p.title) {
        raw.push({ phrase: p, key: "#subject", subject: true });
        continue;
      }
    }
    if (!p.title && p.parts.length === 1 && g === subjectSurname) continue; // the family surname alone
    if (!p.title && p.parts.length === 1 && FAMILY_PLURAL.test(text.slice(Math.max(0, p.start - 4), p.end))) continue; // "the Ellinghams"
    if (p.title && p.parts.length === 1) {
      // "Mrs Dunmore": an adult known by surname.
      const e = getEntity("~" + g, `${p.title} ${given}`);
      e.adult += 6;
      e.gender ??= titleGender(p.title);
      raw.push({ phrase: p, key: e.key, subject: false });
      continue;
    }
    // Same given name as the subject but a different surname: another person.
    const key = profile.subjectGivenForms.has(g) && surname && surname !== subjectSurname ? full : g;
    // A lone unknown word after "in/at/from" is a place ("in Eastfield"), unless it is a known given name.
    if (p.parts.length === 1 && !p.possessive && !FIRST_NAMES.has(g) && !entities.has(key) && isAfterPlacePreposition(text, p.start)) continue;
    const e = getEntity(key, p.parts.join(" "));
    if (surname && p.title) getEntity("~" + surname, p.parts.join(" ")).adult += 6;
    raw.push({ phrase: p, key, subject: false });
  }

  // Evidence from each mention's context, summed per person.
  // Evidence sits around the first mentions of a person ("her brother Tyler (7)"); past a few dozen
  // mentions of one name more context changes nothing, so long documents stop looking.
  const looked = new Map<string, number>();
  for (const m of raw) {
    if (m.subject) continue;
    const e = entities.get(m.key)!;
    e.forms.add(m.phrase.parts.join(" "));
    if (!m.phrase.weak) e.strongMentions++;
    const n = (looked.get(m.key) ?? 0) + 1;
    looked.set(m.key, n);
    if (n > MAX_MENTIONS_EXAMINED) continue;
    const c = cuesFor(text, ctx, m.phrase, refDate, dobOnLine);
    e.child += c.child;
    e.adult += c.adult;
    if (c.age !== undefined) e.ages.push(c.age);
    e.gender ??= c.gender;
    for (const r of c.reasons) if (!e.reasons.includes(r)) e.reasons.push(r);
  }
  // Coordination: "Tiago and Jack", "Yusuf and Leyla": a name joined to a child is a child too,
  // unless something says otherwise.
  const prelim = (e: Entity) => decide(e) === "child";
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i];
    const b = raw[i + 1];
    const between = text.slice(a.phrase.end + (a.phrase.possessive ? 2 : 0), b.phrase.start);
    if (!/^\s*(?:,|and|&)\s*$/.test(between) && !/^\s*,?\s*and\s*$/.test(between)) continue;
    const ea = a.subject ? undefined : entities.get(a.key);
    const eb = b.subject ? undefined : entities.get(b.key);
    const aChild = a.subject || (ea && prelim(ea));
    const bChild = b.subject || (eb && prelim(eb));
    if (aChild && eb && eb.adult === 0 && !eb.listedAdult) {
      eb.child += 2;
      eb.reasons.push("named together with a child");
    }
    if (bChild && ea && ea.adult === 0 && !ea.listedAdult) {
      ea.child += 2;
      ea.reasons.push("named together with a child");
    }
  }
  // Names listed under an "Other children" heading or on such a line.
  const headings: number[] = [];
  OTHER_CHILDREN_HEADING.lastIndex = 0;
  for (let h = OTHER_CHILDREN_HEADING.exec(text); h; h = OTHER_CHILDREN_HEADING.exec(text)) headings.push(h.index);
  if (headings.length) {
    const headingSpans = headings.map((h) => ({ start: h, end: h }));
    for (const m of raw) {
      if (m.subject) continue;
      const at = firstMentionAtOrAfter(headingSpans, m.phrase.start) - 1;
      if (at >= 0 && m.phrase.start - headings[at] < 250) {
        const e = entities.get(m.key)!;
        if (!e.adult) e.child += 3;
      }
    }
  }
  for (const e of entities.values()) {
    if (!e.gender) {
      const first = e.display.split(" ").find((w) => !ADULT_TITLES.has(w));
      if (first) e.gender = nameGender(first);
    }
  }

  // A short form with no evidence of its own ("Mo", "Tomek") is the child named in full elsewhere
  // in the record ("Mohammed Rahman", "Tomasz"), or the subject.
  const mergedInto = new Map<string, string>();
  for (const e of entities.values()) {
    if (e.key.startsWith("~") || e.key.includes(" ") || e.child || e.adult || e.listedChild || e.listedAdult) continue;
    const fulls = NICKNAMES.get(e.key);
    if (!fulls) continue;
    if (fulls.some((f) => profile.subjectGivenForms.has(f))) {
      mergedInto.set(e.key, "#subject");
      continue;
    }
    const target = fulls.map((f) => entities.get(f)).find((t) => t && decide(t) === "child");
    if (target) mergedInto.set(e.key, target.key);
  }

  const subjectGender = pronounGender(profile.pronouns?.subject);
  const all: PersonMention[] = [];
  const subjectMentions: Span[] = [];
  const adultMentions: Span[] = [];
  const childMentionsRaw: Array<Mention> = [];
  for (const m of raw) {
    const p = m.phrase;
    const inQuote = ctx.inQuote(p.start, p.end);
    const merged = mergedInto.get(m.key);
    if (m.subject || merged === "#subject") {
      subjectMentions.push({ start: p.start, end: p.end });
      all.push({ start: p.start, end: p.end, entity: "#subject", role: "subject", gender: subjectGender, possessive: p.possessive, inQuote });
      continue;
    }
    const e = entities.get(merged ?? m.key)!;
    const role = decide(e);
    all.push({ start: p.start, end: p.end, entity: e.key, role, gender: e.gender, possessive: p.possessive, inQuote, reasons: e.reasons });
    if (role === "adult") adultMentions.push({ start: p.start, end: p.end });
    if (role === "child") childMentionsRaw.push({ start: p.start, end: p.end, entity: e.key, possessive: p.possessive });
  }

  // Stable ids in order of first appearance.
  const ids = new Map<string, string>();
  for (const m of childMentionsRaw) if (!ids.has(m.entity)) ids.set(m.entity, `child-${ids.size + 1}`);

  const pasted = findPastedNames(text, ctx, all, subjectGender, profile.subjectName);
  const pastedStarts = new Set(pasted.map((p) => p.start));
  const childMentions = childMentionsRaw
    .filter((m) => !pastedStarts.has(m.start))
    .map((m) => ({ ...m, entity: ids.get(m.entity)! }));

  const children: ChildRecord[] = [...ids.entries()].map(([key, id]) => {
    const e = entities.get(key)!;
    return { id, displayName: e.display, forms: e.forms, reasons: [...new Set(e.reasons)].slice(0, 6) };
  });

  const childDetails = findChildDetails(text, ctx, all, places, ids, pastedStarts, refDate);
  return {
    children,
    childMentions,
    subjectMentions,
    adultMentions,
    all,
    childDetails,
    pastedNames: pasted.map((p) => ({ ...p, entity: ids.get(p.entity) ?? p.entity })),
  };
}

function listedKey(parts: string[], subjectGiven: Set<string>, subjectSurname: string | undefined): string {
  const g = keyOf(parts[0]);
  const surname = parts.length > 1 ? keyOf(parts[parts.length - 1]) : undefined;
  return subjectGiven.has(g) && surname && surname !== subjectSurname ? parts.map(keyOf).join(" ") : g;
}

function decide(e: Entity): PersonRole {
  if (e.listedAdult && !e.listedChild) return "adult";
  if (e.listedChild) return e.ages.some((a) => a >= 18) && !e.ages.some((a) => a < 18) ? "adult" : "child";
  if (e.key.startsWith("~")) return "adult";
  if (e.child > e.adult && e.child >= 2) return "child";
  if (e.adult > 0) return "adult";
  return "unknown";
}

function isAfterPlacePreposition(text: string, start: number): boolean {
  const m = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 15), start));
  return !!m && PLACE_PREPOSITIONS.has(m[1].toLowerCase());
}

/** Single initials used as names: 'T', "J" in quotes after "known as"/"called", and "Baby J". */
function addQuotedInitials(text: string, tokens: Token[], ctx: RuleContext, phrases: Phrase[]) {
  const re = /(?:(?<=\b(?:as|called|named|himself|herself)\s+)['"‘“](\p{Lu})['"’”])|(?:\bBaby\s+(\p{Lu})\b)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const letter = m[1] ?? m[2];
    const isBaby = !!m[2];
    const start = isBaby ? m.index : m.index + 1;
    const end = isBaby ? m.index + m[0].length : start + 1;
    const parts = [isBaby ? `Baby ${letter}` : letter];
    phrases.push({ start, end, parts, possessive: false, place: false, school: false, allCaps: false, weak: false });
    if (!isBaby) {
      // Later mentions of the same initial: "T's real name", "T is about 17".
      const later = new RegExp(`(?<![\\p{L}\\p{N}.])${letter}(?=['’]s\\b|\\s+(?:is|was|has|had|said|told|gave|and)\\b)`, "gu");
      later.lastIndex = end;
      for (let l = later.exec(text); l; l = later.exec(text)) {
        const poss = /['’]s/.test(text.slice(l.index + 1, l.index + 3));
        phrases.push({ start: l.index, end: l.index + 1, parts: [letter], possessive: poss, place: false, school: false, allCaps: false, weak: false });
      }
    }
  }
  // "Baby J" phrases replace the plain "Baby"/"J" tokens found by findPhrases.
  phrases.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = phrases.length - 1; i > 0; i--) {
    const prev = phrases[i - 1];
    if (phrases[i].start < prev.end) phrases.splice(i, 1);
  }
  void tokens;
}

function todayDate(): SimpleDate {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

export function pronounGender(subjectPronoun: string | undefined): Gender | undefined {
  if (subjectPronoun === "she") return "f";
  if (subjectPronoun === "he") return "m";
  if (subjectPronoun === "they") return "u";
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Pasted names: "Daniel's attendance … her tutor says she…" in Precious's record.

const GENDERED_PRONOUN = /\b(she|her|hers|herself|he|him|his|himself)\b/gi;
const pronounSex = (p: string): Gender => (/^(she|her|hers|herself)$/i.test(p) ? "f" : "m");

function findPastedNames(
  text: string,
  ctx: RuleContext,
  all: PersonMention[],
  subjectGender: Gender | undefined,
  subjectName: string,
): PastedName[] {
  const out: PastedName[] = [];
  if (!subjectGender) return out;
  const given = subjectName.split(" ")[0] ?? subjectName;
  const counts = new Map<string, number>();
  for (const m of all) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    // A name seen once, never introduced, with the subject's own parent ("Lily was excited to see
    // her dad" in River's contact record): most likely pasted from another child's record.
    const uncued = (m.reasons ?? []).every((r) => r === WITH_OWN_PARENT);
    if (m.role !== "adult" && uncued && !m.inQuote && counts.get(m.entity) === 1 && m.start > 0) {
      const sentence = ctx.sentenceAt(m.start);
      const lead = text.slice(sentence.start, m.start);
      const rest = text.slice(m.end, sentence.end);
      const parent = /^[^.;]{0,60}?\b(his|her|their)\s+(?:dad|mum|father|mother|parents)\b/i.exec(rest);
      if ((lead.match(/\p{L}+/gu) ?? []).length <= 4 && parent && all.some((x) => x.role === "subject")) {
        const pronounAt = m.end + parent.index + parent[0].indexOf(parent[1], parent[0].length - parent[1].length - 30);
        const pGender = parent[1].toLowerCase() === "his" ? "m" : parent[1].toLowerCase() === "her" ? "f" : "u";
        const pronouns = pGender !== subjectGender ? [{ start: pronounAt, end: pronounAt + parent[1].length }] : [];
        out.push({ start: m.start, end: m.end, entity: m.entity, possessive: m.possessive, suggestion: given, pronouns });
        continue;
      }
    }
    if (subjectGender !== "f" && subjectGender !== "m") continue;
    if (m.role !== "child" || m.inQuote || !m.gender || m.gender === "u" || m.gender === subjectGender) continue;
    const sentence = ctx.sentenceAt(m.start);
    // The name must be what the sentence is about: its first words (after a date or label prefix).
    const lead = text.slice(sentence.start, m.start);
    if ((lead.match(/\p{L}+/gu) ?? []).length > 4 || (i > 0 && all[i - 1].start >= sentence.start)) continue;
    const nextMention = all[i + 1];
    const limit = Math.min(sentence.end, nextMention && nextMention.start < sentence.end ? nextMention.start : sentence.end);
    const between = text.slice(m.end, Math.min(limit, m.end + 90));
    // Only the first gendered pronoun after the name decides; a role word in between ("her tutor",
    // "his mum") is a pronoun about the named person too.
    GENDERED_PRONOUN.lastIndex = 0;
    const p = GENDERED_PRONOUN.exec(between);
    if (!p) continue;
    if (/^\s*(?:is|was|['’]s)\s+$/i.test(between.slice(0, p.index))) continue; // "Hope is his half-sister"
    if (ctx.inQuote(m.end + p.index, m.end + p.index + p[0].length)) continue;
    if (pronounSex(p[0]) !== subjectGender) continue;
    // A gendered role noun before the pronoun could be its referent ("his mother said she…").
    if (/\b(mother|mum|father|dad|sister|brother|aunt|uncle|nan|grandmother|grandfather|teacher|carer|worker|woman|man|girl|boy)\b/i.test(between.slice(0, p.index).replace(/\b(her|his)\s+\w+/gi, ""))) continue;
    out.push({ start: m.start, end: m.end, entity: m.entity, possessive: m.possessive, suggestion: given, pronouns: [] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Identifying details of other children: their date of birth, school, address or reference.

function findChildDetails(
  text: string,
  ctx: RuleContext,
  all: PersonMention[],
  places: Phrase[],
  ids: Map<string, string>,
  pasted: Set<number>,
  _refDate: SimpleDate,
): ChildDetail[] {
  const details: ChildDetail[] = [];
  const isChild = (m: PersonMention | undefined) => !!m && m.role === "child" && !pasted.has(m.start);
  const starts = all.map((m) => m.start);
  const mentionBefore = (offset: number, from: number): PersonMention | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const m = best >= 0 ? all[best] : undefined;
    return m && m.start >= from ? m : undefined;
  };
  // What a sentence or paragraph says about people, computed once per span (a record with no blank
  // lines is one paragraph, so this must not be recomputed per identifier).
  type Summary = { hasSubject: boolean; firstChild?: PersonMention; onlyChildrenAndAdults: boolean };
  const summaries = new Map<string, Summary>();
  const summarise = (span: Span): Summary => {
    const key = `${span.start}:${span.end}`;
    let sum = summaries.get(key);
    if (sum) return sum;
    sum = { hasSubject: false, onlyChildrenAndAdults: true };
    for (let i = firstMentionAtOrAfter(all, span.start); i < all.length && all[i].start < span.end; i++) {
      const m = all[i];
      if (m.end > span.end) continue;
      if (m.role === "subject") sum.hasSubject = true;
      if (isChild(m)) sum.firstChild ??= m;
      else if (m.role !== "adult") sum.onlyChildrenAndAdults = false;
    }
    summaries.set(key, sum);
    return sum;
  };
  const owner = (offset: number, span: Span): string | undefined => {
    const before = mentionBefore(offset, span.start);
    if (before) return isChild(before) ? ids.get(before.entity) : undefined;
    const sum = summarise(span);
    return sum.firstChild && sum.onlyChildrenAndAdults && !sum.hasSubject ? ids.get(sum.firstChild.entity) : undefined;
  };
  const identifiers = detectIdentifiers(text);
  // Dates of birth: belong to the nearest person named before them on the same line or sentence.
  for (const id of identifiers) {
    if (id.kind !== "date of birth") continue;
    const who = owner(id.start, ctx.sentenceAt(id.start));
    if (who) details.push({ start: id.start, end: id.end, entity: who, kind: "date of birth" });
  }
  // Schools: belong to the child named nearest before them in the sentence (adults do not count:
  // "Kacper lives with his father, Mr Nowak, and attends Brook Lane Primary"), or to the child the
  // sentence is about when it does not mention the subject.
  const childBefore = (offset: number, from: number): PersonMention | undefined => {
    for (let i = firstMentionAtOrAfter(all, offset) - 1; i >= 0; i--) {
      const m = all[i];
      if (m.start < from) break;
      if (m.role !== "adult") return m;
    }
    return undefined;
  };
  for (const p of places) {
    if (!p.school) continue;
    const sentence = ctx.sentenceAt(p.start);
    const before = childBefore(p.start, sentence.start);
    if (before) {
      if (isChild(before)) details.push({ start: p.start, end: p.end, entity: ids.get(before.entity)!, kind: "school" });
      continue;
    }
    // "outside Northam Park Academy, where Harley is in Year 7"
    const where = /^,?\s+where\s+/.exec(text.slice(p.end, p.end + 12));
    const next = where ? all.find((m) => m.start >= p.end && m.start <= p.end + where[0].length + 1) : undefined;
    if (next && isChild(next)) details.push({ start: p.start, end: p.end, entity: ids.get(next.entity)!, kind: "school" });
  }
  // Addresses and court references in a paragraph about other children but not the subject.
  for (const id of identifiers) {
    const kind = id.kind === "address" || id.kind === "postcode" ? "address" : id.kind === "case number" ? "reference" : undefined;
    if (!kind) continue;
    const para = ctx.paragraphAt(id.start);
    const sum = summarise(para);
    if (sum.hasSubject || !sum.firstChild) continue;
    const before = childBefore(id.start, para.start);
    const who = before ? (isChild(before) ? ids.get(before.entity) : undefined) : owner(id.start, para);
    if (who) details.push({ start: id.start, end: id.end, entity: who, kind });
  }
  details.sort((a, b) => a.start - b.start);
  return details.filter((d, i) => i === 0 || d.start >= details[i - 1].end);
}

/** Index of the first mention starting at or after offset (mentions are sorted by start). */
export function firstMentionAtOrAfter(all: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

export { CHILD_KINSHIP };
