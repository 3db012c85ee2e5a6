/**
 * A problem with what the user gave us (a missing file, a bad profile, an unknown option). main()
 * prints its one-line message on stderr and exits with code 2, never with a stack trace.
 */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** A Node file-system error code in words a worker understands. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder, not a file";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "EMFILE":
    case "ENFILE":
      return "too many files open";
    default:
      return code ? `the system said ${code}` : "it could not be read";
  }
}
