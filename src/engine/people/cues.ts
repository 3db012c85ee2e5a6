// Context around a name that says whether the person is a child or an adult: kinship and peer
// words, ages and dates of birth, school, titles, roles, email headers and signatures.
import type { RuleContext } from "../rule";
import { yearsBetween, type SimpleDate } from "../text/dates";
import { KIN_ALT, ROLE_ALT, kinGender, roleGender, titleGender, type Gender } from "./name-lexicon";
import type { Phrase } from "./phrases";
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
export const WITH_OWN_PARENT = "spoken of with their own parent";
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
export const OTHER_CHILDREN_HEADING = /\b(?:other children|siblings|brothers and sisters|children in the household|household members)\b/gi;

export type Cues = { child: number; adult: number; age?: number; gender?: Gender; reasons: string[] };

function addAge(c: Cues, age: number, why: string) {
  if (age >= 18) c.adult += 10;
  else c.child += 10;
  c.age = age;
  c.reasons.push(why);
}

export function cuesFor(text: string, ctx: RuleContext, p: Phrase, refDate: SimpleDate | undefined, dobAfter: (from: number) => SimpleDate | undefined): Cues {
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
  const dob = c.age === undefined ? dobAfter(p.end) : undefined;
  if (dob && refDate) addAge(c, Math.max(0, yearsBetween(dob, refDate)), "date of birth under 18");
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
