import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { main, type Deps } from "../../src/cli/main";
import type { Finding, Report } from "../../src/engine/types";
import { readDocx } from "../../src/cli/readers/docx";
import { buildDocx, p, runs } from "./helpers/build-docx";

// A deterministic stand-in for the engine: "Tyler Brown"/"Tyler" and "Ruby" are other children, the phone number an identifier.
const NAMES = /Tyler Brown|Tyler|Ruby|07700 900871/g;
const fake: Deps = {
  analyse: (text: string): Report => {
    const findings: Finding[] = [];
    for (const m of text.matchAll(NAMES)) {
      const phone = m[0].startsWith("0");
      const id = m[0].startsWith("Tyler") ? "c1" : "c2";
      findings.push({
        ruleId: phone ? "identifier/phone-number" : "other-child/name",
        category: phone ? "identifier" : "other-child",
        start: m.index!,
        end: m.index! + m[0].length,
        text: m[0],
        message: "m",
        severity: "error",
        confidence: 0.9,
        data: phone ? { identifierKind: "phone number" } : { childId: id, mentionKind: "name" },
      });
    }
    const children = [
      { id: "c1", displayName: "Tyler Brown", forms: ["Tyler Brown", "Tyler"], reasons: ["test"] },
      { id: "c2", displayName: "Ruby", forms: ["Ruby"], reasons: ["test"] },
    ].filter((c) => findings.some((f) => f.data?.childId === c.id));
    return { findings, kind: "case-note", otherChildren: children, people: [], review: [], stats: { characters: text.length, words: 1 } };
  },
};

async function run(argv: string[], deps: Deps = fake) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) }, deps);
  return { code, stdout, stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), "clear-record-bundle-"));
const ORIGINALS = ["Tyler", "Brown", "Ruby", "07700 900871", "900871"];

/** Every part's text (XML text and attribute values), all parts joined, for "nothing left anywhere". */
function allPartsText(bytes: Uint8Array): string {
  return Object.entries(unzipSync(bytes))
    .map(([, data]) => new TextDecoder().decode(data))
    .join("\n");
}

function richDocx(): Uint8Array {
  return buildDocx({
    body:
      runs("Keeley spoke about her friend Ty", "ler Bro", "wn and phoned 07700 ", "900871.") +
      `<w:p><w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve">Inserted: Ruby came too.</w:t></w:r></w:ins><w:del w:id="2" w:author="Tyler Brown"><w:r><w:delText>Deleted mention of Ruby.</w:delText></w:r></w:del></w:p>` +
      `<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Commented text.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>` +
      `<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>Hidden note about Ruby.</w:t></w:r><w:r><w:t xml:space="preserve"> Visible.</w:t></w:r></w:p>` +
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${p("Box: Tyler")}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>${p("Box: Tyler")}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
      `<w:p><w:r><w:t xml:space="preserve">Body again, </w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`,
    header: p("Header: Ruby"),
    footnotes: `<w:footnote w:id="1"><w:p><w:r><w:t>Footnote: Tyler phoned.</w:t></w:r></w:p></w:footnote>`,
    comments: `<w:comment w:id="0" w:author="Reviewer"><w:p><w:r><w:t>Ask Ruby's carer.</w:t></w:r></w:p></w:comment>`,
    core: { creator: "Tyler Brown", title: "Notes on Ruby", lastModifiedBy: "Someone" },
    custom: { Reviewer: "Ruby" },
    customXml: `<?xml version="1.0"?><data><child>Tyler Brown</child><phone>07700 900871</phone></data>`,
  });
}

describe("redact a bundle of Word documents", () => {
  const dir = tmp();
  const input = join(dir, "in");
  mkdirSync(join(input, "sub"), { recursive: true });
  writeFileSync(join(input, "a.docx"), richDocx());
  writeFileSync(join(input, "sub", "b.docx"), buildDocx({ body: p("Ruby and Tyler Brown were both there.") }));
  writeFileSync(join(input, "c.txt"), "Tyler rang from 07700 900871.\n");
  writeFileSync(join(input, "bad.docx"), Buffer.from("not a zip at all"));
  const out = join(dir, "out");
  let result: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    result = await run(["redact", "--out", out, "--report", join(dir, "report.html"), input]);
  });

  test("writes every readable file, reports the bad one, exits 2 for it", () => {
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad\.docx: This file is not a Word document/);
    expect(existsSync(join(out, "a.docx"))).toBe(true);
    expect(existsSync(join(out, "sub", "b.docx"))).toBe(true);
    expect(existsSync(join(out, "c.txt"))).toBe(true);
    expect(result.stdout + result.stderr).not.toMatch(/Tyler|Ruby|07700/);
  });

  test("no original string is left in any part of the package", () => {
    const all = allPartsText(readFileSync(join(out, "a.docx")));
    for (const s of ORIGINALS) expect(all).not.toContain(s);
    const b = allPartsText(readFileSync(join(out, "sub", "b.docx")));
    for (const s of ORIGINALS) expect(b).not.toContain(s);
    expect(readFileSync(join(out, "c.txt"), "utf8")).toBe("Child A rang from [phone number].\n");
  });

  test("the copy keeps its formatting and reads as the redacted text", () => {
    const r = readDocx(readFileSync(join(out, "a.docx")));
    expect(r.text).toContain("Keeley spoke about her friend Child A and phoned [phone number].");
    expect(r.text).toContain("Inserted: Child B came too.");
    expect(r.text).not.toContain("Deleted mention");
    expect(r.text).not.toContain("Commented text.\n\nAsk");
    expect(r.text).toContain("Box: Child A");
    expect(r.text).toContain("Header: Child B");
    expect(r.text).toContain("Footnote: Child A phoned.");
    expect(r.text).toContain(" Visible.");
    expect(r.text).not.toContain("Hidden note");
    const doc = new TextDecoder().decode(unzipSync(readFileSync(join(out, "a.docx")))["word/document.xml"]);
    expect(doc).toContain("<w:b/>"); // the bold run is still bold
    expect(doc).not.toMatch(/w:del\b|w:ins\b|commentReference|mc:Fallback/);
  });

  test("pseudonyms are the same in every document of the bundle", () => {
    const b = readDocx(readFileSync(join(out, "sub", "b.docx"))).text;
    expect(b).toBe("Child B and Child A were both there.");
  });

  test("a CSV log and an HTML report, never the redacted text", () => {
    const csv = readFileSync(join(out, "redaction-log.csv"), "utf8");
    expect(csv.split("\r\n")[0]).toBe("document,location,category,reason,pseudonym");
    expect(csv).toContain('a.docx,"body, paragraph 1",other-child,another child\'s name,Child A');
    expect(csv).toMatch(/sub\/b\.docx/);
    expect(csv).not.toMatch(/Tyler|Ruby|07700/);
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).toContain("Redaction log");
    expect(html).toContain("bad.docx");
    expect(html).not.toMatch(/Tyler|Ruby|07700|<link|<script|src=/);
  });

  test("resume: a second run redoes nothing that is finished and unchanged", async () => {
    const before = statSync(join(out, "a.docx")).mtimeMs;
    const again = await run(["redact", "--out", out, input]);
    expect(again.stdout).toContain("(3 already done, resumed)");
    expect(statSync(join(out, "a.docx")).mtimeMs).toBe(before);
    writeFileSync(join(input, "c.txt"), "Ruby rang.\n");
    const third = await run(["redact", "--out", out, input]);
    expect(third.stdout).toContain("(2 already done, resumed)");
    expect(readFileSync(join(out, "c.txt"), "utf8")).toBe("Child B rang.\n");
  });
});

test("default deny: a part the redactor does not read (here an orphan holding a name) is removed, and the copy verified", async () => {
  const dir = tmp();
  const files = unzipSync(buildDocx({ body: p("Tyler came.") }));
  files["word/notes.txt"] = strToU8("Tyler");
  writeFileSync(join(dir, "planted.docx"), zipSync(files));
  const out = join(dir, "out");
  const r = await run(["redact", "--out", out, "--other-children", "Tyler", "--subject", "Maisie Oyelaran", join(dir, "planted.docx")]);
  expect(r.code).toBe(1);
  const back = unzipSync(readFileSync(join(out, "planted.docx")));
  expect(Object.keys(back)).not.toContain("word/notes.txt");
  expect(r.stdout + r.stderr).not.toContain("Tyler");
});

test("e-mails become redacted .eml files", async () => {
  const dir = tmp();
  writeFileSync(join(dir, "m.eml"), "From: Tyler Brown <t@example.org>\r\nTo: x@example.org\r\nSubject: About Ruby\r\n\r\nRuby rang on 07700 900871.\r\n> Tyler said hi\r\n");
  const out = join(dir, "out");
  const r = await run(["redact", "--out", out, join(dir, "m.eml")]);
  expect(r.code).toBe(1);
  const back = readFileSync(join(out, "m.eml"), "utf8");
  expect(back).not.toMatch(/Tyler|Ruby|07700/);
  expect(Buffer.from(back.split("\r\n\r\n")[1], "base64").toString("utf8")).toContain("Child B rang on [phone number].");
});

describe("a child found in one document of a bundle", () => {
  test("is redacted, with the same label, where another document names them with no clue", async () => {
    const { analyse } = await import("../../src/engine/pipeline");
    const dir = tmp();
    const input = join(dir, "bundle");
    mkdirSync(input);
    writeFileSync(join(input, "a-visit.txt"), "Keeley stayed with her foster carers. The carers' son, Olamide, who is 15, teased her.\n");
    writeFileSync(join(input, "b-email.txt"), "Keeley does not want to go back after what happened with Olamide.\n");
    const out = join(dir, "out");
    const r = await run(["redact", input, "--subject", "Keeley Barnes", "--pronouns", "she/her", "--out", out, "--report", join(dir, "r.html")], { analyse });
    expect(r.code).toBe(1);
    const a = readFileSync(join(out, "a-visit.txt"), "utf8");
    const b = readFileSync(join(out, "b-email.txt"), "utf8");
    expect(a + b).not.toMatch(/Olamide/);
    const label = /Child [A-Z]/.exec(a)![0];
    expect(b).toContain(`what happened with ${label}.`);
    expect(b).toContain("Keeley does not want");
  });
});

// A child found only in one document is swept from the others; a resumed run that redoes those others must still know it.
test("resume: a copy redone after a run knows the children found in the documents already finished", async () => {
  const onlyAfterKin: Deps = {
    analyse: (text: string): Report => {
      const at = text.indexOf("brother Kerrin");
      const findings: Finding[] =
        at < 0
          ? []
          : [
              {
                ruleId: "other-child/name",
                category: "other-child",
                start: at + 8,
                end: at + 14,
                text: "Kerrin",
                message: "m",
                severity: "error",
                confidence: 0.9,
                data: { childId: "c1", mentionKind: "name" },
              },
            ];
      const children = findings.length ? [{ id: "c1", displayName: "Kerrin", forms: ["Kerrin"], reasons: ["test"] }] : [];
      return { findings, kind: "case-note", otherChildren: children, people: [], review: [], stats: { characters: text.length, words: 1 } };
    },
  };
  const dir = tmp();
  mkdirSync(join(dir, "in"));
  writeFileSync(join(dir, "in", "a.txt"), "Her brother Kerrin is at school.\n");
  writeFileSync(join(dir, "in", "b.txt"), "Kerrin came too.\n");
  const out = join(dir, "out");
  await run(["redact", "--out", out, join(dir, "in")], onlyAfterKin);
  expect(readFileSync(join(out, "b.txt"), "utf8")).toBe("Child A came too.\n");
  rmSync(join(out, "b.txt"));
  const again = await run(["redact", "--out", out, join(dir, "in")], onlyAfterKin);
  expect(again.stdout).toContain("(1 already done, resumed)");
  expect(readFileSync(join(out, "b.txt"), "utf8")).toBe("Child A came too.\n");
});
