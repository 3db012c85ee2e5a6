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

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Characters that show as nothing: soft hyphen, zero-width space/joiners, word joiner, BOM (and their references). */
const IGNORABLE = "(?:[\\u00AD\\u200B-\\u200F\\u2060\\uFEFF]|&shy;|&#0*173;|&#[xX]0*[aA][dD];|&#0*820[3-7];|&#[xX]0*200[b-fB-F];|&#0*8288;|&#[xX]0*2060;|&#0*65279;|&#[xX]0*[fF][eE][fF][fF];)*";
/** Between the words of a name: nothing at all (KaydenMarsh), or any run of separators. */
const NAME_GAP = "(?:[\\s\\u00A0_.\\-+,'’]|%20|%2[bBcCdDeE]|%5[fF]|&nbsp;|&#0*160;|&#[xX]0*[aA]0;|&#0*32;|&#[xX]0*20;|\\\\u0020)*";
/** Between the digits of a number. */
const DIGIT_GAP = "(?:[\\s\\u00A0.\\-()/]|%20|%28|%29|&nbsp;|&#0*160;)*";

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
  const alts: string[] = [];
  for (const f of forms) {
    if ([...f].length !== 1) continue;
    const cp = f.codePointAt(0) as number;
    alts.push(escapeRe(f), `&#0*${cp};`, `&#[xX]0*${cp.toString(16).replace(/[a-f]/g, (c) => `[${c}${c.toUpperCase()}]`)};`);
  }
  // Combining accents after the letter ("e" + U+0301) are skipped too.
  return `(?:${alts.join("|")})\\p{M}*`;
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
  for (const ch of t) {
    if (/\s/.test(ch)) parts.push("(?:[\\s\\u00A0]|%20|&nbsp;|&#0*160;)+");
    else if (ch === "@") parts.push("(?:@|%40|&#0*64;|&#[xX]0*40;)");
    else parts.push(charPattern(ch));
  }
  return parts.join(IGNORABLE);
}

/** The pattern source for one secret (without boundaries), or undefined when it is too short. */
export function spellingSource(s: Secret): string | undefined {
  return s.kind === "name" ? namePattern(s.text) : identifierPattern(s.text);
}

export type Spellings = {
  /** Global, unicode; group i + 1 is set when secrets[i] matched. */
  regex: RegExp;
  secrets: Secret[];
  /** The secret a match stands for. */
  which(m: RegExpMatchArray): Secret;
};

/**
 * One regex for all the secrets (longest first, so "Kayden Marsh" wins over "Kayden"), each in its own
 * capturing group; undefined when there is nothing to look for.
 */
export function spellings(input: readonly Secret[]): Spellings | undefined {
  const seen = new Set<string>();
  const secrets: Secret[] = [];
  const sources: string[] = [];
  const sorted = [...input].sort((a, b) => b.text.length - a.text.length);
  for (const s of sorted) {
    const key = `${s.kind}\u0000${s.text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const src = spellingSource(s);
    if (!src) continue;
    secrets.push(s);
    sources.push(`(${src})`);
  }
  if (!secrets.length) return undefined;
  const regex = new RegExp(`(?<![\\p{L}])(?:${sources.join("|")})(?![\\p{L}])`, "gu");
  return {
    regex,
    secrets,
    which(m) {
      for (let i = 0; i < secrets.length; i++) if (m[i + 1] !== undefined) return secrets[i];
      return secrets[0];
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
