// Fresh names for a benchmark run: every word of the profile's names (the subject's name and aliases,
// the other children's, the adults') gets the same invented suffix in the profile and in the text, a
// different suffix on every run. Patterns the engine builds from a child's names then have a new
// source on every run, so V8's cache of compiled patterns (keyed on the source) cannot hide what a
// new case costs, as it would when the same profiles are analysed again and again.

/** Letters only, different for every run number (negative numbers are the warm-up runs). */
export const runSuffix = (run) => {
  let n = run + 1000;
  let s = "";
  while (n > 0) {
    s += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  }
  return s;
};

const namesOf = (profile) => [profile.subject?.name, ...(profile.subject?.aliases ?? []), ...(profile.otherChildren ?? []), ...(profile.adults ?? [])];
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The document and its profile with every name word suffixed by the run's letters. */
export function renamePeople(text, profile, run) {
  const suffix = runSuffix(run);
  const words = new Set();
  for (const name of namesOf(profile)) for (const w of String(name ?? "").match(/\p{L}[\p{L}\p{M}'’-]*\p{L}|\p{L}/gu) ?? []) words.add(w);
  if (words.size === 0) return { text, profile };
  const longestFirst = [...words].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])(?:${longestFirst.join("|")})(?![\\p{L}\\p{M}])`, "gu");
  const rename = (s) => (typeof s === "string" ? s.replace(pattern, (w) => w + suffix) : s);
  const renamed = JSON.parse(JSON.stringify(profile));
  if (renamed.subject) {
    renamed.subject.name = rename(renamed.subject.name);
    if (renamed.subject.aliases) renamed.subject.aliases = renamed.subject.aliases.map(rename);
  }
  if (renamed.otherChildren) renamed.otherChildren = renamed.otherChildren.map(rename);
  if (renamed.adults) renamed.adults = renamed.adults.map(rename);
  return { text: rename(text), profile: renamed };
}
