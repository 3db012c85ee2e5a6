// scripts/fit-paste.mjs, the leave-one-set-out fit of pasted names against real mentions: a feature that marks the
// pastes in every set must carry to each left-out set, and one that is noise must not.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const script = join(__dirname, "..", "..", "scripts", "fit-paste.mjs");

/** Rows of three invented sets: 6 pastes and 30 real mentions each, every one a listed child's. */
function vectors(signOf: (paste: boolean, i: number) => string): object[] {
  const out: object[] = [];
  for (const set of ["a", "b", "c"])
    for (let i = 0; i < 36; i++) {
      const paste = i < 6;
      out.push({
        set,
        cls: paste ? "mixM" : "ocL",
        f: { "named child listed in profile": "yes", sign: signOf(paste, i), noise: i % 2 ? "odd" : "even" },
      });
    }
  return out;
}

function run(rows: object[], ...args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "fit-paste-"));
  const file = join(dir, "vectors.json");
  writeFileSync(file, JSON.stringify(rows));
  return execFileSync(process.execPath, [script, file, ...args], { encoding: "utf8" });
}

describe("fit-paste", () => {
  test("a sign held by every set's pastes (and 2 of 30 real mentions) carries to each left-out set", () => {
    const dir = mkdtempSync(join(tmpdir(), "fit-paste-w-"));
    const out = run(
      vectors((paste, i) => (paste || i >= 34 ? "yes" : "no")),
      "--write",
      join(dir, "w.json"),
    );
    const auc = Number(/leave-one-set-out AUC ([\d.]+)/.exec(out)?.[1]);
    expect(auc).toBeGreaterThan(0.9);
    // At log-odds 0 every left-out paste is found, with the 2 look-alikes of each set as its only false alarms.
    expect(out).toMatch(/^all \(LOSO\).*z>=0: found 18 \(new 18\) false 6$/m);
    const w = JSON.parse(readFileSync(join(dir, "w.json"), "utf8")) as { bias: number; w: Record<string, number> };
    expect(w.w["sign=yes"]).toBeGreaterThan(1);
    expect(Math.abs(w.w["noise=odd"] ?? 0)).toBeLessThan(0.3);
  });

  test("a sign that is noise does not separate", () => {
    const out = run(vectors((_paste, i) => (i % 3 ? "yes" : "no")));
    const auc = Number(/leave-one-set-out AUC ([\d.]+)/.exec(out)?.[1]);
    expect(auc).toBeLessThan(0.65);
  });
});
