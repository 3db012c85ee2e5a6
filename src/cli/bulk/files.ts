import { readdirSync, statSync } from "node:fs";
import { basename, extname, join, relative, resolve } from "node:path";
import { describeFsError, UsageError } from "../errors";
import { isReadable } from "../readers";

export type InputFile = {
  /** The path to read. */
  path: string;
  /** The path relative to the output folder for its redacted copy (and how the reports name it). */
  rel: string;
};

/**
 * Expands the arguments: files as given, folders recursively (only .docx, .eml, .msg and .txt; hidden
 * files and folders skipped), in a stable order. One folder alone maps to the output folder's root;
 * otherwise each folder keeps its own name. A missing argument is a usage error (exit 2).
 */
export function expandInputs(args: readonly string[]): InputFile[] {
  const out: InputFile[] = [];
  const single = args.length === 1;
  for (const arg of args) {
    let st;
    try {
      st = statSync(arg);
    } catch (err) {
      throw new UsageError(`cannot read ${arg}: ${describeFsError(err)}`);
    }
    if (!st.isDirectory()) {
      out.push({ path: arg, rel: basename(arg) });
      continue;
    }
    const root = resolve(arg);
    const prefix = single ? "" : basename(root);
    const found: string[] = [];
    walk(root, found, 0);
    found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const p of found) out.push({ path: p, rel: join(prefix, relative(root, p)) });
  }
  return out;
}

function walk(dir: string, found: string[], depth: number): void {
  if (depth > 32) return;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(".") || name.startsWith("~$")) continue;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p, found, depth + 1);
    else if (st.isFile() && isReadable(p)) found.push(p);
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
