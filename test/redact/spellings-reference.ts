import commonWordsData from "../../rules/names/common-words.json";
import { nameWords, type Secret } from "../../src/redact/spellings";

/**
 * The regular expressions the redactor used before its single matcher (one per secret), kept as the
 * reference the matcher is tested against: whatever they found, the matcher must find too.
 */
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
  const cls = [...forms]
    .filter((f) => [...f].length === 1)
    .map((f) => f.replace(/[\\\][^-]/g, "\\$&"))
    .join("");
  return /\p{L}/u.test(ch) ? `[${cls}][\\u0300-\\u036f]*` : `[${cls}]`;
}

/** A word's letters, any case (or capital first), anything ignorable between them. */
function wordPattern(word: string, keepCapital: boolean): string {
  const chars = [...word];
  return chars.map((c, i) => charPattern(c, !(keepCapital && i === 0))).join(IGNORABLE);
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

/** The reference regex of one secret, boundaries included. */
export function referenceRegex(s: Secret): RegExp | undefined {
  const src = spellingSource(s);
  if (!src) return undefined;
  return new RegExp(s.kind === "name" ? `(?<![\\p{L}])(?:${src})(?![\\p{L}])` : `(?<![\\p{L}\\p{N}])(?:${src})(?![\\p{L}\\p{N}])`, "gu");
}
