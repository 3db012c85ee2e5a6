#!/usr/bin/env node
// Where the on-send bundle's bytes are, module by module, and how much of each module the send check
// never runs on a corpus: for finding a saving before a change that adds to the bundle (issue 13).
//
//   node scripts/bundle-modules.mjs [--top 40] [--filing] [--coverage [--dir corpus ...]]
//
// Sizes: the on-send bundle built as webpack.outlook.config.js builds it (the same loaders, linked
// stages and minifier), but with each module kept apart (no concatenation, modules named), so each
// module's minified source can be measured alone: its bytes, and its bytes gzipped alone (a module
// gzipped alone is a little larger than its share of the whole bundle, which gzip compresses across
// modules). The sum and the whole bundle gzipped are printed too.
// --coverage: the send check's engine (the analyser entry of on-send-bundle.test.ts) built unminified
// and run, as checkForSend asks, on every document of the corpus (default: the development set), under
// V8's block coverage; prints per module the characters of its unminified source that never ran.
// Code that never runs on a corpus is not dead code (a rarer record may need it): it is where to look.
// --filing: the bundle as for an organisation with a filing mailbox (the judgemental stage linked in).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const webpack = require("webpack");
const acorn = require("acorn");
const configFor = require(join(root, "webpack.outlook.config.js"));
const args = process.argv.slice(2);
const values = (flag) => args.flatMap((a, i) => (a === flag && args[i + 1] !== undefined ? [args[i + 1]] : []));
const top = Number(values("--top")[0] ?? 40);
const filing = args.includes("--filing");
const shared = process.env.CLEAR_RECORD_SHARED ?? resolve(root, "..", "shared");
const gz = (s) => gzipSync(s, { level: 9 }).length;
const kib = (n) => (n / 1024).toFixed(1).padStart(7);

/** Builds the on-send configuration with `change` applied, into a temporary folder; returns on-send.js's text. */
async function build(change) {
  const out = mkdtempSync(join(tmpdir(), "bundle-modules-"));
  try {
    const base = configFor({ only: "on-send", ...(filing ? { filing: true } : {}) }, { mode: "production" });
    const config = change({ ...base, output: { ...base.output, path: out }, plugins: base.plugins.filter((p) => p.constructor.name !== "HtmlWebpackPlugin") });
    await new Promise((ok, fail) => webpack(config, (err, stats) => (err || stats.hasErrors() ? fail(err ?? new Error(stats.toString("errors-only"))) : ok())));
    return readFileSync(join(out, "on-send.js"), "utf8");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Each named module's function in the bundle: [name, minified source]. */
function modulesOf(source) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== "string") return;
    if (node.type === "Property" && typeof node.key?.value === "string" && node.key.value.startsWith("./")) {
      found.push([node.key.value, source.slice(node.value.start, node.value.end)]);
      return;
    }
    for (const v of Object.values(node)) {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === "object") visit(v);
    }
  };
  visit(acorn.parse(source, { ecmaVersion: "latest" }));
  return found;
}

const whole = await build((c) => c);
const apart = await build((c) => ({
  ...c,
  optimization: { ...c.optimization, concatenateModules: false, moduleIds: "named" },
  // Data moved last and regular expressions lowered only in the whole bundle: here each module is measured as written.
  plugins: c.plugins.filter((p) => !["DataLastPlugin", "Es2016RegExpPlugin", "CompactBundlePlugin"].includes(p.constructor.name)),
}));
const rows = modulesOf(apart)
  .map(([name, text]) => ({ name, raw: text.length, gzip: gz(text) }))
  .sort((a, b) => b.gzip - a.gzip);
console.log(`${"module".padEnd(58)} ${"KiB".padStart(7)} ${"gzip".padStart(7)}`);
for (const r of rows.slice(0, top)) console.log(`${r.name.padEnd(58)} ${kib(r.raw)} ${kib(r.gzip)}`);
const sum = rows.reduce((a, r) => a + r.gzip, 0);
console.log(`${rows.length} modules; gzipped alone they sum to ${kib(sum).trim()} KiB; the whole on-send.js is ${kib(gz(whole)).trim()} KiB gzipped`);

if (args.includes("--coverage")) {
  const dirs = values("--dir").length ? values("--dir").map((d) => resolve(d)) : [join(shared, "eval", "dev")];
  const source = await build((c) => ({
    ...c,
    entry: { "on-send": join(root, "test", "hosts", "outlook", "fixtures", "send-engine-entry.ts") },
    optimization: { ...c.optimization, minimize: false },
    plugins: c.plugins.filter((p) => !["DataLastPlugin", "Es2016RegExpPlugin", "CompactBundlePlugin"].includes(p.constructor.name)),
  }));
  const inspector = await import("node:inspector/promises");
  const session = new inspector.Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.startPreciseCoverage", { callCount: true, detailed: true });
  const context = vm.createContext({ console });
  vm.runInContext(source, context, { filename: "bundle-modules-on-send.js" });
  const { parseAnnotated } = await import(join(shared, "eval", "score.mjs"));
  const categories = ["identifier", "other-child", ...(filing ? ["judgemental"] : [])];
  let documents = 0;
  for (const dir of dirs)
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const doc = JSON.parse(readFileSync(join(dir, file), "utf8"));
      const text = parseAnnotated(doc.annotated).plain;
      // As checkForSend asks: with the case, and with none (identifiers only).
      context.t = text;
      context.p = JSON.stringify(doc.profile);
      context.o = JSON.stringify({ kind: "email", categories });
      vm.runInContext(
        "clearRecordAnalyse(t, JSON.parse(p), JSON.parse(o)); clearRecordAnalyse(t, { subject: { name: '' } }, { kind: 'email', categories: ['identifier'] });",
        context,
      );
      documents++;
    }
  const { result } = await session.post("Profiler.takePreciseCoverage");
  session.disconnect();
  const script = result.find((r) => r.url.endsWith("bundle-modules-on-send.js"));
  // Outer ranges first, inner ones after (they override): a character ran when its innermost range counted.
  const ran = new Uint8Array(source.length).fill(1);
  const ranges = script.functions.flatMap((f) => f.ranges).sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const r of ranges) ran.fill(r.count > 0 ? 1 : 0, r.startOffset, r.endOffset);
  // Webpack marks where each concatenated module starts (";// ./src/…").
  const marks = [...source.matchAll(/^;?\/\/ (\.\/\S+)$/gm)].map((m) => [m.index, m[1]]);
  const per = new Map();
  for (let k = 0; k < marks.length; k++) {
    const [start, name] = marks[k];
    const end = k + 1 < marks.length ? marks[k + 1][0] : source.length;
    let never = 0;
    for (let i = start; i < end; i++) never += ran[i] ? 0 : 1;
    const p = per.get(name) ?? { size: 0, never: 0 };
    p.size += end - start;
    p.never += never;
    per.set(name, p);
  }
  const list = [...per].sort((a, b) => b[1].never - a[1].never);
  const total = list.reduce((a, [, p]) => a + p.never, 0);
  console.log(`\nnever run on ${documents} documents (${dirs.length} corpora): ${kib(total).trim()} KiB of ${kib(source.length).trim()} KiB unminified`);
  for (const [name, p] of list.slice(0, top).filter(([, p]) => p.never)) console.log(`${name.padEnd(58)} ${kib(p.never)} of ${kib(p.size).trim()}`);
}
