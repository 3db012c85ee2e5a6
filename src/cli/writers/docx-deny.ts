import { attr, decodeEntities, escapeAttr, local, scan } from "../readers/xml";

/**
 * Default deny for a Word package being redacted. Every part is kept only when it is on the allow-list
 * (reached from the package root through a relationship of a type we read or rewrite); everything else
 * — custom XML data, the glossary, comments, embedded objects and packages, charts, SmartArt, macros,
 * ActiveX controls, external links, altChunks that are not Word packages, orphan parts — is removed, and
 * the relationships, content types and elements that pointed at it go with it, so Word and LibreOffice
 * still open the copy. Inside the parts kept, text-bearing attributes and elements the reader does not
 * read are rewritten to neutral content: content-control aliases, tags, drop-down items and placeholders;
 * form-field names, defaults and help text; alt text and drawing names; hyperlink targets and tooltips;
 * bookmark names; field codes other than a short list of safe ones (the field is unlinked: its shown
 * result stays, and is read and redacted like any text); smart tags; VML titles and base64 shape data;
 * numbering text; custom style names; XML comments; author and application properties.
 */

/** Relationship types (by the last segment of the URI) whose targets are read or rewritten. */
const KEEP_REL = new Set([
  "officeDocument",
  "styles",
  "stylesWithEffects",
  "numbering",
  "settings",
  "webSettings",
  "fontTable",
  "theme",
  "header",
  "footer",
  "footnotes",
  "endnotes",
  "image",
  "core-properties",
  "extended-properties",
]);

const DESCRIBE: [RegExp, string][] = [
  [/comment|people/i, "comments"],
  [/customXml/i, "custom XML data"],
  [/glossary/i, "the glossary (building blocks)"],
  [/oleObject|package|embedding/i, "embedded objects"],
  [/chart/i, "charts"],
  [/diagram/i, "SmartArt diagrams"],
  [/vbaProject|vbaData|keyMap|wordVbaData/i, "macros"],
  [/control|activeX/i, "ActiveX controls"],
  [/aFChunk/i, "embedded documents in another format (HTML, MHT, RTF or text)"],
  [/custom-properties/i, "custom properties"],
  [/thumbnail/i, "the thumbnail"],
  [/hyperlink|attachedTemplate|subDocument|frame/i, "links to other files or sites"],
  [/font/i, "embedded fonts"],
  [/printerSettings/i, "printer settings"],
];

/**
 * One kind of removed content as the report says it: "the glossary (building blocks)" once, however many
 * parts held it; otherwise the kind with the count after it ("embedded objects (5)", "comments (1)"), never
 * "1 the glossary" or "1 embedded objects".
 */
export const removedPhrase = (what: string, n: number) => (what.startsWith("the ") ? what : `${what} (${n})`);

const describe = (relType: string) => DESCRIBE.find(([re]) => re.test(relType))?.[1] ?? "parts the redactor does not read";

const relsPathOf = (part: string) => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

const utf8 = new TextDecoder("utf-8");
const enc = new TextEncoder();
const text = (b: Uint8Array) => {
  const s = utf8.decode(b);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
};
const isZip = (b?: Uint8Array) => !!b && b.length > 4 && b[0] === 0x50 && b[1] === 0x4b;

type Rel = { id: string; type: string; target: string; external: boolean; start: number; end: number };

function relsIn(xml: string): Rel[] {
  const out: Rel[] = [];
  scan(xml, (t) => {
    if (t.type === "open" && local(t.name) === "Relationship") {
      out.push({
        id: attr(t.attrs, "Id") ?? "",
        type: attr(t.attrs, "Type") ?? "",
        target: attr(t.attrs, "Target") ?? "",
        external: attr(t.attrs, "TargetMode") === "External",
        start: t.start,
        end: t.end,
      });
    }
  });
  return out;
}

/**
 * Applies default deny to one package. Returns the entries kept (rewritten where needed); `removed`
 * receives one plain description per kind of content removed ("embedded objects (2)").
 */
export function denyByDefault(entries: Record<string, Uint8Array>, removed: string[] = []): Record<string, Uint8Array> {
  const keep = new Set<string>(["[Content_Types].xml"]);
  // Word packages embedded whole (altChunk, often named .dat): kept as they are here; the reader loads
  // each as a package of its own, cleaned and redacted like this one, and the writer packs it back.
  const chunks = new Set<string>();
  const dropIds = new Map<string, Set<string>>(); // owner part → relationship ids removed
  const relsXml = new Map<string, string>();
  const counts = new Map<string, number>();
  const count = (what: string) => counts.set(what, (counts.get(what) ?? 0) + 1);
  const visit = (owner: string) => {
    const relsPath = owner ? relsPathOf(owner) : "_rels/.rels";
    const data = entries[relsPath];
    if (!data) return;
    const xml = text(data);
    const dropped = new Set<string>();
    const kept: string[] = [];
    for (const r of relsIn(xml)) {
      const suffix = r.type.slice(r.type.lastIndexOf("/") + 1);
      const part = r.external ? "" : owner ? resolve(owner, r.target) : r.target.replace(/^\//, "");
      const ok = !r.external && entries[part] !== undefined && (KEEP_REL.has(suffix) || (suffix === "aFChunk" && isZip(entries[part])));
      if (!ok) {
        dropped.add(r.id);
        if (r.external || entries[part] !== undefined) count(describe(r.external ? "hyperlink" : r.type));
        continue;
      }
      kept.push(part);
      if (suffix === "aFChunk") chunks.add(part);
    }
    relsXml.set(
      relsPath,
      dropped.size
        ? removeSpans(
            xml,
            relsIn(xml).filter((r) => dropped.has(r.id)),
          )
        : xml,
    );
    keep.add(relsPath);
    if (dropped.size) dropIds.set(owner, dropped);
    for (const part of kept) {
      if (keep.has(part)) continue;
      keep.add(part);
      if (/\.xml$/i.test(part)) visit(part);
    }
  };
  visit("");
  // Parts no relationship reaches (orphans) are removed with the rest.
  for (const name of Object.keys(entries)) {
    if (!keep.has(name) && !name.endsWith("/") && !/\.rels$/.test(name) && !name.startsWith("customXml/")) count("parts the redactor does not read");
  }
  const out: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(entries)) {
    if (!keep.has(name)) continue;
    let xml: string | undefined;
    if (name === "[Content_Types].xml") {
      xml = removeMatching(text(bytes), (n, attrs) => n === "Override" && !keep.has((attr(attrs, "PartName") ?? "").replace(/^\//, "")));
    } else if (relsXml.has(name)) xml = relsXml.get(name);
    else if (name === "docProps/app.xml") xml = NEUTRAL_APP;
    else if (name === "docProps/core.xml") xml = neutralCore(text(bytes));
    else if (/\.xml$/i.test(name)) xml = neutralPart(text(bytes), dropIds.get(name) ?? new Set(), name);
    else if (chunks.has(name)) {
      out[name] = bytes;
      continue;
    } else if (!/\.(xml|rels)$/i.test(name)) {
      // A picture: PNG and JPEG keep their pixels without their text chunks and metadata. Any other
      // format can carry text the redactor does not read (EMF and WMF text records, SVG <text> and
      // <title>, GIF comments, TIFF tags): it becomes a blank picture of the same format.
      const picture = neutralPicture(name, bytes);
      if (picture.replaced) count("pictures in formats that can hold text (EMF, WMF, SVG and others), replaced by blank ones");
      out[name] = picture.bytes;
      continue;
    }
    out[name] = xml === undefined ? bytes : enc.encode(xml);
  }
  // Listed after the pictures were looked at, so blanked pictures are named too.
  for (const [what, n] of counts) removed.push(removedPhrase(what, n));
  return out;
}

const NEUTRAL_APP =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity></Properties>';

/** Core properties: the ones read and redacted (title, subject, keywords, comments, category, status) and dates; no people. */
const CORE_KEEP = new Set(["coreProperties", "title", "subject", "keywords", "description", "category", "contentStatus", "created", "modified", "revision"]);
function neutralCore(xml: string): string {
  return removeMatching(xml, (n) => !CORE_KEEP.has(n));
}

function removeSpans(xml: string, spans: { start: number; end: number }[]): string {
  const out: string[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    out.push(xml.slice(at, s.start));
    at = s.end;
  }
  out.push(xml.slice(at));
  return out.join("");
}

/** Removes every element (with its content) for which drop(localName, attrs) is true; the root is never removed. */
function removeMatching(xml: string, drop: (name: string, attrs: string) => boolean): string {
  const out: string[] = [];
  let copied = 0;
  let skip = 0;
  let depth = 0;
  scan(xml, (t) => {
    if (skip) {
      if (t.type === "open" && !t.selfClosing) skip++;
      else if (t.type === "close" && --skip === 0) copied = t.end;
      return;
    }
    if (t.type === "open") {
      if (depth > 0 && drop(local(t.name), t.attrs)) {
        out.push(xml.slice(copied, t.start));
        copied = t.end;
        if (!t.selfClosing) skip = 1;
        return;
      }
      if (!t.selfClosing) depth++;
    } else if (t.type === "close") depth--;
  });
  out.push(xml.slice(copied));
  return out.join("");
}

/** Elements removed with their content wherever they are (text the reader does not read). */
const REMOVE = new Set([
  // content controls
  "w:alias",
  "w:tag",
  "w:listItem",
  "w:placeholder",
  "w:dataBinding",
  "w15:dataBinding",
  "w:docPartList",
  // legacy form fields
  "w:helpText",
  "w:statusText",
  "w:listEntry",
  "w:entryMacro",
  "w:exitMacro",
  "w:format",
  // smart tags, custom XML markup properties, mail merge, variables, templates
  "w:smartTagPr",
  "w:customXmlPr",
  "w:mailMerge",
  "w:docVars",
  "w:attachedTemplate",
  "w:aliases",
  // style and document-level things that can carry free text
  "w:captions",
  "w:autoCaptions",
  // hyperlinks on drawings (their relationship is removed)
  "a:hlinkClick",
  "a:hlinkHover",
  "a:hlinkMouseOver",
]);
/** Elements whose tags are removed but whose content stays (smart tags, inline custom XML). */
const UNWRAP = new Set(["w:smartTag", "w:customXml"]);
/** Attributes removed wherever they are: alt text, titles, links, VML shape data. */
const DROP_ATTR = new Set(["descr", "title", "alt", "o:title", "o:alt", "o:gfxdata", "o:href", "href", "w:tooltip", "w:tgtFrame", "w:docLocation", "o:spid", "w:element", "w:uri"]);
/** Containers removed whole when something inside points at a removed part. */
const CONTAINERS = new Set([
  "mc:AlternateContent",
  "w:drawing",
  "w:object",
  "w:pict",
  "w:altChunk",
  "w:control",
  "w:subDoc",
  "w:embedRegular",
  "w:embedBold",
  "w:embedItalic",
  "w:embedBoldItalic",
  "w:headerReference",
  "w:footerReference",
]);
const SAFE_BOOKMARK = /^(_(Toc|Ref|Hlk|GoBack|Hlt)\d*|_GoBack)$/;

/** Rewrites one kept XML part (see the module comment). */
export function neutralPart(xml: string, droppedIds: ReadonlySet<string>, name = ""): string {
  const fieldRuns = deniedFieldRuns(xml);
  const styleNumber = new Map<string, number>();
  const out: string[] = [];
  let copied = 0;
  const stack: { name: string; start: number; remove: boolean }[] = [];
  let skip = 0;
  const unwrapDepth: boolean[] = [];
  let bookmark = 0;
  let shape = 0;
  const emit = (start: number, end: number, replacement: string) => {
    out.push(xml.slice(copied, start), replacement);
    copied = end;
  };
  const refersToDropped = (attrs: string) => {
    if (!droppedIds.size) return false;
    for (const m of attrs.matchAll(/(?:\br:[A-Za-z]+|\bo:relid)\s*=\s*"([^"]*)"/g)) if (droppedIds.has(m[1])) return true;
    return false;
  };
  const removals: { start: number; end: number }[] = [];
  // First pass: elements to remove whole because they point at a removed part.
  scan(xml, (t) => {
    if (t.type === "open") {
      const entry = { name: t.name, start: t.start, remove: false };
      if (refersToDropped(t.attrs) && t.name !== "w:hyperlink") {
        const container = stack.find((s) => CONTAINERS.has(s.name));
        if (container) container.remove = true;
        else if (CONTAINERS.has(t.name) || t.selfClosing) removals.push({ start: t.start, end: t.end });
        else entry.remove = true;
      }
      if (!t.selfClosing) stack.push(entry);
    } else if (t.type === "close") {
      const e = stack.pop();
      if (e?.remove) removals.push({ start: e.start, end: t.end });
    }
  });
  const removeAt = new Map<number, number>();
  for (const r of removals) removeAt.set(r.start, Math.max(r.end, removeAt.get(r.start) ?? 0));
  let skipUntil = -1;

  scan(xml, (t) => {
    if (t.end <= skipUntil) return;
    if (skip) {
      if (t.type === "open" && !t.selfClosing) skip++;
      else if (t.type === "close" && --skip === 0) copied = t.end;
      return;
    }
    if (t.type === "other") {
      if (xml.startsWith("<!--", t.start)) emit(t.start, t.end, "");
      return;
    }
    if (t.type === "close") {
      if (UNWRAP.has(t.name)) {
        if (unwrapDepth.pop()) emit(t.start, t.end, "");
      } else if (t.name === "w:fldSimple") {
        if (unwrapDepth.pop()) emit(t.start, t.end, "");
      }
      return;
    }
    if (t.type !== "open") return;
    const end = removeAt.get(t.start);
    if (end !== undefined) {
      emit(t.start, end, "");
      skipUntil = end;
      return;
    }
    if (REMOVE.has(t.name) || (t.name === "w:r" && fieldRuns.has(t.start)) || (t.name === "w:name" && /w:ffData/.test(stackName(xml, t.start))) || t.name === "w:default") {
      emit(t.start, t.end, "");
      if (!t.selfClosing) skip = 1;
      return;
    }
    if (UNWRAP.has(t.name)) {
      if (!t.selfClosing) unwrapDepth.push(true);
      emit(t.start, t.end, "");
      return;
    }
    if (t.name === "w:fldSimple") {
      const safe = safeField(attr(t.attrs, "w:instr") ?? "");
      if (!t.selfClosing) unwrapDepth.push(!safe);
      if (!safe) emit(t.start, t.end, "");
      return;
    }
    // Attributes: dropped, or rewritten to neutral values.
    let attrs = t.attrs;
    let changed = false;
    const set = (n: string, v: string | undefined) => {
      const re = new RegExp(`\\s${n.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
      if (!re.test(attrs)) return;
      attrs = attrs.replace(re, v === undefined ? "" : ` ${n}="${escapeAttr(v)}"`);
      changed = true;
    };
    for (const m of [...t.attrs.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*("[^"]*"|'[^']*')/g)]) {
      const a = m[1];
      if (DROP_ATTR.has(a)) set(a, undefined);
      else if (t.name === "w:hyperlink" && a.startsWith("r:")) set(a, undefined);
      else if (a === "w:anchor" && !SAFE_BOOKMARK.test(decodeEntities(m[2].slice(1, -1)))) set(a, undefined);
    }
    const ln = local(t.name);
    if (ln === "docPr" || ln === "cNvPr") set("name", `Object ${++shape}`);
    if (t.name === "w:bookmarkStart") {
      const nm = attr(t.attrs, "w:name") ?? "";
      if (!SAFE_BOOKMARK.test(nm)) set("w:name", `_Bm${++bookmark}`);
    }
    if (t.name === "v:shape" || t.name === "v:rect" || t.name === "v:roundrect" || t.name === "v:oval" || t.name === "v:group" || t.name === "v:shapetype") {
      const id = attr(attrs, "id");
      if (id && !/^_x0000_[st]\d+$/.test(id)) set("id", `_x0000_s${1025 + ++shape}`);
    }
    if (t.name === "w:lvlText") {
      const v = attr(t.attrs, "w:val") ?? "";
      if (/\p{L}{2,}/u.test(v.replace(/%\d/g, ""))) set("w:val", (v.match(/%\d/g) ?? ["%1"]).join(".") + ".");
    }
    if (t.name === "w:style" && /w:customStyle\s*=\s*"(1|true|on)"/.test(t.attrs)) {
      const id = attr(t.attrs, "w:styleId") ?? "";
      styleNumber.set(id, styleNumber.size + 1);
    }
    if (changed) emit(t.start, t.end, `<${t.name}${attrs}${t.selfClosing ? "/" : ""}>`);
  });
  out.push(xml.slice(copied));
  let result = out.join("");
  // Custom style names go: a style is known by its number ("Custom style 3") in the copy.
  if (styleNumber.size) {
    result = result.replace(/(<w:style\b[^>]*w:styleId="([^"]*)"[^>]*>[\s\S]*?<w:name\s+w:val=")([^"]*)(")/g, (all, head: string, id: string, _n: string, tail: string) =>
      styleNumber.has(decodeEntities(id)) ? `${head}Custom style ${styleNumber.get(decodeEntities(id))}${tail}` : all,
    );
  }
  void name;
  return result;
}

/** The names of the open elements around an offset (a cheap look-back for w:name inside w:ffData). */
function stackName(xml: string, at: number): string {
  const open = xml.lastIndexOf("<w:ffData", at);
  if (open < 0) return "";
  const close = xml.lastIndexOf("</w:ffData>", at);
  return close > open ? "" : "w:ffData";
}

const FIELD_OK =
  /^(PAGE|NUMPAGES|SECTIONPAGES|SECTION|DATE|TIME|PRINTDATE|SAVEDATE|CREATEDATE|EDITTIME|SEQ|TOC|PAGEREF|NOTEREF|FORMTEXT|FORMCHECKBOX|LISTNUM|AUTONUM|AUTONUMLGL|AUTONUMOUT)$/;
const SWITCH_WORDS = new Set([
  "ARABIC",
  "MERGEFORMAT",
  "CHARFORMAT",
  "ALPHABETIC",
  "alphabetic",
  "ROMAN",
  "Roman",
  "roman",
  "Arabic",
  "Ordinal",
  "OrdText",
  "CardText",
  "Caps",
  "FirstCap",
  "Upper",
  "Lower",
  "Hex",
  "Figure",
  "Table",
  "Equation",
]);

/** True for a field whose code holds nothing but a safe keyword, switches, numbers, bookmarks of Word's own and date formats. */
export function safeField(instr: string): boolean {
  const tokens = instr.trim().match(/"[^"]*"|\S+/g) ?? [];
  if (!tokens.length || !FIELD_OK.test((tokens[0] ?? "").toUpperCase())) return false;
  for (const tok of tokens.slice(1)) {
    if (tok.startsWith('"')) {
      if (!/^"[\s\d\-–.,:;/()dMyHhmsAaPpw'#0*%]*"$/.test(tok)) return false;
    } else if (!(/^\\[\w*@!#]+$/.test(tok) || /^[\d\-.,:]+$/.test(tok) || SAFE_BOOKMARK.test(tok) || SWITCH_WORDS.has(tok))) return false;
  }
  return true;
}

/**
 * The runs of fields to unlink: for each complex field (begin … separate … end) whose code is not safe,
 * the runs holding its code and its begin, separate and end marks; its result runs stay as plain text.
 */
function deniedFieldRuns(xml: string): Set<number> {
  if (!xml.includes("w:fldChar")) return new Set();
  type Run = { start: number; fld?: string; instr: string };
  const runs: Run[] = [];
  const open: Run[] = [];
  let inInstr = false;
  scan(xml, (t) => {
    if (t.type === "open") {
      if (t.name === "w:r" && !t.selfClosing) {
        const r = { start: t.start, instr: "" };
        runs.push(r);
        open.push(r);
      } else if (t.name === "w:fldChar" && open.length) open[open.length - 1].fld = attr(t.attrs, "w:fldCharType");
      else if ((t.name === "w:instrText" || t.name === "w:delInstrText") && !t.selfClosing) inInstr = true;
    } else if (t.type === "close") {
      if (t.name === "w:r") open.pop();
      else if (t.name === "w:instrText" || t.name === "w:delInstrText") inInstr = false;
    } else if (t.type === "text" && inInstr && open.length) open[open.length - 1].instr += decodeEntities(xml.slice(t.start, t.end));
  });
  const denied = new Set<number>();
  type Field = { code: Run[]; instr: string; inResult: boolean };
  const fields: Field[] = [];
  for (const r of runs) {
    const top = fields[fields.length - 1];
    if (r.fld === "begin") {
      fields.push({ code: [r], instr: "", inResult: false });
      if (top && !top.inResult) top.code.push(r);
      continue;
    }
    if (!top) continue;
    if (!top.inResult) {
      top.code.push(r);
      top.instr += r.instr;
      // Runs of an enclosing field's code hold this code too.
      for (const f of fields) if (f !== top && !f.inResult) f.instr += r.instr;
    }
    if (r.fld === "separate") top.inResult = true;
    if (r.fld === "end") {
      fields.pop();
      if (!safeField(top.instr)) {
        for (const c of top.code) denied.add(c.start);
        denied.add(r.start);
      }
      const parent = fields[fields.length - 1];
      if (parent && !parent.inResult) parent.code.push(r);
    }
  }
  // An unterminated field: its code runs go.
  for (const f of fields) if (!safeField(f.instr)) for (const c of f.code) denied.add(c.start);
  return denied;
}

/** PNG without text or Exif chunks (pixels and colour data only). */
export function stripPng(b: Uint8Array): Uint8Array {
  if (b.length < 8 || b[0] !== 0x89) return b;
  const keep: Uint8Array[] = [b.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= b.length) {
    const len = ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
    const type = String.fromCharCode(b[at + 4], b[at + 5], b[at + 6], b[at + 7]);
    if (at + 12 + len > b.length) return b;
    if (!/^(tEXt|iTXt|zTXt|eXIf|tIME)$/.test(type)) keep.push(b.subarray(at, at + 12 + len));
    at += 12 + len;
    if (type === "IEND") break;
  }
  return Buffer.concat(keep);
}

/** JPEG without metadata segments (APP1–APP15: Exif, XMP, IPTC; comments). */
export function stripJpeg(b: Uint8Array): Uint8Array {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return b;
  const keep: Uint8Array[] = [b.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= b.length && b[at] === 0xff) {
    const marker = b[at + 1];
    if (marker === 0xda) break;
    const len = (b[at + 2] << 8) | b[at + 3];
    if ((marker >= 0xe1 && marker <= 0xef) || marker === 0xfe) {
      at += 2 + len;
      continue;
    }
    keep.push(b.subarray(at, at + 2 + len));
    at += 2 + len;
  }
  keep.push(b.subarray(at));
  return Buffer.concat(keep);
}

const isPngBytes = (b: Uint8Array) => b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
const isJpegBytes = (b: Uint8Array) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/** Little-endian 32-bit words as bytes. */
const words32 = (values: number[]) => {
  const b = new Uint8Array(values.length * 4);
  const v = new DataView(b.buffer);
  values.forEach((x, i) => v.setInt32(i * 4, x, true));
  return b;
};

/** An empty 1×1 EMF: a header record and an end-of-file record, nothing drawn. */
const BLANK_EMF = words32([
  // EMR_HEADER: type, size, bounds (4), frame (4, 0.01 mm), signature " EMF", version, bytes, records, handles + reserved, description (count, offset), palette entries, device (px), millimetres
  1,
  88, 0, 0, 0, 0, 0, 0, 26, 26, 0x464d4520, 0x10000, 108, 2, 1, 0, 0, 0, 1024, 768, 320, 240,
  // EMR_EOF: type, size, palette entries, palette offset, size again
  14, 20, 0, 16, 20,
]);
/** An empty WMF: the 18-byte header and the end-of-file record. */
const BLANK_WMF = new Uint8Array([1, 0, 9, 0, 0, 3, 12, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0]);
const BLANK_SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
/** A 1×1 transparent GIF. */
const BLANK_GIF = new Uint8Array([
  0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0x21, 0xf9, 4, 1, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3b,
]);
/** A 1×1 white PNG (for any other format: Word and LibreOffice read a picture by its bytes). */
const BLANK_PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC", "base64"));

/** A picture part as it may stay in the copy (by its bytes, whatever its name says). */
export function neutralPicture(name: string, bytes: Uint8Array): { bytes: Uint8Array; replaced: boolean } {
  if (isPngBytes(bytes)) return { bytes: stripPng(bytes), replaced: false };
  if (isJpegBytes(bytes)) return { bytes: stripJpeg(bytes), replaced: false };
  const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
  const blank = ext === "emf" ? BLANK_EMF : ext === "wmf" ? BLANK_WMF : ext === "svg" ? BLANK_SVG : ext === "gif" ? BLANK_GIF : BLANK_PNG;
  return { bytes: blank, replaced: true };
}
