// One end-to-end run of the real launcher (bin/clear-record.js → dist/), after building once.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "clear-record.js");
const FIX = join(__dirname, "..", "fixtures", "cli");

beforeAll(() => {
  // Other people's work in progress may fail to typecheck; tsc still emits, so only the output matters.
  try {
    execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.build.json")], { stdio: "ignore" });
  } catch {
    /* checked below */
  }
  expect(existsSync(join(root, "dist", "src", "cli", "main.js"))).toBe(true);
}, 120000);

const cli = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: root });

test("--help exits 0", () => {
  const r = cli(["--help"]);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("clear-record analyse");
});

test("json on a record with a phone number exits 0 with the scorer's shape; stylish exits 1", () => {
  const r = cli(["analyse", "--format", "json", "--profile", join(FIX, "profile.json"), join(FIX, "record.txt")]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out.findings.some((f: { category: string }) => f.category === "identifier")).toBe(true);
  expect(cli(["analyse", "--profile", join(FIX, "profile.json"), join(FIX, "record.txt")]).status).toBe(1);
});

test("a clean record exits 0 (stylish)", () => {
  const dir = mkdtempSync(join(tmpdir(), "clear-record-smoke-"));
  writeFileSync(join(dir, "empty.txt"), "");
  const r = cli(["analyse", join(dir, "empty.txt")]);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/No findings in 1 file\.\n$/);
  expect(r.stdout).not.toMatch(/empty\.txt:\d+:\d+/);
});

test("bad input exits 2 with one line and no stack trace", () => {
  const r = cli(["analyse", join(FIX, "does-not-exist.txt")]);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^clear-record: cannot read [^\n]+: no such file\n$/);
});

describe("the launcher's V8 flags (bin/v8-flags.js)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { V8_FLAGS } = require("../../bin/v8-flags.js") as { V8_FLAGS: string[] };

  test("its first line passes every flag to node, since V8 takes them only at start-up", () => {
    const shebang = readFileSync(bin, "utf8").split("\n")[0];
    expect(shebang.startsWith("#!/usr/bin/env -S node ")).toBe(true);
    for (const flag of V8_FLAGS) expect(shebang.split(/\s+/)).toContain(flag);
  });

  test("run as a program (the way npm links it), it checks a record with the flags on", () => {
    const r = spawnSync(bin, ["analyse", "--format", "json", "--profile", join(FIX, "profile.json"), join(FIX, "record.txt")], { encoding: "utf8", cwd: root });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim().split("\n")[0]).findings.length).toBeGreaterThan(0);
  });
});

test("a folder redacted on two worker threads: both phases run, every copy is verified and holds no child's name", () => {
  const dir = mkdtempSync(join(tmpdir(), "clear-record-smoke-"));
  const input = join(dir, "in");
  const out = join(dir, "out");
  mkdirSync(input);
  const children = ["Tavish Quorley", "Marnie Eskdale", "Oisin Fairlop", "Brannagh Coyle"];
  children.forEach((name, i) => writeFileSync(join(input, `note-${i}.txt`), `Orla said her friend ${name} rang her after school. ${name.split(" ")[0]} is 9 and lives nearby.\n`));
  writeFileSync(join(dir, "profile.json"), JSON.stringify({ subject: { name: "Orla Penhallow" } }));
  const r = cli(["redact", "--jobs", "2", "--format", "json", "--profile", join(dir, "profile.json"), "--out", out, input]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(1);
  const lines = r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { verified: boolean; changes: number });
  expect(lines).toHaveLength(children.length);
  for (const l of lines) expect(l.verified && l.changes > 0).toBe(true);
  for (let i = 0; i < children.length; i++) {
    const copy = readFileSync(join(out, `note-${i}.txt`), "utf8");
    for (const word of children.flatMap((n) => n.split(" "))) expect(copy).not.toContain(word);
  }
});
