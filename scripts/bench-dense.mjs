#!/usr/bin/env node
// One record of about --mb megabytes (default 1) thick with other children's names, phone numbers and
// e-mails, as a .docx: checked, then redacted (phase one and two, verification included), in this
// thread. Prints {"bytes", "checkCpuSeconds", "redactCpuSeconds", "ratio"}: redacting a record should
// cost about what checking it does (issue 9: linear, no work per name per mention).
//
//   npm run build && node scripts/bench-dense.mjs [--mb 1]
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { strToU8, zipSync } from "fflate";
import { BENCH_PROFILE } from "./make-bench-text.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { main } = require(join(root, "dist", "src", "cli", "main.js"));
const args = process.argv.slice(2);
const mb = Number(args[args.indexOf("--mb") + 1] ?? 1) || 1;

// Invented people and numbers (Ofcom drama ranges, example.org).
const CHILDREN = [
  "Jaxon",
  "Dillon Fairweather",
  "Aaliyah Mahmood",
  "Callan Price",
  "Sofija Petrauskaite",
  "Tayo Adebisi",
  "Hollie Grange",
  "Rafferty Cole",
  "Zainab Hussain",
  "Eliza Thornton",
];
const LINES = [
  (c, d, n) => `Keeley said ${c} and ${d} were at the park on Saturday; ${c}'s mum rang from 07700 900${n}.`,
  (c, d, n) => `${c} (aged ${9 + (n % 7)}) told the teacher that ${d} had been unkind to Keeley at school.`,
  (c, d, n) => `Email from ${c.split(" ")[0].toLowerCase()}.${n}@example.org about ${d}: please call 0161 496 0${n}.`,
  (c, d) => `Keeley and ${c} walked home together; ${d} stayed behind with the foster carer.`,
];
let text = "";
for (let i = 0; text.length < mb * 1024 * 1024; i++) {
  const c = CHILDREN[i % CHILDREN.length];
  const d = CHILDREN[(i * 7 + 3) % CHILDREN.length];
  text += LINES[i % LINES.length](c, d === c ? CHILDREN[(i + 1) % CHILDREN.length] : d, String(100 + (i % 900)).padStart(3, "0")) + "\n";
}
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${text
  .split("\n")
  .filter(Boolean)
  .map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`)
  .join("")}<w:sectPr/></w:body></w:document>`;
const dir = mkdtempSync(join(tmpdir(), "clear-record-dense-"));
const file = join(dir, "in", "dense.docx");
require("node:fs").mkdirSync(join(dir, "in"));
writeFileSync(
  file,
  zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    "word/document.xml": strToU8(xml),
  }),
);
writeFileSync(join(dir, "profile.json"), JSON.stringify(BENCH_PROFILE));
const quiet = { stdout: () => undefined, stderr: (s) => process.stderr.write(s) };
const cpu = async (argv) => {
  const start = process.cpuUsage();
  const code = await main(argv, quiet);
  const u = process.cpuUsage(start);
  return { code, seconds: (u.user + u.system) / 1e6 };
};
const check = await cpu(["check", "--format", "json", "--jobs", "1", "--profile", join(dir, "profile.json"), join(dir, "in")]);
const redact = await cpu(["redact", "--format", "json", "--jobs", "1", "--profile", join(dir, "profile.json"), "--out", join(dir, "out"), join(dir, "in")]);
rmSync(dir, { recursive: true, force: true });
const r2 = (x) => Math.round(x * 100) / 100;
console.error(
  `${(text.length / 1048576).toFixed(2)} MB dense record: check ${r2(check.seconds)} s CPU (exit ${check.code}), redact ${r2(redact.seconds)} s CPU (exit ${redact.code})`,
);
console.log(
  JSON.stringify({
    bytes: text.length,
    checkCpuSeconds: r2(check.seconds),
    redactCpuSeconds: r2(redact.seconds),
    ratio: r2(redact.seconds / check.seconds),
    redactExit: redact.code,
  }),
);
if (redact.code === 2) process.exitCode = 1;
