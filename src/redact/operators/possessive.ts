/**
 * Splits a mention into its name and possessive ending, so "Tyler's" becomes "Child A's" and
 * "James’" becomes "Child A’s" (the apostrophe the writer used is kept). A possessive whose 's lies
 * outside the finding needs no suffix: the text after the finding is left as it is.
 */
export function splitPossessive(text: string, possessive: boolean | undefined): { core: string; suffix: string } {
  const n = text.length;
  if (n > 2) {
    const apostrophe = text[n - 2];
    if ((apostrophe === "'" || apostrophe === "’") && (text[n - 1] === "s" || text[n - 1] === "S")) {
      return { core: text.slice(0, n - 2), suffix: text.slice(n - 2) };
    }
  }
  if (possessive && n > 1) {
    const last = text[n - 1];
    if ((last === "'" || last === "’") && /s/i.test(text[n - 2])) return { core: text.slice(0, n - 1), suffix: `${last}s` };
  }
  return { core: text, suffix: "" };
}
