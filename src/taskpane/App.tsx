import { useCallback, useEffect, useState } from "react";
import { Body1, Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Spinner, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../engine";
import { describeLocation, segmentAt, type HostAdapter } from "../hosts/host";
import { CasePanel } from "./components/CasePanel/CasePanel";
import { DocumentInput } from "./components/DocumentInput/DocumentInput";
import { FindingsList } from "./components/FindingsList/FindingsList";
import { Scorecard } from "./components/Scorecard/Scorecard";
import { RedactPanel } from "./components/RedactPanel/RedactPanel";
import { RedactionResult } from "./components/RedactionResult/RedactionResult";
import { useCaseProfile } from "./state/useCaseProfile";
import { HostContext, useDocumentCheck } from "./state/useDocumentCheck";
import { DEFAULT_CHOICES, suggestSubject, type RedactChoices } from "./state/checking";

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
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  privacy: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** In a plain browser: a fake Word document the worker can fill with the sample or pasted text. */
export type DemoControls = { loadSample: () => void; loadText: (text: string) => void };

export type AppProps = { host: HostAdapter; demo?: DemoControls };

/** The task pane. Receives the host (Word or the fake) and never calls Office itself. */
export function App({ host, demo }: AppProps) {
  const styles = useStyles();
  const caseProfile = useCaseProfile();
  const doc = useDocumentCheck(host, caseProfile.profile);
  const [choices, setChoices] = useState<RedactChoices>(DEFAULT_CHOICES);
  const [pasted, setPasted] = useState("");
  const [suggested, setSuggested] = useState<{ name: string; aliases: string[] } | null>(null);
  const busy = doc.status.kind === "busy";
  const { checked } = doc;

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

  useEffect(() => {
    if (checked && !caseProfile.fields.subjectName.trim()) setSuggested(suggestSubject(checked.snapshot.text));
    else setSuggested(null);
  }, [checked, caseProfile.fields.subjectName]);

  const whereAt = useCallback(
    (offset: number) => {
      const seg = checked ? segmentAt(checked.snapshot.segments, offset) : undefined;
      return seg ? describeLocation(seg.location) : "";
    },
    [checked],
  );
  const whereOf = (f: Finding) => whereAt(f.start);

  const saveSubject = () => {
    const p = caseProfile.profile.subject;
    void host.writeSubject({ name: p.name, ...(p.aliases ? { aliases: p.aliases } : {}), ...(p.pronouns ? { pronouns: p.pronouns } : {}) }).catch(() => undefined);
  };

  return (
    <HostContext.Provider value={host}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">Clear Record</Title3>
          <Body1 className={styles.privacy}>Checks this document for other children, personal details, jargon and judgemental wording. Everything stays on this computer.</Body1>
        </header>

        {demo ? (
          <section aria-labelledby="demo-title" className={styles.header}>
            <Caption1 id="demo-title">Word is not running here, so the pane works on a practice document.</Caption1>
            <div className={styles.actions}>
              <Button onClick={demo.loadSample} disabled={busy}>
                Load the sample court report
              </Button>
            </div>
            <DocumentInput
              text={pasted}
              onTextChange={setPasted}
              onCheck={() => {
                demo.loadText(pasted);
                void doc.check();
              }}
              onClear={() => setPasted("")}
              onExample={demo.loadSample}
              checking={busy}
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
          <Button appearance="primary" onClick={() => void doc.check()} disabled={busy}>
            Check document
          </Button>
          {host.capabilities.settings ? (
            <Button onClick={saveSubject} disabled={busy || !caseProfile.fields.subjectName.trim()}>
              Keep the child's details with this document
            </Button>
          ) : null}
        </div>

        {doc.status.kind === "busy" ? <Spinner size="small" label={doc.status.what} /> : null}
        {doc.status.kind === "error" ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{doc.status.message}</MessageBarBody>
          </MessageBar>
        ) : null}
        {checked?.snapshot.notRead.map((n) => (
          <MessageBar key={n.part} intent="warning">
            <MessageBarBody>{n.message}</MessageBarBody>
          </MessageBar>
        ))}

        {doc.outcome ? (
          <RedactionResult outcome={doc.outcome} whereOf={whereAt} onAcceptTracked={() => void doc.acceptTracked()} onSelect={(s, e) => void doc.select(s, e)} />
        ) : null}

        {checked ? (
          <>
            <Scorecard quality={checked.report.quality} readability={checked.report.readability} onSelect={(s, e) => void doc.select(s, e)} />
            <FindingsList
              report={checked.report}
              findings={doc.visible}
              source={checked.snapshot.text}
              ignoredCount={doc.ignoredCount}
              whereOf={whereOf}
              onSelect={(f) => void doc.select(f.start, f.end)}
              onApply={(f, s) => void doc.applyEditsToDocument([{ start: f.start, end: f.end, replacement: s }], { tracking: "keep" })}
              onApplyAll={(_, list) => void doc.applyEditsToDocument(list.map((f) => ({ start: f.start, end: f.end, replacement: f.suggestions![0] })), { tracking: "keep" })}
              onIgnore={doc.ignore}
              disabled={busy}
            />
            <RedactPanel
              choices={choices}
              onChoices={setChoices}
              plan={doc.planFor}
              source={checked.snapshot.text}
              whereOf={whereAt}
              tracking={checked.snapshot.tracking.mode}
              pendingTracked={checked.snapshot.tracking.pending}
              onRedact={(tracking) => void doc.redact(choices, tracking ? { tracking } : undefined)}
              disabled={busy}
            />
          </>
        ) : null}
      </main>
    </HostContext.Provider>
  );
}
