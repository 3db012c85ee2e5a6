import { parseArgs, USAGE } from "./args";
import { UsageError } from "./errors";
import { runAnalyse } from "./commands/analyse";
import { runCheck } from "./commands/check";
import { runBundleRedact } from "./commands/bundle";
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
    // Every redaction, a single .txt as much as a folder of Word files, takes the one pipeline: sweep of
    // every spelling, independent verification, redacted file names, verified writes, resumable state.
    if (args.command === "redact") return runBundleRedact(args, io, deps).catch((err: unknown) => failed(err, io));
    return runAnalyse(args, io, deps);
  } catch (err) {
    return failed(err, io);
  }
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
