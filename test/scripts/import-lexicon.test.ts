// scripts/import-lexicon.mjs may be re-run on new research without erasing what was curated by hand
// in rules/*.json: the replacement/advice split, entries moved between files, entries added by hand.
// The research is rebuilt here from the data files' own research fields (the tests read nothing
// outside the project), then changed the way new research would change it.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const rules = join(root, "rules");
const FILES = ["jargon", "judgemental", "acronyms"] as const;

type Entry = Record<string, unknown> & { id: string };
type Research = { term: string; variants: string[]; category: string; subtype: string; alternatives: string[]; why: string; context: string; source: string };

const read = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8"));

/** The research as the data files record it (entries added by hand or derived from others left out). */
function researchFromData(): Research[] {
  const out: Research[] = [];
  const own = (e: Entry) => !e.added && !e.from;
  const research = (e: Entry, category: string, subtype: string, term: string): Research => ({
    term,
    variants: e.variants as string[],
    category,
    subtype,
    alternatives: e.alternatives as string[],
    why: e.why as string,
    context: e.context as string,
    source: e.source as string,
  });
  // "disabled-children" was moved from the jargon list to the judgemental one: the research files it as jargon.
  for (const e of read(rules, "jargon").entries as Entry[]) if (own(e)) out.push(research(e, "jargon", e.subtype as string, e.term as string));
  for (const e of read(rules, "judgemental").entries as Entry[]) {
    if (own(e)) out.push(research(e, e.id === "disabled-children" ? "jargon" : "judgemental", e.subtype as string, e.term as string));
  }
  const acr = read(rules, "acronyms");
  out.push({ ...research(acr.general, "jargon", "acronym", "acronyms (general)"), variants: [] });
  for (const e of acr.acronyms as Entry[]) if (own(e) && e.id !== "uasc") out.push(research(e, "jargon", "acronym", e.acronym as string));
  return out;
}

function runImport(research: Research[]): { dir: string; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "import-lexicon-"));
  for (const f of FILES) copyFileSync(join(rules, `${f}.json`), join(dir, `${f}.json`));
  const lexicon = join(dir, "research.json");
  writeFileSync(lexicon, JSON.stringify(research));
  const output = execFileSync(process.execPath, [join(root, "scripts", "import-lexicon.mjs"), lexicon, "--rules", dir], { encoding: "utf8" });
  return { dir, output };
}

const SPLIT = ["replacements", "replacementsByForm", "advice"];

describe("import-lexicon", () => {
  test("re-running on the same research changes nothing in the data files", () => {
    const { dir, output } = runImport(researchFromData());
    for (const f of FILES) expect(readFileSync(join(dir, `${f}.json`), "utf8")).toBe(readFileSync(join(rules, `${f}.json`), "utf8"));
    expect(output).not.toMatch(/review:/);
  });

  test("new research refreshes its own fields and keeps the hand curation", () => {
    const research = researchFromData();
    const respite = research.find((r) => r.term === "respite")!;
    respite.why = "A newly worded reason from the research.";
    respite.alternatives = [...respite.alternatives, "a weekend with another family"];
    research.push({
      term: "invented label",
      variants: ["invented labels"],
      category: "judgemental",
      subtype: "stigmatising",
      alternatives: ["[describe what happened]"],
      why: "An entry invented for this test, to stand for a term the research adds later.",
      context: "Flag as a label.",
      source: "https://example.org/research",
    });
    const { dir, output } = runImport(research);
    for (const name of ["jargon", "judgemental"] as const) {
      const before = read(rules, name).entries as Entry[];
      const after = new Map((read(dir, name).entries as Entry[]).map((e) => [e.id, e]));
      for (const e of before) {
        const now = after.get(e.id);
        expect(now).toBeDefined(); // nothing hand-added or moved is lost
        for (const f of [...SPLIT, "match", "guard", "flagIn", "confidence", "enabled", "curation"]) expect(now?.[f]).toEqual(e[f]);
      }
    }
    const jargon = read(dir, "jargon").entries as Entry[];
    const refreshed = jargon.find((e) => e.id === "respite")!;
    expect(refreshed.why).toBe("A newly worded reason from the research.");
    expect(refreshed.alternatives).toContain("a weekend with another family");
    expect(output).toMatch(/review: respite: the research's alternatives changed/);
    // The moved entry stays where it was moved to.
    expect(jargon.some((e) => e.id === "disabled-children")).toBe(false);
    const added = (read(dir, "judgemental").entries as Entry[]).find((e) => e.id === "invented-label");
    expect(added?.match).toEqual(["invented label", "invented labels"]);
    expect(output).toMatch(/review: invented-label: new from the research/);
    // Abbreviations keep their split too.
    const acrBefore = read(rules, "acronyms");
    const acrAfter = read(dir, "acronyms");
    expect(acrAfter.general.advice).toEqual(acrBefore.general.advice);
    for (const e of acrBefore.acronyms as Entry[]) {
      const now = (acrAfter.acronyms as Entry[]).find((x) => x.id === e.id);
      for (const f of SPLIT) expect(now?.[f]).toEqual(e[f]);
    }
  });
});
