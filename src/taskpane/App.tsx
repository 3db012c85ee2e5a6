import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AnalyseOptions, CaseProfile, Category, DocumentKind, Finding, Person } from "../engine";
import { describeLocation, isHostError, segmentAt, type HostAdapter } from "../hosts/host";
import { CasePanel } from "./components/CasePanel/CasePanel";
import { DocumentInput } from "./components/DocumentInput/DocumentInput";
import { FindingsList } from "./components/FindingsList/FindingsList";
import { KindLine } from "./components/KindLine/KindLine";
import { PeopleSection } from "./components/PeopleSection/PeopleSection";
import { Scorecard } from "./components/Scorecard/Scorecard";
import { RedactPanel } from "./components/RedactPanel/RedactPanel";
import { RedactionResult } from "./components/RedactionResult/RedactionResult";
import { SummaryBar } from "./components/SummaryBar/SummaryBar";
import { useCaseProfile } from "./state/useCaseProfile";
import { HostContext, useDocumentCheck } from "./state/useDocumentCheck";
import { DEFAULT_CHOICES, suggestSubject, type RedactChoices } from "./state/checking";
import { countByCategory, keepDecided, numbersKeptWithWords, orderPeople, peopleOf, quotedOffset, subjectNotFound, unplacedPeople } from "./state/session";
import { consentWording } from "./state/host-results";
import { downloadsWork } from "../hosts/outlook/filing";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    maxWidth: "720px",
    minWidth: 0,
    marginLeft: "auto",
    marginRight: "auto",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  privacy: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  // Two short words never split over two lines beside a long primary button in a 320 px pane.
  nowrap: { whiteSpace: "nowrap", flexShrink: 0 },
});

/** In a plain browser: a fake Word document the worker can fill with the sample or pasted text. */
export type DemoControls = { loadSample: () => void; loadText: (text: string) => void };

export type AppProps = {
  host: HostAdapter;
  demo?: DemoControls;
  /** Passed to the engine (Outlook: { kind: "email" }). */
  analyseOptions?: AnalyseOptions;
  /** Host-specific actions shown under the findings (Outlook's redacted copy for filing). */
  /** unplaced: how many people the checker could not place and the worker has not yet placed. */
  extra?: (check: ReturnType<typeof useDocumentCheck>, profile: CaseProfile, unplaced: number) => ReactNode;
  /** Host-specific sentences at the top (what this version of the host cannot do). */
  banner?: ReactNode;
  /** Office's platform ("PC", "Mac", "OfficeOnline"…): on Mac downloads never arrive, so files are shown to copy. */
  platform?: string | null;
  /** Said before any change is made, with Continue (Outlook compose: the whole body is rewritten). */
  applyWarning?: string;
};

/** The task pane. Receives the host (Word, Outlook or a fake) and never calls Office itself. */
export function App({ host, demo, analyseOptions, extra, banner, platform, applyWarning }: AppProps) {
  const styles = useStyles();
  const caseProfile = useCaseProfile();
  /** The kind of record the worker chose for this session (null: the checker or the host decides). Never stored. */
  const [kindChosen, setKindChosen] = useState<DocumentKind | null>(null);
  const options = useMemo(() => (kindChosen ? { ...analyseOptions, kind: kindChosen } : analyseOptions), [analyseOptions, kindChosen]);
  const doc = useDocumentCheck(host, caseProfile.profile, options);
  const [choices, setChoices] = useState<RedactChoices>(DEFAULT_CHOICES);
  const [pasted, setPasted] = useState("");
  /** Practice page: the sample court report is the practice document (until text is pasted and checked). */
  const [sampleLoaded, setSampleLoaded] = useState(true);
  /** Practice page: the pasted text last made the practice document (checking it again keeps changes made since). */
  const loadedPaste = useRef("");
  const [filter, setFilter] = useState<Category | "all">("all");
  const summaryRef = useRef<HTMLElement>(null);
  /** Set by the worker's own Check: the summary then takes focus (not after a re-check while typing). */
  const focusSummary = useRef(false);
  const busy = doc.status.kind === "busy";
  const { checked, firstLook } = doc;
  const isOutlook = host.capabilities.name.startsWith("Outlook");
  /** A change waiting for Continue after applyWarning (asked before every change). */
  const [warnBefore, setWarnBefore] = useState<(() => void) | null>(null);
  const guarded = (action: () => void) => (applyWarning ? setWarnBefore(() => action) : action());
  const consentRef = useRef<HTMLButtonElement>(null);
  const consent = doc.consent;
  const consentText = consent ? consentWording(consent) : null;
  // The question about tracked changes takes focus when it appears (the preview dialog has just closed).
  useEffect(() => {
    if (consent) consentRef.current?.focus();
  }, [consent]);
  // A failure is shown by the Check button, far above an Apply or a People choice in a narrow pane: brought into view.
  const errorRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const errorMessage = doc.status.kind === "error" ? doc.status.message : null;
  useEffect(() => {
    if (!errorMessage) return;
    // After the layout settles, so the whole sentence is brought into view.
    const frame = requestAnimationFrame(() => errorRef.current?.scrollIntoView?.({ block: "nearest" }));
    return () => cancelAnimationFrame(frame);
  }, [errorMessage]);
  // After Apply the worker is down at the finding, far below the Check button in a narrow pane: what the change
  // did and its Undo are said there (and scrolled to), not at the top out of view.
  const [noticeAtFindings, setNoticeAtFindings] = useState(false);
  /** The change said there can still be undone from there (false once it was undone). */
  const [undoAtFindings, setUndoAtFindings] = useState(false);
  /** Set by Apply: the re-check that follows keeps the worker at the finding instead of scrolling up to the summary. */
  const stayAtFindings = useRef(false);
  const noticeAtTop = () => {
    stayAtFindings.current = false;
    setNoticeAtFindings(false);
    setUndoAtFindings(false);
  };
  const findingsNoticeRef = useRef<HTMLDivElement>(null);
  const noticeHere = () => {
    stayAtFindings.current = true;
    setNoticeAtFindings(true);
    setUndoAtFindings(true);
  };
  useEffect(() => {
    if (noticeAtFindings && doc.notice) findingsNoticeRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [noticeAtFindings, doc.notice]);
  const target = !isOutlook ? "document" : host.capabilities.canEdit ? "draft" : "email";
  const checkLabel = !isOutlook ? "Check document" : host.capabilities.canEdit ? "Check this draft" : "Check this email";

  // The subject's details kept with the document (never anyone else's).
  useEffect(() => {
    let live = true;
    host
      .readSubject()
      .then((s) => {
        if (!live || !s) return;
        caseProfile.setField("subjectName", s.name);
        if (s.aliases) caseProfile.setField("aliases", s.aliases.join(", "));
        if (s.pronouns) caseProfile.setField("pronouns", s.pronouns);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);

  const suggested = useMemo(
    () => (checked && !caseProfile.profile.subject.name.trim() ? suggestSubject(checked.snapshot.text) : null),
    [checked, caseProfile.profile.subject.name],
  );

  // After every check: the summary is scrolled to (and, after the worker's own Check, focused).
  useEffect(() => {
    if (!checked) return;
    if (stayAtFindings.current) {
      stayAtFindings.current = false;
      findingsNoticeRef.current?.scrollIntoView?.({ block: "nearest" });
      return;
    }
    const el = summaryRef.current;
    if (!el) return;
    el.scrollIntoView?.({ block: "start" });
    if (focusSummary.current) {
      focusSummary.current = false;
      el.focus({ preventScroll: true });
    }
  }, [checked]);

  const runCheck = () => {
    // The practice page has one Check button: what is pasted is the practice document it checks.
    if (demo && pasted.trim() && pasted !== loadedPaste.current) {
      demo.loadText(pasted);
      loadedPaste.current = pasted;
      setSampleLoaded(false);
    }
    focusSummary.current = true;
    noticeAtTop();
    doc.setNotice(null);
    void doc.check();
  };

  const whereAt = useCallback(
    (offset: number) => {
      const seg = checked ? segmentAt(checked.snapshot.segments, offset) : undefined;
      // "paragraph 2", "section 1": a place's number never wraps onto a line of its own in a narrow pane.
      return seg ? numbersKeptWithWords(describeLocation(seg.location)) : "";
    },
    [checked],
  );
  const whereOf = (f: Finding) => whereAt(f.start);

  /** In an email: where the quoted earlier messages start in the checked text (-1: none, or not an email). */
  const quotedFrom = useMemo(() => (isOutlook && checked ? quotedOffset(checked.snapshot.segments) : -1), [checked, isOutlook]);

  /** Apply changes only the body of a document or of a draft: never headers, subject lines or read-only parts. */
  const cannotApply = useCallback(
    (f: Pick<Finding, "start">): string | null => {
      if (!host.capabilities.canEdit) return "This cannot be changed from the pane here.";
      const seg = checked ? segmentAt(checked.snapshot.segments, f.start) : undefined;
      if (!seg || !seg.editable) return "This part cannot be changed from the pane; change it yourself.";
      if (isOutlook && seg.location.part === "property") return "The subject line is left as it is; change it yourself if you need to.";
      if (quotedFrom >= 0 && f.start >= quotedFrom) return "This is in an earlier message quoted below yours: it stays as it was written.";
      return null;
    },
    [checked, host, isOutlook, quotedFrom],
  );

  const saveSubject = () => {
    const p = caseProfile.profile.subject;
    // Said either way: a button that did nothing visible left the worker unsure whether the details were kept.
    void host.writeSubject({ name: p.name, ...(p.aliases ? { aliases: p.aliases } : {}), ...(p.pronouns ? { pronouns: p.pronouns } : {}) }).then(
      () => {
        noticeAtTop();
        if (doc.status.kind === "error") doc.setStatus({ kind: "idle" });
        doc.setNotice(`${p.name}'s details are kept with this document (never other children's names): the pane fills them in when it is opened here again.`);
        // Said just below the button, at the foot of a narrow pane: brought into view once laid out.
        requestAnimationFrame(() => statusRef.current?.scrollIntoView?.({ block: "nearest" }));
      },
      (e: unknown) => {
        noticeAtTop();
        doc.setNotice(null);
        doc.setStatus({
          kind: "error",
          message: `The child's details were not kept with this document. ${isHostError(e) ? e.message : "Type them again when you next open the pane."}`,
        });
      },
    );
  };

  const people = useMemo(() => (checked ? orderPeople(keepDecided(peopleOf(checked.report), caseProfile.decisions), caseProfile.decisions) : []), [checked, caseProfile.decisions]);
  const unplaced = unplacedPeople(people, caseProfile.decisions).length;
  // Where the host cannot select text (Outlook, an old Word), names and quotes are plain text, not buttons that fail.
  const canSelect = host.capabilities.canSelect;
  const selectAt = canSelect ? (s: number, e: number) => void doc.select(s, e) : undefined;
  const showPerson = (p: Person) => {
    const m = p.mentions[0];
    if (m) void doc.select(m.start, m.end);
  };

  // While a long document is being checked again, its first look (current text) is shown, read-only.
  const shownReport = firstLook?.report ?? checked?.report;
  const live = firstLook ? null : checked;
  const empty = !!live && !live.snapshot.text.trim();

  return (
    <HostContext.Provider value={host}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">Clear Record</Title3>
          <Body1 className={styles.privacy}>
            {!isOutlook ? "Checks this document" : host.capabilities.canEdit ? "Checks this draft" : "Checks this email, and the messages quoted in it,"} for other children,
            personal details, jargon and judgemental wording. Everything stays on this computer.
          </Body1>
        </header>
        {banner}

        {demo ? (
          <section aria-labelledby="demo-title" className={styles.header}>
            <Caption1 id="demo-title">Word is not running here, so the pane works on a practice document.</Caption1>
            <div className={styles.actions}>
              <Button
                onClick={() => {
                  demo.loadSample();
                  setPasted("");
                  loadedPaste.current = "";
                  setSampleLoaded(true);
                }}
                disabled={busy}
              >
                Load the sample court report
              </Button>
            </div>
            <DocumentInput
              text={pasted}
              onTextChange={setPasted}
              onClear={() => {
                setPasted("");
                loadedPaste.current = "";
                setSampleLoaded(false);
                demo.loadText("");
              }}
              checking={busy}
              hint={
                pasted.trim() || !sampleLoaded
                  ? `Paste a case note, visit record, report section or email, then press ${checkLabel}. It stays on this computer.`
                  : `The sample court report is loaded: press ${checkLabel}. To check your own text instead, paste it here.`
              }
            />
          </section>
        ) : null}

        <CasePanel fields={caseProfile.fields} onChange={caseProfile.setField} />
        {suggested ? (
          <MessageBar intent="info">
            <MessageBarBody>This record seems to be about {suggested.name}.</MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                onClick={() => {
                  caseProfile.setField("subjectName", suggested.name);
                  if (suggested.aliases.length && !caseProfile.fields.aliases) caseProfile.setField("aliases", suggested.aliases.join(", "));
                }}
              >
                Use {suggested.name}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        <div className={styles.actions}>
          <Button appearance="primary" onClick={runCheck} disabledFocusable={busy}>
            {checkLabel}
          </Button>
          {doc.lastChange ? (
            <Button
              onClick={() => {
                noticeAtTop();
                void doc.undo();
              }}
              disabledFocusable={busy}
              aria-label={`Undo: ${doc.lastChange.label}`}
            >
              Undo
            </Button>
          ) : null}
          {host.capabilities.settings && !isOutlook ? (
            <Button onClick={saveSubject} disabled={busy || !caseProfile.fields.subjectName.trim()}>
              Keep the child's details with this document
            </Button>
          ) : null}
        </div>

        <div role="status" aria-live="polite" ref={statusRef}>
          {doc.status.kind === "busy" ? (
            <div className={styles.actions}>
              <Spinner size="tiny" label={doc.status.what} />
              {doc.status.cancellable ? (
                <Button size="small" onClick={doc.cancel}>
                  Cancel
                </Button>
              ) : null}
            </div>
          ) : null}
          {doc.notice && !(noticeAtFindings && live) ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{doc.notice}</MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
        {doc.status.kind === "error" && doc.status.stopped ? (
          <MessageBar intent="error" role="alert" ref={errorRef} layout="multiline" data-testid="checker-stopped">
            <MessageBarBody>
              <MessageBarTitle>{doc.status.message}</MessageBarTitle>
              <Text block>
                Nothing in the {target} was changed, and what you typed here is kept.{" "}
                {doc.status.stopped.earlierFindings ? "The findings below are from the check before, so they may be out of date. " : ""}
                Press {checkLabel} to try again. If it stops again, close the pane and open it again.
              </Text>
              {doc.status.stopped.detail ? (
                <Caption1 block className={styles.privacy}>
                  What the checker said: {doc.status.stopped.detail}
                </Caption1>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        ) : doc.status.kind === "error" ? (
          // Multiline from the start: laid out on one line first, the bar grew as it reflowed, after it was scrolled to.
          <MessageBar intent="error" role="alert" ref={errorRef} layout="multiline">
            <MessageBarBody>{doc.status.message}</MessageBarBody>
          </MessageBar>
        ) : null}

        {shownReport ? (
          <SummaryBar
            ref={summaryRef}
            report={shownReport}
            visibleCount={live ? doc.visible.length : shownReport.findings.length}
            counts={countByCategory(live ? doc.visible : shownReport.findings)}
            subject={live ? live.subject : caseProfile.profile.subject.name}
            recheckFor={doc.recheckFor}
            notRead={live?.snapshot.notRead.map((n) => n.message) ?? []}
            partial={!live}
            empty={empty}
            onFilter={setFilter}
            onGoToFindings={live && !empty ? () => document.getElementById("findings-list")?.focus() : undefined}
            target={target}
            unplaced={live && !empty ? unplaced : 0}
            subjectMissing={live && !empty ? subjectNotFound(live.report, live.subject) : null}
          />
        ) : null}

        {live && !empty ? (
          <KindLine
            kind={live.report.kind}
            text={live.snapshot.text}
            chosen={kindChosen}
            {...(analyseOptions?.kind ? { host: { kind: analyseOptions.kind, why: isOutlook ? "Outlook holds it as an email" : "this host sets it" } } : {})}
            onChoose={(k) => {
              noticeAtTop();
              doc.recheckAtOnce();
              setKindChosen(k);
            }}
            disabled={busy}
          />
        ) : null}

        {live && !empty ? (
          <PeopleSection
            people={people}
            decisions={caseProfile.decisions}
            onDecide={(p, role) => {
              noticeAtTop();
              doc.recheckAtOnce();
              caseProfile.decide(p, role);
            }}
            onUndecide={(p) => {
              noticeAtTop();
              doc.recheckAtOnce();
              caseProfile.undecide(p);
            }}
            onShow={canSelect ? showPerson : undefined}
            disabled={busy}
            subject={live.subject}
            source={live.snapshot.text}
            cannotChange={(start) => (doc.caseChanged ? "The case changed: wait for the check to finish." : cannotApply({ start }))}
            onMentionIsSubject={
              !host.capabilities.canEdit
                ? undefined
                : (_p, m, replacement) =>
                    guarded(() => {
                      noticeAtTop();
                      // The label never holds the other child's name (it is shown with Undo).
                      void doc.applyEditsToDocument([{ start: m.start, end: m.end, replacement, category: "other-child" }], `Changed one mention to “${replacement}”`, {
                        tracking: "keep",
                      });
                    })
            }
          />
        ) : null}

        {consent && consentText ? (
          <MessageBar intent="warning" layout="multiline" data-testid="redact-consent">
            <MessageBarBody>
              <MessageBarTitle>{consentText.title}</MessageBarTitle>
              <Text block>{consentText.body}</Text>
            </MessageBarBody>
            <MessageBarActions>
              <Button
                ref={consentRef}
                appearance="primary"
                size="small"
                disabledFocusable={busy}
                onClick={() => void (consent.kind === "pending-changes" ? doc.acceptThenRedact() : doc.confirmTrackingOff())}
              >
                {consentText.confirm}
              </Button>
              <Button size="small" className={styles.nowrap} onClick={doc.dismissConsent}>
                Not now
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}

        {doc.outcome ? (
          <RedactionResult
            outcome={doc.outcome}
            whereOf={whereAt}
            onAcceptTracked={() => void doc.acceptTracked()}
            onSelect={selectAt}
            canDownload={downloadsWork(platform)}
            host={isOutlook ? "outlook" : "word"}
          />
        ) : null}

        {live && !empty ? (
          <>
            <FindingsList
              report={live.report}
              findings={doc.visible}
              ignored={doc.ignoredFindings}
              source={live.snapshot.text}
              whereOf={whereOf}
              cannotApply={cannotApply}
              onSelect={selectAt && ((f) => selectAt(f.start, f.end))}
              onApply={
                !host.capabilities.canEdit
                  ? undefined
                  : (f, replacement) =>
                      guarded(() => {
                        noticeHere();
                        void doc.applyEditsToDocument([{ start: f.start, end: f.end, replacement, category: f.category }], `Changed “${f.text}” to “${replacement}”`, {
                          tracking: "keep",
                        });
                      })
              }
              onApplyAll={
                !host.capabilities.canEdit
                  ? undefined
                  : (list, label) =>
                      guarded(() => {
                        noticeHere();
                        void doc.applyEditsToDocument(
                          list.map(({ finding: f, replacement }) => ({ start: f.start, end: f.end, replacement, category: f.category })),
                          label,
                          { tracking: "keep" },
                        );
                      })
              }
              onIgnore={doc.ignore}
              onRestore={doc.restore}
              filter={filter}
              onFilter={setFilter}
              disabled={busy || doc.caseChanged}
              noticeRef={findingsNoticeRef}
              unplaced={unplaced}
              subject={live.subject}
              notice={
                noticeAtFindings && doc.notice ? (
                  <MessageBar intent="info" layout="multiline">
                    <MessageBarBody>{doc.notice}</MessageBarBody>
                    {undoAtFindings && doc.lastChange ? (
                      <MessageBarActions>
                        <Button
                          size="small"
                          disabledFocusable={busy}
                          aria-label={`Undo: ${doc.lastChange.label}`}
                          onClick={() => {
                            setUndoAtFindings(false);
                            stayAtFindings.current = true;
                            void doc.undo();
                          }}
                        >
                          Undo
                        </Button>
                      </MessageBarActions>
                    ) : null}
                  </MessageBar>
                ) : null
              }
            />
            <Scorecard quality={live.report.quality} readability={live.report.readability} onSelect={selectAt} />
            {extra ? extra(doc, caseProfile.profile, unplaced) : null}
            {host.capabilities.canEdit ? (
              <RedactPanel
                choices={choices}
                onChoices={setChoices}
                plan={doc.planFor}
                source={live.snapshot.text}
                whereOf={whereAt}
                tracking={live.snapshot.tracking.mode}
                pendingTracked={live.snapshot.tracking.pending}
                onRedact={(trackingChoice, leaveOut) =>
                  guarded(() => {
                    noticeAtTop();
                    void doc.redact(choices, trackingChoice ? { tracking: trackingChoice } : undefined, leaveOut);
                  })
                }
                disabled={busy}
                unplaced={unplaced}
                blockedReason={
                  doc.recheckFor === "case"
                    ? "The case changed: checking again before anything can be redacted."
                    : doc.recheckFor === "kind"
                      ? "Checking again as the kind chosen before anything can be redacted."
                      : null
                }
              />
            ) : null}
          </>
        ) : null}
        {applyWarning ? (
          <Dialog open={warnBefore !== null} onOpenChange={(_, d) => (d.open ? undefined : setWarnBefore(null))}>
            <DialogSurface aria-describedby="apply-warning">
              <DialogBody>
                <DialogTitle>Before changing this draft</DialogTitle>
                <DialogContent id="apply-warning">{applyWarning}</DialogContent>
                <DialogActions>
                  <Button
                    appearance="primary"
                    onClick={() => {
                      const action = warnBefore;
                      setWarnBefore(null);
                      action?.();
                    }}
                  >
                    Continue
                  </Button>
                  <Button onClick={() => setWarnBefore(null)}>Cancel</Button>
                </DialogActions>
              </DialogBody>
            </DialogSurface>
          </Dialog>
        ) : null}
        {firstLook ? <FindingsList report={firstLook.report} source={firstLook.text} /> : null}
        {!checked && !firstLook && doc.status.kind !== "busy" ? (
          <Caption1 className={styles.privacy}>Enter who the record is about, then check. Nothing is saved: closing the pane forgets the child.</Caption1>
        ) : null}
      </main>
    </HostContext.Provider>
  );
}
