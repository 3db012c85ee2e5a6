// What the task pane needs from the application it runs in (Word, or a fake of it in a plain browser
// and in tests). Components receive a HostAdapter through props/context and never call Office.js
// themselves, so the same pane runs against Word, the fake, or pasted text.
import type { Category } from "../engine/types";

/** Where a piece of text lives in the document, in words a worker understands. */
export type PartKind = "body" | "header" | "footer" | "footnote" | "endnote" | "comment" | "comment-reply" | "property" | "tracked-deletion" | "text-box";

export type SegmentLocation = {
  part: PartKind;
  /** Section index (0-based) for headers and footers. */
  section?: number;
  /** "primary" | "firstPage" | "evenPages" for headers and footers. */
  variant?: string;
  /** Index of the note, comment, reply or text box within its collection. */
  item?: number;
  /** Index of the reply within its comment. */
  reply?: number;
  /** Paragraph index within the part (body, header, footer, note, text box). */
  paragraph?: number;
  /** For document properties: which one. */
  property?: DocumentPropertyName;
  /** For a text box anchored in a header or footer (with section and variant): which. */
  within?: "header" | "footer";
  /** What the worker calls this part where it is not a Word document's ("the subject line" of an email). */
  label?: string;
};

/** One run of text the host read, with where it starts in the combined text given to the engine. */
export type Segment = {
  location: SegmentLocation;
  /** Offset of the segment's first character in DocumentSnapshot.text. */
  start: number;
  text: string;
  /** False when the host can read it but not change it (e.g. a tracked deletion: accept or reject it instead). */
  editable: boolean;
};

export type DocumentPropertyName = "title" | "subject" | "author" | "keywords" | "comments";

export type TrackingMode = "off" | "trackAll" | "trackMineOnly";

/** The whole document as the engine sees it, plus the map back to each location. */
export type DocumentSnapshot = {
  /** Every segment's text joined ("\n" between paragraphs of one part, "\n\n" between parts). */
  text: string;
  /** Sorted by start; segments never overlap. */
  segments: Segment[];
  tracking: {
    /** Null when this version of the host cannot tell. */
    mode: TrackingMode | null;
    /** Tracked changes not yet accepted or rejected (null when the host cannot tell). */
    pending: number | null;
  };
  /** Parts the host could not read here, each with one sentence for the worker. */
  notRead: { part: PartKind; message: string }[];
  /** How many round trips to the document the read took. */
  syncs: number;
};

/** One change in the combined text's offsets (as made by the redaction planner or a suggestion). */
export type HostEdit = {
  start: number;
  end: number;
  replacement: string;
  category?: Category;
};

export type ApplyOptions = {
  /**
   * What to do when track changes is on. "ask" (the default) refuses with a HostError of kind
   * "tracking" so the pane can ask; "keep" edits with tracking on (the original stays as a tracked
   * deletion); "suspend" turns tracking off for these edits only and restores it afterwards.
   */
  tracking?: "ask" | "keep" | "suspend";
  /**
   * A redaction (default: when any edit's category is other-child or identifier). A redaction is
   * refused while tracked changes wait to be accepted ("pending-changes") or while the host cannot
   * tell whether they do ("tracking-unknown"), and the saved file is searched afterwards for every
   * redacted string (ApplyResult.verification).
   */
  redaction?: boolean;
  /**
   * The worker has said they accepted all changes and turned track changes off (asked after a
   * "tracking-unknown" refusal, on a host that cannot tell).
   */
  trackingConfirmedOff?: boolean;
};

/** A part of the file a verification searched, as the host saves it. */
export type VerifiedPart = "body" | "headers and footers" | "notes" | "text boxes";

/** What an independent look at the saved file found after a redaction. */
export type Verification = {
  /** Which parts of the file were searched (anything else was not verified: say so). */
  scope: VerifiedPart[];
  /** Redacted strings still present, where and as what; never the strings themselves. */
  remaining: { edit: HostEdit; in: VerifiedPart; as: "text" | "tracked deletion" | "field code" }[];
};

export type ApplyResult = {
  applied: number;
  /** Edits that could not be placed (e.g. inside a tracked deletion), with why. */
  skipped: { edit: HostEdit; reason: string }[];
  syncs: number;
  /** Present after a redaction on a host that can read its saved file. */
  verification?: Verification;
  /** Things the worker should know about the change (one sentence each), e.g. the host altered more than asked. */
  warnings?: string[];
  /** Outlook compose: the body read back after it was set ("same", "reformatted" or "changed"). */
  readBack?: "same" | "reformatted" | "changed";
};

/** Only the subject child's details are ever stored with the document. */
export type SubjectDetails = { name: string; aliases?: string[]; pronouns?: string };

export type HostCapabilities = {
  /** Short name for the status line ("Word", "Sample document"). */
  name: string;
  canEdit: boolean;
  canSelect: boolean;
  headersFooters: boolean;
  notes: boolean;
  comments: boolean;
  trackedChanges: boolean;
  settings: boolean;
  properties: boolean;
};

export interface HostAdapter {
  readonly capabilities: HostCapabilities;
  /** Reads everything a reader of the file can see or recover. */
  read(): Promise<DocumentSnapshot>;
  /** Applies edits made against `snapshot` (refuses with kind "stale" if the document changed since). */
  apply(snapshot: DocumentSnapshot, edits: readonly HostEdit[], options?: ApplyOptions): Promise<ApplyResult>;
  /** Selects and scrolls to a span of the combined text. */
  select(snapshot: DocumentSnapshot, start: number, end: number): Promise<void>;
  readSubject(): Promise<SubjectDetails | null>;
  writeSubject(subject: SubjectDetails): Promise<void>;
  /** Accepts every pending tracked change so deleted text leaves the file. */
  acceptAllTrackedChanges(): Promise<void>;
  /** Changes the tracking mode; only ever called after the worker has said so. */
  setTracking(mode: TrackingMode): Promise<void>;
  /** Called when the document changes (typing), if the host can tell. Returns an unsubscribe. */
  onChange?(listener: () => void): () => void;
}

export type HostErrorKind =
  /** This version of the host lacks the API. */
  | "unsupported"
  /** The host reported a failure. */
  | "failed"
  /** The document is busy (editing a cell, a dialog open…). */
  | "busy"
  /** Nothing to check. */
  | "empty"
  /** The document changed since it was read. */
  | "stale"
  /** Track changes is on and the worker has not said what to do. */
  | "tracking"
  /**
   * Before a redaction: this host cannot tell whether track changes is on or changes are pending.
   * Ask the worker to accept all changes and turn tracking off, then apply with trackingConfirmedOff.
   */
  | "tracking-unknown"
  /** Before a redaction: tracked changes wait to be accepted (acceptAllTrackedChanges, with consent). */
  | "pending-changes"
  /** The text to change could not be found where it was. */
  | "not-found";

/** A failed host call: a kind the pane can act on and one sentence a worker understands. */
export class HostError extends Error {
  readonly kind: HostErrorKind;
  /** What was being done ("read the document"). */
  readonly operation: string;
  /** The host's own error code, for support (never document text). */
  readonly code?: string;
  constructor(kind: HostErrorKind, operation: string, message: string, code?: string) {
    super(message);
    this.name = "HostError";
    this.kind = kind;
    this.operation = operation;
    if (code) this.code = code;
  }
}

export function isHostError(e: unknown): e is HostError {
  return e instanceof HostError;
}

const OFFICE_CODES: Record<string, { kind: HostErrorKind; message: string }> = {
  ApiNotFound: { kind: "unsupported", message: "This version of Word cannot do that; update Office to use it." },
  NotImplemented: { kind: "unsupported", message: "This version of Word cannot do that; update Office to use it." },
  // Said after a selection as well as a change: never "the text to change" when the worker only clicked a finding.
  ItemNotFound: { kind: "not-found", message: "The text was no longer where the check found it; check the document again." },
  InvalidArgument: { kind: "failed", message: "Word could not make that change; check the document again and retry." },
  GeneralException: { kind: "failed", message: "Word could not finish; try again in a moment." },
  AccessDenied: { kind: "failed", message: "Word did not allow the change; the document may be read-only or protected." },
  ActivityLimitReached: { kind: "busy", message: "Word has had too many requests at once; wait a moment, then try again." },
  SearchDialogIsOpen: { kind: "busy", message: "Word's Find and Replace box is open: close it, then try again." },
  SearchStringInvalidOrTooLong: { kind: "failed", message: "Word could not search for this text (too long or with special characters); change it by hand." },
  NotAllowed: { kind: "failed", message: "Word does not allow add-ins to change this document now: it may be protected, read-only, or open in a view that blocks changes." },
  InvalidRequestContext: { kind: "failed", message: "Word lost track of the document; check it again." },
  InvalidObjectPath: { kind: "failed", message: "Word lost track of the document; check it again." },
  EditModeRequired: { kind: "busy", message: "Finish editing in the document first, then try again." },
  PropertyNotLoaded: { kind: "failed", message: "The add-in asked Word for something before it was ready; check the document again." },
  RequestAborted: { kind: "busy", message: "Word cancelled the request; try again in a moment." },
};

/**
 * The one wrapper every Office call goes through: runs it, and turns whatever it throws into a
 * HostError with one sentence for the worker. Never includes document text in the message.
 */
export async function hostCall<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toHostError(operation, error);
  }
}

export function toHostError(operation: string, error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string" ? (error as { code: string }).code : undefined;
  const known = code ? OFFICE_CODES[code] : undefined;
  const out = known
    ? new HostError(known.kind, operation, known.message, code)
    : new HostError("failed", operation, `Could not ${operation}; try again, and if it keeps failing close and reopen the pane.`, code);
  // Kept for debugging only; never shown to the worker (it may quote the API, never the document).
  Object.defineProperty(out, "cause", { value: error, enumerable: false });
  return out;
}

/** Where a segment is, in words ("page header, section 2", "comment 3", "document title"). */
export function describeLocation(loc: SegmentLocation): string {
  const n = (i: number | undefined) => (i === undefined ? "" : ` ${i + 1}`);
  if (loc.label) return loc.label;
  switch (loc.part) {
    case "body":
      return `paragraph${n(loc.paragraph)}`;
    case "header":
    case "footer":
      return `${loc.part}${loc.variant && loc.variant !== "primary" ? ` (${loc.variant === "firstPage" ? "first page" : "even pages"})` : ""}, section${n(loc.section)}`;
    case "footnote":
    case "endnote":
      return `${loc.part}${n(loc.item)}`;
    case "comment":
      return `comment${n(loc.item)}`;
    case "comment-reply":
      return `reply${n(loc.reply)} to comment${n(loc.item)}`;
    case "property":
      return `document property "${loc.property}"`;
    case "tracked-deletion":
      return `tracked deletion${n(loc.item)}`;
    case "text-box":
      return loc.within ? `text box${n(loc.item)} in the ${describeLocation({ ...loc, part: loc.within })}` : `text box${n(loc.item)}`;
  }
}

/** The segment holding an offset of the combined text (binary search), or undefined in a gap. */
export function segmentAt(segments: readonly Segment[], offset: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.start + s.text.length) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Splits an edit of the combined text into per-segment pieces (an edit across a paragraph break becomes two). */
export function splitEdit(segments: readonly Segment[], edit: HostEdit): { segment: Segment; start: number; end: number; replacement: string }[] {
  const out: { segment: Segment; start: number; end: number; replacement: string }[] = [];
  let first = true;
  // Segments are sorted and never overlap, so their ends are sorted too: the first segment that can
  // hold the edit's start is found by binary search, and the walk stops past the edit's end.
  for (let i = firstEndingAtOrAfter(segments, edit.start); i < segments.length; i++) {
    const s = segments[i];
    if (s.start > edit.end) break;
    const sEnd = s.start + s.text.length;
    const a = Math.max(edit.start, s.start) - s.start;
    const b = Math.min(edit.end, sEnd) - s.start;
    if (b < a) continue;
    if (a === b && !(first && edit.start === edit.end)) continue;
    out.push({ segment: s, start: a, end: b, replacement: first ? edit.replacement : "" });
    first = false;
  }
  return out;
}

/** The index of the first segment whose end is at or after `offset` (segments.length if none). */
function firstEndingAtOrAfter(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (s.start + s.text.length < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds a snapshot's combined text and segment offsets from parts read in order. */
export function buildSnapshot(
  parts: { location: SegmentLocation; text: string; editable?: boolean; partKey: string }[],
  extra: Omit<DocumentSnapshot, "text" | "segments">,
): DocumentSnapshot {
  const segments: Segment[] = [];
  let text = "";
  let lastKey: string | undefined;
  for (const p of parts) {
    if (lastKey !== undefined) text += p.partKey === lastKey ? "\n" : "\n\n";
    lastKey = p.partKey;
    segments.push({ location: p.location, start: text.length, text: p.text, editable: p.editable ?? true });
    text += p.text;
  }
  return { text, segments, ...extra };
}

/** Applies per-segment edits to a segment's text (right to left), for parts replaced whole. */
export function applyToText(text: string, pieces: readonly { start: number; end: number; replacement: string }[]): string {
  let out = text;
  for (const p of [...pieces].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, p.start) + p.replacement + out.slice(p.end);
  return out;
}

/**
 * What must happen before a redaction of this snapshot can be made safely, for the pane to ask before
 * pressing on (apply refuses with the same kind and message): tracked changes to accept, or, where the
 * host cannot tell, the worker to accept all changes and turn tracking off. Null when nothing is needed.
 */
export function redactionBlocker(
  snapshot: Pick<DocumentSnapshot, "tracking">,
  options: Pick<ApplyOptions, "tracking" | "trackingConfirmedOff"> = {},
): { kind: "pending-changes" | "tracking-unknown"; message: string } | null {
  const { mode, pending } = snapshot.tracking;
  if (pending !== null && pending > 0) {
    return {
      kind: "pending-changes",
      message: `This document has ${pending} tracked change${pending === 1 ? "" : "s"} not yet accepted, and deleted text stays in the file until it is. Accept all changes first, then redact.`,
    };
  }
  if ((mode === null || pending === null) && !options.trackingConfirmedOff && options.tracking !== "keep") {
    return {
      kind: "tracking-unknown",
      message:
        "This version of Word cannot tell the add-in whether track changes is on or changes are waiting. Accept all changes (Review > Accept > Accept All Changes) and turn Track Changes off, then redact.",
    };
  }
  return null;
}

/** Keeps only the subject's own fields, so nothing else (other children above all) can be stored. */
export function sanitiseSubject(subject: SubjectDetails): SubjectDetails {
  const name = typeof subject?.name === "string" ? subject.name.trim().slice(0, 200) : "";
  const aliases = Array.isArray(subject?.aliases)
    ? subject.aliases
        .filter((a) => typeof a === "string" && a.trim())
        .map((a) => a.trim().slice(0, 200))
        .slice(0, 20)
    : [];
  const pronouns = typeof subject?.pronouns === "string" ? subject.pronouns.trim().slice(0, 40) : "";
  return { name, ...(aliases.length ? { aliases } : {}), ...(pronouns ? { pronouns } : {}) };
}
