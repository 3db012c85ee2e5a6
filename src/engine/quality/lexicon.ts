// Compiles the quality cue lists (rules/quality/*.json) once, at module load.
import references from "../../../rules/quality/references.json";
import { wordRegExp } from "../text/word-boundary";
import childVoice from "../../../rules/quality/child-voice.json";
import parentViews from "../../../rules/quality/parent-views.json";
import { escapeLiteral } from "../text/bounded";

export type PatternEntry = { pattern: string; note?: string; weight?: number; multiline?: boolean; caseSensitive?: boolean };

type Trie = Map<string, Trie>;
const END = "";

/**
 * Builds one alternation from plain lower-case phrases, factored as a trie ("w(?:as scared|ould like)")
 * so the regex engine tests one character per position instead of every phrase in turn. Longer
 * continuations come first, so the longest phrase wins. A space matches any run of whitespace and an
 * apostrophe matches ' or ’.
 */
export function phraseSource(phrases: readonly string[]): string {
  const root: Trie = new Map();
  for (const p of new Set(phrases.map((x) => x.trim().toLowerCase().replace(/\s+/g, " ")).filter(Boolean))) {
    let node = root;
    for (const ch of p) {
      let next = node.get(ch);
      if (!next) node.set(ch, (next = new Map()));
      node = next;
    }
    node.set(END, new Map());
  }
  return trieSource(root);
}

function trieSource(node: Trie): string {
  const alts: string[] = [];
  let optional = false;
  for (const [ch, child] of node) {
    if (ch === END) {
      optional = true;
      continue;
    }
    const head = ch === " " ? "\\s+" : ch === "'" || ch === "’" ? "['’]" : escapeLiteral(ch);
    alts.push(head + trieSource(child));
  }
  if (!alts.length) return "";
  const body = alts.length === 1 ? alts[0] : `(?:${alts.join("|")})`;
  // A phrase may end here, or go on: prefer going on (longest match), then ending.
  return optional ? `(?:${body})?` : body;
}

/** A global regex matching any of the phrases as whole words in lower-cased text (see lowerOf). */
export function phraseRegex(phrases: readonly string[]): RegExp {
  return new RegExp(`\\b${phraseSource(phrases)}(?![a-z0-9])`, "g");
}

/** Compiles pattern entries (regular-expression source) once; a malformed entry is skipped, never thrown. */
export function compilePatterns(entries: readonly PatternEntry[]): Array<{ re: RegExp; entry: PatternEntry }> {
  const out: Array<{ re: RegExp; entry: PatternEntry }> = [];
  for (const entry of entries) {
    try {
      const flags = "g" + (entry.caseSensitive ? "" : "i") + (entry.multiline ? "m" : "") + "u";
      out.push({ re: wordRegExp(entry.pattern, flags), entry });
    } catch {
      // A bad data entry loses only itself.
    }
  }
  return out;
}

const asMap = (o: Record<string, string>) => new Map(Object.entries(o));

const L = references.lists;
export const REF = {
  subjectPronouns: asMap(L.subjectPronouns.entries),
  objectPronouns: asMap(L.objectPronouns.entries),
  titles: asMap(L.titles.entries),
  parentRoles: asMap(L.parentRoles.entries),
  notParentBefore: new Set(L.notParentBefore.entries),
  otherRoles: asMap(L.otherRoles.entries),
  notNames: new Set(L.notNames.entries),
  objectMarkers: new Set(L.objectMarkers.entries),
  determiners: new Set(L.determiners.entries),
  clauseBreakers: new Set(L.clauseBreakers.entries),
  hypothetical: new Set(L.hypothetical.entries),
  negations: new Set(L.negations.entries),
  modals: new Set(L.modals.entries),
  passive: new Set(L.passive.entries),
};

export type VerbKind = "speech" | "wish" | "observed" | "observer" | "view" | "engagement";

/**
 * Every verb phrase the voice checks react to, keyed by its first word so a sentence's tokens can be
 * matched with one map lookup each. A phrase may belong to several kinds (said: child speech and parent view).
 */
export type VerbPhrase = { words: string[]; kinds: Set<VerbKind>; afterNegation?: boolean };

function addPhrases(into: Map<string, VerbPhrase[]>, phrases: readonly string[], kind: VerbKind, afterNegation = false): void {
  for (const p of phrases) {
    const words = p.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    const list = into.get(words[0]) ?? [];
    let found = list.find((v) => v.words.join(" ") === words.join(" "));
    if (!found) {
      found = { words, kinds: new Set(), ...(afterNegation ? { afterNegation } : {}) };
      list.push(found);
      list.sort((a, b) => b.words.length - a.words.length);
      into.set(words[0], list);
    }
    found.kinds.add(kind);
  }
}

const CV = childVoice.lists;
const PV = parentViews.lists;
export const VERBS = new Map<string, VerbPhrase[]>();
addPhrases(VERBS, CV.speech.entries, "speech");
addPhrases(VERBS, CV.wishes.entries, "wish");
addPhrases(VERBS, CV.observed.entries, "observed");
addPhrases(VERBS, CV.observer.entries, "observer");
// A feeling state seen ("looked upset", "seemed curious", "was uncomfortable"): each one-word state after "is"/"was" in
// the wishes and observed lists, and the demeanour list's, after a verb of appearing; the demeanour states after a copula.
const STATES = [...CV.wishes.entries, ...CV.observed.entries].flatMap((p) => /^(?:is|was) ([a-z]+)$/.exec(p)?.slice(1) ?? []);
for (const s of [...new Set([...STATES, ...CV.demeanour.entries])]) {
  addPhrases(
    VERBS,
    ["looked", "looks", "seemed", "seems", "appeared", "appears"].map((v) => `${v} ${s}`),
    "observed",
  );
  if (!STATES.includes(s)) addPhrases(VERBS, [`is ${s}`, `was ${s}`], "wish");
}
addPhrases(VERBS, PV.views.entries, "view");
addPhrases(VERBS, PV.engagement.entries, "engagement");
addPhrases(VERBS, PV.engagementAfterNegation.entries, "engagement", true);

/** What can be seen of a child (smiled, reached for, pushed away): read of "you" in a letter to the child too. */
export const OBSERVED_PHRASES: readonly string[] = CV.observed.entries;

export const REFUSAL_OBJECTS = new Set(CV.refusalObjects.entries);
export const PARENT_VIEW_HEADINGS = PV.headings.entries;
/** The parents'-views headings in their other forms, as a pattern (lower case). */
export const PARENT_VIEW_HEADING_PATTERN: string = PV.headings.headingPattern;

export const CHILD_VOICE_SOURCE = childVoice.source;
export const PARENT_VIEWS_SOURCE = parentViews.source;
