// Runs the Outlook pane end to end in Chromium (scripts/e2e-outlook.mjs): build, serve, drive, screenshots
// under artifacts/outlook/. Slow (a webpack build and a browser), so it runs when E2E=1
// (npm run test:e2e sets it); otherwise it is reported as skipped.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const run = process.env.E2E === "1" ? describe : describe.skip;

run("Outlook task pane in Chromium", () => {
  it("checks a sample thread, makes a redacted copy, redacts a draft and checks Send", () => {
    const result = spawnSync(process.execPath, [join(__dirname, "..", "..", "scripts", "e2e-outlook.mjs")], { encoding: "utf8", timeout: 280_000 });
    const last = result.stdout.trim().split("\n").pop() ?? "";
    if (result.status !== 0) throw new Error(`e2e-outlook failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    const summary = JSON.parse(last) as { passed: number; failed: number; screenshots: string[] };
    expect(summary.failed).toBe(0);
    expect(summary.passed).toBeGreaterThanOrEqual(20);
    expect(summary.screenshots).toHaveLength(4);
  }, 300_000);
});
