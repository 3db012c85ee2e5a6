/** What kind of file a reader read. */
export type Format = "txt" | "docx" | "eml" | "msg" | "pdf";

export type ReaderErrorKind = "empty" | "encrypted" | "corrupt" | "truncated" | "unsupported" | "too-large" | "unreadable";

/**
 * A file that cannot be read, with one plain sentence saying why (never quoting its content). Bulk
 * commands report it and go on with the other files.
 */
export class ReaderError extends Error {
  readonly kind: ReaderErrorKind;
  constructor(kind: ReaderErrorKind, message: string) {
    super(message);
    this.name = "ReaderError";
    this.kind = kind;
  }
}

/**
 * Where a stretch of the text came from. Separators the reader adds (newlines between paragraphs,
 * blank lines between parts, "Subject: " labels) belong to no segment.
 */
export type Segment = {
  /** Offsets in the reader's text, [start, end). */
  start: number;
  end: number;
  /** Where it is, in words a person understands: "body, paragraph 3", "footnotes, paragraph 1", "header From". */
  location: string;
  /** The package part it came from ("word/document.xml"), or the e-mail part ("body", "header Subject"). */
  part: string;
  /** For .docx: the index of the text node (one w:t, w:delText or property value) in the document model. */
  node?: number;
  /** Offset of `start` inside that node's text. */
  nodeOffset?: number;
  /** Text formatted as hidden (w:vanish). */
  hidden?: boolean;
  /** Text inside a tracked deletion (still in the file). */
  deleted?: boolean;
};

export type ReadResult = {
  format: Format;
  /** The plain text a host adapter gives for the same content: paragraphs end with "\n", parts are separated by a blank line. */
  text: string;
  /** Sorted, non-overlapping. */
  segments: Segment[];
  /** Things a person should know about this file ("2 embedded objects were not checked"). */
  notes: string[];
  /** .txt: the file began with a UTF-8 byte-order mark. */
  bom?: boolean;
};

/** Builds a text from parts and paragraphs while recording segments. */
export class TextBuilder {
  private chunks: string[] = [];
  /** How many chunks at the end were added by sep(). */
  private sepTail = 0;
  length = 0;
  readonly segments: Segment[] = [];

  /** Adds text that came from the source. */
  add(s: string, seg: Omit<Segment, "start" | "end">): void {
    if (!s) return;
    const last = this.segments[this.segments.length - 1];
    // Joins a continuation of the same node (never happens across nodes) to keep the map small.
    if (last && last.end === this.length && last.node !== undefined && last.node === seg.node && last.location === seg.location) {
      last.end += s.length;
    } else this.segments.push({ ...seg, start: this.length, end: this.length + s.length });
    this.chunks.push(s);
    this.length += s.length;
    this.sepTail = 0;
  }

  /** Adds a separator or label the reader made up. */
  sep(s: string): void {
    if (!s) return;
    this.chunks.push(s);
    this.length += s.length;
    this.sepTail++;
  }

  /** Removes trailing newlines the reader added (never text from the source). */
  trimEnd(): void {
    while (this.chunks.length && this.sepTail > 0) {
      const last = this.chunks[this.chunks.length - 1];
      if (!/^\n+$/.test(last)) return;
      this.chunks.pop();
      this.length -= last.length;
      this.sepTail--;
    }
  }

  /** Starts a new part: a blank line after any earlier text. */
  part(): void {
    this.trimEnd();
    if (this.length) this.sep("\n\n");
  }

  text(): string {
    const t = this.chunks.join("");
    this.chunks = [t];
    this.sepTail = 0;
    return t;
  }

  /** Appends another builder's text and segments (an attachment, an embedded document). */
  append(text: string, segments: readonly Segment[], prefix: (s: Segment) => Partial<Segment> = () => ({})): void {
    const base = this.length;
    this.chunks.push(text);
    this.length += text.length;
    this.sepTail = 0;
    for (const s of segments) this.segments.push({ ...s, ...prefix(s), start: s.start + base, end: s.end + base });
  }
}

/** The segment containing offset, or the nearest one before it. */
export function segmentAt(segments: readonly Segment[], offset: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  let best: Segment | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start <= offset) {
      best = segments[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best ?? segments[0];
}

/** Signature of an OLE compound file (old .doc/.msg, or an encrypted Office file). */
export function isCompoundFile(b: Uint8Array): boolean {
  return b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 && b[4] === 0xa1 && b[5] === 0xb1 && b[6] === 0x1a && b[7] === 0xe1;
}

/**
 * What a file's first bytes say it is, as the end of a sentence ("; it looks like a PDF: rename it to
 * .pdf"), for a file whose extension names another type (a bundle's "report.pdf" that is really a
 * .docx); "" when the bytes name no type we know. Never quotes the file.
 */
export function looksLike(b: Uint8Array): string {
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4)
    return "; it looks like a Word document (.docx) or another zip package: if it is a Word document, rename it to .docx";
  if (Buffer.from(b.subarray(0, 1024)).toString("latin1").includes("%PDF-")) return "; it looks like a PDF: rename it to .pdf";
  if (isCompoundFile(b)) return "; it looks like an Outlook message (.msg) or an older Office file (.doc): rename a message to .msg, or save a document as .docx in Word";
  return "";
}

/** True when the bytes contain this ASCII name as UTF-16LE (a stream name in a compound file). */
export function hasUtf16Name(b: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, "utf16le");
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(needle) >= 0;
}
