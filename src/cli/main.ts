import { parseArgs, USAGE } from "./args";
import { UsageError } from "./errors";
import { runAnalyse } from "./commands/analyse";
import { runRedact } from "./commands/redact";
import { runCheck } from "./commands/check";
import { runBundleRedact } from "./commands/bundle";
import { statSync } from "node:fs";
import { DEFAULT_DEPS, type Deps, type Io } from "./commands/context";

export type { Io, Deps } from "./commands/context";

/**
 * Runs the checker and returns the exit code: 0 nothing found, 1 findings, 2 bad input. Problems are
 * one line on stderr, never a stack trace, and never quote the records (another child's name must not
 * end up in a log).
 */
export function main(argv: readonly string[], io: Io, deps: Deps = DEFAULT_DEPS): number | Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (args.command === "check") return runCheck(args, io, deps).catch((err: unknown) => failed(err, io));
    if (args.command === "redact" && isBundle(args.files, !!args.report)) return runBundleRedact(args, io, deps).catch((err: unknown) => failed(err, io));
    return args.command === "redact" ? runRedact(args, io, deps) : runAnalyse(args, io, deps);
  } catch (err) {
    return failed(err, io);
  }
}

/**
 * Plain-text files given by name are redacted as before (one pass over each, printed log); folders,
 * Word documents and e-mails (or --report) make a bundle run with copies, log, verification and resume.
 */
function isBundle(files: readonly string[], report: boolean): boolean {
  if (report) return true;
  return files.some((f) => {
    if (!/\.txt$/i.test(f)) return true;
    try {
      return statSync(f).isDirectory();
    } catch {
      return false;
    }
  });
}

function failed(err: unknown, io: Io): number {
  {
    if (err instanceof UsageError) {
      io.stderr(`clear-record: ${err.message}\n`);
      return err.exitCode;
    }
    // An unexpected failure: say which kind, not its message (it could quote the text being checked).
    const name = err instanceof Error ? err.name : typeof err;
    io.stderr(`clear-record: internal error (${name}); please report it${process.env.CLEAR_RECORD_DEBUG ? `: ${String((err as Error)?.stack ?? err)}` : ""}\n`);
    return 2;
  }
}

/** The process entry point used by bin/clear-record.js. */
export function run(argv: readonly string[] = process.argv.slice(2)): void {
  // A closed pipe (`clear-record … | head`) is not an error worth a stack trace.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
  const code = main(argv, {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    isTTY: !!process.stderr.isTTY && !process.env.CI,
  });
  if (typeof code === "number") process.exitCode = code;
  else void code.then((c) => (process.exitCode = c));
}

if (require.main === module) run();
