import { appendFileSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash, createHmac, randomBytes } from "node:crypto";
import { homedir } from "node:os";
import { dirname, extname, join, resolve, sep } from "node:path";
import { nameForms, spellings } from "../../redact/spellings";
import { policyNamed, POLICY_NAMES, PseudonymRegistry } from "../../redact";
import type { Args } from "../args";
import { describeFsError, UsageError } from "../errors";
import { loadProfile } from "../profile";
import { expandInputs, outputName, progressBar, type InputFile, type SkippedInput } from "../bulk/files";
import { runJobs } from "../bulk/pool";
import { protectedWords, scrub, sha256, type Job, type LogRow, type PlanOutcome, type RedactOutcome, type Settings, type SweepSecret } from "../bulk/jobs";
import { formatLogCsv } from "../formatters/csv";
import { formatHtmlReport } from "../formatters/html";
import { plural } from "../formatters/stylish";
import { DEFAULT_DEPS, type Deps, type Io } from "./context";

/** The folder inside --out that holds the manifest (finished files, no names) and the labels (keyed by salted hashes). */
export const STATE_DIR = ".clear-record";
const MANIFEST = "manifest.jsonl";
const LABELS = "labels.json";
const TMP = "tmp";
export const LOG_CSV = "redaction-log.csv";

/** A finished file. `input` is a salted hash of the input's path (never its name); `display` is its redacted name. */
type ManifestLine = { input: string; display: string; inputHash: string; out: string; outputHash: string; changes: number; log: LogRow[]; notes?: string[] };

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/**
 * The salt for this output folder's hashes, kept outside the output (in the user's cache folder, or
 * CLEAR_RECORD_STATE), so the copies and their state never let anyone test a guessed name. Undefined
 * when it cannot be kept: the run then simply does not resume labels.
 */
function saltFor(outReal: string, create: boolean): string | undefined {
  const base = process.env.CLEAR_RECORD_STATE || join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "clear-record");
  const file = join(base, `${createHash("sha256").update(outReal).digest("hex").slice(0, 24)}.salt`);
  try {
    if (existsSync(file)) return readFileSync(file, "utf8").trim();
    if (!create) return undefined;
    mkdirSync(base, { recursive: true, mode: 0o700 });
    const salt = randomBytes(32).toString("hex");
    writeFileSync(file, salt, { mode: 0o600 });
    return salt;
  } catch {
    return undefined;
  }
}

const normaliseName = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
const hmac = (salt: string, s: string) => `h:${createHmac("sha256", salt).update(s).digest("hex")}`;

/**
 * `redact DIR|FILE… --out DIR` for a bundle: redacted copies keeping their formatting, one set of
 * pseudonyms for the whole bundle, a redaction log (CSV in --out, and in --report), an independent
 * verification of every copy before it is written, and a manifest so an interrupted run resumes
 * without redoing finished files. Nothing written holds a redacted name: not the copies' names, the
 * log, the report, the state (salted hashes only) or what is printed.
 * Exit: 2 when a file could not be read or a copy failed verification, 1 when anything was redacted, else 0.
 */
export async function runBundleRedact(args: Args, io: Io, deps: Deps): Promise<number> {
  const policy = policyNamed(args.policy ?? "pseudonym");
  if (!policy) throw new UsageError(`--policy must be one of ${POLICY_NAMES.join(", ")}`);
  const undecided = (args.undecided ?? "redact") as "redact" | "keep";
  const profile = loadProfile(args);
  const outDir = resolve(args.out as string);
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new UsageError(`--out ${args.out} is a file, not a folder`);
  const outReal = real(outDir);
  const reportReal = args.report ? real(resolve(args.report)) : undefined;
  // --out and --report must not be, or lie inside, anything given as input (the report once overwrote a record).
  for (const given of args.files) {
    const g = real(given);
    if (inside(outReal, g) || inside(g, outReal)) throw new UsageError(`--out ${args.out} must not be or lie inside an input (${given}), nor hold one; choose another folder`);
    if (reportReal && inside(reportReal, g)) throw new UsageError(`--report ${args.report} must not be an input file or lie inside an input folder (${given}); choose another place`);
  }
  if (reportReal && inside(reportReal, outReal)) throw new UsageError(`--report ${args.report} must not be inside --out; choose another place`);
  const skipped: SkippedInput[] = [];
  const inputs = expandInputs(args.files, skipped);
  if (!inputs.length) throw new UsageError("no .docx, .eml, .msg or .txt files found in what was given");
  for (const f of inputs) {
    const abs = real(f.path);
    if (inside(abs, outReal) || real(dirname(resolve(f.path))) === outReal) {
      throw new UsageError(`refusing to write into the folder that holds an input; choose another --out folder`);
    }
    if (reportReal && reportReal === abs) throw new UsageError(`--report ${args.report} names an input file; choose another place`);
  }
  const state = join(outDir, STATE_DIR);
  const tmpDir = join(state, TMP);
  try {
    mkdirSync(state, { recursive: true });
    // Anything a killed run left half-written is removed: no unverified copy ever stays.
    rmSync(tmpDir, { recursive: true, force: true });
    rmSync(join(state, "labels.json.plain"), { force: true });
  } catch (err) {
    throw new UsageError(`cannot create the folder ${args.out}: ${describeFsError(err)}`);
  }
  const onSignal = (sig: NodeJS.Signals) => {
    try {
      rmSync(tmpDir, { recursive: true, force: true });
    } catch {
      /* nothing more can be done */
    }
    process.exit(sig === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    return await bundleRedact(args, io, deps, { policy, undecided, profile, outDir, state, tmpDir, inputs, skipped });
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    rmSync(tmpDir, { recursive: true, force: true });
  }
}

async function bundleRedact(
  args: Args,
  io: Io,
  deps: Deps,
  run: { policy: NonNullable<ReturnType<typeof policyNamed>>; undecided: "redact" | "keep"; profile: ReturnType<typeof loadProfile>; outDir: string; state: string; tmpDir: string; inputs: InputFile[]; skipped: SkippedInput[] },
): Promise<number> {
  const { policy, undecided, profile, outDir, state, tmpDir, inputs, skipped } = run;
  const settings: Settings = { profile, options: {}, policy: policy.name };
  const settingsHash = createHash("sha256").update(JSON.stringify({ profile, policy: policy.name, undecided, v: 2 })).digest("hex");
  const salt = saltFor(real(outDir), true);
  const key = (s: string) => (salt ? hmac(salt, s) : "");

  // Resume: files already finished with the same settings, the same input and an untouched copy are kept.
  const done = new Map<string, ManifestLine>();
  const persisted = new Map<string, string>();
  const manifestPath = join(state, MANIFEST);
  const labelsPath = join(state, LABELS);
  let resumed = 0;
  if (existsSync(manifestPath) && salt) {
    const lines = readFileSync(manifestPath, "utf8").split("\n").filter(Boolean);
    let header: { settings?: string } = {};
    try {
      header = JSON.parse(lines[0] ?? "{}");
    } catch {
      /* a damaged manifest: start again */
    }
    if (header.settings === key(settingsHash)) {
      for (const l of lines.slice(1)) {
        try {
          const m = JSON.parse(l) as ManifestLine;
          done.set(m.input, m);
        } catch {
          /* a line cut short by the interruption */
        }
      }
      try {
        for (const [k, v] of JSON.parse(readFileSync(labelsPath, "utf8")) as [string, string][]) if (k.startsWith("h:")) persisted.set(k, v);
      } catch {
        /* no labels yet */
      }
    } else if (lines.length) io.stderr(`clear-record: ${args.out} holds a run with another profile, policy or --undecided; starting again\n`);
  }
  const pending: InputFile[] = [];
  const finished: ManifestLine[] = [];
  for (const f of inputs) {
    const m = salt ? done.get(key(`input:${f.rel}`)) : undefined;
    const outPath = m ? join(outDir, m.out) : "";
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
  if (!resumed) writeFileSync(manifestPath, JSON.stringify({ settings: key(settingsHash), started: new Date().toISOString() }) + "\n");

  const realEngine = deps === DEFAULT_DEPS || deps.analyse === DEFAULT_DEPS.analyse;
  const pool = (label: string) => {
    const bar = progressBar(io.stderr, !!io.isTTY, label);
    return { bar, options: { jobs: args.jobs, analyse: deps.analyse, realEngine, onProgress: bar.tick } };
  };

  // Phase 1 (all cores): read and analyse; then the bundle's pseudonyms are given in document order.
  const p1 = pool("Reading  ");
  const plans = (await runJobs(pending.map((f) => ({ kind: "plan" as const, file: f.path })), settings, p1.options)) as PlanOutcome[];
  p1.bar.end();
  // Labels from an earlier run are found by the salted hash of a name (no name is ever stored).
  const registry = new PseudonymRegistry(new Map(persisted), policy.labelPrefix);
  const persons = new PseudonymRegistry(new Map(persisted), "Person");
  const seed = (reg: PseudonymRegistry, names: readonly string[], tag: string) => {
    for (const n of names) {
      const k = normaliseName(n);
      const h = persisted.get(key(`${tag}${k}`));
      if (h && !reg.map.has(k)) reg.map.set(k, h);
    }
  };
  for (const p of plans) {
    for (const ask of p.names ?? []) {
      seed(registry, ask.names, "child:");
      void (ask.fresh ? registry.fresh(ask.names) : registry.labelFor(ask.names));
    }
    if (undecided === "redact") for (const forms of p.undecided ?? []) {
      seed(persons, forms, "person:");
      persons.labelFor(forms);
    }
  }
  const bundleChildren = [...new Set([...plans.flatMap((p) => p.report?.otherChildren.map((c) => c.displayName) ?? []), ...(profile.otherChildren ?? [])])];
  for (const n of bundleChildren) registry.labelFor([n]);
  if (salt) {
    const hashed = new Map(persisted);
    for (const [k, v] of registry.map) if (!k.startsWith("h:")) hashed.set(key(`child:${k}`), v);
    for (const [k, v] of persons.map) if (!k.startsWith("h:")) hashed.set(key(`person:${k}`), v);
    writeFileSync(labelsPath, JSON.stringify([...hashed]));
  }

  // The copies' names are redacted too ("Child A contact note.docx"), with every name the bundle knows.
  const protect = protectedWords(profile);
  const mask = policy.maskText ?? "[redacted]";
  const nameSecrets: SweepSecret[] = [];
  const addNames = (forms: string[], label: string) => {
    for (const f of nameForms(forms, protect)) nameSecrets.push({ text: f, kind: "name", replace: policy.name === "pseudonym" ? label : mask });
  };
  for (const p of plans) for (const c of p.report?.otherChildren ?? []) addNames([c.displayName, ...c.forms], registry.labelFor([c.displayName, ...c.forms]));
  for (const n of bundleChildren) addNames([n], registry.labelFor([n]));
  if (undecided === "redact") for (const p of plans) for (const forms of p.undecided ?? []) addNames(forms, persons.labelFor(forms));
  const names = spellings(nameSecrets);
  const redactName = (s: string) => scrub(s, names, (x) => (x as SweepSecret).replace);
  const used = new Set(finished.map((m) => m.out.toLowerCase()));
  const displayOf = new Map<string, string>();
  const outOf = new Map<string, string>();
  for (const f of [...pending, ...skipped]) {
    let display = redactName(f.rel);
    displayOf.set(f.rel, display);
    if (!pending.includes(f as InputFile)) continue;
    let out = outputName(display);
    for (let n = 2; used.has(out.toLowerCase()); n++) {
      const ext = extname(outputName(display));
      out = `${outputName(display).slice(0, -ext.length || undefined)} (${n})${ext}`;
      display = out;
    }
    used.add(out.toLowerCase());
    outOf.set(f.rel, out);
  }

  // Phase 2 (all cores): write, verify, record each finished file in the manifest.
  const labelList = [...registry.map].filter(([k]) => !k.startsWith("h:"));
  const personLabels = [...persons.map].filter(([k]) => !k.startsWith("h:"));
  const jobs: Job[] = pending.map((f, i) => ({
    kind: "redact" as const,
    file: f.path,
    out: join(outDir, outOf.get(f.rel) as string),
    display: displayOf.get(f.rel) as string,
    labels: labelList,
    bundleChildren,
    tmpDir,
    undecided,
    personLabels,
    ...(plans[i].report ? { planned: plans[i].report } : {}),
  }));
  const p2 = pool("Redacting");
  // Each verified copy is recorded in the manifest as it is written: a run killed part-way resumes from there.
  const recorded = new Map<number, ManifestLine>();
  const record = (i: number, r: RedactOutcome) => {
    if (r.error || !r.verified || recorded.has(i)) return;
    const f = pending[i];
    const line: ManifestLine = { input: key(`input:${f.rel}`), display: displayOf.get(f.rel) as string, inputHash: r.inputHash!, out: outOf.get(f.rel) as string, outputHash: r.outputHash!, changes: r.changes ?? 0, log: r.log ?? [], ...(r.notes?.length ? { notes: r.notes } : {}) };
    if (salt) appendFileSync(manifestPath, JSON.stringify(line) + "\n");
    recorded.set(i, line);
  };
  const results = (await runJobs(jobs, settings, {
    ...p2.options,
    onProgress: p2.bar.tick,
    onResult: (i, r) => record(i, r as RedactOutcome),
  })) as RedactOutcome[];
  p2.bar.end();
  let failed = 0;
  let unreadable = 0;
  const byInput = new Map<string, RedactOutcome>();
  results.forEach((r, i) => {
    const f = pending[i];
    const display = displayOf.get(f.rel) as string;
    byInput.set(f.rel, r);
    if (r.error) {
      unreadable++;
      io.stderr(`clear-record: ${display}: ${redactName(r.error)}\n`);
      return;
    }
    if (!r.verified) {
      failed++;
      io.stderr(`clear-record: verification FAILED for ${display}: ${(r.leftovers ?? []).map(redactName).join("; ")}; no copy was written\n`);
      return;
    }
    record(i, r);
    finished.push(recorded.get(i) as ManifestLine);
  });

  // The bundle's log and report cover every finished file, in input order (resumed ones included).
  const order = new Map(inputs.map((f, i) => [salt ? key(`input:${f.rel}`) : f.rel, i]));
  finished.sort((a, b) => (order.get(a.input) ?? 0) - (order.get(b.input) ?? 0));
  const log = finished.flatMap((m) => m.log);
  writeFileSync(join(outDir, LOG_CSV), formatLogCsv(log));
  if (args.report) {
    const rows = [
      ...inputs.map((f) => {
        const r = byInput.get(f.rel);
        const m = finished.find((x) => x.input === (salt ? key(`input:${f.rel}`) : f.rel));
        return { document: m?.display ?? (displayOf.get(f.rel) as string), out: m?.out, error: r?.error ? redactName(r.error) : undefined, changes: m?.changes ?? r?.changes, leftovers: r?.leftovers?.map(redactName), notes: m?.notes ?? r?.notes, verified: !!m };
      }),
      ...skipped.map((s) => ({ document: displayOf.get(s.rel) as string, error: `Not read: ${s.reason}.`, verified: false })),
    ];
    try {
      writeFileSync(args.report, formatHtmlReport({ title: "Clear Record: redaction of a bundle", generated: new Date().toISOString().slice(0, 16).replace("T", " "), redactions: rows, log }));
    } catch (err) {
      throw new UsageError(`cannot write the report: ${describeFsError(err)}`);
    }
  }
  for (const s of skipped) io.stderr(`clear-record: skipped ${displayOf.get(s.rel)}: ${s.reason}\n`);
  const changes = finished.reduce((s, m) => s + m.changes, 0);
  const summary = `${plural(changes, "change")} in ${plural(finished.length, "file")}${resumed ? ` (${resumed} already done, resumed)` : ""}, policy ${policy.name}; log in ${join(args.out as string, LOG_CSV)}.`;
  if (args.format === "json") {
    for (const m of finished) io.stdout(JSON.stringify({ file: m.display, out: m.out, changes: m.changes, verified: true, log: m.log }) + "\n");
    for (const s of skipped) io.stdout(JSON.stringify({ file: displayOf.get(s.rel), skipped: s.reason, verified: false }) + "\n");
  } else {
    for (const m of finished) io.stdout(`${m.display} → ${m.out}: ${plural(m.changes, "change")}\n`);
    io.stdout(summary + (unreadable ? ` ${plural(unreadable, "file")} could not be read.` : "") + (failed ? ` ${failed} FAILED verification.` : "") + (skipped.length ? ` ${plural(skipped.length, "file")} skipped (not checked).` : "") + "\n");
  }
  if (unreadable || failed) return 2;
  return changes > 0 ? 1 : 0;
}
