// What only Outlook adds to the one pane (App): the features this version of Outlook lacks, said at the
// top; in compose mode, the subject child handed to the check on Send; in read mode, a redacted copy
// for filing (the email itself is never changed), to the clipboard or as an .eml file.
import { useEffect, useState } from "react";
import { Button, Caption1, Field, MessageBar, MessageBarBody, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { CaseProfile } from "../../engine";
import { PSEUDONYM_POLICY } from "../../redact";
import type { RedactedCopy } from "../../hosts/outlook/adapter";
import type { OutlookHostAdapter } from "../../hosts/outlook/host-adapter";
import type { DocumentCheck } from "../state/useDocumentCheck";
import { copyRedactedText, downloadsWork, type ClipboardEnv } from "../../hosts/outlook/filing";
import { downloadFile, pageClipboard } from "./filing";
import { unplacedMessage } from "../components/RedactPanel/RedactPanel";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, flexWrap: "wrap" },
  quiet: { color: tokens.colorNeutralForeground3 },
  preview: { minHeight: "160px", fontFamily: tokens.fontFamilyMonospace },
});

/** Sentences for the top of the pane: what this version of Outlook cannot do. */
export function OutlookBanner({ host }: { host: OutlookHostAdapter }) {
  const caps = host.outlook.capabilities();
  return (
    <>
      {caps.unavailable.map((sentence) => (
        <MessageBar key={sentence} intent="warning" data-testid="unavailable">
          <MessageBarBody>{sentence}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

export type OutlookExtrasProps = {
  host: OutlookHostAdapter;
  doc: DocumentCheck;
  profile: CaseProfile;
  /** The page's clipboard (tests pass the fake clipboards of each client). */
  clipboard?: ClipboardEnv;
  /**
   * People the checker could not place (and the worker has not): as in Word's Redact panel, they keep
   * their names in the copy, so the pane says so before it is made.
   */
  unplaced?: number;
};

export function OutlookExtras({ host, doc, profile, clipboard, unplaced = 0 }: OutlookExtrasProps) {
  const styles = useStyles();
  const caps = host.outlook.capabilities();
  const [copy, setCopy] = useState<RedactedCopy | null>(null);
  const [said, setSaid] = useState<{ intent: "success" | "warning" | "error"; text: string } | null>(null);
  /** The redacted text shown to copy by hand (no clipboard route worked, or no downloads here). */
  const [byHand, setByHand] = useState(false);
  const canDownload = downloadsWork(host.outlook.office?.context?.platform);
  const { checked } = doc;

  // The check on Send needs to know who the draft is about: the subject child's details only.
  useEffect(() => {
    if (!checked || caps.mode !== "compose" || !caps.canShareCase || !checked.subject.trim()) return;
    void host
      .writeSubject({
        name: checked.subject,
        ...(profile.subject.aliases ? { aliases: profile.subject.aliases } : {}),
        ...(profile.subject.pronouns ? { pronouns: profile.subject.pronouns } : {}),
      })
      .catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checked]);

  useEffect(() => {
    setCopy(null);
    setByHand(false);
  }, [checked]);

  if (caps.mode === "compose") {
    return caps.canCheckOnSend ? <Caption1 className={styles.quiet}>When you press Send, Clear Record checks again for other children and personal details.</Caption1> : null;
  }
  if (!checked) return null;
  const mail = host.mailFor(checked.snapshot);
  const makeCopy = async () => {
    if (!mail || doc.caseChanged) return;
    // The engine is loaded when first needed: the pane's own script stays small (the checks run in its worker).
    const { analyse } = await import("../../engine");
    // Read as the check was (an email, or the kind the worker chose for this session), so the copy matches the findings.
    const kind = checked.report.kind;
    const result = host.outlook.redactedCopy(mail, (text) => analyse(text, profile, { kind }), PSEUDONYM_POLICY);
    setCopy(result);
    setByHand(false);
    setSaid({ intent: "success", text: `Redacted copy ready: ${result.applied.length} change${result.applied.length === 1 ? "" : "s"}. The email itself has not been changed.` });
  };
  const copyNow = async (c: RedactedCopy) => {
    const how = await copyRedactedText(clipboard ?? pageClipboard(), c.html, c.text);
    if (how === "none") {
      setByHand(true);
      setSaid({ intent: "warning", text: "Outlook would not let the pane copy. The redacted text is in the box below: select it all (Ctrl+A, or Cmd+A on a Mac) and copy it." });
    } else setSaid({ intent: "success", text: how === "html" ? "Copied with formatting (and as plain text)." : "Copied as plain text." });
  };
  const openDraft = (c: RedactedCopy) => {
    try {
      host.outlook.openAsNewDraft(c);
      setSaid({ intent: "success", text: "The redacted copy is open as a new email: choose who it goes to, or save it to the case file." });
    } catch (e) {
      setByHand(true);
      setSaid({ intent: "warning", text: e instanceof Error ? e.message : "Outlook could not open a new email: copy the redacted text instead." });
    }
  };
  return (
    <section className={styles.section} aria-labelledby="file-copy-title">
      <Subtitle2 as="h2" id="file-copy-title">
        File a redacted copy
      </Subtitle2>
      {unplaced ? (
        <MessageBar intent="warning" data-testid="unplaced-people">
          <MessageBarBody>{unplacedMessage(unplaced)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button onClick={() => void makeCopy()} disabled={!mail || doc.caseChanged || doc.status.kind === "busy"}>
          Make a redacted copy
        </Button>
        {copy ? (
          <>
            <Button onClick={() => void copyNow(copy)}>Copy to clipboard</Button>
            {canDownload ? (
              <Button onClick={() => downloadFile(copy.eml, copy.fileName)}>Save as .eml</Button>
            ) : (
              <>
                <Button onClick={() => openDraft(copy)}>Open as a new draft</Button>
                <Button onClick={() => setByHand(true)}>Show the text to copy</Button>
              </>
            )}
          </>
        ) : null}
      </div>
      {copy && !canDownload ? <Caption1 className={styles.quiet}>Outlook on Mac cannot save files from the pane: open the copy as a new draft, or copy its text.</Caption1> : null}
      {said ? (
        <MessageBar intent={said.intent} data-testid="notice">
          <MessageBarBody>{said.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {copy && byHand ? (
        <Field label="Redacted copy to copy by hand: select all of it, then copy">
          <Textarea readOnly value={copy.text} textarea={{ className: styles.preview, onFocus: (e) => e.currentTarget.select() }} resize="vertical" data-testid="copy-by-hand" />
        </Field>
      ) : copy ? (
        <Textarea aria-label="Redacted copy" readOnly value={copy.text} textarea={{ className: styles.preview }} resize="vertical" data-testid="redacted-preview" />
      ) : null}
    </section>
  );
}
