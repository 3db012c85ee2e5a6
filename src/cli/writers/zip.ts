import * as zlib from "node:zlib";

/**
 * Writes a ZIP package, compressing with Node's zlib (native code, several times faster than a
 * JavaScript deflate on a redacted document's parts). The layout is the plain one every Office reader
 * takes: for each entry a local header and its data, then the central directory and its end record; no
 * data descriptors, no ZIP64 (a part or package over 4 GB is refused), file names in UTF-8 (flagged when
 * not ASCII).
 */
export type ZipEntry = { name: string; data: Uint8Array; compress: boolean };

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const LEVEL = 6;

export function zipPackage(entries: readonly ZipEntry[], now = new Date()): Uint8Array {
  const year = now.getFullYear() - 1980;
  const dosTime =
    (Math.min(119, Math.max(0, year)) << 25) | ((now.getMonth() + 1) << 21) | (now.getDate() << 16) | (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
  const enc = new TextEncoder();
  const parts = entries.map((e) => {
    const name = enc.encode(e.name);
    const body = e.compress ? zlib.deflateRawSync(e.data, { level: LEVEL }) : e.data;
    if (e.data.length > 0xfffffffe || body.length > 0xfffffffe || name.length > 0xffff) throw new RangeError("a part too large for a ZIP package");
    return { name, utf8: name.length !== e.name.length, body, crc: crc32(e.data), size: e.data.length, method: e.compress ? 8 : 0, offset: 0 };
  });
  let length = 22;
  for (const p of parts) length += 30 + 46 + 2 * p.name.length + p.body.length;
  if (length > 0xfffffffe || parts.length > 0xffff) throw new RangeError("a package too large for a ZIP file");
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  let at = 0;
  // Local header and data of each entry.
  for (const p of parts) {
    p.offset = at;
    at = header(view, out, at, LOCAL, p, dosTime);
    out.set(p.body, at);
    at += p.body.length;
  }
  const directory = at;
  for (const p of parts) at = header(view, out, at, CENTRAL, p, dosTime);
  view.setUint32(at, END, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}

type Part = { name: Uint8Array; utf8: boolean; body: Uint8Array; crc: number; size: number; method: number; offset: number };

/** A local (30 bytes) or central (46 bytes) header and the name; returns where the next byte goes. */
function header(view: DataView, out: Uint8Array, at: number, signature: number, p: Part, dosTime: number): number {
  const central = signature === CENTRAL;
  view.setUint32(at, signature, true);
  let b = at + 4;
  if (central) view.setUint16((b += 2) - 2, 20, true); // version made by
  view.setUint16(b, 20, true); // version needed
  view.setUint16(b + 2, p.utf8 ? 0x800 : 0, true);
  view.setUint16(b + 4, p.method, true);
  view.setUint32(b + 6, dosTime, true);
  view.setUint32(b + 10, p.crc, true);
  view.setUint32(b + 14, p.body.length, true);
  view.setUint32(b + 18, p.size, true);
  view.setUint16(b + 22, p.name.length, true);
  view.setUint16(b + 24, 0, true); // extra field
  b += 26;
  if (central) {
    // comment length, disk, internal and external attributes (all 0), then the local header's offset.
    view.setUint32(b + 10, p.offset, true);
    b += 14;
  }
  out.set(p.name, b);
  return b + p.name.length;
}

let TABLE: Int32Array | undefined;

/** CRC-32 of the bytes: zlib's own where this Node has it (20.15 and later), else a table. */
function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  if (!TABLE) {
    TABLE = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      TABLE[n] = c;
    }
  }
  let c = -1;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
