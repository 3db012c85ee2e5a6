import { unzipSync } from "fflate";
import { inflateRawSync } from "node:zlib";
import { zipPackage } from "../../src/cli/writers/zip";

const enc = new TextEncoder();
const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

describe("zipPackage (the redacted .docx's container)", () => {
  const parts = [
    { name: "[Content_Types].xml", data: enc.encode("<Types>" + "<Default/>".repeat(200) + "</Types>"), compress: true },
    { name: "word/media/é.png", data: Uint8Array.from({ length: 300 }, (_, i) => (i * 7) & 255), compress: false },
    { name: "word/empty.xml", data: new Uint8Array(0), compress: true },
  ];
  const zip = zipPackage(parts, new Date(2026, 0, 2, 3, 4, 6));

  it("unpacks to the same parts, in order", () => {
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(parts.map((p) => p.name));
    for (const p of parts) expect(Buffer.from(back[p.name]).equals(Buffer.from(p.data))).toBe(true);
  });

  it("writes the standard headers: deflate or stored, CRC-32, sizes, a UTF-8 flag for a non-ASCII name, the central directory", () => {
    expect(u32(zip, 0)).toBe(0x04034b50);
    expect(u16(zip, 8)).toBe(8); // deflated
    const size = u32(zip, 18);
    expect(u32(zip, 22)).toBe(parts[0].data.length);
    const name = u16(zip, 26);
    expect(Buffer.from(inflateRawSync(zip.subarray(30 + name, 30 + name + size))).equals(Buffer.from(parts[0].data))).toBe(true);
    const end = zip.length - 22;
    expect(u32(zip, end)).toBe(0x06054b50);
    expect(u16(zip, end + 10)).toBe(3);
    const directory = u32(zip, end + 16);
    expect(u32(zip, directory)).toBe(0x02014b50);
    expect(u32(zip, directory + 16)).toBe(u32(zip, 14)); // the same CRC in both headers
    // The second entry: stored, its name flagged as UTF-8.
    const second = 30 + name + size;
    expect(u16(zip, second + 6)).toBe(0x800);
    expect(u16(zip, second + 8)).toBe(0);
  });
});
