// Finds abbreviations in a record and whether each was written out earlier ("Child in Need (CIN)" or
// "CIN (child in need)"). Known abbreviations come from rules/acronyms.json; any other run of 2-5
// capitals counts too, unless it is an ordinary capital word (UK, NHS, PC Jones), a heading in
// capitals, part of a reference number, an initial after a title, or a Roman numeral.
import { lineEnd, lineStart } from "../../text/lines";
import data from "../../../../rules/acronyms.json";
import commonWords from "../../../../rules/names/common-words.json";
import type { RuleContext } from "../../rule";
import { ACRONYM_ENTRIES, courtHeaderEnd, scanKnownAcronyms } from "./lexicon";
import type { ReplacementData } from "./replacements";
import { overlapsAny } from "../../text/span";


export type AcronymEntry = ReplacementData & {
  id: string;
  acronym: string;
  /** Forms matched as one token (case-sensitive when they hold two or more capitals). */
  forms: string[];
  expansion: string;
  variants: string[];
  alternatives: string[];
  why: string;
  context: string;
  source: string;
  confidence: number;
  childLabel?: boolean;
  /** Kinds of record where the abbreviation is the usual name and is not reported (Cafcass in court papers). */
  notIn?: string[];
  /** Shorthand written in lower case ("mat gran"): flagged wherever it appears. */
  shorthand?: string[];
  writtenOut?: string[];
  added?: string;
  from?: string;
};

/** Capitals a reader knows; `citedOnly`: only before a rule's number ("CPR 31"), letters to decode elsewhere. */
export type OrdinaryGroup = { words: string[]; why: string; source: string; citedOnly?: boolean };

export type AcronymFile = {
  general: { why: string; context: string; source: string; alternatives: string[]; advice: string };
  acronyms: AcronymEntry[];
  ordinary: OrdinaryGroup[];
};

export const ACRONYM_DATA = data as AcronymFile;
export const ACRONYMS: readonly AcronymEntry[] = ACRONYM_ENTRIES;
const ORDINARY = new Set(ACRONYM_DATA.ordinary.filter((g) => !g.citedOnly).flatMap((g) => g.words));
const CITED_ONLY = new Set(ACRONYM_DATA.ordinary.filter((g) => g.citedOnly).flatMap((g) => g.words));
// A rule or part cited by its number: "CPR 31", "CPR Part 35", "CPR r.3.1", "CPR PD 25B", "CPR 1998".
const RULE_NUMBER_AFTER = /^[ \t]+(?:(?:Part|PD|r\.?|rule)[ \t]*\d|\d{1,4}(?![\p{L}\d]))/u;

export type AcronymHit = {
  start: number;
  end: number;
  /** Undefined for an abbreviation that is not in the data. */
  entry?: AcronymEntry;
  /** Shorthand such as "mat gran": never "defined". */
  shorthand?: boolean;
  /** Written out at or before this point. */
  defined: boolean;
  /** On a line written in capitals (a heading). */
  inHeading: boolean;
};

/** The key an abbreviation is defined under: letters only, upper case, without a plural s. */
export function acronymKey(token: string): string {
  let t = token.replace(/[^A-Za-z0-9]/g, "");
  if (t.length > 2 && t.endsWith("s") && t.slice(0, -1) === t.slice(0, -1).toUpperCase()) t = t.slice(0, -1);
  return t.toUpperCase();
}

const KNOWN_KEYS = new Set(ACRONYMS.flatMap((e) => e.forms.map(acronymKey)));

// Candidates: 2-5 capitals (an optional plural s), not joined to letters, digits, "&", "@" or a reference
// (after a slash only in a group of letters: "DNA/WNB", below).
// (Latin ranges rather than \p{L}: a non-unicode regex scans capitals much faster.)
// Mixed case with one small letter after the first capital is written as an abbreviation too ("DoLS", "SaLT"), and
// capitals either side of an ampersand ("C&F", as "A&E").
export const CANDIDATE = /(?<![A-Za-z0-9\u00C0-\u024F&@.'’-])(?:[A-Z]{2,5}|[A-Z][a-z][A-Z]{1,4}|[A-Z]{1,3}&[A-Z]{1,3})s?(?![A-Za-z0-9\u00C0-\u024F&@]|[/-]\d|\.[A-Za-z])/y;
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
// Days and months in capitals are dates ("MAR 2025", "MON 3rd"); before a lower-case noun ("the MAR chart") they are letters.
const DATE_WORDS = new Set(ACRONYM_DATA.ordinary.filter((g) => g.words.includes("JAN")).flatMap((g) => g.words));
// A noun's place, which a person's initials do not take: after an article or a possessive, or a state entered
// ("taken into PP", "under an ICO", "the prison's OMU").
const NOUN_BEFORE = /(?:\b(?:the|a|an|into|under)|\p{L}['’]s)\s+$/iu;
// A title before a name, in either case ("Ms Shah", "MS ALICE BROWN" in a list of appearances).
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|MR|MRS|MS|MISS|MX|DR|PROF)\.?\s+$/;
const TITLE_WORD = /^(?:MR|MRS|MS|MISS|MX|DR|PROF)$/;
const NAME_AFTER = /^\.?[ \t]+\p{Lu}[\p{L}'’-]+/u;
const DIGIT_BEFORE = /\d[/-]?$/;

// "interviewed by HMI Ruth Dale", "led by SIO Mark Tate", "Inspector: HMI J. Pellow": letters the record does not know,
// one space before a person the people stage found (or an initial and a surname), are that person's rank or title,
// as PC, DS and HHJ are — part of how the person is named, not shorthand in the writer's prose. A tab (a chronology's
// source column before the event: "CSC<tab>Connor Bright moves in") is not a title's space.
const INITIAL_THEN_SURNAME = /^ \p{Lu}\.?[ \t]+\p{Lu}\p{Ll}+/u;
const PERSON_STARTS = {};

function rankBeforeName(ctx: RuleContext, token: string, end: number): boolean {
  if (!/^[A-Z]{2,4}$/.test(token) || ctx.text[end] !== " ") return false;
  if (INITIAL_THEN_SURNAME.test(ctx.text.slice(end, end + 24))) return true;
  const starts = ctx.perAnalysis(PERSON_STARTS, () => new Set(ctx.people.all.map((m) => m.start)));
  return starts.has(end + 1);
}

// "Child in Need (CIN)" and "CIN (child in need)": the abbreviation is written out from here on.
// Both forms hang on a bracket, so only the brackets in the text are looked at.
// "(the IRO)", "(hereafter 'the ISW')", "(known as CAMHS)": the abbreviation after its words, with an article.
const IN_BRACKETS =
  /^\(\s*(?:(?:the|a|an|hereafter|hereinafter|henceforth|known\s+as|referred\s+to\s+as|called)\s+)*['"‘“]?(?:(?:the|a|an)\s+)?([A-Z][A-Za-z./&]{1,7}(?:-[A-Z]{2,4})?\d{0,2})['"’”]?\s*\)/;
const BEFORE_BRACKET = /(?:^|[^\p{L}\p{N}])([A-Z][A-Za-z./]{1,7}(?:-[A-Z]{2,4})?)\s*$/u;
// "the YOT worker (youth offending team)", "the IRO, Sam Jones (independent reviewing officer)": up to three
// words (a role noun, a person's name in apposition) between the letters and the bracket.
const BEFORE_NOUN_BRACKET = /(?:^|[^\p{L}\p{N}])([A-Z]{2,6}),?(?:[ \t]+[\p{L}'’-]+){1,3}[ \t]*$/u;
const WRITTEN_OUT_IN_BRACKETS = /^\(\s*([\p{L}][\p{L}'’-]*)(?:[\s,]+[\p{L}'’-]+)+/u;

// "Calderdale Metropolitan District Council (“the LA”)": a judgment's quoted short name for the body named right
// before it, whether or not its letters spell that name; the reader is told what the letters stand for.
const QUOTED_LABEL = /^\(\s*['"‘“](?:the|a|an)\s+[A-Z][A-Za-z./&]{1,7}['"’”]\s*\)$/;
const NAMED_BODY_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:of[ \t]+|and[ \t]+)?\p{Lu}[\p{L}'’-]+){1,5}[ \t]*$/u;

function quotedLabelOfNamedBody(bracket: string, before: string): boolean {
  return QUOTED_LABEL.test(bracket) && NAMED_BODY_BEFORE.test(before);
}

// "Designated Officer (LADO)", "Reviewing Officer (IRO)": a title of two or more capitalised words right before the
// bracket whose initials are the letters' last ones — the role's short title given with its letters. The letters there
// are glossed by the title beside them, though the title does not write them out for their other uses.
const TITLE_BEFORE_BRACKET = /(?:^|[^\p{L}'’-])((?:\p{Lu}[\p{Ll}'’-]+[ \t]+){1,4}\p{Lu}[\p{Ll}'’-]+)[ \t]*$/u;

export function titleSpellsTail(words: string, key: string): boolean {
  const title = TITLE_BEFORE_BRACKET.exec(words);
  if (!title) return false;
  const initials = title[1]
    .split(/[ \t]+/)
    .map((w) => w[0])
    .join("")
    .toUpperCase();
  const letters = key.toUpperCase();
  return initials.length >= 2 && initials.length < letters.length && letters.endsWith(initials);
}

// Where a key or glossary's definitions count from: everywhere in the record (a key at the end explains the letters above it).
const ANYWHERE = -1;

/**
 * Each abbreviation written out in the record, with where its letters are first written out (ANYWHERE for a key). Only
 * the keys in `wanted` (the letters the record uses) are looked for: the patterns below also catch every "Date:" label
 * and "However, the…" clause, whose words need not be spelled out against letters nobody reads.
 */
function findDefinitions(text: string, wanted: ReadonlySet<string>, capitals: readonly number[]): Map<string, number> {
  const defs = new Map<string, number>();
  if (!wanted.size) return defs;
  const note = (key: string, at: number) => {
    const prev = defs.get(key);
    if (prev === undefined || at < prev) defs.set(key, at);
  };
  for (let at = text.indexOf("("); at >= 0; at = text.indexOf("(", at + 1)) {
    const inside = IN_BRACKETS.exec(text.slice(at, at + 48));
    if (inside) {
      const key = acronymKey(inside[1]);
      if (!wanted.has(key)) continue;
      // The words right before the bracket spell the abbreviation ("Personal Education Plan (PEP)");
      // "Sam Pask (TM)" or "the health visitor (KW)" define nothing.
      const words = text.slice(Math.max(0, at - 100), at);
      if (spells(words, key, "end") || spellsBeforeTitleNoun(words, key) || quotedLabelOfNamedBody(inside[0], words)) note(key, at + inside[0].indexOf(inside[1]));
      continue;
    }
    const before = BEFORE_BRACKET.exec(text.slice(Math.max(0, at - 12), at));
    const spelled = WRITTEN_OUT_IN_BRACKETS.exec(text.slice(at, at + 120));
    if (!spelled) continue;
    // The letters right before the bracket, when the words in it write them out: the bracket then defines only them.
    let beforeKey: string | undefined;
    let beforeDefines: boolean | undefined;
    const definesBefore = (key: string) => {
      if (beforeDefines === undefined) {
        // "ISW (the independent social worker)": after an article the words must spell the letters from the start.
        const afterArticle = /^\(\s*(?:the|a|an)\s+/i.exec(spelled[0]);
        const matches = afterArticle ? spells(spelled[0].slice(afterArticle[0].length), key, "start") : describedInBrackets(spelled[0].slice(1), spelled[1], key);
        beforeDefines = key.length >= 2 && matches;
      }
      return beforeDefines;
    };
    if (before && before[1] !== before[1].toLowerCase()) {
      beforeKey = acronymKey(before[1]);
      if (wanted.has(beforeKey) && definesBefore(beforeKey)) {
        note(beforeKey, at - (before[0].length - before[0].indexOf(before[1])));
        continue;
      }
    }
    // A role noun or a name between the letters and their words ("the YOT worker (youth offending team)",
    // "the IRO, Sam Jones (independent reviewing officer)"): the words must then spell the letters in full.
    const between = BEFORE_NOUN_BRACKET.exec(text.slice(Math.max(0, at - 40), at));
    if (!between) continue;
    const betweenKey = acronymKey(between[1]);
    const inner = spelled[0].slice(1);
    if (wanted.has(betweenKey) && !(beforeKey !== undefined && definesBefore(beforeKey)) && spells(inner, betweenKey, "start") && spellsExactly(inner, betweenKey)) {
      note(betweenKey, at - (between[0].length - between[0].indexOf(between[1])));
    }
  }
  // A key or glossary anywhere in the record: "CSC = Children's Social Care; HV = health visitor",
  // "LADO: Local Authority Designated Officer", "PEP – Personal Education Plan".
  for (const m of matchesFrom(text, GLOSSARY, capitals)) {
    const key = acronymKey(m[1]);
    if (key.length >= 2 && wanted.has(key) && (spelledAsName(text, m, key) || inKeyLine(text, m.index))) note(key, ANYWHERE);
  }
  // A glossary line copied from a table without its rule lines: "CAMHS Child and Adolescent Mental Health
  // Services" (the words after the letters must spell them: "CSC and CAMHS met" defines nothing).
  GLOSSARY_LINE.lastIndex = 0;
  for (let m = GLOSSARY_LINE.exec(text); m; m = GLOSSARY_LINE.exec(text)) {
    const key = acronymKey(m[1]);
    if (key.length >= 2 && wanted.has(key) && spells(m[2], key, "start") && spellsExactly(m[2], key)) note(key, ANYWHERE);
  }
  // In apposition, between commas: "the Personal Adviser, PA, will…", "DSL, the school's Designated
  // Safeguarding Lead, will attend".
  APPOSED_AFTER_WORDS.lastIndex = 0;
  for (let m = APPOSED_AFTER_WORDS.exec(text); m; m = APPOSED_AFTER_WORDS.exec(text)) {
    const key = acronymKey(m[1]);
    const at = m.index + m[0].indexOf(m[1]);
    if (key.length >= 2 && wanted.has(key) && spells(text.slice(Math.max(0, m.index - 100), m.index), key, "end")) note(key, at);
  }
  for (const m of matchesFrom(text, APPOSED_BEFORE_WORDS, capitals)) {
    const key = acronymKey(m[1]);
    if (key.length >= 2 && wanted.has(key) && spelledAsName(text, m, key)) note(key, m.index + m[0].indexOf(m[1]));
  }
  // Explained by what it is rather than by its words: "an ICPC, a meeting to decide whether…", "the PLO (a meeting
  // where the council tells parents…)", "a CP-IS check, which tells hospitals that…".
  for (const m of matchesFrom(text, DESCRIBED, capitals)) note(acronymKey(m[1]), m.index + m[0].indexOf(m[1]));
  // A title or heading that gives the letters and their words on one line, in any order and without a bracket:
  // "MARAC REFERRAL FORM – Northmoor Multi-Agency Risk Assessment Conference", "Child Protection Plan – CPP".
  // Only title-length lines, each line and key read once: on a long line (a record pasted as one paragraph) every
  // acronym would otherwise re-read the whole line, which grows with the square of its length.
  const lineKeysRead = new Set<string>();
  const lettersUsed = new Map<string, number>();
  for (const m of matchesFrom(text, SAME_LINE_LETTERS, capitals)) {
    const key = acronymKey(m[1]);
    if (!wanted.has(key)) continue;
    if (!lettersUsed.has(key)) lettersUsed.set(key, m.index);
    if (key.length < 3 || defs.has(key)) continue;
    const start = lineStart(text, m.index);
    const end = lineEnd(text, m.index);
    if (end - start > TITLE_LINE_MAX || lineKeysRead.has(`${start}:${key}`)) continue;
    lineKeysRead.add(`${start}:${key}`);
    const run = writtenOutOnLine(text.slice(start, end), key);
    if (run >= 0) note(key, start + sentenceOnLineAt(text.slice(start, end), run));
  }
  writtenOutAsName(text, lettersUsed, note);
  return defs;
}

// A name in capitals that the letters abbreviate, word for word, on the line right above their first use: a
// letterhead "FAMILY DRUG AND ALCOHOL COURT" over "Quarryford FDAC Team". The two lines read as one title. A title
// further up ("Report of the Supervising Social Worker" … "Author: G. Oyelaran, SSW") or a job title in the closing
// signature is not read as the letters' words (the development sets tag those letters). Only runs of three letters or
// more, so two capitals match nothing by chance.
const NAME_RUN_WORD = /\p{Lu}[\p{L}'’]*/u;

/** The line holding `at` is the one right above the line holding `use`. */
function lineRightAbove(text: string, at: number, use: number): boolean {
  const end = lineEnd(text, at);
  return end < use && /^\r?\n$/.test(text.slice(end, lineStart(text, use)));
}

function writtenOutAsName(text: string, keys: ReadonlyMap<string, number>, note: (key: string, at: number) => void): void {
  // Only the lines right above a first use are read (a run of capitalised words never crosses a line): each once.
  const linesAbove = new Set<number>();
  for (const first of keys.values()) {
    const use = lineStart(text, first);
    if (use > 0) linesAbove.add(lineStart(text, use - 1));
  }
  for (const from of linesAbove) {
    const line = text.slice(from, lineEnd(text, from));
    TITLE_RUN.lastIndex = 0;
    for (let m = TITLE_RUN.exec(line); m; m = TITLE_RUN.exec(line)) namedRun(text, from + m.index, m[0], keys, note);
  }
}

/** One run of capitalised words at `at`: note the letters its words spell whose first use is on the next line. */
function namedRun(text: string, at: number, run: string, keys: ReadonlyMap<string, number>, note: (key: string, at: number) => void): void {
  const words = run.split(/[ \t]+|-/).filter((w) => w.length > 0 && !LINK_WORDS.has(w.toLowerCase()) && NAME_RUN_WORD.test(w));
  if (words.length < 3) return;
  const allCaps = words.every((w) => /^\p{Lu}+$/u.test(w));
  for (let i = 0; i + 3 <= words.length; i++) {
    let letters = "";
    for (let j = i; j < words.length && j - i < 6; j++) {
      // Letters inside a title-case run ("Quarryford FDAC Team") are abbreviations, not words that spell others.
      if (!allCaps && /^\p{Lu}{2,}$/u.test(words[j])) break;
      letters += words[j][0].toUpperCase();
      const first = keys.get(letters);
      if (letters.length >= 3 && first !== undefined && first > at && lineRightAbove(text, at, first)) note(letters, at);
    }
  }
}

/**
 * "CP (child protection)", "PECS (picture cards she hands to an adult)": the words in brackets after the letters spell
 * them, or open with an ordinary word in lower case that starts as they do (a description). A name whose first letter
 * is theirs ("SW (Sarah Jones)") or a place or time ("ICPC (in the school hall)") writes nothing out.
 */
function describedInBrackets(words: string, first: string, key: string): boolean {
  if (spells(words, key, "start")) return true;
  // A verb's form opens what happened to it, not what it is: "CP-IS (checked on Monday)", "CP (completed by Sam)".
  return first[0].toLowerCase() === key[0].toLowerCase() && /^\p{Ll}/u.test(first) && !PLACE_OR_TIME_WORDS.has(first.toLowerCase()) && !/(?:ed|ing)$/.test(first);
}

// A title or heading line is short; longer lines are prose, where a bracket or a comma gives the words.
const TITLE_LINE_MAX = 240;
export const SAME_LINE_LETTERS = /(?<![\p{L}\p{N}])([A-Z]{3,6})(?![\p{L}\p{N}])/uy;
// A run of capitalised words, small linking words allowed inside it.
const TITLE_RUN = /\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|and|for|the|in|on|to|&)[ \t]+)*\p{Lu}[\p{L}'’-]*)+/gu;

/**
 * Where on the line a capitalised run spells the letters word for word from one of its words ("… Advisor Service"), or
 * -1.
 */
function writtenOutOnLine(line: string, key: string): number {
  TITLE_RUN.lastIndex = 0;
  for (let m = TITLE_RUN.exec(line); m; m = TITLE_RUN.exec(line)) {
    const words = m[0].split(/[ \t]+/);
    for (let i = 0; i < words.length; i++) {
      const tail = words.slice(i).join(" ");
      if (/^\p{Lu}+$/u.test(words[i]) && acronymKey(words[i]) === key) continue;
      if (spells(tail, key, "start")) return m.index;
    }
  }
  return -1;
}

// A sentence's end inside a line: the line is prose, not a title.
const SENTENCE_BREAK = /[.!?]["'’”)]?[ \t]+(?=["'‘“(]?\p{Lu})/gu;

/**
 * Where the sentence holding `at` starts on its line. A title line is one sentence, so its words explain the letters in
 * any order ("MARAC REFERRAL FORM – Northmoor Multi-Agency Risk Assessment Conference"); in a short paragraph of prose the
 * words explain the letters from their own sentence on ("The FGC went well. Thank you to the Family Group Conference
 * service." leaves the first use unexplained, as a later bracket does).
 */
function sentenceOnLineAt(line: string, at: number): number {
  let from = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(line); m && m.index < at; m = SENTENCE_BREAK.exec(line)) from = m.index + m[0].length;
  return from;
}

// The letters, then (after a comma, a dash or a bracket) an article, up to four words and a clause saying what it is
// for or does: "ICPC, a meeting to decide", "PEP (a plan that sets out…)", "LADO – the person who…".
export const DESCRIBED =
  /(?<![\p{L}\p{N}])([A-Z][A-Za-z]{1,6}(?:-[A-Z]{2,4})?)(?:[ \t]+[a-z]+)?[ \t]*(?:,|\(|[–—]|[ \t]-)[ \t]*(?:which|that|who)?[ \t]*(?:is[ \t]+)?(?:a|an|the)[ \t]+(?:[a-z][a-z'’-]*[ \t]+){0,4}?(?:to|that|which|where|who|whose)[ \t]+[a-z]/uy;
const APPOSED_AFTER_WORDS = /,[ \t]*([A-Z][A-Za-z]{1,6})(?=[ \t]*[,;)])/g;
// "DSL, the school's Designated Safeguarding Lead", "the MASH, which is the multi-agency safeguarding hub".
export const APPOSED_BEFORE_WORDS =
  /(?<![\p{L}\p{N}])([A-Z][A-Za-z]{1,6}),[ \t]+(?:(?:which|that|who)[ \t]+(?:is|are|was|were|means|stands[ \t]+for)[ \t]+)?(?:(?:the|a|an|our|their|his|her|its)[ \t]+)?(?:\p{L}+['’]s[ \t]+)?([\p{L}][\p{L}'’-]*(?:[ \t]+[\p{L}][\p{L}'’-]*){0,8})/uy;

// "PEP = …", "PEP: …", "PEP – …", a table row "PEP | …" or "PEP<tab>…", and in prose "PEP means …",
// "PEP stands for …", "PEP is short for …", "an EHCP, which stands for …".
export const GLOSSARY =
  /(?<![\p{L}\p{N}])([A-Z][A-Za-z]{1,6})(?=\s*(?:=|:|–|—|\s-|[ \t]*\|[ \t]*|\t|\s(?:means|stands\s+for|is\s+short\s+for|is\s+an?\s+abbreviation\s+(?:for|of))|,?\s+which\s+(?:means|stands\s+for|is\s+short\s+for))\s*['"‘“]?([\p{L}][\p{L}'’-]*(?:,?\s+[\p{L}][\p{L}'’-]*){0,8}))/uy;
const GLOSSARY_LINE = /^[ \t]*([A-Z][A-Za-z]{1,6})[ \t]+(\p{Lu}[\p{L}'’-]*(?:,?[ \t]+[\p{L}][\p{L}'’-]*){0,8})[ \t]*$/gmu;

// A key of several "XX = words" pairs on one line ("Sch = school; GP = doctor; PN = practice nurse"): each
// pair defines its letters, even where the words do not spell them ("PN = nurse").
const KEY_PAIR = /(?<![\p{L}\p{N}])[A-Z][A-Za-z]{1,6}\s*=\s*\p{L}/gu;

function inKeyLine(text: string, at: number): boolean {
  const line = text.slice(lineStart(text, at), Math.min(lineEnd(text, at), at + 600));
  return (line.match(KEY_PAIR) ?? []).length >= 3;
}

/**
 * The words after the letters are their name, written out and ended by a comma or the end of the words: "PLO: Public
 * Law Outline, the process…", "CIN – child in need", "DSL, the school's Designated Safeguarding Lead, will attend". A
 * speaker's label before what they said ("SW: She was seen at home", "MH, mum has been low") is not, though its first
 * words may spell the letters by chance.
 */
function spelledAsName(text: string, m: RegExpExecArray, key: string): boolean {
  const words = m[2];
  // (The glossary's pattern holds its words in a lookahead: find where they end in the text.)
  const after = text.indexOf(words, m.index + m[1].length) + words.length;
  const cuts = [...words.matchAll(/[,\n]/g)].map((c) => c.index);
  if (!/^[ \t]+\p{L}/u.test(text.slice(after, after + 3))) cuts.push(words.length);
  return cuts.some((c) => spells(words.slice(0, c), key, "whole"));
}

/** The whole phrase is the written-out form (each word, bar the small ones, gives one letter in turn). */
function spellsExactly(phrase: string, key: string): boolean {
  const words = (phrase.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).flatMap((w) => w.split("-")).filter((w) => w.length > 0 && !LINK_WORDS.has(w.toLowerCase()));
  const letters = key.replace(/[^A-Z]/gi, "").toUpperCase();
  return words.length === letters.length || (phrase.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).filter((w) => !LINK_WORDS.has(w.toLowerCase())).length === letters.length;
}

const LINK_WORDS = new Set(["of", "and", "or", "the", "for", "in", "to", "on", "at", "&", "a"]);
// Small words that open where or when, not what: "ICPC (in the school hall)", "CP (from 3 May)".
const PLACE_OR_TIME_WORDS = new Set([...LINK_WORDS, "by", "with", "from", "via", "since", "until", "before", "after", "during", "see", "as", "held", "due"]);

// "Children's Social Care Service (CSC)", "Youth Offending Team Service (YOT)": a capitalised name whose
// last word (the kind of body it is) is left out of its letters.
const LAST_TITLE_WORD = /[ \t]+\p{Lu}[\p{L}'’-]*[ \t]*$/u;
function spellsBeforeTitleNoun(words: string, key: string): boolean {
  const last = LAST_TITLE_WORD.exec(words);
  return !!last && /\p{Lu}[\p{L}'’-]*[ \t]*$/u.test(words.slice(0, last.index)) && spells(words.slice(0, last.index), key, "end");
}

// The first part of a kinship compound written as one word: step-, grand-, great-, half-, god-.
const KINSHIP_PREFIX = /^(step|grand|great|half|god)(?=(?:mother|father|mum|dad|parents?|son|daughter|child|children|sister|brother|siblings?|ma|pa|mothers|fathers)$)/i;

/** "stepfather" → "step", "father"; any other word as it is. */
function splitKinshipCompound(word: string): string[] {
  const m = KINSHIP_PREFIX.exec(word);
  return m ? [m[1], word.slice(m[1].length)] : [word];
}

/**
 * Do the words at the end (or start, or the whole) of `phrase` spell `key` by their first letters, with or without the
 * small words?
 */
export function spells(phrase: string, key: string, where: "start" | "end" | "whole"): boolean {
  const letters = key.replace(/[^A-Z]/gi, "").toUpperCase();
  if (letters.length < 2) return false;
  const whole = phrase.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const parts = whole.flatMap((w) => w.split("-")).filter((w) => w.length > 0);
  // "Multi-Agency Safeguarding Hub" spells MASH by its parts, "Looked-After Child" LAC by its words or parts,
  // "stepfather (SF)" and "maternal grandmother (MGM)" by the parts of a kinship compound.
  for (const words of [whole, parts, parts.flatMap(splitKinshipCompound)]) {
    for (const keepSmall of [true, false]) {
      const ws = keepSmall ? words : words.filter((w) => !LINK_WORDS.has(w.toLowerCase()));
      if (where === "whole" && ws.length !== letters.length) continue;
      const pick = where === "end" ? ws.slice(-letters.length) : ws.slice(0, letters.length);
      if (pick.length === letters.length && pick.map((w) => w[0].toUpperCase()).join("") === letters) return true;
    }
  }
  return false;
}

const FIELD_WITH_NUMBER = /^[ \t]*[A-Z][A-Za-z .]{0,24}:[ \t]*[A-Z]{0,4}[ \t/-]?\d/;
const headingCache = new Map<number, boolean>();
/** A line written mostly in capitals with at least one ordinary word in capitals: a heading. */
function isHeadingLine(text: string, at: number): boolean {
  const ls = lineStart(text, at);
  const cached = headingCache.get(ls);
  if (cached !== undefined) return cached;
  let le = at;
  while (le < text.length && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
  const line = text.slice(ls, Math.min(le, ls + 400));
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    // ASCII without making a string per character (most of any record); the rest as before.
    if (code < 128) {
      if (code >= 65 && code <= 90) upper++;
      else if (code >= 97 && code <= 122) lower++;
      continue;
    }
    const c = line[i];
    if (c !== c.toLowerCase()) upper++;
    else if (c !== c.toUpperCase()) lower++;
  }
  let heading = false;
  // "PNC ID: 25/0043871K": a field with a number for its value is a form line, not a heading.
  if (upper >= 4 && lower <= 0.3 * (upper + lower) && !FIELD_WITH_NUMBER.test(line)) {
    const capsWords = line.match(/[\p{Lu}][\p{Lu}'’]+/gu) ?? [];
    const otherWords = (line.match(/\p{L}+/gu) ?? []).length - capsWords.length;
    const plainCaps = capsWords.filter((w) => !KNOWN_KEYS.has(acronymKey(w)));
    heading =
      (capsWords.length >= 2 && plainCaps.some((w) => w.length >= 4 || ORDINARY.has(w))) ||
      (capsWords.length === 1 && otherWords === 0 && plainCaps.length === 1);
  }
  headingCache.set(ls, heading);
  return heading;
}

// Cached per analysis, not per text: the hits depend on the case (a listed alias "JJ" is a person, not
// an abbreviation) and on the people and identifiers found, so the same text with another case differs.
// (Both acronym rules read them: ctx.perAnalysis computes them once for the two.)
const HITS = {};

/** Every abbreviation in the text, known or not, in order (cached for this analysis). */
export function findAcronyms(ctx: RuleContext): readonly AcronymHit[] {
  return ctx.perAnalysis(HITS, () => computeAcronyms(ctx));
}

function computeAcronyms(ctx: RuleContext): AcronymHit[] {
  const text = ctx.text;
  const capitals = capitalStarts(ctx);
  headingCache.clear();
  const hits: AcronymHit[] = [];
  // Whether each hit is written out is settled at the end, once the hits are known: the definitions are looked for only
  // under the keys the hits are read by (`keys`; with `words`, the entry's words read before the use count too).
  const keysOf = new Map<AcronymHit, { keys: readonly string[]; words?: AcronymEntry }>();
  const hit = (h: AcronymHit, keys: readonly string[], words?: AcronymEntry): AcronymHit => {
    keysOf.set(h, words ? { keys, words } : { keys });
    return h;
  };
  // "Later she saw the Independent Reviewing Officer. Earlier the IRO had written. … (IRO)": the words the letters stand for,
  // read before this use, and linked to the letters later in the record.
  // (Where each expansion is first written, found once per record: a record using the letters many times before its
  // key would otherwise search the whole text again for every use.)
  let lower: string | undefined;
  const firstWritten = new Map<string, number>();
  const wordsBefore = (entry: AcronymEntry, at: number) => {
    const words = entry.expansion.split(" (")[0].trim().toLowerCase();
    let first = firstWritten.get(words);
    if (first === undefined) {
      lower ??= text.toLowerCase();
      first = words.length >= 6 ? lower.indexOf(words) : -1;
      firstWritten.set(words, first);
    }
    return first >= 0 && first < at;
  };
  const skip = notProse(ctx);
  const isCaseName = (token: string) => ctx.profile.subjectForms.has(token.toLowerCase()) || ctx.profile.adultTokens.has(token.toLowerCase());
  // Known letters a sentence gives a person ("her mother, (MH)") are that person wherever no article makes them a thing.
  const knownAsPerson = new Set<string>();
  const personUses = new Map<string, number>();
  for (const known of scanKnownAcronyms(text)) {
    const { start, end } = known;
    if (skip(start, end, true) || inReference(text, start, end) || isStatuteCitation(text, start, end) || sectionInTitle(text, text.slice(start, end))) continue;
    // A name the worker gave in the case ("DJ", the child's own nickname) is a name, even if it spells an abbreviation.
    if (isCaseName(text.slice(start, end))) continue;
    // "Mark Holt (family support worker, MH)" … "MH will visit": someone's initials that spell a known abbreviation.
    if (isKnownFormUsedAsInitials(ctx, start, end)) continue;
    if (/^[A-Z]{2,3}$/.test(text.slice(start, end)) && (roleSaidToBe(text, start, end) || bracketedAfterRelative(text, start, end))) {
      knownAsPerson.add(text.slice(start, end));
      continue;
    }
    if (ORDINARY_SENSE_AFTER[text.slice(start, end)]?.test(text.slice(end, end + 24))) continue;
    const personWeight = usedAsNamedPerson(ctx, start, end);
    if (personWeight) personUses.set(text.slice(start, end), (personUses.get(text.slice(start, end)) ?? 0) + personWeight);
    const h: AcronymHit = { start, end, entry: known.entry, shorthand: known.shorthand, defined: false, inHeading: isHeadingLine(text, start) };
    // Shorthand ("mat gran") is never written out.
    hits.push(known.shorthand ? h : hit(h, [...entryKeys(known.entry), acronymKey(text.slice(start, end))], known.entry));
  }
  // "Worker: Owen Tranter" … "OT said he felt stuck", "ML reminded OT": letters that spell a known abbreviation but are
  // the initials of someone the record names, used twice or more where a person goes, or once in a place only a person
  // takes ("Worker: Priya Rahman" … "- Ask school about a bus pass — PR, by 25 November"), are that person.
  for (const [token, uses] of personUses) if (uses >= 2) knownAsPerson.add(token);
  if (knownAsPerson.size) {
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i];
      if (knownAsPerson.has(text.slice(h.start, h.end)) && !NOUN_BEFORE.test(text.slice(Math.max(0, h.start - 24), h.start))) hits.splice(i, 1);
    }
  }
  const knownSpans = hits.slice();
  const initialsSeen = new Set<string>();
  // Letters used once as a thing ("taken into PP", "the prison's OMU") are not a person's initials anywhere.
  const nounUses = new Set<string>();
  const initialsHits: AcronymHit[] = [];
  let k = 0;
  for (const m of matchesFrom(text, CANDIDATE, capitals)) {
    const start = m.index;
    const end = start + m[0].length + compoundTail(text, m[0], start + m[0].length);
    while (k < knownSpans.length && knownSpans[k].end <= start) k++;
    if (k < knownSpans.length && knownSpans[k].start < end) continue;
    const token = text.slice(start, end);
    const bare = acronymKey(token);
    // A day or month takes no plural: "SATs" (national tests) is letters, "SAT" alone a Saturday.
    const pluralOfDate = token.endsWith("s") && DATE_WORDS.has(bare);
    if ((ORDINARY.has(token) || ORDINARY.has(bare)) && !pluralOfDate && !(DATE_WORDS.has(token) && /^ \p{Ll}/u.test(text.slice(end, end + 2)))) continue;
    if (CITED_ONLY.has(bare) && RULE_NUMBER_AFTER.test(text.slice(end, end + 12))) continue;
    if (ROMAN.test(token)) continue;
    if (isCaseName(token)) continue;
    const before = text.slice(Math.max(0, start - 12), start);
    if (TITLE_BEFORE.test(before) || DIGIT_BEFORE.test(before)) continue;
    if (TITLE_WORD.test(token) && NAME_AFTER.test(text.slice(end, end + 24))) continue;
    if (rankBeforeName(ctx, token, end)) continue;
    if (afterPersonsName(ctx, start)) continue;
    // The letters of a National Insurance number ("QQ 12 34 56 C") or a similar reference.
    if (/^\s\d{2}\s\d{2}/.test(text.slice(end, end + 7))) continue;
    // An initial followed by a full stop and another initial ("J.R.") or a surname after a dotted initial.
    if (text[end] === "." && /^[A-Z]\b/.test(text.slice(end + 1, end + 3))) continue;
    if (isHeadingLine(text, start)) continue;
    if (inInstitutionName(text, start, end) || ORDINARY_SENSE_AFTER[token]?.test(text.slice(end, end + 24))) continue;
    if (skip(start, end) || (inReference(text, start, end) && !namesRecordSystem(ctx, start, end)) || isOrdinaryCapitalWord(text, start, end)) continue;
    if (NOUN_BEFORE.test(text.slice(Math.max(0, start - 24), start))) nounUses.add(token);
    // "IP (mother, Jo Hale) reported…": letters standing for a named person's part in events, not their initials.
    if (labelsNamedPerson(ctx, token, end)) {
      nounUses.add(token);
      hits.push(hit({ start, end, defined: false, inHeading: false }, [bare]));
      continue;
    }
    if (declaredInitials(ctx).has(token) || isPersonsInitials(ctx, start, end)) {
      initialsSeen.add(token);
      if (!declaredInitials(ctx).has(token)) initialsHits.push(hit({ start, end, defined: false, inHeading: false }, [bare]));
      continue;
    }
    hits.push(hit({ start, end, defined: false, inHeading: false }, [bare]));
  }
  // Initials once used as a person's are that person everywhere in the record ("TA (RJ)" … "hitting RJ").
  for (const t of nounUses) initialsSeen.delete(t);
  for (const h of initialsHits) if (nounUses.has(text.slice(h.start, h.end))) hits.push(h);
  if (initialsSeen.size) {
    for (let i = hits.length - 1; i >= 0; i--) if (!hits[i].entry && initialsSeen.has(text.slice(hits[i].start, hits[i].end))) hits.splice(i, 1);
  }
  // Known abbreviations in lower case ("t/c fc re contact", "sw to visit") are abbreviations too, where
  // the lower-case form is not an English word: in a record written in running shorthand, and elsewhere
  // where the writer uses the same form twice or more ("fc took her to school … fc said she slept well"), which a
  // one-off "sw corner" is not. Forms that are also words or syllables ("la", "da", "sen") need the former.
  const lowerHits: { token: string; start: number; entry: AcronymEntry }[] = [];
  const counts = new Map<string, number>();
  forEachShorthandToken(text, (from, to) => {
    const token = text.slice(from, to);
    if (!LOWER_FORM_TOKENS.has(token)) return;
    const entry = LOWER_FORMS.get(token.replace(/s$/, "")) ?? LOWER_FORMS.get(token);
    if (!entry || COMMON.has(token)) return;
    lowerHits.push({ token, start: from, entry });
    counts.set(token, (counts.get(token) ?? 0) + 1);
  });
  if (lowerHits.length) {
    // (Read only for a record that uses a lower-case form: the lines of most records are not.)
    const shorthandRecord = isShorthandRecord(text);
    const taken = hits.slice().sort((a, b) => a.start - b.start);
    for (const { token, start, entry } of lowerHits) {
      if (!shorthandRecord && (LOWER_ALSO_A_WORD.has(token) || (counts.get(token) ?? 0) < 2)) continue;
      const end = start + token.length;
      if (overlapsAny(taken, start, end) || skip(start, end) || ctx.inQuote(start, end)) continue;
      hits.push(hit({ start, end, entry, defined: false, inHeading: false }, entryKeys(entry)));
    }
  }
  for (const code of codedValues(text)) {
    const { start, end } = code;
    if (overlapsAny(hits, start, end) || skip(start, end) || inReference(text, start, end) || isStatuteCitation(text, start, end) || sectionInTitle(text, text.slice(start, end))) continue;
    hits.push(hit({ start, end, defined: false, inHeading: false }, [acronymKey(text.slice(start, end))]));
  }
  const wanted = new Set<string>();
  for (const h of hits) for (const key of keysOf.get(h)?.keys ?? []) wanted.add(key);
  const defs = findDefinitions(text, wanted, capitals);
  // Written out at or before this use, or in a key anywhere in the record: not reported again. A use before the letters
  // are written out ("the IRO visited" … later "Independent Reviewing Officer (IRO)") is still unexplained where it is read.
  const definedAt = (key: string, at: number) => (defs.get(key) ?? Infinity) <= at;
  for (const h of hits) {
    const of = keysOf.get(h);
    if (!of) continue;
    h.defined = of.keys.some((key) => definedAt(key, h.start)) || (of.words !== undefined && of.keys.some((key) => defs.has(key)) && wordsBefore(of.words, h.start));
  }
  hits.sort((a, b) => a.start - b.start);
  return hits;
}

const ENTRY_KEYS = new Map<AcronymEntry, readonly string[]>();
/** The keys a known abbreviation is written out under: its letters' and each form's. */
function entryKeys(entry: AcronymEntry): readonly string[] {
  let keys = ENTRY_KEYS.get(entry);
  if (!keys) {
    keys = [acronymKey(entry.acronym), ...entry.forms.map(acronymKey)];
    ENTRY_KEYS.set(entry, keys);
  }
  return keys;
}

// The record's title names the section with its Act ("STRATEGY MEETING MINUTES (Section 47 Children Act
// 1989)"): the section is given its source once, for the whole record.
const TITLE_CHARS = 200;

export function sectionInTitle(text: string, words: string): boolean {
  const number = /\d+/.exec(words)?.[0];
  if (!number) return false;
  const title = text.slice(0, Math.min(text.length, TITLE_CHARS)).split("\n").slice(0, 3).join("\n");
  // "(Section 47 Children Act 1989)", or the Act first: "Children Act 1989, section 17 (support for children in need)".
  return new RegExp(`\\bsection\\s?${number}\\s+(?:of\\s+)?(?:the\\s+)?Children\\s+Act\\b|\\bChildren\\s+Act\\s+(?:19|20)\\d\\d,?\\s+(?:section\\s?|s\\.?)${number}\\b`, "i").test(title);
}

// Letters and digits that say nothing to the reader: a section of an Act by its number alone ("Interim care order
// (s38)", "under s.44"), and a code from a statutory return's code list given as a field's value ("Closure reason:
// RC8", the DfE children-in-need census reasons for closure; "Legal status: C2", the SSDA903 legal statuses).
// A capital S needs two digits ("S10" and "S4C" are rarely a section); a section after its Act ("Children Act
// 1989, s.66") is a citation.
const SECTION_BY_NUMBER = /(?<![\p{L}\p{N}'’./-])(?:s\.?\d{1,3}|S\.?\d{2,3})(?![\p{L}\p{N}]|[/-]\d|\.\d|[ \t]\d[A-Z]{2}\b)/gu;
const CODED_FIELD = /\b(?:[Rr]eason|[Cc]ategory|[Ss]tatus|[Tt]ype|[Oo]utcome)(?:[ \t]+(?:of|for)[ \t]+\p{L}+)?[ \t]*:[ \t]*([A-Z]{1,3}\d{1,2})(?![\p{L}\p{N}])/gu;
const ACT_BEFORE = /\bAct[ \t]+(?:19|20)\d\d[ \t]*,?[ \t]*$/;

/** "Children Act 1989, s.66", "Children Act 1989, section 17": a section cited right after its Act. */
export const citedAfterAct = (text: string, start: number): boolean => ACT_BEFORE.test(text.slice(Math.max(0, start - 20), start));

function codedValues(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(SECTION_BY_NUMBER)) {
    if (!citedAfterAct(text, m.index)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(CODED_FIELD)) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: start + m[1].length });
  }
  return out;
}

// "CP-IS", "MA-RAC": two runs of capitals joined by a hyphen are one abbreviation, unless either half is an English
// word ("SELF-HARM", "NON-MOL" in a heading), which makes it a hyphenated word in capitals.
const COMPOUND_TAIL = /^-([A-Z]{2,4})(?![\p{L}\p{N}@]|[/-][\p{L}\p{N}])/u;

/** The length of a "-XX" tail that makes the letters one hyphenated abbreviation, or 0. */
function compoundTail(text: string, token: string, end: number): number {
  if (text[end] !== "-" || !/^[A-Z]{2,4}$/.test(token)) return 0;
  const tail = COMPOUND_TAIL.exec(text.slice(end, end + 7));
  if (!tail) return 0;
  const isWord = (w: string) => (w.length >= 3 && COMMON.has(w.toLowerCase())) || ORDINARY.has(w);
  // A short word in capitals beside a known abbreviation is its other half ("CP-IS"), not an English word.
  const known = KNOWN_KEYS.has(token) || KNOWN_KEYS.has(tail[1]);
  const word = (w: string) => isWord(w) && !(known && w.length === 2 && !KNOWN_KEYS.has(w));
  return word(token) || word(tail[1]) ? 0 : tail[0].length;
}

// "IP (mother, Stacey Hale)", "AP (the father, Lee Dunn)": the person the letters stand for is named in the
// bracket, and the letters are not that name's initials — a label for their part (injured party, alleged
// perpetrator), an abbreviation like any other.
const BRACKET_AFTER = /^[ \t]*\(([^()\n]{3,60})\)/;
const FULL_NAME = /\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)+/gu;

function labelsNamedPerson(ctx: RuleContext, token: string, end: number): boolean {
  if (!/^[A-Z]{2,3}$/.test(token)) return false;
  const bracket = BRACKET_AFTER.exec(ctx.text.slice(end, end + 64));
  if (!bracket || !/\p{Ll}/u.test(bracket[1])) return false;
  const innerAt = end + bracket[0].indexOf("(") + 1;
  // Only people the record names count ("AH (safeguarding lead, Moorfield Academy)" names a school).
  const names = [...bracket[1].matchAll(FULL_NAME)].filter((n) => overlapsAny(ctx.people.all, innerAt + n.index, innerAt + n.index + n[0].length));
  return names.length > 0 && names.every((n) => !initialsOfName(n[0]).includes(token));
}

/** "Ann Marie Kerr" → AMK and AK. */
function initialsOfName(name: string): string[] {
  const parts = name
    .replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/, "")
    .split(/[\s-]+/)
    .filter((p) => /^\p{Lu}/u.test(p));
  if (parts.length < 2) return [];
  // "Tom Jones-Smith" is TJ as well as TJS.
  const words = name.split(/\s+/).filter((p) => /^\p{Lu}/u.test(p));
  return [parts.map((p) => p[0]).join(""), parts[0][0] + parts[parts.length - 1][0], words[0][0] + words[words.length - 1][0]];
}

// Letters with an everyday meaning that the known abbreviation does not have: "a DNA test" (genetics, not
// "did not attend").
const ORDINARY_SENSE_AFTER: Readonly<Record<string, RegExp>> = {
  DNA: /^[ \t-]*(?:tests?|testing|samples?|results?|evidence|profiles?|match(?:es)?|swabs?|paternity)\b/i,
};

// Letters inside a school's or church's own name: "Holy Trinity CE Primary School", "St Mary's RC High".
const INSTITUTION_AFTER = /^(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}[ \t]+(?:School|Primary|Junior|Juniors|Infant|Infants|First|Middle|High|Academy|College|Nursery|Church)\b/u;

function inInstitutionName(text: string, start: number, end: number): boolean {
  return /\p{Lu}[\p{L}'’-]*[ \t]+$/u.test(text.slice(Math.max(0, start - 30), start)) && INSTITUTION_AFTER.test(text.slice(end, end + 40));
}

const LOWER_ALSO_A_WORD = new Set(["la", "da", "sen", "lac", "pr", "dna", "da/dv", "obs", "ico", "cait", "pams", "neet"]);

const COMMON = new Set((commonWords as { words: string[] }).words);
// Lower-case forms of the known abbreviations ("sw", "fc", "t/c"), for records written in shorthand.
const LOWER_FORMS = new Map<string, AcronymEntry>();
for (const e of ACRONYMS) for (const f of e.forms) if (/[A-Z].*[A-Z]/.test(f)) LOWER_FORMS.set(f.toLowerCase(), e);
// The words a lower-case form is looked up from: the forms and their plurals (most short words are neither).
const LOWER_FORM_TOKENS = new Set([...LOWER_FORMS.keys()].flatMap((f) => [f, `${f}s`]));

// A word in lower case that could be shorthand: one to four letters a-z, or two such groups around a slash ("t/c"),
// not joined to other letters, digits, "&", "@", a full stop, an apostrophe or a hyphen before it, nor to letters,
// digits or "@" after it, nor to a slash or hyphen and a letter or digit after it ("sw-led", "fc/2"). The same words as
//   /(?<![\p{L}\p{N}&@./'’-])[a-z]{1,4}(?:\/[a-z]{1,3})?(?![\p{L}\p{N}@]|[/-][\p{L}\p{N}])/gu
// found by one pass over the characters, without a match object for every short word of the record.
const isAZ = (c: number) => c >= 97 && c <= 122;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The character (a surrogate pair as one) starting at `i` is a letter or digit of any script. */
function letterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAZ(c) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
  return LETTER_OR_DIGIT.test(text.slice(i, pair ? i + 2 : i + 1));
}

/** The character (a surrogate pair as one) ending just before `i` is a letter or digit of any script. */
function letterOrDigitBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c < 128) return isAZ(c) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
  return LETTER_OR_DIGIT.test(text.slice(pair ? i - 2 : i - 1, i));
}

// & @ . / ' ’ -
const JOINS_BEFORE = new Set([38, 64, 46, 47, 39, 0x2019, 45]);

/** Nothing joins the word ending at `e` to what follows: no letter, digit or "@", nor a slash or hyphen and a letter or digit. */
function endsFree(text: string, e: number): boolean {
  if (e >= text.length) return true;
  const c = text.charCodeAt(e);
  if (c === 64 || letterOrDigitAt(text, e)) return false;
  return !((c === 47 || c === 45) && e + 1 < text.length && letterOrDigitAt(text, e + 1));
}

export function forEachShorthandToken(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAZ(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let q = i + 1;
    while (q < n && isAZ(text.charCodeAt(q))) q++;
    // (Inside the letters every start is joined to the letter before it.)
    if (q - i > 4 || (i > 0 && (JOINS_BEFORE.has(text.charCodeAt(i - 1)) || letterOrDigitBefore(text, i)))) {
      i = q;
      continue;
    }
    let end = -1;
    if (text.charCodeAt(q) === 47 && q + 1 < n && isAZ(text.charCodeAt(q + 1))) {
      // "t/c": the letters after the slash are part of the word, or the word is joined to them and is none.
      let r = q + 2;
      while (r < n && isAZ(text.charCodeAt(r))) r++;
      if (r - q - 1 <= 3 && endsFree(text, r)) end = r;
    } else if (endsFree(text, q)) end = q;
    if (end < 0) {
      i = q;
      continue;
    }
    visit(i, end);
    i = end;
  }
}

// What opens a line before its words: a bullet, a date and a time stamp (bracketed in a chat export: "[Wed 13:16]",
// "12/03/2026, 10:32 -"), and in a chat or a transcript the speaker ("Jo Bell:").
const LINE_PREFIX =
  /^[\s\-–•*]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?,?\s+)?(?:\d{1,2}[.:]\d{2}(?:[ \t]*-[ \t]*|\s+))?(?:\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}:[ \t]+)?/u;

/** A record written as running shorthand: many lines open in lower case after any time stamp. */
export function isShorthandRecord(text: string): boolean {
  let lines = 0;
  let lower = 0;
  for (const raw of text.split("\n")) {
    const line = raw.replace(LINE_PREFIX, "");
    if (!/\p{L}/u.test(line.slice(0, 3))) continue;
    lines++;
    if (/^[a-z]/.test(line)) lower++;
  }
  return lines >= 4 && lower >= Math.max(3, 0.25 * lines);
}

// Lines that are not prose a reader decodes: email header fields and reference lines.
// ("TO: the boy was seen at the park" in capitals is a note by someone with the initials TO, not an email's "To:").
const ADDRESS_FIELD = /^(?:[Ff]rom|FROM|[Tt]o|[Cc][Cc])\s*:/;
const HEADER_FIELD = /^(?:[Ff]rom|FROM|[Tt]o|[Ss]ent|SENT|[Dd]ate|DATE|[Oo]ur ref|[Yy]our ref|[Rr]ef|REF|[Rr]eference)\s*:/;

// A line naming who represents whom, in a court header or a list of advocates: firm and chambers names.
const REPRESENTATION_LINE = /\b(?:instructed\s+by|solicitors?\s+for|counsel\s+for|of\s+counsel|appeared\s+(?:on\s+behalf\s+of|for)|appearing\s+(?:on\s+behalf\s+of|for))\b/i;
// A line of prose says who instructed or represented someone and goes on: a second sentence, or a verb of its own
// ("The ISW, instructed by the court, met Dad twice", "16. Counsel for the mother submitted that…"). A header's list of
// advocates has neither ("Mr Fry (instructed by Fry Lane LLP) for the local authority", "Advocates: for the mother, …").
const PROSE_LINE =
  /[.!?]["”’)]?\s+["“‘(]?\p{Lu}|\b(?:is|are|was|were|has|have|had|said|says|submitted|submits|argued|argues|told|asked|accepted|accepts|agreed|agrees|met|visited|will|would|did|does|made|gave|saw|found)\b/u;
// A line of a parties' block that ends in the party's place in the case: "AB First Respondent", "OCC Applicant",
// "E, F, G and H (acting by their guardian KT) Third to Sixth Respondents".
const PARTY_LINE = /\b(?:applicants?|respondents?|interveners?|appellants?)[ \t|]*$/i;
// A numbered party in a parties' block, by its letters alone: "(4) FC", "BJ(1)", "(3) R & (4) A".
const NUMBERED_PARTY_LINE = /^[ \t]*(?:\(\d{1,2}\)[ \t]*[A-Z]{1,4}|[A-Z]{1,4}[ \t]*\(\d{1,2}(?:-\d{1,2})?\))(?:[ \t]*(?:&|and|,)[ \t]*(?:\(\d{1,2}\)[ \t]*)?[A-Z]{1,4})*[ \t|]*$/;
// "Miss Parry for the First Respondent", "Mr Sellars for the Local Authority", "Ms Lee, solicitor, for the child", "Ms Ofori
// of Marsh Kettle Solicitors for the children", "Ms Bose KC for the mother": a line that opens with a lawyer's title and
// name (a bracket, a role between commas or a firm after "of" allowed), then "for the [party]". Not prose that names
// someone and goes on ("Mr Shah asked for the children to be seen alone"), nor "a meeting to agree who will care for the
// children".
const FOR_THE_PARTY_LINE =
  /^[ \t•*-]*(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,4}(?:[ \t]*\([^()\n]{1,80}\)|[ \t]*,[ \t]*(?:solicitor|counsel|barrister|advocate)s?,?|[ \t]+of(?:[ \t]+(?:\p{Lu}[\p{L}'’&-]*|&)){1,6})?[ \t]+[Ff]or[ \t]+the[ \t]+(?:[Aa]pplicant|[Rr]espondents?|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Mm]other|[Ff]ather|[Ll]ocal[ \t]+[Aa]uthority|[Cc]hild(?:ren)?|[Ii]ntervener|[Gg]uardian)\b/u;

// A document-exchange address, in a court header or a firm's letterhead: "DX: 410 LDE", "DX 123456 Leeds 1". Its
// letters are a routing code, like a postcode, not words a reader decodes.
const DX_ADDRESS = /(?:^|[^\p{L}\p{N}])DX[ \t]*(?:No\.?[ \t]*)?[:.]?[ \t]*\d{2,}/u;

/**
 * Skip abbreviations in email header fields, inside personal identifiers (a reference "XY/AB/23/1234"),
 * in a court document's header (parties, judge, counsel, firms: "HHJ", "KC", "LLP", "DX", party
 * initials) and on a line saying who represents whom.
 */
function notProse(ctx: RuleContext): (start: number, end: number, known?: boolean) => boolean {
  const ids = ctx.identifiers;
  const header = courtHeaderEnd(ctx.text);
  // Whether a line is a court header's or a representation line, read once per line (a line holds many letters).
  const lineSkipped = new Map<number, boolean>();
  return (start, end, known = false) => {
    if (start < header) return true;
    const ls = lineStart(ctx.text, start);
    // A known abbreviation in who a message is from or to ("From: Jo Bell (DSL, Park Primary)") is read like the body.
    if (HEADER_FIELD.test(ctx.text.slice(ls, ls + 16)) && !(known && ADDRESS_FIELD.test(ctx.text.slice(ls, ls + 16)))) return true;
    let skipped = lineSkipped.get(ls);
    if (skipped === undefined) {
      const line = ctx.text.slice(ls, Math.min(lineEnd(ctx.text, start), ls + 300));
      skipped =
        DX_ADDRESS.test(line) ||
        (REPRESENTATION_LINE.test(line) && !PROSE_LINE.test(line)) ||
        (line.length <= 160 && (FOR_THE_PARTY_LINE.test(line) || PARTY_LINE.test(line) || NUMBERED_PARTY_LINE.test(line)));
      lineSkipped.set(ls, skipped);
    }
    return skipped || overlapsAny(ids, start, end);
  };
}

// "s.31 Children Act 1989", "s.20(1) of the Children Act", "s47 CA 1989", "s.31(2)": a section cited with
// its Act or a subsection is a citation the reader can look up (court papers and judgments), not shorthand.
const STATUTE_AFTER = /^(?:\(\d+\)(?:\([a-z]\))*)?,?\s*(?:of\s+(?:the\s+)?)?(?:(?:[A-Z][\p{L}'’]+|and|\(\w+\))\s+){1,5}Act\b|^(?:\(\d+\)(?:\([a-z]\))*)?\s*of\s+the\s+(?:19|20)\d\d\s+Act\b|^(?:\(\d+\)(?:\([a-z]\))*)?\s*(?:of\s+the\s+)?(?:CA|ChA|ACA)\s*(?:19|20)\d\d\b/u;

function isStatuteCitation(text: string, start: number, end: number): boolean {
  if (!/^[sS]{1,2}\.?\s?\d+[A-Z]?$/.test(text.slice(start, end))) return false;
  // A subsection ("s.31(2)", "s.20(4)(a)") is written only in a citation.
  return /^\(\d+\)/.test(text.slice(end, end + 4)) || STATUTE_AFTER.test(text.slice(end, end + 60).replace(/^\s+/, ""));
}

// A reference number after one space: three or more digits, or (on the same line) digits, a slash or dash and five or
// more digits ("OCC 26/118734"; not a date, a month or a day: "EDD 28/01/2026", "NFA" then "02/2022", "CGM 12/11").
const REFERENCE_NUMBER_AFTER = /^(?:\s\d{3,}|[ \t]\d{2,4}[/-]\d{5,})/;

/** "CLA/0714/TG", "ref CAD 1147", "OCC 26/118734", a part-masked registration "YX**": an abbreviation that is part of a reference. */
function inReference(text: string, start: number, end: number): boolean {
  if (/^\*{2,}/.test(text.slice(end, end + 2)) || REFERENCE_NUMBER_AFTER.test(text.slice(end, end + 12))) return true;
  const joinedBefore = /[A-Za-z0-9][/-]$/.test(text.slice(Math.max(0, start - 2), start));
  // "a DA-focused conversation", "MASH-led enquiries": the letters before a hyphen and a lower-case word are the
  // first part of a compound, not a reference's (references join capitals and digits: "CR-377052").
  // "possible CCE/county lines indicators", "DV/neglect": letters and a lower-case word given as alternatives.
  if (!joinedBefore && (COMPOUND_WORD_AFTER.test(text.slice(end, end + 24)) || ALTERNATIVE_WORD_AFTER.test(text.slice(end, end + 24)))) return false;
  const joinedAfter = /^[/-][A-Za-z0-9]/.test(text.slice(end, end + 2));
  if (!joinedAfter && !joinedBefore) return false;
  // "DNA/WNB", "CIN/CP": abbreviations given as alternatives, letters only; a reference or a web address
  // holds digits, dots or colons ("CLA/0714/TG", "example.org/CIN").
  return !slashedLetters(text, start, end);
}

// "Caspian Rowe, LCS 1184402", "Handover – Paris (LCS 3318860)": letters before a record number that is an identifier on
// its own name the system the number is kept in, shorthand the reader cannot decode; after a label ("pol ref CAD
// 1147", "log no. MFH 2211") they are the reference's own first part.
const REFERENCE_LABEL_BEFORE = /\b(?:ref|reference|refs|no|number|log|crime|incident|occurrence|case|ID)\.?:?[ \t]*$/i;

function namesRecordSystem(ctx: RuleContext, start: number, end: number): boolean {
  const text = ctx.text;
  if (!/^[ \t]\d{3,}/.test(text.slice(end, end + 5))) return false;
  const number = ctx.identifiers.find((id) => id.start > end && id.start <= end + 2);
  return number !== undefined && !REFERENCE_LABEL_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

const COMPOUND_WORD_AFTER = /^-[a-z]{2,}(?![A-Za-z0-9/_-])/;
const ALTERNATIVE_WORD_AFTER = /^\/[a-z]{3,}(?![A-Za-z0-9/_.@-])/;
const GROUP_CHAR = /[A-Za-z0-9/.:_-]/;
function slashedLetters(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && start - from < 40 && GROUP_CHAR.test(text[from - 1])) from--;
  while (to < text.length && to - end < 40 && GROUP_CHAR.test(text[to])) to++;
  const group = text.slice(from, to).replace(/[.:]$/, "");
  return /^[A-Z]{2,5}s?(?:\/[A-Z]{2,5}s?)+$/.test(group);
}

/**
 * An English word or a name written in capitals (a RAG rating "AMBER", a heading word "WORK", a surname
 * in a court header "NEVILLE OAKES"), not an abbreviation.
 */
const GRADED_AS = /\b(?:(?:re-?)?(?:graded|rated|assessed|scored|categori[sz]ed)(?:[ \t]+[\p{L}'’-]+){0,3}[ \t]+as|(?:grade|grading|rating|risk(?:[ \t]+level)?|level|priority)(?:[ \t]+(?:is|was|of|at))?|(?:graded|rated))[ \t]+$/iu;

function isOrdinaryCapitalWord(text: string, start: number, end: number): boolean {
  const token = text.slice(start, end);
  if (token.length >= 3 && COMMON.has(token.toLowerCase())) {
    // A word in capitals stands alone (a rating after a dash, the end of a line) or among other capitals.
    const after = text.slice(end, end + 12);
    // A dash may join them in a heading ("CARE PLAN – DRAFT", "OFFICIAL – SENSITIVE").
    if (/^\s*(?:$|\n|[–—:,.)|]|-\s)/.test(after) || /^[\s–—-]*[A-Z]{2,}/.test(after) || /[A-Z]{2,}[\s–—-]*$/.test(text.slice(Math.max(0, start - 12), start))) return true;
    // A numbered label in capitals: "ITEM 1", "PART 2", "STEP 3".
    if (/^[ \t]+(?:\d{1,3}|[IVX]{1,4})\b/.test(after)) return true;
    // A grade given in capitals inside prose: "re-graded the episode as HIGH because", "risk rated MEDIUM by police".
    if (GRADED_AS.test(text.slice(Math.max(0, start - 30), start))) return true;
  }
  // Part of a hyphenated heading ("MULTI-AGENCY") or next to another word in capitals of 4+ letters.
  if (/^-[A-Z]{2,}/.test(text.slice(end, end + 3)) || /[A-Z]{2,}-$/.test(text.slice(Math.max(0, start - 3), start))) return true;
  const before = /([A-Z][A-Z'’-]{2,})\s+$/.exec(text.slice(Math.max(0, start - 30), start));
  return token.length >= 4 && before !== null && !KNOWN_KEYS.has(acronymKey(before[1]));
}

const NAME_VERB_AFTER =
  /^\s*(?:\(|(?:said|says|told|asked|agreed|advised|confirmed|reported|explained|noted|visited|called|rang|phoned|emailed|texted|thinks|thought|felt|feels|wants|will|would|can|could|has|had|is|was|stated|states|accepted|accepts|denied|denies|described|indicated|observed|recorded|wrote|spoke|saw|met|gave|attended|arrived|left|shared|suggested|raised|expressed|acknowledged|conceded|replied|responded|queried|did|does|born|aged|to\s+(?!be\b)[a-z]+)\b)/;
const GREETING_BEFORE = /\b(?:thanks|thank you|hi|hello|dear|morning|afternoon|cc)\s*,?\s*$/i;

// Verbs of saying that only a person takes ("PR advised", "DV said", "ROS asked"): once is enough for known letters
// that are a named person's initials, and for three letters ("CP was", "DV reported", "SLT will" a thing takes too).
const SPEAKER_VERB_AFTER =
  /^[ \t]+(?:said|says|told|asked|agreed|advised|explained|confirmed|stated|states|wrote|spoke|replied|queried|thinks|thought|felt|feels|denied|accepted|acknowledged|conceded|suggested|rang|phoned|emailed|texted)\b/;
const AUXILIARY_AFTER = /^\s*(?:\(|to\s|(?:will|would|can|could|has|had|is|was|did|does)\b)/;
const JOINED_INITIALS_BEFORE_ONE = /(?<![\p{L}\p{N}])([A-Z]{2,3})[ \t]*(?:\/|&|and)[ \t]*$/u;
const JOINED_INITIALS_AFTER = /^[ \t]*(?:\/|&|and)[ \t]*([A-Z]{2,3})(?![\p{L}\p{N}&@])/u;
// Places where a person's name goes and a thing's does not (Ruling 7). A task's owner after a dash: on a list line
// ("- Ring school — PR.") or before when it is due ("— KD, by 25 November", "— AK, this week"). A field that names
// who does or did something ("Owner: KD", "Lead: PR", "Minutes taken by: LW"), "per KD," and a copy list
// ("cc: JB, KD"), the letters ending there or joined to others. Someone told, asked or written to ("emailed KD").
const OWNER_DASH_BEFORE = /(?:[–—]|[ \t]-)[ \t]*$/;
const LIST_LINE = /^[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)]|\(?[a-z][.)])[ \t]/;
const LINE_ENDS_AFTER = /^[ \t]*[.;]?[ \t]*(?:$|\r?\n)/;
const PERSON_FIELD_BEFORE =
  /(?:^|[^\p{L}])(?:owner|lead|responsible|(?:action(?:ed)?|completed|written|recorded|prepared|minuted|chaired|(?:minutes|notes)(?:[ \t]+taken)?)[ \t]+by|by[ \t]+whom|who|allocated[ \t]+to|assigned[ \t]+to|minute[ \t-]?taker|note[ \t-]?taker|per|cc|bcc)[ \t]*:?[ \t]*$/iu;
const JOINED_INITIALS_BEFORE = /(?:[A-Z]{2,3}[ \t]*(?:,|and|&|\/)[ \t]*)+$/;
const WRITTEN_TO_BEFORE = /\b(?:told|tell|tells|reminded|remind|asked|ask|asks|thanked|advised|informed|updated|emailed|e-mailed|texted|phoned|rang|messaged|spoke[ \t]+(?:to|with)|met[ \t]+with|discussed[ \t]+with|agreed[ \t]+with)[ \t]+$/i;
// A noun after the letters makes them its modifier ("per MFH protocol", "Lead: CSE team").
const NOUN_AFTER = /^[ \t]+(?!(?:and|or|to|by|on|in|at|for|about|with|that|if|whether|the|a|an|her|his|their|them|him|it|this|will|has|had|is|was)\b)\p{Ll}/u;

/** The letters stand where a person's name goes: a task's owner, a field naming who, a copy list, someone written to. */
function inPersonsPlace(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  if (NOUN_AFTER.test(after)) return false;
  const before = text.slice(Math.max(0, start - 48), start);
  if (OWNER_DASH_BEFORE.test(before)) return OWNER_AFTER.test(after) || (LINE_ENDS_AFTER.test(after) && LIST_LINE.test(text.slice(lineStart(text, start), start)));
  const field = before.replace(JOINED_INITIALS_BEFORE, "");
  return PERSON_FIELD_BEFORE.test(field) || WRITTEN_TO_BEFORE.test(field);
}

/**
 * A person's initials, not an abbreviation (Ruling 7): two or three capitals that are the initials of
 * someone named in the record, that act as the subject of a verb ("MK said", "ZR to consider"), that are
 * greeted ("Thanks GD,"), sign off a message alone on a line, or stand in brackets after a role
 * ("the health visitor (KW)", "fc (JH)").
 */
function isPersonsInitials(ctx: RuleContext, start: number, end: number): boolean {
  const text = ctx.text;
  const token = text.slice(start, end);
  if (!/^[A-Z]{2,3}$/.test(token)) return false;
  if (namedInitials(ctx).has(token)) return true;
  const after = text.slice(end, end + 24);
  const before = text.slice(Math.max(0, start - 24), start);
  if (/\b(?:the|a|an|his|her|their|our|my|your|this|that)\s+$/i.test(before) || NOUN_BEFORE.test(before)) return false; // "the EWO visited": a noun
  // Who signed or checked: "(signed, DM and KP)", "countersigned by AB / CD".
  if (SIGNED_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  // "PK (TM)": a name before a bracketed role; "TA (RJ)": a role before a person's initials.
  const bracketed = /^\s*\(\s*([A-Za-z/]{2,5})\s*\)/.exec(after)?.[1];
  if (bracketed && /^[A-Z]{2,3}$/.test(bracketed) && !KNOWN_KEYS.has(acronymKey(bracketed))) return false;
  // Three letters are more often a body's or a document's than a person's: a verb a thing takes as well ("PPN was
  // received", "SLT will assess her", "BTP attended") leaves them letters; a verb of saying makes them a person's.
  if (NAME_VERB_AFTER.test(after) && !/\(\s*$/.test(before) && (token.length === 2 || /^\s*\(/.test(after) || SPEAKER_VERB_AFTER.test(after))) return true;
  // "KD/MH visited", "KD and JL said": the first of two people's initials that a verb follows together.
  // Three letters there too need a verb of saying ("KDS and JLM said"): "CPR and APR shared with adopters" is documents.
  const joined = JOINED_INITIALS_AFTER.exec(after);
  const joinedVerb = joined ? text.slice(end + joined[0].length, end + joined[0].length + 24) : "";
  if (joined && !KNOWN_KEYS.has(joined[1]) && NAME_VERB_AFTER.test(joinedVerb) && (token.length === 2 || SPEAKER_VERB_AFTER.test(joinedVerb))) return true;
  if (GREETING_BEFORE.test(before) || inPersonsPlace(text, start, end)) return true;
  // "JK, the health visitor", "TN, Mia's class teacher": initials in apposition with a role.
  // "the registered manager, RM, told the review": a role, then the person's initials between commas.
  const roleBefore = /\b(\p{L}+)\s*,\s*$/u.exec(before)?.[1];
  if (roleBefore && /^\s*,/.test(after) && (ROLE_WORDS.has(roleBefore.toLowerCase()) || FAMILY_WORDS.has(roleBefore.toLowerCase()))) return true;
  // "YD, a boy aged 11, and XB, a girl aged four": letters in apposition with a person of a given age.
  if (PERSON_AGED_APPOSED.test(after)) return true;
  // "their fathers are respectively AB and CD", "the social worker was JT": a person, then the letters that name them.
  const copula = PERSON_IS_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[1]?.toLowerCase().replace(/s$/, "");
  if (copula && (ROLE_WORDS.has(copula) || FAMILY_WORDS.has(copula))) return true;
  const role = ROLE_APPOSED.exec(after);
  if (role && (ROLE_WORDS.has(role[1].toLowerCase()) || FAMILY_WORDS.has(role[1].toLowerCase()))) return true;
  // "Staff member DW knocked", "support worker JB took her": a role, then the person's initials as their name.
  if (!KNOWN_KEYS.has(token) && roleRightBefore(before)) return true;
  if (roleSaidToBe(text, start, end)) return true;
  // "a new partner who will be referred to as FP": letters a sentence about a person gives them as a name.
  if (REFERRED_AS_BEFORE.test(before) && !KNOWN_KEYS.has(token)) {
    const s = ctx.sentenceAt(start);
    const words = text.slice(Math.max(s.start, start - 100), start).toLowerCase().match(/\p{L}+/gu) ?? [];
    if (words.some((w) => ROLE_WORDS.has(w) || FAMILY_WORDS.has(w))) return true;
  }
  const ls = lineStart(text, start);
  const le = Math.min(lineEnd(text, end), end + 4);
  if (start - ls <= 4 && text.slice(ls, le).trim() === token && ls > 0 && (le === text.length || text[le] === "\n" || text[le] === "\r")) return true;
  // In brackets after a role word or an abbreviation written in lower case or known: "(KW)", "(PL, by 5 December)".
  if (/\(\s*$/.test(before) && OWNER_AFTER.test(after)) return true; // an owner: "(PL, by 5 December)"
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) {
    const prev = wordBeforeBracket(before);
    return personWord(prev) || LOWER_FORMS.has(prev) || (prev.length <= 5 && KNOWN_KEYS.has(acronymKey(prev)) && /^[A-Z]/.test(prev)) || /^[A-Z]{2,3}$/.test(prev);
  }
  return false;
}

const wordBeforeBracket = (before: string): string => /([\p{L}'’/]+),?\s*\(\s*$/u.exec(before)?.[1] ?? "";
const personWord = (word: string): boolean => ROLE_WORDS.has(word.toLowerCase()) || FAMILY_WORDS.has(word.toLowerCase());

/**
 * "her mother, (MH)", "her father (FH)": known letters alone in brackets right after a relative are the relative's
 * initials. Not after a professional's role, where they name a team or service ("social worker (CIN)").
 */
function bracketedAfterRelative(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return /\(\s*$/.test(before) && /^\s*\)/.test(text.slice(end, end + 4)) && FAMILY_WORDS.has(wordBeforeBracket(before).toLowerCase());
}

// The role word right before the letters, no article between: "member of staff", "staff member", "key worker".
const ROLE_RIGHT_BEFORE = /(?:^|[^\p{L}])(?:staff|member\s+of\s+staff|(\p{L}+))\s+$/u;

function roleRightBefore(before: string): boolean {
  const m = ROLE_RIGHT_BEFORE.exec(before);
  return !!m && (m[1] === undefined || m[1].toLowerCase() === "member" || ROLE_WORDS.has(m[1].toLowerCase()));
}

/** "The Guardian is CG.", "The mother of all five children is MK ('the mother')": a person's role said to be the letters. */
function roleSaidToBe(text: string, start: number, end: number): boolean {
  if (!/^\s*(?:[.;,(]|$)/.test(text.slice(end, end + 4))) return false;
  const role = ROLE_IS_BEFORE.exec(text.slice(Math.max(0, start - 70), start))?.[1]?.toLowerCase();
  return !!role && (ROLE_WORDS.has(role) || FAMILY_WORDS.has(role));
}

const ROLE_IS_BEFORE =
  /(?:^|[^\p{L}])(\p{L}+)(?:\s+of\s+[^.;:\n]{1,40}?)?\s+(?:is|was)(?:\s+(?:believed|thought|said|understood|known|alleged|reported|assumed)\s+to\s+be)?\s+$/u;
const REFERRED_AS_BEFORE = /\b(?:referred\s+to\s+(?:here\s+|below\s+|hereafter\s+)?as|known\s+(?:here\s+)?as)\s+['"‘“]?$/i;
const SIGNED_BEFORE = /\b(?:(?:signed|initialled|initialed|countersigned|witnessed)(?:\s+(?:off\s+)?by)?|(?:checked|administered|given)\s+by)\s*[,:]?\s*(?:[A-Z]{2,3}\s*(?:,|and|&|\/)\s*)*$/;
// After "(XX," a task's owner is followed by when or what: "(PL, by 5 December)", "(KD, Friday)", "(MH, to ring Dad)";
// "(PRN, see the plan)" is a medicine note, not an owner.
const OWNER_AFTER = /^\s*,\s*(?:by|to|due|before|from|on|asap|today|tomorrow|this|next|end|w\/c|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;
const PERSON_AGED_APPOSED =
  /^\s*,\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:boy|girl|baby|child|infant|toddler|teenager|man|woman|young\s+(?:man|woman|person))\s+(?:aged|of)\s+(?:\d|[a-z]+\b)/u;
const PERSON_IS_BEFORE = /\b(\p{L}+)\s+(?:is|are|was|were)\s+(?:respectively\s+)?(?:[A-Z]{2,3}\s*(?:,|and|&)\s*)*$/u;
const ROLE_APPOSED = /^\s*,\s*(?:the|a|an|her|his|their|\p{Lu}\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}+)\b(?=\s*(?:[,.;:)]|and\b|who\b|$))/u;
const FAMILY_WORDS = new Set([
  "mother",
  "father",
  "grandmother",
  "grandfather",
  "aunt",
  "uncle",
  "stepfather",
  "stepmother",
  "partner",
  "neighbour",
  "friend",
  "cousin",
  // Children named by initials (Ruling 8): "her carer's nephew, RK, visits".
  "son",
  "daughter",
  "grandson",
  "granddaughter",
  "brother",
  "sister",
  "stepson",
  "stepdaughter",
  "stepbrother",
  "stepsister",
  "nephew",
  "niece",
  "boyfriend",
  "girlfriend",
]);
const ROLE_WORDS = new Set([
  "assistant",
  "worker",
  "visitor",
  "carer",
  "teacher",
  "officer",
  "manager",
  "nurse",
  "lead",
  "chair",
  "guardian",
  "solicitor",
  "adviser",
  "advisor",
  "coordinator",
  "practitioner",
  "therapist",
  "doctor",
  "mum",
  "dad",
  "gran",
  "nan",
  "supervisor",
  "reviewer",
  "psychologist",
  "psychiatrist",
  "midwife",
  "counsel",
  "barrister",
  "head",
  "headteacher",
  "mentor",
]);

/**
 * A known abbreviation's letters used as a person's initials: the record pairs them with a name that
 * has those initials ("Mark Holt (MH)", "Mark Holt (family support worker, MH)", "MH – Mark Holt").
 * Without that pairing the letters stay an abbreviation, even where someone named has those initials:
 * "Sam Whitfield, SW … SW to visit" is the job title (Ruling 6 names the title in full).
 */

/**
 * Known letters that are a named person's initials and stand where that person would: "OT will" (1, a verb a thing
 * can also take), "OT said", "told OT", "— PR, by 25 November", "Lead: PR" (2, a place only a person takes); else 0.
 */
function usedAsNamedPerson(ctx: RuleContext, start: number, end: number): number {
  const text = ctx.text;
  const token = text.slice(start, end);
  if (!/^[A-Z]{2,3}$/.test(token) || !namedInitials(ctx).has(token)) return 0;
  const before = text.slice(Math.max(0, start - 24), start);
  if (/\b(?:the|a|an|his|her|their|our|my|your|this|that)\s+$/i.test(before) || NOUN_BEFORE.test(before)) return 0;
  // "Sam Whitfield, SW" … "SW to visit": letters given after the name as the person's role are the role's abbreviation.
  if (roleAfterName(ctx, token)) return 0;
  const after = text.slice(end, end + 24);
  // "KD/MH saw her together": joined to letters that are not an abbreviation, as one person's initials to another's.
  const joinedTo = JOINED_INITIALS_BEFORE_ONE.exec(before)?.[1];
  if (inPersonsPlace(text, start, end) || SPEAKER_VERB_AFTER.test(after) || (joinedTo && !KNOWN_KEYS.has(joinedTo))) return 2;
  // An auxiliary says nothing of who: "DV was disclosed", "CP will be reviewed", "MH has been a concern".
  return NAME_VERB_AFTER.test(after) && !AUXILIARY_AFTER.test(after) && !/\(\s*$/.test(before) ? 1 : 0;
}

// A name then letters ("Mark Holt (MH)", "Sam Whitfield, SW"), searched over the whole text, is tried by V8 at every
// capital, and in a heading in capitals at every letter of every word, each time reading on through the words after it.
// Instead the pattern (sticky) is tried only at the capitals of the few words right before a place where the letters
// can begin (a bracket, a comma or a dash with capitals after it), in order, each search going on from the last match's
// end: the matches the global search makes, since every one of them starts at such a capital.
const WORD_CHAR = /^[\p{L}'’-]$/u;
const SPACE_CHAR = /^\s$/u;
const isNameChar = (c: number, ch: string) =>
  c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45 : (c >= 0xd800 && c <= 0xdfff) || WORD_CHAR.test(ch);
const isSpaceChar = (c: number, ch: string, anySpace: boolean) => (c === 32 || c === 9 ? true : !anySpace ? false : c < 128 ? c >= 10 && c <= 13 : SPACE_CHAR.test(ch));

/**
 * Offsets, ascending, of the capitals (and any character outside ASCII) in the `words` runs of letters, apostrophes
 * and hyphens before each place `mark` (sticky) matches, the runs parted by white space (spaces and tabs only, unless
 * `anySpace`), and white space allowed between the last run and the mark.
 */
export function namesBefore(text: string, mark: RegExp, words: number, anySpace: boolean): number[] {
  const starts = new Set<number>();
  for (let a = 0; a < text.length; a++) {
    const c = text.charCodeAt(a);
    // ( , - – — = :
    if (c !== 40 && c !== 44 && c !== 45 && c !== 0x2013 && c !== 0x2014 && c !== 61 && c !== 58) continue;
    mark.lastIndex = a;
    if (!mark.test(text)) continue;
    let i = a;
    while (i > 0 && isSpaceChar(text.charCodeAt(i - 1), text[i - 1], anySpace)) i--;
    for (let run = 0; run < words && i > 0 && isNameChar(text.charCodeAt(i - 1), text[i - 1]); run++) {
      while (i > 0 && isNameChar(text.charCodeAt(i - 1), text[i - 1])) {
        i--;
        const d = text.charCodeAt(i);
        if ((d >= 65 && d <= 90) || (d >= 128 && !(d >= 0xdc00 && d <= 0xdfff))) starts.add(i);
      }
      const end = i;
      while (i > 0 && isSpaceChar(text.charCodeAt(i - 1), text[i - 1], anySpace)) i--;
      if (i === end) break;
    }
  }
  return [...starts].sort((x, y) => x - y);
}

const CAPITALS = {};

/**
 * Offsets of the capitals A-Z with no ASCII letter or digit right before them (cached per analysis): every place where
 * letters after a word's edge can begin. The patterns that open on such letters ("(?<![\p{L}\p{N}])[A-Z]…") are tried,
 * sticky, only there (matchesFrom): searched over the whole text V8 tries them at every offset, and once a process has
 * compiled much regex code it does so without its quick first-character checks.
 */
function capitalStarts(ctx: RuleContext): readonly number[] {
  return ctx.perAnalysis(CAPITALS, () => capitalOffsets(ctx.text));
}

export function capitalOffsets(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) continue;
    const b = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (!((b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57))) out.push(i);
  }
  return out;
}

/** The matches a sticky pattern makes at `starts` (ascending), each search going on from the last match's end. */
export function matchesFrom(text: string, sticky: RegExp, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    from = at + Math.max(1, m[0].length);
  }
  return out;
}

const ROLE_AFTER_NAME = {};
export const NAME_THEN_ROLE = /\p{Lu}[\p{L}'’-]+[ \t]*(?:,|\()[ \t]*([A-Z]{2,3})\b/uy;
export const ROLE_MARK = /[ \t]*(?:,|\()[ \t]*[A-Z]{2,3}\b/y;
/** Letters written straight after a person's name, after a comma or in a bracket ("Sam Whitfield, SW"): their role. */
function roleAfterName(ctx: RuleContext, token: string): boolean {
  const roles = ctx.perAnalysis(ROLE_AFTER_NAME, () => {
    const out = new Set<string>();
    for (const m of matchesFrom(ctx.text, NAME_THEN_ROLE, namesBefore(ctx.text, ROLE_MARK, 1, false))) out.add(m[1]);
    return out;
  });
  return roles.has(token);
}

function isKnownFormUsedAsInitials(ctx: RuleContext, start: number, end: number): boolean {
  const token = ctx.text.slice(start, end);
  return /^[A-Z]{2,4}$/.test(token) && declaredInitials(ctx).has(token);
}

const DECLARED = {};
// A name, then its initials in brackets (after a role and a comma) or after a dash; or initials, a dash and a name.
export const NAME_THEN_INITIALS = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*(?:\((?:[^()\n]{0,60}?[,;/]\s*)?([A-Z]{2,4})\s*\)|[-–—=:]\s*([A-Z]{2,4})\b)/uy;
// Where the initials after a name begin: the bracket or the dash.
export const INITIALS_MARK = /\((?:[^()\n]{0,60}?[,;/]\s*)?[A-Z]{2,4}\s*\)|[-–—=:]\s*[A-Z]{2,4}\b/uy;
export const INITIALS_THEN_NAME = /(?<![\p{L}\p{N}])([A-Z]{2,4})\s*(?:[-–—=:]|\()\s*((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})/uy;

export const INITIALS_BEFORE_NAMED_BRACKET = /(?<![\p{L}\p{N}])([A-Z]{2,3})[ \t]*\(([^()\n]{3,60})\)/uy;
const INITIALS_THEN_ROLE = /^[ \t]*([A-Z]{2,4})[ \t]*[-–—][ \t]*([^\n]{2,80})$/gmu;
const ATTENDEE_LINE = /^[ \t]*(?:present|attendees|attending|in attendance|apologies|members|also present|invited|invitees|distribution|circulation)\s*:[^\n]*/gim;
const INITIALS_BEFORE_ROLE = /(?<![\p{L}\p{N}])([A-Z]{2,4})\s*\(\s*([a-z][^()\n]{0,60})\)/gu;
// "Present: KD (SW), MH (FSW)": in an attendee list, two or three letters before a role's known letters in brackets.
const INITIALS_BEFORE_ROLE_LETTERS = /(?<![\p{L}\p{N}])([A-Z]{2,3})[ \t]*\([ \t]*([A-Z][A-Za-z/]{1,5})[ \t]*\)/gu;
// "CG is the Guardian for the children", "KD was the allocated social worker": the letters said to be a person's role.
export const INITIALS_ARE_ROLE =
  /(?<![\p{L}\p{N}])([A-Z]{2,3})\s+(?:is|was)\s+(?:the|a|an|their|his|her|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,2}?(\p{L}+)(?=\s*(?:[,.;:)]|for\b|to\b|of\b|in\b|and\b|who\b|$))/uy;

/** Initials the record itself pairs with a person's name whose initials they are (per analysis: cheap, one pass). */
function declaredInitials(ctx: RuleContext): Set<string> {
  return ctx.perAnalysis(DECLARED, () => {
    const out = new Set<string>();
    for (const m of matchesFrom(ctx.text, NAME_THEN_INITIALS, namesBefore(ctx.text, INITIALS_MARK, 4, true))) {
      const token = m[2] ?? m[3];
      if (initialsOfName(m[1]).includes(token) && !labelWrittenOut(ctx, token, m.index, m.index + m[1].length)) out.add(token);
    }
    for (const m of matchesFrom(ctx.text, INITIALS_THEN_NAME, capitalStarts(ctx))) {
      const at = m.index + m[0].length - m[2].length;
      if (initialsOfName(m[2]).includes(m[1]) && !labelWrittenOut(ctx, m[1], at, at + m[2].length)) out.add(m[1]);
    }
    // "MH (family support worker, Mark Holt)": the letters, then a bracket naming whose initials they are.
    for (const m of matchesFrom(ctx.text, INITIALS_BEFORE_NAMED_BRACKET, capitalStarts(ctx))) if ((m[2].match(FULL_NAME) ?? []).some((n) => initialsOfName(n).includes(m[1]))) out.add(m[1]);
    // A list of who is who: "GL – school nurse", "PW – Paula, family support worker" (not a glossary line that
    // spells the letters: "DSL – designated safeguarding lead").
    for (const m of ctx.text.matchAll(INITIALS_THEN_ROLE)) {
      const words = m[2].toLowerCase().match(/\p{L}+/gu) ?? [];
      if (words.some((w) => ROLE_WORDS.has(w) || FAMILY_WORDS.has(w)) && !spells(m[2], m[1], "start")) out.add(m[1]);
    }
    for (const m of matchesFrom(ctx.text, INITIALS_ARE_ROLE, capitalStarts(ctx))) if (ROLE_WORDS.has(m[2].toLowerCase()) || FAMILY_WORDS.has(m[2].toLowerCase())) out.add(m[1]);
    // An attendee list: "Present: MH (family support worker), KD (social worker)" — letters before a
    // bracketed role or relationship are a person's; "SW (Karen Doyle)", a role before a name, is not.
    for (const line of ctx.text.matchAll(ATTENDEE_LINE)) {
      for (const m of line[0].matchAll(INITIALS_BEFORE_ROLE)) {
        const words = m[2].toLowerCase().match(/\p{L}+/gu) ?? [];
        if (words.some((w) => ROLE_WORDS.has(w) || FAMILY_WORDS.has(w) || w === "mother" || w === "father")) out.add(m[1]);
      }
      // Two letters there are a person's (a body's letters are mostly longer: "CSC (SW)"); three if someone is named so.
      for (const m of line[0].matchAll(INITIALS_BEFORE_ROLE_LETTERS)) {
        if (KNOWN_KEYS.has(acronymKey(m[2])) && (m[1].length === 2 || namedInitials(ctx).has(m[1]))) out.add(m[1]);
      }
    }
    return out;
  });
}

/**
 * "Looked After Child (LAC)", "National Referral Mechanism (NRM)", "UASC – Unaccompanied Asylum Seeking Child": known
 * letters beside capitalised words that are not a person the people stage found are the letters written out, not a
 * name whose initials they are. (As initials they would be dropped from every use, and a child label with them.)
 */
function labelWrittenOut(ctx: RuleContext, token: string, start: number, end: number): boolean {
  return KNOWN_KEYS.has(acronymKey(token)) && !overlapsAny(ctx.people.all, start, end);
}

const INITIALS = {};

/**
 * Initials of the people named in full in the record ("Graham Dunn" → GD, "Ann Marie Kerr" → AMK, AK).
 * Per analysis, not per text: the subject's name is the case's.
 */
function namedInitials(ctx: RuleContext): Set<string> {
  return ctx.perAnalysis(INITIALS, () => computeNamedInitials(ctx));
}

function computeNamedInitials(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  const add = (name: string) => {
    const parts = name.split(/[\s-]+/).filter((p) => /^\p{Lu}/u.test(p));
    if (parts.length < 2) return;
    out.add(parts.map((p) => p[0]).join("").toUpperCase());
    out.add((parts[0][0] + parts[parts.length - 1][0]).toUpperCase());
  };
  for (const m of ctx.people.all) add(ctx.text.slice(m.start, m.end));
  add(ctx.profile.subjectName);
  return out;
}

// "mentioned a \"TAF\" at the school", "whether the children were \"LAC\"": the letters alone between quotation marks
// are the word itself held up (someone's shorthand repeated), not a person's speech; the reader still has to decode them.
const OPEN_QUOTE_BEFORE = /["“‘']$/;
const CLOSE_QUOTE_AFTER = /^s?["”’']/;

// Unless the record talks about the word itself: "does not want to be called "LAC"", "use "in care" rather than "LAC"",
// ""YP" is shorthand she hates" — a wording the record asks people to stop using, which it does not use.
const ABOUT_THE_WORD_BEFORE =
  /\b(?:(?:called|call|calls|calling|named|labelled|described)(?:\s+(?:you|him|her|them|me|us|a|an|as))*|word|words|term|terms|label|labels|phrase|abbreviation|acronym|shorthand|say|saying|write|writing|rather\s+than|instead\s+of|not|never|than)\s*["“‘']$/i;
const ABOUT_THE_WORD_AFTER = /^s?["”’']\s*(?:is|was|are|were|means|stands|sounds)\b/i;

/** The abbreviation is the whole of a quotation: a quoted term, which suppression of quoted speech should not hide. */
export function quotedAlone(text: string, start: number, end: number): boolean {
  if (!OPEN_QUOTE_BEFORE.test(text.slice(Math.max(0, start - 1), start)) || !CLOSE_QUOTE_AFTER.test(text.slice(end, end + 2))) return false;
  return !ABOUT_THE_WORD_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !ABOUT_THE_WORD_AFTER.test(text.slice(end, end + 24));
}

/** The expansion without its explanation: "child in need (a child who…)" → "child in need". */
export const shortExpansion = (entry: AcronymEntry): string => entry.expansion.replace(/\s*\(.*$/, "").trim();

// Letters after a person's name, alone or after others, closing the name: degrees, registrations and honours
// ("Jane Hill RGN RHV.", "Mrs Justice Carr DBE :", "Ann Lee PhD, BNSc. (Hons.) RSCN"). The name is a title and a
// surname or two capitalised words, followed by one space (after a comma the letters are a role: "Ben Carver, SSW");
// each item has two capitals ("PhD", "MSc") or is "(Hons)"; the letters end the line, a sentence or a clause
// ("SSW: Debbie Kaur" is a field's label).
const LETTERS_ITEM = "\\(?(?:[A-Z][a-z]{0,3}[A-Z][A-Za-z]{0,5}|Hons)\\.?\\)?";
const NAME_THEN_LETTERS_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Justice|Judge)\\.?[ \\t]+\\p{Lu}[\\p{L}'’-]+|(\\p{Lu}[\\p{Ll}'’-]+)[ \\t]+\\p{Lu}[\\p{Ll}'’-]+) (?:${LETTERS_ITEM},?[ \\t])*$`,
  "u",
);
const CLOSES_NAME = new RegExp(`^(?:[ \\t]*(?:$|\\n|[,;)]|\\.(?:\\s|$))|[ \\t]+:|,?[ \\t]${LETTERS_ITEM}(?:[ \\t]|,|$|\\n))`);

/** Do only a person's name and other letters come before these letters on their line, and does the name end after them? */
function afterPersonsName(ctx: RuleContext, start: number): boolean {
  const end = start + (/^[A-Z]+s?/.exec(ctx.text.slice(start, start + 8))?.[0].length ?? 0);
  if (!CLOSES_NAME.test(ctx.text.slice(end, end + 12))) return false;
  const before = ctx.text.slice(Math.max(lineStart(ctx.text, start), start - 80), start);
  const m = NAME_THEN_LETTERS_BEFORE.exec(before);
  // "Child Protection ICPC": two capitalised ordinary words are not a name.
  return !!m && !(m[1] && COMMON.has(m[1].toLowerCase()));
}
