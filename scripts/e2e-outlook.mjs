#!/usr/bin/env node
// End to end: the Outlook task pane in Chromium against the fake Mailbox API and a sample email
// thread. Builds the demo pane (dist/outlook-demo), serves it on localhost, drives it with
// playwright-core and writes screenshots under artifacts/outlook/.
//
//   npm run test:e2e:outlook            (builds first)
//   node scripts/e2e-outlook.mjs --no-build
// Exit code 0 when every step passed; the last line is one JSON object with the results.
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { settleAnimations } from "./lib/settle.mjs";
import { clipped } from "./lib/clipping.mjs";
import { storedEverywhere } from "./lib/stored-everywhere.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const site = join(root, "dist", "outlook-demo");
const shots = join(root, "artifacts", "outlook");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let axeSerious = 0;
const args = process.argv.slice(2);

if (!args.includes("--no-build")) {
  const build = spawnSync(
    process.execPath,
    [join(root, "node_modules", "webpack", "bin", "webpack.js"), "-c", "webpack.outlook.config.js", "--mode", "production", "--env", "demo"],
    { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
  );
  if (build.status !== 0) {
    console.error("e2e-outlook: the demo build failed");
    process.exit(2);
  }
}
if (!existsSync(join(site, "outlook.html"))) {
  console.error(`e2e-outlook: ${site}/outlook.html is missing`);
  process.exit(2);
}

const executablePath = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => existsSync(p));
let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch {
  console.error("e2e-outlook: playwright-core is not installed");
  process.exit(2);
}
if (!executablePath) {
  console.error("e2e-outlook: no Chromium found (set CHROMIUM_PATH)");
  process.exit(2);
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png", ".map": "application/json", ".txt": "text/plain" };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^([/\\])+/, "");
  const file = join(site, path || "outlook.html");
  if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}/outlook.html`;
mkdirSync(shots, { recursive: true });

const results = [];
const failures = [];
const check = (name, ok, detail = "") => {
  results.push({ name, ok });
  if (!ok) failures.push(`${name}${detail ? `: ${detail}` : ""}`);
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${!ok && detail ? ` — ${detail}` : ""}`);
};

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
const screenshots = [];
try {
  // The narrowest task pane: 320 px.
  // bypassCSP only so axe-core can be injected; the pane itself runs under its own policy.
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, deviceScaleFactor: 1, bypassCSP: true });
  const open = async (query) => {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`${base}${query}`);
    await page.getByRole("heading", { name: "Clear Record" }).waitFor();
    return { page, errors };
  };
  const fillCase = async (page) => {
    await page.getByRole("textbox", { name: "Child's name", exact: true }).fill("Maisie Oyelaran");
    await page.getByLabel("Also known as").fill("Maisie, Mais");
    await page.getByLabel("Pronouns").selectOption("she/her");
    await page.getByLabel("Other children you know of").fill("Tobias Oyelaran");
    await page.getByLabel("Adults in the record").fill("Donna Oyelaran, Declan Foyle, Nasreen Qureshi");
  };
  // axe-core on the page as it is (Fluent's focus-trap sentinels left out, as in e2e-word): no serious or critical.
  const axe = async (page, state) => {
    if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () =>
      (await window.axe.run({ include: [["body"]], exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] })).violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        first: v.nodes[0]?.html?.slice(0, 160),
      })),
    );
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    axeSerious += serious.length;
    check(`axe: no serious violations (${state})`, serious.length === 0, JSON.stringify(serious));
  };
  // Nothing cut off, past the pane's edge or drawn over another control (scripts/lib/clipping.mjs), measured.
  const fits = async (page, state) => {
    await settleAnimations(page);
    const problems = await clipped(page);
    check(`fits at ${page.viewportSize().width} px: ${state}`, problems.length === 0, problems.join("; "));
  };
  // Every closing quote ” inside `selector` on the line of the character before it: a long e-mail address must not
  // leave ”: alone at the start of a line. Returns the words whose quote was broken off.
  const quotesBrokenOff = (page, selector) =>
    page.evaluate((sel) => {
      const broken = [];
      for (const root of document.querySelectorAll(sel)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const chars = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) for (let i = 0; i < n.data.length; i++) chars.push([n, i]);
        const rect = ([n, i]) => {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          return r.getClientRects()[0];
        };
        chars.forEach((c, k) => {
          if (c[0].data[c[1]] !== "”" || k === 0) return;
          const here = rect(c);
          const before = rect(chars[k - 1]);
          if (here && before && here.top > before.top + 2)
            broken.push(
              chars
                .slice(Math.max(0, k - 24), k + 1)
                .map(([n, i]) => n.data[i])
                .join(""),
            );
        });
      }
      return broken;
    }, selector);
  // What the worker sees in the pane (the viewport), scrolled to the part that matters.
  const shoot = async (page, name, focus) => {
    const path = join(shots, name);
    if (focus) await focus.scrollIntoViewIfNeeded();
    await settleAnimations(page);
    await page.screenshot({ path });
    screenshots.push(`artifacts/outlook/${name}`);
  };

  // 1. Read mode: findings on the email and its quoted thread, then a redacted copy for filing.
  {
    const { page, errors } = await open("?mode=read");
    const original = await page.evaluate(() => window.clearRecordFake.state.body);
    await fillCase(page);
    await page.getByRole("button", { name: "Check this email" }).click();
    await page.getByText(/things? to look at/).waitFor({ timeout: 15000 });
    const showAll = page.getByRole("button", { name: /^Show all \d+ people/ });
    if (await showAll.count()) await showAll.click();
    const body = await page.locator("main").innerText();
    check("read: findings shown", /Other children/.test(body) && /Personal details/.test(body), body.slice(0, 200));
    check(
      "read: no Apply or Redact on an email that was received",
      (await page.getByRole("button", { name: "Apply", exact: true }).count()) === 0 && (await page.getByRole("button", { name: "Preview redaction…" }).count()) === 0,
    );
    check("read: a child named only in the quoted thread is found", /Kayden Birch/.test(body));
    await shoot(page, "read-findings.png", page.getByText(/things? to look at/));
    await fits(page, "read findings");
    for (const width of [280, 400]) {
      await page.setViewportSize({ width, height: 900 });
      await fits(page, "read findings");
    }
    await page.setViewportSize({ width: 320, height: 900 });
    // The kind: Outlook holds an email, and says so; the worker may check it as another kind for this session only.
    {
      const line = page.getByTestId("kind-line");
      const said = await line.innerText();
      check("read: the kind is said, with why", /Read as: Email or letter\nBecause Outlook holds it as an email\./.test(said), said.slice(0, 160));
      await settleAnimations(page);
      await line.screenshot({ path: join(shots, "read-kind-line.png") });
      screenshots.push("artifacts/outlook/read-kind-line.png");
      const stored = () => page.evaluate(() => JSON.stringify({ state: window.clearRecordFake.state, local: { ...localStorage }, session: { ...sessionStorage } }));
      const before = await stored();
      await line.getByLabel("Wrong kind? Check it as").selectOption("case-note");
      const rechecked = await line
        .getByText("Read as: Case note")
        .waitFor({ timeout: 15000 })
        .then(
          () => true,
          () => false,
        );
      check("read: another kind re-checks the email as that kind", rechecked && /You chose this kind for this session/.test(await line.innerText()));
      check("read: the chosen kind is stored nowhere", (await stored()) === before);
      await fits(page, "kind chosen");
      await line.getByLabel("Wrong kind? Check it as").selectOption("");
      const back = await line
        .getByText("Read as: Email or letter")
        .waitFor({ timeout: 15000 })
        .then(
          () => true,
          () => false,
        );
      check("read: back to the default kind", back);
      await page.getByText(/things? to look at/).waitFor({ timeout: 15000 });
    }
    // People the checker could not place keep their names in the copy: said before it is made, as in Word.
    const unplaced = await page.getByText(/^\d+ (person|people) the checker could not place: say who/).count();
    check("read: people not placed are named as kept before the copy is made", !unplaced || (await page.getByTestId("unplaced-people").count()) === 1);
    await page.getByRole("button", { name: "Make a redacted copy" }).click();
    const preview = page.getByRole("textbox", { name: "Redacted copy" });
    await preview.waitFor();
    const copy = await preview.inputValue();
    check("read: redacted copy produced", copy.startsWith("Subject: ") && /Child A/.test(copy), copy.slice(0, 120));
    for (const secret of ["Tobias", "Sienna Marchetti", "Kayden Birch", "QQ 12 34 56 C", "07700 900733"]) check(`read: copy leaves out "${secret}"`, !copy.includes(secret));
    check("read: the email itself is unchanged", (await page.evaluate(() => window.clearRecordFake.state.body)) === original);
    check(
      "read: .eml and clipboard buttons offered",
      (await page.getByRole("button", { name: "Save as .eml" }).count()) === 1 && (await page.getByRole("button", { name: "Copy to clipboard" }).count()) === 1,
    );
    const download = page.waitForEvent("download", { timeout: 5000 }).catch(() => null);
    await page.getByRole("button", { name: "Save as .eml" }).click();
    const file = await download;
    check("read: .eml download offered", !!file && /\.eml$/.test(file.suggestedFilename()), file ? file.suggestedFilename() : "no download");
    await shoot(page, "read-redacted-copy.png", page.getByRole("heading", { name: "File a redacted copy" }));
    await fits(page, "redacted copy");
    check("read: no page errors", errors.length === 0, errors.join(" | "));
    await page.close();
  }

  // 1a. Outlook will not give the body mid-session: said in one sentence with what is still shown (the findings are the
  // last check's); the case typed and those findings are kept; once Outlook answers again, Check works and the message goes.
  {
    const { page, errors } = await open("?mode=read");
    await fillCase(page);
    await page.getByRole("button", { name: "Check this email" }).click();
    await page.getByText(/things? to look at/).waitFor({ timeout: 15000 });
    await page.evaluate(() => (window.clearRecordFailures["body.getAsync"] = { name: "GenericResponseError", message: "An internal error has occurred.", code: 9020 }));
    await page.getByRole("button", { name: "Check this email" }).click();
    const alert = page.getByRole("alert");
    const said = await alert.waitFor({ timeout: 10000 }).then(
      () => alert.innerText(),
      () => "",
    );
    check(
      "read fails: said once, with what is still shown",
      /^Outlook could not read the body \(An internal error has occurred\.\)\. The findings below are from the last check\.$/.test(said.trim()),
      said,
    );
    check("read fails: the case typed is kept", (await page.getByRole("textbox", { name: "Child's name", exact: true }).inputValue()) === "Maisie Oyelaran");
    check("read fails: the last findings are still shown", (await page.getByRole("listbox", { name: /^Findings/ }).count()) === 1);
    await fits(page, "a failed read");
    await shoot(page, "read-failed.png", alert);
    await axe(page, "a failed read");
    await page.evaluate(() => delete window.clearRecordFailures["body.getAsync"]);
    await page.getByRole("button", { name: "Check this email" }).click();
    const gone = await alert.waitFor({ state: "detached", timeout: 15000 }).then(
      () => true,
      () => false,
    );
    check("read fails: checking again once Outlook answers clears the message", gone);
    // A People choice is for this session only: nothing in Outlook's item, its session data, the page's storage,
    // IndexedDB, caches or cookies changes (Map session data listed, not stringified to {}).
    const everyStore = () => storedEverywhere(page, "outlook");
    const before = await everyStore();
    const group = page.getByRole("group", { name: /^Who is / }).first();
    await group.getByRole("button", { name: "An adult" }).click();
    const placed = await page
      .getByText("You chose “An adult”: press it again to undo.")
      .waitFor({ timeout: 10000 })
      .then(
        () => true,
        () => false,
      );
    await page
      .getByText(/things? to look at|Nothing to change/)
      .first()
      .waitFor({ timeout: 15000 });
    await page.waitForFunction(() => !document.querySelector('main [role="status"] .fui-Spinner'), null, { timeout: 15000 }).catch(() => undefined);
    check("read: a People choice (An adult) is shown and stored nowhere", placed && (await everyStore()) === before);
    check("read fails: no page errors", errors.length === 0, errors.join(" | "));
    await page.close();
  }

  // 2. Compose mode: redactions applied into the HTML draft, formatting kept, then Send is checked.
  {
    const { page, errors } = await open("?mode=compose");
    await fillCase(page);
    await page.getByRole("button", { name: "Check this draft" }).click();
    await page.getByText(/things? to look at/).waitFor({ timeout: 15000 });
    const before = await page.evaluate(() => window.clearRecordFake.send());
    check(
      "compose: Send with other children remaining is held with one sentence",
      before.completed?.allowEvent === false && /^This email names/.test(before.completed?.errorMessage ?? ""),
      JSON.stringify(before.completed),
    );
    check("compose: Send Anyway offered (Mailbox 1.14)", before.completed?.sendModeOverride === "promptUser");
    const subjectBefore = await page.evaluate(() => window.clearRecordFake.state.subject);
    // Every change to a draft is previewed first.
    await page.getByRole("button", { name: "Preview redaction…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    const previewed = await dialog.getByRole("listitem").count();
    check("compose: the redaction is previewed item by item", previewed > 3, `${previewed} items`);
    await shoot(page, "compose-preview.png");
    await fits(page, "compose preview");
    for (const width of [280, 400]) {
      await page.setViewportSize({ width, height: 900 });
      await fits(page, "compose preview");
    }
    await page.setViewportSize({ width: 320, height: 900 });
    await dialog.getByRole("button", { name: "Redact", exact: true }).click();
    // Before any change to the draft: the whole body is rewritten, said with a clear Continue.
    const warning = page.getByRole("dialog", { name: "Before changing this draft" });
    await warning.waitFor({ timeout: 5000 });
    check("compose: the rewrite warning is shown before the change", /replaces the whole body of this draft/.test(await warning.textContent()));
    check("compose: nothing changed before Continue", (await page.evaluate(() => window.clearRecordFake.state.body)).includes("Tobias"));
    await shoot(page, "compose-rewrite-warning.png");
    await axe(page, "compose rewrite warning");
    await warning.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "Redaction result" }).waitFor({ timeout: 15000 });
    const result = await page.locator('section[aria-labelledby="result-title"]').innerText();
    check(
      "compose: the read-back is reported",
      /Outlook (kept the draft exactly as changed|adjusted the draft's formatting|changed the draft's text)/.test(result),
      result.slice(0, 300),
    );
    check(
      "compose: names left in the quoted earlier messages are said plainly",
      /in earlier messages quoted below your reply.*Delete the quoted messages.*check on Send will warn/s.test(result),
      result.slice(0, 400),
    );
    check("compose: no Nothing found while the saved draft was not verified", !/^Nothing found/m.test(result));
    check(
      "compose: the result speaks of the draft, not a saved file or a document",
      /read the draft before sending it/.test(result) && !/saved file|document property/.test(result),
      result.slice(0, 300),
    );
    check("compose: the result takes focus", (await page.evaluate(() => document.activeElement?.getAttribute("aria-labelledby"))) === "result-title");
    const made = Number((/(\d+) changes? made/.exec(result) ?? [])[1]);
    const logRows = await page.getByRole("table", { name: "Redaction log" }).getByRole("row").allInnerTexts();
    const notApplied = logRows.filter((r) => /not applied/.test(r)).length;
    check(
      "compose: the log marks the changes not made in the quoted messages",
      logRows.length - 1 - notApplied === made,
      `${made} made, ${logRows.length - 1} rows, ${notApplied} not applied`,
    );
    await settleAnimations(page);
    await page.locator('section[aria-labelledby="result-title"]').screenshot({ path: join(shots, "compose-result.png") });
    screenshots.push("artifacts/outlook/compose-result.png");
    await axe(page, "compose result");
    await fits(page, "compose result");
    // What is left in the quoted earlier message is listed once, under the sentence that says why it was left,
    // never again in the list of what the worker's own text still holds.
    {
      const own = (await page.getByTestId("remaining").count()) ? await page.getByTestId("remaining").innerText() : "";
      const quotedBox = page.getByTestId("remaining-quoted");
      const quotedText = (await quotedBox.count()) === 1 ? await quotedBox.innerText() : "";
      const times = (result.match(/Kayden Birch/g) ?? []).length;
      check(
        "compose: the quoted message's items are listed once, under the sentence about the quoted messages",
        !/Kayden Birch|07700 900733/.test(own) && /in earlier messages quoted below your reply/.test(quotedText) && /“Kayden Birch”/.test(quotedText) && times === 1,
        `still found: ${own.slice(0, 200)} | quoted: ${quotedText.slice(0, 200)} | Kayden Birch ${times} times`,
      );
      await quotedBox
        .first()
        .screenshot({ path: join(shots, "compose-result-quoted.png") })
        .catch(() => undefined);
      screenshots.push("artifacts/outlook/compose-result-quoted.png");
    }
    check("compose: what is still found names its words", (await page.getByTestId("remaining").count()) === 0 || /“[^”]+”: /.test(await page.getByTestId("remaining").innerText()));
    const draft = await page.evaluate(() => window.clearRecordFake.state.body);
    check(
      "compose: draft keeps its HTML formatting",
      draft.includes("<b>Contact:</b>") && draft.includes('class="MsoListParagraph"') && draft.includes('<span style="color:#C00000">'),
    );
    // The worker's own text is redacted; the earlier message quoted below it is never edited (issue 11).
    const quoteAt = draft.indexOf("<b>From:</b>");
    check("compose: the draft's own text no longer names other children", quoteAt > 0 && !/Tobias|Sienna|Kayden/.test(draft.slice(0, quoteAt)));
    check("compose: the quoted earlier message is left as it was sent", quoteAt > 0 && /Kayden/.test(draft.slice(quoteAt)));
    check("compose: session data carries the case for the check on Send", (await page.evaluate(() => window.clearRecordFake.state.sessionData.has("clearRecord.case"))) === true);
    const after = await page.evaluate(() => window.clearRecordFake.send());
    const children = (c) => Number((/names (\d+) other child/.exec(c?.errorMessage ?? "") ?? [])[1] ?? 0);
    check(
      "compose: Send after redaction is held only for what the quoted message still names",
      after.completed?.allowEvent === false && children(after.completed) < children(before.completed),
      JSON.stringify(after.completed),
    );
    check(
      "compose: the dialog names the button that opens the pane",
      after.completed?.cancelLabel === "Open Clear Record" && after.completed.errorMessage.includes("Open Clear Record"),
    );
    check(
      "compose: completed called exactly once each time",
      before.calls === 1 && after.calls === 1 && before.violations.length === 0 && after.violations.length === 0,
      JSON.stringify([before.violations, after.violations]),
    );
    await shoot(page, "compose-redacted.png", page.getByRole("heading", { name: "Redaction result" }));
    await page.getByRole("button", { name: /^Undo/ }).click();
    await page.getByText(/^Undone:|^The document changed after that change/).waitFor({ timeout: 15000 });
    const undone = await page.evaluate(() => window.clearRecordFake.state);
    check("compose: Undo puts the draft back", /Tobias/.test(undone.body) && undone.subject === subjectBefore, undone.body.slice(0, 120));
    // Apply a jargon suggestion in the body (shown in its sentence before and after first); the subject line is never touched.
    const jargon = page.getByRole("button", { name: /^Jargon \d+/ });
    if (await jargon.count()) {
      await jargon.first().click();
      const detail = page.getByRole("region", { name: "Finding" });
      const apply = detail.getByRole("button", { name: "Apply", exact: true });
      if ((await apply.count()) && (await apply.isEnabled())) {
        check("compose: Apply shows the sentence after the change first", (await detail.getByText("After the change:").count()) === 1);
        await apply.click();
        await page.getByRole("dialog", { name: "Before changing this draft" }).getByRole("button", { name: "Continue" }).click();
        await page.getByText(/^Changed “/).waitFor({ timeout: 15000 });
      }
    }
    // A finding in the quoted earlier message (the "LAC" in its Subject: header) cannot be applied.
    {
      const detail = page.getByRole("region", { name: "Finding" });
      let quotedBlocked = false;
      for (let i = 0; i < 12 && !quotedBlocked; i++) {
        if (await detail.getByText(/earlier message quoted below/).count()) {
          const apply = detail.getByRole("button", { name: "Apply", exact: true });
          quotedBlocked = (await apply.getAttribute("aria-disabled")) === "true";
          break;
        }
        const next = detail.getByRole("button", { name: "Next", exact: true });
        if ((await next.count()) === 0 || !(await next.isEnabled())) break;
        await next.click();
      }
      check("compose: Apply is refused in a quoted earlier message, saying why", quotedBlocked);
      check("compose: the quoted message is unchanged", (await page.evaluate(() => window.clearRecordFake.state.body)).includes("Maisie O - LAC review 28/10"));
    }
    check("compose: the subject line is unchanged by Apply", (await page.evaluate(() => window.clearRecordFake.state.subject)) === subjectBefore);
    check("compose: no page errors", errors.length === 0, errors.join(" | "));
    await page.close();
  }

  // 2a. A quoted "From: a@b.org [mailto:a@b.org]" line: the address is in two places, said once, and a long address
  // in "Still there" breaks at its parts with its closing quote kept on its line (at 280, 320 and 400 px).
  {
    const { page, errors } = await open("?mode=compose&from=bare");
    await fillCase(page);
    await page.getByRole("button", { name: "Check this draft" }).click();
    await page.getByText(/things? to look at/).waitFor({ timeout: 15000 });
    await page.getByRole("button", { name: "Preview redaction…" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Redact", exact: true }).click();
    await page.getByRole("dialog", { name: "Before changing this draft" }).getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "Redaction result" }).waitFor({ timeout: 15000 });
    const quotedBox = page.getByTestId("remaining-quoted");
    const quotedText = (await quotedBox.count()) === 1 ? await quotedBox.innerText() : "";
    const said = (quotedText.match(/nasreen\.qureshi@example\.org/g) ?? []).length;
    check(
      "bare From: the address at two places in the quoted line is said once, with how often",
      said === 1 && /nasreen\.qureshi@example\.org” \(in 2 places\): This is an email address/.test(quotedText),
      `said ${said} times: ${quotedText.slice(0, 300)}`,
    );
    for (const width of [280, 320, 400]) {
      await page.setViewportSize({ width, height: 900 });
      await settleAnimations(page);
      const broken = await quotesBrokenOff(page, '[data-testid="remaining-quoted"], [data-testid="remaining"]');
      check(`at ${width} px no closing quote starts a line in what is still there`, broken.length === 0, broken.join(" | "));
    }
    await page.setViewportSize({ width: 320, height: 900 });
    await settleAnimations(page);
    await quotedBox
      .first()
      .screenshot({ path: join(shots, "compose-result-bare-from.png") })
      .catch(() => undefined);
    screenshots.push("artifacts/outlook/compose-result-bare-from.png");
    await fits(page, "compose result, bare From line");
    await axe(page, "compose result, bare From line");
    check("bare From: no page errors", errors.length === 0, errors.join(" | "));
    await page.close();
  }

  // 4. Filing where clients differ: Outlook on the web (navigator.clipboard blocked), no clipboard at all, Mac (no downloads).
  const makeCopy = async (query) => {
    const opened = await open(query);
    await fillCase(opened.page);
    await opened.page.getByRole("button", { name: "Check this email" }).click();
    await opened.page.getByText(/things? to look at/).waitFor({ timeout: 15000 });
    await opened.page.getByRole("button", { name: "Make a redacted copy" }).click();
    await opened.page.getByRole("button", { name: "Copy to clipboard" }).waitFor();
    return opened;
  };
  {
    const { page, errors } = await makeCopy("?mode=read&clipboard=owa");
    await page.getByRole("button", { name: "Copy to clipboard" }).click();
    await page
      .getByTestId("notice")
      .getByText(/^Copied as plain text/)
      .waitFor({ timeout: 5000 });
    const copied = await page.evaluate(() => window.clearRecordClipboard.copied);
    check("OWA: navigator.clipboard blocked, the text is still copied by the fallback", copied.length === 1 && /^Subject: /.test(copied[0]) && !/Tobias/.test(copied[0]));
    check("OWA: no page errors", errors.length === 0, errors.join(" | "));
    await page.close();
  }
  {
    const { page, errors } = await makeCopy("?mode=read&clipboard=none");
    await page.getByRole("button", { name: "Copy to clipboard" }).click();
    const box = page.getByTestId("copy-by-hand");
    await box.waitFor({ timeout: 5000 });
    const text = await box.inputValue();
    check("no clipboard: the redacted text is shown to copy by hand", /^Subject: /.test(text) && /Child A/.test(text) && !/Tobias/.test(text));
    await box.focus();
    const selected = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLTextAreaElement && el.readOnly ? el.selectionEnd - el.selectionStart === el.value.length : false;
    });
    check("no clipboard: the box is read-only, takes focus and selects all", selected);
    await shoot(page, "filing-copy-by-hand.png", box);
    await axe(page, "copy by hand");
    check("no clipboard: no page errors", errors.length === 0, errors.join(" | "));
    await page.close();
  }
  {
    const { page, errors } = await makeCopy("?mode=read&platform=Mac");
    check("Mac: no .eml download offered", (await page.getByRole("button", { name: "Save as .eml" }).count()) === 0);
    await page.getByRole("button", { name: "Open as a new draft" }).click();
    await page
      .getByTestId("notice")
      .getByText(/open as a new email/)
      .waitFor({ timeout: 5000 });
    const forms = await page.evaluate(() => window.clearRecordFake.newForms);
    check(
      "Mac: the redacted copy opens as a new draft",
      forms.length === 1 && /Child A/.test(forms[0].htmlBody ?? "") && !/Tobias|Kayden/.test(JSON.stringify(forms[0])),
      JSON.stringify(forms).slice(0, 200),
    );
    await page.getByRole("button", { name: "Show the text to copy" }).click();
    await page.getByTestId("copy-by-hand").waitFor();
    await shoot(page, "filing-mac.png", page.getByRole("button", { name: "Open as a new draft" }));
    await axe(page, "Mac filing");
    check("Mac: no page errors", errors.length === 0, errors.join(" | "));
    await page.close();
  }

  // 3. An older client: the pane says what is unavailable instead of failing.
  {
    const { page, errors } = await open("?mode=compose&mailbox=1.8");
    const notes = await page.getByTestId("unavailable").allInnerTexts();
    check(
      "old client: unavailable features explained",
      notes.some((n) => /Mailbox 1.12/.test(n)),
      notes.join(" | "),
    );
    await fillCase(page);
    await page.getByRole("button", { name: "Check this draft" }).click();
    await page.getByText(/things? to look at/).waitFor({ timeout: 15000 });
    await shoot(page, "compose-old-client.png");
    check("old client: no page errors", errors.length === 0, errors.join(" | "));
    await page.close();
  }
} catch (error) {
  failures.push(`unexpected: ${error instanceof Error ? error.message : String(error)}`);
  console.error(error);
} finally {
  await browser.close();
  server.close();
}

console.log(JSON.stringify({ passed: results.filter((r) => r.ok).length, failed: failures.length, axeSerious, screenshots }));
process.exit(failures.length ? 1 : 0);
