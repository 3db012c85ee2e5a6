import { mkdirSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname } from "node:path";
import type { AnalyseOptions, CaseProfile, Category, Finding, Report } from "../../engine/types";
import { applyEdits, lineIndex, planRedactions, policyNamed, PseudonymRegistry, type Edit, type RedactionPolicy } from "../../redact";
import { describeReadError, readBytes, readPath, segmentAt, type ReadResult } from "../readers";
import type { DocxRead } from "../readers/docx";
import { writeRedactedEml } from "../readers/mail";
import { findLeftovers, sweepRegex, writeRedactedDocx, type Sweep } from "../writers/docx";
import type { PdfRead } from "../readers/pdf";
import { redactPdf } from "../writers/pdf";
import { verifyPdf } from "../writers/pdf-verify";

/** The engine, bound to nothing: the real analyse() or a test's stand-in. */
export type AnalyseFn = (text: string, profile: CaseProfile, options?: AnalyseOptions) => Report;

export type Settings = { profile: CaseProfile; options: AnalyseOptions; policy: string };

/** A finding placed in its document: where, and a little text either side (for the HTML report). */
export type Placed = { location: string; before: string; after: string };

export type CheckOutcome = {
  file: string;
  format?: ReadResult["format"];
  error?: string;
  report?: Report;
  placed?: Placed[];
  notes?: string[];
  /** The text, kept only for .txt (the stylish and JSON outputs locate findings by line and column). */
  text?: string;
};

const CONTEXT = 60;
const oneLine = (s: string) => s.replace(/\s+/g, " ");

/** Where an offset is, in words: "line 3, column 5" for plain text, the part and paragraph otherwise. */
export function locate(read: ReadResult, at: (o: number) => { line: number; column: number }, offset: number): string {
  if (read.format === "txt") {
    const { line, column } = at(offset);
    return `line ${line}, column ${column}`;
  }
  return segmentAt(read.segments, offset)?.location ?? "document";
}

/** Reads and checks one file. Never throws: an unreadable file comes back with its reason. */
export async function checkOne(file: string, settings: Settings, analyse: AnalyseFn): Promise<CheckOutcome> {
  let read: ReadResult;
  try {
    read = (await readPath(file)).read;
  } catch (err) {
    return { file, error: describeReadError(err) };
  }
  const report = analyse(read.text, settings.profile, settings.options);
  const at = lineIndex(read.text);
  const placed = report.findings.map((f) => ({
    location: locate(read, at, f.start),
    before: oneLine(read.text.slice(Math.max(0, f.start - CONTEXT), f.start)),
    after: oneLine(read.text.slice(f.end, f.end + CONTEXT)),
  }));
  return { file, format: read.format, report, placed, notes: read.notes, ...(read.format === "txt" ? { text: read.text } : {}) };
}

/**
 * Phase one of a redaction: the report of the text as the redacted copy will hold it (slimmed to what
 * planning needs), and the children's names in the order the planner asks for labels, so the main
 * thread can give the bundle's pseudonyms in document order without holding every text.
 */
export type PlanOutcome = { file: string; error?: string; names?: { names: string[]; fresh: boolean }[]; report?: Pick<Report, "findings" | "otherChildren"> };

/** A registry that records what it was asked, to replay it on the bundle's registry. */
class RecordingRegistry extends PseudonymRegistry {
  readonly asked: { names: string[]; fresh: boolean }[] = [];
  override labelFor(names: readonly string[]): string {
    this.asked.push({ names: [...names], fresh: false });
    return super.labelFor(names);
  }
  override fresh(names: readonly string[]): string {
    this.asked.push({ names: [...names], fresh: true });
    return super.fresh(names);
  }
}

const slim = (f: Finding): Finding => ({ ruleId: f.ruleId, category: f.category, start: f.start, end: f.end, text: "", message: "", severity: f.severity, confidence: f.confidence, ...(f.suggestions ? { suggestions: f.suggestions } : {}), ...(f.data ? { data: f.data } : {}) });

export async function planOne(file: string, settings: Settings, analyse: AnalyseFn): Promise<PlanOutcome> {
  try {
    const { read } = await readPath(file, { forRedaction: true });
    const r = analyse(read.text, settings.profile, settings.options);
    const policy = policyNamed(settings.policy) as RedactionPolicy;
    const recorder = new RecordingRegistry(new Map(), policy.labelPrefix);
    planRedactions(read.text, r, policy, { labels: recorder });
    return { file, names: recorder.asked, report: { findings: r.findings.map(slim), otherChildren: r.otherChildren } };
  } catch (err) {
    return { file, error: describeReadError(err) };
  }
}

/** Children of the bundle whose given name appears in text (as a capitalised word) but who were not found in it. */
export function childrenNamedButMissed(text: string, bundleChildren: readonly string[], found: Pick<Report, "otherChildren">["otherChildren"]): string[] {
  const foundGiven = new Set(found.flatMap((c) => c.forms.map((f) => f.split(" ")[0])));
  const missed: string[] = [];
  for (const name of bundleChildren) {
    const given = name.split(" ")[0];
    if (!given || foundGiven.has(given)) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${given.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u");
    if (re.test(text)) missed.push(name);
  }
  return missed;
}

/** One line of the bundle's redaction log: never the redacted text. */
export type LogRow = { document: string; location: string; category: Category; reason: string; pseudonym: string };

export type RedactOutcome = {
  file: string;
  out: string;
  error?: string;
  /** Set when the verification found redacted text left in the copy: the parts, never the text. */
  leftovers?: string[];
  log?: LogRow[];
  changes?: number;
  inputHash?: string;
  outputHash?: string;
  notes?: string[];
};

export const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

const POSSESSIVE = /['’]s?$/;

/**
 * Redacts one file into `out`, then verifies the copy. The labels map holds the bundle's pseudonyms
 * (planned beforehand, so every document uses the same ones); the report is the one from planning.
 */
export async function redactOne(
  file: string,
  out: string,
  display: string,
  settings: Settings,
  labels: [string, string][],
  analyse: AnalyseFn,
  planned?: Pick<Report, "findings" | "otherChildren">,
  bundleChildren: readonly string[] = [],
): Promise<RedactOutcome> {
  const policy = policyNamed(settings.policy) as RedactionPolicy;
  let bytes: Uint8Array;
  let read: ReadResult | DocxRead;
  try {
    ({ bytes, read } = await readPath(file, { forRedaction: true }));
  } catch (err) {
    return { file, out, error: describeReadError(err) };
  }
  const text = read.text;
  // A child found in another document of the bundle may be named here with nothing to show they are
  // a child ("what happened with Olamide"): analyse again with them listed, so they are redacted too.
  const missed = childrenNamedButMissed(text, bundleChildren, planned?.otherChildren ?? []);
  const report =
    planned && !missed.length
      ? planned
      : analyse(text, { ...settings.profile, otherChildren: [...(settings.profile.otherChildren ?? []), ...missed] }, settings.options);
  const registry = new PseudonymRegistry(new Map(labels), policy.labelPrefix);
  const result = applyEdits(text, planRedactions(text, report, policy, { labels: registry }));

  // The redacted strings: names and identifiers replaced or removed (a possessive ending left off).
  const redacted = new Map<string, string>();
  // As written, so the sweep and the verification keep a name's capital ("Hope", not "I hope").
  const originals = new Map<string, string>();
  const removable = (c: Category) => c === "other-child" || c === "identifier";
  for (const e of result.applied) {
    if (!removable(e.category)) continue;
    if (e.operator === "remove-sentence") continue;
    const original = text.slice(e.start, e.end).replace(POSSESSIVE, "").trim();
    const replacement = e.replacement.replace(POSSESSIVE, "");
    if (original.length >= 2 && !redacted.has(original.toLowerCase())) {
      redacted.set(original.toLowerCase(), replacement);
      originals.set(original.toLowerCase(), original);
    }
  }
  for (const f of report.findings as Finding[]) {
    if (!removable(f.category)) continue;
    if (!result.applied.some((e) => e.operator === "remove-sentence" && e.start <= f.start && e.end >= f.end)) continue;
    const original = text.slice(f.start, f.end).replace(POSSESSIVE, "").trim();
    if (original.length >= 2 && !redacted.has(original.toLowerCase())) {
      redacted.set(original.toLowerCase(), "[redacted]");
      originals.set(original.toLowerCase(), original);
    }
  }
  // Every other whole-word mention of a redacted string goes too, so nothing is left by a missed repeat.
  const edits: Edit[] = [...result.applied];
  const re = sweepRegex([...originals.values()]);
  if (re) {
    const applied = result.applied;
    let k = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index as number;
      const end = start + m[0].length;
      while (k < applied.length && applied[k].end <= start) k++;
      if (k < applied.length && applied[k].start < end) continue;
      const replacement = redacted.get(m[0].toLowerCase().replace(/\s+/g, " ")) ?? redacted.get(m[0].toLowerCase()) ?? "[redacted]";
      const like = applied.find((e) => text.slice(e.start, e.end).replace(POSSESSIVE, "").trim().toLowerCase() === m[0].toLowerCase());
      edits.push({ start, end, replacement, category: like?.category ?? "other-child", operator: "mask", reason: `another mention of ${like?.reason ?? "a redacted name"}`, ...(like?.label ? { label: like.label } : {}) });
    }
    edits.sort((a, b) => a.start - b.start);
  }
  const strings = [...originals.values()];
  const sweeps: Sweep[] = [...redacted].map(([key, replace]) => ({ find: originals.get(key) ?? key, replace }));

  let output: Uint8Array;
  let redactedText: string;
  if (read.format === "docx") {
    output = writeRedactedDocx(read as DocxRead, edits, sweeps);
    redactedText = "";
  } else if (read.format === "pdf") {
    // PDF: see writers/pdf.ts (true redaction with MuPDF) and writers/pdf-verify.ts.
    output = await redactPdf(bytes, read as PdfRead, edits);
    redactedText = "";
  } else {
    redactedText = applyEdits(text, edits).text;
    output = read.format === "txt" ? Buffer.from((read.bom ? "\ufeff" : "") + redactedText, "utf8") : writeRedactedEml(redactedText);
  }
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, output);
  } catch (err) {
    return { file, out, error: `The redacted copy could not be written (${(err as NodeJS.ErrnoException).code ?? "error"}).` };
  }

  // Verification: the copy is read back from disk, every part of it, and searched for every redacted string.
  const leftovers = await verify(out, strings);
  const at = lineIndex(text);
  const log: LogRow[] = edits.map((e) => ({
      document: display,
      location: locate(read, at, e.start),
      category: e.category,
      reason: e.reason,
      pseudonym: e.label ?? (e.operator === "remove-sentence" ? "(sentence removed)" : e.replacement),
    }));
  return {
    file,
    out,
    log,
    changes: edits.length,
    inputHash: sha256(bytes),
    outputHash: sha256(output),
    notes: read.notes,
    ...(leftovers.length ? { leftovers } : {}),
  };
}

/** Re-reads a written copy and returns the parts where a redacted string remains (empty when clean). */
export async function verify(out: string, strings: readonly string[]): Promise<string[]> {
  if (out.toLowerCase().endsWith(".pdf")) return verifyPdf((await import("node:fs")).readFileSync(out), strings);
  const re = sweepRegex(strings);
  if (!re) return [];
  const { readFileSync } = await import("node:fs");
  const bytes = readFileSync(out);
  const hit = (s: string) => {
    re.lastIndex = 0;
    return re.test(s);
  };
  if (out.toLowerCase().endsWith(".docx")) {
    let text = "";
    try {
      text = ((await readBytes(bytes, out)) as ReadResult).text;
    } catch {
      return ["the whole file (it cannot be read back)"];
    }
    return findLeftovers(bytes, strings, () => text).map((l) => l.part);
  }
  const parts: string[] = [];
  if (hit(Buffer.from(bytes).toString("utf8"))) parts.push("raw file");
  try {
    if (hit(((await readBytes(bytes, out)) as ReadResult).text)) parts.push("text");
  } catch {
    parts.push("the whole file (it cannot be read back)");
  }
  return parts;
}

export type Job =
  | { kind: "check"; file: string }
  | { kind: "plan"; file: string }
  | {
      kind: "redact";
      file: string;
      out: string;
      display: string;
      labels: [string, string][];
      planned?: Pick<Report, "findings" | "otherChildren">;
      /** Every other child found anywhere in the bundle (their fullest names). */
      bundleChildren?: string[];
    };

export type JobResult = CheckOutcome | PlanOutcome | RedactOutcome;

export function runJob(job: Job, settings: Settings, analyse: AnalyseFn): Promise<JobResult> {
  switch (job.kind) {
    case "check":
      return checkOne(job.file, settings, analyse);
    case "plan":
      return planOne(job.file, settings, analyse);
    case "redact":
      return redactOne(job.file, job.out, job.display, settings, job.labels, analyse, job.planned, job.bundleChildren);
  }
}
