// A .tsx file only so the root tsconfig (no DOM library) leaves it to the task pane tsconfig.
// Runs the engine for the pane: in a Web Worker when the page can start one (the pane stays responsive
// and Cancel stops the work at once), on the main thread otherwise (old webviews). The engine and its
// word lists are in the worker's bundle; the main thread loads its own copy only when it has to.
import type { AnalyseOptions, CaseProfile, Finding, Report } from "../../engine";
import type { AnalyseReply, AnalyseRequest } from "../worker/analyse.worker";

export class CancelledError extends Error {
  constructor() {
    super("The check was cancelled.");
    this.name = "CancelledError";
  }
}

/**
 * The checker itself failed: its worker stopped (out of memory, a script that would not load) or the engine
 * threw. `detail` is what the worker or the engine said (the engine's messages never quote the record),
 * kept for whoever looks into it; the pane says in plain words what happened and what to do.
 */
export class CheckerStoppedError extends Error {
  readonly detail: string;
  constructor(detail: string) {
    super("The check stopped before it finished.");
    this.name = "CheckerStoppedError";
    this.detail = detail.trim();
  }
}

export type Analyser = {
  /** The whole text's report; `onFirstLook` gets an early report on the opening of a long text. */
  run(text: string, profile: CaseProfile, options?: AnalyseOptions, onFirstLook?: (report: Report, upTo: number) => void): Promise<Report>;
  /** Stops the running check (its promise rejects with CancelledError). */
  cancel(): void;
};

export function createAnalyser(): Analyser {
  let worker: Worker | null = null;
  let nextId = 1;
  let pending: { id: number; resolve: (r: Report) => void; reject: (e: Error) => void; onFirstLook?: (r: Report, upTo: number) => void; findings: Finding[] } | null = null;

  const start = (): Worker | null => {
    if (worker) return worker;
    if (typeof Worker === "undefined") return null;
    try {
      worker = new Worker(new URL("../worker/analyse.worker.tsx", import.meta.url));
    } catch {
      return null;
    }
    worker.onmessage = (e: MessageEvent<AnalyseReply>) => {
      const reply = e.data;
      if (!pending || reply.id !== pending.id) return;
      const p = pending;
      if (reply.kind === "first-look") p.onFirstLook?.(reply.report, reply.upTo);
      else if (reply.kind === "findings") for (const f of reply.findings) p.findings.push(f);
      else {
        pending = null;
        if (reply.kind === "error") p.reject(new CheckerStoppedError(reply.error));
        else p.resolve({ ...reply.report, findings: p.findings });
      }
    };
    const stopped = (detail: string) => {
      const p = pending;
      pending = null;
      worker?.terminate();
      worker = null;
      p?.reject(new CheckerStoppedError(detail));
    };
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault?.();
      stopped(e.message || "The checker's worker stopped without saying why.");
    };
    worker.onmessageerror = () => stopped("A message from the checker's worker could not be read.");
    return worker;
  };

  const cancel = () => {
    if (!pending) return;
    const p = pending;
    pending = null;
    // Terminating is the only way to stop a synchronous analysis; the next run starts a fresh worker.
    worker?.terminate();
    worker = null;
    p.reject(new CancelledError());
  };

  return {
    run(text, profile, options, onFirstLook) {
      cancel();
      const w = start();
      if (!w)
        return import("../../engine").then(
          ({ analyse }) => {
            try {
              return analyse(text, profile, options);
            } catch (error) {
              throw new CheckerStoppedError(error instanceof Error ? error.message : String(error));
            }
          },
          (error: unknown) => {
            throw new CheckerStoppedError(`The checker could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
          },
        );
      const id = nextId++;
      return new Promise<Report>((resolve, reject) => {
        pending = { id, resolve, reject, findings: [], ...(onFirstLook ? { onFirstLook } : {}) };
        const request: AnalyseRequest = { id, text, profile, ...(options ? { options } : {}) };
        w.postMessage(request);
      });
    },
    cancel,
  };
}
