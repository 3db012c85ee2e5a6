// A multi-phrase matcher compiled once from word lists: a character trie walked from each word start,
// so a scan is linear in the text and allocates nothing per word. Matching is case-insensitive and
// whole-word; a phrase may ask to be matched case-sensitively (acronyms: "CP" but not "cp").
// Runs of spaces in the text match one space in a phrase, and curly apostrophes match straight ones.

export type PhraseSpec<T> = {
  phrase: string;
  value: T;
  /** Match the letters' case exactly (after the case-insensitive walk). */
  caseSensitive?: boolean;
  /** Phrases of different groups may overlap; within a group matches are leftmost-longest. Default 0. */
  group?: number;
};

export type PhraseMatch<T> = { start: number; end: number; value: T };

type Terminal<T> = { value: T; group: number; exact?: string };
// Children by folded code unit; nodes near the root also keep an ASCII table, since most words fail
// within their first letters and a table lookup is cheaper than a Map lookup.
// Deeper down most nodes have one child (the rest of one phrase): it is kept beside the Map and
// compared directly.
type Node<T> = { next: Map<number, Node<T>>; ascii?: Array<Node<T> | undefined>; onlyCode: number; only?: Node<T>; terminals?: Terminal<T>[] };

const ASCII_TABLE_DEPTH = 3;
// The one Map of every node whose children are all found without it (see buildTables); never written to.
const NO_CHILDREN = new Map<number, never>();

// Every node gets every field at birth, so they share one shape and the walk's property reads stay fast.
const newNode = <T>(): Node<T> => ({ next: new Map(), ascii: undefined, onlyCode: -1, only: undefined, terminals: undefined });

function buildTables<T>(node: Node<T>, depth: number): void {
  // (Deeper nodes with several children, after a common word such as "the ", get a table too: a few
  // hundred tables in all.)
  if ((depth < ASCII_TABLE_DEPTH && node.next.size > 0) || node.next.size >= 3) {
    const table: Array<Node<T> | undefined> = new Array(128).fill(undefined);
    for (const [c, child] of node.next) if (c < 128) table[c] = child;
    node.ascii = table;
  } else if (node.next.size === 1) {
    for (const [c, child] of node.next) {
      node.onlyCode = c;
      node.only = child;
    }
  }
  for (const child of node.next.values()) buildTables(child, depth + 1);
  // The walk reads a node's Map only for children it cannot find in the table or the single-child fields: a
  // leaf, a single-child node and a tabled node whose children are all ASCII share one empty Map. Most of a
  // compiled list's tens of thousands of nodes are such, and a Map each held megabytes for the life of the
  // process (issue 13: peak memory).
  if (node.only !== undefined || node.next.size === 0) node.next = NO_CHILDREN;
  else if (node.ascii !== undefined) {
    let wide: Map<number, Node<T>> | undefined;
    for (const [c, child] of node.next) if (c >= 128) (wide ??= new Map()).set(c, child);
    node.next = wide ?? NO_CHILDREN;
  }
}

function child<T>(node: Node<T>, c: number): Node<T> | undefined {
  if (node.only !== undefined) return node.onlyCode === c ? node.only : undefined;
  return c < 128 && node.ascii !== undefined ? node.ascii[c] : node.next.get(c);
}

const SPACE = 32;
const APOSTROPHE = 39;

const wordCache = new Map<number, boolean>();
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and combining marks. ASCII is decided without a regex. */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogate halves: emoji and rare scripts never join a phrase
  let w = wordCache.get(c);
  if (w === undefined) {
    w = WORD_RE.test(String.fromCharCode(c));
    if (wordCache.size < 4096) wordCache.set(c, w);
  }
  return w;
}

const foldCache = new Map<number, number>();

/** Case-folds one UTF-16 code unit; spaces and apostrophes are normalised. */
function fold(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c === 9 ? SPACE : c;
  if (c === 0xa0 || c === 0x202f || c === 0x2009) return SPACE;
  if (c === 0x2019 || c === 0x2018 || c === 0x02bc) return APOSTROPHE;
  if (c === 0x2010 || c === 0x2011) return 45; // hyphens
  let f = foldCache.get(c);
  if (f === undefined) {
    const lower = String.fromCharCode(c).toLowerCase();
    f = lower.length === 1 ? lower.charCodeAt(0) : c;
    if (foldCache.size < 4096) foldCache.set(c, f);
  }
  return f;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;

/** Expands "{a|b} c" groups into every combination: "a c", "b c". Groups do not nest. */
export function expandPattern(pattern: string): string[] {
  return expandRaw(pattern).map((p) => p.replace(/\s+/g, " ").trim());
}

function expandRaw(pattern: string): string[] {
  const open = pattern.indexOf("{");
  const close = open < 0 ? -1 : pattern.indexOf("}", open);
  if (close < 0) return [pattern];
  const head = pattern.slice(0, open);
  const options = pattern.slice(open + 1, close).split("|");
  const out: string[] = [];
  for (const rest of expandRaw(pattern.slice(close + 1))) for (const o of options) out.push(head + o + rest);
  return out;
}

export class PhraseMatcher<T> {
  private readonly root: Node<T> = newNode();
  /** Number of distinct phrases compiled. */
  readonly size: number;
  /** Number of groups (highest group + 1). */
  groups = 1;

  constructor(specs: Iterable<PhraseSpec<T>>) {
    let size = 0;
    for (const spec of specs) {
      const phrase = spec.phrase.replace(/\s+/g, " ").trim();
      if (!phrase || !isWordCode(phrase.charCodeAt(0))) continue;
      let node = this.root;
      for (let i = 0; i < phrase.length; i++) {
        const c = fold(phrase.charCodeAt(i));
        let child = node.next.get(c);
        if (!child) {
          child = newNode<T>();
          node.next.set(c, child);
        }
        node = child;
      }
      const group = spec.group ?? 0;
      (node.terminals ??= []).push(spec.caseSensitive ? { value: spec.value, group, exact: phrase } : { value: spec.value, group });
      if (group >= this.groups) this.groups = group + 1;
      size++;
    }
    this.size = size;
    buildTables(this.root, 0);
  }

  // Reused between walks so a scan allocates nothing per word.
  private readonly ends: number[] = [];
  private readonly nodes: Node<T>[] = [];

  /**
   * Calls onMatch for each leftmost-longest whole-word match of each group, in text order; matches of
   * one group never overlap. onMatch may return false to reject a match, in which case shorter phrases
   * at that start are tried. One pass over the text serves every group.
   */
  scan(text: string, onMatch: (start: number, end: number, value: T, group: number) => boolean | void): void {
    const n = text.length;
    const root = this.root;
    const groups = this.groups;
    const blocked: number[] = new Array(groups).fill(0);
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const word = isWordCode(c);
      if (!word || prevWord) {
        prevWord = word;
        continue;
      }
      prevWord = true;
      const first = child(root, fold(c));
      if (first) this.walk(text, i, first, blocked, onMatch);
    }
  }

  /** All matches as an array (for tests and small inputs). */
  findAll(text: string): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    this.scan(text, (start, end, value) => {
      out.push({ start, end, value });
    });
    return out;
  }

  // Walks the trie from start and reports the longest acceptable match of each group not blocked here.
  private walk(text: string, start: number, first: Node<T>, blocked: number[], onMatch: (s: number, e: number, v: T, g: number) => boolean | void): void {
    const n = text.length;
    // Candidate ends (longest last); kept small: phrases are a few words long.
    const ends = this.ends;
    const nodes = this.nodes;
    let count = 0;
    let node = first;
    let j = start + 1;
    for (;;) {
      if (node.terminals && (j >= n || !isWordCode(text.charCodeAt(j)))) {
        ends[count] = j;
        nodes[count] = node;
        count++;
      }
      if (j >= n) break;
      const c = text.charCodeAt(j);
      if (isSpace(c)) {
        const next = child(node, SPACE);
        if (!next) break;
        while (j < n && isSpace(text.charCodeAt(j))) j++;
        node = next;
        continue;
      }
      const next = child(node, fold(c));
      if (!next) break;
      node = next;
      j++;
    }
    if (count === 0) return;
    for (let g = 0; g < blocked.length; g++) {
      if (blocked[g] > start) continue;
      search: for (let k = count - 1; k >= 0; k--) {
        const e = ends[k];
        for (const t of nodes[k].terminals!) {
          if (t.group !== g) continue;
          if (t.exact !== undefined && !sameLetters(text, start, e, t.exact)) continue;
          if (onMatch(start, e, t.value, g) !== false) {
            blocked[g] = e;
            break search;
          }
        }
      }
    }
  }
}

// Compares text[start, end) with an exact phrase, letting runs of spaces match one space.
function sameLetters(text: string, start: number, end: number, exact: string): boolean {
  let i = start;
  let k = 0;
  while (i < end && k < exact.length) {
    const c = text.charCodeAt(i);
    const e = exact.charCodeAt(k);
    if (isSpace(c) && e === SPACE) {
      while (i < end && isSpace(text.charCodeAt(i))) i++;
      k++;
      continue;
    }
    // Only apostrophes and hyphens may differ from the exact form (curly vs straight).
    if (c !== e && !(fold(c) === e && (e === APOSTROPHE || e === 45))) return false;
    i++;
    k++;
  }
  return i === end && k === exact.length;
}
