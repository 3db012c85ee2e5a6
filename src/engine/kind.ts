import type { DocumentKind } from "./types";

// The kind of record, from cheap cues near the top: email headers first, then the title (the first few
// lines), then court markers, then cues anywhere in the head. The user can always set the kind.
const HEAD_CHARS = 1500;
const TITLE_LINES = 3;

// Two or more header fields ("From:", "Sent:", "To:", "Subject:") near the top make an email; "Date:" alone
// does not (case notes have it too).
const EMAIL_HEADER = /^[ \t>]*(from|to|sent|subject|cc|bcc)[ \t]*:[ \t]*\S/gim;

// Title words, checked on the first few non-empty lines in this order.
const TITLE_CUES: Array<[DocumentKind, RegExp]> = [
  ["chronology", /\bchronology\b/i],
  ["supervision", /\bsupervision\b/i],
  ["visit-record", /\bvisit\b(?!or)|\bvisit (record|note)\b/i],
  ["case-note", /\b(case note|case recording|contact record|telephone (call|note)|running record)\b/i],
];

// Court: a family court case number (two letters, two digits, C or P, digits), the court's heading,
// or a document made for the court.
const COURT = /\b(in the (family|high) court|[A-Z]{2}\d{2}[CP]\d{4,6}|statement of (evidence|[A-Z])|social work (evidence template|statement)|SWET|threshold (document|criteria)|final care plan|care plan \(final\)|position statement|the applicant|the respondent)\b/;
const COURT_TITLE = /\b(care plan|statement|threshold)\b/i;

const ASSESSMENT = /\b(single assessment|child and family assessment|parenting assessment|assessment of|assessment)\b/i;
const LETTER = /^\s*dear \p{Lu}/iu;

// Weaker cues anywhere in the head, in order.
const BODY_CUES: Array<[DocumentKind, RegExp]> = [
  ["visit-record", /\b(statutory visit|visit record|purpose of (the )?visit|date (and time )?of visit)\b/i],
  ["chronology", /\bchronology of\b/i],
  ["supervision", /\b(supervisee|supervisor)\b/i],
  ["assessment", /\b(single assessment|child and family assessment|assessment of)\b/i],
  ["case-note", /\b(case note|case recording|telephone call|contact record)\b/i],
];

export function inferKind(text: string): DocumentKind {
  if (typeof text !== "string" || !text) return "unknown";
  const head = text.slice(0, HEAD_CHARS);
  if (isEmail(head)) return "email";
  const title = titleLines(head);
  // The first line decides before the second ("Case note" above "Type: home visit").
  for (const line of title.split("\n")) for (const [kind, re] of TITLE_CUES) if (re.test(line)) return kind;
  if (LETTER.test(head)) return "letter-to-child";
  if (COURT.test(head) || COURT_TITLE.test(title)) return "court-report";
  if (ASSESSMENT.test(title)) return "assessment";
  for (const [kind, re] of BODY_CUES) if (re.test(head)) return kind;
  return "unknown";
}

function isEmail(head: string): boolean {
  const seen = new Set<string>();
  EMAIL_HEADER.lastIndex = 0;
  const top = head.slice(0, 600);
  for (let m = EMAIL_HEADER.exec(top); m; m = EMAIL_HEADER.exec(top)) seen.add(m[1].toLowerCase());
  return seen.size >= 2 || /^\s*from:/i.test(head);
}

function titleLines(head: string): string {
  const lines: string[] = [];
  for (const line of head.split(/\r?\n/)) {
    const t = line.trim();
    if (!t) continue;
    lines.push(t);
    if (lines.length >= TITLE_LINES) break;
  }
  return lines.join("\n");
}
