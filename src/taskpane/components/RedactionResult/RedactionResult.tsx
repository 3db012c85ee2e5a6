import { Button, MessageBar, MessageBarBody, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RedactionOutcome } from "../../state/useDocumentCheck";
import { logToCsv } from "../../state/checking";

export type RedactionResultProps = {
  outcome: RedactionOutcome;
  whereOf: (offset: number) => string;
  onAcceptTracked: () => void;
  onSelect: (start: number, end: number) => void;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  table: { tableLayout: "auto", fontSize: tokens.fontSizeBase200 },
  scroll: { overflowX: "auto", maxHeight: "40vh", overflowY: "auto" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

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
export function RedactionResult({ outcome, whereOf, onAcceptTracked, onSelect }: RedactionResultProps) {
  const styles = useStyles();
  const { remaining, trackedLeft, log } = outcome;
  return (
    <section className={styles.root} aria-labelledby="result-title">
      <Subtitle2 as="h2" id="result-title">
        Redaction result
      </Subtitle2>
      {remaining.length === 0 && trackedLeft === 0 ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>Nothing found: the whole document was read again and no other children or personal details remain.</MessageBarBody>
        </MessageBar>
      ) : null}
      {remaining.length ? (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>
            {remaining.length} still found after redacting; check each one:
            <ul>
              {remaining.slice(0, 20).map((f) => (
                <li key={`${f.start}:${f.end}`}>
                  <Button appearance="transparent" size="small" onClick={() => onSelect(f.start, f.end)}>
                    {f.message} ({whereOf(f.start)})
                  </Button>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {trackedLeft ? (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>
            {trackedLeft} tracked deletions still hold the original text. <Button size="small" onClick={onAcceptTracked}>Accept all tracked changes</Button>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Text>
        {outcome.applied} changes made. The log says what kind of thing was redacted, where and why; it never contains the redacted text.
      </Text>
      <div className={styles.actions}>
        <Button onClick={() => download("redaction-log.csv", "text/csv", logToCsv(log))}>Export log (CSV)</Button>
        <Button onClick={() => download("redaction-log.json", "application/json", JSON.stringify(log, null, 2) + "\n")}>Export log (JSON)</Button>
      </div>
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
                <TableCell>{e.where}</TableCell>
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
