import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";

export type DocumentInputProps = {
  text: string;
  onTextChange: (text: string) => void;
  onClear: () => void;
  checking: boolean;
  /** What the hint says: what will be checked, and how. */
  hint: string;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  textarea: { minHeight: "180px", minWidth: 0, width: "100%", maxWidth: "100%", boxSizing: "border-box" },
  field: { minWidth: 0, maxWidth: "100%" },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/**
 * Where the worker pastes the text to check on the practice page (in Word, the document itself takes this
 * place). It has no Check button of its own: the pane's one "Check document" checks what is pasted here.
 */
export function DocumentInput({ text, onTextChange, onClear, checking, hint }: DocumentInputProps) {
  const styles = useStyles();
  return (
    <section className={styles.root}>
      <Field className={styles.field} label="Text to check" hint={hint}>
        <Textarea
          className={styles.textarea}
          textarea={{ className: styles.textarea }}
          value={text}
          onChange={(_, d) => onTextChange(d.value)}
          resize="vertical"
          placeholder="Paste text here"
        />
      </Field>
      {text ? (
        <div className={styles.actions}>
          <Button onClick={onClear} disabled={checking}>
            Clear
          </Button>
        </div>
      ) : null}
    </section>
  );
}
