// The bundled samples are what a new user runs first: they must be fictional, valid and cover every category.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyse } from "../../src/engine";
import { validateProfile } from "../../src/engine/profile";

const dir = join(__dirname, "..", "..", "samples");
const samples = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const read = (f: string) => readFileSync(join(dir, f), "utf8");
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe("samples/", () => {
  it("has the court report, visit record and email", () => {
    expect(samples).toEqual(["court-report.txt", "email.txt", "visit-record.txt"]);
  });

  it.each(samples)("%s has a valid case profile", (file) => {
    const own = join(dir, file.replace(/\.txt$/, ".profile.json"));
    const path = readdirSync(dir).includes(file.replace(/\.txt$/, ".profile.json")) ? own : join(dir, "profile.json");
    expect(validateProfile(JSON.parse(readFileSync(path, "utf8")))).toBeUndefined();
  });

  it.each(samples)("%s uses only fictional phone numbers and email domains", (file) => {
    const text = read(file);
    const phones = text.match(/(?:\+44\s?|0)\d[\d ]{8,12}\d/g) ?? [];
    for (const p of phones) expect(p.replace(/\s/g, "")).toMatch(/^(?:07700900\d{3}|01632960\d{3})$/);
    const domains = (text.match(/@[\w.-]+/g) ?? []).map((d) => d.slice(1));
    for (const d of domains) expect(d).toMatch(/(?:^|\.)example\.org$/);
  });

  it("are about the intended lengths", () => {
    expect(words(read("court-report.txt"))).toBeGreaterThanOrEqual(550);
    expect(words(read("visit-record.txt"))).toBeGreaterThanOrEqual(350);
    expect(words(read("email.txt"))).toBeGreaterThanOrEqual(250);
  });

  it("between them hold identifiers, jargon, judgemental wording and a wrong pronoun", () => {
    const all = samples.map(read).join("\n");
    for (const needle of [/NHS number/, /QQ \d\d \d\d \d\d [A-D]/, /\b[A-Z]{2}\d{2}C\d{5}\b/, /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/, /DOB \d\d\/\d\d\/\d{4}/]) {
      expect(all).toMatch(needle);
    }
    for (const term of ["LAC", "CLA", "PEP", "respite", "contact", "placement"]) expect(all).toContain(term);
    for (const term of ["kicked off", "attention seeking", "refused to engage", "putting herself at risk"]) expect(all).toContain(term);
    // The subject child uses she/her; one sentence slips into "he".
    expect(all).toMatch(/\bHe said he\b/);
  });

  it("the visit record's wrong pronoun is found, not taken for the boy the child spoke of just before", () => {
    const text = read("visit-record.txt");
    const profile = JSON.parse(read("profile.json"));
    const mixups = analyse(text, profile).findings.filter((f) => f.category === "mix-up");
    const at = text.indexOf("He said he is happy");
    expect(mixups.map((f) => [f.start - at, f.text])).toEqual([
      [0, "He"],
      [8, "he"],
      [40, "his"],
    ]);
  });
});
