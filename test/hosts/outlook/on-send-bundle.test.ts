// The on-send bundle carries the word lists packed, the jargon and acronym lists left out, the
// judgemental wording blank and only the send stages linked in (webpack.outlook.config.js). Its engine, built exactly so, must find what the
// engine finds from source in the categories the send check asks for, on every text we have. Built as for
// an organisation with a filing mailbox (--env filing), the one build that also counts judgemental wording;
// without one the bundle links stages-send-no-filing.ts instead (checked below and in stages-send.test.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import * as acorn from "acorn";
import webpack from "webpack";
import { analyse } from "../../../src/engine/pipeline";
import { SEND_CATEGORIES } from "../../../src/engine/stages-send";
import type { AnalyseOptions, CaseProfile, Report } from "../../../src/engine/types";
import { SAMPLE_CASE, SAMPLE_HTML } from "../../../src/hosts/fake/outlook/sample-thread";
import { htmlToText } from "../../../src/hosts/outlook/html-text";

const root = join(__dirname, "..", "..", "..");
const read = (...p: string[]) => readFileSync(join(root, ...p), "utf8");
const sampleProfile = JSON.parse(read("samples", "profile.json")) as CaseProfile;
const texts: Array<[string, string, CaseProfile]> = [
  ...["court-report.txt", "email.txt", "visit-record.txt"].map((f): [string, string, CaseProfile] => [f, read("samples", f), sampleProfile]),
  ["the sample email thread", htmlToText(SAMPLE_HTML, { map: false }).text, SAMPLE_CASE],
  ["the CLI fixture", read("test", "fixtures", "cli", "record.txt"), JSON.parse(read("test", "fixtures", "cli", "profile.json")) as CaseProfile],
];

type Analyse = (text: string, profile: CaseProfile, options: AnalyseOptions) => Report;
// The bundle carries the findings' wording blank (message, note, source, advice, suggestions: the send
// check counts findings and never shows them) and, built without a filing mailbox, the people stage's
// reasons coded: the wording is not compared; where, what, which rule, how sure and whose are.
const keys = (r: Report) => r.findings.map((f) => `${f.start}-${f.end} ${f.category} ${f.ruleId} ${f.confidence} ${JSON.stringify(f.data ?? {})}`);

/** Builds the on-send bundle's engine as webpack.outlook.config.js does for env, and loads it. */
async function buildEngine(env: object, out: string): Promise<Analyse> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configFor = require(join(root, "webpack.outlook.config.js")) as (env: object, argv: object) => webpack.Configuration;
  const base = configFor({ only: "on-send", ...env }, { mode: "production" });
  const config: webpack.Configuration = {
    ...base,
    entry: { "on-send": join(__dirname, "fixtures", "send-engine-entry.ts") },
    output: { ...base.output, path: out },
    plugins: (base.plugins ?? []).filter((p) => p && p.constructor.name !== "HtmlWebpackPlugin"),
  };
  await new Promise<void>((resolve, reject) => webpack(config, (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats!.toString("errors-only"))) : resolve())));
  const source = readFileSync(join(out, "on-send.js"), "utf8");
  // The filing build carries the judgemental stage's patterns too: still ES2016 (on-send-es2016.test.ts runs the default build).
  expect(() => acorn.parse(source, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  const context = vm.createContext({ console });
  vm.runInContext(source, context, { filename: "on-send.js" });
  const inner = context.clearRecordAnalyse as (text: string, profileJson: string, optionsJson: string) => string;
  expect(typeof inner).toBe("function");
  // Objects cross the vm boundary as JSON, so the bundle sees its own realm's arrays and objects.
  vm.runInContext("var callAnalyse = function (t, p, o) { return JSON.stringify(clearRecordAnalyse(t, JSON.parse(p), JSON.parse(o))); };", context);
  const call = context.callAnalyse as (text: string, profileJson: string, optionsJson: string) => string;
  return (text, profile, options) => JSON.parse(call(text, JSON.stringify(profile), JSON.stringify(options))) as Report;
}

describe("the on-send bundle's engine", () => {
  let out = "";
  let bundled: Analyse;
  let noFiling: Analyse;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "on-send-engine-"));
    bundled = await buildEngine({ filing: true }, join(out, "filing"));
    // Without a filing mailbox: no judgemental stage, and the people stage's reasons coded.
    noFiling = await buildEngine({ filing: false }, join(out, "no-filing"));
  }, 480_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each(texts.map(([name, text, profile]) => [name, text, profile]))("finds what the engine finds in %s", (name, text, profile) => {
    for (const kind of ["email", undefined] as const) {
      const options: AnalyseOptions = { categories: [...SEND_CATEGORIES], ...(kind ? { kind } : {}) };
      const expected = analyse(text, profile, options);
      const got = keys(bundled(text, profile, options));
      expect(expected.findings.length).toBeGreaterThan(0);
      if (name !== "the CLI fixture") expect(expected.findings.some((f) => f.category === "judgemental")).toBe(true);
      expect(got).toEqual(keys(expected));
      const two: AnalyseOptions = { ...options, categories: ["other-child", "identifier"] };
      expect(keys(noFiling(text, profile, two))).toEqual(keys(analyse(text, profile, two)));
    }
  });

  it("knows the same ordinary words and first names as the engine (packed lists decoded)", () => {
    // A capitalised ordinary word opening a sentence is not a person; a listed first name after a kinship word is.
    const profile: CaseProfile = { subject: { name: "Maisie Oyelaran" } };
    const text = "Maisie was seen at home. Grace was mentioned by her teacher. Her brother Tobias (9) was there too.";
    const options: AnalyseOptions = { categories: [...SEND_CATEGORIES], kind: "email" };
    expect(keys(bundled(text, profile, options))).toEqual(keys(analyse(text, profile, options)));
    const two: AnalyseOptions = { ...options, categories: ["other-child", "identifier"] };
    expect(keys(noFiling(text, profile, two))).toEqual(keys(analyse(text, profile, two)));
  });

  it("leaves the judgemental stage out only when the organisation settings list no filing mailbox", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(join(root, "webpack.outlook.config.js")) as ((env: object, argv: object) => webpack.Configuration) & {
      listsFilingMailbox: (file?: string) => boolean;
    };
    const linked = (env: object) =>
      (config(env, { mode: "production" }).plugins ?? [])
        .filter((p): p is webpack.NormalModuleReplacementPlugin => p instanceof webpack.NormalModuleReplacementPlugin)
        .map((p) => String(p.newResource).split(/[\\/]/).pop());
    const settings = JSON.parse(read("src", "hosts", "outlook", "org-settings.json")) as { filingAddresses: string[] };
    const expected = settings.filingAddresses.length ? "stages-send.ts" : "stages-send-no-filing.ts";
    // Either way without the pasted-name finders (the send check never asks for mix-ups) or Report.people's
    // entries (it reads findings alone).
    expect(linked({ only: "on-send" })).toEqual([expected, "pasted-names-none.ts", "person-entry-none.ts"]);
    expect(linked({ only: "on-send", filing: true })).toEqual(["stages-send.ts", "pasted-names-none.ts", "person-entry-none.ts"]);
    const dir = mkdtempSync(join(tmpdir(), "org-settings-"));
    try {
      const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
      expect(config.listsFilingMailbox(file("none.json", '{"sendCheck":"soft","filingAddresses":[]}'))).toBe(false);
      expect(config.listsFilingMailbox(file("one.json", '{"filingAddresses":["@court.example.gov.uk"]}'))).toBe(true);
      // In doubt, keep the stage: a list it cannot read, or no file.
      expect(config.listsFilingMailbox(file("odd.json", '{"filingAddresses":"records@example.org"}'))).toBe(true);
      expect(config.listsFilingMailbox(join(dir, "missing.json"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
