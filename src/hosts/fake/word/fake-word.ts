// A faithful fake of the Word JavaScript API subset in src/hosts/word/word-types.ts, keeping Office.js
// semantics that matter to the adapter:
//   - calls are queued and run in order at context.sync(), which is counted;
//   - a property not loaded (load + sync) throws PropertyNotLoaded when read;
//   - a proxy is valid only inside its Word.run (afterwards it throws InvalidObjectPath);
//   - search is case-sensitive, non-overlapping, left to right, with Word's "^" codes, 255 characters at most;
//   - with track changes on, a replaced text survives as a tracked deletion until accepted;
//   - members newer than the requirement set given throw ApiNotFound.
// It models body paragraphs (tables' cells are paragraphs too), headers and footers per section,
// footnotes, endnotes, comments with replies, tracked changes, text boxes and other shapes (in the body,
// headers and footers), document properties and settings.
//
// Where real clients differ from one another and from plain JavaScript, so does the fake. A paragraph in
// the model is raw text with Word's own marks in it:
//   U+0002                       a footnote or endnote reference mark (Paragraph.text shows it; search
//                                cannot match it literally, Word needs ^f / ^e);
//   U+0013 code U+0014 result U+0015   a field: Paragraph.text and search see the result only, and a
//                                match never runs across the field's edge;
//   U+E001 text U+E002           a tracked deletion. Client "windows" hides it from Paragraph.text; "web"
//                                shows it (as Word on the web does); "mac" hides it and, as on Mac,
//                                TrackedChange.text is empty for deletions.
// Search folds straight and curly quotes (as Word's Find does), rejects needles over 255 characters
// with SearchStringInvalidOrTooLong, and `failOn` makes chosen operations fail with a host error code
// (SearchDialogIsOpen, NotAllowed, ActivityLimitReached…); a read-only document refuses every edit.
// body.getOoxml() gives the body as WordprocessingML (w:t, w:delText, w:instrText), as on every client.
import type { RequestContext, ChangeTrackingMode, HeaderFooterType, RangeLocation, Requirements, SearchOptions, WordApi } from "../../word/word-types";

export type FakeDocumentModel = {
  body: string[];
  sections: { headers?: Partial<Record<HeaderFooterType, string[]>>; footers?: Partial<Record<HeaderFooterType, string[]>> }[];
  footnotes: string[][];
  endnotes: string[][];
  comments: { content: string; replies: string[] }[];
  /** Tracked changes in document order; `story` is "body" unless given ("headers:0:Primary", "footnote:0"…). */
  trackedChanges: { type: "Added" | "Deleted"; text: string; story?: string }[];
  /**
   * Shapes (WordApiDesktop 1.2); text boxes and geometric shapes have paragraphs. `story` is where
   * each is anchored: "body" (the default) or a header or footer ("headers:0:Primary"); a list for a
   * header linked to the previous section's, which shows the same shape in each. Groups and canvases
   * hold other shapes the fake does not model. `id` defaults to the shape's index + 1.
   */
  shapes?: { type: "TextBox" | "GeometricShape" | "Picture" | "Group" | "Canvas" | "Unsupported"; paras?: string[]; story?: string | string[]; id?: number }[];
  /** Refuses every edit (AccessDenied), as a read-only or protected document does. */
  readOnly?: boolean;
  properties: { title: string; subject: string; author: string; keywords: string; comments: string };
  settings: Record<string, unknown>;
  changeTrackingMode: ChangeTrackingMode;
  selection: { story: string; paragraph: number; start: number; end: number; text: string } | null;
};

export function emptyModel(): FakeDocumentModel {
  return {
    body: [""],
    sections: [{}],
    footnotes: [],
    endnotes: [],
    comments: [],
    trackedChanges: [],
    properties: { title: "", subject: "", author: "", keywords: "", comments: "" },
    settings: {},
    changeTrackingMode: "Off",
    selection: null,
  };
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

/** A story: an ordered list of paragraph texts owned by the model (body, one header, one note…). */
type Story = { key: string; paras: string[] };

/** Requirement sets: WordApi 1.1 up to the version given. */
export class FakeRequirements implements Requirements {
  constructor(
    readonly maxWordApi = "1.6",
    /** WordApiDesktop version (Word on Windows and Mac only), or undefined. */
    readonly maxDesktop?: string,
  ) {}
  isSetSupported(name: string, minVersion = "1.1"): boolean {
    const max = name === "WordApi" ? this.maxWordApi : name === "WordApiDesktop" ? this.maxDesktop : undefined;
    if (!max) return false;
    const [a, b] = minVersion.split(".").map(Number);
    const [x, y] = max.split(".").map(Number);
    return a < x || (a === x && (b ?? 0) <= (y ?? 0));
  }
}

/** Which real client the fake behaves like where clients differ (see the header). */
export type FakeClient = "windows" | "web" | "mac";
/** Operations `failOn` can make fail. */
export type FakeOperation = "search" | "edit" | "getOoxml" | "acceptAll" | "settings";

export const NOTE_MARK = "\u0002";
const FIELD_BEGIN = "\u0013";
const FIELD_SEP = "\u0014";
const FIELD_END = "\u0015";
const DEL_BEGIN = "\ue001";
const DEL_END = "\ue002";

/** A field as it is kept in a model paragraph (code hidden, result shown). */
export const field = (code: string, result: string) => `${FIELD_BEGIN}${code}${FIELD_SEP}${result}${FIELD_END}`;
/** A tracked deletion as it is kept in a model paragraph. */
export const deletion = (text: string) => `${DEL_BEGIN}${text}${DEL_END}`;

/**
 * What a client shows of a raw paragraph: the text, the raw index of each shown character (plus the
 * raw length at the end), and which unit each character belongs to (0 plain, n > 0 field n's result,
 * n < 0 deletion n) so a search never crosses a unit's edge.
 */
export function visibleOf(raw: string, client: FakeClient): { text: string; map: number[]; unit: number[] } {
  let text = "";
  const map: number[] = [];
  const unit: number[] = [];
  let fieldNo = 0;
  let delNo = 0;
  let inCode = false;
  let inField = 0;
  let inDel = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === FIELD_BEGIN) {
      inCode = true;
      inField = ++fieldNo;
      continue;
    }
    if (c === FIELD_SEP) {
      inCode = false;
      continue;
    }
    if (c === FIELD_END) {
      inField = 0;
      continue;
    }
    if (c === DEL_BEGIN) {
      inDel = -++delNo;
      continue;
    }
    if (c === DEL_END) {
      inDel = 0;
      continue;
    }
    if (inCode) continue;
    if (inDel && client !== "web") continue;
    text += c;
    map.push(i);
    unit.push(inDel || inField);
  }
  map.push(raw.length);
  return { text, map, unit };
}

/** The model paragraph as plain text, deletions hidden (what a "windows" client's Paragraph.text gives). */
export const plainText = (raw: string) => visibleOf(raw, "windows").text;

type Queued = { run: () => void };

class Ctx {
  alive = true;
  /** Which sync is running: loads of several paths in one sync share their item proxies. */
  generation = 0;
  queue: Queued[] = [];
  constructor(
    readonly fake: FakeWord,
    readonly model: FakeDocumentModel,
  ) {}
  check(): void {
    if (!this.alive) throw new FakeOfficeError("InvalidObjectPath", "The object was used outside the Word.run that created it.");
  }
  need(version: string, member: string, set = "WordApi"): void {
    if (!this.fake.requirements.isSetSupported(set, version)) throw new FakeOfficeError("ApiNotFound", `${member} needs ${set} ${version}.`);
  }
  /** Throws the host error `failOn` names for this operation (at sync time, as Word does). */
  maybeFail(op: FakeOperation): void {
    const code = this.fake.failOn[op];
    if (code) throw new FakeOfficeError(code, `The fake was told to fail ${op} with ${code}.`);
  }
  visible(raw: string) {
    return visibleOf(raw, this.fake.client);
  }
}

/** Base of every proxy: load queues, sync fills, reading unloaded properties throws. */
abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  private loadedIn = new Map<string, number>();
  constructor(protected readonly ctx: Ctx) {}

  load(spec?: string | string[]): this {
    this.ctx.check();
    const paths = (Array.isArray(spec) ? spec : (spec ?? "").split(","))
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => s.split("/"));
    if (paths.length === 0) paths.push([]);
    this.ctx.queue.push({ run: () => paths.forEach((p) => this.loadPath(p)) });
    return this;
  }

  /** Resolves one load path at sync time. */
  loadPath(path: string[]): void {
    if (path.length === 0) {
      for (const name of this.scalarNames()) this.loaded.set(name, this.readScalar(name));
      return;
    }
    const [head, ...rest] = path;
    if (this.scalarNames().includes(head)) {
      this.loaded.set(head, this.readScalar(head));
      return;
    }
    const reuse = this.loadedIn.get(head) === this.ctx.generation ? (this.loaded.get(head) as Proxy[] | undefined) : undefined;
    const child = reuse ?? this.navigate(head);
    if (child === undefined) throw new FakeOfficeError("InvalidArgument", `No property "${head}".`);
    if (Array.isArray(child)) {
      this.loaded.set(head, child);
      this.loadedIn.set(head, this.ctx.generation);
      for (const c of child) c.loadPath(rest);
    } else child.loadPath(rest);
  }

  protected get<T>(name: string): T {
    this.ctx.check();
    if (!this.loaded.has(name)) throw new FakeOfficeError("PropertyNotLoaded", `The property '${name}' is not available. Load it and call context.sync() first.`);
    return this.loaded.get(name) as T;
  }

  protected scalarNames(): string[] {
    return [];
  }
  protected readScalar(_name: string): unknown {
    return undefined;
  }
  /** A navigation property or "items" (an array of fresh item proxies). */
  protected navigate(_name: string): Proxy | Proxy[] | undefined {
    return undefined;
  }
  private nav = new Map<string, unknown>();
  /** Navigation properties return the same proxy each time, as in Office.js. */
  protected cached<T>(name: string, make: () => T): T {
    this.ctx.check();
    if (!this.nav.has(name)) this.nav.set(name, make());
    return this.nav.get(name) as T;
  }
  protected enqueue(fn: () => void): void {
    this.ctx.check();
    this.ctx.queue.push({ run: fn });
  }
}

type Span = { story: Story; para: number; start: number; end: number };

function unescapeSearch(text: string): string {
  return text.replace(/\^(\^|l|t|p)/g, (_m, c: string) => (c === "^" ? "^" : c === "l" ? "\u000b" : c === "t" ? "\t" : "\r"));
}

/** Word's Find matches straight and curly quotes alike. */
const foldQuotes = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');

/** Non-overlapping matches, left to right, never across a field's or deletion's edge (`unit`). */
function findAll(hay: string, needle: string, options: SearchOptions | undefined, unit?: number[]): number[] {
  const out: number[] = [];
  if (!needle || needle.includes(NOTE_MARK)) return out;
  const fold = (s: string) => foldQuotes(options?.matchCase ? s : s.toLowerCase());
  const h = fold(hay);
  const n = fold(needle);
  let pos = h.indexOf(n);
  while (pos !== -1) {
    const u = unit ? unit.slice(pos, pos + n.length) : [];
    if (u.every((x) => x === u[0])) {
      out.push(pos);
      pos = h.indexOf(n, pos + n.length);
    } else pos = h.indexOf(n, pos + 1);
  }
  return out;
}

class FakeRange extends Proxy {
  constructor(
    ctx: Ctx,
    readonly resolve: () => Span,
    /** For getFirstOrNullObject: whether there is no such range. */
    private readonly missing?: () => boolean,
  ) {
    super(ctx);
  }
  get text(): string {
    return this.get("text");
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  protected override scalarNames() {
    return ["text", "isNullObject"];
  }
  override loadPath(path: string[]): void {
    super.loadPath(path);
    this.loaded.set("isNullObject", this.missing?.() ?? false);
  }
  protected override readScalar(name: string): unknown {
    if (name === "isNullObject") return this.missing?.() ?? false;
    if (this.missing?.()) return "";
    const s = this.resolve();
    return this.ctx.visible(s.story.paras[s.para]).text.slice(s.start, s.end);
  }
  search(text: string, options?: SearchOptions): FakeRangeCollection {
    this.ctx.check();
    return new FakeRangeCollection(this.ctx, () => searchIn(this.ctx, this.resolve(), text, options));
  }
  getRange(location: RangeLocation = "Whole"): FakeRange {
    this.ctx.check();
    return new FakeRange(this.ctx, () => {
      const s = this.resolve();
      switch (location) {
        case "Start":
        case "Before":
          return { ...s, end: s.start };
        case "End":
        case "After":
          return { ...s, start: s.end };
        default:
          return s;
      }
    });
  }
  expandTo(other: FakeRange): FakeRange {
    this.ctx.check();
    return new FakeRange(this.ctx, () => {
      const a = this.resolve();
      const b = other.resolve();
      if (a.story.paras !== b.story.paras || a.para !== b.para) throw new FakeOfficeError("InvalidArgument", "The fake only joins ranges within one paragraph.");
      return { ...a, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
    });
  }
  insertText(text: string, location: "Replace" | "Start" | "End" | "Before" | "After"): FakeRange {
    let inserted: Span | undefined;
    this.enqueue(() => {
      const s = this.resolve();
      const at = location === "Replace" ? s : location === "Start" || location === "Before" ? { ...s, end: s.start } : { ...s, start: s.end };
      inserted = replaceSpan(this.ctx, at, text);
    });
    return new FakeRange(this.ctx, () => {
      if (!inserted) throw new FakeOfficeError("InvalidObjectPath", "The inserted range is not available before sync.");
      return inserted;
    });
  }
  delete(): void {
    this.enqueue(() => {
      replaceSpan(this.ctx, this.resolve(), "");
    });
  }
  select(): void {
    this.enqueue(() => {
      const s = this.resolve();
      this.ctx.model.selection = { story: s.story.key, paragraph: s.para, start: s.start, end: s.end, text: this.ctx.visible(s.story.paras[s.para]).text.slice(s.start, s.end) };
    });
  }
}

function searchIn(ctx: Ctx, scope: Span, text: string, options: SearchOptions | undefined): Span[] {
  ctx.maybeFail("search");
  // Word measures the limit on the escaped string it is given.
  if (text.length > 255) throw new FakeOfficeError("SearchStringInvalidOrTooLong", "The search string is invalid or longer than 255 characters.");
  if (options?.matchWildcards) throw new FakeOfficeError("NotImplemented", "The fake does not do wildcard searches.");
  const needle = unescapeSearch(text);
  const vis = ctx.visible(scope.story.paras[scope.para]);
  const hay = vis.text.slice(scope.start, scope.end);
  return findAll(hay, needle, options, vis.unit.slice(scope.start, scope.end)).map((p) => ({
    story: scope.story,
    para: scope.para,
    start: scope.start + p,
    end: scope.start + p + needle.length,
  }));
}

/** Replaces a shown span; with tracking on, the old text stays in the paragraph as a tracked deletion. */
function replaceSpan(ctx: Ctx, s: Span, text: string): Span {
  const model = ctx.model;
  ctx.maybeFail("edit");
  if (model.readOnly) throw new FakeOfficeError("AccessDenied", "The document is read-only.");
  const raw = s.story.paras[s.para];
  const vis = ctx.visible(raw);
  if (s.start < 0 || s.end > vis.text.length || s.start > s.end) throw new FakeOfficeError("InvalidArgument", "The range is no longer valid.");
  const rawStart = vis.map[s.start];
  const rawEnd = s.end > s.start ? vis.map[s.end - 1] + 1 : rawStart;
  const removedRaw = raw.slice(rawStart, rawEnd);
  // eslint-disable-next-line no-control-regex -- Word's own field marks, on purpose
  if (/[\u0013\u0014\u0015]/.test(removedRaw)) throw new FakeOfficeError("InvalidArgument", "The fake does not edit across a field's edge.");
  let next: string;
  let insertedAt: number;
  if (model.changeTrackingMode !== "Off") {
    const removedShown = plainText(removedRaw);
    if (removedShown) model.trackedChanges.push({ type: "Deleted", text: removedShown, story: s.story.key });
    if (text) model.trackedChanges.push({ type: "Added", text, story: s.story.key });
    const kept = removedShown ? deletion(removedRaw.replace(/[\ue001\ue002]/g, "")) : removedRaw;
    next = raw.slice(0, rawStart) + kept + text + raw.slice(rawEnd);
    insertedAt = rawStart + kept.length;
  } else {
    next = raw.slice(0, rawStart) + text + raw.slice(rawEnd);
    insertedAt = rawStart;
  }
  s.story.paras[s.para] = next;
  const after = ctx.visible(next);
  let start = after.map.findIndex((r) => r >= insertedAt);
  if (start < 0) start = after.text.length;
  return { story: s.story, para: s.para, start, end: start + text.length };
}

class FakeRangeCollection extends Proxy {
  constructor(
    ctx: Ctx,
    private readonly resolveAll: () => Span[],
  ) {
    super(ctx);
  }
  get items(): FakeRange[] {
    return this.get("items");
  }
  protected override navigate(name: string) {
    if (name !== "items") return undefined;
    return this.resolveAll().map((s) => new FakeRange(this.ctx, () => s));
  }
  getFirst(): FakeRange {
    this.ctx.check();
    return new FakeRange(this.ctx, () => {
      const all = this.resolveAll();
      if (!all.length) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      return all[0];
    });
  }
  /** WordApi 1.3: the first match, or a null object (isNullObject) instead of failing the batch. */
  getFirstOrNullObject(): FakeRange {
    this.ctx.check();
    this.ctx.need("1.3", "RangeCollection.getFirstOrNullObject");
    return new FakeRange(
      this.ctx,
      () => {
        const all = this.resolveAll();
        if (!all.length) throw new FakeOfficeError("ItemNotFound", "The range is a null object.");
        return all[0];
      },
      () => this.resolveAll().length === 0,
    );
  }
}

class FakeParagraph extends Proxy {
  constructor(
    ctx: Ctx,
    private readonly story: () => Story,
    private readonly index: number,
  ) {
    super(ctx);
  }
  private span(): Span {
    const story = this.story();
    if (this.index >= story.paras.length) throw new FakeOfficeError("ItemNotFound", "The paragraph no longer exists.");
    return { story, para: this.index, start: 0, end: this.ctx.visible(story.paras[this.index]).text.length };
  }
  get text(): string {
    return this.get("text");
  }
  protected override scalarNames() {
    return ["text"];
  }
  protected override readScalar(): unknown {
    const s = this.span();
    return this.ctx.visible(s.story.paras[s.para]).text;
  }
  search(text: string, options?: SearchOptions): FakeRangeCollection {
    this.ctx.check();
    return new FakeRangeCollection(this.ctx, () => searchIn(this.ctx, this.span(), text, options));
  }
  getRange(location: RangeLocation = "Whole"): FakeRange {
    this.ctx.check();
    return new FakeRange(this.ctx, () => this.span()).getRange(location);
  }
}

class FakeParagraphCollection extends Proxy {
  constructor(
    ctx: Ctx,
    private readonly story: () => Story,
  ) {
    super(ctx);
  }
  get items(): FakeParagraph[] {
    return this.get("items");
  }
  protected override navigate(name: string) {
    if (name !== "items") return undefined;
    return this.story().paras.map((_, i) => new FakeParagraph(this.ctx, this.story, i));
  }
}

class FakeBody extends Proxy {
  constructor(
    ctx: Ctx,
    private readonly story: () => Story,
    private readonly isMain = false,
  ) {
    super(ctx);
  }
  get text(): string {
    return this.get("text");
  }
  protected override scalarNames() {
    return ["text"];
  }
  protected override readScalar(): unknown {
    return this.story()
      .paras.map((p) => this.ctx.visible(p).text)
      .join("\r");
  }
  protected override navigate(name: string) {
    if (name === "paragraphs") return this.paragraphs;
    return undefined;
  }
  /** WordApi 1.1: the story as WordprocessingML, tracked deletions and field codes included. */
  getOoxml(): { readonly value: string } {
    this.ctx.check();
    let value: string | undefined;
    this.enqueue(() => {
      this.ctx.maybeFail("getOoxml");
      value = ooxmlOf(this.story().paras);
    });
    const ctx = this.ctx;
    return {
      get value() {
        ctx.check();
        if (value === undefined) throw new FakeOfficeError("PropertyNotLoaded", "The value is not available before context.sync().");
        return value;
      },
    };
  }
  /** WordApiDesktop 1.2: the shapes anchored in this body (the document's, or a header's or footer's). */
  get shapes(): FakeShapeCollection {
    this.ctx.check();
    this.ctx.need("1.2", "Body.shapes", "WordApiDesktop");
    return this.cached("shapes", () => new FakeShapeCollection(this.ctx, () => this.story().key));
  }
  get paragraphs(): FakeParagraphCollection {
    return this.cached("paragraphs", () => new FakeParagraphCollection(this.ctx, this.story));
  }
  get footnotes(): FakeNoteCollection {
    this.ctx.check();
    this.ctx.need("1.5", "Body.footnotes");
    return this.cached("footnotes", () => new FakeNoteCollection(this.ctx, "footnote"));
  }
  get endnotes(): FakeNoteCollection {
    this.ctx.check();
    this.ctx.need("1.5", "Body.endnotes");
    return this.cached("endnotes", () => new FakeNoteCollection(this.ctx, "endnote"));
  }
  getComments(): FakeCommentCollection {
    this.ctx.check();
    this.ctx.need("1.4", "Body.getComments");
    return new FakeCommentCollection(this.ctx);
  }
  getTrackedChanges(): FakeTrackedChangeCollection {
    this.ctx.check();
    this.ctx.need("1.6", "Body.getTrackedChanges");
    void this.isMain;
    return new FakeTrackedChangeCollection(this.ctx, this.story);
  }
}

class FakeNoteItem extends Proxy {
  constructor(
    ctx: Ctx,
    private readonly kind: "footnote" | "endnote",
    private readonly index: number,
  ) {
    super(ctx);
  }
  private list(): string[][] {
    return this.kind === "footnote" ? this.ctx.model.footnotes : this.ctx.model.endnotes;
  }
  protected override navigate(name: string) {
    return name === "body" ? this.body : undefined;
  }
  get body(): FakeBody {
    return this.cached(
      "body",
      () =>
        new FakeBody(this.ctx, () => {
          const paras = this.list()[this.index];
          if (!paras) throw new FakeOfficeError("ItemNotFound", "The note no longer exists.");
          return { key: `${this.kind}:${this.index}`, paras };
        }),
    );
  }
}

class FakeNoteCollection extends Proxy {
  constructor(
    ctx: Ctx,
    private readonly kind: "footnote" | "endnote",
  ) {
    super(ctx);
  }
  get items(): FakeNoteItem[] {
    return this.get("items");
  }
  protected override navigate(name: string) {
    if (name !== "items") return undefined;
    const list = this.kind === "footnote" ? this.ctx.model.footnotes : this.ctx.model.endnotes;
    return list.map((_, i) => new FakeNoteItem(this.ctx, this.kind, i));
  }
}

class FakeReply extends Proxy {
  constructor(
    ctx: Ctx,
    private readonly comment: number,
    private readonly index: number,
  ) {
    super(ctx);
  }
  protected override scalarNames() {
    return ["content"];
  }
  protected override readScalar(): unknown {
    return this.ctx.model.comments[this.comment].replies[this.index];
  }
  get content(): string {
    return this.get("content");
  }
  set content(value: string) {
    this.enqueue(() => {
      this.ctx.model.comments[this.comment].replies[this.index] = value;
    });
    this.loaded.set("content", value);
  }
}

class FakeReplyCollection extends Proxy {
  constructor(
    ctx: Ctx,
    private readonly comment: number,
  ) {
    super(ctx);
  }
  get items(): FakeReply[] {
    return this.get("items");
  }
  protected override navigate(name: string) {
    if (name !== "items") return undefined;
    return this.ctx.model.comments[this.comment].replies.map((_, i) => new FakeReply(this.ctx, this.comment, i));
  }
}

class FakeComment extends Proxy {
  constructor(
    ctx: Ctx,
    private readonly index: number,
  ) {
    super(ctx);
  }
  protected override scalarNames() {
    return ["content"];
  }
  protected override readScalar(): unknown {
    return this.ctx.model.comments[this.index].content;
  }
  protected override navigate(name: string) {
    return name === "replies" ? this.replies : undefined;
  }
  get content(): string {
    return this.get("content");
  }
  set content(value: string) {
    this.enqueue(() => {
      this.ctx.model.comments[this.index].content = value;
    });
    this.loaded.set("content", value);
  }
  get replies(): FakeReplyCollection {
    return this.cached("replies", () => new FakeReplyCollection(this.ctx, this.index));
  }
}

class FakeCommentCollection extends Proxy {
  get items(): FakeComment[] {
    return this.get("items");
  }
  protected override navigate(name: string) {
    if (name !== "items") return undefined;
    return this.ctx.model.comments.map((_, i) => new FakeComment(this.ctx, i));
  }
}

class FakeTrackedChange extends Proxy {
  constructor(
    ctx: Ctx,
    private readonly change: FakeDocumentModel["trackedChanges"][number],
  ) {
    super(ctx);
  }
  protected override scalarNames() {
    return ["text", "type"];
  }
  protected override readScalar(name: string): unknown {
    const t = this.change;
    // Word on Mac gives deleted text as "".
    if (name === "text") return t.type === "Deleted" && this.ctx.fake.client === "mac" ? "" : t.text;
    return t.type;
  }
  get text(): string {
    return this.get("text");
  }
  get type(): string {
    return this.get("type");
  }
}

class FakeTrackedChangeCollection extends Proxy {
  constructor(
    ctx: Ctx,
    private readonly story: () => Story,
  ) {
    super(ctx);
  }
  get items(): FakeTrackedChange[] {
    return this.get("items");
  }
  private mine(t: FakeDocumentModel["trackedChanges"][number], key: string): boolean {
    return (t.story ?? "body") === key;
  }
  protected override navigate(name: string) {
    if (name !== "items") return undefined;
    const key = this.story().key;
    return this.ctx.model.trackedChanges.filter((t) => this.mine(t, key)).map((t) => new FakeTrackedChange(this.ctx, t));
  }
  acceptAll(): void {
    this.enqueue(() => {
      this.ctx.maybeFail("acceptAll");
      const story = this.story();
      this.ctx.model.trackedChanges = this.ctx.model.trackedChanges.filter((t) => !this.mine(t, story.key));
      story.paras.forEach((p, i) => (story.paras[i] = p.replace(/\ue001[^\ue002]*\ue002/g, "")));
    });
  }
}

class FakeShape extends Proxy {
  constructor(
    ctx: Ctx,
    private readonly index: number,
  ) {
    super(ctx);
  }
  private shape() {
    const shape = this.ctx.model.shapes?.[this.index];
    if (!shape) throw new FakeOfficeError("ItemNotFound", "The shape no longer exists.");
    return shape;
  }
  protected override scalarNames() {
    return ["type", "id"];
  }
  protected override readScalar(name: string): unknown {
    const shape = this.shape();
    return name === "id" ? (shape.id ?? this.index + 1) : shape.type;
  }
  protected override navigate(name: string) {
    return name === "body" ? this.body : undefined;
  }
  get type(): string {
    return this.get("type");
  }
  get id(): number {
    return this.get("id");
  }
  get body(): FakeBody {
    return this.cached(
      "body",
      () =>
        new FakeBody(this.ctx, () => {
          const shape = this.shape();
          if (!shape.paras) throw new FakeOfficeError("ItemNotFound", "This shape has no text.");
          return { key: `shape:${this.index}`, paras: shape.paras };
        }),
    );
  }
}

class FakeShapeCollection extends Proxy {
  constructor(
    ctx: Ctx,
    /** The key of the story whose shapes these are ("body", "headers:0:Primary"…). */
    private readonly storyKey: () => string,
  ) {
    super(ctx);
  }
  get items(): FakeShape[] {
    return this.get("items");
  }
  protected override navigate(name: string) {
    if (name !== "items") return undefined;
    const key = this.storyKey();
    const out: FakeShape[] = [];
    (this.ctx.model.shapes ?? []).forEach((shape, i) => {
      const stories = shape.story === undefined ? ["body"] : Array.isArray(shape.story) ? shape.story : [shape.story];
      if (stories.includes(key)) out.push(new FakeShape(this.ctx, i));
    });
    return out;
  }
}

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A story's paragraphs as a minimal flat-OPC WordprocessingML package, as body.getOoxml() returns. */
function ooxmlOf(paras: string[]): string {
  const run = (tag: string, t: string) => (t ? `<w:r><w:${tag} xml:space="preserve">${xmlEscape(t)}</w:${tag}></w:r>` : "");
  const body = paras
    .map((raw) => {
      let out = "";
      let buf = "";
      let state: "text" | "code" | "result" | "del" = "text";
      const flush = (tag: string) => {
        out += run(tag, buf);
        buf = "";
      };
      for (const c of raw) {
        if (c === FIELD_BEGIN) {
          flush("t");
          out += '<w:r><w:fldChar w:fldCharType="begin"/></w:r>';
          state = "code";
        } else if (c === FIELD_SEP) {
          flush("instrText");
          out += '<w:r><w:fldChar w:fldCharType="separate"/></w:r>';
          state = "result";
        } else if (c === FIELD_END) {
          flush("t");
          out += '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
          state = "text";
        } else if (c === DEL_BEGIN) {
          flush("t");
          out += '<w:del w:id="1" w:author="Fake">';
          state = "del";
        } else if (c === DEL_END) {
          flush("delText");
          out += "</w:del>";
          state = "text";
        } else if (c === NOTE_MARK) {
          flush(state === "del" ? "delText" : state === "code" ? "instrText" : "t");
          out += '<w:r><w:footnoteReference w:id="1"/></w:r>';
        } else buf += c;
      }
      flush(state === "del" ? "delText" : state === "code" ? "instrText" : "t");
      return `<w:p>${out}</w:p>`;
    })
    .join("");
  return `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
}

class FakeSection extends Proxy {
  constructor(
    ctx: Ctx,
    private readonly index: () => number,
  ) {
    super(ctx);
  }
  private story(kind: "headers" | "footers", type: HeaderFooterType): () => Story {
    return () => {
      const i = this.index();
      const section = this.ctx.model.sections[i];
      if (!section) throw new FakeOfficeError("ItemNotFound", "The section no longer exists.");
      const map = (section[kind] ??= {});
      const paras = (map[type] ??= [""]);
      return { key: `${kind}:${i}:${type}`, paras };
    };
  }
  getHeader(type: HeaderFooterType): FakeBody {
    this.ctx.check();
    return new FakeBody(this.ctx, this.story("headers", type));
  }
  getFooter(type: HeaderFooterType): FakeBody {
    this.ctx.check();
    return new FakeBody(this.ctx, this.story("footers", type));
  }
  getNext(): FakeSection {
    this.ctx.check();
    this.ctx.need("1.3", "Section.getNext");
    return new FakeSection(this.ctx, () => {
      const next = this.index() + 1;
      if (next >= this.ctx.model.sections.length) throw new FakeOfficeError("ItemNotFound", "There is no next section.");
      return next;
    });
  }
}

class FakeSectionCollection extends Proxy {
  get items(): FakeSection[] {
    return this.get("items");
  }
  protected override navigate(name: string) {
    if (name !== "items") return undefined;
    return this.ctx.model.sections.map((_, i) => new FakeSection(this.ctx, () => i));
  }
  getFirst(): FakeSection {
    this.ctx.check();
    this.ctx.need("1.3", "SectionCollection.getFirst");
    return new FakeSection(this.ctx, () => 0);
  }
}

const PROPS = ["title", "subject", "author", "keywords", "comments"] as const;

class FakeProperties extends Proxy {
  protected override scalarNames() {
    return [...PROPS];
  }
  protected override readScalar(name: string): unknown {
    return this.ctx.model.properties[name as (typeof PROPS)[number]];
  }
}
for (const name of PROPS) {
  Object.defineProperty(FakeProperties.prototype, name, {
    get(this: FakeProperties) {
      return (this as unknown as { get(n: string): unknown }).get(name);
    },
    set(this: FakeProperties, value: string) {
      const self = this as unknown as { enqueue(fn: () => void): void; loaded: Map<string, unknown>; ctx: Ctx };
      self.enqueue(() => {
        self.ctx.model.properties[name] = value;
      });
      self.loaded.set(name, value);
    },
  });
}

class FakeSetting extends Proxy {
  constructor(
    ctx: Ctx,
    private readonly key: string,
  ) {
    super(ctx);
  }
  protected override scalarNames() {
    return ["value", "key", "isNullObject"];
  }
  protected override readScalar(name: string): unknown {
    const has = Object.prototype.hasOwnProperty.call(this.ctx.model.settings, this.key);
    if (name === "isNullObject") return !has;
    if (name === "key") return this.key;
    return has ? JSON.parse(JSON.stringify(this.ctx.model.settings[this.key])) : null;
  }
  override loadPath(path: string[]): void {
    super.loadPath(path);
    this.loaded.set("isNullObject", this.readScalar("isNullObject"));
  }
  get value(): unknown {
    return this.get("value");
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
}

class FakeSettingCollection extends Proxy {
  add(key: string, value: unknown): FakeSetting {
    this.enqueue(() => {
      this.ctx.maybeFail("settings");
      this.ctx.model.settings[key] = JSON.parse(JSON.stringify(value));
    });
    return new FakeSetting(this.ctx, key);
  }
  getItemOrNullObject(key: string): FakeSetting {
    this.ctx.check();
    return new FakeSetting(this.ctx, key);
  }
}

class FakeDocument extends Proxy {
  protected override scalarNames() {
    return ["changeTrackingMode"];
  }
  protected override readScalar(): unknown {
    this.ctx.need("1.4", "Document.changeTrackingMode");
    return this.ctx.model.changeTrackingMode;
  }
  get changeTrackingMode(): ChangeTrackingMode {
    return this.get("changeTrackingMode");
  }
  set changeTrackingMode(mode: ChangeTrackingMode) {
    this.ctx.need("1.4", "Document.changeTrackingMode");
    this.enqueue(() => {
      this.ctx.model.changeTrackingMode = mode;
    });
    this.loaded.set("changeTrackingMode", mode);
  }
  get body(): FakeBody {
    return this.cached("body", () => new FakeBody(this.ctx, () => ({ key: "body", paras: this.ctx.model.body }), true));
  }
  get sections(): FakeSectionCollection {
    return this.cached("sections", () => new FakeSectionCollection(this.ctx));
  }
  get properties(): FakeProperties {
    this.ctx.check();
    this.ctx.need("1.3", "Document.properties");
    return this.cached("properties", () => new FakeProperties(this.ctx));
  }
  get settings(): FakeSettingCollection {
    this.ctx.check();
    this.ctx.need("1.4", "Document.settings");
    return this.cached("settings", () => new FakeSettingCollection(this.ctx));
  }
}

/** The fake `Word` global: run() with a counted sync. Inspect `model` to see what a batch did. */
export class FakeWord implements WordApi {
  /** context.sync() calls since creation (or since resetSyncs). */
  syncs = 0;
  runs = 0;
  /** Delay per sync, to feel like a round trip in the browser demo (0 in tests). */
  latencyMs = 0;
  readonly requirements: FakeRequirements;
  /** Which client's differences the fake shows (see the header). */
  readonly client: FakeClient;
  /** Operations that fail at sync with the given Office error code, until cleared. */
  failOn: Partial<Record<FakeOperation, string>> = {};
  constructor(
    public model: FakeDocumentModel,
    maxWordApi = "1.6",
    options: { client?: FakeClient; desktop?: string } = {},
  ) {
    this.client = options.client ?? "windows";
    this.requirements = new FakeRequirements(maxWordApi, options.desktop);
  }

  resetSyncs(): void {
    this.syncs = 0;
  }

  async run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T> {
    const ctx = new Ctx(this, this.model);
    const document = new FakeDocument(ctx);
    const context = {
      document,
      sync: async () => {
        ctx.check();
        this.syncs++;
        if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
        const queue = ctx.queue;
        ctx.queue = [];
        ctx.generation++;
        // Like Office.js: a failing operation fails the batch; earlier operations have already run.
        for (const q of queue) q.run();
      },
    };
    this.runs++;
    try {
      const result = await batch(context as unknown as RequestContext);
      // Office.js runs a final sync for anything still queued at the end of Word.run.
      if (ctx.queue.length) await context.sync();
      return result;
    } finally {
      ctx.alive = false;
    }
  }
}
