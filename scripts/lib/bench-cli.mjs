// What the bulk benchmarks share (bench-bulk.mjs, bench-pdf.mjs): the built CLI run in this process,
// numeric options, a temporary folder, and timing a run of `check` or `redact`.
import { mkdtempSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const requireFromRoot = createRequire(join(root, "package.json"));

/** The CLI's main() from the build (npm run build first). */
export function loadCli() {
  return requireFromRoot(join(root, "dist", "src", "cli", "main.js")).main;
}

/** `--name 12` from the command line, as a number, or the fallback; `--jobs` defaults to one per core. */
export function numberOption(args, name, fallback = name === "--jobs" ? availableParallelism() : undefined) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
}

/** A fresh temporary folder with an empty `in` folder inside: { dir, input, out }. */
export function benchFolder(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const input = join(dir, "in");
  mkdirSync(input);
  return { dir, input, out: join(dir, "out") };
}

const quiet = { stdout: () => undefined, stderr: (s) => process.stderr.write(s) };

/**
 * Runs the CLI with argv (its output discarded, errors shown) and times it: { code, seconds, cpuSeconds,
 * mainHeapMB }. CPU time is the whole process's (the main thread and every worker thread), user and
 * system; mainHeapMB is the largest heap the main thread held (sampled every 50 ms: what the run keeps
 * per document shows here, the workers' heaps do not).
 */
export async function timeCli(main, argv) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let heap = process.memoryUsage().heapTotal;
  const sampler = setInterval(() => (heap = Math.max(heap, process.memoryUsage().heapTotal)), 50);
  const code = await main(argv, quiet).finally(() => clearInterval(sampler));
  const used = process.cpuUsage(cpu);
  return { code, seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6, mainHeapMB: Math.round(heap / 1048576) };
}

/** One decimal place. */
export const r1 = (x) => Math.round(x * 10) / 10;

/** Peak resident memory of this process (main thread and workers), in MB. */
export const peakRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
