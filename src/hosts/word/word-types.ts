// The subset of the Word JavaScript API (Office.js) this add-in uses, typed from Microsoft's reference
// (learn.microsoft.com/javascript/api/word). Declared here rather than pulled from @types/office-js so
// the adapter takes the API as a parameter: the real `Word` global in Word, the fake (src/hosts/fake/word)
// in tests and in the browser demo. Requirement sets are noted per member.

export type ChangeTrackingMode = "Off" | "TrackAll" | "TrackMineOnly";
export type HeaderFooterType = "Primary" | "FirstPage" | "EvenPages";
export type RangeLocation = "Whole" | "Start" | "End" | "Before" | "After" | "Content";

export interface ClientObject {
  /** Queues loading the named properties ("text", "items/text"); readable after context.sync(). */
  load(propertyNames?: string | string[]): this;
}

export interface SearchOptions {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchWildcards?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
}

/** A value returned by a method, readable after context.sync(). */
export interface ClientResult<T> {
  readonly value: T;
}

/** WordApi 1.1 (getRange, expandTo, getFirst from 1.3). */
export interface Range extends ClientObject {
  readonly text: string;
  /** True for the null object getFirstOrNullObject returns when nothing matched. */
  readonly isNullObject?: boolean;
  search(text: string, options?: SearchOptions): RangeCollection;
  getRange(location?: RangeLocation): Range;
  expandTo(range: Range): Range;
  insertText(text: string, location: "Replace" | "Start" | "End" | "Before" | "After"): Range;
  select(mode?: "Select" | "Start" | "End"): void;
  delete(): void;
}

export interface RangeCollection extends ClientObject {
  readonly items: Range[];
  getFirst(): Range;
  /** WordApi 1.3: the first item, or a null object instead of an ItemNotFound that fails the batch. */
  getFirstOrNullObject(): Range;
}

export interface Paragraph extends ClientObject {
  readonly text: string;
  search(text: string, options?: SearchOptions): RangeCollection;
  getRange(location?: RangeLocation): Range;
}

export interface ParagraphCollection extends ClientObject {
  readonly items: Paragraph[];
}

export interface Body extends ClientObject {
  readonly text: string;
  readonly paragraphs: ParagraphCollection;
  /** WordApi 1.5. */
  readonly footnotes: NoteItemCollection;
  /** WordApi 1.5. */
  readonly endnotes: NoteItemCollection;
  /** WordApi 1.4. */
  getComments(): CommentCollection;
  /** WordApi 1.6. */
  getTrackedChanges(): TrackedChangeCollection;
  /** WordApi 1.1: the story as WordprocessingML (tracked deletions, field codes and all). */
  getOoxml(): ClientResult<string>;
  /**
   * WordApiDesktop 1.2: shapes anchored in this body (text boxes, geometric shapes, pictures…), for the
   * document's body and for a header's or footer's (Section.getHeader/getFooter).
   */
  readonly shapes: ShapeCollection;
}

/** WordApiDesktop 1.2. */
export interface Shape extends ClientObject {
  readonly type: "TextBox" | "GeometricShape" | "Group" | "Picture" | "Canvas" | "Unsupported" | string;
  /** The shape's identifier (the same shape seen from two linked headers has one id). */
  readonly id: number;
  /** The shape's text (text boxes and geometric shapes). */
  readonly body: Body;
}
export interface ShapeCollection extends ClientObject {
  readonly items: Shape[];
}

export interface Section extends ClientObject {
  getHeader(type: HeaderFooterType): Body;
  getFooter(type: HeaderFooterType): Body;
  /** WordApi 1.3. */
  getNext(): Section;
}

export interface SectionCollection extends ClientObject {
  readonly items: Section[];
  /** WordApi 1.3. */
  getFirst(): Section;
}

/** WordApi 1.5. */
export interface NoteItem extends ClientObject {
  readonly body: Body;
}
export interface NoteItemCollection extends ClientObject {
  readonly items: NoteItem[];
}

/** WordApi 1.4. */
export interface CommentReply extends ClientObject {
  content: string;
}
export interface CommentReplyCollection extends ClientObject {
  readonly items: CommentReply[];
}
export interface Comment extends ClientObject {
  content: string;
  readonly replies: CommentReplyCollection;
}
export interface CommentCollection extends ClientObject {
  readonly items: Comment[];
}

/** WordApi 1.6. */
export interface TrackedChange extends ClientObject {
  readonly text: string;
  readonly type: "None" | "Added" | "Deleted" | "Formatted";
}
export interface TrackedChangeCollection extends ClientObject {
  readonly items: TrackedChange[];
  acceptAll(): void;
}

/** WordApi 1.3. */
export interface DocumentProperties extends ClientObject {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  comments: string;
}

/** WordApi 1.4. */
export interface Setting extends ClientObject {
  readonly key: string;
  value: unknown;
  readonly isNullObject: boolean;
}
export interface SettingCollection extends ClientObject {
  add(key: string, value: unknown): Setting;
  getItemOrNullObject(key: string): Setting;
}

export interface Document extends ClientObject {
  readonly body: Body;
  readonly sections: SectionCollection;
  /** WordApi 1.3. */
  readonly properties: DocumentProperties;
  /** WordApi 1.4. */
  readonly settings: SettingCollection;
  /** WordApi 1.4. */
  changeTrackingMode: ChangeTrackingMode;
}

export interface RequestContext {
  readonly document: Document;
  sync(): Promise<void>;
}

/** The `Word` global's run(). */
export interface WordApi {
  run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T>;
}

/** Office.context.requirements. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}
