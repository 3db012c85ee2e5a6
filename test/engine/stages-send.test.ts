// The on-send bundle links src/engine/stages-send.ts in place of stages.ts (webpack.outlook.config.js).
// It must find exactly what the full engine finds in the categories the send check asks for.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ALL_RULES } from "../../src/engine/rules";
import { STAGES as FULL } from "../../src/engine/stages";
import { SEND_CATEGORIES, STAGES as SEND } from "../../src/engine/stages-send";
import { SEND_CATEGORIES as NO_FILING_CATEGORIES, STAGES as NO_FILING } from "../../src/engine/stages-send-no-filing";
import { analyse, createContext } from "../../src/engine/pipeline";
import type { AnalyseOptions, CaseProfile, Finding, Report } from "../../src/engine/types";
import { SAMPLE_CASE, SAMPLE_HTML } from "../../src/hosts/fake/outlook/sample-thread";
import { htmlToText } from "../../src/hosts/outlook/html-text";

const root = join(__dirname, "..", "..");
const sampleProfile = JSON.parse(readFileSync(join(root, "samples", "profile.json"), "utf8")) as CaseProfile;
const texts: Array<[string, string, CaseProfile]> = [
  ...["court-report.txt", "email.txt", "visit-record.txt"].map((f): [string, string, CaseProfile] => [f, readFileSync(join(root, "samples", f), "utf8"), sampleProfile]),
  ["the sample email thread", htmlToText(SAMPLE_HTML, { map: false }).text, SAMPLE_CASE],
  [
    "the CLI fixture",
    readFileSync(join(root, "test", "fixtures", "cli", "record.txt"), "utf8"),
    JSON.parse(readFileSync(join(root, "test", "fixtures", "cli", "profile.json"), "utf8")) as CaseProfile,
  ],
];

/** The pipeline with the send stages linked in, as the on-send bundle has it (without a filing mailbox: no-filing). */
function analyseForSend(stages = "stages-send"): (text: string, profile: CaseProfile, options: AnalyseOptions) => Report {
  let fn: typeof analyse | undefined;
  jest.isolateModules(() => {
    jest.doMock("../../src/engine/stages", () => jest.requireActual(`../../src/engine/${stages}`));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    fn = (require("../../src/engine/pipeline") as typeof import("../../src/engine/pipeline")).analyse;
  });
  return fn!;
}

const key = (f: Finding) => `${f.start}-${f.end} ${f.category} ${f.ruleId} ${f.message}`;

describe("the send stages", () => {
  it("are every rule of the send categories, in the full engine's order, without the quality review", () => {
    expect(SEND.rules.map((r) => r.meta.id)).toEqual(ALL_RULES.filter((r) => SEND_CATEGORIES.includes(r.meta.category)).map((r) => r.meta.id));
    expect(SEND.review).toBeUndefined();
    expect(FULL.rules).toBe(ALL_RULES);
    expect(FULL.review).toBeDefined();
  });

  it.each(texts.map(([name, text, profile]) => [name, text, profile]))("find what the full engine finds in %s", (_name, text, profile) => {
    const sendAnalyse = analyseForSend();
    for (const kind of ["email", undefined] as const) {
      const options: AnalyseOptions = { categories: [...SEND_CATEGORIES], ...(kind ? { kind } : {}) };
      const full = analyse(text, profile, options);
      const send = sendAnalyse(text, profile, options);
      expect(full.findings.length).toBeGreaterThan(0);
      expect(send.findings.map(key)).toEqual(full.findings.map(key));
      expect(send.quality).toBeUndefined();
    }
  });

  it("without a filing mailbox are the same rules without the judgemental ones (the check never asks for them then)", () => {
    expect(NO_FILING_CATEGORIES).toEqual(SEND_CATEGORIES.filter((c) => c !== "judgemental"));
    expect(NO_FILING.rules.map((r) => r.meta.id)).toEqual(SEND.rules.filter((r) => r.meta.category !== "judgemental").map((r) => r.meta.id));
    expect(NO_FILING.review).toBeUndefined();
    // No rule of these categories reads ctx.tokens, so the tokeniser is left out (the findings below show it).
    expect(NO_FILING.tokenise).toBeUndefined();
    expect(SEND.tokenise).toBe(FULL.tokenise);
  });

  it.each(texts.map(([name, text, profile]) => [name, text, profile]))("without a filing mailbox find what the full engine finds in %s", (_name, text, profile) => {
    const sendAnalyse = analyseForSend("stages-send-no-filing");
    const options: AnalyseOptions = { categories: [...NO_FILING_CATEGORIES], kind: "email" };
    const full = analyse(text, profile, options);
    expect(full.findings.length).toBeGreaterThan(0);
    expect(sendAnalyse(text, profile, options).findings.map(key)).toEqual(full.findings.map(key));
  });
});

// The on-send bundle links pasted-names-none.ts in place of the pasted-name finders (webpack.outlook.config.js):
// the people stage looks for pasted names only when mix-ups are asked for, which the send check never does.
describe("a pasted name when mix-ups are not asked for", () => {
  const precious: CaseProfile = { subject: { name: "Precious Okonkwo", aliases: ["Precious"], pronouns: "she/her" } };
  const text = "Precious lives with her brother Daniel (11).\n\nDaniel's attendance at college has fallen and her tutor says she is often asleep.";
  const pasted = text.lastIndexOf("Daniel");

  it("is a mix-up, not another child, when mix-ups are reported", () => {
    const all = analyse(text, precious).findings.filter((f) => f.start === pasted);
    expect(all.map((f) => f.category)).toEqual(["mix-up"]);
  });

  it("is another child when only the send categories are asked for (named, not dropped from both)", () => {
    for (const categories of [SEND_CATEGORIES, NO_FILING_CATEGORIES]) {
      const found = analyse(text, precious, { categories: [...categories], kind: "email" }).findings.filter((f) => f.start === pasted);
      expect(found.map((f) => f.category)).toEqual(["other-child"]);
    }
  });

  it("is never looked for in the send categories, so the bundle's stub loses nothing", () => {
    const people = createContext(text, precious, { categories: [...SEND_CATEGORIES] }).people;
    expect(people.pastedNames).toEqual([]);
  });
});
