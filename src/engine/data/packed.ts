// Decoders for the word lists as the bundles carry them. The lists stay readable JSON in rules/ (with
// their sources); scripts/pack-data-loader.cjs rewrites their large string lists at build time into a
// front-coded string, about half the gzipped size of the JSON: each entry is one marker character, code
// `base + n`, saying to drop the last n characters of the previous entry, then the characters to add.
// No entry contains a character in the marker range [base, top], so the markers also separate entries.
// Decoding gives back exactly the JSON's values, in the same order, once when the bundle loads.
// The Node build and the tests read the JSON itself.

/** The strings of a front-coded list, in their original order. */
export function unpackStrings(packed: string, base: number, top: number): string[] {
  return frontDecode(packed, base, top, 0, []);
}

/**
 * An object of string values from its front-coded keys and its values: one character per key when
 * every value is a single character ("f", "m", "u"), else a front-coded list with the same markers.
 */
export function unpackRecord(packedKeys: string, values: string, valuesPacked: boolean, base: number, top: number): Record<string, string> {
  const keys = unpackStrings(packedKeys, base, top);
  const vals = valuesPacked ? unpackStrings(values, base, top) : values;
  const out: Record<string, string> = {};
  for (let i = 0; i < keys.length; i++) out[keys[i]] = vals[i];
  return out;
}

/**
 * A sorted word list with its regular forms folded into their stems: each entry is front-coded as in
 * unpackStrings, then carries one tag character (code `tagBase + r`) for each rule r whose form of it is
 * also in the list ("abandon" + tags for "s", "ed", "ing" gives "abandons", "abandoned", "abandoning").
 * A rule [strip, add] drops `strip` from the end of the stem and appends `add`. The result is sorted
 * back into the list's own order (by UTF-16 code units, as the list was).
 */
export function unpackWords(packed: string, base: number, top: number, tagBase: number, rules: readonly (readonly [string, string])[]): string[] {
  return frontDecode(packed, base, top, tagBase, rules).sort();
}

/** Front-coded entries in packed order, each followed by the forms its tag characters name (none when `rules` is empty). */
function frontDecode(packed: string, base: number, top: number, tagBase: number, rules: readonly (readonly [string, string])[]): string[] {
  const out: string[] = [];
  const tagTop = tagBase + rules.length - 1;
  let prev = "";
  let at = 0;
  while (at < packed.length) {
    const drop = packed.charCodeAt(at) - base;
    let end = at + 1;
    while (end < packed.length) {
      const c = packed.charCodeAt(end);
      if ((c >= base && c <= top) || (c >= tagBase && c <= tagTop)) break;
      end++;
    }
    prev = prev.slice(0, prev.length - drop) + packed.slice(at + 1, end);
    out.push(prev);
    for (; end < packed.length; end++) {
      const r = packed.charCodeAt(end) - tagBase;
      if (r < 0 || r >= rules.length) break;
      out.push(prev.slice(0, prev.length - rules[r][0].length) + rules[r][1]);
    }
    at = end;
  }
  return out;
}

/**
 * An object of one-character values carried as one front-coded list of keys per value ("f", "m", "u"),
 * each in its own order, and put back in the object's order: by the keys in lower case, then as
 * written (the order the list was built in; the packer checks it).
 */
export function unpackGroups(groups: readonly string[], values: string, base: number, top: number): Record<string, string> {
  const entries: [string, string, string][] = [];
  groups.forEach((g, i) => {
    for (const k of unpackStrings(g, base, top)) entries.push([k.toLowerCase(), k, values[i]]);
  });
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const out: Record<string, string> = {};
  for (const [, k, v] of entries) out[k] = v;
  return out;
}
