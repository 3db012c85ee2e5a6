#!/usr/bin/env node
// Times the Outlook check on Send for a 5,000-word email thread through the real on-send bundle
// (dist/outlook/on-send.js), loaded the way classic Outlook on Windows loads it: one script in a bare
// JavaScript context with no DOM, no require and no window, only Office, timers and console.
// The thread is HTML as Outlook gives it (paragraphs, entities, quoted replies with header blocks).
//
//   npm run bench:send            (builds the on-send bundle first)
//   node scripts/bench-send.mjs [--words 5000] [--runs 9]
// The last line is one JSON object: {"words": …, "ms": …} (ms: median time from Send to completed).
import { readFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import { makeBenchText, BENCH_PROFILE } from "./make-bench-text.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "outlook", "on-send.js");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
if (!existsSync(bundle)) {
  console.error(`bench:send: ${bundle} is missing; run "npm run bench:send" (it builds the bundle first)`);
  process.exit(2);
}

const targetWords = opt("--words", 5000);
const runs = Math.max(1, opt("--runs", 9));

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const countWords = (t) => (t.match(/\S+/g) ?? []).length;

/** An HTML reply thread of about `words` words: five messages, each quoting the ones before. */
function makeThread(words) {
  const text = makeBenchText(words, 20251021);
  const paragraphs = text.split(/\n+/).filter(Boolean);
  const messages = 5;
  const per = Math.ceil(paragraphs.length / messages);
  const people = [
    ["Declan Foyle", "declan.foyle@example.org"],
    ["Nasreen Qureshi", "nasreen.qureshi@example.org"],
  ];
  let html =
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0}</style></head><body lang="EN-GB"><div class="WordSection1">';
  for (let m = 0; m < messages; m++) {
    const [name, address] = people[m % 2];
    const [toName, toAddress] = people[(m + 1) % 2];
    if (m > 0) {
      html += `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> ${name} &lt;<a href="mailto:${address}">${address}</a>&gt;<br><b>Sent:</b> ${20 - m} October 2025 16:52<br><b>To:</b> ${toName} &lt;<a href="mailto:${toAddress}">${toAddress}</a>&gt;<br><b>Subject:</b> RE: Keeley - review<o:p></o:p></p></div>`;
    }
    html += `<p class="MsoNormal">Hi ${toName.split(" ")[0]},<o:p></o:p></p>`;
    for (const p of paragraphs.slice(m * per, (m + 1) * per)) html += `<p class="MsoNormal">${escape(p).replace(/ {2}/g, " &nbsp;")}<o:p></o:p></p>`;
    html += `<p class="MsoNormal">Kind regards,<br>${name}<o:p></o:p></p>`;
  }
  return html + "</div></body></html>";
}

const html = makeThread(targetWords);

/** The smallest Office the handler needs, answering asynchronously like Office.js. */
function makeOffice() {
  const later = (cb, value) => setTimeout(() => cb({ status: "succeeded", value }), 0);
  const item = {
    itemType: "message",
    subject: { getAsync: (cb) => later(cb, "RE: Keeley - review"), setAsync: (_s, cb) => later(cb) },
    body: {
      getAsync: (type, a, b) => later(typeof a === "function" ? a : b, type === "html" ? html : ""),
      getTypeAsync: (cb) => later(cb, "html"),
      setAsync: (_d, _o, cb) => later(cb),
    },
    to: { getAsync: (cb) => later(cb, [{ emailAddress: "nasreen.qureshi@example.org" }]) },
    cc: { getAsync: (cb) => later(cb, []) },
    bcc: { getAsync: (cb) => later(cb, []) },
    sessionData: {
      getAsync: (name, cb) =>
        name === "clearRecord.case" ? later(cb, JSON.stringify(BENCH_PROFILE)) : setTimeout(() => cb({ status: "failed", error: { code: 9020, message: "not found" } }), 0),
      setAsync: (_n, _v, cb) => later(cb),
    },
  };
  const handlers = new Map();
  return {
    handlers,
    Office: {
      context: { mailbox: { item }, requirements: { isSetSupported: (n, v) => n === "Mailbox" && Number(v.split(".")[1]) <= 14 }, platform: "PC" },
      actions: { associate: (name, fn) => handlers.set(name, fn) },
    },
  };
}

const { Office, handlers } = makeOffice();
// A bare context: what the JavaScript-only runtime offers (no window, document, require or process).
const context = vm.createContext({ Office, setTimeout, clearTimeout, console, TextEncoder, TextDecoder });
vm.runInContext(readFileSync(bundle, "utf8"), context, { filename: "on-send.js" });
const handler = handlers.get("onMessageSendHandler");
if (typeof handler !== "function") {
  console.error("bench:send: the bundle did not associate onMessageSendHandler");
  process.exit(2);
}

const sendOnce = () =>
  new Promise((resolveSend) => {
    const t0 = performance.now();
    handler({ completed: (options) => resolveSend({ ms: performance.now() - t0, options }) });
  });

const times = [];
let last;
for (let i = 0; i < runs + 1; i++) {
  const r = await sendOnce();
  if (i > 0)
    times.push(r.ms); // the first send also loads lazy data: reported separately
  else console.log(`first send (cold): ${r.ms.toFixed(1)} ms`);
  last = r.options;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const words = countWords(html.replace(/<[^>]*>/g, " "));
console.log(`thread: ${words} words of HTML (${(html.length / 1024).toFixed(0)} KB); ${runs} sends, median ${median.toFixed(1)} ms, best ${times[0].toFixed(1)} ms`);
console.log(`outcome: allowEvent=${last.allowEvent}${last.errorMessage ? ` — "${last.errorMessage}"` : ""}`);
console.log(JSON.stringify({ words, ms: Math.round(median * 10) / 10 }));
