import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { AnalyseOptions, CaseProfile, Finding, Report } from "../../engine";
import { planRedactions, applyEdits, type Edit } from "../../redact";
import { isHostError, redactionBlocker, type ApplyOptions, type ApplyResult, type DocumentSnapshot, type HostAdapter, type HostEdit, type Verification } from "../../hosts/host";
import { findingKey, likeKey, paneLog, policyFrom, visibleFindings, type Ignored, type PaneLogEntry, type RedactChoices } from "./checking";
import { CancelledError, CheckerStoppedError, createAnalyser } from "./analyser";
import { applyToString, checkKey, inverseEdits, keyChange, staleReason } from "./session";
import { failureSentence, hostSentences, readBackSentence, samePlan, type Consent } from "./host-results";

/** The host the pane works on (Word, or the fake in a plain browser). Components never call Office. */
export const HostContext = createContext<HostAdapter | null>(null);

export function useHost(): HostAdapter {
  const host = useContext(HostContext);
  if (!host) throw new Error("HostContext is missing");
  return host;
}

/** A finished check: the report was computed for exactly this text and this case (profileKey). */
export type Checked = { snapshot: DocumentSnapshot; report: Report; profileKey: string; at: number; /** The child the check was made for. */ subject: string };

/** A first look at the opening of a long document, shown while the rest is checked; never acted on. */
export type FirstLook = { report: Report; upTo: number; text: string };

export type RedactionOutcome = {
  log: PaneLogEntry[];
  applied: number;
  /** What the re-read still finds in the categories redacted (empty: nothing found). */
  remaining: Finding[];
  /** Tracked deletions still holding text. */
  trackedLeft: number;
  after: Checked;
  /** The document as redacted (the host's edits, verification and skips are in its offsets). */
  before: DocumentSnapshot;
  /** The host's own search of the saved file (absent where the host cannot read it). */
  verification?: Verification;
  /** Changes the host could not place, with why. */
  hostSkipped: ApplyResult["skipped"];
  /** Sentences from the host (e.g. Outlook changed more than asked, compose read-back). */
  warnings: string[];
  /** Good news from the host, said as information (Outlook kept the draft as changed). */
  notes: string[];
};

/** A redaction waiting for the worker's answer (accept tracked changes, or confirm tracking is off). */
export type PendingConsent = Consent & {
  choices: RedactChoices;
  options?: ApplyOptions;
  leaveOut: ReadonlySet<string>;
  /** The text and changes the worker previewed, to compare after accepting. */
  previewed: { text: string; edits: HostEdit[] };
};

/** One change made from the pane, as Undo needs it. */
export type UndoEntry = { label: string; before: string; after: string; edits: HostEdit[] };

export type Status =
  | { kind: "idle" }
  | { kind: "busy"; what: string; cancellable?: boolean; since: number }
  /** stopped: the checker itself failed (what it said, and whether earlier findings are still shown). */
  | { kind: "error"; message: string; tracking?: boolean; stopped?: { detail: string; earlierFindings: boolean } };

const REDACTED = new Set(["other-child", "identifier"]);
const DEBOUNCE_MS = 800;
const UNDO_DEPTH = 10;

export function useDocumentCheck(host: HostAdapter, profile: CaseProfile, options?: AnalyseOptions) {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [firstLook, setFirstLook] = useState<FirstLook | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  /** What the last action did or why it did nothing; kept until the worker's next action (not cleared by re-checks while typing). */
  const [notice, setNotice] = useState<string | null>(null);
  const [ignored, setIgnored] = useState<Ignored>({ one: new Set(), like: new Set() });
  const [outcome, setOutcome] = useState<RedactionOutcome | null>(null);
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const [consent, setConsent] = useState<PendingConsent | null>(null);
  const analyser = useMemo(() => createAnalyser(), []);
  // The kind chosen for the session is part of what a check was made for: a new choice re-checks, and nothing acts
  // on findings made for another kind.
  const kindAsked = options?.kind ?? "";
  const key = useMemo(() => checkKey(profile, kindAsked), [profile, kindAsked]);
  const profileRef = useRef(profile);
  profileRef.current = profile;
  const keyRef = useRef(key);
  keyRef.current = key;
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const checkedRef = useRef(checked);
  checkedRef.current = checked;
  /** Each run's number: an answer to an older run is dropped. */
  const runSeq = useRef(0);

  /**
   * `doing`: what the worker asked for, in the pane's words, where the adapter's operation would not say it. `then`: a
   * sentence said after it (what is still shown, what to do).
   */
  const fail = (e: unknown, doing?: string, then?: string) => {
    if (e instanceof CancelledError) {
      setStatus({ kind: "idle" });
      setNotice(checkedRef.current ? "Check cancelled. The findings shown are from the previous check." : "Check cancelled.");
      return;
    }
    if (e instanceof CheckerStoppedError) {
      setFirstLook(null);
      setStatus({ kind: "error", message: e.message, stopped: { detail: e.detail, earlierFindings: !!checkedRef.current } });
      return;
    }
    const said = isHostError(e) ? failureSentence(e, doing) : "Something went wrong; check the document again.";
    const message = then ? `${said} ${then}` : said;
    setStatus({ kind: "error", message, ...(isHostError(e) && e.kind === "tracking" ? { tracking: true } : {}) });
  };

  /** Reads the document and checks it for the current case. */
  const run = useCallback(async (): Promise<Checked | null> => {
    const seq = ++runSeq.current;
    const snapshot = await host.read();
    const forProfile = profileRef.current;
    const forKey = keyRef.current;
    setStatus({ kind: "busy", what: `Checking ${snapshot.text.length > 50_000 ? "a long document" : "the document"}…`, cancellable: true, since: Date.now() });
    const report = await analyser.run(snapshot.text, forProfile, optionsRef.current, (early, upTo) => {
      if (seq === runSeq.current) startTransition(() => setFirstLook({ report: early, upTo, text: snapshot.text }));
    });
    if (seq !== runSeq.current) return null;
    const next: Checked = { snapshot, report, profileKey: forKey, at: Date.now(), subject: forProfile.subject.name };
    // A transition: React renders a long list of results in slices, so the pane never freezes.
    startTransition(() => {
      setFirstLook(null);
      setChecked(next);
    });
    checkedRef.current = next;
    return next;
  }, [host, analyser]);

  const check = useCallback(async () => {
    setStatus({ kind: "busy", what: "Reading the document…", since: Date.now() });
    try {
      const done = await run();
      if (done) setStatus({ kind: "idle" });
    } catch (e) {
      // The document could not be read: the findings still shown are the last check's, and may no longer match it.
      fail(e, undefined, checkedRef.current ? "The findings below are from the last check." : undefined);
    }
  }, [run]);

  const cancel = () => {
    runSeq.current++;
    setFirstLook(null);
    analyser.cancel();
  };

  /**
   * The check behind Apply, Redact and Undo: the last check if it was made for the document as it is
   * now and the case as it is now; otherwise checks again and returns null, so nothing acts on
   * findings computed for other text or another case.
   */
  const current = async (what: string): Promise<Checked | null> => {
    const last = checkedRef.current;
    if (!last) return null;
    const snapshot = await host.read();
    const why = staleReason({ text: last.snapshot.text, profileKey: last.profileKey }, snapshot.text, keyRef.current);
    if (!why) return last;
    await run();
    setStatus({ kind: "idle" });
    const changed = why === "case" ? "The case changed" : why === "kind" ? "The kind of record changed" : "The document changed";
    setNotice(`${changed} after the last check, so it has been checked again and nothing was ${what}. Look at the findings again, then try once more.`);
    return null;
  };

  // Re-check when the case changes (a name typed, a People choice): findings depend on who the child is.
  // Typing a name waits for a pause; a People choice re-checks at once.
  const atOnce = useRef(false);
  useEffect(() => {
    const last = checkedRef.current;
    if (!last || last.profileKey === key) return;
    const timer = setTimeout(() => void check(), atOnce.current ? 0 : 400);
    atOnce.current = false;
    return () => clearTimeout(timer);
  }, [key, check]);
  /** The next change of case (a People choice) re-checks without waiting for a pause in typing. */
  const recheckAtOnce = () => {
    atOnce.current = true;
  };

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
            return check();
          })
          .catch(() => undefined);
      }, DEBOUNCE_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      off();
    };
  }, [host, check]);

  const ignore = (f: Finding, all: boolean) => {
    if (!checked) return;
    setIgnored((prev) => (all ? { one: prev.one, like: new Set(prev.like).add(likeKey(f)) } : { one: new Set(prev.one).add(findingKey(checked.snapshot, f)), like: prev.like }));
  };

  /** Shows an ignored finding again (and everything ignored "like" it). */
  const restore = (f: Finding) => {
    if (!checked) return;
    setIgnored((prev) => {
      const one = new Set(prev.one);
      one.delete(findingKey(checked.snapshot, f));
      const like = new Set(prev.like);
      like.delete(likeKey(f));
      return { one, like };
    });
  };

  const select = async (start: number, end: number) => {
    if (!checked) return;
    try {
      await host.select(checked.snapshot, start, end);
      // It worked: a failure said for an earlier click no longer stands (a stopped checker's message does).
      setStatus((s) => (s.kind === "error" && !s.stopped ? { kind: "idle" } : s));
    } catch (e) {
      fail(e);
    }
  };

  const remember = (entry: UndoEntry) => setUndoStack((s) => [...s.slice(-(UNDO_DEPTH - 1)), entry]);

  /** Applies replacements chosen from the pane, then re-checks. False when nothing was changed. */
  const applyEditsToDocument = async (edits: HostEdit[], label: string, options?: ApplyOptions): Promise<boolean> => {
    setNotice(null);
    setStatus({ kind: "busy", what: "Changing the document…", since: Date.now() });
    try {
      const base = await current("changed");
      if (!base) return false;
      // Never two edits over the same words: the first (in the order given) wins.
      const sorted = [...edits].sort((a, b) => a.start - b.start);
      const safe = sorted.filter((e, i) => i === 0 || e.start >= sorted[i - 1].end);
      const result = await host.apply(base.snapshot, safe, options);
      remember({ label, before: base.snapshot.text, after: applyToString(base.snapshot.text, safe), edits: safe });
      // Said at once; the re-check follows (until it lands, Apply and Redact check again first).
      setNotice(applyNotice(label, result));
      await run();
      setStatus({ kind: "idle" });
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };

  const planFor = (choices: RedactChoices): Edit[] => (checked ? planRedactions(checked.snapshot.text, checked.report, policyFrom(choices)) : []);

  /** Redacts (less the changes unticked in the preview), re-reads the whole document and says what remains. */
  const redact = async (choices: RedactChoices, options?: ApplyOptions, leaveOut: ReadonlySet<string> = new Set()): Promise<boolean> => {
    setNotice(null);
    setStatus({ kind: "busy", what: "Redacting…", since: Date.now() });
    try {
      const base = await current("redacted");
      if (!base) return false;
      const edits = planRedactions(base.snapshot.text, base.report, policyFrom(choices)).filter((e) => !leaveOut.has(editKey(e)));
      // The same overlap rules as the CLI: applyEdits keeps the larger of two overlapping edits.
      const { applied, skipped } = applyEdits(base.snapshot.text, edits);
      // Tracked changes first: asked in the pane, never changed silently (the adapter refuses the same way).
      const blocker = host.capabilities.trackedChanges && applied.length ? redactionBlocker(base.snapshot, options) : null;
      if (blocker) {
        setConsent({ ...blocker, choices, ...(options ? { options } : {}), leaveOut, previewed: { text: base.snapshot.text, edits: applied } });
        setStatus({ kind: "idle" });
        return false;
      }
      setConsent(null);
      const result = await host.apply(base.snapshot, applied, options);
      remember({
        label: `Redacted ${applied.length} ${applied.length === 1 ? "item" : "items"}`,
        before: base.snapshot.text,
        after: applyToString(base.snapshot.text, applied),
        edits: applied,
      });
      const after = await run();
      if (!after) return false;
      const remaining = after.report.findings.filter((f) => REDACTED.has(f.category));
      const trackedLeft = after.snapshot.segments.filter((s) => s.location.part === "tracked-deletion").length;
      const warnings = hostSentences(result);
      const fine = readBackSentence(result.readBack === "changed" ? undefined : result.readBack);
      const notes = warnings.filter((w) => w === fine);
      setOutcome({
        log: paneLog(base.snapshot, applied, skipped, result.skipped),
        applied: result.applied,
        remaining,
        trackedLeft,
        after,
        before: base.snapshot,
        ...(result.verification ? { verification: result.verification } : {}),
        hostSkipped: result.skipped,
        warnings: warnings.filter((w) => w !== fine),
        notes,
      });
      setStatus({ kind: "idle" });
      return true;
    } catch (e) {
      if (isHostError(e) && (e.kind === "pending-changes" || e.kind === "tracking-unknown") && checkedRef.current) {
        // The adapter refused for the same reason (the document changed between): ask, as above.
        setConsent({ kind: e.kind, message: e.message, choices, ...(options ? { options } : {}), leaveOut, previewed: { text: checkedRef.current.snapshot.text, edits: [] } });
        setStatus({ kind: "idle" });
        return false;
      }
      fail(e);
      return false;
    }
  };

  /**
   * The worker agreed to accept every tracked change: accept, read and check again, and redact only
   * if the changes to make are the ones previewed (otherwise ask for a new preview).
   */
  const acceptThenRedact = async (): Promise<boolean> => {
    const c = consent;
    if (!c || c.kind !== "pending-changes") return false;
    setConsent(null);
    setNotice(null);
    setStatus({ kind: "busy", what: "Accepting tracked changes…", since: Date.now() });
    try {
      await host.acceptAllTrackedChanges();
      const after = await run();
      if (!after) return false;
      const still = redactionBlocker(after.snapshot, c.options);
      if (still?.kind === "pending-changes") {
        setStatus({
          kind: "error",
          message: `Word still reports tracked changes after accepting them all. Accept them in Word (Review > Accept > Accept All Changes), then redact. ${still.message}`,
        });
        return false;
      }
      const plan = applyEdits(after.snapshot.text, planRedactions(after.snapshot.text, after.report, policyFrom(c.choices))).applied;
      if (c.leaveOut.size || !samePlan(c.previewed.text, c.previewed.edits, after.snapshot.text, plan)) {
        setStatus({ kind: "idle" });
        setNotice(
          "All tracked changes were accepted and the document was checked again. The changes to make are not exactly the ones you previewed, so nothing was redacted yet: preview the redaction again.",
        );
        return false;
      }
      return await redact(c.choices, c.options);
    } catch (e) {
      fail(e);
      return false;
    }
  };

  /** The worker says all changes are accepted and tracking is off (a Word that cannot tell): redact. */
  const confirmTrackingOff = async (): Promise<boolean> => {
    const c = consent;
    if (!c || c.kind !== "tracking-unknown") return false;
    setConsent(null);
    return redact(c.choices, { ...c.options, trackingConfirmedOff: true }, c.leaveOut);
  };

  /** Puts back the last change made from the pane, if the document has not changed since. */
  const undo = async (): Promise<boolean> => {
    const last = undoStack[undoStack.length - 1];
    if (!last) return false;
    setNotice(null);
    setStatus({ kind: "busy", what: "Undoing…", since: Date.now() });
    try {
      const snapshot = await host.read();
      if (snapshot.text !== last.after) {
        setUndoStack([]);
        setStatus({ kind: "idle" });
        setNotice("The document changed after that change, so the pane cannot undo it safely. Use Undo in the document instead.");
        return false;
      }
      await host.apply(snapshot, inverseEdits(last.before, last.edits), { tracking: "keep" });
      setUndoStack((s) => s.slice(0, -1));
      setOutcome(null);
      await run();
      setStatus({ kind: "idle" });
      setNotice(`Undone: ${last.label.charAt(0).toLowerCase()}${last.label.slice(1)}.`);
      return true;
    } catch (e) {
      fail(e, "undo the last change");
      return false;
    }
  };

  const acceptTracked = async () => {
    setStatus({ kind: "busy", what: "Accepting tracked changes…", since: Date.now() });
    try {
      await host.acceptAllTrackedChanges();
      const after = await run();
      if (outcome && after) setOutcome({ ...outcome, after, trackedLeft: after.snapshot.segments.filter((s) => s.location.part === "tracked-deletion").length });
      setStatus({ kind: "idle" });
    } catch (e) {
      fail(e);
    }
  };

  const visible = useMemo(() => (checked ? visibleFindings(checked.snapshot, checked.report, ignored) : []), [checked, ignored]);
  const ignoredFindings = useMemo(() => {
    if (!checked) return [];
    const shown = new Set(visible);
    return checked.report.findings.filter((f) => !shown.has(f));
  }, [checked, visible]);
  /** What changed since the check, the case or only the kind of record chosen (the re-check is on its way); null: neither. */
  const recheckFor = checked ? keyChange(checked.profileKey, key) : null;
  /** True when the findings were made for another case or kind (nothing acts on them until the re-check lands). */
  const caseChanged = recheckFor !== null;

  return {
    checked,
    firstLook,
    visible,
    ignoredFindings,
    ignoredCount: ignoredFindings.length,
    caseChanged,
    recheckFor,
    status,
    setStatus,
    notice,
    setNotice,
    check,
    recheckAtOnce,
    cancel,
    ignore,
    restore,
    select,
    applyEditsToDocument,
    planFor,
    redact,
    undo,
    lastChange: undoStack[undoStack.length - 1] ?? null,
    outcome,
    setOutcome,
    acceptTracked,
    consent,
    dismissConsent: () => setConsent(null),
    acceptThenRedact,
    confirmTrackingOff,
  };
}

/** What the pane says after Apply: the change, and anything the host reported about it. */
export function applyNotice(label: string, result: Pick<ApplyResult, "warnings" | "readBack" | "skipped">): string {
  return [`${label}. Undo puts it back.`, ...hostSentences(result)].join(" ");
}

/** Identifies one planned redaction across re-plans of the same check (for unticking in the preview). */
export function editKey(e: Edit): string {
  return `${e.start}:${e.end}:${e.operator}`;
}

export type DocumentCheck = ReturnType<typeof useDocumentCheck>;
