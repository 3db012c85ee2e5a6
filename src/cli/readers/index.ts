import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { UsageError, describeFsError } from "../errors";
import { MAX_UNZIPPED, readDocx, type Budget, type DocxRead } from "./docx";
import { readEml } from "./eml";
import { readMsg } from "./msg";
import { readPdf } from "./pdf";
import { decodeText, MAX_BYTES } from "./txt";
import { ReaderError, type ReadResult } from "./types";
import { readDocxForRedaction } from "../writers/docx";

export { ReaderError, type ReadResult, type Segment, segmentAt } from "./types";

/** The file types the bulk commands read, by extension. */
export const EXTENSIONS = new Set([".txt", ".docx", ".eml", ".msg", ".pdf"]);

export const isReadable = (path: string) => EXTENSIONS.has(extname(path).toLowerCase());

export type ReadOptions = {
  /** Read a .docx as its redacted copy will be (tracked changes accepted, comments removed…). */
  forRedaction?: boolean;
  /** One memory budget for a file and everything nested in it (made by the first call). */
  budget?: Budget;
};

const MAX_DEPTH = 3;

/** Reads a file's bytes by its extension. Throws ReaderError (one plain sentence) when it cannot. */
export async function readBytes(bytes: Uint8Array, name: string, options: ReadOptions = {}, depth = 0): Promise<ReadResult | DocxRead> {
  const what = depth ? `The attachment ${name}` : "This file";
  const ext = extname(name).toLowerCase();
  const budget = options.budget ?? { left: MAX_UNZIPPED };
  const attachment = (b: Uint8Array, n: string, d: number) => {
    if (d > MAX_DEPTH) return Promise.reject(new ReaderError("unsupported", "it is nested too deeply"));
    if (!EXTENSIONS.has(extname(n).toLowerCase())) return Promise.reject(new ReaderError("unsupported", "not a document type we read"));
    // Attachments are read as they are: a redacted e-mail carries their redacted text, not the files.
    budget.left -= b.length;
    if (budget.left < 0) return Promise.reject(new ReaderError("too-large", "the message and its attachments are too large to check safely"));
    return readBytes(b, n, { budget }, d);
  };
  switch (ext) {
    case ".docx":
      return options.forRedaction ? readDocxForRedaction(bytes, what, budget) : readDocx(bytes, what, undefined, budget);
    case ".eml":
      return readEml(bytes, what, attachment, depth);
    case ".msg":
      return readMsg(bytes, what, attachment, depth);
    case ".pdf":
      return readPdf(bytes, what, attachment, depth);
    case ".txt": {
      if (bytes.length === 0) return { format: "txt", text: "", segments: [], notes: [] };
      try {
        const { text, bom } = decodeText(bytes, what);
        return { format: "txt", text, bom, segments: [{ start: 0, end: text.length, location: "text", part: "text" }], notes: [] };
      } catch (err) {
        throw new ReaderError("unsupported", err instanceof Error ? `${err.message.replace(/^This file/, "This file")}.`.replace(/\.\.$/, ".") : `${what} cannot be read.`);
      }
    }
    default:
      throw new ReaderError("unsupported", `${what} is not a type we check (only .docx, .eml, .msg, .pdf and .txt).`);
  }
}

/** Reads a file from disk. A missing or unreadable file is a ReaderError too (bulk runs go on). */
export async function readPath(path: string, options: ReadOptions = {}): Promise<{ bytes: Uint8Array; read: ReadResult | DocxRead }> {
  let bytes: Uint8Array;
  try {
    const st = statSync(path);
    // A device, pipe or folder is never read (/dev/zero would never end).
    if (!st.isFile()) throw new ReaderError("unsupported", "This is not a regular file (a device, pipe or folder); it was not read.");
    if (st.size > MAX_BYTES) throw new ReaderError("too-large", `This file is too large (over ${MAX_BYTES / 1024 / 1024} MB).`);
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof ReaderError) throw err;
    throw new ReaderError("unreadable", `This file cannot be opened: ${describeFsError(err)}.`);
  }
  const read = await readBytes(bytes, path, options);
  // The text is built by concatenation: flattened once here (a regular expression does it), so every
  // later pass that reads it a character at a time (engine, planner, sweep) reads a flat string.
  FLATTEN.test(read.text);
  return { bytes, read };
}

const FLATTEN = /^/;

/** A reader error or usage error as one sentence, anything else as its kind only (never its message). */
export function describeReadError(err: unknown): string {
  if (err instanceof ReaderError || err instanceof UsageError) return err.message;
  return `This file could not be read (${err instanceof Error ? err.name : "unknown error"}).`;
}
