import { unzipSync } from "fflate";
import { attr, decodeEntities, local, scan } from "./xml";
import { hasUtf16Name, isCompoundFile, looksLike, ReaderError, TextBuilder, type ReadResult } from "./types";

/**
 * Word (.docx) reader. The text is what Word shows with all markup: body, text boxes, tables, tracked
 * insertions and deletions (deleted text where it sits), hidden text, then headers, footers,
 * footnotes, endnotes, comments, embedded documents (altChunk) and the document properties, each
 * part separated by a blank line. Field codes are left out (their results are read), and a text box
 * stored twice (DrawingML with a VML fallback) is read once.
 */

/** One piece of text in a package part: a w:t, w:delText or a property value. */
export type TextNode = {
  /** Index of the package in DocxModel.packages (0 is the file, others are embedded documents). */
  pkg: number;
  part: string;
  /** The raw span of the text between the open and close tag. */
  rawStart: number;
  rawEnd: number;
  /** The raw span of the open tag (a w:t may need xml:space="preserve" after an edit). */
  openStart: number;
  openEnd: number;
  /** True for w:t, whose leading and trailing spaces need xml:space="preserve". */
  wordText: boolean;
  text: string;
  hidden: boolean;
};

export type DocxPackage = {
  /** The zip entries, in their order. XML parts read or changed are in `xml`. */
  entries: Record<string, Uint8Array>;
  xml: Map<string, string>;
  /** For an embedded document: the package and entry that hold it. */
  parent?: { pkg: number; entry: string };
  /** The main document part ("word/document.xml"). */
  main: string;
};

export type DocxModel = {
  packages: DocxPackage[];
  nodes: TextNode[];
  /** Applied to every package (the file and embedded documents) before it is read: the redaction clean-up. */
  transform?: (entries: Record<string, Uint8Array>) => Record<string, Uint8Array>;
  /** One budget for the file and every package nested in it. */
  budget?: Budget;
};

export type DocxRead = ReadResult & { model: DocxModel };

export const MAX_UNZIPPED = 512 * 1024 * 1024;
const MAX_DEPTH = 3;

const utf8 = new TextDecoder("utf-8");
export const decodeXml = (b: Uint8Array) => {
  const s = utf8.decode(b);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
};

/** Opens the zip; a compound file (encrypted, or an old .doc renamed) or a broken zip is a ReaderError. */
/** What is left of the memory budget shared by a file and everything nested in it (bytes unpacked). */
export type Budget = { left: number };

export function openZip(bytes: Uint8Array, what = "This file", budget: Budget = { left: MAX_UNZIPPED }): Record<string, Uint8Array> {
  if (bytes.length === 0) throw new ReaderError("empty", `${what} is empty.`);
  if (isCompoundFile(bytes)) {
    if (hasUtf16Name(bytes, "EncryptedPackage")) throw new ReaderError("encrypted", `${what} is password-protected; remove the password in Word and try again.`);
    throw new ReaderError("unsupported", `${what} is an old-style Word (.doc) file, not a .docx; save it as .docx in Word and try again.`);
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new ReaderError("corrupt", `${what} is not a Word document (it is not a .docx package)${looksLike(bytes)}.`);
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        budget.left -= f.originalSize;
        if (total > MAX_UNZIPPED || budget.left < 0)
          throw new ReaderError("too-large", `${what} unpacks to more than ${MAX_UNZIPPED / 1024 / 1024} MB with everything nested in it, too large to check safely.`);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof ReaderError) throw err;
    throw new ReaderError("truncated", `${what} is damaged or incomplete (the package cannot be unpacked); ask for a fresh copy.`);
  }
}

type Rel = { id: string; type: string; target: string; external: boolean };

/** The relationships of a part, from its _rels file. */
export function relsOf(entries: Record<string, Uint8Array>, xmlCache: Map<string, string>, part: string): Rel[] {
  const slash = part.lastIndexOf("/");
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const xml = partXml(entries, xmlCache, relsPath);
  if (xml === undefined) return [];
  const out: Rel[] = [];
  scan(xml, (t) => {
    if (t.type === "open" && local(t.name) === "Relationship") {
      out.push({ id: attr(t.attrs, "Id") ?? "", type: attr(t.attrs, "Type") ?? "", target: attr(t.attrs, "Target") ?? "", external: attr(t.attrs, "TargetMode") === "External" });
    }
  });
  return out;
}

/** Resolves a relationship target against the part that holds it. */
export function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

export function partXml(entries: Record<string, Uint8Array>, cache: Map<string, string>, name: string): string | undefined {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const bytes = entries[name];
  if (!bytes) return undefined;
  const xml = decodeXml(bytes);
  cache.set(name, xml);
  return xml;
}

const typeEnds = (rel: Rel, suffix: string) => rel.type.endsWith(`/${suffix}`);

/** The main document part, from _rels/.rels (word/document.xml when it does not say). */
export function mainPart(entries: Record<string, Uint8Array>, cache: Map<string, string>): string | undefined {
  const rel = relsOf(entries, cache, "").find((r) => typeEnds(r, "officeDocument"));
  const main = rel ? resolveTarget("", rel.target) : "word/document.xml";
  return entries[main] ? main : entries["word/document.xml"] ? "word/document.xml" : undefined;
}

const numberIn = (s: string) => parseInt(s.replace(/\D+/g, "") || "0", 10);

/** The story parts in reading order, with their labels. */
export function storyParts(entries: Record<string, Uint8Array>, cache: Map<string, string>, main: string): { part: string; label: string; kind: string }[] {
  const rels = relsOf(entries, cache, main).filter((r) => !r.external);
  const out: { part: string; label: string; kind: string }[] = [{ part: main, label: "body", kind: "body" }];
  const add = (suffix: string, label: string, numbered: boolean) => {
    const targets = rels
      .filter((r) => typeEnds(r, suffix))
      .map((r) => resolveTarget(main, r.target))
      .filter((p) => entries[p]);
    const unique = [...new Set(targets)].sort((a, b) => numberIn(a) - numberIn(b) || (a < b ? -1 : 1));
    unique.forEach((p, i) => out.push({ part: p, label: numbered && unique.length > 1 ? `${label} ${i + 1}` : label, kind: suffix }));
  };
  add("header", "header", true);
  add("footer", "footer", true);
  add("footnotes", "footnotes", false);
  add("endnotes", "endnotes", false);
  add("comments", "comments", false);
  return out;
}

/** Reads a .docx file. */
export function readDocx(bytes: Uint8Array, what = "This file", transform?: DocxModel["transform"], budget: Budget = { left: MAX_UNZIPPED }): DocxRead {
  const model: DocxModel = { packages: [], nodes: [], budget, ...(transform ? { transform } : {}) };
  const b = new TextBuilder();
  const notes: string[] = [];
  loadPackage(model, openZip(bytes, what, budget), undefined, what);
  readPackage(model, 0, b, notes, "", 0);
  b.trimEnd();
  return { format: "docx", text: b.text(), segments: b.segments, notes, model };
}

/** Adds a package to the model; throws a ReaderError when it has no document part. */
export function loadPackage(model: DocxModel, original: Record<string, Uint8Array>, parent: DocxPackage["parent"], what: string): number {
  const entries = model.transform ? model.transform(original) : original;
  const xml = new Map<string, string>();
  const main = mainPart(entries, xml);
  if (!main) throw new ReaderError("unsupported", `${what} is not a Word document (it has no document part).`);
  model.packages.push({ entries, xml, main, ...(parent ? { parent } : {}) });
  return model.packages.length - 1;
}

/** Reads one package's stories, embedded documents and properties into the builder. */
export function readPackage(model: DocxModel, pkgIndex: number, b: TextBuilder, notes: string[], prefix: string, depth: number): void {
  const pkg = model.packages[pkgIndex];
  const { entries, xml: cache } = pkg;
  for (const story of storyParts(entries, cache, pkg.main)) {
    const xml = partXml(entries, cache, story.part);
    if (xml === undefined) continue;
    b.part();
    readStory(model, pkgIndex, story.part, xml, `${prefix}${story.label}`, b);
  }
  // Embedded whole documents (altChunk): Word shows their text in the body.
  const chunks = relsOf(entries, cache, pkg.main).filter((r) => typeEnds(r, "aFChunk") && !r.external);
  chunks.forEach((r, i) => {
    const entry = resolveTarget(pkg.main, r.target);
    const data = entries[entry];
    if (!data) return;
    const label = `${prefix}embedded document${chunks.length > 1 ? ` ${i + 1}` : ""}`;
    if (data[0] !== 0x50 || data[1] !== 0x4b || depth >= MAX_DEPTH) {
      // An HTML, RTF or plain-text chunk: read its text as a property-like node is not possible in place.
      notes.push(`${label} is not a Word package and was not checked.`);
      return;
    }
    try {
      const child = loadPackage(model, openZip(data, label, model.budget), { pkg: pkgIndex, entry }, label);
      readPackage(model, child, b, notes, `${label}: `, depth + 1);
    } catch (err) {
      notes.push(`${label} could not be read: ${err instanceof Error ? err.message : "unknown problem"}`);
    }
  });
  readProperties(model, pkgIndex, b, prefix);
  const embedded = Object.keys(entries).filter((n) => /\/embeddings\//.test(n) && !chunks.some((r) => resolveTarget(pkg.main, r.target) === n));
  if (embedded.length)
    notes.push(
      `${prefix}${embedded.length} embedded object${embedded.length === 1 ? " was" : "s were"} not checked (open ${embedded.length === 1 ? "it" : "them"} in Word to check).`,
    );
}

const PROPERTY_LABELS: Record<string, string> = {
  title: "Title",
  subject: "Subject",
  creator: "Author",
  keywords: "Keywords",
  description: "Comments",
  lastModifiedBy: "Last modified by",
  category: "Category",
  contentStatus: "Status",
  Company: "Company",
  Manager: "Manager",
};

/** Core, app and custom document properties, one "Label: value" line each. */
function readProperties(model: DocxModel, pkgIndex: number, b: TextBuilder, prefix: string): void {
  const pkg = model.packages[pkgIndex];
  let started = false;
  const location = `${prefix}document properties`;
  const readPart = (part: string, custom: boolean) => {
    const xml = partXml(pkg.entries, pkg.xml, part);
    if (xml === undefined) return;
    let label: string | undefined;
    let open: { start: number; end: number } | undefined;
    let propName: string | undefined;
    scan(xml, (t) => {
      if (t.type === "open") {
        const name = local(t.name);
        if (custom && name === "property") propName = attr(t.attrs, "name");
        label = custom ? (propName && /^(lpwstr|lpstr|bstr)$/.test(name) ? propName : undefined) : PROPERTY_LABELS[name];
        open = t.selfClosing ? undefined : { start: t.start, end: t.end };
      } else if (t.type === "text" && label && open) {
        const text = decodeEntities(xml.slice(t.start, t.end));
        if (!text.trim()) return;
        if (!started) {
          b.part();
          started = true;
        }
        const node =
          model.nodes.push({ pkg: pkgIndex, part, rawStart: t.start, rawEnd: t.end, openStart: open.start, openEnd: open.end, wordText: false, text, hidden: false }) - 1;
        b.sep(`${label}: `);
        b.add(text, { location: `${location} (${label})`, part, node, nodeOffset: 0 });
        b.sep("\n");
      } else if (t.type === "close") {
        label = undefined;
        open = undefined;
      }
    });
  };
  readPart("docProps/core.xml", false);
  readPart("docProps/app.xml", false);
  readPart("docProps/custom.xml", true);
}

const FALSE_VAL = /^(0|false|off)$/;

/** Reads one story part (body, header, footnotes…) paragraph by paragraph. */
export function readStory(model: DocxModel, pkgIndex: number, part: string, xml: string, label: string, b: TextBuilder): void {
  let paragraph = 1;
  let skipDepth = 0; // inside mc:Fallback or a field code: skipped
  let depth = 0;
  let inRun = 0;
  let inRunProps = false;
  let inParaProps = 0;
  let runHidden = false;
  let delDepth = 0;
  let textOpen: { start: number; end: number; wordText: boolean } | undefined;
  scan(xml, (t) => {
    if (t.type === "open") {
      const name = t.name;
      if (skipDepth) {
        if (!t.selfClosing) depth++;
        return;
      }
      switch (name) {
        case "w:footnote":
        case "w:endnote":
          // Separator "notes" hold no text, only empty paragraphs.
          if (!t.selfClosing && attr(t.attrs, "w:type")) {
            skipDepth = 1;
            depth = 1;
          }
          return;
        case "mc:Fallback":
        case "w:instrText":
        case "w:delInstrText":
          if (!t.selfClosing) {
            skipDepth = 1;
            depth = 1;
          }
          return;
        case "w:r":
          if (!t.selfClosing) {
            inRun++;
            runHidden = false;
          }
          return;
        case "w:pPr":
          if (!t.selfClosing) inParaProps++;
          return;
        case "w:rPr":
          if (inRun && !inParaProps && !t.selfClosing) inRunProps = true;
          return;
        case "w:vanish":
          if (inRunProps && !FALSE_VAL.test(attr(t.attrs, "w:val") ?? "")) runHidden = true;
          return;
        case "w:del":
        case "w:moveFrom":
          if (!t.selfClosing) delDepth++;
          return;
        case "w:t":
        case "w:delText":
        case "m:t":
          // m:t: the text of an equation, read like any other.
          if (!t.selfClosing) textOpen = { start: t.start, end: t.end, wordText: name !== "w:delText" };
          return;
        case "w:tab":
          if (inRun && !inParaProps) b.sep("\t");
          return;
        case "w:br":
        case "w:cr":
          if (inRun) b.sep("\n");
          return;
        case "w:noBreakHyphen":
          if (inRun) b.sep("-");
          return;
      }
      return;
    }
    if (t.type === "close") {
      if (skipDepth) {
        depth--;
        if (depth === 0) skipDepth = 0;
        return;
      }
      switch (t.name) {
        case "w:r":
          if (inRun) inRun--;
          inRunProps = false;
          runHidden = false;
          break;
        case "w:rPr":
          inRunProps = false;
          break;
        case "w:pPr":
          if (inParaProps) inParaProps--;
          break;
        case "w:del":
        case "w:moveFrom":
          if (delDepth) delDepth--;
          break;
        case "w:t":
        case "w:delText":
        case "m:t":
          textOpen = undefined;
          break;
        case "w:p":
          b.sep("\n");
          paragraph++;
          break;
      }
      return;
    }
    if (t.type === "text" && textOpen && !skipDepth) {
      const text = decodeEntities(xml.slice(t.start, t.end));
      if (!text) return;
      const node =
        model.nodes.push({
          pkg: pkgIndex,
          part,
          rawStart: t.start,
          rawEnd: t.end,
          openStart: textOpen.start,
          openEnd: textOpen.end,
          wordText: textOpen.wordText,
          text,
          hidden: runHidden,
        }) - 1;
      b.add(text, {
        location: `${label}, paragraph ${paragraph}`,
        part,
        node,
        nodeOffset: 0,
        ...(runHidden ? { hidden: true } : {}),
        ...(delDepth || !textOpen.wordText ? { deleted: true } : {}),
      });
    }
  });
}
