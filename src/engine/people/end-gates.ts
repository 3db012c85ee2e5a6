// Cheap necessary conditions for the context patterns the people stage reads around a name. A pattern
// anchored at the end of the text before a name ("…her social worker, ") is tried by the regex engine at
// every start in that text, and a large alternation of role or kin words makes each try dear; the word it
// must end with (or hold) is read first with a small pattern, and the large one is run only when it is there,
// so its answer is the same. The entries are ASCII (end-gates.test.ts checks), so a run of [a-z] under the
// "i" and "u" flags (which fold "ſ" and the Kelvin sign onto s and k, as the patterns' own flags do) holds any
// entry's word the patterns can match; a gate may say yes where its pattern says no, never the reverse.

/** A pattern for a run of letters that is (or, with `prefix`, starts with) the last word of one of the entries. */
export function lastWordOf(entries: Iterable<string>, prefix?: boolean): RegExp {
  const words = new Set<string>();
  for (const e of entries)
    words.add(
      e
        .toLowerCase()
        .match(/[a-z]+/g)!
        .pop()!,
    );
  return new RegExp(`^(?:${[...words].join("|")})${prefix ? "" : "$"}`, "iu");
}

/** A run of ASCII letters, as the "i" and "u" flags match [a-z]. */
export const RUNS = /[a-z]+/giu;

/** A run of letters as the "i" and "u" flags compare it with lower-case ASCII words. */
export function foldRun(run: string): string {
  const lower = run.toLowerCase();
  return lower.includes("ſ") ? lower.replace(/ſ/g, "s") : lower;
}

/** The letter runs of a context (RUNS), folded, as a set: the words its end-anchored patterns need are looked up in it. */
export const foldedRuns = (runs: string[]): Set<string> => new Set(runs.map(foldRun));

/** Does the set of folded runs hold one of the space-separated words? */
export const holdsAny = (words: Set<string>, list: string): boolean => list.split(" ").some((w) => words.has(w));
