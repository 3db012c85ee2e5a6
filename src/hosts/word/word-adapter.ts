// The Word host: reads the whole document into one text with a map back to every paragraph, applies
// edits at exact Word ranges, selects findings, and keeps the subject child's details in the document's
// settings. A full read takes 2 context.sync round trips and applying any number of edits takes 2,
// however large the document. Every Office call goes through hostCall (src/hosts/host.ts).
import {
  HostError,
  applyToText,
  buildSnapshot,
  hostCall,
  sanitiseSubject,
  splitEdit,
  type ApplyOptions,
  type ApplyResult,
  type DocumentPropertyName,
  type DocumentSnapshot,
  type HostAdapter,
  type HostCapabilities,
  type HostEdit,
  type PartKind,
  type Segment,
  type SegmentLocation,
  type SubjectDetails,
  type TrackingMode,
} from "../host";
import type {
  ChangeTrackingMode,
  CommentCollection,
  DocumentProperties,
  HeaderFooterType,
  NoteItemCollection,
  Paragraph,
  ParagraphCollection,
  Range,
  RequestContext,
  Requirements,
  SearchOptions,
  Section,
  TrackedChangeCollection,
  WordApi,
} from "./word-types";

export const SETTINGS_KEY = "clearRecord.subject";
const PROPERTY_NAMES: DocumentPropertyName[] = ["title", "subject", "author", "keywords", "comments"];
const VARIANTS: { type: HeaderFooterType; variant: string }[] = [
  { type: "Primary", variant: "primary" },
  { type: "FirstPage", variant: "firstPage" },
  { type: "EvenPages", variant: "evenPages" },
];
/** Word's search takes at most 255 characters; longer spans are found by their two ends. */
const MAX_NEEDLE = 200;
const SEARCH: SearchOptions = { matchCase: true, matchWildcards: false };

export type WordAdapterOptions = {
  /** The `Word` global (or the fake). */
  word: WordApi;
  /** Office.context.requirements (or the fake's). */
  requirements: Requirements;
  /** Subscribes to "the document may have changed" (e.g. Office's selection-changed event). */
  subscribe?: (listener: () => void) => () => void;
  name?: string;
};

const TRACKING_FROM_WORD: Record<ChangeTrackingMode, TrackingMode> = { Off: "off", TrackAll: "trackAll", TrackMineOnly: "trackMineOnly" };
const TRACKING_TO_WORD: Record<TrackingMode, ChangeTrackingMode> = { off: "Off", trackAll: "TrackAll", trackMineOnly: "TrackMineOnly" };

/** What a read loads, queued on one context (so read and apply load exactly the same things). */
type Loaded = {
  body: ParagraphCollection;
  sections?: { index: number; variant: string; header: ParagraphCollection; footer: ParagraphCollection }[];
  sectionCollection?: { items: Section[] };
  properties?: DocumentProperties;
  comments?: CommentCollection;
  footnotes?: NoteItemCollection;
  endnotes?: NoteItemCollection;
  tracked?: TrackedChangeCollection;
  trackingMode?: boolean;
};

type Piece = { segment: Segment; start: number; end: number; replacement: string; edit: HostEdit };

export class WordAdapter implements HostAdapter {
  readonly capabilities: HostCapabilities;
  private readonly word: WordApi;
  private readonly has: (version: string) => boolean;
  private readonly subscribe?: (listener: () => void) => () => void;

  constructor(options: WordAdapterOptions) {
    this.word = options.word;
    const req = options.requirements;
    this.has = (version: string) => {
      try {
        return req.isSetSupported("WordApi", version);
      } catch {
        return false;
      }
    };
    this.subscribe = options.subscribe;
    this.capabilities = {
      name: options.name ?? "Word",
      canEdit: this.has("1.3"),
      canSelect: this.has("1.3"),
      headersFooters: this.has("1.3"),
      notes: this.has("1.5"),
      comments: this.has("1.4"),
      trackedChanges: this.has("1.6"),
      settings: this.has("1.4"),
      properties: this.has("1.3"),
    };
    if (this.subscribe) this.onChange = (listener) => this.subscribe!(listener);
  }

  onChange?: (listener: () => void) => () => void;

  read(): Promise<DocumentSnapshot> {
    return hostCall("read the document", () =>
      this.word.run(async (context) => {
        let syncs = 0;
        const sync = async () => {
          await context.sync();
          syncs++;
        };
        const loaded = this.queueLoad(context, undefined);
        await sync();
        // Headers and footers need the section count; notes' and replies' paragraphs ride along.
        this.queueSections(context, loaded, loaded.sectionCollection ? loaded.sectionCollection.items.length : 0);
        const extra = this.queueNested(loaded);
        await sync();
        return this.snapshotOf(context, loaded, extra, syncs);
      }),
    );
  }

  async apply(snapshot: DocumentSnapshot, edits: readonly HostEdit[], options: ApplyOptions = {}): Promise<ApplyResult> {
    const skipped: ApplyResult["skipped"] = [];
    const pieces: Piece[] = [];
    for (const edit of edits) {
      for (const p of splitEdit(snapshot.segments, edit)) {
        if (!p.segment.editable) skipped.push({ edit, reason: "it is inside a tracked change: accept or reject tracked changes first" });
        else pieces.push({ ...p, edit });
      }
    }
    if (pieces.length === 0) return { applied: 0, skipped, syncs: 0 };
    return hostCall("change the document", () =>
      this.word.run(async (context) => {
        let syncs = 0;
        const sync = async () => {
          await context.sync();
          syncs++;
        };
        const sectionCount = countSections(snapshot);
        const loaded = this.queueLoad(context, sectionCount);
        const extra = this.queueNestedEager(loaded);
        await sync();
        // Refuse if the document moved on since it was read: offsets would point at the wrong words.
        const now = this.snapshotOf(context, loaded, extra, 0);
        if (now.text !== snapshot.text) {
          throw new HostError("stale", "change the document", "The document changed since it was checked; check it again before changing it.");
        }
        const mode = now.tracking.mode;
        const tracking = options.tracking ?? "ask";
        if (mode && mode !== "off" && tracking === "ask") {
          throw new HostError("tracking", "change the document", "Track changes is on, so the original text would stay in the document as a deletion; choose what to do first.");
        }
        const doc = context.document;
        if (mode && mode !== "off" && tracking === "suspend") doc.changeTrackingMode = "Off";

        const byPart = groupBySegment(pieces);
        for (const [segment, list] of byPart) {
          const loc = segment.location;
          if (loc.part === "comment" || loc.part === "comment-reply" || loc.part === "property") {
            const text = applyToText(segment.text, list);
            if (loc.part === "property" && loaded.properties && loc.property) (loaded.properties as unknown as Record<string, string>)[loc.property] = text;
            else if (loc.part === "comment" && loaded.comments && loc.item !== undefined) loaded.comments.items[loc.item].content = text;
            else if (loc.part === "comment-reply" && loaded.comments && loc.item !== undefined && loc.reply !== undefined) loaded.comments.items[loc.item].replies.items[loc.reply].content = text;
            continue;
          }
          const paragraph = this.paragraphFor(loaded, extra, loc);
          if (!paragraph) {
            for (const p of list) skipped.push({ edit: p.edit, reason: "Word could not reach this part of the document" });
            continue;
          }
          // Right to left, so each search runs on text the earlier edits have not moved.
          for (const p of [...list].sort((a, b) => b.start - a.start || b.end - a.end)) {
            const range = locate(paragraph, segment.text, p.start, p.end);
            if (p.replacement) range.insertText(p.replacement, "Replace");
            else range.delete();
          }
        }
        if (mode && mode !== "off" && tracking === "suspend") doc.changeTrackingMode = TRACKING_TO_WORD[mode];
        await sync();
        return { applied: edits.length - new Set(skipped.map((s) => s.edit)).size, skipped, syncs };
      }),
    );
  }

  select(snapshot: DocumentSnapshot, start: number, end: number): Promise<void> {
    const piece = splitEdit(snapshot.segments, { start, end, replacement: "" })[0];
    if (!piece) return Promise.reject(new HostError("not-found", "select the text", "That text is no longer in the document; check it again."));
    const loc = piece.segment.location;
    if (loc.part === "comment" || loc.part === "comment-reply") return Promise.reject(new HostError("unsupported", "select the text", "This is in a comment: open Review > Show Comments to see it."));
    if (loc.part === "property") return Promise.reject(new HostError("unsupported", "select the text", "This is in the document's properties: see File > Info."));
    if (loc.part === "tracked-deletion") return Promise.reject(new HostError("unsupported", "select the text", "This is in a tracked deletion: open Review > Track Changes to see it."));
    if (!this.capabilities.canSelect) return Promise.reject(new HostError("unsupported", "select the text", "This version of Word cannot select text for the add-in; update Office to use it."));
    return hostCall("select the text", () =>
      this.word.run(async (context) => {
        const loaded = this.queueLoad(context, countSections(snapshot));
        const extra = this.queueNestedEager(loaded);
        await context.sync();
        const paragraph = this.paragraphFor(loaded, extra, loc);
        if (!paragraph || paragraph.text !== piece.segment.text) throw new HostError("stale", "select the text", "The document changed since it was checked; check it again.");
        locate(paragraph, piece.segment.text, piece.start, Math.max(piece.end, piece.start)).select("Select");
        await context.sync();
      }),
    );
  }

  readSubject(): Promise<SubjectDetails | null> {
    if (!this.capabilities.settings) return Promise.resolve(null);
    return hostCall("read the child's details", () =>
      this.word.run(async (context) => {
        const item = context.document.settings.getItemOrNullObject(SETTINGS_KEY);
        item.load("value");
        await context.sync();
        if (item.isNullObject || !item.value || typeof item.value !== "object") return null;
        const subject = sanitiseSubject(item.value as SubjectDetails);
        return subject.name ? subject : null;
      }),
    );
  }

  writeSubject(subject: SubjectDetails): Promise<void> {
    if (!this.capabilities.settings) return Promise.reject(new HostError("unsupported", "save the child's details", "This version of Word cannot keep the child's details with the document."));
    // Only the subject's own fields: other children's names are never stored in the document.
    const clean = sanitiseSubject(subject);
    return hostCall("save the child's details", () =>
      this.word.run(async (context) => {
        context.document.settings.add(SETTINGS_KEY, clean);
        await context.sync();
      }),
    );
  }

  acceptAllTrackedChanges(): Promise<void> {
    if (!this.capabilities.trackedChanges) return Promise.reject(new HostError("unsupported", "accept tracked changes", "This version of Word cannot accept tracked changes for the add-in: use Review > Accept > Accept All Changes."));
    return hostCall("accept tracked changes", () =>
      this.word.run(async (context) => {
        context.document.body.getTrackedChanges().acceptAll();
        await context.sync();
      }),
    );
  }

  setTracking(mode: TrackingMode): Promise<void> {
    if (!this.capabilities.settings) return Promise.reject(new HostError("unsupported", "change track changes", "This version of Word cannot change track changes for the add-in: use Review > Track Changes."));
    return hostCall("change track changes", () =>
      this.word.run(async (context) => {
        context.document.changeTrackingMode = TRACKING_TO_WORD[mode];
        await context.sync();
      }),
    );
  }

  // --- loading -------------------------------------------------------------------------------

  /** Queues every load that needs no earlier result. With a known section count, headers too. */
  private queueLoad(context: RequestContext, sectionCount: number | undefined): Loaded {
    const doc = context.document;
    const body = doc.body.paragraphs;
    body.load("items/text");
    const loaded: Loaded = { body };
    if (this.capabilities.headersFooters) {
      if (sectionCount === undefined) loaded.sectionCollection = doc.sections.load("items") as unknown as { items: Section[] };
      else this.queueSections(context, loaded, sectionCount);
    }
    if (this.capabilities.properties) loaded.properties = doc.properties.load(PROPERTY_NAMES);
    if (this.capabilities.settings) {
      doc.load("changeTrackingMode");
      loaded.trackingMode = true;
    }
    if (this.capabilities.comments) loaded.comments = doc.body.getComments().load("items/content");
    if (this.capabilities.notes) {
      loaded.footnotes = doc.body.footnotes.load("items");
      loaded.endnotes = doc.body.endnotes.load("items");
    }
    if (this.capabilities.trackedChanges) loaded.tracked = doc.body.getTrackedChanges().load("items/text,items/type");
    return loaded;
  }

  /** Headers and footers of every section, reached by getFirst/getNext so no count needs loading first. */
  private queueSections(_context: RequestContext, loaded: Loaded, count: number): void {
    if (!this.capabilities.headersFooters || count === 0) return;
    const doc = _context.document;
    loaded.sections = [];
    let section: Section | undefined;
    for (let i = 0; i < count; i++) {
      section = i === 0 ? doc.sections.getFirst() : section!.getNext();
      for (const v of VARIANTS) {
        const header = section.getHeader(v.type).paragraphs.load("items/text");
        const footer = section.getFooter(v.type).paragraphs.load("items/text");
        loaded.sections.push({ index: i, variant: v.variant, header, footer });
      }
    }
  }

  /** Paragraphs of notes and replies to comments, once their collections are loaded. */
  private queueNested(loaded: Loaded): Nested {
    const nested: Nested = { footnotes: [], endnotes: [], replies: [] };
    for (const n of loaded.footnotes?.items ?? []) nested.footnotes.push(n.body.paragraphs.load("items/text"));
    for (const n of loaded.endnotes?.items ?? []) nested.endnotes.push(n.body.paragraphs.load("items/text"));
    for (const c of loaded.comments?.items ?? []) nested.replies.push(c.replies.load("items/content"));
    return nested;
  }

  /** The same as queueNested in the same round trip, by load paths (used by apply and select). */
  private queueNestedEager(loaded: Loaded): Nested {
    loaded.footnotes?.load("items/body/paragraphs/items/text");
    loaded.endnotes?.load("items/body/paragraphs/items/text");
    loaded.comments?.load("items/content,items/replies/items/content");
    return { footnotes: [], endnotes: [], replies: [], eager: true };
  }

  private notesOf(loaded: Loaded, nested: Nested, part: "footnote" | "endnote"): ParagraphCollection[] {
    if (!nested.eager) return part === "footnote" ? nested.footnotes : nested.endnotes;
    const coll = part === "footnote" ? loaded.footnotes : loaded.endnotes;
    return (coll?.items ?? []).map((n) => n.body.paragraphs);
  }

  private snapshotOf(context: RequestContext, loaded: Loaded, nested: Nested, syncs: number): DocumentSnapshot {
    const parts: { location: SegmentLocation; text: string; editable?: boolean; partKey: string }[] = [];
    const notRead: DocumentSnapshot["notRead"] = [];
    loaded.body.items.forEach((p, i) => parts.push({ location: { part: "body", paragraph: i }, text: p.text, partKey: "body" }));
    if (loaded.sections) {
      const seen = new Map<string, string>();
      for (const s of loaded.sections) {
        for (const [part, coll] of [
          ["header", s.header],
          ["footer", s.footer],
        ] as const) {
          const texts = coll.items.map((p) => p.text);
          const joined = texts.join("\n");
          if (!joined.trim()) continue;
          // A section whose header is linked to the previous one shows the same story: read it once.
          const key = `${part}:${s.variant}`;
          if (seen.get(key) === joined) continue;
          seen.set(key, joined);
          texts.forEach((t, i) => parts.push({ location: { part, section: s.index, variant: s.variant, paragraph: i }, text: t, partKey: `${part}:${s.index}:${s.variant}` }));
        }
      }
    } else notRead.push({ part: "header", message: "Headers and footers could not be read in this version of Word; check them by hand." });
    for (const part of ["footnote", "endnote"] as const) {
      if (!this.capabilities.notes) continue;
      this.notesOf(loaded, nested, part).forEach((coll, n) =>
        coll.items.forEach((p, i) => parts.push({ location: { part, item: n, paragraph: i }, text: p.text, partKey: `${part}:${n}` })),
      );
    }
    if (!this.capabilities.notes) notRead.push({ part: "footnote", message: "Footnotes and endnotes could not be read in this version of Word; check them by hand." });
    if (loaded.comments) {
      loaded.comments.items.forEach((c, n) => {
        parts.push({ location: { part: "comment", item: n }, text: c.content, partKey: `comment:${n}` });
        const replies = nested.eager ? c.replies.items : nested.replies[n]?.items ?? [];
        replies.forEach((r, i) => parts.push({ location: { part: "comment-reply", item: n, reply: i }, text: r.content, partKey: `reply:${n}:${i}` }));
      });
    } else notRead.push({ part: "comment", message: "Comments could not be read in this version of Word; check them by hand." });
    let pending: number | null = null;
    if (loaded.tracked) {
      pending = loaded.tracked.items.length;
      loaded.tracked.items.forEach((t, n) => {
        // Deleted text is still in the file until the change is accepted: a reader can recover it.
        if (t.type === "Deleted" && t.text) parts.push({ location: { part: "tracked-deletion", item: n }, text: t.text, editable: false, partKey: `tracked:${n}` });
      });
    }
    if (loaded.properties) {
      for (const name of PROPERTY_NAMES) {
        const value = (loaded.properties as unknown as Record<string, string>)[name];
        if (value) parts.push({ location: { part: "property", property: name }, text: value, partKey: `property:${name}` });
      }
    } else notRead.push({ part: "property", message: "The document's properties could not be read in this version of Word; check File > Info by hand." });
    let mode: TrackingMode | null = null;
    if (loaded.trackingMode) mode = TRACKING_FROM_WORD[context.document.changeTrackingMode] ?? null;
    return buildSnapshot(parts, { tracking: { mode, pending }, notRead, syncs });
  }

  private paragraphFor(loaded: Loaded, nested: Nested, loc: SegmentLocation): Paragraph | undefined {
    const i = loc.paragraph ?? 0;
    if (loc.part === "body") return loaded.body.items[i];
    if (loc.part === "header" || loc.part === "footer") {
      const s = loaded.sections?.find((x) => x.index === loc.section && x.variant === loc.variant);
      return (loc.part === "header" ? s?.header : s?.footer)?.items[i];
    }
    if (loc.part === "footnote" || loc.part === "endnote") return this.notesOf(loaded, nested, loc.part)[loc.item ?? 0]?.items[i];
    return undefined;
  }

}

type Nested = { footnotes: ParagraphCollection[]; endnotes: ParagraphCollection[]; replies: { items: { content: string }[] }[]; eager?: boolean };

function countSections(snapshot: DocumentSnapshot): number {
  let max = -1;
  for (const s of snapshot.segments) if ((s.location.part === "header" || s.location.part === "footer") && s.location.section !== undefined) max = Math.max(max, s.location.section);
  return max + 1;
}

function groupBySegment(pieces: Piece[]): Map<Segment, Piece[]> {
  const map = new Map<Segment, Piece[]>();
  for (const p of pieces) {
    const list = map.get(p.segment);
    if (list) list.push(p);
    else map.set(p.segment, [p]);
  }
  return map;
}

/** Escapes Word's search codes: "^" starts a special character; line breaks and tabs have codes. */
export function escapeSearch(text: string): string {
  return text.replace(/\^/g, "^^").replace(/\u000b/g, "^l").replace(/\t/g, "^t");
}

/** Which non-overlapping, left-to-right occurrence of needle starts at `at` (as Word's search counts), or -1. */
export function occurrenceIndex(haystack: string, needle: string, at: number, from = 0): number {
  if (!needle) return -1;
  let k = 0;
  let pos = haystack.indexOf(needle, from);
  while (pos !== -1 && pos < at) {
    pos = haystack.indexOf(needle, pos + needle.length);
    k++;
  }
  return pos === at ? k : -1;
}

/** The k-th match of needle inside `scope` (k = 0: the first), chained with no round trip. */
function nth(scope: { search: Paragraph["search"]; getRange: Paragraph["getRange"] }, needle: string, k: number): Range {
  const end = scope.getRange("End");
  let r = scope.search(escapeSearch(needle), SEARCH).getFirst();
  for (let j = 0; j < k; j++) r = r.getRange("After").expandTo(end).search(escapeSearch(needle), SEARCH).getFirst();
  return r;
}

/**
 * The exact Word range of [start, end) in a paragraph whose text is `text`, by searching the
 * paragraph for that text and taking the occurrence the offsets point at (never the first match that
 * happens to look the same). Long spans are found by their first and last characters.
 */
export function locate(paragraph: { search: Paragraph["search"]; getRange: Paragraph["getRange"] }, text: string, start: number, end: number): Range {
  if (end <= start) {
    // An insertion point: the range just before the next character, or the paragraph's end.
    if (start >= text.length) return paragraph.getRange("End");
    return locate(paragraph, text, start, start + 1).getRange("Start");
  }
  if (end - start <= MAX_NEEDLE) {
    const needle = text.slice(start, end);
    const k = occurrenceIndex(text, needle, start);
    if (k >= 0) return nth(paragraph, needle, k);
    // Overlapping repeats ("aaa"): anchor on the single character at start, then extend.
    return locate(paragraph, text, start, start + 1).expandTo(locate(paragraph, text, end - 1, end));
  }
  const head = text.slice(start, start + MAX_NEEDLE);
  const tail = text.slice(end - MAX_NEEDLE, end);
  const kHead = occurrenceIndex(text, head, start);
  const first = kHead >= 0 ? nth(paragraph, head, kHead) : locate(paragraph, text, start, start + 1);
  const kTail = occurrenceIndex(text, tail, end - MAX_NEEDLE);
  const last = kTail >= 0 ? nth(paragraph, tail, kTail) : locate(paragraph, text, end - 1, end);
  return first.expandTo(last);
}

export type { PartKind };
