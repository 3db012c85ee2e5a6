import commonWordsData from "../../rules/names/common-words.json";

/**
 * Every spelling of a redacted name or identifier, as one regular expression. Used to *generate the
 * needles* that the redactor's sweep removes and that the independent verifier searches for (the
 * verifier decodes the copy itself; this module only says what to look for).
 *
 * A name matches in any case (a one-word name that is also an ordinary word, "Hope", keeps its capital
 * so "I hope" survives), joined or split by spaces, "_", "-", ".", "+", "%20" or "&nbsp;", as
 * "Surname, Given", with soft hyphens, zero-width characters or character references inside. A phone
 * or other long number matches with or without spaces, dots, dashes or brackets, and with +44, 0044
 * or (0) for a leading 0. Emails match in any case, "@" also as "%40". Pure: no Node or DOM.
 */

export type SecretKind = "name" | "identifier";
export type Secret = { text: string; kind: SecretKind };

const COMMON = new Set<string>(commonWordsData.words);


/** Characters that show as nothing: soft hyphen, zero-width space/joiners, word joiner, BOM. (Every user decodes character references first.) */
const IGNORABLE = "[\\u00AD\\u200B-\\u200F\\u2060\\uFEFF]*";
/** Between the words of a name: nothing at all (KaydenMarsh), or any run of separators. */
const NAME_GAP = "(?:[\\s\\u00A0_.\\-+,'’]|%20|%2[bBcCdDeE]|%5[fF]|&nbsp;)*";
/** Between the digits of a number. */
const DIGIT_GAP = "(?:[\\s\\u00A0.\\-()/]|%20|%28|%29|&nbsp;)*";

/** Accented letters by their plain letter ("e" → é, è, ê, ë, ē…), from Latin-1 and Latin Extended-A. */
const ACCENTED = new Map<string, string[]>();
for (let cp = 0xc0; cp <= 0x17f; cp++) {
  const ch = String.fromCodePoint(cp);
  const base = ch.normalize("NFD").replace(/\p{M}+/gu, "");
  if (base.length === 1 && base !== ch) ACCENTED.set(base, [...(ACCENTED.get(base) ?? []), ch]);
}

/** One character in any form: itself, its other case, with or without an accent, or a numeric character reference. */
function charPattern(ch: string, anyCase = true): string {
  const forms = new Set<string>([ch]);
  if (anyCase) {
    forms.add(ch.toLowerCase());
    forms.add(ch.toUpperCase());
  }
  // A letter with an accent also matches without it ("Zoë", "Zoe").
  for (const f of [...forms]) {
    const base = f.normalize("NFD").replace(/\p{M}+/gu, "");
    if (base && base.length === 1) forms.add(base);
  }
  for (const f of [...forms]) for (const a of ACCENTED.get(f) ?? []) forms.add(a);
  // One character class: a single test per position, however many forms (a 1 MB record stays linear).
  const cls = [...forms].filter((f) => [...f].length === 1).map((f) => f.replace(/[\\\][^-]/g, "\\$&")).join("");
  return /\p{L}/u.test(ch) ? `[${cls}][\\u0300-\\u036f]*` : `[${cls}]`;
}

/** A word's letters, any case (or capital first), anything ignorable between them. */
function wordPattern(word: string, keepCapital: boolean): string {
  const chars = [...word];
  return chars.map((c, i) => charPattern(c, !(keepCapital && i === 0))).join(IGNORABLE);
}

/** The words of a name: letters only, hyphens and apostrophes as gaps. */
export function nameWords(name: string): string[] {
  return name
    .normalize("NFC")
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean);
}

function namePattern(name: string): string | undefined {
  const words = nameWords(name);
  if (!words.length || words.join("").length < 2) return undefined;
  // A one-word name that is an ordinary word keeps its capital ("Hope", "HOPE", never "hope").
  const keepCapital = words.length === 1 && COMMON.has(words[0].toLowerCase());
  const forward = words.map((w) => wordPattern(w, keepCapital)).join(NAME_GAP);
  if (words.length === 1) return forward;
  const last = words[words.length - 1];
  const reversed = [last, ...words.slice(0, -1)].map((w) => wordPattern(w, false)).join(NAME_GAP);
  return `${forward}|${reversed}`;
}

function identifierPattern(text: string): string | undefined {
  const t = text.trim();
  if (t.length < 2) return undefined;
  const digits = t.replace(/\D/g, "");
  // Mostly digits (phones, NHS numbers, case numbers written as numbers): any grouping.
  if (digits.length >= 6 && digits.length === t.replace(/[\s()+.\-/]/g, "").length) {
    let rest = digits;
    let lead = "";
    if (/^\+?\s*44/.test(t.replace(/^\s*00/, "+"))) rest = digits.replace(/^0{0,2}44/, "").replace(/^0/, "");
    else if (digits.startsWith("0")) rest = digits.slice(1);
    else return `(?<!\\d)${[...digits].join(DIGIT_GAP)}(?!\\d)`;
    // A UK number: 0…, +44…, 0044…, +44 (0)…
    lead = `(?:0|(?:\\+|%2[bB]|00)${DIGIT_GAP}44${DIGIT_GAP}(?:\\(?0\\)?${DIGIT_GAP})?)`;
    return `(?<!\\d)${lead}${DIGIT_GAP}${[...rest].join(DIGIT_GAP)}(?!\\d)`;
  }
  const parts: string[] = [];
  // A run of spaces is one gap ("21 November\n\n2025", read across a page break, is "21 November 2025" elsewhere).
  for (const ch of t.replace(/\s+/g, " ")) {
    if (/\s/.test(ch)) parts.push("(?:[\\s\\u00A0]|%20|&nbsp;)+");
    else if (ch === "@") parts.push("(?:@|%40)");
    else parts.push(charPattern(ch));
  }
  return parts.join(IGNORABLE);
}

/** The pattern source for one secret (without boundaries), or undefined when it is too short. */
export function spellingSource(s: Secret): string | undefined {
  return s.kind === "name" ? namePattern(s.text) : identifierPattern(s.text);
}

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

/** Letters folded to plain lower case ("É" → "e"); digits kept; everything else is not part of a skeleton. */
const FOLD = new Map<string, string>();
for (const [base, list] of ACCENTED) for (const a of list) FOLD.set(a, base.toLowerCase());

/**
 * The skeleton of a text: its letters (folded) and digits only, with where each came from. Separators,
 * invisible characters, accents, "%20" and entity names drop out, so every spelling of a name has the
 * same skeleton; a candidate found in the skeleton is then confirmed with the secret's own pattern.
 */
function skeleton(text: string): { skel: string; at: Int32Array } {
  const out: string[] = [];
  const at = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "%" && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
      i += 2;
      continue;
    }
    if (c === "&") {
      const m = /^&(?:[a-zA-Z]+|#\d+|#[xX][0-9a-fA-F]+);/.exec(text.slice(i, i + 12));
      if (m) {
        i += m[0].length - 1;
        continue;
      }
    }
    const code = c.charCodeAt(0);
    let f: string | undefined;
    if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) f = c;
    else if (code >= 65 && code <= 90) f = String.fromCharCode(code + 32);
    else if (code >= 0xc0) f = FOLD.get(c) ?? (/\p{L}/u.test(c) ? c.toLowerCase() : undefined);
    if (f === undefined || f.length !== 1) continue;
    out.push(f);
    at[n++] = i;
  }
  return { skel: out.join(""), at: at.subarray(0, n) };
}

const keyOf = (s: string) => skeleton(s).skel;

const PREFIX = 4;
/** Keys this long or longer are indexed by this many characters: a bundle's phone numbers share their first four ("7700"). */
const LONG_PREFIX = 8;
const indexOf = (key: string) => key.slice(0, key.length >= LONG_PREFIX ? LONG_PREFIX : PREFIX);
const PROBES = [2, 3, 4, LONG_PREFIX];
/** Compiled secrets, shared by every document a worker redacts (the same names recur in a bundle). */
const COMPILED = new Map<string, { re: RegExp; keys: string[] } | null>();

function compile(s: Secret, id: string): { re: RegExp; keys: string[] } | undefined {
  const cached = COMPILED.get(id);
  if (cached !== undefined) return cached ?? undefined;
  const src = spellingSource(s);
  let out: { re: RegExp; keys: string[] } | null = null;
  if (src) {
    const re = new RegExp(s.kind === "name" ? `(?<![\\p{L}])(?:${src})(?![\\p{L}])` : `(?<![\\p{L}\\p{N}])(?:${src})(?![\\p{L}\\p{N}])`, "gu");
    // The skeletons a spelling can have: the name forward and "Surname, Given"; a phone's significant digits.
    const keys = new Set<string>();
    if (s.kind === "name") {
      const words = nameWords(s.text).map(keyOf);
      keys.add(words.join(""));
      if (words.length > 1) keys.add([words[words.length - 1], ...words.slice(0, -1)].join(""));
    } else {
      const k = keyOf(s.text);
      const digits = s.text.replace(/\D/g, "");
      keys.add(digits.length >= 6 && digits.length === k.length ? digits.replace(/^(00)?44/, "").replace(/^0/, "") : k);
    }
    // Keys of 4+ characters are indexed by their first four, shorter ones whole.
    out = { re, keys: [...keys].filter((k) => k.length >= 2).map((k) => k) };
  }
  if (COMPILED.size > 50000) COMPILED.clear();
  COMPILED.set(id, out);
  return out ?? undefined;
}

/**
 * Every secret, spelled every way (see the module comment). Searching is linear in the text whatever the
 * number of secrets: candidates come from the skeleton, each confirmed with its own pattern.
 */
export function spellings(input: readonly Secret[]): Spellings | undefined {
  const seen = new Set<string>();
  const secrets: Secret[] = [];
  const patterns: RegExp[] = [];
  // Keys of 4+ letters are found by their first four; shorter ones by themselves.
  const byPrefix = new Map<string, { key: string; i: number }[]>();
  const sorted = [...input].sort((a, b) => b.text.length - a.text.length);
  for (const s of sorted) {
    const id = `${s.kind}\u0000${s.text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase()}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const compiled = compile(s, id);
    if (!compiled) continue;
    const i = secrets.push(s) - 1;
    patterns.push(compiled.re);
    for (const key of compiled.keys) {
      const p = indexOf(key);
      const list = byPrefix.get(p) ?? [];
      list.push({ key, i });
      byPrefix.set(p, list);
    }
  }
  if (!secrets.length) return undefined;

  const find = (text: string): Hit[] => {
    if (!text) return [];
    const { skel, at } = skeleton(text);
    const hits: Hit[] = [];
    for (let p = 0; p + 1 < skel.length; p++) {
      for (const len of PROBES) {
      if (p + len > skel.length) break;
      const list = byPrefix.get(skel.slice(p, p + len));
      if (!list) continue;
      for (const { key, i } of list) {
        if (!skel.startsWith(key, p)) continue;
        // Confirm in a window around the candidate with the secret's own pattern (boundaries, case, gaps).
        const from = Math.max(0, at[p] - 24);
        const to = Math.min(text.length, at[p + key.length - 1] + 25);
        const re = patterns[i];
        const window = text.slice(from, to);
        // exec on the compiled pattern itself: matchAll would clone it, and thousands of clones recompile.
        re.lastIndex = 0;
        for (let m = re.exec(window); m !== null; m = re.exec(window)) {
          if (!m[0].length) re.lastIndex++;
          const start = from + (m.index as number);
          const end = start + m[0].length;
          if (m.index === 0 && from > 0 && /[\p{L}]/u.test(text[from - 1])) continue;
          if (end === to && to < text.length && /[\p{L}]/u.test(text[to])) continue;
          if (end <= at[p] || start > at[p + key.length - 1]) continue;
          hits.push({ start, end, secret: secrets[i] });
        }
      }
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Hit[] = [];
    let last = -1;
    for (const h of hits) {
      if (h.start < last) continue;
      out.push(h);
      last = h.end;
    }
    return out;
  };
  return {
    secrets,
    find,
    test: (text) => find(text).length > 0,
    replace(text, by) {
      const hits = find(text);
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
