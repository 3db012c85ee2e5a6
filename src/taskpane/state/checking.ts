// Pure helpers behind the pane's document check: keys that survive re-checks, the redaction policy from
// the per-category choices, the exportable log, and a suggestion for the subject child. No React, no
// Office: tested in test/taskpane/state/checking.test.ts.
import type { Category, Finding, Report } from "../../engine";
import { redactionLog, type Edit, type RedactionPolicy, type SkippedEdit } from "../../redact";
import { describeLocation, segmentAt, type DocumentSnapshot } from "../../hosts/host";

/**
 * A key for "this finding" that survives typing elsewhere: rule, the text found, where it is (part and
 * paragraph) and which of the same text in that paragraph. Offsets are not part of it.
 */
export function findingKey(snapshot: DocumentSnapshot, finding: Finding): string {
  const seg = segmentAt(snapshot.segments, finding.start);
  const loc = seg ? JSON.stringify(seg.location) : "?";
  let ordinal = 0;
  if (seg) {
    const local = finding.start - seg.start;
    let pos = seg.text.indexOf(finding.text);
    while (pos !== -1 && pos < local) {
      ordinal++;
      pos = seg.text.indexOf(finding.text, pos + 1);
    }
  }
  return `${finding.ruleId}|${finding.text}|${loc}|${ordinal}`;
}

/** "Ignore all like this": the same rule on the same words, anywhere. */
export function likeKey(finding: Finding): string {
  return `${finding.ruleId}|${finding.text.toLowerCase()}`;
}

export type Ignored = { one: ReadonlySet<string>; like: ReadonlySet<string> };

export function visibleFindings(snapshot: DocumentSnapshot, report: Report, ignored: Ignored): Finding[] {
  return report.findings.filter((f) => !ignored.one.has(findingKey(snapshot, f)) && !ignored.like.has(likeKey(f)));
}

export type RedactChoice = "pseudonym" | "mask" | "remove-sentence" | "replace" | "keep";

/** Per-category choices in the Redact panel. */
export type RedactChoices = { "other-child": RedactChoice; identifier: RedactChoice };

export const DEFAULT_CHOICES: RedactChoices = { "other-child": "pseudonym", identifier: "replace" };

export function policyFrom(choices: RedactChoices): RedactionPolicy {
  const actions: RedactionPolicy["actions"] = {};
  for (const c of ["other-child", "identifier"] as const) if (choices[c] !== "keep") actions[c] = choices[c];
  return { name: `pane:${choices["other-child"]}/${choices.identifier}`, actions };
}

/** One line of the log the worker can export: what kind of thing, where, why. Never the redacted text. */
export type PaneLogEntry = { category: Category; kind: string; action: string; where: string; why: string; pseudonym?: string; skipped?: string };

/**
 * The pane's log of a redaction. hostRefused: the changes the host would not make (Outlook leaves the
 * earlier messages quoted below a reply as they were sent), marked "not applied" with its reason, so the
 * log never claims a redaction that did not happen.
 */
export function paneLog(
  snapshot: DocumentSnapshot,
  applied: readonly Edit[],
  skipped: readonly SkippedEdit[] = [],
  hostRefused: readonly { edit: { start: number; end: number }; reason: string }[] = [],
): PaneLogEntry[] {
  const base = redactionLog(snapshot.text, applied, skipped);
  const edits = [...applied, ...skipped.map((s) => s.edit)];
  const refused = new Map(hostRefused.map((r) => [`${r.edit.start}:${r.edit.end}`, r.reason]));
  return base.map((entry, i) => {
    const seg = segmentAt(snapshot.segments, edits[i].start);
    const notMade = entry.skipped ?? (i < applied.length ? refused.get(`${edits[i].start}:${edits[i].end}`) : undefined);
    return {
      category: entry.category,
      kind: entry.kind ?? entry.category,
      action: entry.operator,
      where: seg ? describeLocation(seg.location) : `line ${entry.line}`,
      why: entry.reason,
      ...(entry.pseudonym ? { pseudonym: entry.pseudonym } : {}),
      ...(notMade ? { skipped: notMade } : {}),
    };
  });
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function logToCsv(entries: readonly PaneLogEntry[]): string {
  const head = ["category", "kind", "action", "where", "why", "pseudonym", "skipped"];
  const rows = entries.map((e) => [e.category, e.kind, e.action, e.where, e.why, e.pseudonym ?? "", e.skipped ?? ""].map(csvCell).join(","));
  return [head.join(","), ...rows].join("\n") + "\n";
}

const NAME = "[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}";
const SUBJECT_PATTERNS: RegExp[] = [
  new RegExp(`\\bRe:\\s*(${NAME})`),
  new RegExp(`(${NAME})\\s*\\((?:a child|the child|subject child|DOB[^)]*)\\)`),
  new RegExp(`\\b(?:Child(?:'s)? name|Name of child|Young person|Child)\\s*:\\s*(${NAME})`),
];

/** A best guess at the child the record is about, from the usual headings ("Re: …", "… (a child)"). */
export function suggestSubject(text: string): { name: string; aliases: string[] } | null {
  const head = text.slice(0, 20000);
  for (const re of SUBJECT_PATTERNS) {
    const m = re.exec(head);
    if (m) {
      const name = m[1].trim();
      const first = name.split(" ")[0];
      return { name, aliases: first !== name ? [first] : [] };
    }
  }
  return null;
}
