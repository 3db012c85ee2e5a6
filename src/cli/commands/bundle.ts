import { appendFileSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { policyNamed, POLICY_NAMES, PseudonymRegistry } from "../../redact";
import type { Args } from "../args";
import { describeFsError, UsageError } from "../errors";
import { loadProfile } from "../profile";
import { expandInputs, outputName, progressBar, type InputFile } from "../bulk/files";
import { runJobs } from "../bulk/pool";
import { sha256, type Job, type LogRow, type PlanOutcome, type RedactOutcome, type Settings } from "../bulk/jobs";
import { formatLogCsv } from "../formatters/csv";
import { formatHtmlReport } from "../formatters/html";
import { plural } from "../formatters/stylish";
import { DEFAULT_DEPS, type Deps, type Io } from "./context";

/** The folder inside --out that holds the manifest (finished files) and the bundle's labels. */
export const STATE_DIR = ".clear-record";
const MANIFEST = "manifest.jsonl";
const LABELS = "labels.json";
export const LOG_CSV = "redaction-log.csv";

type ManifestLine = { input: string; inputHash: string; out: string; outputHash: string; changes: number; log: LogRow[]; notes?: string[] };

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};

/**
 * `redact DIR|FILE… --out DIR` for a bundle: redacted copies keeping their formatting, one set of
 * pseudonyms for the whole bundle, a redaction log (CSV in --out, and in --report), a verification
 * of every copy, and a manifest so an interrupted run resumes without redoing finished files.
 * Exit: 2 when a file could not be read or a copy failed verification, 1 when anything was redacted, else 0.
 */
export async function runBundleRedact(args: Args, io: Io, deps: Deps): Promise<number> {
  const policy = policyNamed(args.policy ?? "pseudonym");
  if (!policy) throw new UsageError(`--policy must be one of ${POLICY_NAMES.join(", ")}`);
  const profile = loadProfile(args);
  const outDir = resolve(args.out as string);
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new UsageError(`--out ${args.out} is a file, not a folder`);
  const inputs = expandInputs(args.files);
  if (!inputs.length) throw new UsageError("no .docx, .eml, .msg or .txt files found in what was given");
  const outReal = real(outDir);
  const seen = new Map<string, string>();
  for (const f of inputs) {
    const abs = real(f.path);
    if (abs === outReal || abs.startsWith(outReal + "/") || real(dirname(resolve(f.path))) === outReal) {
      throw new UsageError(`refusing to write into the folder that holds ${f.path}; choose another --out folder`);
    }
    if (outReal.startsWith(abs + "/")) throw new UsageError(`--out must not be inside an input folder (${f.path})`);
    const name = outputName(f.rel).toLowerCase();
    if (seen.has(name)) throw new UsageError(`two inputs would both be written as ${outputName(f.rel)}; redact them into different folders`);
    seen.set(name, f.path);
  }
  const state = join(outDir, STATE_DIR);
  try {
    mkdirSync(state, { recursive: true });
  } catch (err) {
    throw new UsageError(`cannot create the folder ${args.out}: ${describeFsError(err)}`);
  }
  const settings: Settings = { profile, options: {}, policy: policy.name };
  const settingsHash = createHash("sha256").update(JSON.stringify({ profile, policy: policy.name, v: 1 })).digest("hex");

  // Resume: files already finished with the same settings, the same input and an untouched copy are kept.
  const done = new Map<string, ManifestLine>();
  const labels = new Map<string, string>();
  const manifestPath = join(state, MANIFEST);
  const labelsPath = join(state, LABELS);
  let resumed = 0;
  if (existsSync(manifestPath)) {
    const lines = readFileSync(manifestPath, "utf8").split("\n").filter(Boolean);
    let header: { settings?: string } = {};
    try {
      header = JSON.parse(lines[0] ?? "{}");
    } catch {
      /* a damaged manifest: start again */
    }
    if (header.settings === settingsHash) {
      for (const l of lines.slice(1)) {
        try {
          const m = JSON.parse(l) as ManifestLine;
          done.set(m.input, m);
        } catch {
          /* a line cut short by the interruption */
        }
      }
      try {
        for (const [k, v] of JSON.parse(readFileSync(labelsPath, "utf8")) as [string, string][]) labels.set(k, v);
      } catch {
        /* no labels yet */
      }
    } else if (lines.length) io.stderr(`clear-record: ${args.out} holds a run with another profile or policy; starting again\n`);
  }
  const pending: InputFile[] = [];
  const finished: ManifestLine[] = [];
  for (const f of inputs) {
    const m = done.get(f.rel);
    const outPath = join(outDir, outputName(f.rel));
    if (m && existsSync(outPath)) {
      try {
        if (m.inputHash === sha256(readFileSync(f.path)) && m.outputHash === sha256(readFileSync(outPath))) {
          finished.push(m);
          resumed++;
          continue;
        }
      } catch {
        /* redo it */
      }
    }
    pending.push(f);
  }
  if (!resumed) writeFileSync(manifestPath, JSON.stringify({ settings: settingsHash, started: new Date().toISOString() }) + "\n");

  const realEngine = deps === DEFAULT_DEPS || deps.analyse === DEFAULT_DEPS.analyse;
  const pool = (label: string) => {
    const bar = progressBar(io.stderr, !!io.isTTY, label);
    return { bar, options: { jobs: args.jobs, analyse: deps.analyse, realEngine, onProgress: bar.tick } };
  };

  // Phase 1 (all cores): read and analyse; then the bundle's pseudonyms are given in document order.
  const p1 = pool("Reading  ");
  const plans = (await runJobs(pending.map((f) => ({ kind: "plan" as const, file: f.path })), settings, p1.options)) as PlanOutcome[];
  p1.bar.end();
  const registry = new PseudonymRegistry(labels, policy.labelPrefix);
  // Replays each document's label requests in document order (a document's two children never share a label).
  for (const p of plans) for (const ask of p.names ?? []) void (ask.fresh ? registry.fresh(ask.names) : registry.labelFor(ask.names));
  writeFileSync(labelsPath, JSON.stringify([...registry.map]));

  // Phase 2 (all cores): write, verify, record each finished file in the manifest.
  const labelList = [...registry.map];
  // The children found anywhere in the bundle: a document that names one without saying who they are
  // is analysed again with them listed (the subject is never among them: the engine never reports them).
  const bundleChildren = [...new Set(plans.flatMap((p) => p.report?.otherChildren.map((c) => c.displayName) ?? []))];
  const jobs: Job[] = pending.map((f, i) => ({
    kind: "redact" as const,
    file: f.path,
    out: join(outDir, outputName(f.rel)),
    display: f.rel,
    labels: labelList,
    bundleChildren,
    ...(plans[i].report ? { planned: plans[i].report } : {}),
  }));
  const p2 = pool("Redacting");
  const results = (await runJobs(jobs, settings, {
    ...p2.options,
    onProgress: p2.bar.tick,
  })) as RedactOutcome[];
  p2.bar.end();
  let failed = 0;
  let unreadable = 0;
  const byInput = new Map<string, RedactOutcome>();
  results.forEach((r, i) => {
    const f = pending[i];
    byInput.set(f.rel, r);
    if (r.error) {
      unreadable++;
      io.stderr(`clear-record: ${f.path}: ${r.error}\n`);
      return;
    }
    if (r.leftovers?.length) {
      failed++;
      try {
        rmSync(r.out, { force: true });
      } catch {
        /* reported below */
      }
      io.stderr(`clear-record: verification FAILED for ${r.out}: redacted text remains in ${r.leftovers.join(", ")}; the copy was deleted\n`);
      return;
    }
    const line: ManifestLine = { input: f.rel, inputHash: r.inputHash!, out: outputName(f.rel), outputHash: r.outputHash!, changes: r.changes ?? 0, log: r.log ?? [], ...(r.notes?.length ? { notes: r.notes } : {}) };
    appendFileSync(manifestPath, JSON.stringify(line) + "\n");
    finished.push(line);
  });

  // The bundle's log and report cover every finished file, in input order (resumed ones included).
  const order = new Map(inputs.map((f, i) => [f.rel, i]));
  finished.sort((a, b) => (order.get(a.input) ?? 0) - (order.get(b.input) ?? 0));
  const log = finished.flatMap((m) => m.log);
  writeFileSync(join(outDir, LOG_CSV), formatLogCsv(log));
  if (args.report) {
    const rows = inputs.map((f) => {
      const r = byInput.get(f.rel);
      const m = finished.find((x) => x.input === f.rel);
      return { document: f.rel, out: m?.out, error: r?.error, changes: m?.changes ?? r?.changes, leftovers: r?.leftovers, notes: m?.notes ?? r?.notes };
    });
    try {
      writeFileSync(args.report, formatHtmlReport({ title: "Clear Record: redaction of a bundle", generated: new Date().toISOString().slice(0, 16).replace("T", " "), redactions: rows, log }));
    } catch (err) {
      throw new UsageError(`cannot write the report ${args.report}: ${describeFsError(err)}`);
    }
  }
  const changes = finished.reduce((s, m) => s + m.changes, 0);
  const summary = `${plural(changes, "change")} in ${plural(finished.length, "file")}${resumed ? ` (${resumed} already done, resumed)` : ""}, policy ${policy.name}; log in ${join(args.out as string, LOG_CSV)}.`;
  if (args.format === "json") {
    for (const m of finished) io.stdout(JSON.stringify({ file: m.input, out: m.out, changes: m.changes, log: m.log }) + "\n");
  } else {
    for (const m of finished) io.stdout(`${m.input} → ${m.out}: ${plural(m.changes, "change")}\n`);
    io.stdout(summary + (unreadable ? ` ${plural(unreadable, "file")} could not be read.` : "") + (failed ? ` ${failed} FAILED verification.` : "") + "\n");
  }
  if (unreadable || failed) return 2;
  return changes > 0 ? 1 : 0;
}
