// For the PDF growth test (pdf.test.ts): checks and redacts a generated PDF of the size asked, with the
// built CLI's own jobs (dist/), while the test's thread waits on `signal` (so expectLinear can time
// a synchronous call). Each PDF is generated once, before it is timed.
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { workerData } from "node:worker_threads";

const { root, signal, port, dir } = workerData;
const require = createRequire(join(root, "package.json"));
const { benchLines, pdfOfLines } = await import(pathToFileURL(join(root, "scripts", "lib", "make-bench-pdf.mjs")).href);
const { BENCH_PROFILE } = await import(pathToFileURL(join(root, "scripts", "make-bench-text.mjs")).href);
const mupdf = await import(pathToFileURL(require.resolve("mupdf")).href);
const { checkOne, redactOne } = require(join(root, "dist", "src", "cli", "bulk", "jobs.js"));
const { analyse } = require(join(root, "dist", "src", "engine", "pipeline.js"));
mkdirSync(dir, { recursive: true });
const settings = { profile: BENCH_PROFILE, options: {}, policy: "pseudonym" };
const files = new Map();
const done = (result) => {
  port.postMessage(result);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
};

port.on("message", async ({ pages, generateOnly }) => {
  try {
    let file = files.get(pages);
    if (!file) {
      file = join(dir, `${pages}.pdf`);
      // Recording, with a contact after each paragraph, each with its own number and address: a bundle
      // redacts thousands of distinct identifiers, and no search may grow with their number times the text.
      const lines = [];
      for (const line of benchLines(pages * 400, 4000)) {
        lines.push(line);
        if (!line) lines.push(`Contact ${lines.length}: a parent rang from 07700 9${String(lines.length).padStart(5, "0")} and wrote from parent${lines.length}@example.org.`, "");
      }
      writeFileSync(file, pdfOfLines(mupdf, lines, pages));
      files.set(pages, file);
    }
    if (generateOnly) return done({ ok: true });
    const check = await checkOne(file, settings, analyse);
    const redacted = await redactOne(file, join(dir, "out", `${pages}.pdf`), `${pages}.pdf`, settings, [], analyse);
    done({
      findings: check.report?.findings.length ?? -1,
      error: check.error ?? redacted.error,
      verified: redacted.verified,
      changes: redacted.changes,
      leftovers: redacted.leftovers,
    });
  } catch (err) {
    done({ error: String(err) });
  }
});
Atomics.store(signal, 0, 1);
Atomics.notify(signal, 0);
