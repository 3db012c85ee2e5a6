import { pathToFileURL } from "node:url";
import type * as Mupdf from "mupdf/dist/mupdf";
import type { AttachmentReader } from "./eml";
import { looksLike, ReaderError, TextBuilder, type ReadResult, type Segment } from "./types";

/**
 * PDF reading with MuPDF (the `mupdf` package: MuPDF's WebAssembly build, AGPL-3.0-or-later; see the
 * README). The package is an ES module with top-level await, so this CommonJS build loads it with a
 * real dynamic import that the TypeScript compiler does not rewrite into require().
 */
export type MupdfModule = typeof Mupdf;
const importEsm = new Function("s", "return import(s)") as (specifier: string) => Promise<MupdfModule>;
let loading: Promise<MupdfModule> | undefined;

export function loadMupdf(): Promise<MupdfModule> {
  loading ??= importEsm(pathToFileURL(require.resolve("mupdf")).href).then((m) => {
    // MuPDF reports repairs of damaged files on the console; the reader says so in its notes instead.
    m.setLog({ warning: () => undefined, error: () => undefined });
    return m;
  });
  return loading;
}

export type Quad = Mupdf.Quad;
export type Rect = Mupdf.Rect;

/**
 * One line of a page's text; for redaction also the quad of each UTF-16 code unit (8 numbers each,
 * a surrogate pair sharing its character's quad), kept compact since a bundle has millions.
 */
export type PdfLine = { text: string; quads?: Float32Array };
export type PdfPage = {
  /** 1-based. */
  number: number;
  /** The page's own label when it has one that is not just its number ("B12", "iv"). */
  label?: string;
  lines: PdfLine[];
  /** Index in `lines` where each text block starts. */
  blockStarts: number[];
  /** The bounds of every image drawn on the page (in MuPDF's page space). */
  images: Rect[];
  /** Page area, for deciding whether an image covers the page. */
  bounds: Rect;
};

/** Where each line of page text sits in the reader's text: the global line index is the segment's `node`. */
export type PdfRead = ReadResult & {
  format: "pdf";
  /** Offsets in `text` where the page text ends (everything before it is page text, in page order). */
  pagesEnd: number;
  pageCount: number;
};

/**
 * Text extraction options: whitespace as written, text outside the page box kept (it is still in the
 * file); ligatures are expanded ("ﬃ" → "ffi") so a name printed with one is still seen.
 */
export const STEXT_OPTIONS = "preserve-whitespace,clip=no";

const isSpace = (s: string) => /\s$/.test(s);
/** Bookmarks deeper than this are neither read nor kept. */
export const OUTLINE_DEPTH = 64;
const SHORT_LABEL = /^[A-Za-z]{0,3}[-.]?\d{1,6}$|^[ivxlcdm]{1,8}$/i;

/** Makes every optional-content layer visible, so hidden layers are read (and redacted) too. */
export function showAllLayers(doc: Mupdf.PDFDocument): string[] {
  const names: string[] = [];
  try {
    const n = doc.countLayers();
    for (let i = 0; i < n; i++) {
      doc.setLayerVisible(i, true);
      names.push(doc.getLayerName(i));
    }
  } catch {
    /* no optional content */
  }
  return names;
}

/** The text of one page's content (annotations and form fields are read separately), line by line. */
export function layoutPage(mupdf: MupdfModule, doc: Mupdf.PDFDocument, index: number, withQuads = false): PdfPage {
  const page = doc.loadPage(index);
  try {
    const bounds = page.getBounds();
    const list = new mupdf.DisplayList(bounds);
    const dev = new mupdf.DisplayListDevice(list);
    page.runPageContents(dev, mupdf.Matrix.identity);
    dev.close();
    const st = list.toStructuredText(STEXT_OPTIONS);
    const lines: PdfLine[] = [];
    const blockStarts: number[] = [];
    // Images (not shadings, which hold no text); a few pixels across cannot hold text either.
    const images: Rect[] = [];
    const image = (img: Mupdf.Image, ctm: Mupdf.Matrix) => {
      if (img.getWidth() >= 8 && img.getHeight() >= 8) images.push(mupdf.Rect.transform([0, 0, 1, 1], ctm));
    };
    const imageDev = new mupdf.Device({ fillImage: (img, ctm) => image(img, ctm), fillImageMask: (img, ctm) => image(img, ctm), clipImageMask: (img, ctm) => image(img, ctm) });
    list.run(imageDev, mupdf.Matrix.identity);
    imageDev.close();
    imageDev.destroy();
    let text = "";
    let quads: number[] = [];
    if (!withQuads) {
      // The JSON form is much faster than walking every character (each makes a JS object).
      type JsonBlock = { type?: string; lines?: { text?: string }[]; blocks?: JsonBlock[] };
      const visit = (blocks: JsonBlock[]) => {
        for (const block of blocks) {
          if (block.lines) {
            blockStarts.push(lines.length);
            for (const l of block.lines) if (l.text) lines.push({ text: l.text });
          }
          if (block.blocks) visit(block.blocks);
        }
      };
      visit((JSON.parse(st.asJSON()) as { blocks: JsonBlock[] }).blocks ?? []);
    } else
      st.walk({
        beginTextBlock: () => void blockStarts.push(lines.length),
        beginLine: () => {
          text = "";
          quads = [];
        },
        onChar: (c, _origin, _font, _size, quad) => {
          text += c;
          if (withQuads) for (let k = 0; k < c.length; k++) quads.push(...quad);
        },
        endLine: () => {
          if (text.length) lines.push(withQuads ? { text, quads: Float32Array.from(quads) } : { text });
        },
      });
    st.destroy();
    dev.destroy();
    list.destroy();
    let label: string | undefined;
    try {
      const l = page.getLabel();
      if (l && l !== String(index + 1)) label = l;
    } catch {
      /* no labels */
    }
    return { number: index + 1, label, lines, blockStarts, images, bounds };
  } finally {
    page.destroy();
  }
}

/** "page 214" (with its own label when it is a short page number like "B12"), for locations and logs. */
export function pageName(p: PdfPage): string {
  return p.label && SHORT_LABEL.test(p.label) ? `page ${p.number} (${p.label})` : `page ${p.number}`;
}

/**
 * Adds the pages' text: each block is a paragraph (its lines joined by a space, ending "\n"), pages
 * are separated by a blank line. Each line is one segment: `node` is its index over the whole file.
 */
export function addPages(b: TextBuilder, pages: readonly PdfPage[]): void {
  let node = 0;
  for (const p of pages) {
    b.part();
    const starts = new Set(p.blockStarts);
    p.lines.forEach((line, i) => {
      if (i > 0) b.sep(starts.has(i) ? "\n" : isSpace(p.lines[i - 1].text) ? "" : " ");
      b.add(line.text, { location: `${pageName(p)}, line ${i + 1}`, part: `page ${p.number}`, node: node++, nodeOffset: 0 });
    });
    if (p.lines.length) b.sep("\n");
  }
}

const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");

/** The text values of an XMP packet (element text and attribute values), one per line. */
export function xmpText(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/>([^<]+)</g)) {
    const t = decodeEntities(m[1]).trim();
    if (t) out.push(t);
  }
  for (const m of xml.matchAll(/\s[\w:.-]+\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const v = decodeEntities(m[2] ?? m[3] ?? "").trim();
    if (v && !/^(https?:|uuid:|xmp\.)/i.test(v) && !/^[\d\s:.TZ+-]+$/.test(v)) out.push(v);
  }
  return out;
}

/** The object a reference points to; PDF null as it is (MuPDF's shared null cannot be resolved). */
export const resolved = (o: Mupdf.PDFObject): Mupdf.PDFObject => (o.isNull() ? o : o.resolve());

const str = (o: Mupdf.PDFObject | undefined): string => {
  if (!o) return "";
  const r = resolved(o);
  return r.isString() ? r.asString() : r.isName() ? r.asName() : "";
};

/**
 * Reads a PDF: the text of every page in reading order (pages first, so page offsets never depend on
 * the rest), then everything else that carries text: document information, XMP metadata, bookmarks,
 * annotations and comments, form fields and their values, link targets, embedded files, layer names.
 * What is not read is said in the notes ("not checked: page 3 is an image").
 */
export async function readPdf(bytes: Uint8Array, what: string, readAttachment?: AttachmentReader, depth = 0): Promise<PdfRead> {
  if (bytes.length === 0) throw new ReaderError("empty", `${what} is empty.`);
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (!head.includes("%PDF-")) throw new ReaderError("corrupt", `${what} is not a PDF file${looksLike(bytes)}.`);
  const mupdf = await loadMupdf();
  let doc: Mupdf.PDFDocument;
  try {
    const d = mupdf.Document.openDocument(bytes, "application/pdf");
    const pdf = d.asPDF();
    if (!pdf) throw new Error("not a PDF");
    doc = pdf;
  } catch {
    throw new ReaderError("corrupt", `${what} is a damaged PDF that cannot be read.`);
  }
  try {
    if (doc.needsPassword()) throw new ReaderError("encrypted", `${what} is password-protected; remove the password and try again.`);
    return await readOpenPdf(mupdf, doc, what, readAttachment, depth);
  } catch (err) {
    if (err instanceof ReaderError) throw err;
    throw new ReaderError("corrupt", `${what} is a damaged PDF that cannot be read.`);
  } finally {
    doc.destroy();
  }
}

/** Lays out every page of an open document (all layers shown). */
export function layoutPages(mupdf: MupdfModule, doc: Mupdf.PDFDocument, withQuads?: (index: number) => boolean): PdfPage[] {
  showAllLayers(doc);
  const pages: PdfPage[] = [];
  const n = doc.countPages();
  for (let i = 0; i < n; i++) pages.push(layoutPage(mupdf, doc, i, withQuads?.(i) ?? false));
  return pages;
}

/** A page counts as an image when it has no text and at least one image. */
export const isImagePage = (p: PdfPage) => p.lines.length === 0 && p.images.length > 0;

async function readOpenPdf(mupdf: MupdfModule, doc: Mupdf.PDFDocument, what: string, readAttachment: AttachmentReader | undefined, depth: number): Promise<PdfRead> {
  const notes: string[] = [];
  const b = new TextBuilder();
  const layers = showAllLayers(doc);
  const pages = layoutPages(mupdf, doc);
  addPages(b, pages);
  b.trimEnd();
  const pagesEnd = b.length;

  // Pages with no text layer are not checked (no OCR yet), and never counted as clean.
  const imagePages = pages.filter(isImagePage);
  for (const p of imagePages) notes.push(`not checked: ${pageName(p)} is an image (no text layer); redacted copies leave it blank`);
  // Text in fonts with no character map comes out as U+FFFD: it cannot be judged.
  for (const p of pages) {
    const all = p.lines.reduce((n, l) => n + l.text.length, 0);
    const unknown = p.lines.reduce((n, l) => n + (l.text.match(/\uFFFD/g)?.length ?? 0), 0);
    if (unknown > 0 && unknown >= all * 0.1) notes.push(`not checked: some text on ${pageName(p)} cannot be decoded (its font has no character map)`);
  }
  const withImages = pages.filter((p) => !isImagePage(p) && p.images.length);
  if (withImages.length) {
    const n = withImages.reduce((s, p) => s + p.images.length, 0);
    notes.push(
      `not checked: ${n} image${n === 1 ? "" : "s"} on ${withImages.length === 1 ? pageName(withImages[0]) : `${withImages.length} pages`} (any text inside an image is not read); redacted copies leave them out`,
    );
  }
  if (doc.wasRepaired()) notes.push(`${what} was damaged and has been repaired to be read; check the page count`);

  const section = (title: string, items: [string, string][]) => {
    const kept = items.filter(([, v]) => v.trim());
    if (!kept.length) return;
    b.part();
    for (const [loc, value] of kept) {
      b.add(value, { location: loc, part: title });
      b.sep("\n");
    }
  };

  // Document information (every string entry, not only the usual ones) and XMP metadata.
  const trailer = doc.getTrailer();
  const info = resolved(trailer.get("Info"));
  const infoItems: [string, string][] = [];
  if (info.isDictionary()) info.forEach((v, k) => void infoItems.push([`document information, ${k}`, str(v)]));
  section("document information", infoItems);
  const root = resolved(trailer.get("Root"));
  const meta = resolved(root.get("Metadata"));
  if (meta.isStream()) {
    try {
      section(
        "XMP metadata",
        xmpText(meta.readStream().asString()).map((t) => ["XMP metadata", t]),
      );
    } catch {
      notes.push("not checked: the XMP metadata cannot be decoded; redacted copies leave it out");
    }
  }

  // Bookmarks.
  // Bookmarks, numbered depth first (writers/pdf.ts relies on the numbering to carry titles over).
  const outline: [string, string][] = [];
  let bookmarks = 0;
  const walk = (items: ReturnType<Mupdf.Document["loadOutline"]>, depthIn: number) => {
    for (const it of items ?? []) {
      const k = ++bookmarks;
      outline.push([`bookmark ${k}`, it.title ?? ""]);
      if (it.uri && !it.uri.startsWith("#")) outline.push([`bookmark ${k} link`, it.uri]);
      if (depthIn < OUTLINE_DEPTH) walk(it.down ?? null, depthIn + 1);
    }
  };
  try {
    walk(doc.loadOutline(), 0);
  } catch {
    notes.push("not checked: the bookmarks cannot be read; redacted copies leave them out");
  }
  section("bookmarks", outline);

  // Annotations (comments, their authors, what they show) and links, page by page.
  const annots: [string, string][] = [];
  const links: [string, string][] = [];
  for (let i = 0; i < doc.countPages(); i++) {
    const page = doc.loadPage(i);
    const where = pageName(pages[i]);
    let k = 0;
    for (const a of page.getAnnotations()) {
      const type = a.getType();
      if (type === "Link" || type === "Popup") continue;
      k++;
      const loc = `${where}, ${type === "Text" || type === "FreeText" ? "comment" : "annotation"} ${k}`;
      const obj = a.getObject();
      annots.push([`${loc} author`, str(obj.get("T"))], [`${loc} subject`, str(obj.get("Subj"))], [loc, str(obj.get("Contents"))]);
      const rc = str(obj.get("RC"));
      if (rc) annots.push([`${loc} rich text`, xmpText(`<x>${rc}</x>`).join(" ")]);
      const fs = resolved(obj.get("FS"));
      if (fs.isDictionary()) annots.push([`${loc} attached file name`, str(fs.get("UF")) || str(fs.get("F"))], [`${loc} attached file description`, str(fs.get("Desc"))]);
      // What the annotation shows (a stamp's or free text's appearance), when it differs from its text.
      try {
        const st = a.toDisplayList().toStructuredText("preserve-whitespace");
        const shown = st.asText().trim();
        st.destroy();
        if (shown && shown.replace(/\s+/g, " ") !== str(obj.get("Contents")).trim().replace(/\s+/g, " ")) annots.push([`${loc} appearance`, shown]);
      } catch {
        /* no appearance */
      }
    }
    let l = 0;
    for (const link of page.getLinks()) {
      l++;
      const uri = link.getURI();
      if (uri && !uri.startsWith("#")) links.push([`${where}, link ${l}`, uri]);
    }
    page.destroy();
  }
  section("annotations", annots);
  section("links", links);

  // Form fields: every field in the form's tree, names, tooltips, values and choices.
  const fields: [string, string][] = [];
  const acro = resolved(root.get("AcroForm"));
  let fieldCount = 0;
  const walkField = (f: Mupdf.PDFObject, d: number) => {
    const field = resolved(f);
    if (!field.isDictionary() || d > 32) return;
    fieldCount++;
    const loc = `form field ${fieldCount}`;
    fields.push([`${loc} name`, str(field.get("T"))], [`${loc} tooltip`, str(field.get("TU"))]);
    const v = resolved(field.get("V"));
    if (v.isString() || v.isName()) fields.push([`${loc} value`, str(v)]);
    else if (v.isArray()) for (let i = 0; i < v.length; i++) fields.push([`${loc} value`, str(v.get(i))]);
    const opt = resolved(field.get("Opt"));
    if (opt.isArray())
      for (let i = 0; i < opt.length; i++) {
        const o = resolved(opt.get(i));
        fields.push([`${loc} choice`, o.isArray() ? str(o.get(1)) : str(o)]);
      }
    const kids = resolved(field.get("Kids"));
    if (kids.isArray()) for (let i = 0; i < kids.length; i++) walkField(kids.get(i), d + 1);
  };
  if (acro.isDictionary()) {
    const list = resolved(acro.get("Fields"));
    if (list.isArray()) for (let i = 0; i < list.length; i++) walkField(list.get(i), 0);
  }
  section("form fields", fields);

  // Embedded files: names and descriptions, and the text of those we read.
  const files: [string, string][] = [];
  let embedded: Record<string, Mupdf.PDFObject> = {};
  try {
    embedded = doc.getEmbeddedFiles();
  } catch {
    notes.push("not checked: the list of embedded files cannot be read; redacted copies leave them out");
  }
  const attached: { name: string; read: ReadResult }[] = [];
  let e = 0;
  for (const [name, spec] of Object.entries(embedded)) {
    e++;
    files.push([`embedded file ${e} name`, name], [`embedded file ${e} description`, str(spec.get("Desc"))]);
    if (!readAttachment) continue;
    try {
      const content = doc.getEmbeddedFileContents(spec);
      if (content) attached.push({ name: `embedded file ${e}`, read: await readAttachment(content.asUint8Array().slice(), name, depth + 1) });
    } catch (err) {
      if (err instanceof ReaderError && err.kind !== "unsupported") notes.push(`not checked: embedded file ${e} (${err.message.replace(/\.$/, "")})`);
      else notes.push(`not checked: embedded file ${e} is not a type we read; redacted copies leave it out`);
    }
  }
  section("embedded files", files);
  for (const a of attached) {
    b.part();
    b.append(a.read.text, a.read.segments, (s: Segment) => ({ location: `${a.name}, ${s.location}`, part: `${a.name} ${s.part}`, node: undefined, nodeOffset: undefined }));
    for (const n of a.read.notes) notes.push(`${a.name}: ${n}`);
  }

  // Page labels that are more than numbers, and layer names.
  section(
    "page labels",
    pages.filter((p) => p.label && !SHORT_LABEL.test(p.label)).map((p) => [`page ${p.number} label`, p.label as string]),
  );
  section(
    "layers",
    layers.map((n, i) => [`layer ${i + 1} name`, n]),
  );

  // What is in the file but not read.
  const names = resolved(root.get("Names"));
  // An open action that only says which page to show (an array) is not a script.
  const openAction = resolved(root.get("OpenAction"));
  if ((names.isDictionary() && !names.get("JavaScript").isNull()) || openAction.isDictionary() || !root.get("AA").isNull()) {
    notes.push("not checked: scripts and actions run when the file opens; redacted copies leave them out");
  }
  if (!root.get("StructTreeRoot").isNull()) notes.push("not checked: the tagged structure (alternative text for readers); redacted copies leave it out");

  b.trimEnd();
  return { format: "pdf", text: b.text(), segments: b.segments, notes, pagesEnd, pageCount: pages.length };
}
