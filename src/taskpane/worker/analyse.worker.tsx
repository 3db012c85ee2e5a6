// A .tsx file only so the root tsconfig (no DOM library) leaves it to the task pane tsconfig.
// The engine off the pane's main thread. For a long document it first checks the opening pages and
// posts that as a first look (shown at once, never acted on), then the whole text: the people stage
// needs the whole document to tell children apart, so only the final report can be applied or redacted.
// The worker is part of the pane's own bundle (same origin): nothing is fetched and nothing leaves the machine.
import { analyse, type AnalyseOptions, type CaseProfile, type Report } from "../../engine";
import { firstLookEnd } from "../state/session";

export type AnalyseRequest = { id: number; text: string; profile: CaseProfile; options?: AnalyseOptions };
export type AnalyseReply =
  | { id: number; report: Report; partial: false }
  /** A first look at text.slice(0, upTo): shown while the rest is checked. */
  | { id: number; report: Report; partial: true; upTo: number }
  | { id: number; error: string };


const scope = self as unknown as { onmessage: ((e: MessageEvent<AnalyseRequest>) => void) | null; postMessage: (m: AnalyseReply) => void };

scope.onmessage = (e) => {
  const { id, text, profile, options } = e.data;
  try {
    const upTo = firstLookEnd(text);
    if (upTo > 0) scope.postMessage({ id, report: analyse(text.slice(0, upTo), profile, options), partial: true, upTo });
    scope.postMessage({ id, report: analyse(text, profile, options), partial: false });
  } catch (error) {
    // The engine's message only (it never quotes the record).
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
