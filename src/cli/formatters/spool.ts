import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, join } from "node:path";

/**
 * A file written in sections that arrive interleaved (a report's summary rows, its log rows, its
 * per-document sections): each section is spooled to its own temporary file beside the target as it
 * comes, and the target is assembled in order at the end. Memory stays flat however many documents.
 */
export class Spool {
  private readonly tmp: string[];
  private readonly fds: number[];

  /** `tmpDir`: where the sections wait (default: beside the target). */
  constructor(
    private readonly path: string,
    sections: number,
    tmpDir?: string,
  ) {
    const tag = randomBytes(6).toString("hex");
    const base = tmpDir ? join(tmpDir, basename(path)) : path;
    this.tmp = Array.from({ length: sections }, (_, k) => `${base}.partial-${tag}-${k}`);
    this.fds = this.tmp.map((p) => openSync(p, "w", 0o600));
  }

  write(section: number, text: string | Uint8Array): void {
    if (typeof text === "string") {
      if (text) writeSync(this.fds[section], text);
    } else if (text.length) writeSync(this.fds[section], text);
  }

  /** Writes the target: strings as they are, numbers as the sections spooled under them (text is written verbatim: add line ends). */
  finish(layout: readonly (string | number)[]): void {
    for (const fd of this.fds.splice(0)) closeSync(fd);
    const out = `${this.path}.partial-${randomBytes(6).toString("hex")}`;
    const fd = openSync(out, "w", 0o666);
    try {
      const buf = Buffer.alloc(1 << 16);
      for (const piece of layout) {
        if (typeof piece === "string") {
          if (piece) writeSync(fd, piece);
          continue;
        }
        const src = openSync(this.tmp[piece], "r");
        try {
          for (let n = readSync(src, buf); n > 0; n = readSync(src, buf)) writeSync(fd, buf, 0, n);
        } finally {
          closeSync(src);
        }
      }
    } finally {
      closeSync(fd);
    }
    renameSync(out, this.path);
    this.abort();
  }

  /** Removes the temporary files (also after finish). */
  abort(): void {
    for (const fd of this.fds.splice(0)) closeSync(fd);
    for (const p of this.tmp) rmSync(p, { force: true });
  }
}
