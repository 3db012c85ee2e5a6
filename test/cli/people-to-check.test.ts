// The CLI's outputs for undecided people: "People to check" (stylish), review spans (json), and check's
// HTML, CSV and JSON reports.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, type Deps } from "../../src/cli/main";
import { analyse } from "../../src/engine/pipeline";
import type { Report } from "../../src/engine/types";

const dir = mkdtempSync(join(tmpdir(), "clear-record-people-"));
const note = join(dir, "note.txt");
writeFileSync(note, "Leo went to the park with Zennor.\nZennor stayed for tea.\n");
const profile = join(dir, "profile.json");
writeFileSync(profile, JSON.stringify({ subject: { name: "Leo Marsh", pronouns: "he/him" } }));

// A stand-in engine: one undecided person, two mentions, and no findings.
const fake: Deps = {
  analyse: (text: string): Report => {
    const mentions = [...text.matchAll(/Zennor/g)].map((m) => ({ start: m.index!, end: m.index! + 6 }));
    return {
      findings: [],
      kind: "case-note",
      otherChildren: [],
      people: [
        {
          id: "person-1",
          displayName: "Zennor",
          forms: ["Zennor"],
          role: "undecided",
          confidence: 0.5,
          reasons: ["a name with nothing around it to say child or adult"],
          mentions,
        },
      ],
      review: mentions.map((m) => ({ ...m, personId: "person-1" })),
      stats: { characters: text.length, words: 1 },
    };
  },
};

async function run(argv: string[], deps: Deps = { analyse }) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) }, deps);
  return { code, stdout, stderr };
}

test("stylish output ends the file with the people to check and where they are first named", async () => {
  const r = await run(["analyse", "--profile", profile, note]);
  expect(r.stdout).toContain("People to check: Zennor (1:27)");
});

test("json output lists review spans by person id, never by name", async () => {
  const r = await run(["analyse", "--format", "json", "--profile", profile, note]);
  const out = JSON.parse(r.stdout);
  expect(out.review).toEqual([
    { start: 26, end: 32, person: expect.stringMatching(/^person-\d+$/) },
    { start: 34, end: 40, person: out.review[0].person },
  ]);
  expect(JSON.stringify(out.review)).not.toContain("Zennor");
});

test("check lists undecided people per document in its CSV, JSON and HTML reports", async () => {
  const csv = await run(["check", "--format", "csv", "--subject", "Leo Marsh", note], fake);
  expect(csv.stdout).toMatch(/note\.txt,"line 1, column 27",person to check,people,info,,Zennor,"Could not tell.*\(2 mentions\)/);
  const json = await run(["check", "--format", "json", "--subject", "Leo Marsh", note], fake);
  expect(JSON.parse(json.stdout).peopleToCheck).toEqual([{ person: "person-1", text: "Zennor", mentions: 2, location: "line 1, column 27" }]);
  const report = join(dir, "report.html");
  await run(["check", "--subject", "Leo Marsh", "--report", report, note], fake);
  const html = readFileSync(report, "utf8");
  expect(html).toContain("People to check (1)");
  expect(html).toContain("<mark>Zennor</mark> (2 mentions)");
});

test("check's stylish output lists the people to check in an e-mail or Word file too, by part and paragraph", async () => {
  const eml = join(dir, "note.eml");
  writeFileSync(
    eml,
    [
      "From: Worker <worker@example.org>",
      "To: Team <team@example.org>",
      "Subject: Visit",
      "Date: Mon, 1 Dec 2025 10:00:00 +0000",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Leo went to the park with Zennor.",
      "Zennor stayed for tea.",
      "",
    ].join("\r\n"),
  );
  const r = await run(["check", "--subject", "Leo Marsh", eml], fake);
  expect(r.stdout).toMatch(/People to check: Zennor \(/);
});

test("a school put to review with an undecided person is listed with them in every check report", async () => {
  // The real engine: "Ruby" cannot be placed, and the school in "Says she is in Year 10 at …" (a boy's record) is put to review with her.
  const school = join(dir, "school.txt");
  writeFileSync(school, "Tom is well at home. Ruby came round after tea. Says she is in Year 10 at Hallgate School.\n");
  const args = ["--subject", "Tom Smith", "--pronouns", "he/him", school];
  expect((await run(["analyse", ...args])).stdout).toContain("People to check: Ruby (1:22; their school “Hallgate School” at 1:75)");
  expect((await run(["check", ...args])).stdout).toContain("People to check: Ruby (1:22; their school “Hallgate School” at 1:75)");
  const json = JSON.parse((await run(["check", "--format", "json", ...args])).stdout);
  expect(json.peopleToCheck[0].details).toEqual([{ kind: "school", text: "Hallgate School", location: "line 1, column 75" }]);
  expect((await run(["check", "--format", "csv", ...args])).stdout).toMatch(/school\.txt,"line 1, column 75",person to check,people,info,,Hallgate School,The school of Ruby/);
  const report = join(dir, "school.html");
  await run(["check", "--report", report, ...args]);
  expect(readFileSync(report, "utf8")).toContain("; their school <mark>Hallgate School</mark>");
});
