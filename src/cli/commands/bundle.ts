import { appendFileSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash, createHmac, randomBytes } from "node:crypto";
import { homedir } from "node:os";
import { dirname, extname, join, resolve, sep } from "node:path";
import { nameForms, nameWords, spellings, type Secret } from "../../redact/spellings";
import { analysisFor, policyNamed, POLICY_NAMES, PseudonymRegistry } from "../../redact";
import type { Args } from "../args";
import { describeFsError, UsageError } from "../errors";
import { loadProfile } from "../profile";
import { expandInputs, outputName, progressBar, type InputFile, type SkippedInput } from "../bulk/files";
import { streamJobs, WorkerSet } from "../bulk/pool";
import { SealedSpill } from "../bulk/spill";
import { bundlePersonsOf, protectedWords, scrub, sha256, type Job, type PlanOutcome, type Planned, type RedactOutcome, type Settings, type SweepSecret } from "../bulk/jobs";
import { LOG_CSV_HEADER } from "../formatters/csv";
import { HTML_END, htmlHead, LOG_HEAD, REDACTIONS_HEAD, redactionRow, TABLE_END } from "../formatters/html";
import { Spool } from "../formatters/spool";
import { REDACTIONS_BY_PAGE_HEAD } from "../formatters/pages";
import { finishedPieces, isRenderedRedact, type FinishedFile, type FinishedPieces, type RedactRender, type RenderedRedact } from "../formatters/redact-one";
import { plural } from "../formatters/stylish";
import { DEFAULT_DEPS, type Deps, type Io } from "./context";

/** The folder inside --out that holds the manifest (finished files, no names) and the labels (keyed by salted hashes). */
export const STATE_DIR = ".clear-record";
const MANIFEST = "manifest.jsonl";
const LABELS = "labels.json";
const TMP = "tmp";
export const LOG_CSV = "redaction-log.csv";

/** What one bundle redaction works on: the policy, the case, where output and state go, the files. */
type RedactRun = {
  policy: NonNullable<ReturnType<typeof policyNamed>>;
  undecided: "redact" | "keep";
  profile: ReturnType<typeof loadProfile>;
  outDir: string;
  state: string;
  tmpDir: string;
  inputs: InputFile[];
  skipped: SkippedInput[];
};

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

/** Any case, any accents: how the sweep matches a name (a cheap first look at whether a file's name may hold one). */
const folded = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
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
    if (reportReal && inside(reportReal, g))
      throw new UsageError(`--report ${args.report} must not be an input file or lie inside an input folder (${given}); choose another place`);
  }
  if (reportReal && inside(reportReal, outReal)) throw new UsageError(`--report ${args.report} must not be inside --out; choose another place`);
  const skipped: SkippedInput[] = [];
  const inputs = expandInputs(args.files, skipped);
  if (!inputs.length) throw new UsageError("no .docx, .eml, .msg, .pdf or .txt files found in what was given");
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

async function bundleRedact(args: Args, io: Io, deps: Deps, run: RedactRun): Promise<number> {
  const { policy, undecided, profile, outDir, state, tmpDir, inputs } = run;
  // The engine is asked only for what the policy acts on (the same findings of those categories, far sooner).
  const settings: Settings = { profile, options: analysisFor(policy), policy: policy.name };
  const settingsHash = createHash("sha256")
    .update(JSON.stringify({ profile, policy: policy.name, undecided, v: 2 }))
    .digest("hex");
  const salt = saltFor(real(outDir), true);
  const key = (s: string) => (salt ? hmac(salt, s) : "");

  // Resume: files already finished with the same settings, the same input and an untouched copy are kept.
  const done = new Map<string, FinishedFile>();
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
          const m = JSON.parse(l) as FinishedFile;
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
  const resumedSet = new Set<string>();
  for (const f of inputs) {
    const m = salt ? done.get(key(`input:${f.rel}`)) : undefined;
    const outPath = m ? join(outDir, m.out) : "";
    if (m && existsSync(outPath)) {
      try {
        if (m.inputHash === sha256(readFileSync(f.path)) && m.outputHash === sha256(readFileSync(outPath))) {
          resumedSet.add(m.input);
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
  // Both phases run on the same worker threads (each started once, its engine loaded and warmed once).
  const workers = new WorkerSet(settings);
  const pool = (label: string) => {
    const bar = progressBar(io.stderr, !!io.isTTY, label);
    return { bar, options: { jobs: args.jobs, analyse: deps.analyse, realEngine, onProgress: bar.tick, workers } };
  };

  // Phase 1 (all cores): read and analyse; the bundle's pseudonyms are given in document order as each
  // plan arrives (in order), and the plan itself waits for phase two sealed on disk, not in memory.
  mkdirSync(tmpDir, { recursive: true });
  const spill = new SealedSpill(tmpDir);
  try {
    return await phases(args, io, deps, run, {
      settings,
      salt,
      key,
      persisted,
      labelsPath,
      manifestPath,
      pending,
      finished: done,
      resumedInputs: resumedSet,
      resumed,
      spill,
      pool,
    });
  } finally {
    spill.close();
    await workers.close();
  }
}

async function phases(
  args: Args,
  io: Io,
  deps: Deps,
  run: RedactRun,
  ctx: {
    settings: Settings;
    salt: string | undefined;
    key: (s: string) => string;
    persisted: Map<string, string>;
    labelsPath: string;
    manifestPath: string;
    pending: InputFile[];
    finished: Map<string, FinishedFile>;
    resumedInputs: Set<string>;
    resumed: number;
    spill: SealedSpill;
    pool: (label: string) => {
      bar: ReturnType<typeof progressBar>;
      options: { jobs?: number; analyse: Deps["analyse"]; realEngine: boolean; onProgress: (done: number, total: number) => void; workers: WorkerSet };
    };
  },
): Promise<number> {
  const { policy, undecided, profile, outDir, tmpDir, inputs, skipped } = run;
  const { settings, salt, key, persisted, labelsPath, manifestPath, pending, spill, pool } = ctx;
  // Labels from an earlier run are found by the salted hash of a name (no name is ever stored).
  const registry = new PseudonymRegistry(new Map(persisted), policy.labelPrefix);
  const persons = new PseudonymRegistry(new Map(persisted), "Person");
  const seed = (reg: PseudonymRegistry, names: readonly string[], tag: string) => {
    // Nothing to find on a fresh run: no salted hash is worked out per name.
    if (!persisted.size) return;
    for (const n of names) {
      const k = normaliseName(n);
      const h = persisted.get(key(`${tag}${k}`));
      if (h && !reg.map.has(k)) reg.map.set(k, h);
    }
  };
  // The bundle's children and people to check, once each (their number grows with the people, not the documents).
  const childForms = new Map<string, string[]>();
  const personForms = new Map<string, string[]>();
  const bundleChildSet = new Set<string>(profile.otherChildren ?? []);
  // The people a document leaves undecided whose words its own file name holds (a single word goes no further than its document).
  const ownNamed = new Map<string, string[][]>();
  // What one document's reading tells of the bundle's children and people; its report is kept for redacting it (`at`).
  const absorb = (f: InputFile, p: PlanOutcome, at: number | undefined) => {
    for (const ask of p.names ?? []) {
      seed(registry, ask.names, "child:");
      void (ask.fresh ? registry.fresh(ask.names) : registry.labelFor(ask.names));
    }
    if (undecided === "redact")
      for (const forms of p.undecided ?? []) {
        seed(persons, forms, "person:");
        persons.labelFor(forms);
        personForms.set(forms.map(normaliseName).join("\u0000"), forms);
        if (forms.some((form) => nameWords(form).every((w) => folded(f.rel).includes(folded(w))))) {
          const own = ownNamed.get(f.rel) ?? [];
          own.push(forms);
          ownNamed.set(f.rel, own);
        }
      }
    for (const c of p.report?.otherChildren ?? []) {
      bundleChildSet.add(c.displayName);
      const forms = [c.displayName, ...c.forms];
      childForms.set(forms.map(normaliseName).join("\u0000"), forms);
    }
    if (p.report && at !== undefined) spill.put(at, p.report);
  };
  const p1 = pool("Reading  ");
  let redoing = false;
  await streamJobs(pending.length, (i) => ({ kind: "plan" as const, file: pending[i].path }), settings, {
    ...p1.options,
    onOrdered: (i, result) => {
      redoing ||= !!(result as PlanOutcome).report;
      absorb(pending[i], result as PlanOutcome, i);
    },
  });
  // A resumed run that writes a copy again reads the finished documents too (it writes none of them): who the bundle's
  // children and people are comes from every document, or a name found only in a finished one would stay in the copy.
  if (redoing && ctx.resumedInputs.size) {
    const finished = inputs.filter((f) => !pending.includes(f));
    await streamJobs(finished.length, (i) => ({ kind: "plan" as const, file: finished[i].path }), settings, {
      ...p1.options,
      onOrdered: (i, result) => absorb(finished[i], result as PlanOutcome, undefined),
    });
  }
  p1.bar.end();
  const bundleChildren = [...bundleChildSet];
  for (const n of bundleChildren) registry.labelFor([n]);
  if (salt) {
    const hashed = new Map(persisted);
    for (const [k, v] of registry.map) if (!k.startsWith("h:")) hashed.set(key(`child:${k}`), v);
    for (const [k, v] of persons.map) if (!k.startsWith("h:")) hashed.set(key(`person:${k}`), v);
    writeFileSync(labelsPath, JSON.stringify([...hashed]));
  }

  // The copies' names are redacted too: a child's name becomes the child's label ("Child A contact note.docx"). A name the
  // checker could not place is not spliced into a name ("poi-Person AJ-792.docx" once came of a product name): a copy whose
  // input's name holds one (its full name, found anywhere in the bundle, or a name its own document leaves undecided) gets a
  // neutral name instead ("document 7.docx"), and the log says so by label, never by the name.
  const protect = protectedWords(profile);
  const mask = policy.maskText ?? "[redacted]";
  const nameSecrets: SweepSecret[] = [];
  const addNames = (to: SweepSecret[], forms: string[], label: string) => {
    for (const f of nameForms(forms, protect)) to.push({ text: f, kind: "name", replace: policy.name === "pseudonym" ? label : mask });
  };
  for (const forms of childForms.values()) addNames(nameSecrets, forms, registry.labelFor(forms));
  for (const n of bundleChildren) addNames(nameSecrets, [n], registry.labelFor([n]));
  const names = spellings(nameSecrets);
  const redactName = (s: string) => scrub(s, names, (x) => (x as SweepSecret).replace);
  const fullNames: SweepSecret[] = [];
  if (undecided === "redact")
    for (const forms of personForms.values()) {
      // (As the text's sweep takes them: each full name as written, not its single words.)
      for (const f of forms)
        if (nameWords(f).length >= 2) fullNames.push({ text: nameWords(f).join(" "), kind: "name", replace: policy.name === "pseudonym" ? persons.labelFor(forms) : mask });
    }
  const bundleWide = spellings(fullNames);
  /** The labels of the undecided people a path names (the bundle's full names, and its own document's undecided). */
  const undecidedIn = (rel: string, s: string): string[] => {
    const held = new Set<string>();
    const note = (x: Secret) => (held.add((x as SweepSecret).replace), "");
    scrub(s, bundleWide, note);
    const own: SweepSecret[] = [];
    for (const forms of ownNamed.get(rel) ?? []) addNames(own, forms, persons.labelFor(forms));
    if (own.length) scrub(s, spellings(own), note);
    return [...held];
  };
  const used = new Set([...ctx.finished.values()].filter((m) => ctx.resumedInputs.has(m.input)).map((m) => m.out.toLowerCase()));
  const displayOf = new Map<string, string>();
  const outOf = new Map<string, string>();
  const renamed = new Map<string, string[]>();
  const neutralDirs = new Map<string, string>();
  const pendingRel = new Set(pending.map((f) => f.rel));
  const number = new Map(inputs.map((f, n) => [f.rel, n + 1]));
  for (const f of [...pending, ...skipped]) {
    let display = redactName(f.rel);
    const held = undecidedIn(f.rel, display);
    if (held.length) {
      renamed.set(f.rel, held);
      const parts = display.split(sep);
      const file = parts.pop() as string;
      const dirs = parts.map((d) => (undecidedIn(f.rel, d).length ? (neutralDirs.get(d) ?? neutralDirs.set(d, `folder ${neutralDirs.size + 1}`).get(d)) : d) as string);
      display = join(...dirs, `document ${number.get(f.rel) ?? renamed.size}${extname(file)}`);
    }
    displayOf.set(f.rel, display);
    if (!pendingRel.has(f.rel)) continue;
    let out = outputName(display);
    for (let n = 2; used.has(out.toLowerCase()); n++) {
      const ext = extname(outputName(display));
      out = `${outputName(display).slice(0, -ext.length || undefined)} (${n})${ext}`;
      display = out;
    }
    used.add(out.toLowerCase());
    outOf.set(f.rel, out);
  }

  // Phase 2 (all cores): write, verify, record each finished file in the manifest; the log, the report
  // and what is printed are written file by file, in input order (resumed files in their places).
  const labelList = [...registry.map].filter(([k]) => !k.startsWith("h:"));
  const personLabels = [...persons.map].filter(([k]) => !k.startsWith("h:"));
  const bundlePersons = undecided === "redact" ? bundlePersonsOf(personForms.values()) : "";
  // Each verified copy's output, log rows, report pieces and manifest line are made where it was
  // redacted (renderRedact): the main thread writes them as they come, holding no log rows.
  const format: RedactRender["format"] = args.format === "json" ? "json" : "stylish";
  const jobAt = (i: number): Job => {
    const f = pending[i];
    const planned = spill.take<Planned>(i);
    return {
      kind: "redact" as const,
      file: f.path,
      out: join(outDir, outOf.get(f.rel) as string),
      display: displayOf.get(f.rel) as string,
      labels: labelList,
      bundleChildren,
      tmpDir,
      undecided,
      personLabels,
      bundlePersons,
      ...(planned ? { planned } : {}),
      render: {
        format,
        report: !!args.report,
        ...(salt ? { input: key(`input:${f.rel}`) } : {}),
        outName: outOf.get(f.rel) as string,
        shown: displayOf.get(f.rel) as string,
        ...(renamed.has(f.rel) ? { neutral: renamed.get(f.rel) } : {}),
      },
    };
  };
  const csv = new Spool(join(outDir, LOG_CSV), 1, tmpDir);
  let report: Spool | undefined;
  try {
    report = args.report ? new Spool(args.report, 3) : undefined;
  } catch (err) {
    csv.abort();
    throw new UsageError(`cannot write the report: ${describeFsError(err)}`);
  }
  const ROWS = 0;
  const LOG = 1;
  const BY_PAGE = 2;
  let anyByPage = false;
  csv.write(0, LOG_CSV_HEADER);
  let failed = 0;
  let unreadable = 0;
  let changes = 0;
  let finishedCount = 0;
  let undecidedMentions = 0;
  const undecidedLabels = new Set<string>();
  // The terminal names each input by its own path (the user's file, as given: nothing new is written there), then its
  // copy (finishedPieces); the undecided mentions are counted where the log rows were made, for the summary.
  const writeFinished = (changed: number, p: FinishedPieces) => {
    finishedCount++;
    changes += changed;
    undecidedMentions += p.undecidedMentions;
    for (const l of p.undecidedLabels) undecidedLabels.add(l);
    csv.write(0, p.csv);
    if (report) {
      report.write(ROWS, p.reportRow);
      report.write(LOG, p.reportLog);
      if (p.reportByPage.length) {
        anyByPage = true;
        report.write(BY_PAGE, p.reportByPage);
      }
    }
    if (p.stdout.length) io.stdout(p.stdout);
  };
  // Resumed files are written in their places among the new ones.
  let nextInput = 0;
  const flushResumedBefore = (rel: string | undefined) => {
    while (nextInput < inputs.length && inputs[nextInput].rel !== rel) {
      const f = inputs[nextInput++];
      const m = ctx.finished.get(salt ? key(`input:${f.rel}`) : f.rel);
      if (m && ctx.resumedInputs.has(m.input)) writeFinished(m.changes, finishedPieces(m, format, !!report, displayOf.get(f.rel) as string, renamed.get(f.rel)));
    }
    if (nextInput < inputs.length) nextInput++;
  };
  const recorded = new Set<number>();
  // Each verified copy is recorded in the manifest as it is written: a run killed part-way resumes from there.
  const record = (i: number, r: RedactOutcome | RenderedRedact) => {
    if (!isRenderedRedact(r) || recorded.has(i)) return;
    if (r.manifest.length) appendFileSync(manifestPath, r.manifest);
    recorded.add(i);
  };
  const p2 = pool("Redacting");
  try {
    await streamJobs(pending.length, jobAt, settings, {
      ...p2.options,
      onResult: (i, r) => record(i, r as RedactOutcome | RenderedRedact),
      onOrdered: (i, result) => {
        const f = pending[i];
        flushResumedBefore(f.rel);
        if (isRenderedRedact(result)) {
          record(i, result);
          writeFinished(result.changes, result);
          return;
        }
        const r = result as RedactOutcome;
        const display = displayOf.get(f.rel) as string;
        if (r.error) {
          unreadable++;
          io.stderr(`clear-record: ${display}: ${redactName(r.error)}\n`);
          report?.write(ROWS, redactionRow({ document: display, error: redactName(r.error), changes: r.changes, notes: r.notes, verified: false }) + "\n");
          return;
        }
        // Every verified copy comes back rendered (its job asks for it): what is left failed verification.
        failed++;
        io.stderr(`clear-record: verification FAILED for ${display}: ${(r.leftovers ?? []).map(redactName).join("; ")}; no copy was written\n`);
        report?.write(ROWS, redactionRow({ document: display, changes: r.changes, leftovers: r.leftovers?.map(redactName), notes: r.notes, verified: false }) + "\n");
      },
    });
    p2.bar.end();
    flushResumedBefore(undefined);
    csv.finish([0]);
    if (report) {
      for (const s of skipped) report.write(ROWS, redactionRow({ document: displayOf.get(s.rel) as string, error: `Not read: ${s.reason}.`, verified: false }) + "\n");
      const generated = new Date().toISOString().slice(0, 16).replace("T", " ");
      report.finish([
        htmlHead("Clear Record: redaction of a bundle", generated),
        "\n",
        REDACTIONS_HEAD,
        "\n",
        ROWS,
        TABLE_END,
        "\n",
        ...(anyByPage ? [REDACTIONS_BY_PAGE_HEAD, "\n", BY_PAGE] : []),
        LOG_HEAD,
        "\n",
        LOG,
        TABLE_END,
        "\n",
        HTML_END,
      ]);
    }
  } catch (err) {
    csv.abort();
    report?.abort();
    if ((err as NodeJS.ErrnoException).code && !(err instanceof UsageError)) throw new UsageError(`cannot write the log or the report: ${describeFsError(err)}`);
    throw err;
  }
  for (const s of skipped) io.stderr(`clear-record: skipped ${displayOf.get(s.rel)}: ${s.reason}\n`);
  const summary = `${plural(changes, "change")} in ${plural(finishedCount, "file")}${ctx.resumed ? ` (${ctx.resumed} already done, resumed)` : ""}, policy ${policy.name}; log in ${join(args.out as string, LOG_CSV)}.`;
  if (args.format === "json") {
    for (const s of skipped) io.stdout(JSON.stringify({ file: displayOf.get(s.rel), skipped: s.reason, verified: false }) + "\n");
  } else {
    io.stdout(
      summary +
        (unreadable ? ` ${plural(unreadable, "file")} could not be read.` : "") +
        (failed ? ` ${failed} FAILED verification.` : "") +
        (skipped.length ? ` ${plural(skipped.length, "file")} skipped (not checked).` : "") +
        "\n" +
        // The panes keep such people until the worker places them; a bulk run has nobody to ask, so it says what it did.
        (undecidedMentions
          ? `${plural(undecidedMentions, "mention")} of ${policy.name === "pseudonym" ? `${undecidedLabels.size} ${undecidedLabels.size === 1 ? "person" : "people"}` : "people"} the checker left undecided ${undecidedMentions === 1 ? "was" : "were"} redacted by policy (category "undecided" in the log); --undecided keep leaves them, as the Word and Outlook panes do until someone places them.\n`
          : ""),
    );
  }
  if (unreadable || failed) return 2;
  return changes > 0 ? 1 : 0;
}
