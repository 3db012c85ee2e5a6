// The bulk commands on worker threads (the built CLI: the workers run dist/, never the TypeScript
// sources): a damaged or empty file in the middle of a bundle is reported and loses nothing, and the
// output of two workers (replaced part-way) is the output of one thread, byte for byte but timings.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { unzipSync } from "fflate";
import { buildDocx, p } from "./helpers/build-docx";

const root = resolve(__dirname, "..", "..");
const bin = join(root, "bin", "clear-record.js");
// Build once if no other test has (the workers must run dist/); a failed build fails the tests below, not skips them.
if (!existsSync(join(root, "dist", "src", "cli", "bulk", "worker.js")))
  try {
    execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.build.json")], { stdio: "ignore" });
  } catch {
    /* checked below */
  }

const dir = mkdtempSync(join(tmpdir(), "clear-record-workers-"));
const input = join(dir, "in");
const profile = join(dir, "profile.json");
const NOTE = (i: number) =>
  `Visit ${i}. Jo Bloggs was seen at home. Her brother Sam Bloggs, aged 9, was there. Mum can be reached on 07700 900${String(100 + i)}. Jo said she likes school.`;
beforeAll(() => {
  mkdirSync(input);
  writeFileSync(profile, JSON.stringify({ subject: { name: "Jo Bloggs" } }));
  for (let i = 0; i < 12; i++) {
    const name = `n${String(i).padStart(2, "0")}`;
    if (i % 2) writeFileSync(join(input, `${name}.txt`), NOTE(i) + "\n");
    else writeFileSync(join(input, `${name}.docx`), buildDocx({ body: p(NOTE(i)) + p("Next steps: review in a month.") }));
  }
  // In the middle of the bundle: a file that is not a package, one cut short, and two empty ones.
  writeFileSync(join(input, "n04a-corrupt.docx"), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251)));
  writeFileSync(join(input, "n05a-truncated.docx"), Buffer.from("PK\x03\x04cut short", "latin1"));
  writeFileSync(join(input, "n06a-empty.docx"), "");
  writeFileSync(join(input, "n07a-empty.txt"), "");
});

const cli = (argv: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--no-regexp-tier-up", bin, ...argv], { encoding: "utf8", env: { ...process.env, ...env }, timeout: 120000 });
const noTimes = (s: string) => s.replace(/,"ms":\d+/g, "").replace(/\d{4}-\d\d-\d\d \d\d:\d\d/g, "DATE");

describe("bulk runs on worker threads", () => {
  test("the CLI is built", () => expect(existsSync(join(root, "dist", "src", "cli", "bulk", "worker.js"))).toBe(true));
  test("check: a damaged or empty file is reported where it is, every other file is checked, as in one thread", () => {
    const one = cli(["check", "--format", "json", "--jobs", "1", "--profile", profile, input]);
    // Workers replaced after every 3 documents (CLEAR_RECORD_RECYCLE_AFTER): nothing is lost or reordered.
    const two = cli(["check", "--format", "json", "--jobs", "2", "--profile", profile, input], { CLEAR_RECORD_RECYCLE_AFTER: "3" });
    expect(two.status).toBe(2);
    expect(noTimes(two.stdout)).toBe(noTimes(one.stdout));
    const lines = two.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { file: string; error?: string });
    expect(lines).toHaveLength(16);
    const errors = lines.filter((l) => l.error).map((l) => l.file.replace(/.*[\\/]/, ""));
    expect(errors).toEqual(["n04a-corrupt.docx", "n05a-truncated.docx", "n06a-empty.docx"]);
    expect(two.stderr).toMatch(/n04a-corrupt\.docx: This file is not a Word document/);
    expect(two.stderr).toMatch(/n05a-truncated\.docx: This file is damaged or incomplete/);
    expect(two.stderr).toMatch(/n06a-empty\.docx: This file is empty/);
  }, 120000);

  test("check: the stylish and CSV output and the HTML report, made in the workers, are those of one thread", () => {
    for (const format of ["stylish", "csv"]) {
      const run = (jobs: string, env: Record<string, string> = {}) => {
        const report = join(dir, `check-${format}-${jobs}.html`);
        const r = cli(["check", "--format", format, "--jobs", jobs, "--profile", profile, "--report", report, input], env);
        return { r, report: noTimes(readFileSync(report, "utf8")) };
      };
      const one = run("1");
      const two = run("2", { CLEAR_RECORD_RECYCLE_AFTER: "3" });
      expect(two.r.status).toBe(2);
      expect(two.r.stdout).toBe(one.r.stdout);
      expect(two.r.stderr).toBe(one.r.stderr);
      expect(two.report).toBe(one.report);
      // Every file has its row and every file read its section; the damaged ones are listed as unreadable.
      expect(two.report.match(/<tr><td>/g)?.length).toBeGreaterThanOrEqual(16);
      expect(two.report.match(/<section class="doc"/g)).toHaveLength(13);
      expect(two.report).toContain("n05a-truncated.docx</td><td>This file is damaged or incomplete");
    }
  }, 180000);

  test("redact: the same copies, log and report with two recycled workers as with one thread; the bad files are reported", () => {
    const run = (jobs: string, env: Record<string, string> = {}) => {
      const out = join(dir, `out-${jobs}`);
      const r = cli(["redact", "--format", "json", "--jobs", jobs, "--profile", profile, "--out", out, "--report", join(dir, `report-${jobs}.html`), input], env);
      return { r, out };
    };
    const one = run("1");
    const two = run("2", { CLEAR_RECORD_RECYCLE_AFTER: "3" });
    expect(two.r.status).toBe(2);
    expect(two.r.stdout).toBe(one.r.stdout);
    const copies = readdirSync(two.out).filter((n) => !n.startsWith("."));
    expect(copies.sort()).toEqual(
      readdirSync(one.out)
        .filter((n) => !n.startsWith("."))
        .sort(),
    );
    // 12 good files and the empty .txt (an empty record is copied as it is), and the log.
    expect(copies).toHaveLength(14);
    // A .docx copy's parts byte for byte (the package's own time stamps are the time it was written).
    const content = (f: string) => (f.endsWith(".docx") ? Object.entries(unzipSync(readFileSync(f))) : readFileSync(f));
    for (const n of copies) expect(content(join(two.out, n))).toEqual(content(join(one.out, n)));
    expect(noTimes(readFileSync(join(dir, "report-2.html"), "utf8"))).toBe(noTimes(readFileSync(join(dir, "report-1.html"), "utf8")));
    // The manifest's lines (made in the workers) are one thread's, but for the salted hash of each input
    // (each output folder has its own salt) and a .docx copy's hash (its package's time stamps are when it was written).
    const manifest = (out: string) =>
      readFileSync(join(out, ".clear-record", "manifest.jsonl"), "utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => {
          const { input: _input, outputHash, ...m } = JSON.parse(l) as { input: string; outputHash: string; display: string };
          return JSON.stringify(m.display.endsWith(".docx") ? m : { ...m, outputHash });
        })
        .sort();
    expect(manifest(two.out)).toEqual(manifest(one.out));
    expect(manifest(two.out)).toHaveLength(13);
    for (const bad of ["n04a-corrupt.docx", "n05a-truncated.docx", "n06a-empty.docx"]) expect(two.r.stderr).toContain(`clear-record: ${bad}: `);
    for (const n of copies) expect(readFileSync(join(two.out, n), "latin1")).not.toMatch(/Sam Bloggs|07700/);
  }, 180000);
});
