import commonWordsData from "../../rules/names/common-words.json";
import { AhoCorasick } from "../engine/text/aho-corasick";

/**
 * Every spelling of a redacted name or identifier, found by one matcher for all of them. Used to
 * *generate the needles* that the redactor's sweep removes and that the independent verifier searches
 * for (the verifier decodes the copy itself; this module only says what to look for).
 *
 * A name matches in any case (a one-word name that is also an ordinary word, "Hope", keeps its capital
 * so "I hope" survives), joined or split by spaces, "_", "-", ".", "+", "%20" or "&nbsp;", as
 * "Surname, Given", with soft hyphens, zero-width characters or combining accents inside. A phone or
 * other long number matches with or without spaces, dots, dashes or brackets, and with +44, 0044 or
 * (0) for a leading 0. Emails match in any case, "@" also as "%40". Pure: no Node or DOM.
 *
 * How: the text is reduced to its skeleton (letters folded to plain lower case, and digits; everything
 * else dropped, each skeleton character remembering where it came from). Every secret's skeleton keys
 * go into one Aho–Corasick automaton, so a single pass over the skeleton finds every candidate
 * whatever the number of secrets; each candidate is then confirmed against the text between its
 * characters (only the separators its kind allows), its boundaries and, for a phone, its prefix.
 * Linear in the text: no regular expression per secret, no rescanning.
 */

export type SecretKind = "name" | "identifier";
export type Secret = { text: string; kind: SecretKind };

/** A place where a secret was found: [start, end) in the text searched. */
export type Hit = { start: number; end: number; secret: Secret };

export type Spellings = {
  secrets: Secret[];
  /** Every hit, sorted, not overlapping (at one place the longest wins). Linear in the text. */
  find(text: string): Hit[];
  /** True when any secret is in the text. */
  test(text: string): boolean;
  /** The text with each hit replaced. */
  replace(text: string, by: (s: Secret) => string): string;
};

const COMMON = new Set<string>(commonWordsData.words);

/**
 * The work every search has done so far: characters read into skeletons, skeleton characters scanned,
 * candidates tried and the characters each confirmation read. A deterministic measure (tests read it to
 * check the search stays linear in the text, however busy the machine).
 */
let work = 0;
export const searchWork = (): number => work;

/** The words of a name: letters only, hyphens and apostrophes as gaps. */
export function nameWords(name: string): string[] {
  return name
    .normalize("NFC")
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean);
}

// ---- characters ---------------------------------------------------------------------------------

/** Shown as nothing: soft hyphen, zero-width space and joiners, direction marks, word joiner, BOM. */
const isIgnorable = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff;
const isMark = (c: number) => c >= 0x300 && c <= 0x36f;
/** JavaScript's \s. */
const isSpace = (c: number) =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** Folded code per BMP character: -2 not computed yet, -1 not part of a skeleton. */
const FOLDED = new Int32Array(0x10000).fill(-2);
/** Accented Latin letters (Latin-1 and Latin Extended-A) by their plain letter. */
for (let cp = 0xc0; cp <= 0x17f; cp++) {
  const ch = String.fromCharCode(cp);
  const base = ch.normalize("NFD").replace(/\p{M}+/gu, "");
  if (base.length === 1 && base !== ch) FOLDED[cp] = base.toLowerCase().charCodeAt(0);
}
const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** A character's skeleton code: plain lower-case letter, digit, or -1 (dropped). */
function fold(c: number): number {
  if (c < 128) return isDigit(c) || (c >= 97 && c <= 122) ? c : c >= 65 && c <= 90 ? c + 32 : -1;
  let f = FOLDED[c];
  if (f !== -2) return f;
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  f = LETTER.test(ch) && lower.length === 1 ? lower.charCodeAt(0) : -1;
  FOLDED[c] = f;
  return f;
}

/** The code point that ends just before `i` (surrogate pairs read whole). */
function codePointBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return text.slice(i - 2, i);
  return text[i - 1];
}

const letterBefore = (text: string, i: number, numbersToo: boolean) => i > 0 && (numbersToo ? LETTER_OR_NUMBER : LETTER).test(codePointBefore(text, i));
const letterAt = (text: string, i: number, numbersToo: boolean) =>
  i < text.length && (numbersToo ? LETTER_OR_NUMBER : LETTER).test(String.fromCodePoint(text.codePointAt(i) as number));

/** Length of "%XX" at i (3) or 0. */
const percentAt = (text: string, i: number) => (text.charCodeAt(i) === 37 && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2)) ? 3 : 0);

/** Length of a character reference ("&nbsp;", "&#173;", "&#xAD;") at i, or 0. */
function entityAt(text: string, i: number): number {
  if (text.charCodeAt(i) !== 38) return 0;
  let j = i + 1;
  const max = Math.min(text.length, i + 12);
  if (text.charCodeAt(j) === 35) {
    j++;
    const hex = text.charCodeAt(j) === 120 || text.charCodeAt(j) === 88;
    if (hex) j++;
    const from = j;
    while (j < max && (hex ? isHex(text.charCodeAt(j)) : isDigit(text.charCodeAt(j)))) j++;
    if (j === from) return 0;
  } else {
    const from = j;
    while (j < max && /[a-zA-Z]/.test(text[j])) j++;
    if (j === from) return 0;
  }
  return text.charCodeAt(j) === 59 ? j + 1 - i : 0;
}

const FLATTEN = /^/;
/** Texts up to this length reuse one pair of skeleton arrays (6 bytes a character at most kept). */
const REUSE_MAX = 1 << 20;
let reused = { codes: new Uint16Array(0), at: new Int32Array(0) };

/**
 * The skeleton of a text: its letters (folded) and digits only, with where each came from. Separators,
 * invisible characters, accents, "%20" and character references drop out, so every spelling of a name
 * has the same skeleton.
 */
function skeleton(text: string): { codes: Uint16Array; at: Int32Array; n: number } {
  // A string built by concatenation is a tree of pieces until flattened; reading it a character at a
  // time is several times slower than reading a flat one. A regular expression flattens it once.
  FLATTEN.test(text);
  // The arrays are reused from one call to the next (a search reads them only until it returns, and
  // no search starts inside another): a document's many parts and views allocate nothing each.
  if (text.length > reused.codes.length && text.length <= REUSE_MAX) {
    const size = Math.min(REUSE_MAX, Math.max(4096, text.length * 2));
    reused = { codes: new Uint16Array(size), at: new Int32Array(size) };
  }
  const { codes, at } = text.length <= reused.codes.length ? reused : { codes: new Uint16Array(text.length), at: new Int32Array(text.length) };
  let n = 0;
  work += text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 37) {
      if (percentAt(text, i)) i += 2;
      continue;
    }
    if (c === 38) {
      const e = entityAt(text, i);
      if (e) i += e - 1;
      continue;
    }
    const f = fold(c);
    if (f < 0) continue;
    codes[n] = f;
    at[n++] = i;
  }
  return { codes, at, n };
}

const keyOf = (s: string): string => {
  const { codes, n } = skeleton(s);
  return String.fromCharCode(...codes.subarray(0, n));
};

// ---- what lies between two characters of a match ------------------------------------------------

/** Kinds of gap between two skeleton characters of a secret. */
const WORD = 0; // inside a word: only invisible characters and combining accents
const NAME = 1; // between the words of a name: nothing or any run of separators
const DIGITS = 2; // between the digits of a number
type Gap = typeof WORD | typeof NAME | typeof DIGITS | string; // a string: an identifier's own separators, in order

/** Length of one separator allowed between a name's words at i, or 0. */
function nameSeparator(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isSpace(c) || c === 95 || c === 46 || c === 45 || c === 43 || c === 44 || c === 39 || c === 0x2019 || isIgnorable(c) || isMark(c)) return 1;
  if (c === 37 && percentAt(text, i)) {
    const code = text.slice(i + 1, i + 3).toUpperCase();
    return code === "20" || code === "2B" || code === "2C" || code === "2D" || code === "2E" || code === "5F" ? 3 : 0;
  }
  return text.startsWith("&nbsp;", i) ? 6 : 0;
}

/** Length of one separator allowed between a number's digits at i, or 0. */
function digitSeparator(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isSpace(c) || c === 46 || c === 45 || c === 40 || c === 41 || c === 47 || isIgnorable(c)) return 1;
  if (c === 37 && percentAt(text, i)) {
    const code = text.slice(i + 1, i + 3);
    return code === "20" || code === "28" || code === "29" ? 3 : 0;
  }
  return text.startsWith("&nbsp;", i) ? 6 : 0;
}

/** Length of one space of an identifier at i ("\s", "%20", "&nbsp;"), or 0. */
function spaceAt(text: string, i: number): number {
  // A zero-width space stands for a space too ("NE9\u200b5TP" is the postcode with its space hidden).
  const c = text.charCodeAt(i);
  if (isSpace(c) || c === 0x200b) return 1;
  if (text.startsWith("%20", i)) return 3;
  return text.startsWith("&nbsp;", i) ? 6 : 0;
}

function skipInvisible(text: string, i: number, to: number): number {
  while (i < to && (isIgnorable(text.charCodeAt(i)) || isMark(text.charCodeAt(i)))) i++;
  return i;
}

/** True when text[from, to) is a gap of the given kind. */
function gapFits(text: string, from: number, to: number, gap: Gap): boolean {
  if (from === to) return typeof gap !== "string" || gap === "";
  if (gap === WORD) return skipInvisible(text, from, to) === to;
  if (gap === NAME || gap === DIGITS) {
    const sep = gap === NAME ? nameSeparator : digitSeparator;
    for (let i = from; i < to;) {
      const n = sep(text, i);
      if (!n) return false;
      i += n;
    }
    return true;
  }
  // An identifier's own separators, in order ("." "@" " "…), anything invisible around them.
  let i = from;
  for (const t of gap) {
    if (t === " ") {
      let spaces = 0;
      while (i < to) {
        const n = spaceAt(text, i);
        if (n) spaces++;
        else if (!isIgnorable(text.charCodeAt(i)) && !isMark(text.charCodeAt(i))) break;
        i += n || 1;
      }
      if (!spaces) return false;
      continue;
    }
    i = skipInvisible(text, i, to);
    if (t === "@") {
      if (text.charCodeAt(i) === 64) i++;
      else if (text.startsWith("%40", i)) i += 3;
      else return false;
    } else if (text[i] === t) i++;
    else return false;
  }
  i = skipInvisible(text, i, to);
  return i === to;
}

// ---- secrets compiled to keys -------------------------------------------------------------------

/** One way a secret can look in the skeleton, and what must hold around it. */
type Variant = {
  secret: number;
  key: string;
  /** gaps[i]: what may lie between key[i] and key[i + 1]. */
  gaps: Gap[];
  /** 1: the first letter must be a capital; 0: any case. */
  capital: 0 | 1;
  /** Numbers cannot touch letters or digits; names cannot touch letters. */
  numbersToo: boolean;
  /** A UK phone number: the key is its significant digits, after 0, +44, 0044 or +44 (0). */
  ukLead: boolean;
};

function nameVariants(text: string): Omit<Variant, "secret">[] {
  const words = nameWords(text)
    .map((w) => ({ w, key: keyOf(w) }))
    .filter((x) => x.key);
  if (!words.length || words.reduce((n, x) => n + x.key.length, 0) < 2) return [];
  const variant = (order: typeof words, capital: 0 | 1): Omit<Variant, "secret"> => {
    const gaps: Gap[] = [];
    order.forEach((x, k) => {
      for (let i = 1; i < x.key.length; i++) gaps.push(WORD);
      if (k < order.length - 1) gaps.push(NAME);
    });
    return { key: order.map((x) => x.key).join(""), gaps, capital, numbersToo: false, ukLead: false };
  };
  if (words.length === 1) {
    // A one-word name that is an ordinary word keeps its capital ("Hope", "HOPE", never "hope").
    const first = words[0].w[0];
    const capital = COMMON.has(words[0].w.toLowerCase()) && first !== first.toLowerCase() ? 1 : 0;
    return [variant(words, capital)];
  }
  return [variant(words, 0), variant([words[words.length - 1], ...words.slice(0, -1)], 0)];
}

function identifierVariants(text: string): Omit<Variant, "secret">[] {
  const t = text.trim();
  if (t.length < 2) return [];
  const digits = t.replace(/\D/g, "");
  // Mostly digits (phones, NHS numbers, case numbers written as numbers): any grouping.
  if (digits.length >= 6 && digits.length === t.replace(/[\s()+.\-/]/g, "").length) {
    const uk = /^\+?\s*44/.test(t.replace(/^\s*00/, "+")) || digits.startsWith("0");
    const key = uk ? (/^\+?\s*44/.test(t.replace(/^\s*00/, "+")) ? digits.replace(/^0{0,2}44/, "").replace(/^0/, "") : digits.slice(1)) : digits;
    if (key.length < 2) return [];
    return [{ key, gaps: Array<Gap>(key.length - 1).fill(DIGITS), capital: 0, numbersToo: true, ukLead: uk }];
  }
  // Anything else (emails, postcodes, references): its letters in any case, its own separators between.
  let key = "";
  const gaps: Gap[] = [];
  let pending = "";
  for (const ch of t.normalize("NFC")) {
    const c = ch.charCodeAt(0);
    const f = ch.length === 1 ? fold(c) : -1;
    if (f >= 0) {
      if (key) gaps.push(pending);
      key += String.fromCharCode(f);
      pending = "";
    } else if (isMark(c) || isIgnorable(c)) continue;
    else if (key) pending += /\s/.test(ch) ? (pending.endsWith(" ") ? "" : " ") : ch;
  }
  if (key.length < 2) return [];
  return [{ key, gaps, capital: 0, numbersToo: true, ukLead: false }];
}

/** Compiled secrets, shared by every document a worker redacts (the same names recur in a bundle). */
const COMPILED = new Map<string, Omit<Variant, "secret">[]>();

function compile(s: Secret, id: string): Omit<Variant, "secret">[] {
  let v = COMPILED.get(id);
  if (v) return v;
  v = s.kind === "name" ? nameVariants(s.text) : identifierVariants(s.text);
  if (COMPILED.size > 4096) COMPILED.clear();
  COMPILED.set(id, v);
  return v;
}

// ---- one automaton for every key ----------------------------------------------------------------

/**
 * Calls found(variant, lastIndex) for every key ending at each skeleton index (the engine's Aho–Corasick
 * automaton, one table read per character); stops when it returns true.
 */
function scanKeys(automaton: AhoCorasick, codes: Uint16Array, n: number, found: (variant: number, last: number) => boolean): void {
  const { outStart, out } = automaton;
  let s = 0;
  work += n;
  for (let i = 0; i < n; i++) {
    s = automaton.step(s, codes[i]);
    for (let o = outStart[s], end = outStart[s + 1]; o < end; o++) {
      work++;
      if (found(out[o], i)) return;
    }
  }
}

// ---- confirming a candidate ---------------------------------------------------------------------

/** Where a UK number's prefix starts (0, +44, 0044, +44 (0)) before skeleton index p, leftmost first; -1 for none. */
function ukStart(text: string, codes: Uint16Array, at: Int32Array, p: number): number {
  const ch = (k: number) => (k >= 0 ? codes[k] : -1);
  const touching = (k: number) => at[k] + 1 === at[k + 1];
  const gap = (k: number) => gapFits(text, at[k] + 1, at[k + 1], DIGITS);
  const okStart = (s: number) => s >= 0 && !letterBefore(text, s, true);
  const Z = 48;
  const F = 52;
  const starts: number[] = [];
  // "+44" or "%2B44" (with an optional "(0)" after): the plus sign before the first 4.
  const plusBefore = (q: number) => {
    const lo = q > 0 ? at[q - 1] + 1 : 0;
    for (let i = at[q] - 1; i >= lo; i--) {
      const c = text.charCodeAt(i);
      const isPlus = c === 43 ? 1 : c === 37 && (text.startsWith("%2B", i) || text.startsWith("%2b", i)) ? 3 : 0;
      if (isPlus) return gapFits(text, i + isPlus, at[q], DIGITS) ? i : -1;
    }
    return -1;
  };
  // 0044 and 0044 (0)
  if (ch(p - 5) === Z && ch(p - 4) === Z && ch(p - 3) === F && ch(p - 2) === F && ch(p - 1) === Z && touching(p - 5) && gap(p - 4) && touching(p - 3) && gap(p - 2) && gap(p - 1))
    starts.push(at[p - 5]);
  if (ch(p - 4) === Z && ch(p - 3) === Z && ch(p - 2) === F && ch(p - 1) === F && touching(p - 4) && gap(p - 3) && touching(p - 2) && gap(p - 1)) starts.push(at[p - 4]);
  // +44 (0) and +44
  if (ch(p - 3) === F && ch(p - 2) === F && ch(p - 1) === Z && touching(p - 3) && gap(p - 2) && gap(p - 1)) starts.push(plusBefore(p - 3));
  if (ch(p - 2) === F && ch(p - 1) === F && touching(p - 2) && gap(p - 1)) starts.push(plusBefore(p - 2));
  // 0
  if (ch(p - 1) === Z && gap(p - 1)) starts.push(at[p - 1]);
  let best = -1;
  for (const s of starts) if (okStart(s) && (best < 0 || s < best)) best = s;
  return best;
}

/** The hit of a variant whose key ends at skeleton index `last`, or undefined when the text around does not fit. */
function confirm(text: string, codes: Uint16Array, at: Int32Array, v: Variant, last: number): { start: number; end: number } | undefined {
  const p = last - v.key.length + 1;
  work += at[last] - at[p] + 1;
  for (let k = 0; k < v.gaps.length; k++) if (!gapFits(text, at[p + k] + 1, at[p + k + 1], v.gaps[k])) return undefined;
  let start = at[p];
  if (v.capital) {
    const c = text[start];
    if (c === c.toLowerCase()) return undefined;
  }
  if (v.ukLead) {
    start = ukStart(text, codes, at, p);
    if (start < 0) return undefined;
  } else if (letterBefore(text, start, v.numbersToo)) return undefined;
  // Combining accents after the last letter belong to it.
  let end = at[last] + 1;
  while (end < text.length && isMark(text.charCodeAt(end))) end++;
  if (letterAt(text, end, v.numbersToo)) return undefined;
  return { start, end };
}

// ---- the matcher --------------------------------------------------------------------------------

/**
 * Every secret, spelled every way (see the module comment). Searching is linear in the text whatever
 * the number of secrets: one automaton over the skeleton, each candidate confirmed where it stands.
 */
export function spellings(input: readonly Secret[]): Spellings | undefined {
  // The redactor, its writer and the verifier ask for the same secrets (the same objects) in turn: built once.
  for (const r of RECENT) if (r.input.length === input.length && r.input.every((s, i) => s === input[i])) return r.sp;
  const sp = build(input);
  RECENT.unshift({ input: [...input], sp });
  if (RECENT.length > 3) RECENT.pop();
  return sp;
}

const RECENT: { input: readonly Secret[]; sp: Spellings | undefined }[] = [];

function build(input: readonly Secret[]): Spellings | undefined {
  const seen = new Set<string>();
  const secrets: Secret[] = [];
  const variants: Variant[] = [];
  const keys: [string, number][] = [];
  // Longer secrets first, so at one place the longest is kept.
  const sorted = [...input].sort((a, b) => b.text.length - a.text.length);
  for (const s of sorted) {
    const id = `${s.kind}\u0000${s.text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase()}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const compiled = compile(s, id);
    if (!compiled.length) continue;
    const i = secrets.push(s) - 1;
    for (const c of compiled) keys.push([c.key, variants.push({ ...c, secret: i }) - 1]);
  }
  if (!secrets.length) return undefined;
  const automaton = new AhoCorasick(keys);

  const search = (text: string, first: boolean): Hit[] => {
    if (!text) return [];
    const { codes, at, n } = skeleton(text);
    const hits: Hit[] = [];
    scanKeys(automaton, codes, n, (vi, last) => {
      const v = variants[vi];
      const m = confirm(text, codes, at, v, last);
      if (!m) return false;
      hits.push({ start: m.start, end: m.end, secret: secrets[v.secret] });
      return first;
    });
    if (first || hits.length < 2) return hits;
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Hit[] = [];
    let lastEnd = -1;
    for (const h of hits) {
      if (h.start < lastEnd) continue;
      out.push(h);
      lastEnd = h.end;
    }
    return out;
  };
  return {
    secrets,
    find: (text) => search(text, false),
    test: (text) => search(text, true).length > 0,
    replace(text, by) {
      const hits = search(text, false);
      if (!hits.length) return text;
      const parts: string[] = [];
      let at = 0;
      for (const h of hits) {
        parts.push(text.slice(at, h.start), by(h.secret));
        at = h.end;
      }
      parts.push(text.slice(at));
      return parts.join("");
    },
  };
}

/**
 * The names to sweep for each child: every form given, and each form's first and last word alone when
 * it is not a word of the subject's own names (a sibling shares the subject's surname: that is never
 * swept alone; another family's surname identifies the child and goes).
 */
export function nameForms(forms: readonly string[], protectedWords: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const f of forms) {
    const words = nameWords(f);
    if (!words.length) continue;
    if (words.length === 1 && protectedWords.has(words[0].toLowerCase())) continue;
    out.add(words.join(" "));
    const first = words[0];
    if (words.length > 1 && first.length >= 2 && !protectedWords.has(first.toLowerCase())) out.add(first);
    const last = words[words.length - 1];
    if (words.length > 1 && last.length >= 3 && !protectedWords.has(last.toLowerCase())) out.add(last);
  }
  return [...out];
}
