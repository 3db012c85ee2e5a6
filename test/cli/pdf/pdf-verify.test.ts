// The PDF verifier's search (writers/pdf-verify.ts): the same spellings as a plain regular expression
// would find, in time linear in the text whatever the number of redacted strings.
import { holdsAny, spellingsMatcher } from "../../../src/cli/writers/pdf-verify";
import { syntaxText } from "../../../src/cli/writers/pdf-syntax";
import { expectLinear } from "../../helpers/scaling";

/** The reference: one alternation, as the verifier was first written (slow with many strings, but plain). */
function reference(strings: readonly string[], text: string): boolean {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const alternatives: string[] = [];
  const capitals = new Map<string, boolean[]>();
  for (const raw of new Set(strings.map((s) => s.trim()).filter((s) => s.length >= 2))) {
    const words = raw.split(/\s+/).filter(Boolean);
    alternatives.push(words.map(esc).join("[\\s._-]*"));
    capitals.set(
      words.map((w) => w.toLowerCase()).join(""),
      words.map((w) => /^\p{Lu}/u.test(w)),
    );
    const digits = raw.replace(/\D/g, "");
    if (digits.length >= 5) alternatives.push(`(?<!\\d)${[...digits].join("[\\s().-]{0,2}")}(?!\\d)`);
  }
  if (!alternatives.length) return false;
  alternatives.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  for (const hit of text.matchAll(re)) {
    const found = hit[0];
    const words = found.split(/[\s._-]+/).filter(Boolean);
    const caps = capitals.get(words.map((w) => w.toLowerCase()).join(""));
    if (caps && words.length === caps.length && caps.some((c, i) => c && !/^\p{Lu}/u.test(words[i]))) continue;
    if (caps && words.length !== caps.length && caps[0] && !/^\p{Lu}/u.test(found)) continue;
    return true;
  }
  return false;
}

test("spellings: any case, joined or spaced words, digits however spaced; a capitalised name keeps its capital", () => {
  const m = spellingsMatcher(["Tyler Brown", "07700 900871", "Hope"])!;
  for (const s of [
    "TYLER BROWN",
    "TylerBrown",
    "Tyler.Brown",
    "Tyler\nBrown",
    "Tyler  _ Brown",
    "call 07700900871",
    "0 7 7 0 0 9 0 0 8 7 1",
    "(07700) 900-871",
    "Hope",
    "«Tyler Brown»",
  ])
    expect([s, holdsAny(s, m)]).toEqual([s, true]);
  for (const s of ["I hope so", "Tyler Browne", "Tylers Brown", "077009008712", "tyler brown", "xTyler Brown", "0770 0   900871", "é07700900871"])
    expect([s, holdsAny(s, m)]).toEqual([s, false]);
  expect(holdsAny("tyler.brown@example.org", spellingsMatcher(["tyler.brown@example.org"])!)).toBe(true);
  expect(holdsAny("TYLER.BROWN@EXAMPLE.ORG", spellingsMatcher(["tyler.brown@example.org"])!)).toBe(true);
  expect(spellingsMatcher(["A", " "])).toBeUndefined();
});

test("finds exactly what the plain regular expression finds, on generated texts", () => {
  // A small alphabet makes near misses common: partial names, split digits, letters touching the ends.
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const pieces = [
    "Ty",
    "ler",
    "Tyler",
    "Tyler",
    "tyler",
    "Brown",
    "Brown",
    "BROWN",
    "Jo",
    "Ann",
    "jo-ann",
    "077",
    "00",
    "00",
    "9",
    "9",
    "871",
    "1",
    " ",
    " ",
    " ",
    "  ",
    ".",
    "-",
    "_",
    "(",
    ")",
    "\n",
    "x",
    "é",
  ];
  const secretsList = [
    ["Tyler Brown", "07700 900871"],
    ["Jo Ann", "Jo-Ann Tyler", "00900"],
    ["Tyler", "Brown Tyler", "9 871 00"],
  ];
  let agreed = 0;
  for (let i = 0; i < 3000; i++) {
    const strings = secretsList[i % secretsList.length];
    let text = "";
    for (let k = rand(8); k >= 0; k--) {
      if (rand(4)) text += pieces[rand(pieces.length)];
      else {
        // A spelling of one of the strings: words joined anyhow, case changed, digits spaced.
        const words = strings[rand(strings.length)].split(" ");
        const joined = words
          .map((w) => [...w].map((c) => (/\d/.test(c) && rand(3) === 0 ? c + [" ", "-", "  ", "(", " . "][rand(5)] : c)).join(""))
          .join(["", " ", ".", "_", "-", "\n", "  ", " x "][rand(8)]);
        text += [joined, joined.toUpperCase(), joined.toLowerCase()][rand(3)];
      }
    }
    const expected = reference(strings, text);
    expect([text, strings, holdsAny(text, spellingsMatcher(strings)!)]).toEqual([text, strings, expected]);
    if (expected) agreed++;
  }
  expect(agreed).toBeGreaterThan(500); // the generator does produce hits
});

test("the search grows linearly with the text when the strings grow with it (a bundle's numbers)", () => {
  const make = (n: number) => {
    const strings: string[] = [];
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      const phone = `07700 9${String(i % 100000).padStart(5, "0")}`;
      const letters = i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
      strings.push(phone, `Ch${letters} Sur${letters}`);
      lines.push(`Visit ${i}: spoke with the family on 01632 ${String(960000 + i)} about school, 07700 8${String(i).padStart(5, "0")}.`);
    }
    return { m: spellingsMatcher(strings)!, text: lines.join("\n") };
  };
  expectLinear((n) => {
    const { m, text } = make(n);
    expect(holdsAny(text, m)).toBe(false);
  }, 2000);
});

test("PDF syntax: strings, comments, unknown names and words are text; operators, numbers and the specification's names are not", () => {
  const content =
    "q BT /F1 11 Tf 72 700 Td (Visit to \\(Tyler\\) Brown) Tj [(Con) -20 (sulta)] TJ <FEFF0041006D0065006C00690061> Tj ET /Im1 Do Q % Job note\n/Span <</MCID 3/ActualText (Hidden)>> BDC EMC BI /W 2 /H 2 ID \x00\xffPage EI Q /Consulta gs Bareword";
  expect(syntaxText(content)).toEqual(["F1", "Visit to (Tyler) Brown", "Con", "sulta", "Amelia", "Im1", " Job note", "Hidden", "Consulta", "Bareword"]);
  expect(syntaxText("1 0 obj <</Type /Page /Parent 2 0 R>> endobj 3 0 obj <</Length 5>> stream\nPAGE!\nendstream endobj trailer <</Root 1 0 R>>")).toEqual([]);
  expect(syntaxText("(caf\\351 \\\n\\101) /Tyler#20Brown")).toEqual(["café A", "Tyler Brown"]);
});
