/**
 * A small, fast scanner for Office Open XML parts. It keeps the raw positions of every tag and text
 * run, so a redaction can splice new text into the part and leave every other byte (and so the
 * formatting) as it was. It is not a validating parser: OOXML parts are machine-written, and anything
 * it cannot make sense of is left untouched.
 */

export type Token =
  | { type: "open"; name: string; start: number; end: number; selfClosing: boolean; attrs: string }
  | { type: "close"; name: string; start: number; end: number }
  | { type: "text"; start: number; end: number }
  | { type: "other"; start: number; end: number };

/**
 * Calls visit for every token in document order. Return false from visit to stop.
 *
 * A hand-written reading of the regular expression
 *   <(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>
 * (test/cli/xml-scan.test.ts holds it and compares the two): at each "<" it tries, in order, a tag (a
 * name, then attribute text in which quoted values may hold ">", ended by "/>" or ">"), a comment, a
 * processing instruction, CDATA and any other "<!…>"; a "<" that starts none of them is text. It
 * builds no match arrays (about a quarter less time than the expression on a large part).
 */
export function scan(xml: string, visit: (t: Token) => boolean | void): void {
  const n = xml.length;
  let at = 0;
  let lt = xml.indexOf("<");
  while (lt >= 0) {
    const end = tokenEnd(xml, lt, n);
    if (end < 0) {
      lt = xml.indexOf("<", lt + 1);
      continue;
    }
    if (lt > at && visit({ type: "text", start: at, end: lt }) === false) return;
    let token: Token;
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 || c === 63) token = { type: "other", start: lt, end };
    else {
      const close = c === 47;
      const nameStart = lt + (close ? 2 : 1);
      let nameEnd = nameStart + 1;
      while (nameEnd < n && isNameChar(xml.charCodeAt(nameEnd))) nameEnd++;
      const name = xml.slice(nameStart, nameEnd);
      if (close) token = { type: "close", name, start: lt, end };
      else {
        const selfClosing = xml.charCodeAt(end - 2) === 47 && end - 2 >= nameEnd;
        token = { type: "open", name, start: lt, end, selfClosing, attrs: xml.slice(nameEnd, selfClosing ? end - 2 : end - 1) };
      }
    }
    if (visit(token) === false) return;
    at = end;
    lt = xml.indexOf("<", end);
  }
  if (at < n) visit({ type: "text", start: at, end: n });
}

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** [\w.:-] */
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 58) || c === 46 || c === 45;

/** Where the markup that starts with the "<" at lt ends (one past its ">"), or -1 when none starts there. */
function tokenEnd(xml: string, lt: number, n: number): number {
  const c = xml.charCodeAt(lt + 1);
  if (c === 33) {
    // "<!": a comment, CDATA, or anything else up to the next ">".
    if (xml.startsWith("<!--", lt)) {
      const e = xml.indexOf("-->", lt + 4);
      if (e >= 0) return e + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const e = xml.indexOf("]]>", lt + 9);
      if (e >= 0) return e + 3;
    }
    const e = xml.indexOf(">", lt + 2);
    return e < 0 ? -1 : e + 1;
  }
  if (c === 63) {
    const e = xml.indexOf("?>", lt + 2);
    return e < 0 ? -1 : e + 2;
  }
  const nameStart = c === 47 ? lt + 2 : lt + 1;
  if (!isNameStart(xml.charCodeAt(nameStart))) return -1;
  let q = nameStart + 1;
  while (q < n && isNameChar(xml.charCodeAt(q))) q++;
  // The attribute text: up to the first ">" outside a quoted value (an unclosed quote: no tag here).
  while (q < n) {
    const ch = xml.charCodeAt(q);
    if (ch === 62) return q + 1;
    if (ch === 34 || ch === 39) {
      const close = xml.indexOf(ch === 34 ? '"' : "'", q + 1);
      if (close < 0) return -1;
      q = close + 1;
    } else q++;
  }
  return -1;
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five XML entities and character references. */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name];
    const code = dec ? parseInt(dec, 10) : parseInt(hex as string, 16);
    try {
      return String.fromCodePoint(code);
    } catch {
      return all;
    }
  });
}

/** Escapes text for an element's content. */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** Escapes text for a double-quoted attribute value. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** The value of one attribute in an open tag's attribute text, decoded; undefined when absent. */
export function attr(attrs: string, name: string): string | undefined {
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(attrs)) !== null) if (m[1] === name) return decodeEntities(m[3] ?? m[4] ?? "");
  return undefined;
}

/** Every attribute value's raw span [start, end) inside xml, for the tag at tagStart with these attrs. */
export function attrValueSpans(attrs: string, attrsStart: number): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(attrs)) !== null) {
    const valueStart = attrsStart + m.index + m[0].length - m[2].length + 1;
    out.push({ name: m[1], start: valueStart, end: valueStart + m[2].length - 2 });
  }
  return out;
}

/** All text content of an XML part (element text and attribute values), decoded, for verification. */
export function allText(xml: string): string[] {
  const out: string[] = [];
  scan(xml, (t) => {
    if (t.type === "text") {
      const s = xml.slice(t.start, t.end);
      if (s.trim()) out.push(decodeEntities(s));
    } else if (t.type === "open" && t.attrs) {
      ATTR.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = ATTR.exec(t.attrs)) !== null) {
        const v = m[3] ?? m[4] ?? "";
        if (v) out.push(decodeEntities(v));
      }
    } else if (t.type === "other" && xml.startsWith("<![CDATA[", t.start)) {
      out.push(xml.slice(t.start + 9, t.end - 3));
    }
  });
  return out;
}

/** The local part of a qualified name ("w:t" → "t"). */
export const local = (name: string) => {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
};
