#!/usr/bin/env node
// Task pane benchmark: the built Word pane (dist/taskpane/browser.html) in Debian's Chromium
// (playwright-core) at 320 px, on a 2,000-paragraph generated case record put into the Word fake.
// Names the child, presses Check, and measures from the click: the first finding row on screen, the
// longest main-thread task (PerformanceObserver "longtask"), the most DOM nodes at any sample (every
// mutation batch), and one Apply (msApplyOne: click to the document changed and the pane saying so;
// msApplyRechecked: until the re-check of the whole document has landed). Ends with one JSON line:
//   {"paragraphs","findings","msToFirstFindings","msToAllFindings","longestTaskMs","domNodes","msApplyOne","msApplyRechecked"}
//
//   npm run bench:pane                 (builds first)
//   node scripts/bench-pane.mjs --no-build [--paragraphs 2000]
// Exit 3 when Chromium is missing.
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { makeBenchText, BENCH_PROFILE } from "./make-bench-text.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const site = join(root, "dist", "taskpane");
const args = process.argv.slice(2);
const wanted = Number(args[args.indexOf("--paragraphs") + 1]) || 2000;

const executablePath = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (!executablePath) {
  console.error("bench-pane: skipped: Chromium is not installed (apt-get install -y chromium, or set CHROMIUM_PATH)");
  process.exit(3);
}
if (!args.includes("--no-build")) {
  const build = spawnSync(process.execPath, [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) {
    console.error("bench-pane: the task pane build failed");
    process.exit(2);
  }
}

// 2,000 paragraphs of generated recording (headings, "Child:" lines and prose, as a long file has).
const paragraphs = [];
for (let seed = 20251014; paragraphs.length < wanted; seed++) {
  for (const p of makeBenchText(60_000, seed).split("\n")) if (p.trim() && paragraphs.length < wanted) paragraphs.push(p.trim());
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png", ".map": "application/json" };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^([/\\])+/, "");
  const file = join(site, path || "browser.html");
  if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
  res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${server.address().port}/browser.html`;

const { chromium } = await import("playwright-core");
const profileDir = mkdtempSync(join(tmpdir(), "clear-record-bench-"));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath,
  headless: true,
  viewport: { width: 320, height: 900 },
  bypassCSP: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let result;
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(() => {
    const w = window;
    w.__bench = { longTasks: [], maxNodes: 0, tFirst: 0, t0: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: "longtask", buffered: true });
    const sample = () => {
      const n = document.getElementsByTagName("*").length;
      if (n > w.__bench.maxNodes) w.__bench.maxNodes = n;
      if (!w.__bench.tFirst && w.__bench.t0 && document.querySelector('[role="option"]')) w.__bench.tFirst = performance.now();
    };
    new MutationObserver(sample).observe(document, { subtree: true, childList: true });
  });
  await page.goto(url);
  await page.getByRole("heading", { name: "Clear Record" }).waitFor();
  await page.getByRole("textbox", { name: "Child's name", exact: true }).fill(BENCH_PROFILE.subject.name);
  await page.getByRole("textbox", { name: /^Also known as/ }).fill(BENCH_PROFILE.subject.aliases.join(", "));
  await page.evaluate((body) => {
    const fake = window.__practiceWord;
    fake.model = { ...fake.model, body, sections: [{}], footnotes: [], endnotes: [], comments: [], trackedChanges: [] };
  }, paragraphs);
  // --profile: sample the pane's main thread during the check and list where its time went (stderr).
  const cdp = args.includes("--profile") ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
    await cdp.send("Profiler.start");
  }
  await page.evaluate(() => (window.__bench.t0 = performance.now()));
  await page.getByRole("button", { name: "Check document" }).click();
  await page.getByRole("heading", { name: "Summary" }).waitFor({ timeout: 600_000 });
  const heading = await page.getByRole("heading", { name: /things to look at/ }).textContent();
  const findings = Number(heading.match(/^([\d,]+)/)?.[1].replace(/,/g, "") ?? 0);
  const checkDone = await page.evaluate(() => performance.now());
  if (cdp) {
    const { profile } = await cdp.send("Profiler.stop");
    const self = new Map();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const n = byId.get(id);
      const key = `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const top = [...self]
      .filter(([k]) => !/^\((idle|program)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20);
    for (const [k, ms] of top) console.error(`${Math.round(ms)} ms  ${k}`);
  }

  // One Apply: the first jargon finding with an insertable wording.
  await page.getByRole("button", { name: /^All \d+/ }).waitFor();
  const jargon = page.getByRole("button", { name: /^Jargon \d+/ });
  if (await jargon.count()) await jargon.click();
  let msApplyOne = null;
  let msApplyRechecked = null;
  const detail = page.getByRole("region", { name: "Finding" });
  for (let i = 0; i < 40; i++) {
    const apply = detail.getByRole("button", { name: "Apply", exact: true });
    if ((await apply.count()) && (await apply.isEnabled())) {
      const t = await page.evaluate(() => performance.now());
      await apply.click();
      await page.getByText(/^Changed “/).waitFor({ timeout: 600_000 });
      msApplyOne = Math.round((await page.evaluate(() => performance.now())) - t);
      await page.waitForFunction(
        () => {
          const b = [...document.querySelectorAll("button")].find((x) => x.textContent === "Check document");
          return b && b.getAttribute("aria-disabled") !== "true" && !b.disabled;
        },
        null,
        { timeout: 600_000, polling: 20 },
      );
      msApplyRechecked = Math.round((await page.evaluate(() => performance.now())) - t);
      break;
    }
    await detail.getByRole("button", { name: "Next", exact: true }).click();
  }
  const bench = await page.evaluate(() => window.__bench);
  const during = bench.longTasks.filter((t) => t.start >= bench.t0);
  // Where the long tasks fell (ms after pressing Check), for finding what blocks the main thread.
  console.error(
    `long tasks over 50 ms: ${during.map((t) => `${Math.round(t.ms)} ms at ${Math.round(t.start - bench.t0)}`).join(", ") || "none"}; check done at ${Math.round(checkDone - bench.t0)} ms`,
  );
  result = {
    paragraphs: paragraphs.length,
    findings,
    msToFirstFindings: bench.tFirst ? Math.round(bench.tFirst - bench.t0) : null,
    msToAllFindings: Math.round(checkDone - bench.t0),
    longestTaskMs: Math.round(Math.max(0, ...during.map((t) => t.ms))),
    domNodes: bench.maxNodes,
    msApplyOne,
    msApplyRechecked,
  };
} finally {
  await context.close();
  server.close();
  rmSync(profileDir, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
