import { Badge, Caption1, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../engine";

export type FindingCardProps = {
  finding: Finding;
  /** The text that was checked, to show the finding in its sentence. */
  source: string;
};

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalXS },
  context: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusSmall,
    paddingLeft: "2px",
    paddingRight: "2px",
  },
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  suggestions: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: { color: tokens.colorNeutralForeground3 },
});

const CONTEXT = 60;

/** One finding: where it is, what is wrong, and what to write instead. */
export function FindingCard({ finding, source }: FindingCardProps) {
  const styles = useStyles();
  const before = source.slice(Math.max(0, finding.start - CONTEXT), finding.start);
  const after = source.slice(finding.end, finding.end + CONTEXT);
  const suggestions = finding.suggestions ?? [];
  return (
    <Card className={styles.card} size="small" appearance="outline">
      <div className={styles.header}>
        <Text weight="semibold">“{finding.text}”</Text>
        {finding.severity === "error" ? (
          <Badge color="danger" appearance="tint" size="small">
            must change
          </Badge>
        ) : null}
      </div>
      <Text className={styles.context}>
        {finding.start > CONTEXT ? "…" : ""}
        {before}
        <mark className={styles.mark}>{finding.text}</mark>
        {after}
        {finding.end + CONTEXT < source.length ? "…" : ""}
      </Text>
      <Text>{finding.message}</Text>
      {suggestions.length ? (
        <div>
          <Caption1>Instead, try:</Caption1>
          <ul className={styles.suggestions}>
            {suggestions.map((s) => (
              <li key={s}>
                <Text>{s}</Text>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {finding.note ? <Caption1 className={styles.note}>Why it matters: {finding.note}</Caption1> : null}
    </Card>
  );
}
