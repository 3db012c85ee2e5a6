// A .tsx file only so the root tsconfig (no DOM library) leaves it to the task pane tsconfig.
// The engine off the pane's main thread. For a long document it first checks the opening pages and
// posts that as a first look (shown at once, never acted on), then the whole text: the people stage
// needs the whole document to tell children apart, so only the final report can be applied or redacted.
// The worker is part of the pane's own bundle (same origin): nothing is fetched and nothing leaves the machine.
import { analyse, type AnalyseOptions, type CaseProfile, type Finding, type Report } from "../../engine";
import { firstLookEnd } from "../state/session";

export type AnalyseRequest = { id: number; text: string; profile: CaseProfile; options?: AnalyseOptions };
export type AnalyseReply =
  /** The whole text's findings, a slice at a time (each message is its own small task on the pane's side). */
  | { id: number; kind: "findings"; findings: Finding[] }
  /** The whole text's report, less its findings (sent before this in slices). */
  | { id: number; kind: "done"; report: Report }
  /** A first look at text.slice(0, upTo): shown while the rest is checked. */
  | { id: number; kind: "first-look"; report: Report; upTo: number }
  | { id: number; kind: "error"; error: string };

/** Findings per message: small enough that unpacking one never blocks the pane. */
const SLICE = 500;

const scope = self as unknown as { onmessage: ((e: MessageEvent<AnalyseRequest>) => void) | null; postMessage: (m: AnalyseReply) => void };

scope.onmessage = (e) => {
  const { id, text, profile, options } = e.data;
  try {
    const upTo = firstLookEnd(text);
    if (upTo > 0) scope.postMessage({ id, kind: "first-look", report: analyse(text.slice(0, upTo), profile, options), upTo });
    const report = analyse(text, profile, options);
    for (let i = 0; i < report.findings.length; i += SLICE) scope.postMessage({ id, kind: "findings", findings: report.findings.slice(i, i + SLICE) });
    scope.postMessage({ id, kind: "done", report: { ...report, findings: [] } });
  } catch (error) {
    // The engine's message only (it never quotes the record).
    scope.postMessage({ id, kind: "error", error: error instanceof Error ? error.message : String(error) });
  }
};
