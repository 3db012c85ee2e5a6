import { escapeLiteral } from "../../engine/text/bounded";

/**
 * Pseudonyms for other children: "Child A", "Child B"… "Child Z", "Child AA"… given in order of first
 * appearance and kept consistent for each child. A registry can be shared between documents (a bundle)
 * so the same child keeps the same label in all of them.
 */

/** Name (lower-cased, spaces tidied) → label. Shared between documents of a bundle; extended in place. */
export type LabelMap = Map<string, string>;

const normalise = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

/** The n-th label letter sequence (0 → A, 25 → Z, 26 → AA…). */
export function labelLetters(n: number): string {
  let s = "";
  let i = n + 1;
  while (i > 0) {
    const r = (i - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    i = Math.floor((i - 1) / 26);
  }
  return s;
}

const LABEL_RE = /^Child [A-Z]{1,3}$/;
const LABELS_IN_TEXT = /\bChild ([A-Z]{1,3})\b/g;

/** True when the text is already a pseudonym such as "Child A" (with the default prefix). */
export function isPseudonym(text: string, prefix = "Child"): boolean {
  return prefix === "Child" ? LABEL_RE.test(text) : new RegExp(`^${escapeLiteral(prefix)} [A-Z]{1,3}$`).test(text);
}

export class PseudonymRegistry {
  readonly map: LabelMap;
  readonly prefix: string;
  private readonly used = new Set<string>();
  private next = 0;

  /** Pass a map from an earlier document to keep its labels; the map is extended in place. */
  constructor(map: LabelMap = new Map(), prefix = "Child") {
    this.map = map;
    this.prefix = prefix;
    for (const label of map.values()) this.used.add(label);
  }

  /** Marks labels already in the text ("Child A" from an earlier redaction) as taken. */
  reserveLabelsIn(text: string): void {
    if (this.prefix === "Child") {
      for (const m of text.matchAll(LABELS_IN_TEXT)) this.used.add(`Child ${m[1]}`);
    } else {
      const re = new RegExp(`\\b${escapeLiteral(this.prefix)} ([A-Z]{1,3})\\b`, "g");
      for (const m of text.matchAll(re)) this.used.add(`${this.prefix} ${m[1]}`);
    }
  }

  /**
   * The label for a child known by these names (the fullest first). A child seen in an earlier document
   * under its full name, or under a first name that matches exactly one earlier child, keeps its label.
   */
  labelFor(names: readonly string[]): string {
    const keys = names.map(normalise).filter(Boolean);
    let label: string | undefined;
    for (const k of keys) {
      label = this.map.get(k);
      if (label) break;
    }
    if (!label && keys.length && !keys[0].includes(" ")) label = this.uniqueByFirstName(keys[0]);
    if (!label) label = this.allocate(keys);
    for (const k of keys) if (!this.map.has(k)) this.map.set(k, label);
    return label;
  }

  /** A new label for a child who must not share one, recorded under names not yet taken. */
  fresh(names: readonly string[]): string {
    const label = this.allocate(names.map(normalise));
    for (const k of names.map(normalise).filter(Boolean)) if (!this.map.has(k)) this.map.set(k, label);
    return label;
  }

  private uniqueByFirstName(first: string): string | undefined {
    let found: string | undefined;
    for (const [k, label] of this.map) {
      if (k.split(" ")[0] !== first) continue;
      if (found && found !== label) return undefined;
      found = label;
    }
    return found;
  }

  /**
   * The next free label whose letters are not a word of any name known to the registry or being
   * labelled: "Person AB" for a person called "AB" would put the name back in the text.
   */
  private allocate(names: readonly string[] = []): string {
    const words = new Set<string>();
    for (const n of [...names, ...this.map.keys()]) for (const w of n.split(/[^\p{L}]+/u)) if (w) words.add(w);
    for (;;) {
      const letters = labelLetters(this.next++);
      const label = `${this.prefix} ${letters}`;
      if (words.has(letters.toLowerCase())) continue;
      if (!this.used.has(label)) {
        this.used.add(label);
        return label;
      }
    }
  }
}
