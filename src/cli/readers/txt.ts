import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { describeFsError, UsageError } from "../errors";
import { looksLike } from "./types";

export type TextFile = {
  /** The path as the user gave it. */
  path: string;
  /** The text analysed: UTF-8 decoded, a leading byte-order mark removed (offsets refer to this). */
  text: string;
  /** True when the file began with a UTF-8 byte-order mark (written back on redacted copies). */
  bom: boolean;
};

/** Larger files are refused rather than risk running out of memory. */
export const MAX_BYTES = 64 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes a plain-text file's bytes. Throws UsageError for anything that is not UTF-8 text: NUL bytes
 * (a binary file or UTF-16), a UTF-16 byte-order mark, or invalid UTF-8.
 */
export function decodeText(bytes: Uint8Array, name: string): { text: string; bom: boolean } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new UsageError(`${name} is saved as UTF-16; save it as UTF-8 text and try again`);
  }
  if (bytes.indexOf(0) >= 0) throw new UsageError(`${name} is not a plain text file (it holds binary data)${looksLike(bytes)}`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new UsageError(`${name} is not valid UTF-8 text; save it as UTF-8 and try again`);
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

/** Documents that `check` and `redact` read but `analyse` does not, by extension. */
const DOCUMENTS: Record<string, string> = { ".docx": "a Word document", ".eml": "an e-mail", ".msg": "an Outlook message", ".pdf": "a PDF" };

/**
 * Reads a plain UTF-8 text file for `analyse`. A Word document, e-mail or PDF is refused with the
 * command that reads it (an .eml is text, but analysing its raw MIME would check encoded parts and
 * miss its attachments).
 */
export function readTextFile(path: string): TextFile {
  const ext = extname(path).toLowerCase();
  const kind = DOCUMENTS[ext];
  if (kind) throw new UsageError(`${path} is ${kind}; analyse reads plain .txt files: run "clear-record check" (or redact) on it instead`);
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UsageError(`cannot read ${path}: it is a folder, not a file`);
    if (st.size > MAX_BYTES) throw new UsageError(`${path} is too large (over ${MAX_BYTES / 1024 / 1024} MB)`);
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot read ${path}: ${describeFsError(err)}`);
  }
  return { path, ...decodeText(bytes, path) };
}
