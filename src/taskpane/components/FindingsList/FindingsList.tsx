import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  CounterBadge,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CATEGORIES } from "../../../engine/types";
import type { Category, Finding, Report } from "../../../engine";
import { FindingCard } from "../FindingCard/FindingCard";

export type FindingsListProps = {
  report: Report;
  source: string;
};

export const CATEGORY_LABELS: Record<Category, string> = {
  "other-child": "Other children",
  identifier: "Personal details",
  jargon: "Jargon",
  judgemental: "Judgemental wording",
  "mix-up": "Possible mix-ups",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  headerText: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
});

/** Groups findings by category in a fixed order, each group with its count. */
export function groupByCategory(findings: readonly Finding[]): { category: Category; findings: Finding[] }[] {
  return CATEGORIES.map((category) => ({ category, findings: findings.filter((f) => f.category === category) })).filter((g) => g.findings.length > 0);
}

export function FindingsList({ report, source }: FindingsListProps) {
  const styles = useStyles();
  const groups = groupByCategory(report.findings);
  if (groups.length === 0) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>Nothing to change was found in {report.stats.words.toLocaleString("en-GB")} words.</MessageBarBody>
      </MessageBar>
    );
  }
  const total = report.findings.length;
  return (
    <section className={styles.root} aria-label="Findings">
      <Text weight="semibold">
        {total === 1 ? "1 thing to look at" : `${total} things to look at`} in {report.stats.words.toLocaleString("en-GB")} words
      </Text>
      <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.category)}>
        {groups.map((g) => (
          <AccordionItem key={g.category} value={g.category}>
            <AccordionHeader>
              <span className={styles.headerText}>
                {CATEGORY_LABELS[g.category]}
                <CounterBadge count={g.findings.length} color="informative" size="small" overflowCount={999} />
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {g.findings.map((f) => (
                <FindingCard key={`${f.ruleId}:${f.start}:${f.end}`} finding={f} source={source} />
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
