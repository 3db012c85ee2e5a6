// Runs the Outlook pane end to end in Chromium (scripts/e2e-outlook.mjs, also part of `npm run test:e2e`):
// build, serve, drive with playwright-core, screenshots under artifacts/outlook/. Part of `npm test`.
// Skipped, saying so, only when Chromium is absent on a developer's machine; CI installs Debian's
// chromium (.ci/run) and fails if it is missing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const chromium = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const inCi = process.env.CI === "true";
if (!chromium && !inCi) {
  console.warn("Outlook task pane end-to-end test skipped: Chromium is not installed here (apt-get install -y chromium).");
}
const run = chromium || inCi ? describe : describe.skip;

run("Outlook task pane in Chromium", () => {
  it("checks a sample thread, makes a redacted copy, previews and redacts a draft, undoes it, and checks Send", () => {
    const result = spawnSync(process.execPath, [join(__dirname, "..", "..", "scripts", "e2e-outlook.mjs")], { encoding: "utf8", timeout: 280_000 });
    const last = result.stdout.trim().split("\n").pop() ?? "";
    if (result.status !== 0) throw new Error(`e2e-outlook failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    const summary = JSON.parse(last) as { passed: number; failed: number; axeSerious: number; screenshots: string[] };
    expect(summary.failed).toBe(0);
    expect(summary.passed).toBeGreaterThanOrEqual(40);
    expect(summary.axeSerious).toBe(0);
    // Read (findings, the "Read as" kind line, the redacted copy, a failed read of the body), compose (preview, rewrite
    // warning, result, what is left in the quoted message, redacted), a quoted "From: a [mailto:a]" line, filing (copy by
    // hand, Mac), old client.
    expect(summary.screenshots).toHaveLength(13);
  }, 300_000);
});
