// The leak suite's own search: written here, independent of the product's verifier and readers.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { unzipSync } from "fflate";

/** ../shared beside the repository, or CLEAR_RECORD_SHARED; undefined when neither exists. */
export function sharedDir(): string | undefined {
  const root = resolve(__dirname, "../../..");
  for (const d of [join(root, "..", "shared"), process.env.CLEAR_RECORD_SHARED ?? ""]) if (d && existsSync(join(d, "fixtures"))) return d;
  return undefined;
}

const entity = (s: string) =>
  s.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(amp|lt|gt|quot|apos|nbsp|shy));?/g, (_a, d?: string, h?: string, n?: string) =>
    n ? ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", shy: "" } as Record<string, string>)[n] : String.fromCodePoint(d ? +d : parseInt(h as string, 16)),
  );

/** Every text we can get out of the bytes: nested zips, UTF-16, entities, base64 blobs, quoted-printable, percent-encoding. */
export function allTexts(bytes: Uint8Array, depth = 0, names: string[] = []): string[] {
  const out: string[] = [];
  if (depth > 8) return out;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    let files: Record<string, Uint8Array> = {};
    try {
      files = unzipSync(bytes);
    } catch {
      return [Buffer.from(bytes).toString("latin1")];
    }
    for (const [n, b] of Object.entries(files)) {
      names.push(n);
      out.push(n, ...allTexts(b, depth + 1, names));
    }
    return out;
  }
  const buf = Buffer.from(bytes);
  const raw = [buf.toString("utf8"), buf.toString("latin1")];
  if (buf.includes(0)) raw.push(buf.toString("utf16le"), buf.subarray(1).toString("utf16le"));
  for (const r of raw) {
    for (const t of [
      r,
      entity(r),
      entity(entity(r)),
      entity(r.replace(/<[^>]*>/g, "")),
      r.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
    ]) {
      out.push(t);
      try {
        out.push(decodeURIComponent(t.replace(/%(?![0-9a-fA-F]{2})/g, "%25")));
      } catch {
        /* not percent-encoded */
      }
    }
    for (const m of r.matchAll(/[A-Za-z0-9+/]{20,}(?:\r?\n[A-Za-z0-9+/]{4,})*={0,2}/g)) out.push(...allTexts(Buffer.from(m[0].replace(/\s+/g, ""), "base64"), depth + 1, names));
    for (const m of r.matchAll(/=\?[^?]+\?([bBqQ])\?([^?]*)\?=/g)) out.push(m[1].toUpperCase() === "B" ? Buffer.from(m[2], "base64").toString("utf8") : m[2]);
  }
  return out;
}

/** Letters only, lower case, invisible characters gone: "Tav\u00adish_Quorley" → "tavishquorley". */
export const squash = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}]+/gu, "")
    .toLowerCase();
export const digitsOnly = (s: string) => s.replace(/\D+/g, "");

/** What the test looks for, found anywhere in any decoded view (letters squashed, digits joined). */
export function leaks(bytes: Uint8Array, fileName: string, needles: { letters: string[]; digits: string[] }): string[] {
  const texts = [fileName, ...allTexts(bytes)];
  const found = new Set<string>();
  for (const t of texts) {
    const sq = squash(t);
    for (const n of needles.letters) if (sq.includes(n)) found.add(n);
    const dg = digitsOnly(t);
    for (const n of needles.digits) if (dg.includes(n)) found.add(n);
  }
  return [...found];
}
