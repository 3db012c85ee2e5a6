import type * as Mupdf from "mupdf/dist/mupdf";
import {
  addPages,
  isImagePage,
  layoutPage,
  layoutPages,
  loadMupdf,
  OUTLINE_DEPTH,
  resolved,
  type MupdfModule,
  type PdfPage,
  type PdfRead,
  type Quad,
  type Rect,
} from "../readers/pdf";
import { TextBuilder } from "../readers/types";

/** One redaction in the reader's text: [start, end) and what the box says ("Child A", "[phone number]", or nothing). */
export type PdfEdit = { start: number; end: number; replacement: string };

/** A box to black out on one page: the quads of the characters under it, and its label. */
type Box = { quads: Quad[]; label: string };

const LABEL_FONT = "CRLabel";
/** Page keys a redacted copy keeps; anything else on a page (actions, thumbnails, metadata, structure) goes. */
const PAGE_KEYS = new Set(["Type", "Parent", "MediaBox", "CropBox", "BleedBox", "TrimBox", "ArtBox", "Rotate", "UserUnit", "Resources", "Contents", "Group"]);
/** Keys removed from every image and form in a page's resources (text that is not drawn). */
const XOBJECT_DROP = ["Metadata", "PieceInfo", "OPI", "StructParent", "StructParents", "OC", "Name"];

/**
 * Writes a truly redacted copy of a PDF. The copy is a new document holding only the pages (contents,
 * resources, boxes): bookmarks, annotations, form fields, embedded files, scripts, metadata, page
 * labels, the tagged structure and anything else at document level are left behind. The characters
 * under each redaction are removed with MuPDF's redaction (and any image pixels under them), then a
 * black box with the label is drawn in their place. Images are removed (their text cannot be read),
 * each leaving a grey box. `pagesText` is the reader's page text, to be sure the offsets still fit.
 */
export async function redactPdf(bytes: Uint8Array, read: Pick<PdfRead, "text" | "segments" | "pagesEnd">, edits: readonly PdfEdit[]): Promise<Uint8Array> {
  const pagesText = read.text.slice(0, read.pagesEnd);
  const mupdf = await loadMupdf();
  const src = mupdf.Document.openDocument(bytes, "application/pdf").asPDF();
  if (!src) throw new Error("not a PDF");
  const out = new mupdf.PDFDocument();
  try {
    // Laid out once for the text (to be sure the offsets fit), then again with quads where there are edits.
    const plain = layoutPages(mupdf, src);
    const edited = pagesWithEdits(plain, pagesText, edits);
    const pages = plain.map((p, i) => {
      if (!edited.has(i)) return p;
      const withQuads = layoutPage(mupdf, src, i, true);
      if (withQuads.lines.map((l) => l.text).join("\n") !== p.lines.map((l) => l.text).join("\n")) throw new Error("The PDF's page text is not stable");
      return withQuads;
    });
    const boxes = boxesFor(pages, pagesText, edits);
    const graft = out.newGraftMap();
    for (let i = 0; i < pages.length; i++) graft.graftPage(-1, src, i);
    const font = out.addSimpleFont(new mupdf.Font("Helvetica"), "Latin");
    const helvetica = new mupdf.Font("Helvetica");
    for (let i = 0; i < pages.length; i++) {
      const page = out.loadPage(i);
      const drawn: string[] = [];
      const toPdf = mupdf.Matrix.invert(page.getTransform());
      const pageBoxes = boxes.get(i) ?? [];
      for (const box of pageBoxes) {
        const annot = page.createAnnotation("Redact");
        annot.setQuadPoints(box.quads);
      }
      if (pageBoxes.length) page.applyRedactions(false, mupdf.PDFPage.REDACT_IMAGE_PIXELS, mupdf.PDFPage.REDACT_LINE_ART_NONE, mupdf.PDFPage.REDACT_TEXT_REMOVE);
      for (const box of pageBoxes) drawn.push(labelBox(helvetica, box.quads[0], toPdf, box.label, 0, 1));
      // Images go whole (text inside them is not read); the text over them stays.
      const images = pages[i].images;
      if (images.length) {
        for (const r of images) page.createAnnotation("Redact").setRect(r);
        page.applyRedactions(false, mupdf.PDFPage.REDACT_IMAGE_REMOVE, mupdf.PDFPage.REDACT_LINE_ART_NONE, mupdf.PDFPage.REDACT_TEXT_NONE);
        const label = isImagePage(pages[i]) ? "[page not checked: image removed]" : "[image removed]";
        for (const r of images) {
          const [x0, y0, x1, y1] = clip(r, pages[i].bounds);
          drawn.push(labelBox(helvetica, [x0, y0, x1, y0, x0, y1, x1, y1], toPdf, label, 0.85, 0));
        }
      }
      const obj = page.getObject();
      sanitisePage(out, obj);
      if (drawn.length) appendContent(out, obj, font, drawn.join("\n"));
      page.destroy();
    }
    copyBookmarks(mupdf, src, out, read, edits);
    return out.saveToBuffer("garbage=4,compress,clean,sanitize").asUint8Array().slice();
  } finally {
    out.destroy();
    src.destroy();
  }
}

/**
 * Carries the bookmarks over: each title is the text the reader read (so it was judged), with the
 * redactions inside it applied; each points at its page and nothing else (no actions, no links out).
 * A title a redaction only partly covers becomes "[redacted]".
 */
function copyBookmarks(mupdf: MupdfModule, src: Mupdf.PDFDocument, out: Mupdf.PDFDocument, read: Pick<PdfRead, "text" | "segments">, edits: readonly PdfEdit[]): void {
  let items: ReturnType<Mupdf.Document["loadOutline"]> = null;
  try {
    items = src.loadOutline();
  } catch {
    return;
  }
  if (!items?.length) return;
  const titles = new Map<number, { start: number; end: number }>();
  for (const s of read.segments) {
    const m = /^bookmark (\d+)$/.exec(s.location);
    if (m && s.part === "bookmarks") titles.set(Number(m[1]), s);
  }
  const titleOf = (k: number): string => {
    const seg = titles.get(k);
    if (!seg) return "";
    let title = "";
    let at = seg.start;
    for (const e of [...edits].sort((x, y) => x.start - y.start)) {
      if (e.end <= seg.start || e.start >= seg.end) continue;
      if (e.start < seg.start || e.end > seg.end || e.start < at) return "[redacted]";
      title += read.text.slice(at, e.start) + e.replacement;
      at = e.end;
    }
    return title + read.text.slice(at, seg.end);
  };
  const pages = out.countPages();
  const it = out.outlineIterator();
  let k = 0;
  const build = (list: NonNullable<typeof items>, depth: number) => {
    for (const item of list) {
      const title = titleOf(++k);
      const page = typeof item.page === "number" && item.page >= 0 && item.page < pages ? item.page : undefined;
      const uri = page === undefined ? undefined : out.formatLinkURI({ type: "Fit", chapter: 0, page, x: 0, y: 0, width: 0, height: 0, zoom: 0 });
      it.insert({ title, uri, open: false });
      if (item.down?.length && depth < OUTLINE_DEPTH) {
        it.prev();
        it.down();
        build(item.down, depth + 1);
        it.up();
        it.next();
      }
    }
  };
  build(items, 0);
  void mupdf;
}

/** The pages (0-based) an edit of the page text touches; throws when the text is not the text checked. */
function pagesWithEdits(pages: readonly PdfPage[], pagesText: string, edits: readonly PdfEdit[]): Set<number> {
  const b = new TextBuilder();
  addPages(b, pages);
  b.trimEnd();
  if (b.text() !== pagesText) throw new Error("The PDF's text is not the text that was checked");
  const pageOfNode: number[] = [];
  pages.forEach((p, i) => p.lines.forEach(() => pageOfNode.push(i)));
  const out = new Set<number>();
  const segs = b.segments;
  let k = 0;
  for (const e of [...edits].sort((x, y) => x.start - y.start)) {
    if (e.start >= pagesText.length) continue;
    while (k < segs.length && segs[k].end <= e.start) k++;
    for (let j = k; j < segs.length && segs[j].start < e.end; j++) out.add(pageOfNode[segs[j].node as number]);
  }
  return out;
}

/** Maps each edit over page text to the characters under it, page by page (whitespace at either end left alone). */
function boxesFor(pages: readonly PdfPage[], pagesText: string, edits: readonly PdfEdit[]): Map<number, Box[]> {
  const b = new TextBuilder();
  addPages(b, pages);
  b.trimEnd();
  if (b.text() !== pagesText) throw new Error("The PDF's text is not the text that was checked");
  const where: { page: number; line: number }[] = [];
  pages.forEach((p, i) => p.lines.forEach((_, l) => where.push({ page: i, line: l })));
  const segs = b.segments;
  const boxes = new Map<number, Box[]>();
  let k = 0;
  for (const e of [...edits].sort((x, y) => x.start - y.start)) {
    if (e.start >= pagesText.length) continue;
    while (k < segs.length && segs[k].end <= e.start) k++;
    let labelled = false;
    for (let j = k; j < segs.length && segs[j].start < e.end; j++) {
      const s = segs[j];
      const { page, line } = where[s.node as number];
      const l = pages[page].lines[line];
      let from = Math.max(e.start, s.start) - s.start;
      let to = Math.min(e.end, s.end) - s.start;
      while (from < to && /\s/.test(l.text[from])) from++;
      while (to > from && /\s/.test(l.text[to - 1])) to--;
      if (from >= to) continue;
      const list = boxes.get(page) ?? [];
      // One quad for the run: the first character's left edge to the last one's right edge (MuPDF tests
      // every glyph against every quad, so one per run rather than one per character).
      const q = l.quads as Float32Array;
      const a = from * 8;
      const z = (to - 1) * 8;
      const quad = [q[a], q[a + 1], q[z + 2], q[z + 3], q[a + 4], q[a + 5], q[z + 6], q[z + 7]] as Quad;
      list.push({ quads: [quad], label: labelled ? "" : e.replacement });
      boxes.set(page, list);
      labelled = true;
    }
  }
  return boxes;
}

const clip = (r: Rect, b: Rect): Rect => [Math.max(r[0], b[0]), Math.max(r[1], b[1]), Math.min(r[2], b[2]), Math.min(r[3], b[3])];

/** A PDF string for Latin text (anything else becomes "?"). */
const pdfString = (s: string) =>
  "(" +
  [...s]
    .map((c) => (c.charCodeAt(0) > 126 || c.charCodeAt(0) < 32 ? "?" : c))
    .join("")
    .replace(/[()\\]/g, (c) => "\\" + c) +
  ")";
const n = (v: number) => (Math.round(v * 1000) / 1000).toString();

type Pt = [number, number];
const apply = (m: Mupdf.Matrix, x: number, y: number): Pt => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/**
 * Content operators for a filled box over a quad (page space, mapped to PDF space by `toPdf`), grey
 * level `fill`, with the label along the text's direction (so it reads the same way as the text it
 * replaces, on rotated pages too), in grey level `ink`, shrunk to fit.
 */
function labelBox(font: Mupdf.Font, q: Quad, toPdf: Mupdf.Matrix, label: string, fill: number, ink: number): string {
  const ul = apply(toPdf, q[0], q[1]);
  const ur = apply(toPdf, q[2], q[3]);
  const ll = apply(toPdf, q[4], q[5]);
  const lr = apply(toPdf, q[6], q[7]);
  const w = Math.hypot(ur[0] - ul[0], ur[1] - ul[1]);
  const h = Math.hypot(ul[0] - ll[0], ul[1] - ll[1]);
  if (!(w > 0 && h > 0)) return "";
  const pt = (p: Pt) => `${n(p[0])} ${n(p[1])}`;
  let ops = `q ${n(fill)} g ${pt(ll)} m ${pt(lr)} l ${pt(ur)} l ${pt(ul)} l h f Q`;
  if (!label) return ops;
  let unit = 0;
  for (const c of label) unit += font.advanceGlyph(font.encodeCharacter(c));
  const size = Math.max(3, Math.min(h * 0.8, unit ? (w * 0.95) / unit : h));
  const dir: Pt = [(lr[0] - ll[0]) / w, (lr[1] - ll[1]) / w];
  const up: Pt = [(ul[0] - ll[0]) / h, (ul[1] - ll[1]) / h];
  const along = Math.max(0, (w - unit * size) / 2);
  const rise = (h - size * 0.7) / 2;
  const origin: Pt = [ll[0] + dir[0] * along + up[0] * rise, ll[1] + dir[1] * along + up[1] * rise];
  ops += `\nq BT /${LABEL_FONT} ${n(size)} Tf ${n(ink)} g ${n(dir[0])} ${n(dir[1])} ${n(up[0])} ${n(up[1])} ${pt(origin)} Tm ${pdfString(label)} Tj ET Q`;
  return ops;
}

/** Leaves only the page keys a copy needs, and strips metadata from the page's images and forms. */
function sanitisePage(doc: Mupdf.PDFDocument, page: Mupdf.PDFObject): void {
  const keys: string[] = [];
  page.forEach((_v, k) => void keys.push(String(k)));
  for (const k of keys) if (!PAGE_KEYS.has(k)) page.delete(k);
  const seen = new Set<number>();
  const strip = (resources: Mupdf.PDFObject, depth: number) => {
    const res = resolved(resources);
    if (!res.isDictionary() || depth > 16) return;
    const fonts = resolved(res.get("Font"));
    if (fonts.isDictionary()) fonts.forEach((f) => renameEmbeddedFont(doc, f, seen));
    const xobjects = resolved(res.get("XObject"));
    if (!xobjects.isDictionary()) return;
    xobjects.forEach((ref) => {
      if (ref.isIndirect()) {
        if (seen.has(ref.asIndirect())) return;
        seen.add(ref.asIndirect());
      }
      const x = resolved(ref);
      if (!x.isDictionary() && !x.isStream()) return;
      for (const k of XOBJECT_DROP) x.delete(k);
      strip(x.get("Resources"), depth + 1);
    });
  };
  strip(page.get("Resources"), 0);
}

/**
 * An embedded font's names (BaseFont, the descriptor's FontName and FontFamily) are text the producer
 * chose, not needed to draw it: they become "Font<object number>" (keeping a subset's "ABCDEF+"). A
 * font that is not embedded keeps its name, which chooses the font a viewer draws it with.
 */
function renameEmbeddedFont(doc: Mupdf.PDFDocument, ref: Mupdf.PDFObject, seen: Set<number>): void {
  if (ref.isIndirect()) {
    if (seen.has(ref.asIndirect())) return;
    seen.add(ref.asIndirect());
  }
  const font = resolved(ref);
  if (!font.isDictionary()) return;
  const descendants = resolved(font.get("DescendantFonts"));
  const parts = [font, ...(descendants.isArray() ? Array.from({ length: descendants.length }, (_, i) => resolved(descendants.get(i))) : [])];
  const descriptors = parts.map((p) => resolved(p.get("FontDescriptor"))).filter((d) => d.isDictionary());
  const embedded = descriptors.some((d) => ["FontFile", "FontFile2", "FontFile3"].some((k) => !d.get(k).isNull()));
  if (!embedded) return;
  const old = font.get("BaseFont");
  const subset = old.isName() ? (/^[A-Z]{6}\+/.exec(old.asName())?.[0] ?? "") : "";
  const name = doc.newName(`${subset}Font${ref.isIndirect() ? ref.asIndirect() : seen.size}`);
  for (const p of parts) if (!p.get("BaseFont").isNull()) p.put("BaseFont", name);
  for (const d of descriptors) {
    d.put("FontName", name);
    d.delete("FontFamily");
  }
}

/** Wraps the page's contents in q…Q (so its graphics state cannot move the boxes) and draws the boxes after it. */
function appendContent(doc: Mupdf.PDFDocument, page: Mupdf.PDFObject, font: Mupdf.PDFObject, ops: string): void {
  let res = resolved(page.get("Resources"));
  if (!res.isDictionary()) {
    res = doc.newDictionary();
    page.put("Resources", res);
  }
  let fonts = resolved(res.get("Font"));
  if (!fonts.isDictionary()) {
    fonts = doc.newDictionary();
    res.put("Font", fonts);
  }
  fonts.put(LABEL_FONT, font);
  const contents = doc.newArray();
  contents.push(doc.addStream("q\n", {}));
  const old = page.get("Contents");
  const oldResolved = resolved(old);
  if (oldResolved.isArray()) for (let i = 0; i < oldResolved.length; i++) contents.push(oldResolved.get(i));
  else if (!old.isNull()) contents.push(old);
  contents.push(doc.addStream(`\nQ\n${ops}\n`, {}));
  page.put("Contents", contents);
}

export type { MupdfModule };
