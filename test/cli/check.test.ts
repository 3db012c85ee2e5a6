import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, type Deps } from "../../src/cli/main";
import type { Finding, Report } from "../../src/engine/types";
import { buildDocx, p } from "./helpers/build-docx";

const fake: Deps = {
  analyse: (text: string): Report => {
    const findings: Finding[] = [...text.matchAll(/Tyler/g)].map((m) => ({
      ruleId: "other-child/name",
      category: "other-child",
      start: m.index!,
      end: m.index! + 5,
      text: "Tyler",
      message: "This looks like another child.",
      severity: "error",
      confidence: 0.9,
      data: { childId: "c1", mentionKind: "name" },
    }));
    const q = (value: boolean | null) => ({ value, evidence: [], message: "Say what the child said." });
    return {
      findings,
      kind: "case-note",
      quality: { childVoice: q(false), parentViews: q(true), analysis: q(null), nextSteps: q(true), visitPurpose: q(null) },
      otherChildren: [],
      people: [],
      review: [],
      stats: { characters: text.length, words: 1 },
    };
  },
};

async function run(argv: string[], deps: Deps = fake) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) }, deps);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), "clear-record-check-"));
const bundle = join(dir, "bundle");
mkdirSync(join(bundle, "emails"), { recursive: true });
writeFileSync(join(bundle, "b-visit.docx"), buildDocx({ body: p("Keeley & Tyler played.") + p("All well.") }));
writeFileSync(join(bundle, "a-note.txt"), "Tyler rang.\n");
writeFileSync(join(bundle, "emails", "m.eml"), "From: a@example.org\r\nSubject: hi\r\n\r\nTyler is fine.\r\n");
writeFileSync(join(bundle, "ignored.xlsx"), "x");
copyFileSync(join(__dirname, "..", "fixtures", "docx", "bad", "poi-bug53475-password-is-pass.docx"), join(bundle, "locked.docx"));

test("json: one line per file in a stable order, unreadable files with their reason, exit 2", async () => {
  const r = await run(["check", "--format", "json", bundle]);
  const lines = r.stdout
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l));
  expect(lines.map((l) => l.file.slice(bundle.length + 1))).toEqual(["a-note.txt", "b-visit.docx", "emails/m.eml", "locked.docx"]);
  expect(lines[0].findings).toHaveLength(1);
  expect(lines[0].locations).toBeUndefined(); // .txt keeps exactly the analyse shape
  expect(lines[1].locations).toEqual(["body, paragraph 1"]);
  expect(lines[2].locations).toEqual(["body, line 1"]);
  expect(lines[3]).toEqual({ file: join(bundle, "locked.docx"), error: "This file is password-protected; remove the password in Word and try again." });
  expect(r.stderr).toBe(`clear-record: ${join(bundle, "locked.docx")}: This file is password-protected; remove the password in Word and try again.\n`);
  expect(r.code).toBe(2);
});

test("csv: a header and one row per finding, spreadsheet formulas neutralised", async () => {
  const r = await run(["check", "--format", "csv", join(bundle, "b-visit.docx"), join(bundle, "a-note.txt")]);
  const rows = r.stdout.split("\r\n");
  expect(rows[0]).toBe("file,location,category,rule,severity,confidence,text,message,suggestion");
  expect(rows[1]).toContain(`b-visit.docx,"body, paragraph 1",other-child,other-child/name,error,0.9,Tyler,`);
  expect(rows[2]).toContain(`a-note.txt,"line 1, column 1",other-child`);
  expect(r.code).toBe(1);
});

test("stylish and the HTML report: summary, each finding in context, quality, unreadable files; self-contained", async () => {
  const report = join(dir, "report.html");
  const r = await run(["check", "--report", report, bundle]);
  expect(r.stdout).toContain("b-visit.docx  (1 finding)");
  expect(r.stdout).toContain("body, paragraph 1  other-child");
  const html = readFileSync(report, "utf8");
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).toContain("<h2>Summary</h2>");
  expect(html).toContain("Keeley &amp; <mark>Tyler</mark> played.");
  expect(html).toContain("Missing");
  expect(html).toContain("Documents that could not be read");
  expect(html).toContain("@media print");
  expect(html).not.toMatch(/<link|<script|src=|url\(/);
  // It quotes the children's names, so it says at the top that it is not for filing.
  expect(html.indexOf("do not file it")).toBeGreaterThan(0);
  expect(html.indexOf("do not file it")).toBeLessThan(html.indexOf("<h2>Summary</h2>"));
});

test("check with no readable file in a folder is a usage error", async () => {
  const empty = join(dir, "empty");
  mkdirSync(empty);
  const r = await run(["check", empty]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("no .docx, .eml, .msg, .pdf or .txt files found");
});

test("the summary counts only the files that were read: an unreadable file is never called clean", async () => {
  const locked = join(bundle, "locked.docx");
  const alone = await run(["check", locked]);
  expect(alone.code).toBe(2);
  expect(alone.stdout).not.toContain("No findings");
  expect(alone.stdout).toBe("1 file could not be read (see above).\n");
  const clean = join(dir, "clean.txt");
  writeFileSync(clean, "All well.\n");
  const mixed = await run(["check", clean, locked]);
  expect(mixed.stdout).toContain("No findings in 1 file read.\n1 file could not be read (see above).\n");
  const found = await run(["check", join(bundle, "a-note.txt"), clean, locked]);
  expect(found.stdout).toContain("1 finding in 1 of 2 files read: 1 other-child.\n");
});

describe("the built CLI with worker threads", () => {
  const root = join(__dirname, "..", "..");
  beforeAll(() => {
    try {
      execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.build.json")], { stdio: "ignore" });
    } catch {
      /* checked below */
    }
    expect(existsSync(join(root, "dist", "src", "cli", "bulk", "worker.js"))).toBe(true);
  }, 120000);

  test("--jobs 2 gives the same results as one thread, in the same order", () => {
    const cli = (jobs: string) => spawnSync(process.execPath, [join(root, "bin", "clear-record.js"), "check", "--format", "json", "--jobs", jobs, bundle], { encoding: "utf8" });
    const one = cli("1");
    const two = cli("2");
    expect(two.status).toBe(2);
    const noTimes = (s: string) => s.replace(/,"ms":\d+/g, "");
    expect(noTimes(two.stdout)).toBe(noTimes(one.stdout));
    expect(two.stdout.split("\n").filter(Boolean)).toHaveLength(4);
  }, 60000);
});

test("an empty or blank file says it is empty, in the plain output and the report, with no recording-quality gaps", async () => {
  const blank = join(dir, "blank");
  mkdirSync(blank);
  writeFileSync(join(blank, "empty.txt"), "");
  writeFileSync(join(blank, "spaces.txt"), "  \n\n");
  writeFileSync(join(blank, "empty.docx"), buildDocx({ body: p("") }));
  const report = join(dir, "blank.html");
  // A real report of an empty document has no words (the fake counts one for any text).
  const wordless: Deps = { analyse: (text) => ({ ...fake.analyse(text), stats: { characters: text.length, words: text.trim() ? 1 : 0 } }) };
  const r = await run(["check", "--report", report, blank], wordless);
  expect(r.stdout).toContain("empty.txt  (empty: nothing to check)");
  expect(r.stdout).toContain("spaces.txt  (empty: nothing to check)");
  expect(r.stdout).toContain("empty.docx  (empty: nothing to check)");
  expect(r.stdout).not.toContain("quality");
  const html = readFileSync(report, "utf8");
  expect(html.split("The document is empty: there is nothing to check.")).toHaveLength(4);
  expect(html).not.toContain("Missing");
  const analysed = await run(["analyse", join(blank, "empty.txt")], wordless);
  expect(analysed.stdout).toBe(`${join(blank, "empty.txt")}  (empty: nothing to check)\n\nNo findings in 1 file.\n`);
});
