// Public data shapes of the engine. Findings are data, never edits: hosts and the
// redaction planner decide what to do with them.

export type Category = "other-child" | "identifier" | "jargon" | "judgemental" | "mix-up";

export const CATEGORIES: readonly Category[] = ["other-child", "identifier", "jargon", "judgemental", "mix-up"];

export type Severity = "error" | "warning" | "info";

/** What kind of personal identifier an identifier finding is (also used by redaction labels). */
export type IdentifierKind = "phone number" | "email address" | "postcode" | "address" | "NHS number" | "National Insurance number" | "date of birth" | "case number";

export type Finding = {
  ruleId: string;
  category: Category;
  /** UTF-16 offset into the analysed text, inclusive. */
  start: number;
  /** UTF-16 offset into the analysed text, exclusive. */
  end: number;
  /** Always text.slice(start, end). */
  text: string;
  /** One sentence a social worker understands. */
  message: string;
  severity: Severity;
  /** 0..1: how sure the rule is. */
  confidence: number;
  /**
   * Replacement wordings, best first: each fits the sentence in place of `text` as it stands (grammatical,
   * no brackets or notes inside) and may be inserted by Apply. Empty or absent when only a person can decide.
   */
  suggestions?: string[];
  /** Advice for the worker ("describe exactly what was said or done"): shown, never inserted. */
  advice?: string;
  /** Why it matters to the child reading the record later. */
  note?: string;
  /** Where the guidance comes from (URL or citation). */
  source?: string;
  /** Extra structured detail, e.g. the identifier kind or the other child's entity id. */
  data?: FindingData;
};

export type FindingData = {
  identifierKind?: IdentifierKind;
  /** Stable id of the other child this mention belongs to, for consistent pseudonyms. */
  childId?: string;
  /** For other-child findings: a name mention or an identifying detail (DOB, school, address). */
  mentionKind?: "name" | "detail";
  /** Possessive mention ("Tyler's"): the pseudonym keeps the 's. */
  possessive?: boolean;
};

export type Pronouns = "she/her" | "he/him" | "they/them" | string;

/** What a worker types into the case panel (see shared/eval/FORMAT.md). */
export type CaseProfile = {
  subject: { name: string; aliases?: string[]; pronouns?: Pronouns };
  otherChildren?: string[];
  adults?: string[];
  /** Words the worker said are not people (a town, an organisation, a court header word). */
  notPeople?: string[];
};

/** The kinds of record a user can choose (and the engine can infer). */
export const DOCUMENT_KINDS = ["court-report", "case-note", "visit-record", "email", "chronology", "assessment", "supervision", "letter-to-child"] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number] | "unknown";

export type QualityKey = "childVoice" | "parentViews" | "analysis" | "nextSteps" | "visitPurpose";

export type QualityEvidence = { start: number; end: number; text: string };

export type QualityCheck = {
  /** true: the record shows it; false: it is missing; null: the check does not apply here. */
  value: boolean | null;
  /** The sentences that show it. */
  evidence: QualityEvidence[];
  /** One line for the worker: what was found, or what a good record would add. */
  message: string;
};

export type QualityReport = Record<QualityKey, QualityCheck>;

/** A located recording-quality observation (hard sentence, pasted paragraph, chronology out of order…). */
export type QualityNote = {
  checkId: string;
  start: number;
  end: number;
  text: string;
  message: string;
  suggestion?: string;
};

export type Readability = {
  /** Flesch reading ease of the whole document (higher is easier). */
  fleschReadingEase: number;
  /** Approximate reading age in years. */
  readingAge: number;
  averageSentenceWords: number;
};

/** What the quality stage adds to a report. */
export type QualityReview = {
  quality: QualityReport;
  qualityNotes: QualityNote[];
  readability?: Readability;
};

export type AnalyseOptions = {
  /** The kind of record; inferred from the text when absent. */
  kind?: DocumentKind;
  /** Restrict to these categories (default: all). */
  categories?: Category[];
  /** Words or phrases the organisation allows (never flagged as jargon/judgemental). */
  allow?: string[];
  /** The recording-quality review (default true). A redaction never reads it, so it leaves it out. */
  qualityReview?: boolean;
  /**
   * Weights and thresholds that override the defaults in the data files. Used by the evaluation's
   * k-fold cross-validation (fitted on the training folds only); products leave it unset.
   */
  tuning?: Tuning;
};

/** Fitted parameters, one fragment per stage (each stage documents its own shape). */
export type Tuning = {
  people?: Record<string, number>;
  quality?: Record<string, number>;
};

export type Report = {
  /** Findings sorted by start, then end. */
  findings: Finding[];
  kind: DocumentKind;
  /** Document-level recording-quality review (filled by the quality stage). */
  quality?: QualityReport;
  qualityNotes?: QualityNote[];
  readability?: Readability;
  /** The children (other than the subject) found, with a stable id and every form of their name seen. */
  otherChildren: ChildEntity[];
  /** Every person (or person-like name) the people stage found, however it placed them. */
  people: Person[];
  /** Mentions of people the engine could not place: the worker decides (see Person.role "undecided"). */
  review: ReviewSpan[];
  stats: { characters: number; words: number; ms?: number };
};

export type ChildEntity = {
  id: string;
  /** The fullest form of the name seen (used only in memory, never persisted by hosts). */
  displayName: string;
  /** Every surface form seen for this child: "Tyler", "Tyler Hughes", "T". */
  forms: string[];
  /** Why the engine thinks this is a child: "listed in the case profile", "called 'brother'", "aged 7"... */
  reasons: string[];
};

/**
 * How the people stage placed a name. "undecided" is a first-class answer: the engine could not
 * tell, says so, and the worker settles it (the pane's People section, the CLI's --undecided).
 */
export type PersonRole = "subject" | "other-child" | "adult" | "not-a-person" | "undecided";

export type PersonMention = { start: number; end: number };

export type Person = {
  /** Stable within a report; for other children it equals ChildEntity.id and FindingData.childId. */
  id: string;
  /** The fullest form of the name seen (in memory only; never persisted by hosts). */
  displayName: string;
  /** Every surface form seen: "Tyler", "Tyler Hughes", "T". */
  forms: string[];
  role: PersonRole;
  /** 0..1: how sure the engine is of the role. */
  confidence: number;
  /** The evidence, in words a worker understands: "called 'brother'", "aged 7", "has a job title". */
  reasons: string[];
  /** Every mention, sorted by start. */
  mentions: PersonMention[];
  /** The signals weighed (how often each was seen), for fitting the weights; absent for the worker's own decisions. */
  evidence?: Record<string, number>;
};

/** A mention of an undecided person, for review (the scorer counts these as "put to review"). */
export type ReviewSpan = {
  start: number;
  end: number;
  personId: string;
  /**
   * Set when the span is an identifying detail (a school, a date of birth), not a name: of that undecided person,
   * or a school no rule could tie to anyone in a sentence about that child (whose it is, the worker decides).
   */
  detail?: "date of birth" | "school" | "address" | "reference";
};
