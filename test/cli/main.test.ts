import { mkdtempSync, readFileSync, writeFileSync, readdirSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, type Deps } from "../../src/cli/main";
import { analyse } from "../../src/engine/pipeline";
import type { Finding, Report } from "../../src/engine/types";

const FIX = join(__dirname, "..", "fixtures", "cli");
const fx = (name: string) => join(FIX, name);

// A deterministic stand-in for the engine, so these tests check the CLI whatever state the rules are in.
const fake: Deps = {
  analyse: (text: string): Report => {
    const findings: Finding[] = [];
    for (const m of text.matchAll(/Tyler|07700 900871/g)) {
      const phone = m[0].startsWith("0");
      findings.push({
        ruleId: phone ? "identifier/phone-number" : "other-child/name",
        category: phone ? "identifier" : "other-child",
        start: m.index!,
        end: m.index! + m[0].length,
        text: m[0],
        message: phone ? "This is a phone number." : "This looks like another child.",
        severity: "error",
        confidence: 0.9,
        data: phone ? { identifierKind: "phone number" } : { childId: "c1", mentionKind: "name" },
        ...(phone ? {} : { suggestions: ["Child A"] }),
      });
    }
    // Files that mention Tyler lack parents' views and analysis; the others are complete.
    const check = (value: boolean | null) => ({ value: value === false && !findings.length ? true : value, evidence: [], message: "m" });
    return {
      findings,
      kind: "visit-record",
      quality: { childVoice: check(true), parentViews: check(false), analysis: check(false), nextSteps: check(true), visitPurpose: check(null) },
      otherChildren: findings.length ? [{ id: "c1", displayName: "Tyler", forms: ["Tyler"], reasons: ["test"] }] : [],
      people: [],
      review: [],
      stats: { characters: text.length, words: 1 },
    };
  },
};

function run(argv: string[], deps: Deps = fake) {
  let stdout = "";
  let stderr = "";
  const code = main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) }, deps);
  return { code, stdout, stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), "clear-record-cli-"));

async function runAsync(argv: string[], deps: Deps = fake) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) }, deps);
  return { code, stdout, stderr };
}

describe("analyse", () => {
  test("--help prints usage and exits 0", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage:\n {2}clear-record analyse/);
    expect(r.stderr).toBe("");
  });

  test("a clean file exits 0", () => {
    const r = run(["analyse", fx("clean.txt")]);
    expect(r).toEqual({ code: 0, stdout: "No findings in 1 file.\n", stderr: "" });
  });

  test("stylish: file:line:col  category  message → suggestion, grouped per file, with a summary", () => {
    const file = fx("record.txt");
    const r = run(["analyse", "--profile", fx("profile.json"), file, fx("clean.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n")).toEqual([
      `${file}  (2 findings)`,
      `  ${file}:2:48  other-child  This looks like another child. ("Tyler") → Child A`,
      `  ${file}:3:17  identifier   This is a phone number. ("07700 900871")`,
      `  ${file}       quality      parents' views: m`,
      `  ${file}       quality      analysis: m`,
      "",
      "2 findings in 1 of 2 files: 1 other-child, 1 identifier.",
      "",
    ]);
  });

  test("json for one file: one {file, findings, quality} object with quality flattened", () => {
    const r = run(["analyse", "--format", "json", fx("record.txt")]);
    // JSON exits 0 whenever it reports: the shared scorer treats any non-zero status as a failed run.
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    expect(out.file).toBe(fx("record.txt"));
    expect(out.findings.map((f: Finding) => [f.category, f.start, f.end])).toEqual([
      ["other-child", 59, 64],
      ["identifier", 86, 98],
    ]);
    expect(out.quality).toEqual({ childVoice: true, parentViews: false, analysis: false, nextSteps: true, visitPurpose: null });
    expect(out.otherChildren).toBeUndefined();
  });

  test("json for several files: one object per line, each with its file", () => {
    const r = run(["analyse", "--format=json", fx("record.txt"), fx("clean.txt")]);
    const lines = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.file, l.findings.length])).toEqual([
      [fx("record.txt"), 2],
      [fx("clean.txt"), 0],
    ]);
  });

  test("a byte-order mark is stripped and offsets refer to the text analysed (CRLF kept)", () => {
    const r = run(["analyse", "--format", "json", fx("bom-crlf.txt")]);
    const out = JSON.parse(r.stdout);
    const text = readFileSync(fx("bom-crlf.txt"), "utf8").slice(1);
    for (const f of out.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(out.findings[0].start).toBe(5);
    expect(run(["analyse", fx("bom-crlf.txt")]).stdout).toMatch(/bom-crlf\.txt:1:6 +other-child/);
  });

  test("--subject builds the profile", () => {
    let seen: unknown;
    run(["analyse", "--subject", "Amelia Hughes", "--aliases", "Millie", "--pronouns", "she/her", "--other-children", "Tyler", fx("clean.txt")], {
      analyse: (t, p) => ((seen = p), fake.analyse(t, p)),
    });
    expect(seen).toEqual({ subject: { name: "Amelia Hughes", aliases: ["Millie"], pronouns: "she/her" }, otherChildren: ["Tyler"] });
  });
});

describe("bad input exits 2 with one line on stderr and no stack trace", () => {
  const dir = tmp();
  const binary = join(dir, "binary.txt");
  writeFileSync(binary, Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
  const latin1 = join(dir, "latin1.txt");
  writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  const utf16 = join(dir, "utf16.txt");
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Tyler", "utf16le")]));
  // A Word document saved as .txt (zip bytes), and documents that check reads but analyse does not.
  const zipTxt = join(dir, "renamed.txt");
  writeFileSync(zipTxt, Buffer.concat([Buffer.from("PK\x03\x04", "latin1"), Buffer.alloc(8)]));
  const eml = join(dir, "thread.eml");
  writeFileSync(eml, "From: a@example.org\r\nSubject: visit\r\n\r\nTyler was seen.\r\n");
  const docx = join(dir, "report.DOCX");
  writeFileSync(docx, Buffer.from("PK\x03\x04", "latin1"));

  test.each([
    ["a missing file", ["analyse", join(dir, "nope.txt")], "cannot read"],
    ["a folder", ["analyse", dir], "is a folder"],
    ["a binary file", ["analyse", binary], "not a plain text file"],
    ["invalid UTF-8", ["analyse", latin1], "not valid UTF-8"],
    ["UTF-16", ["analyse", utf16], "UTF-16"],
    ["a Word document saved as .txt", ["analyse", zipTxt], "it looks like a Word document (.docx)"],
    ["an e-mail given to analyse", ["analyse", eml], 'is an e-mail; analyse reads plain .txt files: run "clear-record check"'],
    ["a Word document given to analyse", ["analyse", docx], "is a Word document; analyse reads plain .txt files"],
    ["a missing profile", ["analyse", "--profile", join(dir, "none.json"), fx("clean.txt")], "cannot read the profile"],
    ["a profile that is not JSON", ["analyse", "--profile", fx("broken-profile.json"), fx("clean.txt")], "not valid JSON"],
    ["a profile without a subject name", ["analyse", "--profile", fx("no-name-profile.json"), fx("clean.txt")], 'has no "name"'],
    ["an unknown option", ["analyse", "--colour", fx("clean.txt")], "unknown option --colour"],
    ["no files", ["analyse", "--format", "json"], "no files given"],
    ["no command", [], "no command given"],
    ["an unknown policy", ["redact", "--policy", "shred", "--out", join(dir, "o"), fx("clean.txt")], "--policy must be one of"],
  ])("%s", async (_name, argv, message) => {
    const r = await runAsync(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^clear-record: [^\n]+\n$/);
    expect(r.stderr).toContain(message);
  });

  test("one bad file among good ones gives no partial output", () => {
    const r = run(["analyse", fx("record.txt"), binary]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });

  test("an internal error names its kind, not its message (which could quote the record)", () => {
    const r = run(["analyse", fx("record.txt")], {
      analyse: () => {
        throw new TypeError("cannot read Tyler");
      },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("clear-record: internal error (TypeError); please report it\n");
  });
});

// Plain-text files named on the command line take the same pipeline as a bundle: sweep, independent
// verification, verified writes, a CSV log.
describe("redact", () => {
  test("writes redacted copies, logs what changed without the redacted text, leaves the input alone", async () => {
    const out = join(tmp(), "out");
    const before = readFileSync(fx("record.txt"), "utf8");
    const r = await runAsync(["redact", "--profile", fx("profile.json"), "--out", out, fx("record.txt"), fx("bom-crlf.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(readFileSync(fx("record.txt"), "utf8")).toBe(before);
    expect(readFileSync(join(out, "record.txt"), "utf8")).toBe(before.replace("Tyler", "Child A").replace("07700 900871", "[phone number]"));
    // The same child keeps its label across the files of one run, and the BOM is written back.
    expect(readFileSync(join(out, "bom-crlf.txt"), "utf8")).toBe("\ufeffCall Child A on [phone number].\r\nBye.\r\n");
    expect(r.stdout).not.toMatch(/Tyler|07700/);
    expect(r.stdout).toContain("record.txt → record.txt: 2 changes");
    expect(r.stdout).toMatch(/4 changes in 2 files, policy pseudonym; log in .*redaction-log\.csv\.\n$/);
    const log = readFileSync(join(out, "redaction-log.csv"), "utf8");
    expect(log).toContain('record.txt,"line 2, column 48",other-child,another child\'s name,Child A');
    expect(log).toContain('record.txt,"line 3, column 17",identifier,a phone number,[phone number]');
    expect(log).not.toMatch(/Tyler|07700/);
  });

  test("json log, mask policy", async () => {
    const out = join(tmp(), "out");
    const r = await runAsync(["redact", "--policy", "mask", "--format", "json", "--out", out, fx("record.txt")]);
    const line = JSON.parse(r.stdout.split("\n")[0]);
    expect(line).toMatchObject({ file: "record.txt", out: "record.txt", changes: 2, verified: true });
    expect(line.log[0]).toEqual({ document: "record.txt", location: "line 2, column 48", category: "other-child", reason: "another child's name", pseudonym: "[redacted]" });
    expect(readFileSync(join(out, "record.txt"), "utf8")).toContain("her brother [redacted] (7)");
  });

  test("nothing to redact exits 0 and still writes the copy", async () => {
    const out = join(tmp(), "out");
    const r = await runAsync(["redact", "--out", out, fx("clean.txt")]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, "clean.txt"), "utf8")).toBe(readFileSync(fx("clean.txt"), "utf8"));
  });

  test("refuses to write into the input's own folder", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.txt"), "Tyler rang.");
    const r = await runAsync(["redact", "--out", dir, join(dir, "a.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^clear-record: --out .* must not be or lie inside an input \(.*a\.txt\), nor hold one; choose another folder\n$/);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("Tyler rang.");
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });

  test("two inputs with the same name get two copies, the second numbered", async () => {
    const a = tmp();
    const b = tmp();
    mkdirSync(join(a, "x"));
    writeFileSync(join(a, "x", "n.txt"), "Tyler rang.");
    writeFileSync(join(b, "n.txt"), "Tyler came.");
    const out = join(tmp(), "out");
    const r = await runAsync(["redact", "--out", out, join(a, "x", "n.txt"), join(b, "n.txt")]);
    expect(
      readdirSync(out)
        .filter((n) => n.endsWith(".txt"))
        .sort(),
    ).toEqual(["n (2).txt", "n.txt"]);
    expect(r.code).toBe(1);
    expect(readFileSync(join(out, "n.txt"), "utf8")).toBe("Child A rang.");
    expect(readFileSync(join(out, "n (2).txt"), "utf8")).toBe("Child A came.");
  });

  test("a name the sweep knows is removed in every spelling, and the copy is verified", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.txt"), "Amelia saw her brother Tyler. Later TYLER and tyler.hughes@example.org wrote.\n");
    const out = join(tmp(), "out");
    const r = await runAsync(["redact", "--profile", fx("profile.json"), "--out", out, join(dir, "a.txt")]);
    expect(r.code).toBe(1);
    expect(readFileSync(join(out, "a.txt"), "utf8")).not.toMatch(/tyler/i);
  });
});

describe("with the real engine", () => {
  test("json output has valid offsets and the scorer's shape", () => {
    const r = run(["analyse", "--format", "json", "--profile", fx("profile.json"), fx("record.txt")], { analyse });
    const out = JSON.parse(r.stdout);
    const text = readFileSync(fx("record.txt"), "utf8");
    expect(Array.isArray(out.findings)).toBe(true);
    for (const f of out.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(r.code).toBe(0);
    if (out.quality) for (const v of Object.values(out.quality)) expect([true, false, null]).toContain(v);
    expect(out.findings.some((f: Finding) => f.category === "identifier" && f.text.includes("07700 900871"))).toBe(true);
  });
});

describe("--kind", () => {
  test("is passed to the engine, so a visit-purpose check applies to a record the text does not announce", () => {
    const text = "Seen Amelia at home. She said she likes her room.\n";
    const dir = tmp();
    const file = join(dir, "note.txt");
    writeFileSync(file, text);
    const inferred = JSON.parse(run(["analyse", "--format", "json", "--subject", "Amelia Hughes", file], { analyse }).stdout);
    const set = JSON.parse(run(["analyse", "--format", "json", "--subject", "Amelia Hughes", "--kind", "visit-record", file], { analyse }).stdout);
    expect(inferred.quality.visitPurpose).toBeNull();
    expect(set.quality.visitPurpose).toBe(false);
  });

  test("an unknown kind is bad input", () => {
    const r = run(["analyse", "--kind", "novel", fx("clean.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--kind must be one of court-report/);
  });
});
