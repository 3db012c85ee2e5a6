// The Outlook task pane: who the email is about, the findings on the open email (subject, body and
// quoted thread), then either a redacted copy for filing (read mode) or fixes applied into the draft
// keeping its formatting (compose mode). Shares the case panel and findings list with Word.
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Textarea,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { analyse, type Report } from "../../engine";
import { applyEdits, planRedactions, PSEUDONYM_POLICY, withFixes, type RedactionPolicy } from "../../redact";
import { OutlookAdapter, type MailSnapshot, type RedactedCopy } from "../../hosts/outlook/adapter";
import { CasePanel } from "../components/CasePanel/CasePanel";
import { FindingsList } from "../components/FindingsList/FindingsList";
import { useCaseProfile, type CaseFields } from "../state/useCaseProfile";
import { copyRedacted, downloadEml } from "./filing";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL, maxWidth: "720px", marginLeft: "auto", marginRight: "auto" },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  quiet: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, flexWrap: "wrap" },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  preview: { minHeight: "160px", fontFamily: tokens.fontFamilyMonospace },
});

type Checked = { snapshot: MailSnapshot; report: Report };
type Notice = { intent: "success" | "warning" | "error" | "info"; text: string } | null;

/** Fixes for jargon and judgemental wording (first suggestion) with no redaction. */
const WORDING_FIXES: RedactionPolicy = withFixes({ name: "wording", actions: {} }, ["jargon", "judgemental"]);

export type OutlookPaneProps = {
  adapter: OutlookAdapter;
  initialCase?: Partial<CaseFields>;
};

export function OutlookPane({ adapter, initialCase }: OutlookPaneProps) {
  const styles = useStyles();
  const caseProfile = useCaseProfile({ subjectName: "", aliases: "", pronouns: "", otherChildren: "", adults: "", ...initialCase });
  const caps = useMemo(() => adapter.capabilities(), [adapter]);
  const [busy, setBusy] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [copy, setCopy] = useState<RedactedCopy | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const hasCase = caseProfile.fields.subjectName.trim().length > 0;

  const run = useCallback(async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setNotice(null);
    try {
      await work();
    } catch (error) {
      setNotice({ intent: "error", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  }, []);

  const check = useCallback(
    () =>
      run("Checking…", async () => {
        const snapshot = await adapter.read();
        const report = analyse(snapshot.doc.text, caseProfile.profile, { kind: "email" });
        setChecked({ snapshot, report });
        setCopy(null);
        if (caps.canShareCase) await adapter.shareCase(caseProfile.profile).catch(() => false);
      }),
    [adapter, caps.canShareCase, caseProfile.profile, run],
  );

  // A new case invalidates the last check (the subject child decides what counts as another child).
  useEffect(() => {
    setChecked(null);
    setCopy(null);
  }, [caseProfile.profile]);

  const analyser = useCallback((text: string) => analyse(text, caseProfile.profile, { kind: "email" }), [caseProfile.profile]);

  const makeCopy = () =>
    run("Making a redacted copy…", async () => {
      if (!checked) return;
      const result = adapter.redactedCopy(checked.snapshot, analyser, PSEUDONYM_POLICY);
      setCopy(result);
      setNotice({ intent: "success", text: `Redacted copy ready: ${result.applied.length} change${result.applied.length === 1 ? "" : "s"}. The email itself has not been changed.` });
    });

  const applyToDraft = (policy: RedactionPolicy, what: string) =>
    run(`Applying ${what}…`, async () => {
      if (!checked) return;
      const { snapshot } = checked;
      const edits = applyEdits(snapshot.doc.text, planRedactions(snapshot.doc.text, checked.report, policy)).applied;
      if (edits.length === 0) {
        setNotice({ intent: "info", text: `Nothing to change: no ${what} to apply.` });
        return;
      }
      await adapter.applyEdits(snapshot, edits);
      const again = await adapter.read();
      setChecked({ snapshot: again, report: analyse(again.doc.text, caseProfile.profile, { kind: "email" }) });
      setNotice({ intent: "success", text: `${edits.length} change${edits.length === 1 ? "" : "s"} made in the draft; its formatting is kept.` });
    });

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">Clear Record</Title3>
        <Body1 className={styles.quiet}>
          {caps.mode === "compose"
            ? "Checks this draft for other children, personal details, jargon and judgemental wording before you send it."
            : "Checks this email, and the messages quoted in it, before it goes on a child's file."}{" "}
          Everything stays on this computer.
        </Body1>
      </header>

      {caps.unavailable.map((sentence) => (
        <MessageBar key={sentence} intent="warning" data-testid="unavailable">
          <MessageBarBody>{sentence}</MessageBarBody>
        </MessageBar>
      ))}

      <CasePanel fields={caseProfile.fields} onChange={caseProfile.setField} />

      <div className={styles.actions}>
        <Button appearance="primary" onClick={check} disabled={!hasCase || busy !== null || caps.mode === "none"}>
          {caps.mode === "compose" ? "Check this draft" : "Check this email"}
        </Button>
        {!hasCase ? <Caption1 className={styles.quiet}>Enter the child's name first, so the checker can tell them apart from other children.</Caption1> : null}
      </div>

      {busy ? <Spinner size="small" label={busy} /> : null}
      {notice ? (
        <MessageBar intent={notice.intent} data-testid="notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}

      {checked ? (
        <>
          {caps.mode === "compose" ? (
            <section className={styles.section} aria-label="Change the draft">
              <Subtitle2 as="h2">Change the draft</Subtitle2>
              <div className={styles.actions}>
                <Button onClick={() => applyToDraft(PSEUDONYM_POLICY, "redactions")} disabled={!caps.canEdit || busy !== null}>
                  Redact other children and personal details
                </Button>
                <Button onClick={() => applyToDraft(WORDING_FIXES, "suggested wording")} disabled={!caps.canEdit || busy !== null}>
                  Use suggested wording
                </Button>
              </div>
              {caps.canCheckOnSend ? (
                <Caption1 className={styles.quiet}>When you press Send, Clear Record checks again for other children and personal details.</Caption1>
              ) : null}
            </section>
          ) : (
            <section className={styles.section} aria-label="File a redacted copy">
              <Subtitle2 as="h2">File a redacted copy</Subtitle2>
              <div className={styles.actions}>
                <Button onClick={makeCopy} disabled={busy !== null}>
                  Make a redacted copy
                </Button>
                {copy ? (
                  <>
                    <Button
                      onClick={() =>
                        run("Copying…", async () => {
                          const how = await copyRedacted(copy.html, copy.text);
                          setNotice({ intent: "success", text: how === "html" ? "Copied with formatting (and as plain text)." : "Copied as plain text." });
                        })
                      }
                    >
                      Copy to clipboard
                    </Button>
                    <Button onClick={() => downloadEml(copy.eml, copy.fileName)}>Save as .eml</Button>
                  </>
                ) : null}
              </div>
              {copy ? (
                <Textarea aria-label="Redacted copy" readOnly value={copy.text} textarea={{ className: styles.preview }} resize="vertical" data-testid="redacted-preview" />
              ) : null}
            </section>
          )}
          <FindingsList report={checked.report} source={checked.snapshot.doc.text} />
        </>
      ) : null}
    </main>
  );
}
