import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";

export type DocumentInputProps = {
  text: string;
  onTextChange: (text: string) => void;
  onCheck: () => void;
  onClear: () => void;
  onExample: () => void;
  checking: boolean;
  /** Why the Check button is disabled, if it is. */
  disabledReason?: string;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  textarea: { minHeight: "180px", minWidth: 0, width: "100%", maxWidth: "100%", boxSizing: "border-box" },
  field: { minWidth: 0, maxWidth: "100%" },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** Where the worker pastes the text to check (in Word, the document itself takes this place). */
export function DocumentInput({ text, onTextChange, onCheck, onClear, onExample, checking, disabledReason }: DocumentInputProps) {
  const styles = useStyles();
  return (
    <section className={styles.root}>
      <Field className={styles.field} label="Text to check" hint={disabledReason ?? "Paste a case note, visit record, report section or email. It stays on this computer."}>
        <Textarea
          className={styles.textarea}
          textarea={{ className: styles.textarea }}
          value={text}
          onChange={(_, d) => onTextChange(d.value)}
          resize="vertical"
          placeholder="Paste text here"
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onCheck} disabled={checking || !!disabledReason || !text.trim()}>
          {checking ? "Checking…" : "Check"}
        </Button>
        <Button onClick={onClear} disabled={checking}>
          Clear
        </Button>
        <Button appearance="subtle" onClick={onExample} disabled={checking}>
          Try an example
        </Button>
      </div>
    </section>
  );
}
