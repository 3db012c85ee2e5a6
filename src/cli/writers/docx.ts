import { decodeXml, partXml, readDocx, type Budget, type DocxRead } from "../readers/docx";
import { spellings, type Secret, type Spellings } from "../../redact/spellings";
import { denyByDefault } from "./docx-deny";
import type { Segment } from "../readers/types";
import { attrValueSpans, decodeEntities, escapeAttr, escapeText, scan } from "../readers/xml";
import { zipPackage, type ZipEntry } from "./zip";

/**
 * Redacted copies of Word documents. Before the text is read for redaction the package is cleaned:
 * tracked changes are accepted (deletions and moved-from text removed, insertions kept), comments
 * and their anchors removed (a comment is a reviewer's note, often about a person: we remove them
 * all rather than guess which ones quote redacted text), data bindings cut (so Word does not refill
 * a redacted content control from its data part), the VML fallback copies of text boxes dropped,
 * document variables, custom properties, the author fields and the page-1 thumbnail removed. Then
 * each redaction edits the runs in place, so the formatting stays as it was.
 */

const REMOVE_ELEMENT = new Set([
  "w:del",
  "w:moveFrom",
  "mc:Fallback",
  "w:rPrChange",
  "w:pPrChange",
  "w:sectPrChange",
  "w:tblPrChange",
  "w:trPrChange",
  "w:tcPrChange",
  "w:tblGridChange",
  "w:numberingChange",
  "w:tblPrExChange",
  "w:docVars",
  "w:attachedTemplate",
]);

const DROP_TAG = new Set([
  "w:ins",
  "w:moveTo",
  "w:moveFromRangeStart",
  "w:moveFromRangeEnd",
  "w:moveToRangeStart",
  "w:moveToRangeEnd",
  "w:commentRangeStart",
  "w:commentRangeEnd",
  "w:commentReference",
  "w:dataBinding",
  "w:cellIns",
  "w:cellDel",
  "w:cellMerge",
  "w:customXmlInsRangeStart",
  "w:customXmlInsRangeEnd",
  "w:customXmlDelRangeStart",
  "w:customXmlDelRangeEnd",
  "w:customXmlMoveFromRangeStart",
  "w:customXmlMoveFromRangeEnd",
  "w:customXmlMoveToRangeStart",
  "w:customXmlMoveToRangeEnd",
  "w:trackRevisions",
]);

/** Accepts tracked changes and removes comment anchors, data bindings and fallbacks in one XML part. */
export function cleanPart(xml: string): string {
  // Table rows deleted with Track Changes: the whole row goes.
  const deletedRows: { start: number; end: number }[] = [];
  const rows: { start: number; deleted: boolean }[] = [];
  let inTrPr = 0;
  scan(xml, (t) => {
    if (t.type === "open") {
      if (t.name === "w:tr" && !t.selfClosing) rows.push({ start: t.start, deleted: false });
      else if (t.name === "w:trPr" && !t.selfClosing) inTrPr++;
      else if (t.name === "w:del" && inTrPr && rows.length) rows[rows.length - 1].deleted = true;
    } else if (t.type === "close") {
      if (t.name === "w:trPr") inTrPr = Math.max(0, inTrPr - 1);
      else if (t.name === "w:tr") {
        const row = rows.pop();
        if (row?.deleted) deletedRows.push({ start: row.start, end: t.end });
      }
    }
  });
  const rowEnd = new Map(deletedRows.map((r) => [r.start, r.end]));

  const out: string[] = [];
  let copied = 0;
  let skipUntil = -1;
  let skipDepth = 0;
  scan(xml, (t) => {
    if (t.end <= skipUntil) return;
    if (skipDepth) {
      if (t.type === "open" && !t.selfClosing) skipDepth++;
      else if (t.type === "close") {
        skipDepth--;
        if (skipDepth === 0) copied = t.end;
      }
      return;
    }
    if (t.type === "open") {
      const end = rowEnd.get(t.start);
      if (end !== undefined) {
        out.push(xml.slice(copied, t.start));
        copied = end;
        skipUntil = end;
        return;
      }
      if (REMOVE_ELEMENT.has(t.name) || DROP_TAG.has(t.name)) {
        out.push(xml.slice(copied, t.start));
        copied = t.end;
        if (REMOVE_ELEMENT.has(t.name) && !t.selfClosing) skipDepth = 1;
      }
    } else if (t.type === "close" && DROP_TAG.has(t.name)) {
      out.push(xml.slice(copied, t.start));
      copied = t.end;
    }
  });
  if (copied === 0) return xml;
  out.push(xml.slice(copied));
  return out.join("");
}

/**
 * Cleans a whole package for redaction: tracked changes accepted in every WordprocessingML part, then
 * default deny (see docx-deny.ts): only parts and attributes we read or rewrite stay. Returns the new
 * entries (the input is not changed); `removed` receives what was taken out, in words.
 */
export function cleanPackage(entries: Record<string, Uint8Array>, removed: string[] = []): Record<string, Uint8Array> {
  const accepted: Record<string, Uint8Array> = {};
  const enc = new TextEncoder();
  for (const [name, bytes] of Object.entries(entries)) {
    if (name.endsWith(".xml") && name.startsWith("word/")) {
      const raw = decodeXml(bytes);
      const xml = raw.includes("w:") ? cleanPart(raw) : raw;
      accepted[name] = xml === raw ? bytes : enc.encode(xml);
    } else accepted[name] = bytes;
  }
  return denyByDefault(accepted, removed);
}

/** Reads a .docx for redaction: cleaned first, so the text is what the redacted copy will hold; what was removed is in its notes. */
export function readDocxForRedaction(bytes: Uint8Array, what = "This file", budget?: Budget): DocxRead {
  const removed: string[] = [];
  const read = readDocx(bytes, what, (e) => cleanPackage(e, removed), budget);
  if (removed.length) read.notes.push(`Removed from the copy, not checked: ${[...new Set(removed)].join(", ")}.`);
  return read;
}

/** A redaction edit in the reader's text. */
export type TextEdit = { start: number; end: number; replacement: string };

/** A name or number to remove wherever it is left (in any spelling), and what replaces it. */
export type Sweep = { secret: Secret; replace: string };

/**
 * Writes the redacted package: each edit changes the runs it covers (the replacement goes into the
 * first run, the other runs lose their part), hidden text touched by an edit is removed whole, then
 * every redacted string still anywhere in the package's XML (data parts, alt text, field codes,
 * properties) is replaced too.
 */
export function writeRedactedDocx(read: DocxRead, edits: readonly TextEdit[], sweeps: readonly Sweep[]): Uint8Array {
  const { model, segments } = read;
  const ops = new Map<number, { from: number; to: number; replacement: string }[]>();
  for (const e of edits) {
    let first = true;
    for (let i = firstSegmentEndingAfter(segments, e.start); i < segments.length && segments[i].start < e.end; i++) {
      const s = segments[i];
      if (s.node === undefined) continue;
      const from = Math.max(e.start, s.start) - s.start + (s.nodeOffset ?? 0);
      const to = Math.min(e.end, s.end) - s.start + (s.nodeOffset ?? 0);
      if (to <= from && !first) continue;
      const list = ops.get(s.node) ?? [];
      list.push({ from, to, replacement: first ? e.replacement : "" });
      ops.set(s.node, list);
      first = false;
    }
  }
  // New text per node, then spliced into each part.
  const byPart = new Map<string, { node: number; text: string }[]>();
  for (const [node, list] of ops) {
    const n = model.nodes[node];
    let text = n.text;
    if (n.hidden) text = "";
    else for (const op of list.sort((a, b) => b.from - a.from)) text = text.slice(0, op.from) + op.replacement + text.slice(op.to);
    const key = `${n.pkg}\u0000${n.part}`;
    const arr = byPart.get(key) ?? [];
    arr.push({ node, text });
    byPart.set(key, arr);
  }
  for (const [key, changes] of byPart) {
    const [pkgIndex, part] = key.split("\u0000");
    const pkg = model.packages[+pkgIndex];
    const xml = partXml(pkg.entries, pkg.xml, part) as string;
    changes.sort((a, b) => model.nodes[a.node].rawStart - model.nodes[b.node].rawStart);
    const out: string[] = [];
    let copied = 0;
    for (const c of changes) {
      const n = model.nodes[c.node];
      const needsPreserve = n.wordText && /^\s|\s$/.test(c.text) && !/xml:space\s*=\s*["']preserve/.test(xml.slice(n.openStart, n.openEnd));
      if (needsPreserve) {
        const tag = /^<([\w:]+)/.exec(xml.slice(n.openStart, n.openEnd))?.[1] ?? "w:t";
        out.push(xml.slice(copied, n.openStart), `<${tag} xml:space="preserve">`);
        copied = n.openEnd;
      }
      out.push(xml.slice(copied, n.rawStart), escapeText(c.text));
      copied = n.rawEnd;
    }
    out.push(xml.slice(copied));
    pkg.xml.set(part, out.join(""));
  }
  const sp = spellings(sweeps.map((s) => s.secret));
  const replaceOf = new Map(sweeps.map((s) => [s.secret, s.replace]));
  const enc = new TextEncoder();
  // Embedded packages first (they have higher indexes), so each parent zips its children's new bytes.
  for (let p = model.packages.length - 1; p >= 0; p--) {
    const pkg = model.packages[p];
    const files: ZipEntry[] = [];
    for (const [name, bytes] of Object.entries(pkg.entries)) {
      let xml = pkg.xml.get(name);
      if (sp && /\.(xml|rels|vml)$/i.test(name)) {
        const current = xml ?? decodeXml(bytes);
        const swept = sweepXml(current, sp, replaceOf);
        if (swept !== current) xml = swept;
      }
      const data = xml === undefined ? bytes : enc.encode(xml);
      files.push({ name, data, compress: !/\.(png|jpe?g|gif|emf|wmf|bin|wdp|tiff?)$/i.test(name) });
    }
    const zipped = zipPackage(files);
    if (pkg.parent) model.packages[pkg.parent.pkg].entries[pkg.parent.entry] = zipped;
    else return zipped;
  }
  throw new Error("no package");
}

function firstSegmentEndingAfter(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Any case of one character: "o" → "[oO]". */
const anyCase = (ch: string) => {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  return lower !== upper && lower.length === 1 && upper.length === 1 ? `[${escapeRe(lower)}${escapeRe(upper)}]` : escapeRe(ch);
};

/**
 * One regex for whole-word occurrences of any of the strings; undefined for none. A string written
 * with a capital ("Hope", "Will") matches only with that capital (or in capitals throughout), so a
 * child called Hope does not take "I hope" with her; other letters and lower-case strings (emails)
 * match in any case.
 */
export function sweepRegex(strings: readonly string[]): RegExp | undefined {
  const unique = [...new Set(strings.map((s) => s.trim()).filter((s) => s.length >= 2))].sort((a, b) => b.length - a.length);
  if (!unique.length) return undefined;
  const pattern = (s: string) =>
    s
      .split(/\s+/)
      .map((word) => {
        const chars = [...word];
        const capital = /^\p{Lu}/u.test(word);
        return (capital ? escapeRe(chars[0]) : anyCase(chars[0])) + chars.slice(1).map(anyCase).join("");
      })
      .join("\\s+");
  const body = unique.map(pattern).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, "gu");
}

/** Replaces the secrets in element text and attribute values (decoded first, so character references hide nothing). */
function sweepXml(xml: string, sp: Spellings, replaceOf: Map<Secret, string>): string {
  const out: string[] = [];
  let copied = 0;
  const by = (x: Secret) => replaceOf.get(x) ?? "[redacted]";
  const fix = (start: number, end: number, inAttr: boolean) => {
    const decoded = decodeEntities(xml.slice(start, end));
    const replaced = sp.replace(decoded, by);
    if (replaced === decoded) return;
    out.push(xml.slice(copied, start), inAttr ? escapeAttr(replaced) : escapeText(replaced));
    copied = end;
  };
  scan(xml, (t) => {
    if (t.type === "text") fix(t.start, t.end, false);
    else if (t.type === "open" && t.attrs) {
      const base = t.start + 1 + t.name.length;
      for (const v of attrValueSpans(t.attrs, base)) fix(v.start, v.end, true);
    } else if (t.type === "other" && xml.startsWith("<![CDATA[", t.start)) {
      // CDATA: replaced as text (escaped), the section markers kept.
      const inner = xml.slice(t.start + 9, t.end - 3);
      const replaced = sp.replace(inner, by);
      if (replaced !== inner) {
        out.push(xml.slice(copied, t.start), escapeText(replaced));
        copied = t.end;
      }
    }
  });
  if (copied === 0) return xml;
  out.push(xml.slice(copied));
  return out.join("");
}
