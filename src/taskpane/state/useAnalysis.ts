import { useCallback, useRef, useState } from "react";
import { analyse } from "../../engine";
import type { CaseProfile, Report } from "../../engine";

/** What the pane shows: nothing yet, a check under way, a report, or one error for the worker. */
export type AnalysisState =
  | { status: "idle" }
  | { status: "running" }
  | { status: "done"; report: Report; checkedText: string }
  | { status: "error"; message: string };

export type UseAnalysis = {
  state: AnalysisState;
  check: (text: string, profile: CaseProfile) => void;
  reset: () => void;
};

/**
 * Runs the engine on pasted text. The engine is synchronous and fast; the check is deferred by one
 * tick only so the "Checking…" state can paint first on a very long paste. Nothing is sent anywhere.
 */
export function useAnalysis(): UseAnalysis {
  const [state, setState] = useState<AnalysisState>({ status: "idle" });
  const latest = useRef(0);

  const check = useCallback((text: string, profile: CaseProfile) => {
    const run = ++latest.current;
    setState({ status: "running" });
    setTimeout(() => {
      if (run !== latest.current) return;
      try {
        const report = analyse(text, profile);
        setState({ status: "done", report, checkedText: text });
      } catch (error) {
        setState({ status: "error", message: `The check could not finish: ${error instanceof Error ? error.message : String(error)}` });
      }
    }, 0);
  }, []);

  const reset = useCallback(() => {
    latest.current++;
    setState({ status: "idle" });
  }, []);

  return { state, check, reset };
}
