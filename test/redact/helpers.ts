// Builds engine reports by hand from {{tag|span}} markup, so redaction is tested apart from the rules.
import type { Category, Finding, FindingData, IdentifierKind, Report } from "../../src/engine/types";
import { parseAnnotated } from "../helpers/annotated";

export type FakeOptions = {
  /** Span text → child id (defaults to the span without its possessive, lower-cased). */
  children?: Record<string, string>;
  /** Span text → identifier kind (defaults to "phone number" for digits). */
  kinds?: Record<string, IdentifierKind>;
  /** Span text → suggestions for jargon/judgemental/mix-up. */
  suggestions?: Record<string, string[]>;
  /** Span texts that are other children's identifying details rather than names. */
  details?: string[];
  confidence?: Record<string, number>;
};

const core = (s: string) => s.replace(/['’]s$/, "");

export function fakeReport(annotated: string, o: FakeOptions = {}): { text: string; report: Report } {
  const { plain, spans } = parseAnnotated(annotated);
  const findings: Finding[] = [];
  for (const s of spans) {
    if (!s.category) continue;
    let data: FindingData | undefined;
    if (s.category === "other-child") {
      const detail = o.details?.includes(s.text);
      data = detail
        ? { childId: o.children?.[s.text], mentionKind: "detail", ...(o.kinds?.[s.text] ? { identifierKind: o.kinds[s.text] } : {}) }
        : { childId: o.children?.[s.text] ?? core(s.text).toLowerCase(), mentionKind: "name", possessive: /['’]s$/.test(s.text) };
    } else if (s.category === "identifier") {
      const kind = o.kinds?.[s.text] ?? (/\d{5}/.test(s.text.replace(/\s/g, "")) ? "phone number" : undefined);
      data = kind ? { identifierKind: kind } : undefined;
    }
    findings.push(finding(s.category, s.start, s.end, s.text, data, o.suggestions?.[s.text], o.confidence?.[s.text]));
  }
  return { text: plain, report: { findings, kind: "case-note", otherChildren: [], people: [], review: [], stats: { characters: plain.length, words: 0 } } };
}

export function finding(category: Category, start: number, end: number, text: string, data?: FindingData, suggestions?: string[], confidence = 0.9): Finding {
  return {
    ruleId: `test/${category}`,
    category,
    start,
    end,
    text,
    message: `Test finding about ${text}.`,
    severity: "warning",
    confidence,
    ...(suggestions ? { suggestions } : {}),
    ...(data ? { data } : {}),
  };
}
