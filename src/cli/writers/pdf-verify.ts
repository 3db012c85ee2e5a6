import type * as Mupdf from "mupdf/dist/mupdf";
import { layoutPages, loadMupdf, resolved } from "../readers/pdf";

/**
 * The spellings a redacted string may take elsewhere in a PDF, as one regex: any case (a name written
 * with a capital must keep it, so "Hope" does not catch "I hope"), words joined, spaced, dotted or
 * hyphenated ("TylerBrown", "tyler.brown"), and the digits of an identifier with any spacing
 * ("07700900123", "077 009 00123"). Independent of the writers' own sweep on purpose.
 */
export function spellingsRegex(strings: readonly string[]): { re: RegExp; capitals: Map<string, boolean[]> } | undefined {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const alternatives: string[] = [];
  const capitals = new Map<string, boolean[]>();
  for (const raw of new Set(strings.map((s) => s.trim()).filter((s) => s.length >= 2))) {
    const words = raw.split(/[\s]+/).filter(Boolean);
    alternatives.push(words.map(esc).join("[\\s._-]*"));
    capitals.set(words.map((w) => w.toLowerCase()).join(""), words.map((w) => /^\p{Lu}/u.test(w)));
    const digits = raw.replace(/\D/g, "");
    if (digits.length >= 5) alternatives.push(`(?<!\\d)${[...digits].join("[\\s().-]{0,2}")}(?!\\d)`);
  }
  if (!alternatives.length) return undefined;
  alternatives.sort((a, b) => b.length - a.length);
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu"), capitals };
}

/** True when the text holds a redacted string in one of its spellings. */
export function holdsAny(text: string, m: NonNullable<ReturnType<typeof spellingsRegex>>): boolean {
  m.re.lastIndex = 0;
  for (const hit of text.matchAll(m.re)) {
    const found = hit[0];
    const words = found.split(/[\s._-]+/).filter(Boolean);
    const caps = m.capitals.get(words.map((w) => w.toLowerCase()).join(""));
    // A capitalised name only counts when written with its capitals (or all in capitals).
    if (caps && words.length === caps.length && caps.some((c, i) => c && !/^\p{Lu}/u.test(words[i]))) continue;
    if (caps && words.length !== caps.length && caps[0] && !/^\p{Lu}/u.test(found)) continue;
    return true;
  }
  return false;
}

/**
 * Verifies a redacted PDF on its own terms: re-opens it, extracts the text of every page (all layers,
 * off-page text included), decodes every string and stream of every object, reads the raw bytes, and
 * searches all of it for every redacted string in every spelling. Also refuses a copy that still has
 * what redaction removes (images, annotations, forms, embedded files, scripts, metadata). Returns the
 * places where something was found (never the text); empty when the copy passes.
 */
export async function verifyPdf(bytes: Uint8Array, strings: readonly string[]): Promise<string[]> {
  const m = spellingsRegex(strings);
  // Binary data (compressed bytes, fonts, images) holds short letter runs by chance: there only strings
  // of five characters or more are searched, so a child called "Al" does not fail every copy.
  const long = spellingsRegex(strings.filter((s) => s.trim().length >= 5));
  const problems: string[] = [];
  const hit = (s: string) => !!m && holdsAny(s, m);
  const hitBinary = (s: string) => !!long && holdsAny(s, long);
  const binary = (b: Uint8Array) => {
    let odd = 0;
    const n = Math.min(b.length, 4096);
    for (let i = 0; i < n; i++) if (b[i] < 9 || (b[i] > 13 && b[i] < 32) || b[i] > 126) odd++;
    return odd > n * 0.1;
  };
  if (hitBinary(Buffer.from(bytes).toString("latin1"))) problems.push("raw file");
  let doc: Mupdf.PDFDocument | null = null;
  try {
    const mupdf = await loadMupdf();
    doc = mupdf.Document.openDocument(bytes, "application/pdf").asPDF();
    if (!doc || doc.needsPassword()) return ["the whole file (it cannot be read back)"];
    const pages = layoutPages(mupdf, doc);
    for (const p of pages) {
      const lines = p.lines.map((l) => l.text);
      if (hit(lines.join("\n")) || hit(lines.join(""))) problems.push(`page ${p.number} text`);
      if (p.images.length) problems.push(`page ${p.number} (an image was left in)`);
      const page = doc.loadPage(p.number - 1);
      if (page.getAnnotations().length || page.getWidgets().length) problems.push(`page ${p.number} (annotations were left in)`);
      page.destroy();
    }
    const root = resolved(doc.getTrailer().get("Root"));
    for (const key of ["AcroForm", "Names", "OpenAction", "AA", "Metadata", "StructTreeRoot", "PageLabels"]) {
      if (!root.get(key).isNull()) problems.push(`document ${key} (should have been removed)`);
    }
    // Bookmarks may stay, as titles pointing at pages: no scripts, links out or other actions.
    const outlineKeys = new Set(["Title", "Parent", "Prev", "Next", "First", "Last", "Count", "Dest", "A", "F", "C", "Type"]);
    let bad = false;
    const seenItems = new Set<number>();
    const walkOutline = (ref: Mupdf.PDFObject, depth: number) => {
      for (let item = ref; !item.isNull() && !bad && depth < 128; item = item.get("Next")) {
        if (item.isIndirect()) {
          if (seenItems.has(item.asIndirect())) return;
          seenItems.add(item.asIndirect());
        }
        const dict = resolved(item);
        dict.forEach((v, k) => {
          if (!outlineKeys.has(String(k))) bad = true;
          else if (k === "A") {
            const action = resolved(v);
            const kind = action.isDictionary() ? action.get("S") : undefined;
            if (!kind?.isName() || kind.asName() !== "GoTo") bad = true;
          }
        });
        walkOutline(dict.get("First"), depth + 1);
      }
    };
    const outlines = resolved(root.get("Outlines"));
    if (outlines.isDictionary()) walkOutline(outlines.get("First"), 0);
    if (bad) problems.push("bookmarks (an action other than going to a page)");

    // Every object, by number: strings and names (decoded), and streams (decompressed).
    const n = doc.countObjects();
    for (let i = 1; i < n; i++) {
      let found = false;
      const visit = (o: Mupdf.PDFObject, depth: number) => {
        if (found || depth > 64) return;
        if (o.isIndirect() && depth > 0) return; // visited under its own number
        if (o.isString()) found = hit(o.asString()) || hit(Buffer.from(o.asByteString()).toString("latin1"));
        else if (o.isName()) found = hit(o.asName());
        else if (o.isArray()) for (let k = 0; k < o.length && !found; k++) visit(o.get(k), depth + 1);
        else if (o.isDictionary()) o.forEach((v) => visit(v, depth + 1));
        if (!found && depth === 0 && o.isStream()) {
          let data: Uint8Array;
          try {
            data = o.readStream().asUint8Array();
          } catch {
            data = o.readRawStream().asUint8Array();
          }
          const b = Buffer.from(data);
          const search = binary(b) ? hitBinary : hit;
          found = search(b.toString("latin1")) || search(b.toString("utf8")) || (b[0] === 0xfe && b[1] === 0xff && b.length % 2 === 0 && search(Buffer.from(b.subarray(2)).swap16().toString("utf16le")));
        }
      };
      try {
        const ref = doc.newIndirect(i);
        const obj = ref.resolve();
        if (!obj.isNull()) visit(obj, 0);
      } catch {
        problems.push(`object ${i} (cannot be read)`);
        continue;
      }
      if (found) problems.push(`object ${i}`);
    }
  } catch {
    return ["the whole file (it cannot be read back)"];
  } finally {
    doc?.destroy();
  }
  return problems;
}
