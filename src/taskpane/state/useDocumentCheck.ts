import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import { analyse } from "../../engine";
import type { CaseProfile, Finding, Report } from "../../engine";
import { planRedactions, applyEdits, type Edit } from "../../redact";
import { isHostError, type ApplyOptions, type DocumentSnapshot, type HostAdapter, type HostEdit } from "../../hosts/host";
import { findingKey, likeKey, paneLog, policyFrom, visibleFindings, type Ignored, type PaneLogEntry, type RedactChoices } from "./checking";

/** The host the pane works on (Word, or the fake in a plain browser). Components never call Office. */
export const HostContext = createContext<HostAdapter | null>(null);

export function useHost(): HostAdapter {
  const host = useContext(HostContext);
  if (!host) throw new Error("HostContext is missing");
  return host;
}

export type Checked = { snapshot: DocumentSnapshot; report: Report };

export type RedactionOutcome = {
  log: PaneLogEntry[];
  applied: number;
  /** What the re-read still finds in the categories redacted (empty: nothing found). */
  remaining: Finding[];
  /** Tracked deletions still holding text. */
  trackedLeft: number;
  after: Checked;
};

export type Status = { kind: "idle" } | { kind: "busy"; what: string } | { kind: "error"; message: string; tracking?: boolean };

const REDACTED = new Set(["other-child", "identifier"]);
const DEBOUNCE_MS = 800;

export function useDocumentCheck(host: HostAdapter, profile: CaseProfile) {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [ignored, setIgnored] = useState<Ignored>({ one: new Set(), like: new Set() });
  const [outcome, setOutcome] = useState<RedactionOutcome | null>(null);
  const profileRef = useRef(profile);
  profileRef.current = profile;
  const checkedRef = useRef(checked);
  checkedRef.current = checked;

  const fail = (e: unknown) => {
    const message = isHostError(e) ? e.message : "Something went wrong; check the document again.";
    setStatus({ kind: "error", message, ...(isHostError(e) && e.kind === "tracking" ? { tracking: true } : {}) });
  };

  const run = useCallback(async (): Promise<Checked | null> => {
    const snapshot = await host.read();
    const report = analyse(snapshot.text, profileRef.current);
    const next = { snapshot, report };
    setChecked(next);
    return next;
  }, [host]);

  const check = useCallback(async () => {
    setStatus({ kind: "busy", what: "Checking the document…" });
    try {
      await run();
      setStatus({ kind: "idle" });
    } catch (e) {
      fail(e);
    }
  }, [run]);

  // Re-check after typing (debounced); ignored findings are kept by key, so they stay ignored.
  useEffect(() => {
    if (!host.onChange) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = host.onChange(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        if (!checkedRef.current) return;
        void host
          .read()
          .then((snapshot) => {
            if (snapshot.text === checkedRef.current?.snapshot.text) return;
            setChecked({ snapshot, report: analyse(snapshot.text, profileRef.current) });
          })
          .catch(() => undefined);
      }, DEBOUNCE_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      off();
    };
  }, [host]);

  const ignore = (f: Finding, all: boolean) => {
    if (!checked) return;
    setIgnored((prev) =>
      all ? { one: prev.one, like: new Set(prev.like).add(likeKey(f)) } : { one: new Set(prev.one).add(findingKey(checked.snapshot, f)), like: prev.like },
    );
  };

  const select = async (start: number, end: number) => {
    if (!checked) return;
    try {
      await host.select(checked.snapshot, start, end);
    } catch (e) {
      fail(e);
    }
  };

  /** Applies edits (suggestions), then re-checks. Returns false when tracking needs a decision. */
  const applyEditsToDocument = async (edits: HostEdit[], options?: ApplyOptions): Promise<boolean> => {
    if (!checked) return false;
    setStatus({ kind: "busy", what: "Changing the document…" });
    try {
      await host.apply(checked.snapshot, edits, options);
      await run();
      setStatus({ kind: "idle" });
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };

  const planFor = (choices: RedactChoices): Edit[] => (checked ? planRedactions(checked.snapshot.text, checked.report, policyFrom(choices)) : []);

  /** Redacts, re-reads the whole document and says what (if anything) remains. */
  const redact = async (choices: RedactChoices, options?: ApplyOptions): Promise<boolean> => {
    if (!checked) return false;
    const edits = planFor(choices);
    // The same overlap rules as the CLI: applyEdits keeps the larger of two overlapping edits.
    const { applied, skipped } = applyEdits(checked.snapshot.text, edits);
    setStatus({ kind: "busy", what: "Redacting…" });
    try {
      const result = await host.apply(checked.snapshot, applied, options);
      const after = await run();
      const remaining = after ? after.report.findings.filter((f) => REDACTED.has(f.category)) : [];
      const trackedLeft = after ? after.snapshot.segments.filter((s) => s.location.part === "tracked-deletion").length : 0;
      setOutcome({ log: paneLog(checked.snapshot, applied, skipped), applied: result.applied, remaining, trackedLeft, after: after! });
      setStatus({ kind: "idle" });
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };

  const acceptTracked = async () => {
    setStatus({ kind: "busy", what: "Accepting tracked changes…" });
    try {
      await host.acceptAllTrackedChanges();
      const after = await run();
      if (outcome && after) setOutcome({ ...outcome, after, trackedLeft: after.snapshot.segments.filter((s) => s.location.part === "tracked-deletion").length });
      setStatus({ kind: "idle" });
    } catch (e) {
      fail(e);
    }
  };

  const visible = checked ? visibleFindings(checked.snapshot, checked.report, ignored) : [];
  const ignoredCount = checked ? checked.report.findings.length - visible.length : 0;

  return { checked, visible, ignoredCount, status, setStatus, check, ignore, select, applyEditsToDocument, planFor, redact, outcome, setOutcome, acceptTracked };
}

export type DocumentCheck = ReturnType<typeof useDocumentCheck>;
