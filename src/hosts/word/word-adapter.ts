// The Word host: reads the whole document into one text with a map back to every paragraph, applies
// edits at exact Word ranges, selects findings, and keeps the subject child's details in the document's
// settings. A full read takes 2 context.sync round trips and applying any number of edits takes 3
// (load, find and read back every range, write), however large the document. Every Office call goes
// through hostCall (src/hosts/host.ts).
//
// Real clients differ from JavaScript's view of a paragraph: Word's search folds quotes, cannot match a
// note mark (U+0002) literally, may not run across a field's edge, and on the web sees tracked
// deletions as text. So every range found is read back and compared before anything is written, and a
// mismatch is skipped and reported, never written somewhere else. After a redaction the saved body's
// WordprocessingML (getOoxml, every version) is searched for each redacted string.
import {
  HostError,
  applyToText,
  buildSnapshot,
  hostCall,
  redactionBlocker,
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
  type Verification,
  type VerifiedPart,
} from "../host";
import type {
  Body,
  ClientResult,
  Shape,
  ShapeCollection,
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
/** Word's search takes at most 255 characters, counted after escaping; longer spans are found by their two ends. */
const MAX_NEEDLE = 255;
const NOTE_MARK = "\u0002";
/** Finding categories whose edits make a redaction (their original text must leave the file). */
const REDACTED_CATEGORIES = new Set(["other-child", "identifier"]);
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
  sections?: {
    index: number;
    variant: string;
    header: ParagraphCollection;
    footer: ParagraphCollection;
    headerBody?: Body;
    footerBody?: Body;
    headerTracked?: TrackedChangeCollection;
    footerTracked?: TrackedChangeCollection;
    /** WordApiDesktop 1.2: text boxes and other shapes anchored in the header and footer. */
    headerShapes?: ShapeCollection;
    footerShapes?: ShapeCollection;
  }[];
  shapes?: ShapeCollection;
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
  /** WordApiDesktop 1.2: text boxes and shapes can be read (Word on Windows and Mac). */
  readonly canReadShapes: boolean;
  private readonly word: WordApi;
  private readonly has: (version: string, set?: string) => boolean;
  private readonly subscribe?: (listener: () => void) => () => void;

  constructor(options: WordAdapterOptions) {
    this.word = options.word;
    const req = options.requirements;
    this.has = (version: string, set = "WordApi") => {
      try {
        return req.isSetSupported(set, version);
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
    this.canReadShapes = this.has("1.2", "WordApiDesktop");
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
        // Text boxes in headers and footers: their paragraphs need the shapes just loaded (a third
        // round trip, only in a document that has them).
        if (this.queueShapeBodies(loaded, extra, "headers")) await sync();
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
        else for (const q of splitAtNoteMarks(p.segment.text, p)) pieces.push({ ...q, segment: p.segment, edit });
      }
    }
    if (pieces.length === 0) return { applied: 0, skipped, syncs: 0 };
    const redaction = options.redaction ?? edits.some((e) => e.category !== undefined && REDACTED_CATEGORIES.has(e.category));
    let suspendedFrom: TrackingMode | undefined;
    try {
      return await hostCall("change the document", () =>
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
          // Note bodies' tracked changes and text boxes need the collections just loaded.
          this.queueSecondRound(loaded, extra);
          // Every range is found now and read back with the refusal checks, in one round trip.
          const located: { piece: Piece; resolve: Resolver; paragraph: Paragraph }[] = [];
          const byPart = groupBySegment(pieces);
          const wholeParts: [Segment, Piece[]][] = [];
          const unlocated: [Segment, Piece[]][] = [];
          for (const [segment, list] of byPart) {
            const loc = segment.location;
            if (loc.part === "comment" || loc.part === "comment-reply" || loc.part === "property") {
              wholeParts.push([segment, list]);
              continue;
            }
            if (loc.part === "text-box") {
              unlocated.push([segment, list]);
              continue;
            }
            this.queueLocated(loaded, extra, segment, list, located, skipped);
          }
          await sync();
          if (unlocated.length) {
            for (const [segment, list] of unlocated) this.queueLocated(loaded, extra, segment, list, located, skipped);
            await sync();
          }
          // Refuse if the document moved on since it was read: offsets would point at the wrong words.
          const now = this.snapshotOf(context, loaded, extra, 0);
          if (now.text !== snapshot.text) {
            throw new HostError("stale", "change the document", "The document changed since it was checked; check it again before changing it.");
          }
          const mode = now.tracking.mode;
          const tracking = options.tracking ?? "ask";
          if (redaction) refuseUnsafeRedaction(now, tracking, options.trackingConfirmedOff === true);
          if (mode && mode !== "off" && tracking === "ask") {
            throw new HostError("tracking", "change the document", "Track changes is on, so the original text would stay in the document as a deletion; choose what to do first.");
          }
          const doc = context.document;
          if (mode && mode !== "off" && tracking === "suspend") {
            doc.changeTrackingMode = "Off";
            suspendedFrom = mode;
          }

          // Right to left within a paragraph; every range was resolved before any write.
          const writes: { piece: Piece; range: Range }[] = [];
          const failed = new Set<HostEdit>();
          for (const l of located) {
            const r = l.resolve();
            if (typeof r === "string") {
              skipped.push({ edit: l.piece.edit, reason: r });
              failed.add(l.piece.edit);
            } else writes.push({ piece: l.piece, range: r });
          }
          // An edit is all or nothing: if one of its pieces cannot be placed, none is written.
          for (const [segment, list] of wholeParts) {
            const loc = segment.location;
            const text = applyToText(
              segment.text,
              list.filter((p) => !failed.has(p.edit)),
            );
            if (loc.part === "property" && loaded.properties && loc.property) (loaded.properties as unknown as Record<string, string>)[loc.property] = text;
            else if (loc.part === "comment" && loaded.comments && loc.item !== undefined) loaded.comments.items[loc.item].content = text;
            else if (loc.part === "comment-reply" && loaded.comments && loc.item !== undefined && loc.reply !== undefined)
              loaded.comments.items[loc.item].replies.items[loc.reply].content = text;
          }
          for (const w of writes.sort((a, b) => b.piece.start - a.piece.start || b.piece.end - a.piece.end)) {
            if (failed.has(w.piece.edit)) continue;
            if (w.piece.replacement) w.range.insertText(w.piece.replacement, "Replace");
            else w.range.delete();
          }
          if (suspendedFrom) doc.changeTrackingMode = TRACKING_TO_WORD[suspendedFrom];
          // The saved WordprocessingML of every part read, queued after the writes (so it shows them).
          const saved: { part: VerifiedPart; xml: ClientResult<string> }[] = [];
          if (redaction) {
            saved.push({ part: "body", xml: doc.body.getOoxml() });
            for (const s of loaded.sections ?? []) {
              if (s.headerBody) saved.push({ part: "headers and footers", xml: s.headerBody.getOoxml() });
              if (s.footerBody) saved.push({ part: "headers and footers", xml: s.footerBody.getOoxml() });
            }
            for (const n of [...(loaded.footnotes?.items ?? []), ...(loaded.endnotes?.items ?? [])]) saved.push({ part: "notes", xml: n.body.getOoxml() });
            for (const box of extra.textBoxes) if (box.body) saved.push({ part: "text boxes", xml: box.body.getOoxml() });
          }
          await sync();
          suspendedFrom = undefined;
          const result: ApplyResult = { applied: edits.length - new Set(skipped.map((s) => s.edit)).size, skipped, syncs };
          if (redaction) {
            result.verification = verifyOoxml(
              saved.map((s) => ({ part: s.part, xml: s.xml.value })),
              pieces.filter((p) => !failed.has(p.edit)),
            );
          }
          return result;
        }),
      );
    } finally {
      // A batch that failed after turning tracking off must not leave it off.
      if (suspendedFrom) await this.restoreTracking(suspendedFrom);
    }
  }

  private async restoreTracking(mode: TrackingMode): Promise<void> {
    try {
      await this.word.run(async (context) => {
        context.document.changeTrackingMode = TRACKING_TO_WORD[mode];
        await context.sync();
      });
    } catch {
      // The original failure is what the worker needs to hear about.
    }
  }

  /** Queues the search for every piece of one paragraph (or marks it unreachable). */
  private queueLocated(
    loaded: Loaded,
    nested: Nested,
    segment: Segment,
    list: Piece[],
    out: { piece: Piece; resolve: Resolver; paragraph: Paragraph }[],
    skipped: ApplyResult["skipped"],
  ): void {
    const paragraph = this.paragraphFor(loaded, nested, segment.location);
    if (!paragraph) {
      for (const p of list) skipped.push({ edit: p.edit, reason: "Word could not reach this part of the document" });
      return;
    }
    for (const piece of list) out.push({ piece, paragraph, resolve: queueLocate(paragraph, segment.text, piece.start, piece.end) });
  }

  select(snapshot: DocumentSnapshot, start: number, end: number): Promise<void> {
    const piece = splitEdit(snapshot.segments, { start, end, replacement: "" })[0];
    if (!piece) return Promise.reject(new HostError("not-found", "select the text", "That text is no longer in the document; check it again."));
    const loc = piece.segment.location;
    if (loc.part === "comment" || loc.part === "comment-reply")
      return Promise.reject(new HostError("unsupported", "select the text", "This is in a comment: open Review > Show Comments to see it."));
    if (loc.part === "property") return Promise.reject(new HostError("unsupported", "select the text", "This is in the document's properties: see File > Info."));
    if (loc.part === "tracked-deletion")
      return Promise.reject(new HostError("unsupported", "select the text", "This is in a tracked deletion: open Review > Track Changes to see it."));
    if (!this.capabilities.canSelect)
      return Promise.reject(new HostError("unsupported", "select the text", "This version of Word cannot select text for the add-in; update Office to use it."));
    return hostCall("select the text", () =>
      this.word.run(async (context) => {
        const loaded = this.queueLoad(context, countSections(snapshot));
        const extra = this.queueNestedEager(loaded);
        await context.sync();
        this.queueSecondRound(loaded, extra);
        await context.sync();
        const paragraph = this.paragraphFor(loaded, extra, loc);
        if (!paragraph || paragraph.text !== piece.segment.text) throw new HostError("stale", "select the text", "The document changed since it was checked; check it again.");
        const [first] = splitAtNoteMarks(piece.segment.text, piece);
        const resolve = queueLocate(paragraph, piece.segment.text, first?.start ?? piece.start, Math.max(first?.end ?? piece.end, first?.start ?? piece.start));
        await context.sync();
        const range = resolve();
        if (typeof range === "string") throw new HostError("not-found", "select the text", "Word does not find this text where the add-in read it; look for it by hand.");
        range.select("Select");
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
    if (!this.capabilities.settings)
      return Promise.reject(new HostError("unsupported", "save the child's details", "This version of Word cannot keep the child's details with the document."));
    // Only the subject's own fields: other children's names are never stored in the document.
    const clean = sanitiseSubject(subject);
    return hostCall("save the child's details", () =>
      this.word.run(async (context) => {
        context.document.settings.add(SETTINGS_KEY, clean);
        await context.sync();
      }),
    );
  }

  /** Accepts every pending tracked change in the body, headers, footers, notes and text boxes. Only after the worker agreed. */
  acceptAllTrackedChanges(): Promise<void> {
    if (!this.capabilities.trackedChanges)
      return Promise.reject(
        new HostError("unsupported", "accept tracked changes", "This version of Word cannot accept tracked changes for the add-in: use Review > Accept > Accept All Changes."),
      );
    return hostCall("accept tracked changes", () =>
      this.word.run(async (context) => {
        const doc = context.document;
        doc.body.getTrackedChanges().acceptAll();
        const sections = this.capabilities.headersFooters ? (doc.sections.load("items") as unknown as { items: Section[] }) : undefined;
        const footnotes = this.capabilities.notes ? doc.body.footnotes.load("items") : undefined;
        const endnotes = this.capabilities.notes ? doc.body.endnotes.load("items") : undefined;
        const shapes = this.canReadShapes ? doc.body.shapes.load("items/type") : undefined;
        await context.sync();
        const headerShapes: ShapeCollection[] = [];
        for (const s of sections?.items ?? []) {
          for (const v of VARIANTS) {
            for (const body of [s.getHeader(v.type), s.getFooter(v.type)]) {
              body.getTrackedChanges().acceptAll();
              if (this.canReadShapes) headerShapes.push(body.shapes.load("items/type"));
            }
          }
        }
        for (const n of [...(footnotes?.items ?? []), ...(endnotes?.items ?? [])]) n.body.getTrackedChanges().acceptAll();
        for (const shape of shapes?.items ?? []) if (hasText(shape.type)) shape.body.getTrackedChanges().acceptAll();
        await context.sync();
        // Text boxes in headers and footers, once their shapes are known.
        let more = false;
        for (const coll of headerShapes)
          for (const shape of coll.items)
            if (hasText(shape.type)) {
              shape.body.getTrackedChanges().acceptAll();
              more = true;
            }
        if (more) await context.sync();
      }),
    );
  }

  setTracking(mode: TrackingMode): Promise<void> {
    if (!this.capabilities.settings)
      return Promise.reject(new HostError("unsupported", "change track changes", "This version of Word cannot change track changes for the add-in: use Review > Track Changes."));
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
    if (this.canReadShapes) loaded.shapes = doc.body.shapes.load("items/type");
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
        const headerBody = section.getHeader(v.type);
        const footerBody = section.getFooter(v.type);
        const header = headerBody.paragraphs.load("items/text");
        const footer = footerBody.paragraphs.load("items/text");
        const entry: NonNullable<Loaded["sections"]>[number] = { index: i, variant: v.variant, header, footer, headerBody, footerBody };
        // Deleted text in a header is as recoverable as in the body.
        if (this.capabilities.trackedChanges) {
          entry.headerTracked = headerBody.getTrackedChanges().load("items/text,items/type");
          entry.footerTracked = footerBody.getTrackedChanges().load("items/text,items/type");
        }
        // A text box in a header (a logo's caption, "Re: <child's name>") is as visible as the header.
        if (this.canReadShapes) {
          entry.headerShapes = headerBody.shapes.load("items/type,items/id");
          entry.footerShapes = footerBody.shapes.load("items/type,items/id");
        }
        loaded.sections.push(entry);
      }
    }
  }

  /** Paragraphs of notes and replies to comments, once their collections are loaded. */
  private queueNested(loaded: Loaded): Nested {
    const nested = emptyNested();
    for (const n of loaded.footnotes?.items ?? []) nested.footnotes.push(n.body.paragraphs.load("items/text"));
    for (const n of loaded.endnotes?.items ?? []) nested.endnotes.push(n.body.paragraphs.load("items/text"));
    for (const c of loaded.comments?.items ?? []) nested.replies.push(c.replies.load("items/content"));
    this.queueNoteTracked(loaded, nested);
    this.queueShapeBodies(loaded, nested, "body");
    return nested;
  }

  /** The same as queueNested in the same round trip, by load paths (used by apply and select). */
  private queueNestedEager(loaded: Loaded): Nested {
    loaded.footnotes?.load("items/body/paragraphs/items/text");
    loaded.endnotes?.load("items/body/paragraphs/items/text");
    loaded.comments?.load("items/content,items/replies/items/content");
    return { ...emptyNested(), eager: true };
  }

  /**
   * Tracked changes inside notes, and text boxes' paragraphs (body, then headers and footers): each
   * needs a collection loaded first. Used where sections were loaded in the first round trip.
   */
  private queueSecondRound(loaded: Loaded, nested: Nested): void {
    this.queueNoteTracked(loaded, nested);
    this.queueShapeBodies(loaded, nested, "body");
    this.queueShapeBodies(loaded, nested, "headers");
  }

  private queueNoteTracked(loaded: Loaded, nested: Nested): void {
    if (!this.capabilities.trackedChanges) return;
    for (const part of ["footnote", "endnote"] as const) {
      const coll = part === "footnote" ? loaded.footnotes : loaded.endnotes;
      (coll?.items ?? []).forEach((n) => nested.noteTracked.push(n.body.getTrackedChanges().load("items/text,items/type")));
    }
  }

  /**
   * Queues the paragraphs (and tracked changes) of every loaded shape that holds text, in the body or
   * in every header and footer, and counts the shapes whose text cannot be reached (groups, canvases,
   * other objects). A shape seen from two headers (a linked header, or a client that lists every
   * header's shapes) is read once. Returns how many text boxes were queued.
   */
  private queueShapeBodies(loaded: Loaded, nested: Nested, where: "body" | "headers"): number {
    const before = nested.textBoxes.length;
    const take = (shape: Shape, item: number, at: Omit<Nested["textBoxes"][number], "item" | "body" | "paras">) => {
      if (!hasText(shape.type)) {
        if (holdsUnreadText(shape.type)) nested.unreadShapes++;
        return;
      }
      nested.textBoxes.push({ ...at, item, body: shape.body, paras: shape.body.paragraphs.load("items/text") });
      if (this.capabilities.trackedChanges) nested.noteTracked.push(shape.body.getTrackedChanges().load("items/text,items/type"));
    };
    if (where === "body") {
      (loaded.shapes?.items ?? []).forEach((shape, item) => take(shape, item, {}));
      return nested.textBoxes.length - before;
    }
    const seen = new Set<number>();
    for (const s of loaded.sections ?? []) {
      for (const [within, coll] of [
        ["header", s.headerShapes],
        ["footer", s.footerShapes],
      ] as const) {
        (coll?.items ?? []).forEach((shape, item) => {
          if (seen.has(shape.id)) return;
          seen.add(shape.id);
          take(shape, item, { within, section: s.index, variant: s.variant });
        });
      }
    }
    return nested.textBoxes.length - before;
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
    for (const box of nested.textBoxes) {
      const at = box.within ? { within: box.within, section: box.section, variant: box.variant } : {};
      const key = box.within ? `text-box:${box.within}:${box.section}:${box.variant}:${box.item}` : `text-box:${box.item}`;
      box.paras.items.forEach((p, i) => parts.push({ location: { part: "text-box", item: box.item, paragraph: i, ...at }, text: p.text, partKey: key }));
    }
    if (!loaded.shapes) {
      notRead.push({
        part: "text-box",
        message:
          "Text boxes and shapes cannot be read by add-ins in this version of Word (only Word on Windows and Mac can): check any text box, in the body, headers or footers, by hand.",
      });
    } else if (nested.unreadShapes) {
      const n = nested.unreadShapes;
      notRead.push({
        part: "text-box",
        message: `${n} grouped shape${n === 1 ? "" : "s"}, drawing canvas${n === 1 ? "" : "es"} or other object${n === 1 ? "" : "s"} could not be read: ${n === 1 ? "it" : "they"} may hold text boxes, so check ${n === 1 ? "it" : "them"} by hand.`,
      });
    }
    if (loaded.comments) {
      loaded.comments.items.forEach((c, n) => {
        parts.push({ location: { part: "comment", item: n }, text: c.content, partKey: `comment:${n}` });
        const replies = nested.eager ? c.replies.items : (nested.replies[n]?.items ?? []);
        replies.forEach((r, i) => parts.push({ location: { part: "comment-reply", item: n, reply: i }, text: r.content, partKey: `reply:${n}:${i}` }));
      });
    } else notRead.push({ part: "comment", message: "Comments could not be read in this version of Word; check them by hand." });
    let pending: number | null = null;
    if (loaded.tracked) {
      // Body, headers and footers (a linked header's changes once), notes and text boxes.
      const seen = new Set<string>();
      const collections: TrackedChangeCollection[] = [loaded.tracked];
      for (const s of loaded.sections ?? []) {
        for (const c of [s.headerTracked, s.footerTracked]) {
          if (!c) continue;
          const key = c.items.map((t) => `${t.type}:${t.text}`).join("\u0000");
          if (!c.items.length || seen.has(key)) continue;
          seen.add(key);
          collections.push(c);
        }
      }
      collections.push(...nested.noteTracked);
      let n = 0;
      let unreadable = 0;
      pending = 0;
      for (const coll of collections) {
        for (const t of coll.items) {
          pending++;
          // Deleted text is still in the file until the change is accepted: a reader can recover it.
          if (t.type === "Deleted" && t.text) parts.push({ location: { part: "tracked-deletion", item: n }, text: t.text, editable: false, partKey: `tracked:${n}` });
          else if (t.type === "Deleted") unreadable++;
          n++;
        }
      }
      if (unreadable) {
        notRead.push({
          part: "tracked-deletion",
          message: `${unreadable} tracked deletion${unreadable === 1 ? "" : "s"} could not be read (this version of Word does not give add-ins deleted text): accept or reject tracked changes, then check again.`,
        });
      }
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
    if (loc.part === "text-box")
      return nested.textBoxes.find((b) => b.item === loc.item && b.within === loc.within && b.section === loc.section && b.variant === loc.variant)?.paras.items[i];
    return undefined;
  }
}

type Nested = {
  footnotes: ParagraphCollection[];
  endnotes: ParagraphCollection[];
  replies: { items: { content: string }[] }[];
  noteTracked: TrackedChangeCollection[];
  /** Text boxes: `item` is the index in its body's shapes; `within`, `section` and `variant` place one in a header or footer. */
  textBoxes: { item: number; within?: "header" | "footer"; section?: number; variant?: string; body?: Body; paras: ParagraphCollection }[];
  /** Shapes that may hold text the add-in cannot reach (groups, canvases, other objects). */
  unreadShapes: number;
  eager?: boolean;
};

const emptyNested = (): Nested => ({ footnotes: [], endnotes: [], replies: [], noteTracked: [], textBoxes: [], unreadShapes: 0 });

/** Shapes whose body holds text. */
const hasText = (type: string) => type === "TextBox" || type === "GeometricShape";
/** Shapes that may hold text the add-in cannot reach: groups and canvases hold other shapes; "Unsupported" is anything else (WordArt, SmartArt, charts…). */
const holdsUnreadText = (type: string) => type === "Group" || type === "Canvas" || type === "Unsupported";

/**
 * Refuses a redaction the host cannot make safe: tracked changes pending (deleted text would stay
 * recoverable, and on the web it is part of the paragraph text), or a Word that cannot tell.
 */
function refuseUnsafeRedaction(now: DocumentSnapshot, tracking: NonNullable<ApplyOptions["tracking"]>, confirmedOff: boolean): void {
  const blocker = redactionBlocker(now, { tracking, trackingConfirmedOff: confirmedOff });
  if (blocker) throw new HostError(blocker.kind, "redact the document", blocker.message);
}

/** Splits a piece at note reference marks (Word's search cannot match them): the marks stay. */
function splitAtNoteMarks<T extends { start: number; end: number; replacement: string }>(text: string, piece: T): T[] {
  const span = text.slice(piece.start, piece.end);
  if (!span.includes(NOTE_MARK)) return [piece];
  const out: T[] = [];
  let at = piece.start;
  for (const part of span.split(NOTE_MARK)) {
    if (part.length) out.push({ ...piece, start: at, end: at + part.length, replacement: out.length ? "" : piece.replacement });
    at += part.length + 1;
  }
  return out;
}

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (m, name: string, dec?: string, hex?: string) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : (({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[name.toLowerCase()] ?? m),
  );

/**
 * Searches WordprocessingML for each piece's original text: as text (w:t), as a tracked deletion
 * (w:delText) or inside a field code (w:instrText). Runs are joined per paragraph first, since Word
 * splits text into runs anywhere.
 */
export function verifyOoxml(
  parts: readonly { part: VerifiedPart; xml: string }[],
  pieces: readonly { segment: Segment; start: number; end: number; edit: HostEdit }[],
): Verification {
  const texts = parts.map(({ part, xml }) => {
    let text = "";
    const kinds: ("text" | "tracked deletion" | "field code")[] = [];
    const re = /<w:(t|delText|instrText)(?:\s[^>]*)?>([^<]*)<\/w:\1>|<\/w:p>|<w:(?:br|cr|tab)\b[^>]*\/>/g;
    for (const m of xml.matchAll(re)) {
      const chunk = m[1] ? unescapeXml(m[2]) : "\n";
      const kind = m[1] === "delText" ? "tracked deletion" : m[1] === "instrText" ? "field code" : "text";
      text += chunk;
      for (let i = 0; i < chunk.length; i++) kinds.push(kind);
    }
    return { part, text, kinds };
  });
  const remaining: Verification["remaining"] = [];
  const reported = new Set<HostEdit>();
  for (const p of pieces) {
    const original = p.segment.text.slice(p.start, p.end).trim();
    if (original.length < 2 || reported.has(p.edit)) continue;
    for (const t of texts) {
      const at = t.text.indexOf(original);
      if (at < 0) continue;
      const found = t.kinds.slice(at, at + original.length);
      const as = found.includes("tracked deletion") ? "tracked deletion" : found.includes("field code") ? "field code" : "text";
      remaining.push({ edit: p.edit, in: t.part, as });
      reported.add(p.edit);
      break;
    }
  }
  return { scope: [...new Set(parts.map((p) => p.part))], remaining };
}

/** Resolves, after the sync that loaded it, to the range found, or to why it was not written. */
type Resolver = () => Range | string;

function countSections(snapshot: DocumentSnapshot): number {
  let max = -1;
  for (const s of snapshot.segments) {
    const inHeader = s.location.part === "header" || s.location.part === "footer" || (s.location.part === "text-box" && s.location.within);
    if (inHeader && s.location.section !== undefined) max = Math.max(max, s.location.section);
  }
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
  // \v is U+000B, how Word gives a manual line break.
  return text.replace(/\^/g, "^^").replace(/\v/g, "^l").replace(/\t/g, "^t");
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

const MISMATCH = "Word's search did not find this text where the add-in read it (a field, note or special character is in the way); change it by hand";

/** Whether Word can search for this text as it is (escaped length, no note marks). */
function searchable(s: string): boolean {
  return s.length > 0 && !s.includes(NOTE_MARK) && escapeSearch(s).length <= MAX_NEEDLE;
}

/** The longest start (or end) of `s` that Word can search for. */
function longestSearchable(s: string, fromEnd: boolean): string {
  let n = 0;
  let escaped = 0;
  const chars = fromEnd ? [...s].reverse() : [...s];
  for (const c of chars) {
    const w = escapeSearch(c).length;
    if (c === NOTE_MARK || escaped + w > MAX_NEEDLE) break;
    escaped += w;
    n += c.length;
  }
  return fromEnd ? s.slice(s.length - n) : s.slice(0, n);
}

function countOccurrences(haystack: string, needle: string): number {
  let k = 0;
  for (let pos = haystack.indexOf(needle); pos !== -1; pos = haystack.indexOf(needle, pos + needle.length)) k++;
  return k;
}

/**
 * Queues a search for the k-th occurrence of needle and reads every match's text back. Word may find
 * more than JavaScript does (it folds quotes, for one): among the matches whose text is exactly the
 * needle, the k-th is taken only when there are as many as the add-in counted; otherwise it is a mismatch.
 */
function queueNth(paragraph: Searchable, text: string, needle: string, k: number): Resolver {
  const count = countOccurrences(text, needle);
  const results = paragraph.search(escapeSearch(needle), SEARCH);
  if (count === 1 && !/['"\u2018\u2019\u201c\u201d]/.test(needle)) {
    // The usual case, a single match: one range comes back (a null object if Word finds none).
    const first = results.getFirstOrNullObject();
    first.load("text");
    // Read only after the caller's sync: the rules cannot see through the deferred resolver.
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
    return () => (first.isNullObject || first.text !== needle ? MISMATCH : first);
  }
  results.load("items/text");
  return () => {
    const exact = results.items.filter((r) => r.text === needle);
    return exact.length === count ? exact[k] : MISMATCH;
  };
}

function join(first: Resolver, last: Resolver): Resolver {
  return () => {
    const a = first();
    if (typeof a === "string") return a;
    const b = last();
    return typeof b === "string" ? b : a.expandTo(b);
  };
}

type Searchable = { search: Paragraph["search"]; getRange: Paragraph["getRange"] };

/**
 * Queues what finds [start, end) of a paragraph whose text is `text`, by searching the paragraph for
 * that text and taking the occurrence the offsets point at (never the first match that happens to look
 * the same). Long spans are found by their first and last parts. Call the resolver after a sync.
 */
export function queueLocate(paragraph: Searchable, text: string, start: number, end: number): Resolver {
  if (end <= start) {
    // An insertion point: the range just before the next character, or the paragraph's end.
    if (start >= text.length) {
      const r = paragraph.getRange("End");
      return () => r;
    }
    const next = queueLocate(paragraph, text, start, start + 1);
    return () => {
      const r = next();
      return typeof r === "string" ? r : r.getRange("Start");
    };
  }
  const span = text.slice(start, end);
  if (span.includes(NOTE_MARK)) return () => MISMATCH;
  if (searchable(span)) {
    const k = occurrenceIndex(text, span, start);
    if (k >= 0) return queueNth(paragraph, text, span, k);
    // Overlapping repeats ("aaa"): anchor on the single characters at each end.
    if (end - start === 1) return () => MISMATCH;
    return join(queueLocate(paragraph, text, start, start + 1), queueLocate(paragraph, text, end - 1, end));
  }
  const head = longestSearchable(span, false);
  const tail = longestSearchable(span, true);
  if (!head || !tail) return () => MISMATCH;
  const kHead = occurrenceIndex(text, head, start);
  const first = kHead >= 0 ? queueNth(paragraph, text, head, kHead) : queueLocate(paragraph, text, start, start + 1);
  const kTail = occurrenceIndex(text, tail, end - tail.length);
  const last = kTail >= 0 ? queueNth(paragraph, text, tail, kTail) : queueLocate(paragraph, text, end - 1, end);
  return join(first, last);
}

export type { PartKind };
