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

// A tag with attributes whose quoted values may hold ">"; comments, processing instructions, CDATA, doctype.
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>/g;

/** Calls visit for every token in document order. Return false from visit to stop. */
export function scan(xml: string, visit: (t: Token) => boolean | void): void {
  TAG.lastIndex = 0;
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(xml)) !== null) {
    if (m.index > at && visit({ type: "text", start: at, end: m.index }) === false) return;
    const end = m.index + m[0].length;
    let token: Token;
    if (m[2] === undefined) token = { type: "other", start: m.index, end };
    else if (m[1]) token = { type: "close", name: m[2], start: m.index, end };
    else token = { type: "open", name: m[2], start: m.index, end, selfClosing: m[4] === "/", attrs: m[3] };
    if (visit(token) === false) return;
    at = end;
  }
  if (at < xml.length) visit({ type: "text", start: at, end: xml.length });
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
