import { unzipSync } from "fflate";
import { spellings, type Secret, type Spellings } from "../../redact/spellings";

/**
 * The independent verification of a redacted copy. It shares nothing with the redactor but the list
 * of what to look for (the secrets, spelled every way by src/redact/spellings): it decodes every part
 * itself — zips inside zips, UTF-8 and UTF-16, XML and HTML character references, markup stripped so a
 * name split across runs is joined, percent-encoding, quoted-printable, base64 (MIME parts, MHT, VML
 * shape data, data: URIs), RFC 2047 encoded words and RFC 2231 parameters — and searches each decoded
 * view, and every file name inside the package. A part it cannot decode, or a package bigger than the
 * budget, fails the verification: only what was searched is ever called clean.
 */

export type Verification = {
  /** True only when every part was decoded and nothing was found. */
  clean: boolean;
  /** Where a secret was found (part paths, never the text). */
  leftovers: string[];
  /** Parts that could not be decoded or searched, with the reason. */
  undecodable: string[];
};

export type VerifyOptions = {
  /** Bytes to decode in all, the package and everything nested in it. */
  budget?: number;
  maxDepth?: number;
};

const DEFAULT_BUDGET = 768 * 1024 * 1024;

class Search {
  leftovers = new Set<string>();
  undecodable: string[] = [];
  left: number;
  constructor(
    private readonly needles: Spellings,
    budget: number,
    readonly maxDepth: number,
  ) {
    this.left = budget;
  }

  take(n: number, where: string): boolean {
    this.left -= n;
    if (this.left >= 0) return true;
    this.undecodable.push(`${where}: the copy unpacks to more than the memory budget`);
    return false;
  }

  hit(text: string, where: string): void {
    if (!text || this.leftovers.has(where)) return;
    if (this.needles.test(text)) {
      this.leftovers.add(where);
      return;
    }
    // Compatibility forms (full-width letters, ligatures) fold to plain ones.
    if (!NON_ASCII.test(text)) return;
    const folded = text.normalize("NFKC");
    if (folded !== text && this.needles.test(folded)) this.leftovers.add(where);
  }
}

const NON_ASCII = /[^\t\n\r -~]/;
const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);
const isCompound = (b: Uint8Array) => b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
const isPng = (b: Uint8Array) => b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
const isJpeg = (b: Uint8Array) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1");
const utf8 = (b: Uint8Array) => new TextDecoder("utf-8").decode(b);
const utf16 = (b: Uint8Array, be: boolean) => new TextDecoder(be ? "utf-16be" : "utf-16le").decode(b);

/** Searches a whole file (its bytes as written). */
export function verifyCopy(bytes: Uint8Array, fileName: string, secrets: readonly Secret[], options: VerifyOptions = {}): Verification {
  const needles = spellings(secrets);
  if (!needles) return { clean: true, leftovers: [], undecodable: [] };
  const s = new Search(needles, options.budget ?? DEFAULT_BUDGET, options.maxDepth ?? 12);
  s.hit(decodePercent(fileName), "the file name");
  explore(s, bytes, "", 0);
  const leftovers = [...s.leftovers];
  return { clean: !leftovers.length && !s.undecodable.length, leftovers, undecodable: s.undecodable };
}

function explore(s: Search, b: Uint8Array, where: string, depth: number): void {
  const here = where || "the file";
  if (depth > s.maxDepth) {
    s.undecodable.push(`${here}: nested too deeply to search`);
    return;
  }
  if (isZip(b)) {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(b, {
        filter: (f) => s.take(f.originalSize, here),
      });
    } catch {
      s.undecodable.push(`${here}: a package that cannot be unpacked`);
      return;
    }
    for (const [name, data] of Object.entries(entries)) {
      const path = where ? `${where} → ${name}` : name;
      s.hit(decodePercent(name), `${path} (its name)`);
      explore(s, data, path, depth + 1);
    }
    return;
  }
  if (isPng(b)) return pngText(s, b, here);
  if (isJpeg(b)) return jpegText(s, b, here);
  if (isCompound(b)) {
    // An OLE file (old .doc, .msg, an embedded object): its strings, UTF-16 and 8-bit alike.
    binaryStrings(s, b, here);
    return;
  }
  exploreText(s, decodeBytes(b), here, depth);
}

/** Bytes as text: UTF-16 when marked or when every other byte is zero, else UTF-8 (and Latin-1 when not valid UTF-8). */
function decodeBytes(b: Uint8Array): string[] {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return [utf16(b.subarray(2), false)];
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return [utf16(b.subarray(2), true)];
  const sample = Math.min(b.length, 4096);
  let zeros = 0;
  for (let i = 0; i < sample; i++) if (b[i] === 0) zeros++;
  if (sample && zeros / sample > 0.2) {
    let evenZeros = 0;
    for (let i = 0; i < sample; i += 2) if (b[i] === 0) evenZeros++;
    return [utf16(b, evenZeros > zeros / 2), printableRuns(latin1(b))];
  }
  const text = utf8(b);
  return text.includes("\ufffd") ? [text, latin1(b)] : [text];
}

/** Runs of 3+ printable characters (the strings of a binary part). */
function printableRuns(s: string): string {
  return (s.match(/[\x20-\x7e\u00a0-\u00ff]{3,}/g) ?? []).join("\n");
}

function binaryStrings(s: Search, b: Uint8Array, where: string): void {
  s.hit(printableRuns(latin1(b)), where);
  s.hit(printableRuns(utf16(b.length % 2 ? b.subarray(0, b.length - 1) : b, false)), where);
  s.hit(printableRuns(utf16(b.length % 2 ? b.subarray(1) : b.subarray(1, b.length - 1), false)), where);
}

function exploreText(s: Search, texts: string[], where: string, depth: number): void {
  for (const raw of texts) {
    if (!raw) continue;
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    s.hit(text, where);
    const refs = decodeRefs(text);
    if (refs !== text) s.hit(refs, where);
    if (text.includes("<")) {
      // Markup stripped, each tag left as a zero-width space: a name split across runs
      // ("Kay</w:t>…<w:t>den") reads joined, and text that only touches a name across a tag
      // ("x</w:t><w:t>Kayden") still leaves a boundary (the spellings see through invisible characters).
      s.hit(decodeRefs(text.replace(/<[^>]*>/g, "\u200b")), where);
    }
    if (/%[0-9a-fA-F]{2}/.test(refs)) s.hit(decodePercent(refs), where);
    if (/=\?[^?\s]+\?[bBqQ]\?/.test(text) || /\*\d*\*?=/.test(text)) s.hit(decodeMimeWords(text), where);
    if (/=(\r?\n|[0-9A-F]{2})/.test(text)) {
      const qp = decodeQuotedPrintable(text);
      if (qp !== text) {
        s.hit(qp, where);
        s.hit(decodeRefs(qp.replace(/<[^>]*>/g, "")), where);
      }
    }
    // Base64 anywhere (MIME parts, MHT, VML shape data, data: URIs): decoded and searched as bytes.
    for (const found of base64Runs(refs)) {
      const blob = found.replace(/\s+/g, "");
      if (blob.length < 24) continue;
      const bytes = Buffer.from(blob, "base64");
      if (!bytes.length || !s.take(bytes.length, where)) continue;
      explore(s, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), `${where} (base64 data)`, depth + 1);
    }
  }
}

const BASE64 = /[A-Za-z0-9+/]{24,}(?:[ \t]*\r?\n[ \t]*[A-Za-z0-9+/]{4,})*={0,2}/y;

/**
 * Every match of BASE64 in the text, as matchAll with the expression unanchored would give them, but
 * tried only where 24 base64 characters have run together (a match can start nowhere else): one pass
 * over the text instead of an attempt at every letter.
 */
export function base64Runs(text: string): string[] {
  const out: string[] = [];
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 47 && c <= 57) || c === 43)) {
      run = 0;
      continue;
    }
    if (++run < 24) continue;
    BASE64.lastIndex = i - 23;
    const m = BASE64.exec(text);
    run = 0;
    if (!m) continue;
    out.push(m[0]);
    i = m.index + m[0].length - 1;
  }
  return out;
}

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  shy: "\u00ad",
  zwj: "\u200d",
  zwnj: "\u200c",
  ndash: "\u2013",
  mdash: "\u2014",
  rsquo: "\u2019",
  lsquo: "\u2018",
};

/** XML and HTML character references (numeric, and the named ones that matter), applied until stable (double-escaped text too). */
export function decodeRefs(s: string): string {
  let out = s;
  for (let i = 0; i < 3 && out.includes("&"); i++) {
    const next = out.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z]+));?/g, (all, dec?: string, hex?: string, name?: string) => {
      if (name) return NAMED[name] ?? NAMED[name.toLowerCase()] ?? all;
      const code = dec ? parseInt(dec, 10) : parseInt(hex as string, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    });
    if (next === out) break;
    out = next;
  }
  return out;
}

/** %XX sequences as UTF-8 (or Latin-1 where they are not UTF-8); "+" stays. */
export function decodePercent(s: string): string {
  return s.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    }
  });
}

/** Quoted-printable: soft line breaks removed, =XX bytes decoded as UTF-8. */
export function decodeQuotedPrintable(s: string): string {
  const joined = s.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) bytes.push(c);
    else for (const x of Buffer.from(joined[i], "utf8")) bytes.push(x);
  }
  return utf8(Uint8Array.from(bytes));
}

/** RFC 2047 encoded words (adjacent ones joined) and RFC 2231 parameter continuations and encodings. */
export function decodeMimeWords(s: string): string {
  const words = s.replace(/(\?=)\s+(=\?)/g, "$1$2").replace(/=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=/g, (_all, charset: string, enc: string, data: string) => {
    try {
      const bytes = enc.toUpperCase() === "B" ? Buffer.from(data, "base64") : Buffer.from(decodeQuotedPrintable(data.replace(/_/g, " ")), "utf8");
      return /^(utf-?8|us-ascii)$/i.test(charset) ? bytes.toString("utf8") : bytes.toString("latin1");
    } catch {
      return data;
    }
  });
  // name*0*=utf-8''Kay; name*1*=den%20Marsh → one value.
  const params = words.replace(/"?\s*;\s*[\w-]+\*\d+\*?=\s*"?/g, "").replace(/[\w-]+\*(?:\d+\*?)?=\s*"?[\w-]*'[\w-]*'/g, "");
  return decodePercent(params);
}

/** PNG: only text chunks can hold words (tEXt, iTXt, zTXt keywords and values; zTXt/iTXt compressed text inflated). */
function pngText(s: Search, b: Uint8Array, where: string): void {
  let at = 8;
  const texts: string[] = [];
  while (at + 12 <= b.length) {
    const len = (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
    const type = String.fromCharCode(b[at + 4], b[at + 5], b[at + 6], b[at + 7]);
    if (len < 0 || at + 12 + len > b.length) {
      s.undecodable.push(`${where}: a damaged image`);
      return;
    }
    const data = b.subarray(at + 8, at + 8 + len);
    if (type === "tEXt" || type === "iTXt" || type === "zTXt" || type === "eXIf") {
      texts.push(printableRuns(latin1(data)), utf8(data));
      if (type !== "tEXt" && type !== "eXIf") {
        try {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          const { inflateSync } = require("node:zlib") as typeof import("node:zlib");
          const start = data.indexOf(0) + (type === "zTXt" ? 2 : 0);
          for (let i = start; i < Math.min(data.length, start + 200); i++) {
            if (data[i] === 0x78) {
              texts.push(utf8(inflateSync(data.subarray(i))));
              break;
            }
          }
        } catch {
          /* searched as bytes above */
        }
      }
    }
    if (type === "IEND") break;
    at += 12 + len;
  }
  for (const t of texts) s.hit(t, where);
}

/** JPEG: the metadata segments (APP1–APP15: Exif, XMP, IPTC; COM) before the image data. */
function jpegText(s: Search, b: Uint8Array, where: string): void {
  let at = 2;
  while (at + 4 <= b.length && b[at] === 0xff) {
    const marker = b[at + 1];
    if (marker === 0xda || marker === 0xd9) break; // start of scan: pixels from here
    const len = (b[at + 2] << 8) | b[at + 3];
    const data = b.subarray(at + 4, at + 2 + len);
    if ((marker >= 0xe1 && marker <= 0xef) || marker === 0xfe) {
      s.hit(printableRuns(latin1(data)), where);
      s.hit(utf8(data), where);
      s.hit(printableRuns(utf16(data.length % 2 ? data.subarray(1) : data, false)), where);
    }
    at += 2 + len;
  }
}
