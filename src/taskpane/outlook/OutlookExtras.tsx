// What only Outlook adds to the one pane (App): the features this version of Outlook lacks, said at the
// top; in compose mode, the subject child handed to the check on Send; in read mode, a redacted copy
// for filing (the email itself is never changed), to the clipboard or as an .eml file.
import { useEffect, useState } from "react";
import { Button, Caption1, MessageBar, MessageBarBody, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { analyse, type CaseProfile } from "../../engine";
import { PSEUDONYM_POLICY } from "../../redact";
import type { RedactedCopy } from "../../hosts/outlook/adapter";
import type { OutlookHostAdapter } from "../../hosts/outlook/host-adapter";
import type { DocumentCheck } from "../state/useDocumentCheck";
import { copyRedacted, downloadEml } from "./filing";

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

export function OutlookExtras({ host, doc, profile }: { host: OutlookHostAdapter; doc: DocumentCheck; profile: CaseProfile }) {
  const styles = useStyles();
  const caps = host.outlook.capabilities();
  const [copy, setCopy] = useState<RedactedCopy | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const { checked } = doc;

  // The check on Send needs to know who the draft is about: the subject child's details only.
  useEffect(() => {
    if (!checked || caps.mode !== "compose" || !caps.canShareCase || !checked.subject.trim()) return;
    void host.writeSubject({ name: checked.subject, ...(profile.subject.aliases ? { aliases: profile.subject.aliases } : {}), ...(profile.subject.pronouns ? { pronouns: profile.subject.pronouns } : {}) }).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checked]);

  useEffect(() => setCopy(null), [checked]);

  if (caps.mode === "compose") {
    return caps.canCheckOnSend ? <Caption1 className={styles.quiet}>When you press Send, Clear Record checks again for other children and personal details.</Caption1> : null;
  }
  if (!checked) return null;
  const mail = host.mailFor(checked.snapshot);
  const makeCopy = () => {
    if (!mail || doc.caseChanged) return;
    const result = host.outlook.redactedCopy(mail, (text) => analyse(text, profile, { kind: "email" }), PSEUDONYM_POLICY);
    setCopy(result);
    setSaid(`Redacted copy ready: ${result.applied.length} change${result.applied.length === 1 ? "" : "s"}. The email itself has not been changed.`);
  };
  return (
    <section className={styles.section} aria-labelledby="file-copy-title">
      <Subtitle2 as="h2" id="file-copy-title">
        File a redacted copy
      </Subtitle2>
      <div className={styles.actions}>
        <Button onClick={makeCopy} disabled={!mail || doc.caseChanged || doc.status.kind === "busy"}>
          Make a redacted copy
        </Button>
        {copy ? (
          <>
            <Button
              onClick={() =>
                void copyRedacted(copy.html, copy.text)
                  .then((how) => setSaid(how === "html" ? "Copied with formatting (and as plain text)." : "Copied as plain text."))
                  .catch((e: unknown) => setSaid(e instanceof Error ? e.message : "Could not copy."))
              }
            >
              Copy to clipboard
            </Button>
            <Button onClick={() => downloadEml(copy.eml, copy.fileName)}>Save as .eml</Button>
          </>
        ) : null}
      </div>
      {said ? (
        <MessageBar intent="success" data-testid="notice">
          <MessageBarBody>{said}</MessageBarBody>
        </MessageBar>
      ) : null}
      {copy ? <Textarea aria-label="Redacted copy" readOnly value={copy.text} textarea={{ className: styles.preview }} resize="vertical" data-testid="redacted-preview" /> : null}
    </section>
  );
}
