import { readdirSync, realpathSync, statSync } from "node:fs";
import { basename, extname, join, relative, resolve } from "node:path";
import { describeFsError, UsageError } from "../errors";
import { EXTENSIONS, isReadable } from "../readers";

export type InputFile = {
  /** The path to read. */
  path: string;
  /** The path relative to the output folder for its redacted copy (and how the reports name it). */
  rel: string;
};

/** A file or folder left out of a bulk run, and why (listed in the report as not checked). */
export type SkippedInput = { path: string; rel: string; reason: string };

/**
 * Expands the arguments: files as given, folders recursively (only the types we read; hidden files and
 * folders skipped), in a stable order. One folder alone maps to the output folder's root; otherwise
 * each folder keeps its own name. A missing argument is a usage error (exit 2). Anything else left out
 * — another file type, a device or named pipe, a symbolic-link loop, a folder that cannot be read — is
 * added to `skipped` with the reason, and never read (so /dev/zero or a pipe cannot hang the run).
 */
export function expandInputs(args: readonly string[], skipped: SkippedInput[] = []): InputFile[] {
  const out: InputFile[] = [];
  const single = args.length === 1;
  for (const arg of args) {
    let st;
    try {
      st = statSync(arg);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ELOOP") {
        skipped.push({ path: arg, rel: basename(arg), reason: "a symbolic link that loops back on itself" });
        continue;
      }
      throw new UsageError(`cannot read ${arg}: ${describeFsError(err)}`);
    }
    if (!st.isDirectory()) {
      if (!st.isFile()) skipped.push({ path: arg, rel: basename(arg), reason: notAFile(st) });
      else out.push({ path: arg, rel: basename(arg) });
      continue;
    }
    const root = resolve(arg);
    const prefix = single ? "" : basename(root);
    const found: string[] = [];
    const left: { path: string; reason: string }[] = [];
    walk(root, found, left, 0, new Set());
    found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const p of found) out.push({ path: p, rel: join(prefix, relative(root, p)) });
    for (const l of left) skipped.push({ path: l.path, rel: join(prefix, relative(root, l.path)), reason: l.reason });
  }
  // Two inputs with the same name (given from two folders) keep apart: the second becomes "n (2).txt".
  const taken = new Set<string>();
  for (const f of out) {
    let rel = f.rel;
    const dot = extname(rel).length;
    for (let n = 2; taken.has(rel.toLowerCase()); n++) rel = `${f.rel.slice(0, f.rel.length - dot)} (${n})${f.rel.slice(f.rel.length - dot)}`;
    taken.add(rel.toLowerCase());
    f.rel = rel;
  }
  return out;
}

function notAFile(st: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (st.isFIFO()) return "a named pipe, not a file";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device, not a file";
  if (st.isSocket()) return "a socket, not a file";
  return "not a regular file";
}

function walk(dir: string, found: string[], left: { path: string; reason: string }[], depth: number, visited: Set<string>): void {
  if (depth > 32) {
    left.push({ path: dir, reason: "folders nested too deeply" });
    return;
  }
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    real = dir;
  }
  if (visited.has(real)) {
    left.push({ path: dir, reason: "a symbolic link that loops back to a folder already read" });
    return;
  }
  visited.add(real);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    left.push({ path: dir, reason: `a folder that cannot be read (${describeFsError(err)})` });
    return;
  }
  for (const name of names) {
    if (name.startsWith(".") || name.startsWith("~$")) continue;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      left.push({
        path: p,
        reason:
          code === "ELOOP"
            ? "a symbolic link that loops back on itself"
            : code === "ENOENT"
              ? "a link to something that does not exist"
              : `cannot be read (${describeFsError(err)})`,
      });
      continue;
    }
    if (st.isDirectory()) walk(p, found, left, depth + 1, visited);
    else if (!st.isFile()) left.push({ path: p, reason: notAFile(st) });
    else if (isReadable(p)) found.push(p);
    else
      left.push({
        path: p,
        reason: `${extname(p) ? `a ${extname(p).toLowerCase()} file` : "a file without an extension"}, a type that is not read (only ${[...EXTENSIONS].join(", ")})`,
      });
  }
}

/** The redacted copy's name: e-mails become .eml, others keep their extension. */
export function outputName(rel: string): string {
  const ext = extname(rel).toLowerCase();
  return ext === ".msg" ? rel.slice(0, -ext.length) + ".eml" : rel;
}

/** A progress bar on stderr when it is a terminal (and not CI); silent otherwise. */
export function progressBar(write: (s: string) => void, enabled: boolean, label: string): { tick: (done: number, total: number) => void; end: () => void } {
  let last = -1;
  let shown = false;
  return {
    tick(done, total) {
      if (!enabled || total < 2) return;
      const pct = Math.floor((done / total) * 100);
      if (pct === last && done !== total) return;
      last = pct;
      shown = true;
      const width = 30;
      const fill = Math.round((done / total) * width);
      write(`\r${label} [${"#".repeat(fill)}${" ".repeat(width - fill)}] ${done}/${total} files`);
    },
    end() {
      if (shown) write("\r\x1b[K");
    },
  };
}
