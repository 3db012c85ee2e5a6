// Every word-list entry explains itself, every rule has a docs page, every guard exists.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { JARGON_ENTRIES, JUDGEMENTAL_ENTRIES, ACRONYM_ENTRIES, expandMatch } from "../../../../src/engine/rules/jargon/lexicon";
import { ACRONYM_DATA } from "../../../../src/engine/rules/jargon/acronyms";
import { JARGON_GUARDS } from "../../../../src/engine/rules/jargon/guards";
import { JUDGEMENTAL_GUARDS } from "../../../../src/engine/rules/judgemental/guards";
import { jargonRules } from "../../../../src/engine/rules/jargon";
import { judgementalRules } from "../../../../src/engine/rules/judgemental";

const root = join(__dirname, "..", "..", "..", "..");

describe("wording data", () => {
  test.each([...JARGON_ENTRIES, ...JUDGEMENTAL_ENTRIES].map((e) => [e.id, e] as const))("%s has a note, a source, alternatives and phrases", (_id, e) => {
    expect(e.why.length).toBeGreaterThan(10);
    expect(e.source.length).toBeGreaterThan(5);
    expect(e.context.length).toBeGreaterThan(0);
    expect(e.alternatives.length).toBeGreaterThan(0);
    if (e.enabled !== false) expect(e.match.length).toBeGreaterThan(0);
  });

  test.each(ACRONYM_ENTRIES.map((e) => [e.acronym, e] as const))("acronym %s has a note, a source and an expansion", (_a, e) => {
    expect(e.why.length).toBeGreaterThan(10);
    expect(e.source.length).toBeGreaterThan(5);
    expect(e.expansion.length).toBeGreaterThan(1);
    expect(e.forms.length).toBeGreaterThan(0);
  });

  test("every ordinary-capitals group says why", () => {
    for (const g of ACRONYM_DATA.ordinary) {
      expect(g.why).toBeTruthy();
      expect(g.source).toBeTruthy();
    }
  });

  test("every guard named in the data exists", () => {
    for (const e of JARGON_ENTRIES) if (e.guard) expect(JARGON_GUARDS[e.guard]).toBeDefined();
    for (const e of JUDGEMENTAL_ENTRIES) if (e.guard) expect(JUDGEMENTAL_GUARDS[e.guard]).toBeDefined();
  });

  test("the child-labelling acronyms are marked", () => {
    const labels = ACRONYM_ENTRIES.filter((e) => e.childLabel).map((e) => e.acronym).sort();
    expect(labels).toEqual(["CIN", "CLA", "LAC", "NEET", "UASC"]);
  });

  test.each([...jargonRules, ...judgementalRules].map((r) => [r.meta.id] as const))("rule %s has a docs page", (id) => {
    expect(existsSync(join(root, "docs", "rules", `${id}.md`))).toBe(true);
  });
});

// The match lists reconciled with the research (issue 12): every variant the research gathered is
// matched (alone or inside a longer phrase), reported by the abbreviation rule, or its absence explained.
describe("match lists and research variants", () => {
  const acronymForms = new Set(ACRONYM_ENTRIES.flatMap((e) => e.forms));
  test.each([...JARGON_ENTRIES, ...JUDGEMENTAL_ENTRIES].filter((e) => e.enabled !== false).map((e) => [e.id, e] as const))("%s", (_id, e) => {
    const matched = e.match.flatMap((m) => expandMatch(m)).map((m) => m.toLowerCase());
    const covered = (v: string) => {
      const words = ` ${v.toLowerCase()} `;
      return matched.some((m) => words.includes(` ${m} `)) || v.split(/\s+/).some((w) => acronymForms.has(w));
    };
    const unexplained = [e.term, ...e.variants].filter((v) => !covered(v));
    if (unexplained.length) expect(e.curation ?? "").not.toBe("");
  });
});
