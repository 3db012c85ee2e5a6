import { useEffect, useRef, useState } from "react";
import {
  Button,
  Field,
  Textarea,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { RedactionOutcome } from "../../state/useDocumentCheck";
import { logToCsv } from "../../state/checking";
import { describeLocation, segmentAt, type DocumentSnapshot } from "../../../hosts/host";
import { nothingFound, partlyReadSentence, remainingLines, scopeSentence } from "../../state/host-results";
import { numbersKeptWithWords, ordinal, quotedOffset, sameWordsOnce, splitAtQuote, placesSaid } from "../../state/session";
import { QuotedWords } from "./QuotedWords";

export type RedactionResultProps = {
  outcome: RedactionOutcome;
  whereOf: (offset: number) => string;
  onAcceptTracked: () => void;
  /** Selects a place in the document; absent where the host cannot select (Outlook), so nothing looks clickable. */
  onSelect?: (start: number, end: number) => void;
  /** False where downloads never reach the worker (Office on Mac): the log is shown to copy instead. */
  canDownload?: boolean;
  /** Outlook: the result speaks of the draft, not of a saved file. */
  host?: "word" | "outlook";
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { tableLayout: "auto", fontSize: tokens.fontSizeBase200 },
  scroll: { overflowX: "auto", maxHeight: "40vh", overflowY: "auto" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  copyBox: { fontFamily: tokens.fontFamilyMonospace, minHeight: "120px" },
  // An e-mail address has no place to break: it may break anywhere rather than run past a 280 px pane.
  notRead: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere", minWidth: 0 },
  // The places of words found more than once, each a button of its own, wrapping below the sentence.
  places: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXXS },
  place: { minWidth: 0 },
  // A finding left after redacting, as a link-like button: read as a sentence, from the left.
  leftItem: {
    display: "inline",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    height: "auto",
    minHeight: "auto",
    minWidth: 0,
    paddingLeft: 0,
    paddingRight: 0,
    verticalAlign: "top",
  },
});

/** Where an offset of the redacted document is, in words. */
function whereIn(snapshot: DocumentSnapshot, offset: number): string {
  const seg = segmentAt(snapshot.segments, offset);
  return seg ? numbersKeptWithWords(describeLocation(seg.location)) : "in the document";
}

/** Skipped changes grouped by why, with up to three places each. */
function groupByReason(skipped: readonly { edit: { start: number }; reason: string }[], snapshot: DocumentSnapshot) {
  const groups = new Map<string, { reason: string; count: number; where: string[] }>();
  for (const s of skipped) {
    const g = groups.get(s.reason) ?? { reason: s.reason, count: 0, where: [] };
    g.count++;
    const where = whereIn(snapshot, s.edit.start);
    if (g.where.length < 3 && !g.where.includes(where)) g.where.push(where);
    groups.set(s.reason, g);
  }
  return [...groups.values()];
}

/** Saves a text file through the browser (no network). */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** After redacting: what the re-read found, and the log (kind, where, why; never the redacted text). */
export function RedactionResult({ outcome, whereOf, onAcceptTracked, onSelect, canDownload = true, host = "word" }: RedactionResultProps) {
  const styles = useStyles();
  const { remaining, trackedLeft, log, verification, hostSkipped, warnings, notes } = outcome;
  const [shown, setShown] = useState<{ name: string; text: string } | null>(null);
  const notRead = outcome.after.snapshot.notRead;
  const clean = nothingFound({ remaining, trackedLeft, skipped: hostSkipped, notRead, ...(verification ? { verification } : {}) });
  // Everything read came back clean, but some parts were never read: say so, never "Nothing found".
  const partly = !clean && notRead.length > 0 && nothingFound({ remaining, trackedLeft, skipped: hostSkipped, ...(verification ? { verification } : {}) });
  const left = remainingLines(verification, outcome.before);
  // Changes refused in quoted earlier messages are said once, in the host's sentence (warnings); the rest by reason.
  const notMade = groupByReason(
    hostSkipped.filter((x) => !/quoted/i.test(x.reason)),
    outcome.before,
  );
  // In an email, what is left in the earlier messages quoted below the reply (never changed by the pane) is
  // listed once, under the sentence that says why it was left; the rest is what the worker still has to check.
  const { own, quoted } = splitAtQuote(remaining, host === "outlook" ? quotedOffset(outcome.after.snapshot.segments) : -1);
  const quotedWarning = quoted.length ? warnings.find((w) => /quoted/i.test(w)) : undefined;
  // The same words at two places ("From: a@b.org [mailto:a@b.org]") are said once, with how often they occur.
  const quotedOnce = sameWordsOnce(quoted);
  const quotedList = (
    <ul className={styles.notRead} aria-label="Still in the quoted messages">
      {quotedOnce.slice(0, 20).map(({ first: f, places }) => (
        <li key={`${f.start}:${f.end}`}>
          <QuotedWords text={f.text} after={`${placesSaid(places.length)}: ${f.message}`} />
        </li>
      ))}
      {quotedOnce.length > 20 ? <li>and {quotedOnce.length - 20} more</li> : null}
    </ul>
  );
  const ownOnce = sameWordsOnce(own);
  const exportLog = (name: string, type: string, text: string) => (canDownload ? download(name, type, text) : setShown({ name, text }));
  // Each new result takes focus and is scrolled to: the preview dialog that had focus has closed, and
  // the re-check after redacting scrolls to the summary; without this, focus fell to the page itself.
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "start" });
    ref.current?.focus({ preventScroll: true });
  }, [outcome]);
  return (
    <section ref={ref} tabIndex={-1} className={styles.root} aria-labelledby="result-title">
      <Subtitle2 as="h2" id="result-title">
        Redaction result
      </Subtitle2>
      {clean ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>Nothing found: the whole document was read again and no other children or personal details remain.</MessageBarBody>
        </MessageBar>
      ) : null}
      {partly ? (
        <MessageBar intent="warning" role="status" layout="multiline" data-testid="partly-verified">
          <MessageBarBody>
            {partlyReadSentence(notRead)}
            <ul className={styles.notRead}>
              {notRead.map((n) => (
                <li key={n.part + n.message}>{n.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Text data-testid="verification-scope">{scopeSentence(verification, host)}</Text>
      {left.length ? (
        <MessageBar intent="error" role="status" layout="multiline" data-testid="verification-remaining">
          <MessageBarBody>
            {left.length} redacted {left.length === 1 ? "item is" : "items are"} still in the saved file:
            <ul>
              {left.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {notMade.length ? (
        <MessageBar intent="warning" role="status" layout="multiline">
          <MessageBarBody>
            Not made:
            <ul>
              {notMade.map((g) => (
                <li key={g.reason}>
                  {g.count} {g.count === 1 ? "change" : "changes"} ({g.where.join(", ")}): {g.reason}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {notes.map((n) => (
        <MessageBar key={n} intent="info" role="status">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      {warnings.map((w) =>
        w === quotedWarning ? (
          <MessageBar key={w} intent="warning" role="status" layout="multiline" data-testid="remaining-quoted">
            <MessageBarBody>
              {w} Still there:
              {quotedList}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar key={w} intent="warning" role="status">
            <MessageBarBody>{w}</MessageBarBody>
          </MessageBar>
        ),
      )}
      {quoted.length && !quotedWarning ? (
        <MessageBar intent="warning" role="status" layout="multiline" data-testid="remaining-quoted">
          <MessageBarBody>
            {quoted.length} still found in the earlier messages quoted below your reply, which the pane never changes. Delete the quoted messages from the draft if they should not
            go out:
            {quotedList}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {own.length ? (
        <MessageBar intent="warning" role="status" layout="multiline" data-testid="remaining">
          <MessageBarBody>
            {own.length} still found after redacting; check each one:
            <ul className={styles.notRead}>
              {ownOnce.slice(0, 20).map(({ first: f, places }) => {
                // The words themselves first: "This is an email address" five times said not which five.
                if (places.length === 1) {
                  const said = <QuotedWords text={f.text} after={`: ${f.message} (${whereOf(f.start)})`} />;
                  return (
                    <li key={`${f.start}:${f.end}`}>
                      {onSelect ? (
                        <Button appearance="transparent" size="small" className={styles.leftItem} onClick={() => onSelect(f.start, f.end)}>
                          {said}
                        </Button>
                      ) : (
                        said
                      )}
                    </li>
                  );
                }
                // The same words at several places: said once, and each place can still be gone to.
                const wheres = places.map((p) => whereOf(p.start));
                const label = (i: number) =>
                  wheres.filter((w) => w === wheres[i]).length > 1 ? `${wheres[i]}, ${ordinal(wheres.slice(0, i + 1).filter((w) => w === wheres[i]).length)}` : wheres[i];
                return (
                  <li key={`${f.start}:${f.end}`}>
                    <QuotedWords text={f.text} after={`${placesSaid(places.length, onSelect ? undefined : [...new Set(wheres)].join(", "))}: ${f.message}`} />
                    {onSelect ? (
                      <span className={styles.places}>
                        {places.map((p, i) => (
                          <Button key={p.start} size="small" className={styles.place} onClick={() => onSelect(p.start, p.end)}>
                            {label(i)}
                          </Button>
                        ))}
                      </span>
                    ) : null}
                  </li>
                );
              })}
              {ownOnce.length > 20 ? <li>and {ownOnce.length - 20} more</li> : null}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {trackedLeft ? (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>
            {trackedLeft} tracked deletions still hold the original text.{" "}
            <Button size="small" onClick={onAcceptTracked}>
              Accept all tracked changes
            </Button>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Text>
        {outcome.applied} {outcome.applied === 1 ? "change" : "changes"} made. The log says what kind of thing was redacted, where and why; it never contains the redacted text.
      </Text>
      <div className={styles.actions}>
        <Button onClick={() => exportLog("redaction-log.csv", "text/csv", logToCsv(log))}>{canDownload ? "Export log (CSV)" : "Show log as CSV to copy"}</Button>
        <Button onClick={() => exportLog("redaction-log.json", "application/json", JSON.stringify(log, null, 2) + "\n")}>
          {canDownload ? "Export log (JSON)" : "Show log as JSON to copy"}
        </Button>
      </div>
      {shown ? (
        <Field label={`${shown.name}: this version of Office cannot save files from the pane. Select all the text below and copy it.`}>
          <Textarea readOnly value={shown.text} resize="vertical" textarea={{ className: styles.copyBox, onFocus: (e) => e.currentTarget.select() }} data-testid="log-copy-box" />
        </Field>
      ) : null}
      <div className={styles.scroll} tabIndex={0} role="region" aria-label="Redaction log, scrollable">
        <Table size="extra-small" className={styles.table} aria-label="Redaction log">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>What</TableHeaderCell>
              <TableHeaderCell>Where</TableHeaderCell>
              <TableHeaderCell>Why</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {log.map((e, i) => (
              <TableRow key={i}>
                <TableCell>
                  {e.kind}
                  {e.pseudonym ? ` → ${e.pseudonym}` : ""}
                </TableCell>
                <TableCell>{numbersKeptWithWords(e.where)}</TableCell>
                <TableCell>
                  {e.why}
                  {e.skipped ? ` (not applied: ${e.skipped})` : ""}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
