#!/usr/bin/env node
// End to end: the Word task pane in Debian's Chromium (playwright-core), in its plain-browser build
// (dist/taskpane/browser.html) against the fake Word document, at a 320 px pane. Covers: the summary
// after a check; the stale-case path (name the child after a check, change the document while the
// redaction preview is open: nothing acts on old findings, and after Redact the subject keeps her
// name); the People section (a choice re-checks and is stored nowhere); Next/Previous by keyboard with
// focus kept in the pane; Apply of a suggestion (capitalised at a sentence start), Undo; Ignore, Show
// ignored, Restore; untick in the redaction preview; the result and the log; axe-core in several
// states; keyboard-only use; the dark theme. PNG screenshots of each state under artifacts/word/.
//
//   npm run test:e2e                    (builds first)
//   node scripts/e2e-word.mjs --no-build
//   node scripts/e2e-word.mjs --no-build --only "pasted name"     (one step)
// Exit 0 when every step passed, 3 when Chromium is missing (skipped), anything else on failure.
// The last line is one JSON object: {"passed", "failed", "axeSerious", "screenshots"}.
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { settleAnimations } from "./lib/settle.mjs";
import { clipped } from "./lib/clipping.mjs";
import { browserPart, storedEverywhere } from "./lib/stored-everywhere.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const site = join(root, "dist", "taskpane");
const shots = join(root, "artifacts", "word");
const args = process.argv.slice(2);
const require = createRequire(import.meta.url);

const executablePath = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (!executablePath) {
  console.error("e2e-word: skipped: Chromium is not installed (apt-get install -y chromium, or set CHROMIUM_PATH)");
  console.log(JSON.stringify({ skipped: "no chromium" }));
  process.exit(3);
}

if (!args.includes("--no-build")) {
  const build = spawnSync(process.execPath, [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) {
    console.error("e2e-word: the task pane build failed");
    process.exit(2);
  }
}
if (!existsSync(join(site, "browser.html"))) {
  console.error(`e2e-word: ${site}/browser.html is missing`);
  process.exit(2);
}
const { chromium } = await import("playwright-core");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png", ".map": "application/json" };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^([/\\])+/, "");
  const file = join(site, path || "browser.html");
  if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${server.address().port}/browser.html`;
mkdirSync(shots, { recursive: true });

const profileDir = mkdtempSync(join(tmpdir(), "clear-record-e2e-"));
// A new, throw-away profile directory (playwright passes it as --user-data-dir).
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath,
  headless: true,
  // The narrowest Word task pane: 320 px wide.
  viewport: { width: 320, height: 900 },
  bypassCSP: true,
  acceptDownloads: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const results = [];
const screenshots = [];
let axeSerious = -1;
// --only <words>: run only the steps whose name holds these words (each such step loads its own page).
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const step = async (name, fn) => {
  if (only && !name.includes(only)) return;
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name}`);
  } catch (e) {
    results.push({ name, ok: false, error: String(e?.message ?? e).split("\n")[0] });
    console.log(`FAIL ${name}: ${String(e?.message ?? e).split("\n")[0]}`);
  }
};
const expect = (cond, what) => {
  if (!cond) throw new Error(what);
};

try {
  const page = context.pages()[0] ?? (await context.newPage());
  const external = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(`http://127.0.0.1:`) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) external.push(r.url());
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const shot = async (name) => {
    const path = join(shots, `${name}.png`);
    await settleAnimations(page);
    await page.screenshot({ path, fullPage: true });
    screenshots.push(`artifacts/word/${name}.png`);
  };
  const body = () => page.evaluate(() => window.__practiceWord.model.body.join("\n"));
  const summary = () => page.getByRole("region", { name: /^(Summary|First look|Empty document)/ });
  const axeStates = [];
  // Fluent UI's focus-trap sentinels (tabster's data-tabster-dummy elements) are aria-hidden yet
  // focusable by design: they pass focus straight on. axe flags them (aria-hidden-focus), so they are
  // left out; everything else on the page is checked.
  const axe = async (state) => {
    if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: axeSource });
    // Judge the pane as it settles, not a frame of a colour transition (a button fading in after a re-check read
    // as low contrast under CI load): wait for running animations and transitions to finish (at most 3 s).
    await page.evaluate(() => Promise.race([Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 3000))]));
    const violations = await page.evaluate(async () =>
      (await window.axe.run({ include: [["body"]], exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] })).violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.length,
        first: v.nodes[0]?.html?.slice(0, 200),
      })),
    );
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    axeStates.push({ state, serious: serious.length });
    axeSerious = Math.max(axeSerious, 0) + serious.length;
    if (violations.length) console.log(`axe (${state}): ${JSON.stringify(violations)}`);
    expect(serious.length === 0, `serious violations in ${state}: ${JSON.stringify(serious)}`);
  };
  // The practice pane plays a Word without WordApiDesktop (as on the web): text boxes are never read,
  // so a clean re-read says "nothing found in what was read" and names what was not, never "Nothing found" outright.
  const expectPartlyVerified = async (unread) => {
    const partly = page.getByTestId("partly-verified");
    await partly.waitFor();
    const said = await partly.textContent();
    expect(/^Nothing found in what was read again, but \d+ parts? of the document could not be read/.test(said) && unread.test(said), `the partly verified result says: ${said}`);
    expect((await page.getByText(/^Nothing found: the whole document/).count()) === 0, "the result claims the whole document was read");
  };
  // Nothing cut off, past the pane's edge or drawn over another control (scripts/lib/clipping.mjs), measured.
  const fits = async (state) => {
    await settleAnimations(page);
    const problems = await clipped(page);
    expect(problems.length === 0, `clipped in ${state} at ${page.viewportSize().width} px: ${problems.join("; ")}`);
  };
  const loadAndCheck = async () => {
    await page.getByRole("button", { name: "Load the sample court report" }).click();
    await page.getByRole("button", { name: "Check document" }).click();
    await summary()
      .getByText(/to look at in/)
      .waitFor();
  };

  await step("opens without Office.js", async () => {
    await page.goto(url);
    await page.getByRole("heading", { name: "Clear Record" }).waitFor();
    expect(await page.getByRole("button", { name: "Load the sample court report" }).isVisible(), "the practice document controls are missing");
    // One Check button and one way to the sample: two ("Check" under the text box, "Check document" below the
    // case) left a first-time worker guessing which one checks what.
    const checks = await page.getByRole("button", { name: /^Check\b/ }).allInnerTexts();
    expect(checks.length === 1 && checks[0] === "Check document", `the practice page has ${checks.length} check buttons: ${checks.join(", ")}`);
    const samples = await page.getByRole("button", { name: /sample|example/i }).count();
    expect(samples === 1, `the practice page offers the sample ${samples} times`);
    expect(/The sample court report is loaded: press Check document/.test(await page.locator("main").innerText()), "the practice page does not say what Check document will check");
    await shot("0-start");
    await axe("start");
  });

  await step("checks the sample, shows the summary and moves focus to it", async () => {
    await loadAndCheck();
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-labelledby"));
    expect(focused === "summary-title", `focus is on ${focused}, not the summary`);
    const text = await summary().textContent();
    expect(/No child named in the case/.test(text), "the summary does not say no child was named");
    await shot("1-summary-no-child");
  });

  await step("stale case: naming the child after a check blocks redaction until it is checked again", async () => {
    await page.getByRole("button", { name: /^Use Maisie Oyelaran/ }).click();
    // At once: the findings were computed for no subject, so redaction waits for the re-check.
    const blocked = await page
      .getByText("The case changed: checking again before anything can be redacted.")
      .isVisible()
      .catch(() => false);
    const rechecked = /Checked for Maisie Oyelaran/.test((await summary().textContent()) ?? "");
    expect(blocked || rechecked, "neither blocked nor re-checked right after the case changed");
    await summary()
      .getByText(/Checked for Maisie Oyelaran/)
      .waitFor();
    expect(await page.getByRole("button", { name: "Preview redaction…" }).isEnabled(), "Preview stays disabled after the re-check");
  });

  await step("shows people, findings as one-line rows, one finding open, and the scorecard", async () => {
    await page.getByRole("heading", { name: "People in this record" }).waitFor();
    await page.getByRole("listbox", { name: /^Findings/ }).waitFor();
    await page.getByRole("region", { name: "Finding" }).waitFor();
    await page
      .getByText(/Child's voice/)
      .first()
      .waitFor();
    // At 320 px a row is two short lines (the words and their kind, then the reason), never one cut to "This i…".
    const rowHeights = await page.evaluate(() => [...document.querySelectorAll('[role="option"]')].slice(0, 5).map((r) => r.getBoundingClientRect().height));
    expect(
      rowHeights.every((h) => h <= 48),
      `rows are tall: ${rowHeights}`,
    );
    await fits("the findings");
    await shot("2-findings");
    await page.getByRole("region", { name: "Summary" }).screenshot({ path: join(shots, "2a-summary.png") });
    await page.getByRole("region", { name: "Finding" }).screenshot({ path: join(shots, "2b-finding-open.png") });
    await page
      .getByRole("heading", { name: "People in this record" })
      .locator("..")
      .screenshot({ path: join(shots, "2c-people.png") });
    screenshots.push("artifacts/word/2a-summary.png", "artifacts/word/2b-finding-open.png", "artifacts/word/2c-people.png");
    await axe("findings");
  });

  // Reece Tanner (17 in the sample) is found as another child; the worker, who knows he has turned 18, says he is an adult.
  await step("People: 'An adult' re-checks at once, and the choice is stored nowhere", async () => {
    const group = page.getByRole("group", { name: "Who is Reece Tanner?" });
    await group.waitFor();
    // The subject choice names which child ("This child" read as "yes, a child").
    expect((await group.getByRole("button", { name: "This record's child" }).count()) === 1, "the choice of the record's child is not labelled as such");
    const storedNow = () => storedEverywhere(page, "word");
    const storedBefore = await storedNow();
    const before = await page.getByRole("option").filter({ hasText: "Reece Tanner" }).count();
    await group.getByRole("button", { name: "An adult" }).click();
    await page.waitForFunction(() => ![...document.querySelectorAll('[role="option"]')].some((r) => r.textContent.includes("Reece Tanner")), null, { timeout: 20000 });
    expect(before > 0, "Reece Tanner was not listed as a finding before the choice");
    const stored = await storedNow();
    expect(stored === storedBefore, `the choice changed the document, its settings or the browser's storage: ${stored}`);
    expect(!/Reece|Tobias|Nia/.test(browserPart(stored)), "a person's name was stored in the browser");
    await page
      .getByRole("region", { name: "Summary" })
      .getByText(/Checked for Maisie Oyelaran/)
      .waitFor();
    await shot("3-people-choice");
  });

  // Every choice, by keyboard alone: a labelled toggle in a group named for the person, each one re-checks at once and
  // keeps focus where the worker pressed, and none is written anywhere (storage, IndexedDB, caches, cookies, or any part
  // of the document: body, settings, custom properties).
  await step("People by keyboard: each choice is a labelled toggle, re-checks at once, keeps focus, and is stored nowhere", async () => {
    const everyStore = () => storedEverywhere(page, "word");
    const before = await everyStore();
    const group = page.getByRole("group", { name: "Who is Ruairi Yildiz?" });
    await group.waitFor();
    // Tab walks the four choices in order, each a toggle button saying whether it is pressed.
    await group.getByRole("button").first().focus();
    const walked = [];
    for (let i = 0; i < 4; i++) {
      walked.push(
        await page.evaluate(() => {
          const a = document.activeElement;
          return `${a?.closest('[role="group"]')?.getAttribute("aria-label")}|${a?.textContent}|${a?.getAttribute("aria-pressed")}`;
        }),
      );
      if (i < 3) await page.keyboard.press("Tab");
    }
    const labels = ["This record's child", "Another child", "An adult", "Not a person"];
    expect(walked.join(",") === labels.map((l) => `Who is Ruairi Yildiz?|${l}|false`).join(","), `the choices by Tab: ${walked.join(", ")}`);
    // Counts the checks that start (the status says "Checking the document…").
    await page.evaluate(() => {
      window.__checksStarted = 0;
      let was = false;
      window.__checkWatch = new MutationObserver(() => {
        const now = /Checking the document…/.test(document.querySelector('main [role="status"]')?.textContent ?? "");
        if (now && !was) window.__checksStarted++;
        was = now;
      });
      window.__checkWatch.observe(document.querySelector("main"), { subtree: true, childList: true, characterData: true });
    });
    for (const [label, key] of [
      ["An adult", "Enter"],
      ["Not a person", "Space"],
      ["This record's child", "Enter"],
      ["This record's child", "Space"],
    ]) {
      const started = await page.evaluate(() => window.__checksStarted);
      const pressedBefore = await group.getByRole("button", { name: label }).getAttribute("aria-pressed");
      await group.getByRole("button", { name: label }).focus();
      await page.keyboard.press(key);
      await page.waitForFunction((n) => window.__checksStarted > n, started, { timeout: 5000 });
      await page.getByRole("button", { name: "Check document" }).and(page.locator(":not([aria-disabled='true'])")).waitFor({ timeout: 20000 });
      const pressed = pressedBefore === "true" ? "false" : "true";
      // A row folded into the child comes back in a render after the re-check's, and the pane puts the focus back on
      // it then: on a loaded machine that render can come after the check button is enabled again, so wait for it.
      const focusedOn = () => {
        const a = document.activeElement;
        return `${a?.closest('[role="group"]')?.getAttribute("aria-label")}|${a?.textContent}|${a?.getAttribute("aria-pressed")}`;
      };
      await page
        .waitForFunction(
          (want) => {
            const a = document.activeElement;
            return `${a?.closest('[role="group"]')?.getAttribute("aria-label")}|${a?.textContent}|${a?.getAttribute("aria-pressed")}` === want;
          },
          `Who is Ruairi Yildiz?|${label}|${pressed}`,
          { timeout: 10000 },
        )
        .catch(() => {});
      const focused = await page.evaluate(focusedOn);
      expect(focused === `Who is Ruairi Yildiz?|${label}|${pressed}`, `after ${key} on "${label}" focus is on ${focused}`);
      const stored = await everyStore();
      expect(stored === before, `the choice "${label}" was written somewhere: ${stored.slice(0, 300)}`);
    }
    await page.evaluate(() => window.__checkWatch.disconnect());
    // The last press undid the choice: the checker's own placement is back.
    expect((await group.getByRole("button", { pressed: true }).count()) === 0, "a choice is still pressed after pressing it again");
    await group.locator("..").screenshot({ path: join(shots, "3c-people-by-keyboard.png") });
    screenshots.push("artifacts/word/3c-people-by-keyboard.png");
    await axe("people by keyboard");
  });

  // The kind of record decides which checks apply: the pane says what it read the document as and why, and the worker
  // can check it as another kind for this session (never written to the document, its settings or the browser).
  await step("Read as: the kind and why, and a choice of kind that re-checks and is stored nowhere", async () => {
    const line = page.getByTestId("kind-line");
    await line.getByText("Read as: Court report or statement").waitFor();
    await line.getByText(/^Because of .+\.$/).waitFor();
    const why = await line.innerText();
    expect(!/Maisie|Oyelaran|Reece|Tanner/.test(why), `the reason quotes the record: ${why}`);
    await fits("the kind line");
    await line.screenshot({ path: join(shots, "3a-kind-line.png") });
    screenshots.push("artifacts/word/3a-kind-line.png");
    const stored = () => storedEverywhere(page, "word");
    const before = await stored();
    const visitPurpose = () => page.getByRole("button", { name: /^Visit purpose/ });
    expect((await visitPurpose().count()) === 0, "a court report shows the visit purpose check");
    // Everything the pane says while it re-checks for the new kind, frame by frame: only "Checking…", never that the
    // case changed (the worker changed no case, and went looking for what had).
    await page.evaluate(() => {
      window.__saidWhileRechecking = new Set();
      window.__kindWatch = new MutationObserver(() => {
        const said = document.querySelector('[aria-labelledby="summary-title"]')?.textContent ?? "";
        for (const m of said.match(/The case changed[^.]*|Checking…/g) ?? []) window.__saidWhileRechecking.add(m);
      });
      window.__kindWatch.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await line.getByLabel("Wrong kind? Check it as").selectOption("visit-record");
    await line.getByText("Read as: Visit record").waitFor({ timeout: 20000 });
    await line.getByText(/You chose this kind for this session/).waitFor();
    // The re-check ran with the chosen kind: the visit's purpose is a check of visit records only.
    await visitPurpose().first().waitFor({ timeout: 20000 });
    const saidWhile = await page.evaluate(() => {
      window.__kindWatch.disconnect();
      return [...window.__saidWhileRechecking];
    });
    expect(!saidWhile.some((m) => /case changed/.test(m)), `while re-checking for the new kind the summary said: ${saidWhile.join(" | ")}`);
    expect(saidWhile.includes("Checking…"), `the summary did not say it was checking again: ${saidWhile.join(" | ") || "nothing"}`);
    expect((await stored()) === before, "the chosen kind was written to the document, its settings or the browser's storage");
    await summary()
      .getByText(/Checked for Maisie Oyelaran/)
      .waitFor({ timeout: 20000 });
    await axe("kind chosen");
    await line.screenshot({ path: join(shots, "3b-kind-chosen.png") });
    screenshots.push("artifacts/word/3b-kind-chosen.png");
    await line.getByLabel("Wrong kind? Check it as").selectOption("");
    await line.getByText("Read as: Court report or statement").waitFor({ timeout: 20000 });
    await line.getByText(/^Because of .+\.$/).waitFor();
    expect((await visitPurpose().count()) === 0, "the visit purpose check stayed after letting the checker decide");
    await summary()
      .getByText(/Checked for Maisie Oyelaran/)
      .waitFor();
  });

  await step("Next and Previous by keyboard select in the document and keep focus in the pane", async () => {
    await page.getByRole("button", { name: /^All \d+/ }).click();
    const list = page.getByRole("listbox", { name: /^Findings/ });
    await list.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const second = await page.evaluate(() => document.querySelector('[role="option"][aria-selected="true"]')?.textContent ?? "");
    // The row's words are the ones selected in the document (each move selects; the last one wins).
    await page
      .waitForFunction(
        (row) => {
          const sel = window.__practiceWord.model.selection?.text;
          return !!sel && row.includes(`“${sel}”`);
        },
        second,
        { timeout: 5000 },
      )
      .catch(() => undefined);
    const selected = await page.evaluate(() => window.__practiceWord.model.selection?.text ?? "");
    expect(second.includes(`“${selected}”`), `selected "${selected}" in the document, the row is "${second}"`);
    await page.waitForTimeout(120);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role") === "listbox"), "focus left the list");
    await page.keyboard.press("Alt+ArrowUp");
    const first = await page.evaluate(() => document.querySelector('[role="option"][aria-selected="true"]')?.getAttribute("aria-posinset"));
    expect(first === "2", `Alt+Up went to row ${first}`);
  });

  await step("Apply inserts the chosen wording, capitalised at a sentence start; Undo puts it back", async () => {
    await page
      .getByRole("button", { name: /^Jargon/ })
      .first()
      .click();
    const row = page.getByRole("option").filter({ hasText: "“Respite”" });
    await row.click();
    const detail = page.getByRole("region", { name: "Finding" });
    await detail.getByText("After the change:").waitFor();
    await detail.screenshot({ path: join(shots, "4a-apply-preview.png") });
    screenshots.push("artifacts/word/4a-apply-preview.png");
    const chosen = await detail
      .getByRole("radio", { checked: true })
      .getAttribute("value")
      .catch(() => null);
    await detail.getByRole("button", { name: "Apply" }).click();
    // What the change did, and its Undo, are said beside the finding the worker was on (in view at 320 px, in a
    // live region), not by the Check button a screen or more above.
    const note = page.getByTestId("findings-notice");
    await note.getByText(/^Changed “Respite” to/).waitFor();
    const after = await body();
    const inserted = chosen ?? "Short break";
    expect(!/\bRespite\b/.test(after), "Respite is still there");
    expect(after.includes(inserted) && /^[A-Z]/.test(inserted), `"${inserted}" was not inserted with a capital`);
    expect((await note.getAttribute("role")) === "status", "the notice after Apply is not in a live region");
    await settleAnimations(page);
    const undo = note.getByRole("button", { name: /^Undo: Changed “Respite”/ });
    for (const [what, box] of [
      ["the notice", await note.boundingBox()],
      ["its Undo", await undo.boundingBox()],
    ])
      expect(!!box && box.y > -2 && box.y + box.height <= 900, `after Apply ${what} is out of view (at ${box ? box.y.toFixed(1) : "?"} px)`);
    await shot("4-applied");
    await page.screenshot({ path: join(shots, "4b-applied-in-view.png") });
    screenshots.push("artifacts/word/4b-applied-in-view.png");
    // By keyboard: a few Shift+Tabs back from Apply reach the Undo.
    await detail.getByRole("button", { name: "Apply" }).focus();
    let reached = false;
    for (let i = 0; i < 8 && !reached; i++) {
      await page.keyboard.press("Shift+Tab");
      reached = await undo.evaluate((el) => el === document.activeElement);
    }
    expect(reached, "the Undo beside the finding is not reached by Shift+Tab from Apply");
    await page.keyboard.press("Enter");
    await note.getByText(/^Undone:/).waitFor();
    expect(/\bRespite\b/.test(await body()), "Undo did not put Respite back");
    expect((await note.getByRole("button", { name: /^Undo/ }).count()) === 0, "an Undo is still offered beside the finding after undoing");
  });

  await step("Ignore hides a finding; Show ignored lists it and Restore brings it back", async () => {
    await page.getByRole("button", { name: /^All \d+/ }).click();
    const heading = page.getByRole("heading", { name: /things to look at/ });
    const before = await heading.textContent();
    await page.getByRole("region", { name: "Finding" }).getByRole("button", { name: "Ignore", exact: true }).click();
    await page
      .getByText(/\(1 ignored\)/)
      .first()
      .waitFor();
    await page.getByRole("button", { name: "Show ignored (1)" }).click();
    await shot("5-ignored");
    await page.getByRole("button", { name: /^Restore/ }).click();
    await page.waitForFunction((b) => [...document.querySelectorAll("h2")].some((h) => h.textContent === b), before);
  });

  await step("the document changed while the preview was open: Redact does nothing and says why", async () => {
    await page.getByRole("button", { name: "Preview redaction…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await page.evaluate(() => {
      const m = window.__practiceWord.model;
      window.__practiceWord.model = { ...m, body: [...m.body, "Maisie's friend Jaden Marsh, aged 12, came too."] };
    });
    await dialog.getByRole("button", { name: "Redact" }).click();
    await page.getByText(/^The document changed after the last check/).waitFor();
    const text = await body();
    expect(/Tobias/.test(text), "something was redacted from old findings");
  });

  await step("the redaction preview lets one change be unticked", async () => {
    await page.getByRole("button", { name: "Preview redaction…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    const items = await dialog.getByRole("listitem").count();
    expect(items > 5, `only ${items} changes previewed`);
    expect(/Jaden Marsh/.test(await dialog.textContent()), "the preview was not made from the re-check of the changed document");
    await dialog.getByRole("checkbox").first().uncheck();
    await dialog.getByText(`${items - 1} of ${items} will be made.`).waitFor();
    await dialog.getByRole("button", { name: `Redact ${items - 1}` }).waitFor();
    await fits("the redaction preview");
    await shot("6-redaction-preview");
    await axe("redaction preview");
    await dialog.getByRole("checkbox").first().check();
    await dialog.getByRole("button", { name: "Redact", exact: true }).click();
  });

  await step("redacts all, the re-read finds nothing in what it read, says what it could not read, and the subject keeps her name", async () => {
    await page.getByRole("heading", { name: "Redaction result" }).waitFor();
    await expectPartlyVerified(/Text boxes and shapes cannot be read/);
    const model = await page.evaluate(() => window.__practiceWord.model);
    const everything = JSON.stringify({ ...model, selection: null });
    const at = everything.search(/Tobias|Jaden/);
    expect(at === -1, `a redacted name survives in the document: …${everything.slice(Math.max(0, at - 80), at + 20)}`);
    expect(/Maisie Oyelaran/.test(everything) && !/Child A's current circumstances/.test(everything), "the subject child lost her name");
    // Focus goes to the result (the preview dialog that had it has closed), never to the page itself.
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-labelledby"));
    expect(focused === "result-title", `after Redact, focus is on ${focused ?? "the page"}, not the result`);
    await shot("7-redaction-result");
    await fits("the redaction result");
  });

  await step("shows the log and exports it without the redacted text; the log scrolls by keyboard", async () => {
    const table = page.getByRole("table", { name: "Redaction log" });
    await table.waitFor();
    expect((await table.getByRole("row").count()) > 5, "the log is short");
    const text = await table.textContent();
    expect(!/Tobias|07700/.test(text), "the log holds redacted text");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export log (CSV)" }).click()]);
    const csv = readFileSync(await download.path(), "utf8");
    expect(csv.startsWith("category,kind,action,where,why"), "the CSV has no header");
    expect(!/Tobias|07700/.test(csv), "the exported log holds redacted text");
    await axe("redaction result");
    await page.getByRole("table", { name: "Redaction log" }).scrollIntoViewIfNeeded();
    await shot("8-log");
  });

  await step("Undo reverses the redaction", async () => {
    await page.getByRole("button", { name: /^Undo/ }).click();
    await page.getByText(/^Undone:/).waitFor();
    expect(/Tobias Oyelaran/.test(await body()), "the redaction was not undone");
  });

  await step("works by keyboard alone: Check, the findings list and Preview redaction are a few Tabs away", async () => {
    await page.reload();
    await page.getByRole("heading", { name: "Clear Record" }).waitFor();
    const tabTo = async (test, max) => {
      for (let i = 1; i <= max; i++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate(test)) return i;
      }
      return -1;
    };
    await page.getByRole("button", { name: "Load the sample court report" }).focus();
    await page.keyboard.press("Enter");
    expect((await tabTo(() => document.activeElement?.textContent === "Check document", 40)) > 0, "Check document is not reachable with Tab");
    await page.keyboard.press("Enter");
    await summary()
      .getByText(/to look at in/)
      .waitFor();
    // Focus is on the summary after Check; its "Go to findings" skips the People section.
    const toGo = await tabTo(() => document.activeElement?.textContent === "Go to findings", 5);
    expect(toGo > 0, "Go to findings is not next to the summary");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role") === "listbox"), "Go to findings did not reach the list");
    const toList = toGo;
    const toPreview = await tabTo(() => document.activeElement?.textContent === "Preview redaction…", 80);
    expect(toPreview > 0, "Preview redaction is not reachable with Tab");
    console.log(`tabs: ${toList} to the list, ${toPreview} more to Preview redaction`);
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
  });

  await step("a long check shows a first look, and Cancel stops it and keeps the last findings", async () => {
    await page.evaluate(() => {
      const m = window.__practiceWord.model;
      window.__practiceWord.model = { ...m, body: Array.from({ length: 200 }, () => m.body).flat() };
    });
    await page.getByRole("button", { name: "Check document" }).click();
    await page.getByRole("button", { name: "Cancel", exact: true }).click({ timeout: 10000 });
    await page.getByText(/^Check cancelled\./).waitFor();
    expect(await page.getByRole("listbox", { name: /^Findings/ }).isVisible(), "the last findings went away");
    // Checked again to the end: a first look comes before the whole document.
    await page.getByRole("button", { name: "Check document" }).click();
    await page.getByRole("heading", { name: "First look (still checking)" }).waitFor({ timeout: 20000 });
    await page.getByRole("heading", { name: "Summary" }).waitFor({ timeout: 60000 });
  });

  await step("an empty document says so plainly", async () => {
    await page.evaluate(() => {
      const m = window.__practiceWord.model;
      window.__practiceWord.model = {
        ...m,
        body: [""],
        sections: [{}],
        footnotes: [],
        endnotes: [],
        comments: [],
        trackedChanges: [],
        properties: { title: "", subject: "", author: "", keywords: "", comments: "" },
      };
    });
    await page.getByRole("button", { name: "Check document" }).click();
    // The practice Word cannot read text boxes: "no text in the parts that could be read", and what was
    // not read is a quiet note, not the warning colour a check with findings gets.
    await page.getByText("There is no text to check in the parts that could be read.").waitFor();
    const notRead = page.getByText(/^Not read: Text boxes/);
    const [muted, warning] = await notRead.evaluate((el) => {
      const colour = getComputedStyle(el).color;
      const probe = document.createElement("span");
      probe.style.color = getComputedStyle(document.querySelector(".fui-FluentProvider")).getPropertyValue("--colorPaletteDarkOrangeForeground1");
      document.body.appendChild(probe);
      const orange = getComputedStyle(probe).color;
      probe.remove();
      return [colour, orange];
    });
    expect(muted !== warning, `the note on an empty document is in the warning colour (${muted})`);
    await shot("9-empty");
  });

  await step("follows a dark theme", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.reload();
    await page.getByRole("heading", { name: "Clear Record" }).waitFor();
    await loadAndCheck();
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g).map(Number);
    expect(r + g + b < 200, `the background is ${bg}, not dark`);
    await shot("10-dark");
    await axe("dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  await step("follows high contrast (forced colours)", async () => {
    await page.emulateMedia({ forcedColors: "active" });
    await page.reload();
    await page.getByRole("heading", { name: "Clear Record" }).waitFor();
    expect((await page.evaluate(() => document.querySelector(".fui-FluentProvider")?.getAttribute("data-theme"))) === "high-contrast", "the high-contrast theme is not used");
    await loadAndCheck();
    await shot("11-high-contrast");
    await page.emulateMedia({ forcedColors: "none" });
  });

  await step("a document the host could only partly read says so in the summary", async () => {
    await page.goto(`${url}?wordApi=1.1`);
    await page.getByRole("heading", { name: "Clear Record" }).waitFor();
    await loadAndCheck();
    const text = await summary().textContent();
    expect(/Partly read/.test(text) && /Not read: /.test(text), `the summary does not say what was not read: ${text}`);
    await summary().screenshot({ path: join(shots, "12-partly-read.png") });
    screenshots.push("artifacts/word/12-partly-read.png");
  });

  await step("at 280 and 400 px wide, the findings, People and Redact fit: nothing cut off or overlapping", async () => {
    await page.goto(url);
    await page.getByRole("heading", { name: "Clear Record" }).waitFor();
    await loadAndCheck();
    // The measure itself: a button squeezed to 24 px and a drop-down too narrow for its choice are both reported.
    const planted = await page.evaluate(() => {
      const b = Object.assign(document.createElement("button"), { textContent: "Preview redaction", id: "planted-b" });
      b.style.cssText = "width:24px;overflow:hidden;white-space:nowrap";
      const s = Object.assign(document.createElement("select"), { id: "planted-s" });
      s.append(new Option("Remove the whole sentence it is in"));
      s.style.cssText = "width:60px";
      const p = Object.assign(document.createElement("p"), { id: "planted-p", textContent: "paragraph 12" });
      p.style.cssText = "width:70px;margin:0";
      document.querySelector("main").append(b, s, p);
    });
    const caught = await clipped(page);
    await page.evaluate(() => ["planted-b", "planted-s", "planted-p"].forEach((id) => document.getElementById(id).remove()));
    expect(
      planted === undefined && caught.some((c) => /^cut: button/.test(c)) && caught.some((c) => /^select: /.test(c)) && caught.some((c) => /^alone: “12”/.test(c)),
      `the measure missed planted clipping: ${caught.join("; ")}`,
    );
    for (const width of [280, 400]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(200);
      await fits("the checked sample");
      await shot(`13a-width-${width}`);
    }
    await page.setViewportSize({ width: 320, height: 900 });
  });

  // A click on a finding that Word cannot select: what did not happen is said ("Could not select the text."), and once a
  // selection works again the failure goes (it stayed, saying Word could not finish, over a pane that was working).
  await step("a failed selection says what did not happen, and goes once a selection works", async () => {
    await page.getByRole("button", { name: /^All \d+/ }).click();
    await page.evaluate(() => (window.__practiceWord.failOn = { search: "GeneralException" }));
    await page.getByRole("option").filter({ hasText: "Tobias" }).first().click();
    const alert = page.getByRole("alert").filter({ hasText: /^Could not select the text\. Word could not finish; try again in a moment\.$/ });
    await alert.waitFor({ timeout: 10000 });
    await page.evaluate(() => (window.__practiceWord.failOn = { search: "ItemNotFound" }));
    await page.getByRole("option").filter({ hasText: "Nia" }).first().click();
    const gone = page.getByRole("alert").filter({ hasText: /^Could not select the text\. The text was no longer where the check found it/ });
    await gone.waitFor({ timeout: 10000 });
    await page.evaluate(() => (window.__practiceWord.failOn = {}));
    await page.getByRole("option").filter({ hasText: "Tobias" }).first().click();
    await page.waitForFunction(() => !!window.__practiceWord.model.selection?.text, null, { timeout: 10000 });
    await page.getByRole("alert").waitFor({ state: "detached", timeout: 10000 });
  });

  await step("a Word call that fails is said in one sentence, brought into view beside nothing cut off", async () => {
    await page
      .getByRole("button", { name: /^Jargon/ })
      .first()
      .click();
    await page.evaluate(() => (window.__practiceWord.failOn = { edit: "AccessDenied" }));
    const before = await body();
    await page.getByRole("region", { name: "Finding" }).getByRole("button", { name: "Apply" }).click();
    const alert = page.getByRole("alert").filter({ hasText: /Word did not allow the change/ });
    await alert.waitFor({ timeout: 10000 });
    await page.evaluate(() => (window.__practiceWord.failOn = {}));
    await page.waitForTimeout(300);
    const box = await alert.boundingBox();
    expect(!!box && box.y > -2 && box.y + box.height <= 900, `the error is out of view (at ${box ? box.y.toFixed(1) : "?"} px)`);
    expect((await body()) === before, "the document changed although Word refused");
    await fits("a failed Apply");
    await shot("13b-office-call-failed");
  });

  await step("at 200 % zoom (a 160 px wide pane) nothing overflows sideways", async () => {
    await page.setViewportSize({ width: 160, height: 900 });
    await page.waitForTimeout(200);
    const wide = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      return [...document.querySelectorAll("main *")]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.right > limit + 1 && !el.closest('[role="listbox"]');
        })
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 30)} ${Math.round(el.getBoundingClientRect().right)}px`);
    });
    await shot("13-zoom-200");
    await page.setViewportSize({ width: 320, height: 900 });
    expect(wide.length === 0, `wider than the pane: ${wide.join("; ")}`);
  });

  /** Loads the sample, checks it for Maisie and opens the redaction preview, then presses Redact. */
  const checkForMaisieAndRedact = async () => {
    await loadAndCheck();
    await page.getByRole("button", { name: /^Use Maisie Oyelaran/ }).click();
    await summary()
      .getByText(/Checked for Maisie Oyelaran/)
      .waitFor();
    await page.getByRole("button", { name: "Preview redaction…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Redact", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
  };

  await step("pending tracked changes: Redact asks first; consent accepts them all, re-checks, redacts and verifies the saved file", async () => {
    await page.goto(url);
    await page.getByRole("heading", { name: "Clear Record" }).waitFor();
    await page.getByRole("button", { name: "Load the sample court report" }).click();
    // A tracked deletion holding another child's name, as a worker's edit with Track Changes on leaves it.
    await page.evaluate(() => {
      const m = window.__practiceWord.model;
      m.body[1] = `${m.body[1]} \ue001Jaden Marsh was also there.\ue002`;
      m.trackedChanges.push({ type: "Deleted", text: "Jaden Marsh was also there." });
    });
    await page.getByRole("button", { name: "Check document" }).click();
    await summary()
      .getByText(/to look at in/)
      .waitFor();
    await page.getByRole("button", { name: /^Use Maisie Oyelaran/ }).click();
    await summary()
      .getByText(/Checked for Maisie Oyelaran/)
      .waitFor();
    await page.getByRole("button", { name: "Preview redaction…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Redact", exact: true }).click();
    const consent = page.getByTestId("redact-consent");
    await consent.getByText("Accept the tracked changes first?").waitFor();
    expect(/1 tracked change not yet accepted/.test(await consent.textContent()), "the question does not say how many changes wait");
    const before = await page.evaluate(() => window.__practiceWord.model.trackedChanges.length);
    expect(before === 1, "the pane changed the tracked changes before the worker answered");
    expect((await page.getByRole("heading", { name: "Redaction result" }).count()) === 0, "redacted before asking");
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(/^Accept all changes/.test(focused ?? ""), `focus is on ${focused}, not the question's button`);
    await shot("14-consent-pending-changes");
    await consent.screenshot({ path: join(shots, "14a-consent-question.png") });
    screenshots.push("artifacts/word/14a-consent-question.png");
    await axe("consent pending changes");
    await consent.getByRole("button", { name: /^Accept all changes, then redact/ }).click();
    await page.getByRole("heading", { name: "Redaction result" }).waitFor();
    const scope = await page.getByTestId("verification-scope").textContent();
    expect(/saved file was searched .*body/.test(scope), `no verification scope: ${scope}`);
    await expectPartlyVerified(/Text boxes and shapes cannot be read/);
    const model = await page.evaluate(() => window.__practiceWord.model);
    const everything = JSON.stringify({ ...model, selection: null });
    expect(model.trackedChanges.length === 0 && !everything.includes("\ue001"), "tracked changes still in the document");
    expect(!/Tobias|Jaden/.test(everything), "a redacted name survives in the document");
    await shot("15-redacted-after-accepting");
    await page.locator('section[aria-labelledby="result-title"]').screenshot({ path: join(shots, "15a-verified-result.png") });
    screenshots.push("artifacts/word/15a-verified-result.png");
    await axe("redaction result after accepting");
  });

  await step("WordApi 1.3 cannot tell about tracking: Redact asks the worker to confirm; on Mac the log is shown to copy", async () => {
    await page.goto(`${url}?wordApi=1.3&platform=Mac`);
    await page.getByRole("heading", { name: "Clear Record" }).waitFor();
    await checkForMaisieAndRedact();
    const consent = page.getByTestId("redact-consent");
    await consent.getByText("Is track changes off?").waitFor();
    expect(/Accept All Changes/.test(await consent.textContent()), "the question does not say where to accept changes");
    expect((await page.evaluate(() => window.__practiceWord.model.body.join("\n"))).includes("Tobias"), "redacted before the worker confirmed");
    await shot("16-consent-tracking-unknown");
    await consent.screenshot({ path: join(shots, "16a-confirm-tracking-off.png") });
    screenshots.push("artifacts/word/16a-confirm-tracking-off.png");
    await axe("consent tracking unknown");
    await consent.getByRole("button", { name: /turned tracking off/ }).click();
    await page.getByRole("heading", { name: "Redaction result" }).waitFor();
    expect(!/Tobias/.test(await page.evaluate(() => window.__practiceWord.model.body.join("\n"))), "not redacted after the confirmation");
    await page.getByTestId("verification-scope").waitFor();
    expect((await page.getByRole("button", { name: "Export log (CSV)" }).count()) === 0, "a download is offered on Mac");
    await page.getByRole("button", { name: "Show log as CSV to copy" }).click();
    const box = page.getByTestId("log-copy-box");
    await box.waitFor();
    const csv = await box.inputValue();
    expect(csv.startsWith("category,kind,action,where,why") && !/Tobias|07700/.test(csv), "the CSV shown is wrong or holds redacted text");
    await box.focus();
    await shot("17-mac-log-to-copy");
    await page.locator('section[aria-labelledby="result-title"]').screenshot({ path: join(shots, "17a-mac-log-box.png") });
    screenshots.push("artifacts/word/17a-mac-log-box.png");
    await axe("mac log to copy");
  });

  await step("Word on Mac (WordApiDesktop 1.2): a text box in the header is checked and redacted; a grouped shape is named as not read", async () => {
    await page.goto(`${url}?desktop=1.2&client=mac&platform=Mac`);
    await page.getByRole("heading", { name: "Clear Record" }).waitFor();
    await page.getByRole("button", { name: "Load the sample court report" }).click();
    await page.evaluate(() => {
      window.__practiceWord.model.shapes = [
        { type: "TextBox", paras: ["Contact: Tobias Oyelaran on Saturdays."], story: "headers:0:Primary" },
        { type: "Group", story: "footers:0:Primary" },
      ];
    });
    await page.getByRole("button", { name: "Check document" }).click();
    await summary()
      .getByText(/to look at in/)
      .waitFor();
    const said = await summary().textContent();
    expect(!/Text boxes and shapes cannot be read/.test(said), "text boxes are said to be unreadable where they were read");
    expect(/1 grouped shape, drawing canvas or other object could not be read/.test(said), "the group is not named as not read");
    await shot("18-header-text-box");
    await axe("header text box");
    await page.getByRole("button", { name: /^Use Maisie Oyelaran/ }).click();
    await summary()
      .getByText(/Checked for Maisie Oyelaran/)
      .waitFor();
    await page.getByRole("button", { name: "Preview redaction…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Redact", exact: true }).click();
    await page.getByRole("heading", { name: "Redaction result" }).waitFor();
    const box = await page.evaluate(() => window.__practiceWord.model.shapes[0].paras.join("\n"));
    expect(!/Tobias/.test(box) && /Child [A-Z]/.test(box), `the header's text box was not redacted: ${box}`);
    const scope = await page.getByTestId("verification-scope").textContent();
    expect(/text boxes/.test(scope), `the saved text boxes were not searched: ${scope}`);
    await expectPartlyVerified(/1 grouped shape/);
    // The log says where each redaction was: one in the header's text box.
    await page.getByRole("button", { name: "Show log as CSV to copy" }).click();
    const csv = await page.getByTestId("log-copy-box").inputValue();
    expect(/text box 1 in the header, section 1/.test(csv) && !/Tobias/.test(csv), "the log does not place a redaction in the header's text box");
    await page.locator('section[aria-labelledby="result-title"]').screenshot({ path: join(shots, "18a-header-text-box-result.png") });
    screenshots.push("artifacts/word/18a-header-text-box-result.png");
  });

  await step("nothing to change, but someone the checker could not place: the summary and the list say so, not a plain success", async () => {
    await page.goto(url);
    await page.getByRole("heading", { name: "Clear Record" }).waitFor();
    await page.getByRole("textbox", { name: "Child's name", exact: true }).fill("Maisie Oyelaran");
    await page.getByRole("textbox", { name: "Text to check" }).fill("Jordan Ashby rang the office on Monday about the visit. Maisie said she was fine.");
    // The one Check button checks the pasted text.
    await page.getByRole("button", { name: "Check document" }).click();
    await summary()
      .getByText(/^Nothing to change found/)
      .waitFor();
    const said = await summary().textContent();
    expect(/1 person the checker could not place: say who they are under People\./.test(said), `the summary does not say someone is still to place: ${said}`);
    const list = await page.getByTestId("nothing-found").textContent();
    expect(/could not place may be a child: say who they are under People/.test(list), `the empty findings list reads as a plain success: ${list}`);
    await fits("nothing found, one person to place");
    await page.screenshot({ path: join(shots, "20-nothing-but-unplaced.png") });
    screenshots.push("artifacts/word/20-nothing-but-unplaced.png");
    await page.getByRole("group", { name: "Who is Jordan Ashby?" }).getByRole("button", { name: "An adult" }).click();
    await page
      .getByTestId("nothing-found")
      .getByText(/^Nothing to change was found in \d+ words\.$/)
      .waitFor({ timeout: 20000 });
    expect(!/could not place/.test(await summary().textContent()), "the summary still asks for a person who was placed");
  });

  // A name left from another case: the record never names that child, and the child it is about is counted as another
  // child. The summary says so, in the warning colour, and goes once the right child is named.
  await step("the child named in the case is nowhere in the record: the summary says so until the right child is named", async () => {
    await page.goto(url);
    await page.getByRole("heading", { name: "Clear Record" }).waitFor();
    await page.getByRole("textbox", { name: "Child's name", exact: true }).fill("Maisie Oyelaran");
    await page.getByRole("textbox", { name: "Text to check" }).fill("Home visit. Priya Kaur (aged 8) showed me her bedroom. Her brother Arjun Kaur, who is 5, was at nursery.");
    await page.getByRole("button", { name: "Check document" }).click();
    const missing = summary().getByTestId("subject-missing");
    await missing.waitFor({ timeout: 20000 });
    expect(
      /^Maisie Oyelaran is not named in this document\. If the child goes by another name here, add it under Also known as; if it is about another child, put that child's name above\. As it stands, they are counted as another child\.$/.test(
        await missing.textContent(),
      ),
      "the summary does not say the child is not named",
    );
    await fits("the child not named");
    await summary().screenshot({ path: join(shots, "22-child-not-named.png") });
    screenshots.push("artifacts/word/22-child-not-named.png");
    await page.getByRole("textbox", { name: "Child's name", exact: true }).fill("Priya Kaur");
    await summary()
      .getByText(/Checked for Priya Kaur/)
      .waitFor({ timeout: 20000 });
    expect((await missing.count()) === 0, "the warning stayed once the child named is in the record");
  });

  await step("the checker's worker stops: said plainly with what to do, what it said kept, and nothing typed lost", async () => {
    // A Worker that can be told to fail the next check: "crash" (the worker dies, as out of memory does) or
    // "engine" (the engine throws and posts its message). Otherwise it is the page's own Worker.
    await page.addInitScript(() => {
      const Real = window.Worker;
      window.Worker = class extends Real {
        postMessage(message, ...rest) {
          const how = window.__failChecker;
          if (how === "crash") setTimeout(() => this.dispatchEvent(new ErrorEvent("error", { message: "Uncaught RangeError: Array buffer allocation failed" })), 20);
          else if (how === "engine") setTimeout(() => this.onmessage?.({ data: { id: message.id, kind: "error", error: "Maximum call stack size exceeded" } }), 20);
          else super.postMessage(message, ...rest);
        }
      };
    });
    await page.goto(url);
    await page.getByRole("heading", { name: "Clear Record" }).waitFor();
    await page.getByRole("textbox", { name: "Child's name", exact: true }).fill("Maisie Oyelaran");
    await page.getByLabel("Other children you know of").fill("Jaden Marsh");
    await page.getByRole("textbox", { name: "Text to check" }).fill("Maisie saw Jaden Marsh at school on Monday.");
    await page.getByRole("button", { name: "Check document" }).click();
    await summary()
      .getByText(/to look at in/)
      .waitFor();
    for (const [how, said] of [
      ["crash", /Array buffer allocation failed/],
      ["engine", /Maximum call stack size exceeded/],
    ]) {
      await page.evaluate((h) => (window.__failChecker = h), how);
      await page.getByRole("button", { name: "Check document" }).click();
      const alert = page.getByTestId("checker-stopped");
      await alert.getByText(said).waitFor({ timeout: 10000 });
      const text = await alert.textContent();
      expect(/^The check stopped before it finished\./.test(text), `(${how}) the message does not say what happened: ${text}`);
      expect(/Nothing in the document was changed, and what you typed here is kept\./.test(text), `(${how}) the message does not say nothing was lost: ${text}`);
      expect(/The findings below are from the check before/.test(text) && /Press Check document to try again/.test(text), `(${how}) the message does not say what to do: ${text}`);
      expect(said.test(text), `(${how}) what the checker said is lost: ${text}`);
      expect(!/Something went wrong/.test(text), `(${how}) the message is generic`);
      const box = await alert.boundingBox();
      expect(!!box && box.y >= 0 && box.y < 900, `(${how}) the message is out of view`);
      expect((await page.getByRole("textbox", { name: "Child's name", exact: true }).inputValue()) === "Maisie Oyelaran", `(${how}) the child's name was lost`);
      expect((await page.getByLabel("Other children you know of").inputValue()) === "Jaden Marsh", `(${how}) the other children typed were lost`);
      expect((await page.getByRole("textbox", { name: "Text to check" }).inputValue()).startsWith("Maisie saw Jaden"), `(${how}) the pasted text was lost`);
      expect((await page.getByRole("listbox", { name: /^Findings/ }).count()) === 1, `(${how}) the earlier findings are gone`);
      await fits(`the checker stopped (${how})`);
      if (how === "crash") {
        await alert.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(shots, "19-checker-stopped.png") });
        screenshots.push("artifacts/word/19-checker-stopped.png");
        await axe("checker stopped");
      }
    }
    // Checking again works (a fresh worker) and the message goes.
    await page.evaluate(() => (window.__failChecker = null));
    await page.getByRole("button", { name: "Check document" }).click();
    await page.getByTestId("checker-stopped").waitFor({ state: "detached", timeout: 20000 });
    await summary()
      .getByText(/Checked for Maisie Oyelaran/)
      .waitFor();
  });

  await step("Keep the child's details: said when it worked, and when Word refused", async () => {
    await page.goto(url);
    await page.getByRole("heading", { name: "Clear Record" }).waitFor();
    await page.getByRole("textbox", { name: "Child's name", exact: true }).fill("Maisie Oyelaran");
    const keep = page.getByRole("button", { name: "Keep the child's details with this document" });
    await page.evaluate(() => (window.__practiceWord.failOn = { settings: "AccessDenied" }));
    await keep.click();
    const refused = page.getByRole("alert").filter({ hasText: /^The child's details were not kept with this document\. Word did not allow/ });
    await refused.waitFor({ timeout: 5000 });
    await page.waitForTimeout(300);
    const box = await refused.boundingBox();
    expect(!!box && box.y > -2 && box.y + box.height <= 900, "the refusal is out of view");
    await page.evaluate(() => (window.__practiceWord.failOn = {}));
    await keep.click();
    const kept = page.getByText(/^Maisie Oyelaran's details are kept with this document/);
    await kept.waitFor({ timeout: 5000 });
    await page.waitForTimeout(300);
    const keptBox = await kept.boundingBox();
    expect(!!keptBox && keptBox.y > -2 && keptBox.y + keptBox.height <= 900, "the notice that the details were kept is out of view");
    expect(
      (await page
        .getByRole("alert")
        .filter({ hasText: /were not kept/ })
        .count()) === 0,
      "the refusal is still shown after it worked",
    );
    const settings = await page.evaluate(() => JSON.stringify(window.__practiceWord.model.settings));
    expect(/Maisie Oyelaran/.test(settings), `the details were not written: ${settings}`);
    await fits("details kept");
    await shot("21-details-kept");
  });

  // A sentence pasted from a sibling's record: the engine reports the sibling; the worker who knows the family puts the
  // record's child in its place in one click, from the finding or from People, for that one mention only.
  await step("pasted name: one mention of a listed sibling put right as the record's child, the others left his", async () => {
    await page.goto(url);
    await page.getByRole("heading", { name: "Clear Record" }).waitFor();
    await page.getByRole("textbox", { name: "Child's name", exact: true }).fill("Rosa Whitfield");
    await page.getByLabel("Other children you know of").fill("Kit Whitfield");
    const text = "Rosa Whitfield (9) was seen at home. Her brother Kit (6) was at nursery. Kit told me about her new school shoes and that she likes her teacher.";
    await page.getByRole("textbox", { name: "Text to check" }).fill(text);
    await page.getByRole("button", { name: "Check document" }).click();
    await summary()
      .getByText(/Checked for Rosa Whitfield/)
      .waitFor({ timeout: 20000 });
    // The finding offers the child's name last: never the wording chosen first, so Apply all never writes it.
    // (Other children is the only kind found here, so the list has no filter buttons; the first finding is open.)
    const detail = page.getByRole("region", { name: "Finding" });
    const radios = detail.getByRole("radio");
    await radios.first().waitFor();
    const labels = await radios.evaluateAll((rs) => rs.map((r) => r.closest("span, div")?.textContent ?? ""));
    expect(/Rosa, if this sentence is about Rosa Whitfield/.test(labels[labels.length - 1]), `the last wording is not the child's name: ${labels.join(" | ")}`);
    expect((await radios.last().isChecked()) === false, "the child's name is chosen by default");
    await detail.screenshot({ path: join(shots, "23a-pasted-name-finding.png") });
    screenshots.push("artifacts/word/23a-pasted-name-finding.png");
    // From People: Kit's mentions, one by one.
    const toggle = page.getByRole("button", { name: "Is one mention Rosa Whitfield?" });
    await toggle.click();
    const mentions = page.getByRole("list", { name: "Mentions of Kit Whitfield" });
    await mentions.waitFor();
    await fits("a sibling's mentions listed");
    await mentions.locator("..").screenshot({ path: join(shots, "23b-pasted-name-mentions.png") });
    screenshots.push("artifacts/word/23b-pasted-name-mentions.png");
    await axe("a sibling's mentions listed");
    await mentions.getByRole("button", { name: /^Mention 2: this is Rosa Whitfield; change it to Rosa$/ }).click();
    await page
      .getByText(/Changed one mention to “Rosa”/)
      .first()
      .waitFor({ timeout: 20000 });
    const after = await body();
    expect(after.includes("at nursery. Rosa told me about her new school shoes"), `the mention was not put right: ${after}`);
    expect(after.includes("Her brother Kit (6)"), `the brother's own mention changed: ${after}`);
    // Re-checked: the brother is still another child where the record names him.
    await summary()
      .getByText(/to look at in/)
      .waitFor({ timeout: 20000 });
    await page.getByRole("option").filter({ hasText: "“Kit”" }).first().waitFor({ timeout: 20000 });
    expect((await page.getByRole("option").filter({ hasText: "“Kit”" }).count()) === 1, "the brother's other mention is no longer found");
    await shot("23-pasted-name-fixed");
  });

  await step("makes no network request outside the pane and throws no page error", async () => {
    expect(external.length === 0, `external requests: ${external.join(", ")}`);
    expect(errors.length === 0, `page errors: ${errors.join("; ")}`);
  });
} finally {
  await context.close();
  server.close();
  rmSync(profileDir, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok).length;
console.log(JSON.stringify({ passed: results.length - failed, failed, axeSerious, screenshots }));
process.exit(failed ? 1 : 0);
