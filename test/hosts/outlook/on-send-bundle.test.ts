// The on-send bundle carries the word lists packed, the jargon and acronym lists left out, the
// judgemental wording blank and only the send stages linked in (webpack.outlook.config.js). Its engine, built exactly so, must find what the
// engine finds from source in the categories the send check asks for, on every text we have.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
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
// The bundle carries the judgemental entries' explanations and suggestions blank (the send check
// counts those findings and never shows them): their wording is not compared, everything else is.
const keys = (r: Report) => r.findings.map((f) => `${f.start}-${f.end} ${f.category} ${f.ruleId} ${f.category === "judgemental" ? "" : f.message}`);

describe("the on-send bundle's engine", () => {
  let out = "";
  let bundled: Analyse;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "on-send-engine-"));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configFor = require(join(root, "webpack.outlook.config.js")) as (env: object, argv: object) => webpack.Configuration;
    const base = configFor({ only: "on-send" }, { mode: "production" });
    const config: webpack.Configuration = {
      ...base,
      entry: { "on-send": join(__dirname, "fixtures", "send-engine-entry.ts") },
      output: { ...base.output, path: out },
      plugins: (base.plugins ?? []).filter((p) => p && p.constructor.name !== "HtmlWebpackPlugin"),
    };
    await new Promise<void>((resolve, reject) =>
      webpack(config, (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats!.toString("errors-only"))) : resolve())),
    );
    const context = vm.createContext({ console });
    vm.runInContext(readFileSync(join(out, "on-send.js"), "utf8"), context, { filename: "on-send.js" });
    const inner = context.clearRecordAnalyse as (text: string, profileJson: string, optionsJson: string) => string;
    expect(typeof inner).toBe("function");
    // Objects cross the vm boundary as JSON, so the bundle sees its own realm's arrays and objects.
    vm.runInContext("var callAnalyse = function (t, p, o) { return JSON.stringify(clearRecordAnalyse(t, JSON.parse(p), JSON.parse(o))); };", context);
    const call = context.callAnalyse as (text: string, profileJson: string, optionsJson: string) => string;
    bundled = (text, profile, options) => JSON.parse(call(text, JSON.stringify(profile), JSON.stringify(options))) as Report;
  }, 240_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each(texts.map(([name, text, profile]) => [name, text, profile]))("finds what the engine finds in %s", (name, text, profile) => {
    for (const kind of ["email", undefined] as const) {
      const options: AnalyseOptions = { categories: [...SEND_CATEGORIES], ...(kind ? { kind } : {}) };
      const expected = analyse(text, profile, options);
      const got = keys(bundled(text, profile, options));
      expect(expected.findings.length).toBeGreaterThan(0);
      if (name !== "the CLI fixture") expect(expected.findings.some((f) => f.category === "judgemental")).toBe(true);
      expect(got).toEqual(keys(expected));
    }
  });

  it("knows the same ordinary words and first names as the engine (packed lists decoded)", () => {
    // A capitalised ordinary word opening a sentence is not a person; a listed first name after a kinship word is.
    const profile: CaseProfile = { subject: { name: "Maisie Oyelaran" } };
    const text = "Maisie was seen at home. Grace was mentioned by her teacher. Her brother Tobias (9) was there too.";
    const options: AnalyseOptions = { categories: [...SEND_CATEGORIES], kind: "email" };
    expect(keys(bundled(text, profile, options))).toEqual(keys(analyse(text, profile, options)));
  });
});
