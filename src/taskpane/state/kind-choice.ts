// The pane's "Read as" line (issue 12 item 4, stop 39): which kind of record a check read the text as, why, and the
// worker's own choice of kind for this session (the CLI's --kind). The choice lives in the pane's memory only: it is
// never written to the document, its settings or custom properties, nor to local storage. No React, no Office:
// tested in test/taskpane/state/kind-choice.test.ts.
import { DOCUMENT_KINDS, type DocumentKind } from "../../engine/types";
import { distinctReasons } from "./session";

/** What the worker calls each kind, in the list they choose from. */
export const KIND_LABELS: Record<DocumentKind, string> = {
  "court-report": "Court report or statement",
  "case-note": "Case note",
  "visit-record": "Visit record",
  email: "Email or letter",
  chronology: "Chronology",
  assessment: "Assessment, plan or report",
  supervision: "Supervision record",
  "letter-to-child": "Letter to the child",
  unknown: "Not sure (general checks only)",
};

/** What changes with the kind, said once under the list. */
export const KIND_MATTERS = "The kind decides which checks apply: the visit's purpose on visit records, legal words in court reports.";

/** The kinds a worker can choose, in the order the list shows them. */
export const CHOOSABLE_KINDS: readonly DocumentKind[] = [...DOCUMENT_KINDS];

/** The list's value for "let the checker decide" (no kind chosen). */
export const LET_CHECKER_DECIDE = "";

/** The kind the worker picked from the list, or null for "let the checker decide"; anything else is refused. */
export function parseKindChoice(value: string): DocumentKind | null {
  if (value === LET_CHECKER_DECIDE) return null;
  if ((CHOOSABLE_KINDS as readonly string[]).includes(value)) return value as DocumentKind;
  throw new Error(`"${value}" is not a kind of record the checker knows.`);
}

export type KindSource =
  /** The checker read the kind from the text. */
  | { by: "checker"; evidence: readonly string[] | null }
  /** The worker chose it in the pane for this session. */
  | { by: "worker" }
  /** The host says what the text is (Outlook: an email). */
  | { by: "host"; what: string };

/**
 * The line the pane shows: "Read as: Case note" and why. `evidence` is null while the reasons are still being
 * worked out, and empty when the text shows no sign of its kind.
 */
export function kindLine(kind: DocumentKind, source: KindSource): { readAs: string; because: string } {
  const readAs = KIND_LABELS[kind] ?? KIND_LABELS.unknown;
  if (source.by === "worker") return { readAs, because: "You chose this kind for this session. It is not saved in the document." };
  if (source.by === "host") return { readAs, because: `Because ${source.what}.` };
  if (kind === "unknown") return { readAs, because: "No title, layout or wording shows what kind of record this is, so only the general checks ran." };
  if (source.evidence === null) return { readAs, because: "Working out why…" };
  if (!source.evidence.length) return { readAs, because: "On balance: no one sign decided it." };
  // Each sign once: "numbered paragraphs of prose; numbered paragraphs" read as two reasons where there is one.
  return { readAs, because: `Because of ${distinctReasons(source.evidence).join("; ")}.` };
}
