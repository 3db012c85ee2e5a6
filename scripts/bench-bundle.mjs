#!/usr/bin/env node
// Prints each bundle's size, raw and gzipped, against the bars of issue 13: the task pane's page script
// (what Word loads before the pane can show anything) at most 250 KiB gzipped, the on-send handler at
// most 120 KiB gzipped. Also the chunks loaded later (the engine, in the pane's worker) and how long the
// on-send bundle takes to load (its word lists are decoded then), in a bare context as classic
// Outlook loads it.
//
//   npm run bench:bundle            (builds both add-ins first)
//   node scripts/bench-bundle.mjs   (measures what is in dist/)
// The on-send bundle is built as org-settings.json says; without a filing mailbox it leaves the
// judgemental stage out, so bench:bundle also builds it as for an organisation with one (--env filing,
// dist/outlook-filing/on-send.js) and prints that size too (onSendFilingKiB).
// The last line is one JSON object: {"taskpaneKiB", "taskpaneBarKiB", "onSendKiB", "onSendBarKiB", "onSendLoadMs", …}.
// ON_SEND_JS=path times the load of another on-send.js (an older build, for comparison).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BARS = { taskpane: 250, onSend: 120 };
const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10;

function measure(file) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The scripts a page loads itself (its <script src> of our own), in order. */
function pageScripts(html) {
  return [...readFileSync(html, "utf8").matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
}

const rows = [];
/** The folder's scripts of this build: its pages' scripts and the chunks they name (N:"hash"); not older builds' files. */
function report(dir, label, pages) {
  const scripts = pages.filter((p) => existsSync(join(dir, p))).flatMap((p) => pageScripts(join(dir, p)));
  const text = scripts.map((s) => readFileSync(join(dir, s), "utf8")).join("\n");
  const current = (name) => scripts.includes(name) || ((m) => !!m && text.includes(`${m[1]}:"${m[2]}"`))(/^(\d+)\.([0-9a-f]+)\.js$/.exec(name));
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".js") && current(f))
    .sort()) {
    const { raw, gzip } = measure(join(dir, name));
    rows.push({ file: `${label}/${name}`, raw, gzip });
  }
}

const taskpaneDir = join(root, "dist", "taskpane");
const outlookDir = join(root, "dist", "outlook");
for (const [dir, page] of [
  [taskpaneDir, "taskpane.html"],
  [outlookDir, "on-send.html"],
]) {
  if (!existsSync(join(dir, page))) {
    console.error(`bench:bundle: ${join(dir, page)} is missing; run "npm run bench:bundle" (it builds both add-ins first)`);
    process.exit(2);
  }
}
report(taskpaneDir, "taskpane", ["taskpane.html"]);
report(outlookDir, "outlook", ["outlook.html", "on-send.html"]);

const pageOf = (dir, html) => pageScripts(join(dir, html)).map((s) => measure(join(dir, s)));
const sum = (list) => list.reduce((a, m) => ({ raw: a.raw + m.raw, gzip: a.gzip + m.gzip }), { raw: 0, gzip: 0 });
const taskpane = sum(pageOf(taskpaneDir, "taskpane.html"));
const outlookPane = existsSync(join(outlookDir, "outlook.html")) ? sum(pageOf(outlookDir, "outlook.html")) : undefined;
const onSend = measure(join(outlookDir, "on-send.js"));
const filingFile = join(root, "dist", "outlook-filing", "on-send.js");
const onSendFiling = existsSync(filingFile) ? measure(filingFile) : undefined;

// Load time: evaluate on-send.js the way classic Outlook does (one script, no DOM), median of 5.
const onSendFile = process.env.ON_SEND_JS ?? join(outlookDir, "on-send.js");
const source = readFileSync(onSendFile, "utf8");
const times = [];
for (let i = 0; i < 5; i++) {
  const context = vm.createContext({ console, setTimeout, clearTimeout, Office: { actions: { associate() {} } } });
  const script = new vm.Script(source, { filename: "on-send.js" });
  const started = performance.now();
  script.runInContext(context);
  times.push(performance.now() - started);
}
const onSendLoadMs = Math.round(times.sort((a, b) => a - b)[2] * 10) / 10;

const pad = (s, n) => String(s).padStart(n);
console.log(`${"file".padEnd(44)} ${pad("raw KiB", 9)} ${pad("gzip KiB", 9)}`);
for (const r of rows) console.log(`${r.file.padEnd(44)} ${pad(kib(r.raw), 9)} ${pad(kib(r.gzip), 9)}`);
console.log("");
// Judged in bytes, not on the rounded figure: 122,913 bytes prints as "120 KiB" yet is 33 bytes over 120 KiB.
const verdict = (value, bar) =>
  `${kib(value)} KiB gzipped (${value.toLocaleString("en-GB")} bytes; bar ${bar} KiB: ${
    value <= bar * 1024 ? `met, ${(bar * 1024 - value).toLocaleString("en-GB")} bytes to spare` : `${(value - bar * 1024).toLocaleString("en-GB")} bytes over`
  })`;
console.log(`task pane page script (taskpane.html): ${verdict(taskpane.gzip, BARS.taskpane)}`);
if (outlookPane) console.log(`Outlook pane page script (outlook.html):  ${kib(outlookPane.gzip)} KiB gzipped`);
console.log(`on-send handler (on-send.js):          ${verdict(onSend.gzip, BARS.onSend)}; loads in ${onSendLoadMs} ms`);
if (onSendFiling) console.log(`  the same with a filing mailbox listed (judgemental stage linked in): ${verdict(onSendFiling.gzip, BARS.onSend)}`);
console.log(
  JSON.stringify({
    taskpaneKiB: kib(taskpane.gzip),
    taskpaneBarKiB: BARS.taskpane,
    onSendKiB: kib(onSend.gzip),
    onSendBarKiB: BARS.onSend,
    onSendRawKiB: kib(onSend.raw),
    onSendLoadMs,
    ...(outlookPane ? { outlookPaneKiB: kib(outlookPane.gzip) } : {}),
    ...(onSendFiling ? { onSendFilingKiB: kib(onSendFiling.gzip) } : {}),
  }),
);
