import { TextBuilder, type ReadResult } from "./types";

/**
 * The shared text layout of an e-mail (.eml and .msg alike): header lines ("From: …", "To: …",
 * "Cc: …", "Date: …", "Subject: …"), a blank line, the body (plain text, or the HTML body as text
 * when there is no plain one; quoted replies are part of the body), then each attachment: an
 * "Attachment: name" line and, for a document or message we can read, its text.
 */
export type MailAttachment = { name: string; read?: ReadResult; problem?: string };
export type MailParts = { headers: [string, string][]; body: string; attachments: MailAttachment[] };

const oneLine = (s: string) => s.replace(/[\r\n\t\u2028\u2029]+/g, " ").trim();

export function layoutMail(m: MailParts): ReadResult {
  const b = new TextBuilder();
  const notes: string[] = [];
  for (const [name, value] of m.headers) {
    const v = oneLine(value);
    if (!v) continue;
    b.sep(`${name}: `);
    b.add(v, { location: `header ${name}`, part: `header ${name}` });
    b.sep("\n");
  }
  const body = m.body
    .replace(/\r\n?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (body) {
    b.part();
    let line = 1;
    for (const l of body.split("\n")) {
      b.add(l, { location: `body, line ${line}`, part: "body" });
      b.sep("\n");
      line++;
    }
  }
  for (const a of m.attachments) {
    b.part();
    b.sep("Attachment: ");
    const name = oneLine(a.name) || "(no name)";
    b.add(name, { location: "attachment name", part: "attachment name" });
    if (a.problem) notes.push(`The attachment ${name} was not checked: ${a.problem}`);
    if (a.read && a.read.text) {
      b.sep("\n\n");
      b.append(a.read.text, a.read.segments, (s) => ({ location: `attachment ${name}: ${s.location}`, part: `attachment ${name}: ${s.part}` }));
      for (const n of a.read.notes) notes.push(`In the attachment ${name}: ${n}`);
    }
  }
  b.trimEnd();
  return { format: "eml", text: b.text(), segments: b.segments, notes };
}

const BLOCK = new Set([
  "p",
  "div",
  "br",
  "li",
  "tr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "table",
  "ul",
  "ol",
  "pre",
  "hr",
  "section",
  "article",
  "header",
  "footer",
  "dt",
  "dd",
]);
const SKIP = new Set(["script", "style", "head", "title", "xml"]);
const HTML_TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|<![^>]*>|<\?[^>]*>/g;
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "\u2013",
  mdash: "\u2014",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201c",
  rdquo: "\u201d",
  hellip: "\u2026",
  pound: "\u00a3",
  euro: "\u20ac",
  copy: "\u00a9",
  reg: "\u00ae",
  bull: "\u2022",
  middot: "\u00b7",
  shy: "",
};

/** Decodes HTML character references (numeric and the common named ones). */
export function decodeHtmlEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z]+));?/g, (all, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()] ?? all;
    const code = dec ? parseInt(dec, 10) : parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** The text of an HTML body: block elements end lines, scripts and styles are left out, whitespace collapsed as a browser would. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let skip = "";
  let at = 0;
  const text = (s: string) => {
    if (!skip && s) out.push(decodeHtmlEntities(s.replace(/[ \t\r\n\f]+/g, " ")));
  };
  HTML_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HTML_TOKEN.exec(html)) !== null) {
    text(html.slice(at, m.index));
    at = m.index + m[0].length;
    const name = (m[2] ?? "").toLowerCase();
    if (!name) continue;
    if (skip) {
      if (m[1] && name === skip) skip = "";
      continue;
    }
    if (!m[1] && SKIP.has(name) && !m[0].endsWith("/>")) skip = name;
    else if (BLOCK.has(name)) out.push("\n");
    else if (!m[1] && (name === "td" || name === "th")) out.push("\t");
  }
  text(html.slice(at));
  return out
    .join("")
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, (t) => (t.includes("\t") ? "\t" : " ")).trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Writes a redacted e-mail: header lines from the redacted text, then the rest as a UTF-8 plain-text body. */
export function writeRedactedEml(redactedText: string): Uint8Array {
  const blank = redactedText.indexOf("\n\n");
  const headPart = blank >= 0 ? redactedText.slice(0, blank) : "";
  const headers: string[] = [];
  const extra: string[] = [];
  for (const line of headPart.split("\n")) {
    const m = /^(From|To|Cc|Bcc|Date|Subject|Sent|Reply-To): (.*)$/.exec(line);
    if (m) headers.push(`${m[1] === "Sent" ? "X-Sent" : m[1]}: ${encodeWord(m[2])}`);
    else if (line.trim()) extra.push(line);
  }
  const body = [...extra, blank >= 0 ? redactedText.slice(blank + 2) : redactedText].join("\n");
  const b64 = Buffer.from(body.replace(/\n/g, "\r\n"), "utf8").toString("base64").replace(/.{76}/g, "$&\r\n");
  const lines = ["MIME-Version: 1.0", ...headers, "X-Clear-Record: redacted copy", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "", b64, ""];
  return Buffer.from(lines.join("\r\n"), "utf8");
}

/** RFC 2047 encoding for a header value that is not plain ASCII. */
function encodeWord(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  return `=?UTF-8?B?${Buffer.from(s, "utf8").toString("base64")}?=`;
}
