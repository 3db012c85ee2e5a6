import type * as Mupdf from "mupdf/dist/mupdf";
import { layoutPages, loadMupdf, resolved } from "../readers/pdf";
import { PDF_NAMES, syntaxText } from "./pdf-syntax";

/** Characters that may join or split a name's words ("Tyler Brown", "tyler.brown", "Tyler_Brown"). */
const NAME_GAP = /^[\s._-]$/u;
/** Characters that may split an identifier's digits ("07700 900871", "(07700) 900-871"). */
const DIGIT_GAP = /^[\s().-]$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Whether the code point at or before an offset is a letter or number (surrogate pairs read whole). */
function letterOrNumberAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(i) as number));
}
function letterOrNumberBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? letterOrNumberAt(text, i - 2) : letterOrNumberAt(text, i - 1);
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isNameGap = (ch: string) => ch === " " || ch === "." || ch === "_" || ch === "-" || (ch.charCodeAt(0) > 32 && ch.charCodeAt(0) < 128 ? false : NAME_GAP.test(ch));
const isDigitGap = (ch: string) => ch === " " || (ch.charCodeAt(0) > 32 && ch.charCodeAt(0) < 128 ? ch === "(" || ch === ")" || ch === "." || ch === "-" : DIGIT_GAP.test(ch));
/** Lower case, one code unit for one (a character whose lower case is longer is kept as it is). */
const fold = (ch: string) => {
  const l = ch.toLowerCase();
  return l.length === ch.length ? l : ch;
};

/** A node of the names' trie; a gap node stands for any run of NAME_GAP characters between two words. */
type TrieNode = { next: Map<string, TrieNode>; gap?: TrieNode; isGap?: boolean; final?: boolean };
const trieNode = (isGap = false): TrieNode => ({ next: new Map(), ...(isGap ? { isGap } : {}) });

/**
 * The spellings a redacted string may take elsewhere in a PDF: any case (a name written with a capital
 * must keep it, so "Hope" does not catch "I hope"), words joined, spaced, dotted or hyphenated
 * ("TylerBrown", "tyler.brown"), and the digits of an identifier with any spacing ("07700900123",
 * "077 009 00123"), each bounded by something that is not a letter or number. Independent of the
 * writers' own sweep on purpose. The search is linear in the text whatever the number of strings (a
 * bundle redacts hundreds of numbers): the words go into a trie walked from each word start, the
 * digits into a set looked up by the digit runs of the text.
 */
export type SpellingsMatcher = { root: TrieNode; digits: Set<string>; longestDigits: number; capitals: Map<string, boolean[]> };

export function spellingsMatcher(strings: readonly string[]): SpellingsMatcher | undefined {
  const root = trieNode();
  const digits = new Set<string>();
  const capitals = new Map<string, boolean[]>();
  let longestDigits = 0;
  for (const raw of new Set(strings.map((s) => s.trim()).filter((s) => s.length >= 2))) {
    const words = raw.split(/\s+/).filter(Boolean);
    let node = root;
    words.forEach((w, i) => {
      for (const ch of w) {
        for (const unit of fold(ch)) {
          let n = node.next.get(unit);
          if (!n) node.next.set(unit, (n = trieNode()));
          node = n;
        }
      }
      if (i < words.length - 1) node = node.gap ??= trieNode(true);
    });
    node.final = true;
    capitals.set(
      words.map((w) => w.toLowerCase()).join(""),
      words.map((w) => /^\p{Lu}/u.test(w)),
    );
    const d = raw.replace(/\D/g, "");
    if (d.length >= 5) {
      digits.add(d);
      longestDigits = Math.max(longestDigits, d.length);
    }
  }
  if (!root.next.size && !digits.size) return undefined;
  return { root, digits, longestDigits, capitals };
}

/** Whether a name found with its case folded was written with the capitals it needs. */
function capitalsKept(found: string, m: SpellingsMatcher): boolean {
  const words = found.split(/[\s._-]+/).filter(Boolean);
  const caps = m.capitals.get(words.map((w) => w.toLowerCase()).join(""));
  if (caps && words.length === caps.length && caps.some((c, i) => c && !/^\p{Lu}/u.test(words[i]))) return false;
  if (caps && words.length !== caps.length && caps[0] && !/^\p{Lu}/u.test(found)) return false;
  return true;
}

/** True when the text holds a redacted string in one of its spellings. */
export function holdsAny(text: string, m: SpellingsMatcher): boolean {
  const lower = text.toLowerCase();
  const folded = lower.length === text.length ? lower : [...text].map(fold).join("");
  let states: TrieNode[];
  let next: TrieNode[] = [];
  for (let p = 0; p < text.length; p++) {
    if (letterOrNumberBefore(text, p)) continue;
    // Digits: the digit runs from here, joined across at most two spacing characters.
    if (m.digits.size && isDigit(text.charCodeAt(p))) {
      let d = "";
      let j = p;
      while (j < text.length && d.length < m.longestDigits) {
        d += text[j++];
        if (j < text.length && isDigit(text.charCodeAt(j))) continue;
        if (d.length >= 5 && !letterOrNumberAt(text, j) && m.digits.has(d)) return true;
        let k = j;
        while (k < text.length && k - j < 2 && isDigitGap(text[k])) k++;
        if (k === j || k >= text.length || !isDigit(text.charCodeAt(k))) break;
        j = k;
      }
    }
    // Words: every state of the trie reachable by the text from here (a handful at most).
    const first = m.root.next.get(folded[p]);
    if (!first) continue;
    states = [first];
    for (let q = p; states.length;) {
      for (const s of states) {
        if (s.final && !letterOrNumberAt(text, q + 1) && capitalsKept(text.slice(p, q + 1), m)) return true;
      }
      if (++q >= text.length) break;
      const ch = folded[q];
      const gap = isNameGap(text[q]);
      next = [];
      const add = (n: TrieNode | undefined) => {
        if (n && !next.includes(n)) next.push(n);
      };
      for (const s of states) {
        if (s.isGap) {
          if (gap) add(s);
          add(s.next.get(ch));
        } else {
          add(s.next.get(ch));
          if (s.gap) {
            if (gap) add(s.gap);
            add(s.gap.next.get(ch));
          }
        }
      }
      states = next;
    }
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
  const m = spellingsMatcher(strings);
  // Binary data (compressed bytes, fonts, images) holds short letter runs by chance: there only strings
  // of five characters or more are searched, so a child called "Al" does not fail every copy.
  const long = spellingsMatcher(strings.filter((s) => s.trim().length >= 5));
  const problems: string[] = [];
  const hit = (s: string) => !!m && holdsAny(s, m);
  const hitBinary = (s: string) => !!long && holdsAny(s, long);
  const binary = (b: Uint8Array) => {
    let odd = 0;
    const n = Math.min(b.length, 4096);
    for (let i = 0; i < n; i++) if (b[i] < 9 || (b[i] > 13 && b[i] < 32) || b[i] > 126) odd++;
    return odd > n * 0.1;
  };
  // The file's own text outside stream data (objects, cross-reference table, trailer, comments).
  if (hit(syntaxText(Buffer.from(bytes).toString("latin1")).join(" "))) problems.push("the file's text outside its objects' streams");
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

    // Streams written in PDF syntax (page contents, forms, Type 3 glyphs, CMaps): searched for their
    // strings, names and words, not for the operators and names the specification defines.
    const syntax = syntaxStreams(doc);
    // Every object, by number: strings, names and keys (decoded), and streams (decompressed).
    const n = doc.countObjects();
    for (let i = 1; i < n; i++) {
      let found: string | undefined;
      let obj: Mupdf.PDFObject;
      const visit = (o: Mupdf.PDFObject, depth: number, where: string) => {
        if (found || depth > 64) return;
        if (o.isIndirect() && depth > 0) return; // visited under its own number
        if (o.isString()) {
          if (hit(o.asString()) || hit(Buffer.from(o.asByteString()).toString("latin1"))) found = where ? `a string under /${where}` : "a string";
        } else if (o.isName()) {
          if (!PDF_NAMES.has(o.asName()) && hit(o.asName())) found = where ? `the name under /${where}` : "a name";
        } else if (o.isArray()) for (let k = 0; k < o.length && !found; k++) visit(o.get(k), depth + 1, where);
        else if (o.isDictionary())
          o.forEach((v, k) => {
            const key = String(k);
            if (!found && !PDF_NAMES.has(key) && hit(key)) found = "a key";
            visit(v, depth + 1, key);
          });
        if (!found && depth === 0 && o.isStream()) {
          let data: Uint8Array;
          try {
            data = o.readStream().asUint8Array();
          } catch {
            data = o.readRawStream().asUint8Array();
          }
          const b = Buffer.from(data);
          if (syntax.has(i)) {
            if (hit(syntaxText(b.toString("latin1")).join(" "))) found = "its content stream";
          } else {
            const search = binary(b) ? hitBinary : hit;
            if (
              search(b.toString("latin1")) ||
              search(b.toString("utf8")) ||
              (b[0] === 0xfe && b[1] === 0xff && b.length % 2 === 0 && search(Buffer.from(b.subarray(2)).swap16().toString("utf16le")))
            )
              found = "its stream data";
          }
        }
      };
      try {
        obj = doc.newIndirect(i).resolve();
        if (!obj.isNull()) visit(obj, 0, "");
      } catch {
        problems.push(`object ${i} (cannot be read)`);
        continue;
      }
      if (found) problems.push(`object ${i} (${kindOf(obj)}: ${found})`);
    }
  } catch {
    return ["the whole file (it cannot be read back)"];
  } finally {
    doc?.destroy();
  }
  return problems;
}

/** What an object is, in words, for a refusal ("a font", "a page"): never its content. */
function kindOf(o: Mupdf.PDFObject): string {
  if (!o.isDictionary() && !o.isStream()) return o.isArray() ? "an array" : "a value";
  const name = (k: string) => {
    const v = o.get(k);
    return v.isName() ? v.asName() : "";
  };
  const type = name("Type");
  const subtype = name("Subtype");
  if (type === "Font") return `a font (${subtype || "of no type"})`;
  if (type === "FontDescriptor") return "a font descriptor";
  if (!o.get("Length1").isNull() || !o.get("Length2").isNull() || subtype === "Type1C" || subtype === "CIDFontType0C" || subtype === "OpenType") return "an embedded font program";
  if (subtype === "Form") return "a form drawn on a page";
  if (subtype === "Image") return "an image";
  if (type === "Page") return "a page";
  if (type === "Pages") return "the page tree";
  if (type === "Catalog") return "the document catalogue";
  if (!o.get("Title").isNull()) return "a bookmark";
  if (type) return `a ${type} object`;
  return o.isStream() ? "a stream" : "a dictionary";
}

/** The object numbers of the streams written in PDF syntax: page contents, forms, Type 3 glyphs, CMaps. */
function syntaxStreams(doc: Mupdf.PDFDocument): Set<number> {
  const out = new Set<number>();
  const seen = new Set<number>();
  const add = (ref: Mupdf.PDFObject) => {
    if (ref.isIndirect()) out.add(ref.asIndirect());
    const r = resolved(ref);
    if (r.isArray()) for (let k = 0; k < r.length; k++) add(r.get(k));
  };
  const resources = (res: Mupdf.PDFObject, depth: number) => {
    if (res.isIndirect()) {
      if (seen.has(res.asIndirect())) return;
      seen.add(res.asIndirect());
    }
    const r = resolved(res);
    if (!r.isDictionary() || depth > 32) return;
    const xobjects = resolved(r.get("XObject"));
    if (xobjects.isDictionary())
      xobjects.forEach((x) => {
        const xo = resolved(x);
        if (xo.isStream() && xo.get("Subtype").isName() && xo.get("Subtype").asName() === "Form") {
          add(x);
          resources(xo.get("Resources"), depth + 1);
        }
      });
    const fonts = resolved(r.get("Font"));
    if (fonts.isDictionary())
      fonts.forEach((f) => {
        const font = resolved(f);
        if (!font.isDictionary()) return;
        add(font.get("ToUnicode"));
        const enc = font.get("Encoding");
        if (resolved(enc).isStream()) add(enc);
        const procs = resolved(font.get("CharProcs"));
        if (procs.isDictionary()) procs.forEach((p) => add(p));
        resources(font.get("Resources"), depth + 1);
      });
  };
  for (let i = 0; i < doc.countPages(); i++) {
    const page = doc.findPage(i);
    add(page.get("Contents"));
    resources(page.get("Resources"), 0);
  }
  return out;
}
