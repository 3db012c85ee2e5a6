import type { DocumentKind } from "./types";

// Cheap cues in the first part of a record; the user can always set the kind themselves.
const CUES: Array<[DocumentKind, RegExp]> = [
  ["email", /^(from|to|sent|subject|cc|date):\s/im],
  ["court-report", /\b(in the (family|high) court|statement of|final evidence|social work evidence template|SWET|case number:|the applicant|the respondent)\b/i],
  ["visit-record", /\b(statutory visit|visit record|purpose of (the )?visit|home visit|date (and time )?of visit)\b/i],
  ["chronology", /\bchronology\b/i],
  ["supervision", /\bsupervision\b/i],
  ["assessment", /\b(single assessment|child and family assessment|assessment of)\b/i],
  ["letter-to-child", /^\s*dear \p{Lu}/imu],
  ["case-note", /\b(case note|case recording|telephone call|contact record)\b/i],
];

export function inferKind(text: string): DocumentKind {
  const head = text.slice(0, 1500);
  for (const [kind, re] of CUES) if (re.test(head)) return kind;
  return "unknown";
}
