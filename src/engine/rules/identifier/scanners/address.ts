import streetTypes from "../../../../../rules/identifier/street-types.json";
import buildingTypes from "../../../../../rules/identifier/building-types.json";
import unitWords from "../../../../../rules/identifier/unit-words.json";
import notHouseNumber from "../../../../../rules/identifier/not-house-number.json";
import type { Candidate } from "./candidate";
import { escapePattern } from "./candidate";

// A street address is a house number, a street name and a street type ("41 Hope Street"), with an
// optional flat or building before it and the town and postcode after it. A street name alone
// ("Florence Road", "Victoria Park") is a place, not an address, and is never reported.
// Postcodes anchor the rest: from a postcode the scanner walks back over address parts separated
// by commas or line breaks ("Flat 12, Mitchell Court, Deansgate Road, Northam NQ5 6RS", or the
// same written one part a line, as at the top of a letter).

type Word = { word: string; abbreviations?: string[]; lowercaseOk?: boolean };

function alternation(words: string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapePattern).join("|");
}

function forms(list: Word[], withAbbreviations: boolean): string[] {
  const out: string[] = [];
  for (const e of list) {
    out.push(e.word, e.word.toUpperCase());
    if (e.lowercaseOk) out.push(e.word.toLowerCase());
    if (withAbbreviations) for (const a of e.abbreviations ?? []) out.push(a, `${a}.`, a.toUpperCase());
  }
  return out;
}

const STREET_WORDS = forms(streetTypes.entries as Word[], true);
const BUILDING_WORDS = forms(buildingTypes.entries as Word[], false);
const UNIT_WORDS = forms(unitWords.entries as Word[], false);

const TYPE = `(?:${alternation(STREET_WORDS)})`;
const PLACE_TYPE = `(?:${alternation([...STREET_WORDS, ...BUILDING_WORDS])})`;
const UNIT = `(?:${alternation(UNIT_WORDS)})\\.?[ \\t]*\\d{1,4}[A-Za-z]?`;
const HOUSE = "\\d{1,4}[A-Za-z]?(?:[-–]\\d{1,4}[A-Za-z]?)?";
const NAME_WORD = "[A-Z][A-Za-z'’.-]*";
const JOINER = "(?:of|on|upon|the|le|la|de|in|under|by|cum|en)";
const END = "(?![\\w'’-])";
// In a street a word ends in a full stop only as a short abbreviation ("12 St. Mary's Road"): after a
// longer word the full stop ends the sentence ("by 29 January. CL to…" is a date, then a new sentence).
const STREET_NAME_WORD = "(?:[A-Z][A-Za-z]{0,2}\\.|[A-Z][A-Za-z'’-]*)";

// "41 Hope Street", "12a The Green", "7 Grace Darling Way".
const STREET = new RegExp(`(?<![\\w/.,:£$-])${HOUSE},?[ \\t]+(?:${STREET_NAME_WORD}[ \\t]+){1,4}${TYPE}${END}`, "g");
// "Flat 6, Mandela Court", "Apartment 2 Riverside House".
const FLAT = new RegExp(`(?<![\\w])${UNIT},?[ \\t]+(?:${NAME_WORD}[ \\t]+){1,3}${PLACE_TYPE}${END}`, "g");
// The longest address-like tail of a piece of text: "Flat 3", "41 Wellington Street", "Northam".
const PIECE_TAIL = new RegExp(
  `(?<![\\w'’.-])(?:${UNIT}(?:[ \\t]*,?[ \\t]*(?=\\S)|$))?(?:${HOUSE},?[ \\t]+)?(?:${NAME_WORD}(?:[ \\t]+(?:${NAME_WORD}|${JOINER})){0,5})?$`,
);
// A named home with no number, where the words before it say someone lives there: a building someone
// lives at or moved to ("moved to Crescent House"), or any named place after a word for a home or an
// address label ("the site at Sandy Lane", "Address: Rose Cottage"). A street someone lives on ("lives
// on Florence Road") and a place named without such a cue ("met at Victoria Park") stay places; a longer
// name going on ("Green Lane School") is not a home.
const LIVING = "live lives lived living move moved moving relocated reside resides resided residing stay stays stayed staying housed rehoused home";
const DWELLINGS = "site flat house home caravan refuge hostel lodgings bungalow maisonette property accommodation";
const capitalisedToo = (words: string) => words.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`).replace(/ /g, "|");
// What may follow a home's name: the end of a clause, or a word that starts a new phrase ("moved to
// Crescent House after a fire"); not a noun the name describes ("the Orchard Lane site").
const AFTER_HOME = "(?=[ \\t]*(?:[.,;:)!?\\n]|$)|[ \\t]+(?:with|and|in|on|for|since|from|after|before|until|near|where|which|who|when|because|but|at|to|as|so|while|during|last|this|that|then|now|is|was|has|had)\\b)";
// Found from where a name may start (after "at", "to", "into", "on", "in", or an address label), then the
// words before are checked on a short slice: a pattern over the whole record that starts with the verbs
// would be tried at every letter. This one starts with a space or an "a", so it is quick to try.
// A house number may open the name ("lives at 22 Tern Court"): a building word after a number is a street only
// where the words before say someone lives there, never alone ("2 Family Court hearings").
const HOME_START = / (at|to|into|on|in)[ \t]+(?:the[ \t]+)?(?=[A-Z]|\d{1,4}[A-Za-z]?[ \t]+[A-Z])|(?<![\w])[Aa]ddress(?:[ \t]+is)?[ \t]*:?[ \t]*(?=[A-Z]|\d{1,4}[A-Za-z]?[ \t]+[A-Z])/g;
const HOME_NUMBER = /\d{1,4}[A-Za-z]?[ \t]+/y;
const HOME_NAME = new RegExp(`(?:${HOUSE}[ \\t]+)?(?:${NAME_WORD}[ \\t]+){1,3}(${PLACE_TYPE})${END}${AFTER_HOME}`, "y");
// A verb of living up to eight words before the preposition, in the same clause; a word for a home
// straight before it.
// "Stay" and "stays" are nouns after a determiner, a number or a word for a kind of stay ("two overnight
// stays a month at Oak House", "a short stay at Elm House"): a short break, not a home.
const NOUN_STAY = "(?<!(?:^|[ \\t])(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|\\d+|overnight|short|respite|weekend)[ \\t]+)";
const LIVING_BEFORE = new RegExp(
  `(?<![\\w])(?:${capitalisedToo(LIVING).replace("[Ss]tay|[Ss]tays|", "")}|${NOUN_STAY}[Ss]tays?)(?:[ \\t]+[\\p{L}\\p{N}'’]+,?){0,8}[ \\t]+$`,
  "u",
);
// Not an indefinite one ("found at a flat on Wharf Street"): an unnamed flat somewhere on a street is a place.
const DWELLING_BEFORE = new RegExp(`(?<![\\w])(?<!(?:^|[^\\w])(?:[Aa]n?|[Aa]nother|[Ss]ome)[ \\t]+)(?:${capitalisedToo(DWELLINGS)})[ \\t]+$`);
const BUILDING_SET = new Set(BUILDING_WORDS);
// A word of work in the same clause before a home's name, with no word of living after it ("works nights at the
// care home on Dovecote Road", "was employed at the children's home at Oak Lodge"): a workplace, where the
// person is not said to live. "Works from home" is living there. (people49's check, as one pattern.)
const AT_WORK = /\b(?:work(?:s|ed|ing)?(?![ \t]+from[ \t]+home)|employed|job)\b(?![^.;!?\n]*\b(?:live[sd]?|living|stay|moved))[^.;!?\n]*$/i;
const PLACE_WORD_SET = new Set([...STREET_WORDS, ...BUILDING_WORDS].map((w) => w.replace(/\.$/, "")));
const WORD_AT = /[A-Za-z'’.-]+/y;

/** Whether one of the four words from at is a street or building word: a quick test before the pattern. */
function placeWordSoon(text: string, at: number): boolean {
  for (let n = 0; n < 4; n++) {
    WORD_AT.lastIndex = at;
    const w = WORD_AT.exec(text);
    if (!w) return false;
    if (n > 0 && PLACE_WORD_SET.has(w[0].replace(/\.$/, ""))) return true;
    at += w[0].length;
    if (text.charCodeAt(at) !== 32 && text.charCodeAt(at) !== 9) return false;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  }
  return false;
}

/**
 * A named home with no number, where the words before it say someone lives there: a building someone lives
 * at or moved to ("moved to Crescent House"), or any named place after a word for a home or an address
 * label ("the site at Sandy Lane", "Address: Rose Cottage").
 */
function scanHomes(text: string, found: Candidate[]): void {
  HOME_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HOME_START.exec(text))) {
    const nameStart = m.index + m[0].length;
    HOME_NUMBER.lastIndex = nameStart;
    const number = HOME_NUMBER.exec(text);
    if (!placeWordSoon(text, number ? nameStart + number[0].length : nameStart)) continue;
    HOME_NAME.lastIndex = nameStart;
    const name = HOME_NAME.exec(text);
    if (!name) continue;
    const prep = m[1];
    if (prep) {
      const before = text.slice(Math.max(0, m.index - 90), m.index + 1);
      const living = prep !== "on" && prep !== "in" && BUILDING_SET.has(name[1]) && LIVING_BEFORE.test(before);
      if ((!living && !(prep !== "to" && prep !== "into" && DWELLING_BEFORE.test(before))) || AT_WORK.test(before)) continue;
    }
    found.push({ start: nameStart, end: nameStart + name[0].length, kind: "address", confidence: 0.7, rank: 1 });
  }
}

// "c/o Ward 2, Elm Unit, Northam General Hospital", "C/O Flat 2, Rowan Court": a letter's address line for
// someone living somewhere else. "c/o Mr and Mrs Hopcroft" names the people, whose
// address follows on the next line; only a line that holds a number or a street, building or unit word is a place.
// The pieces are capitalised words and numbers between commas; the sentence's own words end it.
const CARE_OF = /(?<![\w/])[Cc]\/[Oo][ \t]+(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b)((?:[A-Z0-9][\w'’.-]*)(?:,?[ \t]+[A-Z0-9][\w'’.-]*){0,12})/g;
const PLACE_PIECE = new RegExp(`\\d|(?:^|[ \\t,])(?:${alternation([...STREET_WORDS, ...BUILDING_WORDS, ...UNIT_WORDS])})(?![\\w'’-])`);

function scanCareOf(text: string, found: Candidate[]): void {
  CARE_OF.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CARE_OF.exec(text))) {
    if (!PLACE_PIECE.test(m[1])) continue;
    found.push({ start: m.index, end: trimDot(text, m.index, m.index + m[0].trimEnd().length), kind: "address", confidence: 0.75, rank: 1 });
  }
}

const STREET_LEVEL = new RegExp(`\\d|(?:^|[ \\t])${PLACE_TYPE}$|^${UNIT}`);
const UNIT_TAIL = new RegExp(`(?<![\\w])${UNIT}[ \\t]*,?[ \\t]*$`);

const NOT_HOUSE_NUMBER = new Set((notHouseNumber.entries as string[]).map((w) => w.toLowerCase()));
const WORD_BEFORE = /([A-Za-z]+)\.?[ \t]*$/;

/** True when the word before a number says it is a section, year, page… rather than a house. */
function countedNotHouse(text: string, at: number): boolean {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 16), at));
  return m !== null && NOT_HOUSE_NUMBER.has(m[1].toLowerCase());
}

const MAX_PIECES = 6;
const MAX_LINES = 4;
const MAX_TOWNS = 2;
const LOOK_BACK = 120;

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** Where the comma-separated piece ending at pos begins: after the last comma on its line, within reach. */
function pieceStart(text: string, pos: number): number {
  const floor = Math.max(0, pos - LOOK_BACK);
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 10 || c === 13) return i + 1;
  }
  return floor;
}

type Tail = { start: number; whole: boolean; streetLevel: boolean };

/** The address-like tail of text[from, to), and whether it is the whole of that piece. */
function pieceTail(text: string, from: number, to: number): Tail | null {
  let end = to;
  while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
  let begin = from;
  while (begin < end && isBlank(text.charCodeAt(begin))) begin++;
  if (end <= begin) return null;
  const piece = text.slice(begin, end);
  const m = PIECE_TAIL.exec(piece);
  if (!m || m[0].length === 0) return null;
  return { start: begin + m.index, whole: m.index === 0, streetLevel: STREET_LEVEL.test(m[0]) };
}

/**
 * Walks back from pos over address parts: first (when allowed) up to two parts with no street in
 * them (a town, a county), then only parts with a number, a street or building word or a flat.
 * Stops at a label, a name, a sentence or a blank line. adjacent lets the first part be separated
 * from pos by spaces alone ("Northmoor NM4 1PE").
 */
function walkBack(text: string, pos: number, allowTowns: boolean, adjacent: boolean): { start: number; streetLevel: boolean } {
  let start = pos;
  let streetLevel = false;
  let towns = 0;
  let lines = 0;
  for (let n = 0; n < MAX_PIECES; n++) {
    let j = start;
    while (j > 0 && isBlank(text.charCodeAt(j - 1))) j--;
    let separated = false;
    if (j > 0 && text.charCodeAt(j - 1) === 44) {
      j--;
      separated = true;
      while (j > 0 && isBlank(text.charCodeAt(j - 1))) j--;
    }
    if (j > 0 && (text.charCodeAt(j - 1) === 10 || text.charCodeAt(j - 1) === 13)) {
      if (++lines > MAX_LINES) break;
      j -= text.charCodeAt(j - 1) === 10 && j > 1 && text.charCodeAt(j - 2) === 13 ? 2 : 1;
      while (j > 0 && isBlank(text.charCodeAt(j - 1))) j--;
      if (j > 0 && text.charCodeAt(j - 1) === 44) j--;
      if (j === 0 || text.charCodeAt(j - 1) === 10 || text.charCodeAt(j - 1) === 13) break; // a blank line
      separated = true;
    }
    if (!separated && !(adjacent && n === 0 && j < start)) break;
    const tail = pieceTail(text, pieceStart(text, j), j);
    if (!tail) break;
    if (!tail.streetLevel && (streetLevel || !allowTowns || ++towns > MAX_TOWNS)) break;
    start = tail.start;
    if (tail.streetLevel) streetLevel = true;
    if (!tail.whole) break;
  }
  return { start, streetLevel };
}

export function scanAddresses(text: string, postcodes: readonly Candidate[], out: Candidate[]): void {
  const found: Candidate[] = [];
  STREET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STREET.exec(text))) {
    if (countedNotHouse(text, m.index)) continue;
    let start = m.index;
    // "Flat 3 41 Wellington Street": a flat number straight before, with no comma.
    const unit = UNIT_TAIL.exec(text.slice(Math.max(0, start - 24), start));
    if (unit) start -= unit[0].length;
    start = walkBack(text, start, false, false).start;
    found.push({ start, end: m.index + m[0].length, kind: "address", confidence: 0.8, rank: 1 });
  }
  FLAT.lastIndex = 0;
  while ((m = FLAT.exec(text))) {
    const start = walkBack(text, m.index, false, false).start;
    found.push({ start, end: m.index + m[0].length, kind: "address", confidence: 0.75, rank: 1 });
  }
  scanHomes(text, found);
  scanCareOf(text, found);
  for (const pc of postcodes) {
    const walk = walkBack(text, pc.start, true, true);
    // A town and a postcode alone stay a postcode; an address needs a street, building or flat.
    if (walk.streetLevel) found.push({ start: walk.start, end: pc.end, kind: "address", confidence: 0.9, rank: 1 });
  }
  // One address per run of adjacent parts: "Flat 6, Mandela Court" + ", 12 Oak Road" become one.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let last: Candidate | null = null;
  for (const c of found) {
    if (last && (c.start <= last.end || onlyJoin(text, last.end, c.start))) {
      if (c.end > last.end) last.end = c.end;
      last.confidence = Math.max(last.confidence, c.confidence);
      continue;
    }
    last = { ...c };
    out.push(last);
  }
  for (const c of out) if (c.kind === "address") c.end = townsAfter(text, c.end);
}

// The town and county after a street ends the same address: ", Millbrook" closing a clause ("lives at
// 14 Larch Row, Millbrook."), or lines of one place name each under it ("14 Larch Row⏎Millbrook⏎Northshire").
// A comma then a name that the sentence goes on from ("14 Larch Row, Mia said") is not a town.
const PLACE_NAME = `${NAME_WORD}(?:[ \\t]+(?:${NAME_WORD}|${JOINER})){0,2}`;
const TOWN_AFTER = new RegExp(`^,[ \\t]*${PLACE_NAME}(?=[ \\t]*(?:[.;,)]|\\r?\\n|$))`);
// A line of its own holds one place word ("Millbrook", "Stoke-on-Trent", "Newcastle upon Tyne"), never two
// capitalised words in a row, which is how a person's name under an address looks ("Tyler Smith").
const TOWN_LINE = new RegExp(
  `^,?[ \\t]*\\r?\\n[ \\t]*(?!(?:Dear|Re|RE|Ref|To|From|Date|Tel|Email)\\b)${NAME_WORD}(?:[ \\t]+${JOINER}[ \\t]+${NAME_WORD})?[ \\t]*,?(?=[ \\t]*(?:\\r?\\n|$))`,
);

function townsAfter(text: string, end: number): number {
  const m = TOWN_AFTER.exec(text.slice(end, end + 60));
  if (m) return trimDot(text, end, end + m[0].length);
  let at = end;
  for (let n = 0; n < MAX_TOWNS; n++) {
    const line = TOWN_LINE.exec(text.slice(at, at + 60));
    if (!line) break;
    at = trimDot(text, at, at + line[0].length);
  }
  return at;
}

/** Drops a full stop or comma closing the sentence from the end of a town. */
function trimDot(text: string, from: number, to: number): number {
  while (to > from && (text.charCodeAt(to - 1) === 46 || text.charCodeAt(to - 1) === 44 || text.charCodeAt(to - 1) === 32)) to--;
  return to;
}

function onlyJoin(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 44 && c !== 9) return false;
  }
  return true;
}
