import { existsSync, mkdirSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CATEGORIES } from "../../engine/types";
import type { Report } from "../../engine/types";
import { countByCategory, lineIndex, policyNamed, POLICY_NAMES, PseudonymRegistry, redactStable, type RedactionLogEntry } from "../../redact";
import type { Args } from "../args";
import { describeFsError, UsageError } from "../errors";
import { loadProfile } from "../profile";
import { readTextFile } from "../readers/txt";
import { plural } from "../formatters/stylish";
import type { Deps, Io } from "./context";

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};

/**
 * Writes a redacted copy of each file into --out and prints what changed (counts, and a log of
 * location, category, kind and reason: never the redacted text). One pseudonym registry is shared by
 * all the files, so a child keeps the same label across the bundle. Exit code 1 when anything was
 * redacted, 0 when there was nothing to redact.
 */
export function runRedact(args: Args, io: Io, deps: Deps): number {
  const policy = policyNamed(args.policy ?? "pseudonym");
  if (!policy) throw new UsageError(`--policy must be one of ${POLICY_NAMES.join(", ")}`);
  const profile = loadProfile(args);
  const outDir = resolve(args.out as string);
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new UsageError(`--out ${args.out} is a file, not a folder`);
  const outReal = real(outDir);
  const files = args.files.map(readTextFile);
  const inputs = new Set(files.map((f) => real(f.path)));
  const names = new Set<string>();
  for (const f of files) {
    if (real(dirname(resolve(f.path))) === outReal) {
      throw new UsageError(`refusing to write into the folder that holds ${f.path}; choose another --out folder`);
    }
    const name = basename(f.path);
    if (names.has(name)) throw new UsageError(`two inputs are called ${name}; redact them into different folders`);
    names.add(name);
    if (inputs.has(real(join(outDir, name)))) throw new UsageError(`refusing to overwrite the input ${f.path}`);
  }
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (err) {
    throw new UsageError(`cannot create the folder ${args.out}: ${describeFsError(err)}`);
  }

  const registry = new PseudonymRegistry();
  const persons = new PseudonymRegistry(new Map(), "Person");
  const undecided = args.undecided ?? "redact";
  let changed = 0;
  const lines: string[] = [];
  for (const f of files) {
    // People the checker could not place: redacted by label first (the default), or kept.
    let undecidedLog: string[] = [];
    if (undecided === "redact") {
      const first = deps.analyse(f.text, profile);
      const label = new Map<string, string>();
      for (const p of first.people ?? []) if (p.role === "undecided") label.set(p.id, policy.name === "pseudonym" ? persons.labelFor([p.displayName, ...p.forms]) : (policy.maskText ?? "[redacted]"));
      const spans = (first.review ?? []).filter((r) => label.has(r.personId)).sort((a, b) => a.start - b.start);
      if (spans.length) {
        const at = lineIndex(f.text);
        let out = "";
        let pos = 0;
        for (const r of spans) {
          if (r.start < pos) continue;
          out += f.text.slice(pos, r.start) + label.get(r.personId);
          pos = r.end;
          const { line, column } = at(r.start);
          undecidedLog.push(`${line}:${column}  other-child (undecided)  a person the checker could not place (redacted with --undecided redact) → ${label.get(r.personId)}`);
        }
        f.text = out + f.text.slice(pos);
        changed += undecidedLog.length;
      }
    } else undecidedLog = [];
    let report: Report | undefined;
    const analyser = (t: string) => {
      const r = deps.analyse(t, profile);
      report ??= r;
      return r;
    };
    // Redacts, then looks again at the output until nothing more changes, so the copy is stable.
    const result = redactStable(f.text, analyser, policy, { labels: registry });
    const log = result.log;
    const outPath = join(outDir, basename(f.path));
    try {
      writeFileSync(outPath, (f.bom ? "\ufeff" : "") + result.text, "utf8");
    } catch (err) {
      throw new UsageError(`cannot write ${outPath}: ${describeFsError(err)}`);
    }
    changed += result.applied.length;
    const left = (report?.findings ?? []).filter((x) => !covered(result.applied, x.start, x.end)).length;
    const counts = countByCategory(result.applied);
    if (args.format === "json") {
      lines.push(JSON.stringify({ file: f.path, out: outPath, policy: policy.name, changes: result.applied.length, counts, skipped: result.skipped.length, leftForReview: left, log }));
      continue;
    }
    const byCategory = CATEGORIES.filter((c) => counts[c]).map((c) => `${counts[c]} ${c}`);
    lines.push(`${f.path} → ${outPath}: ${plural(result.applied.length, "change")}${byCategory.length ? ` (${byCategory.join(", ")})` : ""}` +
      `${result.skipped.length ? `, ${result.skipped.length} skipped` : ""}${left ? `, ${plural(left, "other finding")} to review (run analyse)` : ""}`);
    for (const l of undecidedLog) lines.push(`  ${l}`);
    for (const entry of log) lines.push(`  ${describeEntry(entry)}`);
    if (log.length) lines.push("");
  }
  if (args.format !== "json") lines.push(`${plural(changed, "change")} in ${plural(files.length, "file")}, policy ${policy.name}.`);
  io.stdout(lines.join("\n") + "\n");
  return changed > 0 ? 1 : 0;
}

/** True when [start, end) overlaps an applied edit (sorted, non-overlapping): a binary search. */
function covered(applied: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = applied.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (applied[mid].end <= start) lo = mid + 1;
    else if (applied[mid].start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

function describeEntry(e: RedactionLogEntry): string {
  const what = e.kind && e.kind !== e.category ? `${e.category} (${e.kind})` : e.category;
  const result = e.pseudonym ? ` → ${e.pseudonym}` : e.operator === "remove-sentence" ? " → sentence removed" : "";
  const skipped = (e.skipped ? `skipped: ${e.skipped}; ` : "") + (e.round ? `found on look ${e.round}: ` : "");
  return `${e.line}:${e.column}  ${what}  ${skipped}${e.reason}${e.skipped ? "" : result}`;
}
