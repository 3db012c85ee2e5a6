// Suggestions that fit: every replacement in the word lists reads in place of the words it replaces
// (no brackets, notes, "/" alternatives or instructions), and what does not fit is advice.
import { analyse } from "../../../../src/engine/pipeline";
import { JARGON_ENTRIES, JUDGEMENTAL_ENTRIES, ACRONYM_ENTRIES, expandMatch } from "../../../../src/engine/rules/jargon/lexicon";
import { ACRONYM_DATA } from "../../../../src/engine/rules/jargon/acronyms";
import { NOT_A_REPLACEMENT, pluralise, replacementsForForm } from "../../../../src/engine/rules/jargon/replacements";

const PROFILE = { subject: { name: "Kayla Mensah", pronouns: "she/her" } };
const allReplacements = (e: { replacements?: string[]; replacementsByForm?: Record<string, string[]> }): string[] => [
  ...(e.replacements ?? []),
  ...Object.values(e.replacementsByForm ?? {}).flat(),
];

describe("replacement data", () => {
  const entries = [...JARGON_ENTRIES, ...JUDGEMENTAL_ENTRIES];
  test.each(entries.map((e) => [e.id, e] as const))("%s: replacements are plain wordings, and there is advice when there are none", (_id, e) => {
    expect(Array.isArray(e.replacements)).toBe(true);
    for (const r of allReplacements(e)) {
      expect(r).not.toMatch(NOT_A_REPLACEMENT);
      expect(r).not.toMatch(/[[\]()/]/);
      expect(r.trim()).toBe(r);
    }
    if (allReplacements(e).length === 0) expect((e.advice ?? "").length).toBeGreaterThan(5);
    // A form with its own list is one the entry matches.
    const forms = new Set(e.match.flatMap((m) => expandMatch(m)).map((f) => f.toLowerCase()));
    for (const form of Object.keys(e.replacementsByForm ?? {})) expect(forms.has(form.toLowerCase())).toBe(true);
  });

  test.each(ACRONYM_ENTRIES.map((e) => [e.acronym, e] as const))("acronym %s: replacements are plain wordings", (_a, e) => {
    for (const r of allReplacements(e)) {
      expect(r).not.toMatch(NOT_A_REPLACEMENT);
      expect(r).not.toMatch(/[[\]()/]/);
    }
    expect((e.advice ?? "").length).toBeGreaterThan(5);
  });

  test("unknown abbreviations get advice only", () => {
    expect(ACRONYM_DATA.general.advice).toBeTruthy();
  });
});

describe("replacements for the form matched", () => {
  const abscond = JARGON_ENTRIES.find((e) => e.id === "abscond")!;
  test("a past form gets past wordings, a noun form none", () => {
    expect(replacementsForForm(abscond, "absconded", [abscond.term])).toEqual(["ran away", "went missing"]);
    expect(replacementsForForm(abscond, "abscond", [abscond.term])).toEqual(["run away", "go missing"]);
    expect(replacementsForForm(abscond, "abscondment", [abscond.term])).toEqual([]);
  });

  test("an abbreviation's plural takes the plural wording", () => {
    expect(pluralise("social worker")).toBe("social workers");
    expect(pluralise("looked after child")).toBe("looked after children");
    expect(pluralise("child in need")).toBeUndefined();
  });
});

describe("suggestions in findings", () => {
  const findingAt = (text: string, words: string, kind?: "letter-to-child" | "visit-record") =>
    analyse(text, PROFILE, kind ? { kind } : {}).findings.find((f) => f.text === words);

  test("a judgement worded as a whole sentence is advice, never a replacement", () => {
    const f = findingAt("Kayla was putting herself at risk by going to the flat.", "putting herself at risk");
    expect(f).toBeDefined();
    expect(f!.suggestions ?? []).toEqual([]);
    expect(f!.advice).toContain("Kayla may have been groomed");
  });

  test("a replacement that starts a sentence is capitalised", () => {
    const f = findingAt("The visit was short.\nPlacement is going well and she is settled.", "Placement", "visit-record");
    expect(f?.suggestions).toEqual(["Home"]);
  });

  test("a replacement keeps the tense of the words it replaces", () => {
    const f = findingAt("On Friday Kayla absconded from the home at 9pm.", "absconded");
    expect(f?.suggestions).toEqual(["ran away", "went missing"]);
    const text = "On Friday Kayla " + f!.suggestions![0] + " from the home at 9pm.";
    expect(text).toBe("On Friday Kayla ran away from the home at 9pm.");
  });

  test("an abbreviation's note goes to advice, its expansion is the replacement", () => {
    const f = findingAt("The SW visited on Monday.", "SW");
    expect(f?.suggestions).toEqual(["social worker"]);
    expect(f?.advice).toMatch(/name/);
  });

  test("a replacement that no longer agrees with 'a' or 'an' before it is dropped", () => {
    const f = findingAt("Kayla arrived in May as an asylum seeker from Eritrea.", "asylum seeker");
    expect(f).toBeDefined();
    expect(f!.suggestions ?? []).not.toContain("young person");
  });

  test("no finding on a test document carries a bracket, slash or instruction in a suggestion", () => {
    const text = [
      "Kayla's placement broke down and she absconded twice. Mum refused to engage and was aggressive.",
      "The LAC review is next week. Her SW will liaise with CAMHS in order to ensure contact with Mum is safe.",
      "Kayla has been sexually active and is streetwise. She kicked off at school.",
    ].join("\n");
    for (const f of analyse(text, PROFILE).findings) {
      if (f.category !== "jargon" && f.category !== "judgemental") continue;
      for (const s of f.suggestions ?? []) expect(s).not.toMatch(/[[\]()/;:]/);
    }
  });
});
