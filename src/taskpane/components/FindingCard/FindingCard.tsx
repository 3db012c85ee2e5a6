import { useId } from "react";
import { Badge, Button, Caption1, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../engine";

export type FindingCardProps = {
  finding: Finding;
  /** The text that was checked, to show the finding in its sentence. */
  source: string;
  /** Where it is ("paragraph 4", "footnote 1"). */
  where?: string;
  onSelect?: (f: Finding) => void;
  onApply?: (f: Finding, suggestion: string) => void;
  onIgnore?: (f: Finding, all: boolean) => void;
  disabled?: boolean;
};

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalXS },
  context: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "left",
    justifyContent: "flex-start",
    height: "auto",
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
    paddingLeft: 0,
    paddingRight: 0,
    minWidth: 0,
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusSmall,
    paddingLeft: "2px",
    paddingRight: "2px",
  },
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  suggestions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  note: { color: tokens.colorNeutralForeground3 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

const CONTEXT = 60;

/** One finding: the sentence, what is wrong, why, suggestions, and what to do about it. */
export function FindingCard({ finding, source, where, onSelect, onApply, onIgnore, disabled }: FindingCardProps) {
  const styles = useStyles();
  const titleId = useId();
  const before = source.slice(Math.max(0, finding.start - CONTEXT), finding.start);
  const after = source.slice(finding.end, finding.end + CONTEXT);
  const suggestions = finding.suggestions ?? [];
  const sentence = (
    <>
      {finding.start > CONTEXT ? "…" : ""}
      {before}
      <mark className={styles.mark}>{finding.text}</mark>
      {after}
      {finding.end + CONTEXT < source.length ? "…" : ""}
    </>
  );
  return (
    <Card className={styles.card} size="small" appearance="outline" role="listitem">
      <div className={styles.header}>
        <Text weight="semibold" id={titleId}>
          “{finding.text}”
        </Text>
        {finding.severity === "error" ? (
          <Badge color="danger" appearance="tint" size="small">
            must change
          </Badge>
        ) : null}
        {where ? <Caption1 className={styles.note}>{where}</Caption1> : null}
      </div>
      {onSelect ? (
        <Button appearance="transparent" className={styles.context} onClick={() => onSelect(finding)}>
          <span>
            <span className={styles.hidden}>Show in document: </span>
            {sentence}
          </span>
        </Button>
      ) : (
        <Text className={styles.context}>{sentence}</Text>
      )}
      <Text>{finding.message}</Text>
      {finding.note ? <Caption1 className={styles.note}>Why it matters: {finding.note}</Caption1> : null}
      {suggestions.length ? (
        <div>
          <Caption1>Instead, try:</Caption1>
          <div className={styles.suggestions}>
            {suggestions.map((s) =>
              onApply ? (
                <Button key={s} size="small" appearance="outline" disabled={disabled} onClick={() => onApply(finding, s)} aria-describedby={titleId}>
                  {s}
                </Button>
              ) : (
                <Text key={s}>{s}</Text>
              ),
            )}
          </div>
        </div>
      ) : null}
      {onIgnore ? (
        <div className={styles.actions}>
          {onApply && suggestions.length ? (
            <Button size="small" appearance="primary" disabled={disabled} onClick={() => onApply(finding, suggestions[0])} aria-describedby={titleId}>
              Apply
            </Button>
          ) : null}
          <Button size="small" disabled={disabled} onClick={() => onIgnore(finding, false)} aria-describedby={titleId}>
            Ignore
          </Button>
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onIgnore(finding, true)} aria-describedby={titleId}>
            Ignore all like this
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
