// Word lists used to tell names from ordinary words, and children from adults. The lists are data
// (rules/names, rules/people) with their sources; this module only indexes them for fast lookup.
import firstNamesData from "../../../rules/names/first-names.json";
import commonWordsData from "../../../rules/names/common-words.json";
import cues from "../../../rules/people/cues.json";
import nicknameData from "../../../rules/names/nicknames.json";
import nameEraData from "../../../rules/names/name-era.json";
import countriesData from "../../../rules/names/countries.json";
import organisationsData from "../../../rules/names/organisations.json";
import familyWordsData from "../../../rules/names/family-words.json";
import modernWordsData from "../../../rules/names/modern-words.json";
import textingWordsData from "../../../rules/names/texting-words.json";
import { escapeLiteral, longestFirst } from "../text/bounded";

export type Gender = "f" | "m" | "u";

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

export const FIRST_NAMES: ReadonlyMap<string, Gender> = new Map(Object.entries(firstNamesData.names as Record<string, Gender>).map(([n, g]) => [n.toLowerCase(), g]));
/** Short form (lower case) → the full given names it is short for (lower case). */
export const NICKNAMES: ReadonlyMap<string, string[]> = new Map(
  Object.entries(nicknameData.nicknames as Record<string, string[]>).map(([k, v]) => [k.toLowerCase(), v.map((n) => n.toLowerCase())]),
);
export const COMMON_WORDS: ReadonlySet<string> = new Set([...commonWordsData.words, ...modernWordsData.words, ...textingWordsData.words]);
const CHILD_ERA = lower(nameEraData.childEra);
const ADULT_ERA = lower(nameEraData.adultEra);
const COMPOUND_ENDINGS = lower(nameEraData.compoundEndings.words);

/**
 * The generation a given name mostly belongs to (ONS baby-name rankings): "child" for a name common
 * only among births since about 2005 or a modern hyphenated compound ("Lily-Mae"), "adult" for one
 * common only before about 1990, undefined for a name of every generation or an unknown one.
 */
export function nameEra(given: string): "child" | "adult" | undefined {
  const g = given.toLowerCase();
  if (CHILD_ERA.has(g)) return "child";
  if (ADULT_ERA.has(g)) return "adult";
  const dash = g.indexOf("-");
  if (dash > 1 && dash < g.length - 2) {
    const first = g.slice(0, dash);
    const second = g.slice(dash + 1);
    if (ADULT_ERA.has(first)) return undefined;
    if (COMPOUND_ENDINGS.has(second) || CHILD_ERA.has(first)) return "child";
  }
  return undefined;
}
export const CHILD_KINSHIP = lower(cues.childKinship.words);
export const KINSHIP_BLOCKERS = lower(cues.childKinshipBlockers.words);
export const ADULT_TITLES = new Set(cues.adultTitles.words);
export const ADULT_ROLES = lower(cues.adultRoles.words);
export const ADULT_OCCUPATIONS = lower(cues.adultOccupations.words);
export const PLACE_SUFFIXES = new Set(cues.placeSuffixes.words);
export const SURNAME_PLACE_WORDS = new Set(cues.placeSurnames.words);
export const SCHOOL_SUFFIXES = new Set(cues.schoolSuffixes.words);
export const SCHOOL_PREFIXES = new Set(cues.schoolPrefixes.words);
export const PLACE_PREPOSITIONS = lower(cues.placePrepositions.words);
export const REFERENCE_UNITS = new Set(cues.referenceUnits.words);
export const NOT_NAMES = new Set([...cues.notNames.words, ...familyWordsData.words, ...countriesData.words, ...organisationsData.words]);

// A list entry's spaces and hyphens match either (the words are written both ways).
const escape = (s: string) => escapeLiteral(s).replace(/[ -]/g, "[\\s-]");
const alternation = (words: Iterable<string>) => longestFirst(words, escape);

/** Alternations for building context regexes once. */
export const KIN_ALT = alternation(CHILD_KINSHIP);
export const ROLE_ALT = alternation(ADULT_ROLES);
export const OCCUPATION_ALT = alternation(ADULT_OCCUPATIONS);

const KIN_GENDER: Record<string, Gender> = {
  brother: "m",
  "half-brother": "m",
  halfbrother: "m",
  stepbrother: "m",
  "step-brother": "m",
  son: "m",
  grandson: "m",
  nephew: "m",
  boy: "m",
  boyfriend: "m",
  "foster brother": "m",
  sister: "f",
  "half-sister": "f",
  halfsister: "f",
  stepsister: "f",
  "step-sister": "f",
  daughter: "f",
  granddaughter: "f",
  niece: "f",
  girl: "f",
  girlfriend: "f",
  "foster sister": "f",
};
const ROLE_GENDER: Record<string, Gender> = {
  mother: "f",
  mum: "f",
  mummy: "f",
  mam: "f",
  mom: "f",
  stepmother: "f",
  "step-mother": "f",
  stepmum: "f",
  wife: "f",
  grandmother: "f",
  grandma: "f",
  nan: "f",
  nana: "f",
  nanna: "f",
  gran: "f",
  granny: "f",
  aunt: "f",
  auntie: "f",
  aunty: "f",
  "great-aunt": "f",
  godmother: "f",
  woman: "f",
  women: "f",
  lady: "f",
  landlady: "f",
  father: "m",
  dad: "m",
  daddy: "m",
  stepfather: "m",
  "step-father": "m",
  stepdad: "m",
  husband: "m",
  grandfather: "m",
  grandad: "m",
  granddad: "m",
  grandpa: "m",
  uncle: "m",
  "great-uncle": "m",
  godfather: "m",
  man: "m",
  men: "m",
  gentleman: "m",
  landlord: "m",
};
const TITLE_GENDER: Record<string, Gender> = { Mr: "m", Mrs: "f", Ms: "f", Miss: "f", Sir: "m", Dame: "f", Lord: "m", Lady: "f" };

export const kinGender = (word: string): Gender | undefined => KIN_GENDER[word.toLowerCase().replace(/\s+/g, " ")];
export const roleGender = (word: string): Gender | undefined => ROLE_GENDER[word.toLowerCase()];
export const titleGender = (title: string): Gender | undefined => TITLE_GENDER[title.replace(/\.$/, "")];

/** Gender suggested by a given name; a hyphenated name ("Ivy-Mae") goes by its first part. */
export function nameGender(given: string): Gender | undefined {
  const key = given.toLowerCase();
  return FIRST_NAMES.get(key) ?? FIRST_NAMES.get(key.split("-")[0]);
}

// Endings that make an ordinary word into another one ("referral", "attendees", "safeguarding").
const DERIVING_ENDINGS = ["ees", "ers", "ings", "ing", "ral", "al", "ment", "ments", "ness", "tion", "tions", "ity", "ive", "ism", "ist", "ists", "ly", "ed", "es", "s"];

/**
 * Is this lower-case word an ordinary word in another form: a derivative of a common word ("referral",
 * "attendees") or two common words run together ("caseload", "everyone")? A capitalised form of it is
 * a form word, a heading or a label, not a name, unless it is itself a known given name.
 */
export function isWordForm(word: string): boolean {
  if (COMMON_WORDS.has(word) || FIRST_NAMES.has(word)) return false;
  for (const end of DERIVING_ENDINGS) {
    if (!word.endsWith(end)) continue;
    const stem = word.slice(0, -end.length);
    if (stem.length >= 4 && (COMMON_WORDS.has(stem) || COMMON_WORDS.has(stem + "e"))) return true;
  }
  for (let i = 4; i <= word.length - 4; i++) if (COMMON_WORDS.has(word.slice(0, i)) && COMMON_WORDS.has(word.slice(i))) return true;
  return false;
}
