#!/usr/bin/env node
// Runs the checker over the bundled sample documents (npm run samples [-- --format json]).
// The checker exits 1 when it has findings, which is the point of the samples, so 1 counts as
// success here; 2 (bad input) or anything else is a real failure.
//
// Each samples/NAME.txt is checked with samples/NAME.profile.json when there is one, otherwise with
// samples/profile.json (one case, several records about the same child).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "bin", "clear-record.js");
const dir = join(root, "samples");
const extra = process.argv.slice(2);

if (!existsSync(cli)) {
  console.error(`samples: ${cli} is missing (the command-line checker has not been built into this tree yet)`);
  process.exit(2);
}

const groups = new Map();
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  const own = join(dir, file.replace(/\.txt$/, ".profile.json"));
  const profile = existsSync(own) ? own : join(dir, "profile.json");
  if (!groups.has(profile)) groups.set(profile, []);
  groups.get(profile).push(join("samples", file));
}

let worst = 0;
for (const [profile, files] of groups) {
  const args = [cli, "analyse", ...(existsSync(profile) ? ["--profile", join("samples", profile.slice(dir.length + 1))] : []), ...extra, ...files];
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  const code = run.status ?? 2;
  if (code !== 0 && code !== 1) {
    console.error(`samples: clear-record exited with ${code}${run.signal ? ` (${run.signal})` : ""}`);
    process.exit(code);
  }
  worst = Math.max(worst, code);
}
if (worst === 1) console.error("\nsamples: findings above are expected (the checker itself exits 1 when it finds something).");
