// HTML ⇄ text for email bodies, with no DOM and no dependencies, so the same code runs in the task
// pane, in Node tests and in the JavaScript-only on-send runtime of classic Outlook on Windows.
//
// htmlToText() turns an HTML body into the plain text the engine analyses and, optionally, a map
// from every text offset back to the HTML source. applyTextEdits() uses that map to change only the
// characters of text nodes: tags, attributes, styles and entities elsewhere stay exactly as they were,
// so an email keeps its formatting when a name or a phone number inside it is replaced.

export type TokenType = "text" | "tag" | "comment" | "raw" | "decl";

/** One lexical piece of the HTML source: [start, end) offsets into it. */
export type Token = {
  type: TokenType;
  start: number;
  end: number;
  /** Lower-case tag name for tags and raw text (the element that holds it). */
  name?: string;
  closing?: boolean;
  selfClosing?: boolean;
};

/** A run of text characters and where they came from in the HTML. */
export type Segment = {
  /** Text offsets [t0, t1). */
  t0: number;
  t1: number;
  /** HTML source offsets [s0, s1). */
  s0: number;
  s1: number;
  /** true: the text and the source are the same characters one to one; false: one unit (an entity, a collapsed run of spaces). */
  literal: boolean;
};

export type HtmlText = {
  html: string;
  text: string;
  /** Sorted, non-overlapping; text between segments was made by tags (line breaks). Empty unless mapped. */
  segments: Segment[];
};

// Elements whose content is never shown as text.
const SKIP_CONTENT = new Set(["script", "style", "head", "title", "template", "noscript", "xml", "textarea", "iframe", "object", "svg", "math"]);
// Elements whose content is raw text for the tokenizer (no tags inside).
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp"]);
// Elements that start a new line.
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);
const CELL = new Set(["td", "th"]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  ndash: "\u2013",
  mdash: "\u2014",
  lsquo: "\u2018",
  rsquo: "\u2019",
  sbquo: "\u201a",
  ldquo: "\u201c",
  rdquo: "\u201d",
  bdquo: "\u201e",
  hellip: "\u2026",
  bull: "\u2022",
  middot: "\u00b7",
  pound: "\u00a3",
  euro: "\u20ac",
  cent: "\u00a2",
  yen: "\u00a5",
  copy: "\u00a9",
  reg: "\u00ae",
  trade: "\u2122",
  deg: "\u00b0",
  plusmn: "\u00b1",
  times: "\u00d7",
  divide: "\u00f7",
  frac12: "\u00bd",
  frac14: "\u00bc",
  frac34: "\u00be",
  sect: "\u00a7",
  para: "\u00b6",
  shy: "\u00ad",
  zwj: "\u200d",
  zwnj: "\u200c",
  lrm: "\u200e",
  rlm: "\u200f",
  laquo: "\u00ab",
  raquo: "\u00bb",
  iexcl: "\u00a1",
  iquest: "\u00bf",
  prime: "\u2032",
  Prime: "\u2033",
  larr: "\u2190",
  rarr: "\u2192",
  uarr: "\u2191",
  darr: "\u2193",
  agrave: "\u00e0",
  aacute: "\u00e1",
  acirc: "\u00e2",
  atilde: "\u00e3",
  auml: "\u00e4",
  aring: "\u00e5",
  aelig: "\u00e6",
  ccedil: "\u00e7",
  egrave: "\u00e8",
  eacute: "\u00e9",
  ecirc: "\u00ea",
  euml: "\u00eb",
  igrave: "\u00ec",
  iacute: "\u00ed",
  icirc: "\u00ee",
  iuml: "\u00ef",
  eth: "\u00f0",
  ntilde: "\u00f1",
  ograve: "\u00f2",
  oacute: "\u00f3",
  ocirc: "\u00f4",
  otilde: "\u00f5",
  ouml: "\u00f6",
  oslash: "\u00f8",
  ugrave: "\u00f9",
  uacute: "\u00fa",
  ucirc: "\u00fb",
  uuml: "\u00fc",
  yacute: "\u00fd",
  yuml: "\u00ff",
  szlig: "\u00df",
  Agrave: "\u00c0",
  Aacute: "\u00c1",
  Acirc: "\u00c2",
  Atilde: "\u00c3",
  Auml: "\u00c4",
  Aring: "\u00c5",
  AElig: "\u00c6",
  Ccedil: "\u00c7",
  Egrave: "\u00c8",
  Eacute: "\u00c9",
  Ecirc: "\u00ca",
  Euml: "\u00cb",
  Igrave: "\u00cc",
  Iacute: "\u00cd",
  Icirc: "\u00ce",
  Iuml: "\u00cf",
  Ntilde: "\u00d1",
  Ograve: "\u00d2",
  Oacute: "\u00d3",
  Ocirc: "\u00d4",
  Otilde: "\u00d5",
  Ouml: "\u00d6",
  Oslash: "\u00d8",
  Ugrave: "\u00d9",
  Uacute: "\u00da",
  Ucirc: "\u00db",
  Uuml: "\u00dc",
  Yacute: "\u00dd",
  oelig: "\u0153",
  OElig: "\u0152",
  scaron: "\u0161",
  Scaron: "\u0160",
};

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;

/**
 * Splits HTML into tokens in one linear pass. Forgiving like a browser: a "<" that does not start a
 * tag is text, an unterminated comment or tag runs to the end, raw-text elements (script, style,
 * title) end only at their own closing tag.
 */
export function tokenize(html: string): Token[] {
  const out: Token[] = [];
  const n = html.length;
  let i = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) out.push({ type: "text", start: textStart, end });
  };
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      flushText(lt);
      if (html.startsWith("<!--", lt)) {
        const close = html.indexOf("-->", lt + 4);
        const end = close < 0 ? n : close + 3;
        out.push({ type: "comment", start: lt, end });
        i = textStart = end;
      } else {
        const close = html.indexOf(">", lt + 2);
        const end = close < 0 ? n : close + 1;
        out.push({ type: "decl", start: lt, end });
        i = textStart = end;
      }
      continue;
    }
    if (c === 63 /* ? */) {
      flushText(lt);
      const close = html.indexOf(">", lt + 2);
      const end = close < 0 ? n : close + 1;
      out.push({ type: "decl", start: lt, end });
      i = textStart = end;
      continue;
    }
    const closing = c === 47; /* / */
    let j = lt + (closing ? 2 : 1);
    const first = html.charCodeAt(j);
    const letter = (first >= 97 && first <= 122) || (first >= 65 && first <= 90);
    if (!letter) {
      i = lt + 1; // a stray "<" is text
      continue;
    }
    const nameStart = j;
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    // Find the end of the tag, skipping quoted attribute values.
    let quote = 0;
    while (j < n) {
      const d = html.charCodeAt(j);
      if (quote) {
        if (d === quote) quote = 0;
      } else if (d === 34 || d === 39) {
        // A quote only opens a value right after "=" (optionally spaced).
        let k = j - 1;
        while (k > lt && isSpace(html.charCodeAt(k))) k--;
        if (html.charCodeAt(k) === 61) quote = d;
      } else if (d === 62 /* > */) break;
      j++;
    }
    const end = j < n ? j + 1 : n;
    flushText(lt);
    const selfClosing = html.charCodeAt(end - 2) === 47;
    out.push({ type: "tag", start: lt, end, name, ...(closing ? { closing: true } : {}), ...(selfClosing ? { selfClosing: true } : {}) });
    i = textStart = end;
    if (!closing && !selfClosing && RAW_TEXT.has(name)) {
      const closeAt = findClosing(html, name, end);
      if (closeAt > end) out.push({ type: "raw", start: end, end: closeAt, name });
      i = textStart = closeAt;
    }
  }
  flushText(n);
  return out;
}

function findClosing(html: string, name: string, from: number): number {
  const lower = html.length > 200_000 ? null : html.toLowerCase();
  const needle = `</${name}`;
  const at = lower ? lower.indexOf(needle, from) : indexOfCaseless(html, needle, from);
  return at < 0 ? html.length : at;
}

function indexOfCaseless(s: string, needle: string, from: number): number {
  const re = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
  re.lastIndex = from;
  const m = re.exec(s);
  return m ? m.index : -1;
}

/** Decodes one entity starting at html[i] === "&": the text and the source length, or null when it is a plain "&". */
export function decodeEntityAt(html: string, i: number, limit = html.length): { value: string; length: number } | null {
  if (html.charCodeAt(i + 1) === 35 /* # */) {
    let j = i + 2;
    const hex = html.charCodeAt(j) === 120 || html.charCodeAt(j) === 88;
    if (hex) j++;
    const digitsStart = j;
    while (j < limit && j - digitsStart < 8) {
      const d = html.charCodeAt(j);
      const ok = (d >= 48 && d <= 57) || (hex && ((d >= 97 && d <= 102) || (d >= 65 && d <= 70)));
      if (!ok) break;
      j++;
    }
    if (j === digitsStart) return null;
    let code = parseInt(html.slice(digitsStart, j), hex ? 16 : 10);
    if (html.charCodeAt(j) === 59) j++;
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) code = 0xfffd;
    if (code === 0x80 || (code >= 0x82 && code <= 0x9f)) code = WINDOWS_1252[code - 0x80] || code;
    return { value: String.fromCodePoint(code), length: j - i };
  }
  let j = i + 1;
  while (j < limit && j - i <= 10) {
    const d = html.charCodeAt(j);
    if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57))) break;
    j++;
  }
  if (j === i + 1) return null;
  const name = html.slice(i + 1, j);
  const value = Object.prototype.hasOwnProperty.call(ENTITIES, name) ? ENTITIES[name] : undefined;
  if (value === undefined) return null;
  if (html.charCodeAt(j) === 59) j++;
  return { value, length: j - i };
}

// Code points 0x80-0x9f as browsers read them in numeric entities (Windows-1252).
const WINDOWS_1252 = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc,
  0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178,
];

/** Decodes every entity in a string (attribute values, raw text). */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  let out = "";
  let last = 0;
  for (let i = s.indexOf("&"); i >= 0; i = s.indexOf("&", i + 1)) {
    const e = decodeEntityAt(s, i);
    if (!e) continue;
    out += s.slice(last, i) + e.value;
    last = i + e.length;
    i = last - 1;
  }
  return out + s.slice(last);
}

/** Escapes text for an HTML text node. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"\u00a0]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&nbsp;"));
}

export type HtmlToTextOptions = {
  /** Record the text-to-source map (needed to edit the HTML; not needed to check it). Default true. */
  map?: boolean;
};

/**
 * The text a reader sees in an HTML email: tags removed, entities decoded, runs of spaces collapsed
 * as a browser does, a line break for every block (paragraph, div, list item, table row, <br>).
 * A no-break space becomes an ordinary space so names written "Tyler&nbsp;Hughes" are still found.
 * Never throws; linear in the length of the HTML.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): HtmlText {
  const record = options.map !== false;
  const src = typeof html === "string" ? html : "";
  const tokens = tokenize(src);
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let last = 10; // the last text character's code; 10 (a newline) at the start drops leading spaces
  let skipDepth = 0;
  let preDepth = 0;

  const push = (s: string, s0: number, s1: number, literal: boolean) => {
    if (record && s0 >= 0) {
      const prev = segments[segments.length - 1];
      if (literal && prev && prev.literal && prev.t1 === length && prev.s1 === s0) {
        prev.t1 += s.length;
        prev.s1 = s1;
      } else segments.push({ t0: length, t1: length + s.length, s0, s1, literal });
    }
    parts.push(s);
    length += s.length;
    last = s.charCodeAt(s.length - 1);
  };
  const newline = () => {
    if (length > 0 && last !== 10) push("\n", -1, -1, false);
  };

  for (const t of tokens) {
    if (t.type === "tag") {
      const name = t.name!;
      if (SKIP_CONTENT.has(name) && !VOID.has(name)) {
        if (t.closing) skipDepth = Math.max(0, skipDepth - 1);
        else if (!t.selfClosing) skipDepth++;
        continue;
      }
      if (skipDepth) continue;
      if (name === "pre") preDepth = t.closing ? Math.max(0, preDepth - 1) : preDepth + 1;
      if (name === "br") push("\n", -1, -1, false);
      else if (BLOCK.has(name)) newline();
      else if (CELL.has(name) && !t.closing && length > 0 && last !== 10 && last !== 32 && last !== 9) push("\t", -1, -1, false);
      continue;
    }
    if (t.type !== "text" || skipDepth) continue;
    // A text token: literal runs, entities, and (outside <pre>) collapsed whitespace.
    let i = t.start;
    let runStart = i;
    const flush = (end: number) => {
      if (end > runStart) push(src.slice(runStart, end), runStart, end, true);
    };
    while (i < t.end) {
      const c = src.charCodeAt(i);
      if (c === 38 /* & */) {
        const e = decodeEntityAt(src, i, t.end);
        if (e) {
          flush(i);
          const value = e.value === "\u00a0" ? " " : e.value;
          push(value, i, i + e.length, false);
          i += e.length;
          runStart = i;
          continue;
        }
      } else if (preDepth === 0 && (isSpace(c) || c === 0)) {
        flush(i);
        let j = i + 1;
        while (j < t.end && (isSpace(src.charCodeAt(j)) || src.charCodeAt(j) === 0)) j++;
        // One space, unless the text already ends in a space or a line break.
        if (c !== 0 && last !== 32 && last !== 10 && last !== 9) {
          if (j === i + 1 && c === 32) push(" ", i, j, true);
          else push(" ", i, j, false);
        }
        i = j;
        runStart = i;
        continue;
      } else if (c === 0xa0) {
        flush(i);
        push(" ", i, i + 1, false);
        i++;
        runStart = i;
        continue;
      } else if (c === 13 && preDepth > 0) {
        // CRLF inside <pre>: keep as is (the sentence splitter reads \r\n as one break).
      }
      i++;
    }
    flush(t.end);
  }
  return { html: src, text: parts.join(""), segments: record ? segments : [] };
}

/** Index of the segment containing text offset t, or of the first one after it (segments.length if none). */
function segmentAtOrAfter(segments: readonly Segment[], t: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid].t1 <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The HTML source offset where text offset t sits (for insertions). */
export function sourceOffset(map: HtmlText, t: number): number {
  const i = segmentAtOrAfter(map.segments, t);
  if (i >= map.segments.length) return map.segments.length ? map.segments[map.segments.length - 1].s1 : map.html.length;
  const s = map.segments[i];
  if (t <= s.t0) return s.s0;
  return s.literal ? s.s0 + (t - s.t0) : s.s0;
}

export type TextEdit = { start: number; end: number; replacement: string };

/** One change to the HTML source. */
export type SourceEdit = { start: number; end: number; replacement: string };

/**
 * Where a text edit falls in the HTML: one source edit per stretch of text-node characters it covers.
 * The replacement (escaped) goes into the first stretch and the others are emptied, so the tags
 * between them (bold, a link, a span) stay; line breaks made by tags are never removed.
 */
export function sourceEditsFor(map: HtmlText, edit: TextEdit): SourceEdit[] {
  const { segments } = map;
  const replacement = escapeHtml(edit.replacement);
  if (edit.end <= edit.start) {
    return replacement ? [{ start: sourceOffset(map, edit.start), end: sourceOffset(map, edit.start), replacement }] : [];
  }
  const pieces: SourceEdit[] = [];
  for (let i = segmentAtOrAfter(segments, edit.start); i < segments.length && segments[i].t0 < edit.end; i++) {
    const s = segments[i];
    let a: number;
    let b: number;
    if (s.literal) {
      a = s.s0 + (Math.max(edit.start, s.t0) - s.t0);
      b = s.s0 + (Math.min(edit.end, s.t1) - s.t0);
    } else {
      a = s.s0;
      b = s.s1;
    }
    const prev = pieces[pieces.length - 1];
    if (prev && prev.end === a) prev.end = b;
    else pieces.push({ start: a, end: b, replacement: "" });
  }
  if (pieces.length === 0) {
    // Only tag-made line breaks were covered: put the replacement where the text would be.
    return replacement ? [{ start: sourceOffset(map, edit.start), end: sourceOffset(map, edit.start), replacement }] : [];
  }
  pieces[0].replacement = replacement;
  return pieces;
}

/** Applies sorted or unsorted, non-overlapping source edits in one pass. */
export function applySourceEdits(html: string, edits: readonly SourceEdit[]): string {
  if (edits.length === 0) return html;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) continue; // overlapping: the earlier one wins
    out.push(html.slice(at, e.start), e.replacement);
    at = e.end;
  }
  out.push(html.slice(at));
  return out.join("");
}

/** Applies text edits (offsets into map.text, non-overlapping) to the HTML, keeping every tag. */
export function applyTextEdits(map: HtmlText, edits: readonly TextEdit[]): string {
  const all: SourceEdit[] = [];
  for (const e of edits) for (const s of sourceEditsFor(map, e)) all.push(s);
  return applySourceEdits(map.html, all);
}

/**
 * Removes every trace of the given strings from the parts of the HTML a reader does not see:
 * attribute values (a mailto: or tel: link, a title, an alt text), comments and raw text (style,
 * title). An attribute that carries one is dropped; a comment is dropped; raw text has it replaced.
 * Matching ignores case and reads entities. Visible text is left alone (the edits handle it).
 */
export function scrubHidden(html: string, secrets: readonly string[], replacement = "[redacted]"): string {
  const needles = [...new Set(secrets.map((s) => s.trim().toLowerCase()).filter((s) => s.length >= 3))];
  if (needles.length === 0) return html;
  // Numbers are also looked for without their spaces and punctuation ("tel:07700900733", "+447700…").
  const compact = (s: string) => s.replace(/[\s\u00a0\-()./]/g, "");
  const numbers = new Set<string>();
  for (const n of needles) {
    const c = compact(n);
    if ((c.match(/\d/g) ?? []).length >= 6) {
      numbers.add(c);
      if (c.startsWith("0")) numbers.add(`44${c.slice(1)}`);
    }
  }
  const has = (s: string) => {
    const v = decodeEntities(s).toLowerCase();
    const plain = safeDecodeUri(v);
    for (const n of needles) if (v.includes(n) || plain.includes(n)) return true;
    if (numbers.size) {
      const c = compact(plain);
      for (const n of numbers) if (c.includes(n)) return true;
    }
    return false;
  };
  const edits: SourceEdit[] = [];
  for (const t of tokenize(html)) {
    if (t.type === "text") continue;
    const chunk = html.slice(t.start, t.end);
    if (!has(chunk)) continue;
    if (t.type === "comment" || t.type === "decl") edits.push({ start: t.start, end: t.end, replacement: "" });
    else if (t.type === "raw") {
      let v = decodeEntities(chunk);
      for (const n of needles) v = replaceCaseless(v, n, replacement);
      edits.push({ start: t.start, end: t.end, replacement: t.name === "title" ? escapeHtml(v) : v });
    } else edits.push({ start: t.start, end: t.end, replacement: stripAttributes(chunk, has) });
  }
  return applySourceEdits(html, edits);
}

function safeDecodeUri(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function replaceCaseless(s: string, needle: string, by: string): string {
  const lower = s.toLowerCase();
  let out = "";
  let last = 0;
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) {
    out += s.slice(last, i) + by;
    last = i + needle.length;
  }
  return out + s.slice(last);
}

const ATTRIBUTE = /([^\s"'<>/=]+)(\s*=\s*(?:"[^"]*"?|'[^']*'?|[^\s>]*))?/g;

/** Rebuilds a start tag without the attributes whose name or value the test matches. */
function stripAttributes(tag: string, drop: (s: string) => boolean): string {
  const m = /^<\/?[A-Za-z][^\s/>]*/.exec(tag);
  if (!m) return "";
  const head = m[0];
  const tail = tag.endsWith("/>") ? "/>" : tag.endsWith(">") ? ">" : "";
  const body = tag.slice(head.length, tag.length - tail.length);
  const kept: string[] = [];
  ATTRIBUTE.lastIndex = 0;
  for (let a = ATTRIBUTE.exec(body); a; a = ATTRIBUTE.exec(body)) {
    if (!drop(a[0])) kept.push(a[0]);
  }
  return head + (kept.length ? " " + kept.join(" ") : "") + tail;
}
