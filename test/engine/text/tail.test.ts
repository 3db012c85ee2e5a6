// The gates read from a string's end or start before a pattern anchored there is run (src/engine/text/tail.ts,
// the gates in src/engine/people/cues.ts): a gate may let through what its pattern then rejects, but it must never
// stop what its pattern would match, or the people stage would change its answers.
import fc from "fast-check";
import { mayEndWithWord, mayHoldWord, mayReachWord, mayStartWithWord, skipSpace, trimmedEnd } from "../../../src/engine/text/tail";
import { CUE_GATES } from "../../../src/engine/people/cues";
import { ADULT_ROLES, CHILD_KINSHIP } from "../../../src/engine/people/name-lexicon";

describe("tail helpers", () => {
  it("trim and skip white space as \\s reads it", () => {
    expect(trimmedEnd("role \u00a0\t\u2003")).toBe(4);
    expect(trimmedEnd("   ")).toBe(0);
    expect(skipSpace("\u3000 \nx", 0)).toBe(3);
  });

  it("find a word at an end or a start in any case, ſ and the Kelvin sign folded, and at apostrophes", () => {
    const words = new Set(["worker", "kin", "mum"]);
    expect(mayEndWithWord("her social WORKER", 17, words)).toBe(true);
    expect(mayEndWithWord("the 'worker", 11, words)).toBe(true);
    expect(mayEndWithWord("a Kin", 5, words)).toBe(true);
    expect(mayEndWithWord("a \u212Ain", 5, words)).toBe(true);
    expect(mayEndWithWord("coworker", 8, words)).toBe(false);
    expect(mayEndWithWord("worker.", 7, words)).toBe(false);
    expect(mayStartWithWord("mum's car", 0, words)).toBe(true);
    expect(mayStartWithWord("mummy", 0, words)).toBe(false);
    expect(mayHoldWord("see her mum", words)).toBe(true);
    expect(mayHoldWord("summary", words)).toBe(false);
    expect(mayReachWord("the key worker", 0, words, (w) => w === "the" || w === "key")).toBe(true);
    expect(mayReachWord("a key worker", 0, words, (w) => w === "the")).toBe(false);
    expect(mayReachWord("x y z worker", 0, words, () => true, 2)).toBe(false);
    expect(mayReachWord("x y worker", 0, words, () => true, 2)).toBe(true);
  });
});

describe("the people stage's gates (CUE_GATES)", () => {
  const roles = [...ADULT_ROLES].slice(0, 60);
  const kin = [...CHILD_KINSHIP];
  const piece = fc.oneof(
    fc.constantFrom(...roles, ...kin, "dog", "guinea pig", "XL bully", "Mr", "Ms R.", "PC 2231 M.", "Advocate", "A v B", "v.", "V"),
    fc.constantFrom(" ", "  ", "\t", "\n", "\u00a0", ",", ", ", ":", ": ", "(", " (", "'", "’", "’s", "'s", "-", " – ", " — ", "|", ".", "2", "é", "ſ", "\u212A", "_"),
    fc.constantFrom("is", "was", "the", "her", "his", "their", "Kit's", "also", "now", "allocated", "family", "school", "long-term", "and", "&", "to", "of"),
    fc.constantFrom("called", "named", "with", "played with", "gave birth to", "born to", "had a baby", "welcomed", "son of", "Present", "Carers"),
  );
  const casing = fc.constantFrom(
    (s: string) => s,
    (s: string) => s.toUpperCase(),
    (s: string) => s.replace(/s/g, "ſ"),
    (s: string) => s.replace(/k/gi, "\u212A"),
    (s: string) => s.replace(/ /g, "\u00a0"),
  );
  const phrase = fc
    .tuple(fc.array(fc.tuple(piece, casing), { maxLength: 7 }), fc.constantFrom("", " ", ", ", " (", "\t"))
    .map(([ps, end]) => ps.map(([p, c]) => c(p)).join(" ") + end);

  it("are false only where their patterns cannot match", () => {
    fc.assert(
      fc.property(phrase, (s) => {
        for (const { name, gate, pattern } of CUE_GATES) if (pattern.test(s) && !gate(s)) throw new Error(`${name} gated away a match in ${JSON.stringify(s)}`);
      }),
      { numRuns: 4000, seed: 34 },
    );
  });

  it("let through the shapes their patterns are for, and stop ordinary words", () => {
    const byName = new Map(CUE_GATES.map((g) => [g.name, g]));
    const pass = (name: string, s: string) => expect([name, s, byName.get(name)!.pattern.test(s), byName.get(name)!.gate(s)]).toEqual([name, s, true, true]);
    pass("ROLE_LEFT", "and her social worker, ");
    pass("ROLE_LABEL_LEFT", "Carers: Pam Ridley and ");
    pass("ROLE_RIGHT", ", her allocated social worker");
    pass("ROLE_RIGHT_WIDE", " – community midwife");
    pass("ROLE_IS_RIGHT", " is Kit's foster carer");
    pass("KIN_LEFT", "with her older brother ");
    pass("PET_LEFT", "the family dog, ");
    pass("BIRTH_LEFT", "Mum gave birth to ");
    pass("BORN_TO_LEFT", "born to Asha and ");
    // An ordinary clause either side of a name: every gate stops its pattern.
    for (const { name, side, gate } of CUE_GATES) expect([name, gate(side === "left" ? "she went to the shops and Mum said " : " went home and slept")]).toEqual([name, false]);
  });
});
