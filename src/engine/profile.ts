import type { CaseProfile, Pronouns } from "./types";

export type PronounSet = { subject: string; object: string; possessive: string; reflexive: string; all: Set<string> };

const PRONOUN_SETS: Record<string, PronounSet> = {
  she: mk("she", "her", "her", "herself", ["she", "her", "hers", "herself"]),
  he: mk("he", "him", "his", "himself", ["he", "him", "his", "himself"]),
  they: mk("they", "them", "their", "themself", ["they", "them", "their", "theirs", "themself", "themselves"]),
};

function mk(subject: string, object: string, possessive: string, reflexive: string, all: string[]): PronounSet {
  return { subject, object, possessive, reflexive, all: new Set(all) };
}

/** The case profile, tidied once so rules can look things up cheaply. */
export type NormalisedProfile = {
  raw: CaseProfile;
  subjectName: string;
  /** Every way the subject may be written, e.g. "Amelia Hughes", "Amelia", "Millie", "Hughes" (lower-cased). */
  subjectForms: Set<string>;
  /** The subject's given names and aliases (lower-cased), without the surname. */
  subjectGivenForms: Set<string>;
  subjectSurname?: string;
  pronouns?: PronounSet;
  /** Names the worker listed as other children (as typed). */
  otherChildren: string[];
  /** Names the worker listed as adults (as typed). */
  adults: string[];
  /** Every token of listed adults' names, lower-cased. */
  adultTokens: Set<string>;
};

/** Maps "she/her", "He", "they/them" … to a pronoun set; unknown or empty gives undefined. */
export function parsePronouns(p: Pronouns | undefined): PronounSet | undefined {
  if (!p) return undefined;
  const first = p
    .trim()
    .toLowerCase()
    .split(/[\s/,]+/)[0];
  return PRONOUN_SETS[first];
}

const ANONYMISED_LABEL = /^(?:child|sibling|baby|young person|yp)\s+(?:[a-z]{1,2}\d{0,2}|\d{1,2})$/i;
/** "Child A", "Sibling 2", "Baby K": the anonymised label a review or judgment gives a child in place of a name. */
export const isAnonymisedLabel = (name: string): boolean => ANONYMISED_LABEL.test(name);
const clean = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

export function normaliseProfile(profile: CaseProfile): NormalisedProfile {
  const subjectName = clean(profile.subject?.name ?? "");
  const aliases = (profile.subject?.aliases ?? []).map(clean).filter(Boolean);
  const subjectForms = new Set<string>();
  const subjectGivenForms = new Set<string>();
  // "Child A", "Sibling 2": a review's anonymised label is one name, not a given name "Child" and a surname "A".
  const label = ANONYMISED_LABEL.test(subjectName);
  const parts = label ? [] : subjectName.split(" ").filter(Boolean);
  const subjectSurname = parts.length > 1 ? parts[parts.length - 1] : undefined;
  if (subjectName) subjectForms.add(subjectName.toLowerCase());
  for (const p of parts.slice(0, parts.length > 1 ? -1 : undefined)) subjectGivenForms.add(p.toLowerCase());
  for (const a of aliases) {
    subjectForms.add(a.toLowerCase());
    if (ANONYMISED_LABEL.test(a)) continue;
    for (const p of a.split(" ")) if (!subjectSurname || p.toLowerCase() !== subjectSurname.toLowerCase()) subjectGivenForms.add(p.toLowerCase());
  }
  for (const g of subjectGivenForms) subjectForms.add(g);
  const adults = (profile.adults ?? []).map(clean).filter(Boolean);
  const adultTokens = new Set<string>();
  for (const a of adults) for (const t of a.split(" ")) if (t.length > 1) adultTokens.add(t.toLowerCase());
  return {
    raw: profile,
    subjectName,
    subjectForms,
    subjectGivenForms,
    subjectSurname,
    pronouns: parsePronouns(profile.subject?.pronouns),
    otherChildren: (profile.otherChildren ?? []).map(clean).filter(Boolean),
    adults,
    adultTokens,
  };
}

/** Checks a parsed JSON value is a usable case profile; returns a one-line problem or undefined. */
export function validateProfile(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return "the profile must be a JSON object";
  const p = value as Record<string, unknown>;
  const subject = p.subject as Record<string, unknown> | undefined;
  if (typeof subject !== "object" || subject === null) return 'the profile has no "subject"';
  if (typeof subject.name !== "string" || !subject.name.trim()) return 'the profile\'s "subject" has no "name"';
  if (subject.aliases !== undefined && !isStringArray(subject.aliases)) return '"subject.aliases" must be a list of names';
  if (subject.pronouns !== undefined && typeof subject.pronouns !== "string") return '"subject.pronouns" must be text such as "she/her"';
  for (const key of ["otherChildren", "adults"]) {
    if (p[key] !== undefined && !isStringArray(p[key])) return `"${key}" must be a list of names`;
  }
  return undefined;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
