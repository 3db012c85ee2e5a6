// Candidate names: runs of capitalised words, with titles, places and ordinary words sorted out.
import type { RuleContext } from "../rule";
import { isLetterOrDigitCode } from "../text/chars";
import { CHILD_POSSESSION } from "./cues";
import {
  ADULT_ROLES,
  ADULT_TITLES,
  CHILD_KINSHIP,
  COMMON_WORDS,
  FIRST_NAMES,
  NICKNAMES,
  NOT_NAMES,
  PLACE_SUFFIXES,
  REFERENCE_UNITS,
  SCHOOL_PREFIXES,
  SCHOOL_SUFFIXES,
  SURNAME_PLACE_WORDS,
} from "./name-lexicon";
// ---------------------------------------------------------------------------------------------
// Tokens

export type Token = {
  start: number;
  end: number;
  word: string;
  cap: boolean;
  allCaps: boolean;
  sentenceStart: boolean;
  /** A calendar word the record uses as a given name ("my sister April (8)"): a name here despite NOT_NAMES. */
  named?: boolean;
};

// Only capitalised words can start or continue a name, so only they are tokenised.
const CAP_WORD = /(?<![\p{L}\p{N}-])(?<![\p{L}\p{N}]['’])\p{Lu}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*/gu;
const HAS_LOWER = /\p{Ll}/u;
const HYPHEN_LOWER = /-\p{Ll}/u;

/** Is the word at start the first inside a quote that opens (after a space, a colon, a comma or a line start)? */
function opensQuote(text: string, start: number): boolean {
  const q = text.charCodeAt(start - 1);
  if (q !== 0x22 && q !== 0x27 && q !== 0x2018 && q !== 0x201c) return false;
  const before = start >= 2 ? text.charCodeAt(start - 2) : 10;
  if (!(before === 32 || before === 10 || before === 9 || before === 58 || before === 44 || before === 40)) return false;
  // A quoted word alone is a nickname or a label ('known as "Smudge"'), not a quoted sentence.
  let end = start;
  while (end < text.length && isLetterOrDigitCode(text.charCodeAt(end))) end++;
  const after = text.charCodeAt(end);
  return !(after === q || after === 0x2019 || after === 0x201d);
}

export function tokenise(text: string, ctx: RuleContext): Token[] {
  const tokens: Token[] = [];
  const sentences = ctx.sentences;
  let si = 0;
  CAP_WORD.lastIndex = 0;
  for (let m = CAP_WORD.exec(text); m; m = CAP_WORD.exec(text)) {
    const start = m.index;
    const word = m[0];
    // "IRO's", "SENCO's": an acronym's possessive ending does not make it a word in lower case.
    const allCaps = !HAS_LOWER.test(word.replace(/['’]s$/, ""));
    while (si < sentences.length - 1 && sentences[si].end <= start) si++;
    const sentenceFrom = sentences.length && sentences[si].start <= start ? sentences[si].start : 0;
    // A token opens a sentence when nothing but punctuation precedes it in its sentence, or when it
    // follows a label colon, a bullet or a dash ("Action: Will…", "– Hope…").
    let j = start - 1;
    while (j >= sentenceFrom && !isLetterOrDigitCode(text.charCodeAt(j)) && text[j] !== ":" && text[j] !== ";" && text[j] !== "•" && text[j] !== "–" && text[j] !== "—") j--;
    // The first word inside an opening quote opens the quoted sentence: "She said, 'Everyone laughs.'"
    const sentenceStart = j < sentenceFrom || !isLetterOrDigitCode(text.charCodeAt(j)) || opensQuote(text, start);
    tokens.push({ start, end: start + word.length, word, cap: true, allCaps, sentenceStart });
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Candidate name phrases

export type Phrase = {
  start: number;
  end: number;
  /** Given name first, then surname(s); titles removed. */
  parts: string[];
  title?: string;
  possessive: boolean;
  place: boolean;
  school: boolean;
  allCaps: boolean;
};

/** "Tyler's" → "Tyler" without a regex (hot path). */
export function bareWord(w: string): string {
  const n = w.length;
  if (n > 2 && (w.charCodeAt(n - 1) === 115 || w.charCodeAt(n - 1) === 83)) {
    const q = w.charCodeAt(n - 2);
    if (q === 39 || q === 0x2019) return w.slice(0, n - 2);
  }
  return w;
}
const isPossessive = (w: string) => bareWord(w).length !== w.length;
const CONTRACTION = /['’](?:ve|m|ll|re|d|t)$/i;
const FUNCTION_WORDS = new Set([
  "The",
  "When",
  "At",
  "In",
  "On",
  "From",
  "To",
  "After",
  "Before",
  "Since",
  "While",
  "If",
  "As",
  "Her",
  "His",
  "Their",
  "Our",
  "My",
  "Your",
  "This",
  "That",
  "A",
  "An",
  "And",
  "But",
  "Or",
  "Both",
  "Only",
  "Every",
  "Each",
  "Then",
  "Now",
  "Also",
  "Today",
  "Yesterday",
]);
// After a sentence-initial word that is also an ordinary word ("Will", "Hope", "May"), one of these
// shows it is a name ("Will said…"); anything else ("Will review", "Will you") shows it is not.
export const NAME_FOLLOWERS =
  /^(?:['’]s\b|\s*[,(]|\s+(?:is|was|has|had|said|says|told|tells|did|does|and|&|who|came|went|got|gets|likes|liked|loves|wants|wanted|lives|lived|moved|stayed|attends|attended|started|seemed|seems|looked|looks|appeared|appears|remains|remained|returned|ran|cried|laughed|asked|explained|shared|spoke|arrived|left|kept|would|could|can|will|may|might|should|must|needs|needed|goes|plays|sits|keeps|takes|makes|gives|feels|thinks|knows|sleeps|eats|walks|talks|hits|kicks|calls|texts|visits|stays|shares|cries|laughs|smiles|[a-z]+ed)\b)/;
// Given names that are also modal verbs: opening a sentence they are the verb unless a name's kind of word follows.
const MODAL_NAMES = new Set(["will", "may", "can", "shall", "must"]);
const MODAL_FOLLOWERS = new Set([
  "you",
  "we",
  "i",
  "he",
  "she",
  "they",
  "it",
  "this",
  "that",
  "these",
  "those",
  "there",
  "the",
  "a",
  "an",
  "be",
  "not",
  "have",
  "your",
  "our",
  "my",
  "all",
  "everyone",
  "everybody",
  "someone",
  "anyone",
  "somebody",
  "anybody",
  "so",
  "to",
]);

/** "Mrs. Okafor", "Dr. Patel": a title with a full stop still leads the name. */
function titleWithStop(text: string, t: Token, next: number): boolean {
  return next - t.end === 2 && text.charCodeAt(t.end) === 46 && (text.charCodeAt(t.end + 1) === 32 || text.charCodeAt(t.end + 1) === 0xa0) && ADULT_TITLES.has(t.word);
}

const NUMBER_NEXT = /^[ \t]\d/;
/** "Calder Girls' School", "St Mary's Boys' Grammar": a plural possessive before a school or place word stays in the name. */
function pluralPossessiveInName(text: string, t: Token, next: Token): boolean {
  if (next.start - t.end !== 2 || !/s$/.test(t.word)) return false;
  const q = text.charCodeAt(t.end);
  return (q === 39 || q === 0x2019) && text.charCodeAt(t.end + 1) === 32 && PLACE_SUFFIXES.has(next.word);
}

/** " of " between two capitalised words: "St Aidan's C of E Primary" is one name. */
function isOf(text: string, from: number, to: number): boolean {
  return to - from === 4 && text.slice(from, to) === " of ";
}

function isSpaceOnly(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 32 || c === 0xa0;
}

/** Groups runs of capitalised tokens ("Jordan Reilly", "Mr Lee Barton", "St Anne's RC Primary"). */
export function findPhrases(text: string, tokens: Token[], ctx: RuleContext): Phrase[] {
  const phrases: Phrase[] = [];
  const listed = listedGivenNames(ctx);
  const proper = withListedInitials(text, tokens, withCourtHeadingNames(text, properNouns(text, tokens, listed)));
  const aged = agedWords(text, tokens);
  markWordNames(text, tokens, ctx);
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    // A saint's name runs on through the possessive and capitals: "St Anne's RC Primary".
    const saint = tokens[i].word === "St" || tokens[i].word === "Saint";
    let initials: number[] | undefined;
    for (;;) {
      // "Walter B. Gordon": a middle initial stays inside the name's span but is no part of its words.
      if (!saint && j + 2 < tokens.length && middleInitial(text, tokens[j], tokens[j + 1], tokens[j + 2])) {
        (initials ??= []).push(j + 1);
        j += 2;
        continue;
      }
      // "Ines de la Cruz", "Pieter van Rooyen": a surname's particles in lower case join it to the given name.
      if (!saint && j + 1 < tokens.length && surnameParticles(text, tokens[j], tokens[j + 1])) {
        j++;
        continue;
      }
      if (!joinsNext(text, tokens, i, j, saint)) break;
      j++;
    }
    const skip = initials;
    const whole = skip ? tokens.slice(i, j + 1).filter((_, n) => !skip.includes(i + n)) : tokens.slice(i, j + 1);
    i = j + 1;
    // A heading in capitals joins names with capitalised small words: "RE: JAMIE SMITH AND KIT SMITH (CHILDREN)"
    // names two people, not one five-word run.
    for (const run of splitAtCapsConnectors(whole)) {
      // "Florence Road D'Angelo": a name can follow a place with nothing between them.
      // (Not a club's name, whose last word ends it: "Wexham Juniors Football Club" is one name.)
      let cut = -1;
      if (!CLUB_HEADS.has(bareWord(run[run.length - 1].word)))
        for (let k = 1; k < run.length - 1; k++) if (PLACE_SUFFIXES.has(bareWord(run[k].word)) && !PLACE_SUFFIXES.has(bareWord(run[k + 1].word))) cut = k;
      for (const part of cut > 0 ? [run.slice(0, cut + 1), run.slice(cut + 1)] : [run]) {
        const phrase = toPhrase(text, part, ctx, proper, aged, listed);
        if (phrase) phrases.push(phrase);
      }
    }
  }
  return phrases;
}

/** Does the run of capitalised tokens from `i` go on from token `j` to the next? */
function joinsNext(text: string, tokens: Token[], i: number, j: number, saint: boolean): boolean {
  return (
    j + 1 < tokens.length &&
    (isSpaceOnly(text, tokens[j].end, tokens[j + 1].start) ||
      titleWithStop(text, tokens[j], tokens[j + 1].start) ||
      (saint && isOf(text, tokens[j].end, tokens[j + 1].start)) ||
      pluralPossessiveInName(text, tokens[j], tokens[j + 1])) &&
    (saint ||
      (!isPossessive(tokens[j].word) &&
        (tokens[j].allCaps === tokens[j + 1].allCaps ||
          (j === i && ADULT_TITLES.has(tokens[j].word)) ||
          // "Ravensmead PRU": a place word in capitals ends a place's name.
          (tokens[j + 1].allCaps && PLACE_SUFFIXES.has(tokens[j + 1].word)) ||
          // "ABC Ltd", "HSBC Bank": so does an organisation's word after its initials.
          (tokens[j].allCaps && PLACE_SUFFIXES.has(bareWord(tokens[j + 1].word))))))
  );
}

/** "Walter B. Gordon", "Corin J Wadley": a single capital between a given name and a surname, both in mixed case. */
function middleInitial(text: string, a: Token, b: Token, c: Token): boolean {
  if (b.end - b.start !== 1 || b.word === "I" || a.allCaps || c.allCaps || isPossessive(a.word) || c.end - c.start < 2) return false;
  // Both words may be names ("Plan B. Mum agreed" is two sentences).
  if (!isNameToken(a) || !isNameToken(c) || CHILD_KINSHIP.has(c.word.toLowerCase()) || ADULT_ROLES.has(c.word.toLowerCase())) return false;
  if (!isSpaceOnly(text, a.end, b.start)) return false;
  const gap = c.start - b.end;
  if (gap === 1) return b.word !== "A" && isSpaceOnly(text, b.end, c.start);
  return gap === 2 && text.charCodeAt(b.end) === 46 && text.charCodeAt(b.end + 1) === 32;
}

const PARTICLES = /^ (?:(?:de|da|di|do|dos|das|del|della|der|den|van|von|la|le|du|ter|ten|bin|bint|ibn|al|el|ap|ferch) ){1,3}$/;
function surnameParticles(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  if (gap < 4 || gap > 12 || a.allCaps || b.allCaps || isPossessive(a.word) || !PARTICLES.test(text.slice(a.end, b.start))) return false;
  return isNameToken(a) && /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(b.word);
}

const CAPS_CONNECTORS = new Set(["AND", "OR", "OF", "THE", "IN", "TO", "BY", "FOR", "V", "VS", "&"]);

function splitAtCapsConnectors(run: Token[]): Token[][] {
  if (run.length < 3 || !run[0].allCaps) return [run];
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (const t of run) {
    if (t.allCaps && CAPS_CONNECTORS.has(t.word)) {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** "Eastbridge Sixth Form": the two-word school suffix, read at its second word. */
const isSixthForm = (words: string[], at: number) => at > 0 && bareWord(words[at]) === "Form" && words[at - 1] === "Sixth";
const ADDRESS_LABEL_LEFT = /(?:^|\n)[ \t]*(?:home\s+|current\s+|placement\s+|postal\s+)?address\s*:[ \t]*["“‘']?$/i;
// A field that holds a place ("Location: Ashford, Kent", "Venue: Riverside Centre", "Borough: Bromley"): the
// capitalised words on its line, and those listed after them with commas, are the place's parts, not people.
const PLACE_LABEL_LEFT =
  /(?:^|\n)[ \t]*(?:(?:meeting|visit|hearing|placement|home|current)\s+)?(?:location|venue|place|town|area|borough|county|city|region|district)\s*:[ \t]*(?:\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)*[ \t]*,[ \t]*)*$/iu;
// A place named as a council's area: "the London Borough of Bromley", "the County of Kent", "City of York Council".
const OF_PLACE_LEFT = /\b(?:Borough|County|City|District|Isle|Royal\s+Borough)\s+of\s+$/;

// Run only when the text ends in "of" and white space (OF_PLACE_LEFT's end anchor makes it try every start).
const OF_END = /of\s+$/;
// Note-speak drops the verb: "Daisy off school with a cold", "Rose absent", "Hope seen at home". After a
// word that is also an ordinary word, these say a person was meant.
const NOTE_SPEAK_FOLLOWERS =
  /^\s+(?:off\s+(?:school|sick|nursery|college)|absent|unwell|poorly|upset|seen\s+(?:at|in|by|with|alone)|not\s+in\s+(?:school|nursery|college)|in\s+hospital|at\s+(?:school|nursery|college)\b|late\s+(?:for|to|into)\s+(?:school|nursery|college))\b/;
const JOINED_TO_NAME = /^\s+(?:and|&)\s+\p{Lu}\p{Ll}+(?:\s+\(\s*(?:both\s+|aged\s+)?\d{1,2}\s*\)|\s+(?:are|were|have|had|both)\b)/u;

const LOW_SETTING_RIGHT = /^ (?:nursery|pre-?school|playgroup|cr[eè]che)\b/;
const SETTING_AT_LEFT = /\b(?:at|to|from|attends|attended)\s+$/;

const VOWELLESS_LABEL = /^\p{Lu}[bcdfghjklmnpqrstvwxz]$/u;

function toPhrase(text: string, run: Token[], ctx: RuleContext, proper: ReadonlySet<string>, aged: ReadonlySet<string>, listed: ReadonlySet<string>): Phrase | undefined {
  const words = run.map((t) => t.word);
  let isPlace = false;
  // A place word that the context makes a surname ("Hazel Park", "Jack Lane") stays in the name.
  let suffixIsSurname = false;
  if (words.length > 1) {
    for (let w = 1; w < words.length && !isPlace; w++) isPlace = PLACE_SUFFIXES.has(bareWord(words[w])) || isSixthForm(words, w);
    if (!isPlace && (words[0] === "St" || words[0] === "Saint") && !ADULT_TITLES.has(words[1])) isPlace = true;
    if (isPlace && personDespiteSuffix(text, run, words, ctx)) {
      isPlace = false;
      suffixIsSurname = true;
    }
  }
  // The first words after an address label are a house's name ("Address: \"Rowan Lea\", 5 …"), not a person's.
  // (Both label patterns need a colon: the text is searched for one first.)
  if (!isPlace) {
    const near = text.slice(Math.max(0, run[0].start - 30), run[0].start);
    if (near.includes(":") && ADDRESS_LABEL_LEFT.test(near)) isPlace = true;
  }
  if (!isPlace && !isPossessive(words[words.length - 1])) {
    const left = text.slice(Math.max(0, run[0].start - 80), run[0].start);
    if ((left.includes(":") && PLACE_LABEL_LEFT.test(left)) || (OF_END.test(left) && OF_PLACE_LEFT.test(left))) isPlace = true;
  }
  // A nursery named before a lower-case setting word, after a preposition of going ("goes to Puddle Ducks
  // nursery", "start at Little Owls pre-school"): a school, not a person.
  const lowSetting = !isPlace && !isPossessive(words[words.length - 1]) && LOW_SETTING_RIGHT.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 12));
  if (lowSetting && SETTING_AT_LEFT.test(text.slice(Math.max(0, run[0].start - 12), run[0].start))) isPlace = true;
  // A school word first ("Ysgol Glan Afon", "Gaelscoil Bhaile"): a school, after any sentence opener ("At Ysgol …").
  const prefixAt = words.findIndex((w, n) => SCHOOL_PREFIXES.has(w) && n + 1 < words.length && words.slice(0, n).every((x) => FUNCTION_WORDS.has(x)));
  if (prefixAt >= 0) {
    return {
      start: run[prefixAt].start,
      end: run[run.length - 1].end - (isPossessive(words[words.length - 1]) ? 2 : 0),
      parts: words.slice(prefixAt),
      possessive: false,
      place: true,
      school: true,
      allCaps: run[0].allCaps,
    };
  }
  // Places and organisations: "Florence Road", "Kingsmead College", "St Anne's RC Primary".
  if (isPlace) {
    // A club's name may hold a school word ("Northgate Juniors FC", "Fellgate Juniors Football Club"): it is the club.
    const school = lowSetting || (!CLUB_HEADS.has(bareWord(words[words.length - 1])) && words.some((w, n) => SCHOOL_SUFFIXES.has(bareWord(w)) || isSixthForm(words, n)));
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
    };
  }
  // Strip leading non-name words ("When", "Staff", "Her") and find a title.
  let k = 0;
  let title: string | undefined;
  while (k < run.length) {
    const w = run[k].word;
    const bare = w.replace(/\.$/, "");
    // A title-shaped word in capitals that a list of ages names ("… and DJ (11)") is the name itself.
    if ((ADULT_TITLES.has(bare) && !(run[k].allCaps && run.length === 1 && proper.has(bare.toLowerCase()))) || (bare === "Honour" && k > 0)) {
      title = bare;
      k++;
      continue;
    }
    const lw = w.toLowerCase();
    // "Redact Ava's school", "2. Chase Lena's details": an opener that is no given name, before the child's or a
    // listed person's given name, is an instruction's verb, unless the record also writes it inside a sentence.
    if (k === 0 && !title && run.length > 1 && verbBeforeKnownName(text, run, ctx, listed)) {
      k++;
      continue;
    }
    const relation = !run[k].named && (CHILD_KINSHIP.has(lw) || ADULT_ROLES.has(lw) || lw === "baby");
    if (
      !relation &&
      (isNameToken(run[k], proper) || ctx.profile.subjectForms.has(bareWord(w).toLowerCase()) || bareWord(w).toLowerCase() === ctx.profile.subjectSurname?.toLowerCase())
    )
      break;
    if (title) return undefined; // "Mr and…": a title followed by a non-name.
    k++;
  }
  if (k >= run.length) return undefined;
  const nameRun = run.slice(k);
  // A name is at most a given name plus two surnames; longer runs are headings or titles of things.
  if (nameRun.length > 3 && !title) return undefined;
  const parts = nameRun.map((t) => t.word);
  const lastWord = parts[parts.length - 1];
  // "stayed at Tias", "Theos adopters": a possessive written without its apostrophe (texts, quick notes).
  const unmarked = nameRun.length === 1 && !title && unmarkedPossessive(text, nameRun[0]);
  const possessive = isPossessive(lastWord) || unmarked;
  if (possessive) parts[parts.length - 1] = unmarked ? lastWord.slice(0, -1) : bareWord(lastWord);
  // Surnames after the first token may be ordinary words (Price, Marsh), but not heading words.
  for (let p = 1; p < parts.length; p++) {
    // (After a surname's particles the word is the surname, whatever else it is: "da Costa".)
    const afterParticles = nameRun[p].start - nameRun[p - 1].end > 3 && PARTICLES.test(text.slice(nameRun[p - 1].end, nameRun[p].start));
    if ((NOT_NAMES.has(parts[p]) && !(suffixIsSurname && PLACE_SUFFIXES.has(parts[p])) && !afterParticles) || nameRun[p].allCaps !== nameRun[0].allCaps) {
      parts.length = p;
      break;
    }
  }
  const first = nameRun[0];
  // "Reg 24 approval", "Section 20": a numbered part of a law or a document, not a person.
  if (parts.length === 1 && !title && REFERENCE_UNITS.has(parts[0]) && NUMBER_NEXT.test(text.slice(first.end, first.end + 4))) return undefined;
  // "her daughter Ch (aged 17)", "known as 'St'": two letters with no vowel cannot be said as a name; they are a
  // label that anonymises a person, as a single letter is (FORMAT.md ruling 8), unless the profile names it.
  if (parts.length === 1 && !title && VOWELLESS_LABEL.test(parts[0]) && !ctx.profile.subjectForms.has(parts[0].toLowerCase()) && !proper.has(parts[0].toLowerCase()))
    return undefined;
  const lowerFirst = first.word.toLowerCase();
  // (A listed person's given name that the record also writes as a word stays ambiguous where it opens a sentence: "Will you…".)
  const ambiguous =
    COMMON_WORDS.has(bareWord(lowerFirst)) &&
    !title &&
    (!proper.has(bareWord(lowerFirst)) || (first.sentenceStart && writtenInLowerCase(text, bareWord(lowerFirst)))) &&
    bareWord(lowerFirst) !== ctx.profile.subjectSurname?.toLowerCase();
  // A sentence-initial word that is also an ordinary word is a name only when a name's kind of word follows,
  // or when the record gives it an age inside a sentence ("Sunny loud." beside "and Sunny, 12, live…").
  if (first.sentenceStart && ambiguous && parts.length === 1 && !possessive && !aged.has(bareWord(lowerFirst))) {
    const next = nextWord(text, first.end);
    if (MODAL_FOLLOWERS.has(next)) return undefined; // "Will you…", "Hope you are well"
    // "Blessing and Precious (both 6)": joined by "and" to another capitalised word, it is a name too.
    const after = text.slice(first.end, first.end + 40);
    // A name the case profile lists, opening a sentence, is that person whatever verb follows ("Ruby took his
    // phone."): dropping it would leave a listed child's name unredacted. A modal ("Will bring copies", "May I")
    // still needs a name's kind of word after it, as does "Will you…" above.
    const listedName = listed.has(bareWord(lowerFirst)) && !MODAL_NAMES.has(bareWord(lowerFirst));
    if (!listedName && !NAME_FOLLOWERS.test(after.slice(0, 20)) && !JOINED_TO_NAME.test(after) && !NOTE_SPEAK_FOLLOWERS.test(after)) return undefined; // "Will bring copies"
  }
  const end = nameRun[parts.length - 1].end - (possessive && parts.length === nameRun.length ? (unmarked ? 1 : 2) : 0);
  return {
    start: first.start,
    end,
    parts,
    title,
    possessive: possessive && parts.length === nameRun.length,
    place: false,
    school: false,
    allCaps: first.allCaps,
  };
}

// Before a possessive without its apostrophe: a place one goes to or stays at ("at Tias", "round Kais");
// after it: what a person has ("Theos adopters", "Tias mum").
const UNMARKED_PLACE_BEFORE = /\b(?:at|to|round|from)\s+$/i;
const UNMARKED_OWNED_AFTER =
  /^\s+(?:mum|mums|mam|mother|dad|dads|father|parents|nan|nans|gran|grans|nanna|brother|sister|family|house|home|flat|place|room|phone|carers?|adopters|foster\s+carers?|friends?|mates?|boyfriend|girlfriend)\b/i;

/**
 * "Tias" for "Tia's": a given name with an s and no apostrophe, where the s-form is not itself a name or a word,
 * before what a person has or after a word for being at someone's home.
 */
function unmarkedPossessive(text: string, t: Token): boolean {
  const w = t.word;
  if (w.length < 4 || w.charCodeAt(w.length - 1) !== 115 || t.allCaps) return false;
  const lower = w.toLowerCase();
  const stem = lower.slice(0, -1);
  // "Théos": the name list is written without accents.
  if (!(FIRST_NAMES.has(stem) || FIRST_NAMES.has(stem.normalize("NFD").replace(/\p{M}/gu, ""))) || FIRST_NAMES.has(lower) || COMMON_WORDS.has(lower) || NOT_NAMES.has(w))
    return false;
  // "the Evans family", "the Reynolds house": after "the", or written elsewhere after a given name ("Fiona
  // Evans"), the s-form is a family's surname, not "Evan's".
  if (/\bthe\s+$/i.test(text.slice(Math.max(0, t.start - 6), t.start)) || surnameElsewhere(text, w)) return false;
  return UNMARKED_PLACE_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)) || UNMARKED_OWNED_AFTER.test(text.slice(t.end, t.end + 24));
}

/** Whether the text writes the word after a given name, as a surname ("Fiona Evans"), anywhere. */
function surnameElsewhere(text: string, w: string): boolean {
  for (const m of text.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+)[ \\t]+${w}\\b`, "gu"))) if (FIRST_NAMES.has(m[1].toLowerCase())) return true;
  return false;
}

// Place words that are never surnames; the others (Hall, Hill, Green, Park, Grove…) can end a person's name.
const PLACE_ONLY = new Set([
  "Road",
  "Rd",
  "Street",
  "Avenue",
  "Ave",
  "Drive",
  "Crescent",
  "Close",
  "Terrace",
  "Mews",
  "Square",
  "Gardens",
  "Estate",
  "Station",
  "Airport",
  "Primary",
  "Academy",
  "School",
  "College",
  "University",
  "Nursery",
  "Infants",
  "Juniors",
  "Council",
  "Borough",
  "County",
  "Hospital",
  "Surgery",
  "Clinic",
  "Practice",
  "Centre",
  "Center",
  "Police",
  "Constabulary",
  "Services",
  "Service",
  "Team",
  "Unit",
  "Trust",
  "Ltd",
  "Limited",
  "Plc",
  "FC",
  "United",
  "Zoo",
  "Airport",
  "Library",
  "Museum",
  "Theatre",
  "Cinema",
  "Tribunal",
  "Department",
  "Office",
  "Agency",
  "Project",
  "Club",
]);
/** The last word of a sports or youth club's name: a club is not a school, whatever school word its name holds. */
export const CLUB_HEADS: ReadonlySet<string> = new Set(["Club", "FC", "AFC", "JFC", "RFC", "RLFC", "CC"]);
// What follows a person's name and not a place's: an age or a date of birth.
const PERSON_AFTER = /^(?:['’]s)?\s*(?:\(\s*(?:\d{1,2}\s*(?:\)|,|yrs?|years?)|DOB|d\.o\.b|born|aged?)|,\s*(?:aged?\s+\d|DOB|born\b|who\s+is\s+\d))/i;

/**
 * "Maya Hall (DOB …)", "her brother Kian Hall": a known given name and a place word that is also a
 * surname are a person when the profile names them, when the word is the subject's surname, or when an
 * age or a date of birth follows.
 */
function personDespiteSuffix(text: string, run: Token[], words: string[], ctx: RuleContext): boolean {
  if (ctx.profile.subjectForms.has(words.map(bareWord).join(" ").toLowerCase())) return true;
  if (words.length !== 2) return false;
  const given = bareWord(words[0]);
  const last = bareWord(words[1]);
  if (PLACE_ONLY.has(last) || !FIRST_NAMES.has(given.toLowerCase()) || ADULT_TITLES.has(given)) return false;
  if (last.toLowerCase() === ctx.profile.subjectSurname?.toLowerCase()) return true;
  if (PERSON_AFTER.test(text.slice(run[1].end, run[1].end + 16))) return true;
  // "her friend Hazel Park", "Jack Lane hit him", "Grace Hill's mum": a person's context, not after "in/at/to".
  const left = text.slice(Math.max(0, run[0].start - 24), run[0].start);
  if (PLACE_BEFORE.test(left)) return false;
  if (KIN_BEFORE.test(left) || PERSON_VERB_AFTER.test(text.slice(run[1].end - (isPossessive(words[1]) ? 2 : 0), run[1].end + 24))) return true;
  // Otherwise a given name and a place word that is also a common surname, with nothing saying "place" ("played
  // with Jack Green at school"): dropping it as a place would lose a child unseen, so it is kept as a person for the
  // evidence to place (another child, an adult, or undecided for the worker), unless a house number comes before.
  // (A road after it is in the same run of capitals, "Ella Park Road", so never reaches here.)
  return SURNAME_PLACE_WORDS.has(last) && !/\d[\s,]*$/.test(left);
}

const PLACE_BEFORE = /\b(?:in|at|to|from|near|into|around|outside|via|towards|past|opposite|behind|through)\s+(?:the\s+)?$/i;
const KIN_BEFORE = /\b(?:friend|friends|cousin|brother|sister|boyfriend|girlfriend|mate|classmate|son|daughter|nephew|niece|sibling|pupil|peer|twin)\s+$/i;
const PERSON_VERB_AFTER =
  /^(?:['’]s\s+(?:mum|mother|dad|father|parents|brother|sister|family|house|home|phone|school|class|friend|friends|boyfriend|girlfriend|carers?|nan|gran)\b|\s+(?:said|says|told|tells|asked|shouted|texted|messaged|rang|hit|kicked|pushed|punched|bit|slapped|cried|laughed|wants|wanted|likes|liked|loves|loved|lives|lived|attends|attended|turned|sleeps|slept|came\s+round|came\s+over|stayed\s+over|is\s+\d|was\s+\d)\b)/i;

function nextWord(text: string, from: number): string {
  const m = /^[\s,]*([\p{L}']+)/u.exec(text.slice(from, from + 30));
  return m ? m[1].toLowerCase() : "";
}

/**
 * Ordinary words this record uses as proper nouns ("Deacon", "Ocean", "Reign"): capitalised inside a
 * sentence, on their own, and never written in lower case anywhere in the record. English capitalises a
 * word mid-sentence only when it is a name, so the record itself says which sense it means.
 */
// What follows a full name in a heading or a list, not an imperative's object ("Check Tobias's date…"): an age
// in brackets, a comma, a dash, a colon, the end of the line.
const FULL_NAME_FOLLOWER = /^(?:\s*\(\s*\d|\s*[,:–—]|\s+-\s|[ \t]*(?:\n|$))/;

/** A surname-shaped word: capitalised, not an ordinary word, not a place or heading word ("Fairweather"). */
function surnameLike(word: string): boolean {
  const bare = bareWord(word);
  return /^\p{Lu}\p{Ll}{2,}$/u.test(bare) && !COMMON_WORDS.has(bare.toLowerCase()) && !PLACE_SUFFIXES.has(bare) && !NOT_NAMES.has(bare) && !SCHOOL_SUFFIXES.has(bare);
}

// A list of people with their ages: "Alfie (16), Precious (15) and DJ (11)". A short word in capitals given an age
// there is a name (the ages say so), not an acronym. The list's names say so, not its initials: in "AK (aged 11),
// BK (aged 8) and CK (aged 3)" every member is a judgment's or review's anonymised initials (FORMAT.md ruling 8).
const AGED_LIST_LEFT = /(\p{Lu}[\p{L}'’-]+)\s*\(\s*(?:aged?\s*)?\d{1,2}\s*\)\s*(?:,|,?\s*and|&)\s*$/u;
const AGE_IN_BRACKETS_RIGHT = /^\s*\(\s*(?:aged?\s*)?(\d{1,2})\s*\)/;

function withListedInitials(text: string, tokens: Token[], proper: ReadonlySet<string>): ReadonlySet<string> {
  let out: Set<string> | undefined;
  for (const t of tokens) {
    if (!t.allCaps || t.word.length < 2 || t.word.length > 3) continue;
    const age = AGE_IN_BRACKETS_RIGHT.exec(text.slice(t.end, t.end + 14));
    if (!age || Number(age[1]) >= 18) continue;
    const left = AGED_LIST_LEFT.exec(text.slice(Math.max(0, t.start - 40), t.start));
    // The member before is a name written with lower case, or short capitals already read as a name that way.
    if (!left || !(HAS_LOWER.test(left[1]) || out?.has(left[1].toLowerCase()))) continue;
    (out ??= new Set(proper)).add(t.word.toLowerCase());
  }
  return out ?? proper;
}

// A court heading naming the children: "RE: ARLO, KIT AND MARNIE (CHILDREN)". The words listed there are
// names even when short and in capitals like an acronym.
const COURT_HEADING_NAMES = /^[ \t]*(?:re\b:?|in\s+the\s+matter\s+of\b)([^\n(]{2,120})\(\s*(?:the\s+)?(?:children|a\s+child|child|minors?|a\s+minor)\s*\)/gim;

function withCourtHeadingNames(text: string, proper: ReadonlySet<string>): ReadonlySet<string> {
  if (!/\(\s*(?:the\s+)?(?:children|a\s+child|child|minors?|a\s+minor)\s*\)/i.test(text)) return proper;
  const out = new Set(proper);
  COURT_HEADING_NAMES.lastIndex = 0;
  for (let m = COURT_HEADING_NAMES.exec(text); m; m = COURT_HEADING_NAMES.exec(text)) {
    for (const w of m[1].split(/[\s,&]+/)) if (/^\p{Lu}{2,5}$/u.test(w) && !/^(?:AND|THE|OF)$/.test(w)) out.add(w.toLowerCase());
  }
  return out;
}

// An age in apposition or brackets: ", 12,", " (12)", ", aged 12".
const AGE_RIGHT = /^(?:,\s*(?:aged?\s+)?\d{1,2}\s*[,;)]|\s*\(\s*(?:aged?\s+)?\d{1,2}\s*\))/;

// A kin word straight before a name: "my little sister April", "his daughter May", "her cousin, June,".
const KIN_WORD_BEFORE = new RegExp(`\\b(?:${[...CHILD_KINSHIP].filter((w) => !w.includes(" ")).join("|")})[ \\t]*,?[ \\t]*$`, "i");
// A month's own company: a number or a year beside it ("3 April", "April 2026", "April 3rd"), or a time word
// before it ("in April", "since May", "by early June", "the end of August").
const DATE_LEFT =
  /(?:\d[ \t]*(?:st|nd|rd|th)?(?:[ \t]+of)?|\b(?:in|since|until|till|by|from|during|before|after|last|next|this|early|mid|late|end\s+of|start\s+of|beginning\s+of|of|throughout)|[-–/])[ \t]*$/i;
const DATE_RIGHT = /^(?:[ \t]*[-–/]?[ \t]*\d|[ \t]+(?:half[ \t-]term|holidays?|bank)\b)/i;

// A surname after a word that is also a given name, and a title before the pair ("Mrs June Pike").
const WORD_NAME_SURNAME = /^\p{Lu}\p{Ll}{2,}$/u;
// A title from the adult-title list (rules/people/cues.json) just before: "Mrs June Pike", "PC May Ellison".
const WORD_BEFORE_TITLE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}]*)\.?[ \t]+$/u;
const titleBefore = (left: string): boolean => {
  const m = WORD_BEFORE_TITLE.exec(left);
  return !!m && ADULT_TITLES.has(m[1]);
};
// A month and a capitalised word inside a sentence, with no date or determiner beside them, are a name ("played
// with June Pike"); a determiner makes them a thing ("the April Fools party", "the June Review").
const MONTH_NAME = /^(?:april|may|june|august)$/;
const THING_DETERMINER_LEFT = /\b(?:the|a|an|this|that|every|each|our|their|his|her|its|my|your)[ \t]+$/i;
// A weekday before a name is when, not who: "On Tuesday Anaya told her teacher".
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;

// A determiner that makes a kin word the relation it names: "her Nana", "Mum's Nan", "the Gran".
const KIN_DETERMINER_LEFT = /(?:\b(?:my|his|her|their|our|your|the|a|an)|['’]s)[ \t]+$/i;

/**
 * Words that are also given names are names where the record says so: calendar words (April, May, June, August)
 * and kin words (Nana, Nan, Gran). The case profile lists someone by that given name ("Nana Asante"), or the
 * record gives the word an age ("April (8)") or a kin word ("my sister April") inside a sentence. Every use of
 * the word then reads as the name, except a month beside a date ("3 April", "in May") or a kin word after a
 * determiner ("her Nana"), where the word means what it says.
 */
function markWordNames(text: string, tokens: Token[], ctx: RuleContext): void {
  let evidenced: Set<string> | undefined;
  const candidates: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.allCaps) continue;
    const lower = bareWord(t.word).toLowerCase();
    if (lower.length < 3 || !FIRST_NAMES.has(lower)) continue;
    const left = text.slice(Math.max(0, t.start - 24), t.start);
    const kin = CHILD_KINSHIP.has(lower) || ADULT_ROLES.has(lower);
    if (kin) {
      if (KIN_DETERMINER_LEFT.test(left)) continue;
    } else if (!NOT_NAMES.has(bareWord(t.word)) || DATE_LEFT.test(left) || DATE_RIGHT.test(text.slice(t.end, t.end + 12))) continue;
    candidates.push(t);
    // The word's own surname carries the evidence too: "April Stone (7)", "Mrs June Pike"; not a kin word's
    // ("Nana Adunni" is a grandmother called Adunni).
    const next = tokens[i + 1];
    const surname = next && next.start - t.end === 1 && !kin && !WEEKDAY.test(lower) && WORD_NAME_SURNAME.test(bareWord(next.word)) && !PLACE_SUFFIXES.has(bareWord(next.word));
    const ageAfter = AGE_RIGHT.test(text.slice(t.end, t.end + 14)) || (surname && AGE_RIGHT.test(text.slice(next.end, next.end + 14)));
    // Inside a sentence a surname that is no ordinary word says so alone ("played with June Harper").
    const plainSurname = surname && !t.sentenceStart && (surnameLike(next.word) || (MONTH_NAME.test(lower) && !THING_DETERMINER_LEFT.test(left)));
    if ((!t.sentenceStart && (ageAfter || KIN_WORD_BEFORE.test(left))) || (surname && titleBefore(left)) || plainSurname) (evidenced ??= new Set()).add(lower);
  }
  if (!candidates.length) return;
  const listed = listedGivenNames(ctx);
  for (const t of candidates) {
    const lower = bareWord(t.word).toLowerCase();
    if (listed.has(lower) || evidenced?.has(lower)) t.named = true;
  }
}

/** Ordinary words written with an age straight after them inside a sentence ("and Sunny, 12, live…"). */
function agedWords(text: string, tokens: Token[]): ReadonlySet<string> {
  const aged = new Set<string>();
  for (const t of tokens) {
    if (t.allCaps || t.sentenceStart || !AGE_RIGHT.test(text.slice(t.end, t.end + 14))) continue;
    const lower = bareWord(t.word).toLowerCase();
    if (COMMON_WORDS.has(lower)) aged.add(lower);
  }
  return aged;
}

/** The given names of the people the case profile lists (other children and adults), in lower case. */
function listedGivenNames(ctx: RuleContext): ReadonlySet<string> {
  const out = new Set<string>();
  for (const name of [...ctx.profile.otherChildren, ...ctx.profile.adults]) out.add(name.trim().split(/\s+/)[0].toLowerCase());
  return out;
}

function properNouns(text: string, tokens: Token[], listed: ReadonlySet<string> = EMPTY): ReadonlySet<string> {
  const candidates = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.allCaps) continue;
    // On its own: not inside a run of capitalised words (a title of a thing, an organisation).
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // Or the given name of a full name: an ordinary word followed by a surname-like word that is not
    // ordinary ("Reign Fairweather (13)"), wherever it stands.
    if (
      !t.allCaps &&
      next &&
      !next.allCaps &&
      next.start - t.end === 1 &&
      !(prev && t.start - prev.end <= 1) &&
      surnameLike(next.word) &&
      FULL_NAME_FOLLOWER.test(text.slice(next.end, next.end + 8))
    ) {
      const l = bareWord(t.word).toLowerCase();
      if (l.length >= 3 && COMMON_WORDS.has(l) && !NOT_NAMES.has(bareWord(t.word)) && !ADULT_ROLES.has(l) && !CHILD_KINSHIP.has(l) && !PLACE_SUFFIXES.has(bareWord(t.word))) {
        candidates.add(l);
        continue;
      }
    }
    // An ordinary word owning what only a child has ("Ocean's ICPC report", "Hope's school"), wherever it stands.
    if (isPossessive(t.word) && CHILD_POSSESSION.test(text.slice(t.end - 2, t.end + 40))) {
      const l = bareWord(t.word).toLowerCase();
      if (l.length >= 3 && COMMON_WORDS.has(l) && !NOT_NAMES.has(bareWord(t.word)) && !ADULT_ROLES.has(l) && !CHILD_KINSHIP.has(l) && !PLACE_SUFFIXES.has(bareWord(t.word))) {
        candidates.add(l);
        continue;
      }
    }
    if (t.sentenceStart) continue;
    if ((prev && t.start - prev.end <= 1) || (next && next.start - t.end <= 1)) continue;
    const bare = bareWord(t.word);
    if (bare.length < 3 || NOT_NAMES.has(bare) || PLACE_SUFFIXES.has(bare)) continue;
    const lower = bare.toLowerCase();
    // A given name that is also a word ("Mason", "Hope") counts too: once the record writes it as a name
    // inside a sentence, a sentence that opens with it ("Mason goes to…") names the same person.
    if (!COMMON_WORDS.has(lower)) continue;
    if (ADULT_ROLES.has(lower) || CHILD_KINSHIP.has(lower)) continue;
    if (text.charCodeAt(t.end) === 58) continue; // a field label ("Born:")
    candidates.add(lower);
  }
  if (!candidates.size) return candidates;
  // Drop every candidate the record also writes in lower case ("a blessing", "I promise"), unless the case
  // profile lists a person by that given name: written capitalised inside a sentence, it is then their name.
  for (const w of [...candidates]) if (!listed.has(w) && writtenInLowerCase(text, w)) candidates.delete(w);
  return candidates;
}

// Before a word on its line, only a list item's number or bullet: "2. Redact", "- Chase".
const ITEM_OPENER_LEFT = /^[ \t]*(?:\d{1,2}[.)]|[-•*–])?[ \t]*$/;
const insideSentenceCache = new WeakMap<RuleContext, Map<string, boolean>>();

/**
 * "Redact Ava's school", "2. Anonymise Lena": the run's first word opens a sentence or a list item, is no given
 * name the lists know, and the word after it is the child's or a listed person's given name. Such a word is an
 * instruction's verb rather than a given name before a surname, unless the record capitalises it inside a
 * sentence too ("with Zaid"), which only a name is.
 */
function verbBeforeKnownName(text: string, run: Token[], ctx: RuleContext, listed: ReadonlySet<string>): boolean {
  const [first, next] = run;
  if (first.allCaps || next.allCaps) return false;
  const nextLower = bareWord(next.word).toLowerCase();
  if (!listed.has(nextLower) && !ctx.profile.subjectGivenForms.has(nextLower)) return false;
  const lower = first.word.toLowerCase();
  if (FIRST_NAMES.has(lower) || NICKNAMES.has(lower) || listed.has(lower) || ctx.profile.subjectForms.has(lower) || lower === ctx.profile.subjectSurname?.toLowerCase())
    return false;
  const lineStart = text.lastIndexOf("\n", first.start - 1) + 1;
  if (!first.sentenceStart && !ITEM_OPENER_LEFT.test(text.slice(lineStart, first.start))) return false;
  let cache = insideSentenceCache.get(ctx);
  if (!cache) insideSentenceCache.set(ctx, (cache = new Map()));
  let inside = cache.get(first.word);
  if (inside === undefined) cache.set(first.word, (inside = capitalisedInsideSentence(text, first.word)));
  return !inside;
}

/** Does the text write this capitalised word inside a sentence (after a word, a number, a comma or a bracket) anywhere? */
function capitalisedInsideSentence(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 32;
    if ((at > 0 && isLetterOrDigitCode(text.charCodeAt(at - 1))) || isLetterOrDigitCode(after)) continue;
    let j = at - 1;
    while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
    if (j >= 0 && /[\p{L}\d,)&]/u.test(text[j])) return true;
  }
  return false;
}

/** Does the text hold this lower-case word on its own (not inside another word)? */
export function writtenInLowerCase(text: string, lower: string): boolean {
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + lower.length < text.length ? text.charCodeAt(at + lower.length) : 32;
    if (!isLetterOrDigitCode(before) && !isLetterOrDigitCode(after)) return true;
  }
  return false;
}

/** Could this token be (part of) a person's name? */
function isNameToken(t: Token, proper: ReadonlySet<string> = EMPTY): boolean {
  const bare = bareWord(t.word);
  if (bare.length < 2) return false;
  if (NOT_NAMES.has(bare) && !t.named) return false;
  // Plural calendar and heading words: "Mondays", "Thursdays", "Reviews".
  if (bare.length > 3 && bare.charCodeAt(bare.length - 1) === 115 && NOT_NAMES.has(bare.slice(0, -1)) && !FIRST_NAMES.has(bare.toLowerCase())) return false;
  if (/\d/.test(bare) || CONTRACTION.test(bare)) return false;
  const lower = bare.toLowerCase();
  // "Pick-up", "Drop-off", "Self-harm": a compound with a lower-case part, unless it starts with a given name.
  if (bare.includes("-") && HYPHEN_LOWER.test(bare) && !FIRST_NAMES.has(lower.split("-")[0])) return false;
  if (t.allCaps && bare.length <= 5 && !FIRST_NAMES.has(lower) && !proper.has(lower)) return false; // acronyms
  const common = COMMON_WORDS.has(lower);
  if (!common) return true;
  if (FIRST_NAMES.has(lower) || FIRST_NAMES.has(lower.split("-")[0])) return true;
  return proper.has(lower);
}
const EMPTY: ReadonlySet<string> = new Set();

/** Single initials used as names: 'T', "J" in quotes after "known as"/"called", and "Baby J". */
const INITIAL_INTRODUCER = /\b(?:as|calls?|called|calling|named|himself|herself|themselves|goes\s+by|go\s+by|went\s+by)\s+$/;

export function addQuotedInitials(text: string, phrases: Phrase[]): void {
  // Found by the quote-letter-quote shape first (cheap), then the word before it is checked.
  const re = /['"‘“](\p{Lu})['"’”]|\bBaby\s+(\p{Lu})\b/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] && !INITIAL_INTRODUCER.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const letter = m[1] ?? m[2];
    const isBaby = !!m[2];
    const start = isBaby ? m.index : m.index + 1;
    const end = isBaby ? m.index + m[0].length : start + 1;
    const parts = [isBaby ? `Baby ${letter}` : letter];
    phrases.push({ start, end, parts, possessive: false, place: false, school: false, allCaps: false });
    if (!isBaby) {
      // Later mentions of the same initial: "T's real name", "T is about 17".
      // ("I" and "A" are words of their own: only their quoted or possessive forms count.)
      const verb = letter === "I" || letter === "A" ? "" : "|\\s+(?:is|was|has|had|said|told|gave|and|\\p{Ll}+(?:ed|s))\\b";
      const later = new RegExp(`(?<![\\p{L}\\p{N}.])${letter}(?=['’]s\\b|['"‘“’”](?![\\p{L}])${verb})`, "gu");
      later.lastIndex = end;
      for (let l = later.exec(text); l; l = later.exec(text)) {
        const poss = /['’]s/.test(text.slice(l.index + 1, l.index + 3));
        phrases.push({ start: l.index, end: l.index + 1, parts: [letter], possessive: poss, place: false, school: false, allCaps: false });
      }
    }
  }
  // "Baby J" phrases replace the plain "Baby"/"J" tokens found by findPhrases.
  phrases.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = phrases.length - 1; i > 0; i--) {
    const prev = phrases[i - 1];
    if (phrases[i].start < prev.end) phrases.splice(i, 1);
  }
}
