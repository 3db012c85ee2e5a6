import { useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
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
  /** Findings to show (the report's, less ignored ones). Defaults to all. */
  findings?: Finding[];
  source: string;
  ignoredCount?: number;
  whereOf?: (f: Finding) => string | undefined;
  onSelect?: (f: Finding) => void;
  onApply?: (f: Finding, suggestion: string) => void;
  onApplyAll?: (category: Category, findings: Finding[]) => void;
  onIgnore?: (f: Finding, all: boolean) => void;
  disabled?: boolean;
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
  preview: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  del: { textDecorationLine: "line-through", color: tokens.colorPaletteRedForeground1 },
  ins: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Groups findings by category in a fixed order, each group with its count. */
export function groupByCategory(findings: readonly Finding[]): { category: Category; findings: Finding[] }[] {
  return CATEGORIES.map((category) => ({ category, findings: findings.filter((f) => f.category === category) })).filter((g) => g.findings.length > 0);
}

export function FindingsList({ report, findings, source, ignoredCount = 0, whereOf, onSelect, onApply, onApplyAll, onIgnore, disabled }: FindingsListProps) {
  const styles = useStyles();
  const [preview, setPreview] = useState<{ category: Category; findings: Finding[] } | null>(null);
  const shown = findings ?? report.findings;
  const groups = groupByCategory(shown);
  const words = report.stats.words.toLocaleString("en-GB");
  if (groups.length === 0) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          Nothing to change was found in {words} words{ignoredCount ? ` (${ignoredCount} ignored)` : ""}.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const total = shown.length;
  return (
    <section className={styles.root} aria-labelledby="findings-title">
      <Text weight="semibold" as="h2" id="findings-title" role="heading" aria-level={2}>
        {total === 1 ? "1 thing to look at" : `${total} things to look at`} in {words} words{ignoredCount ? ` (${ignoredCount} ignored)` : ""}
      </Text>
      <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.category)}>
        {groups.map((g) => {
          const fixable = g.findings.filter((f) => f.suggestions?.length);
          return (
            <AccordionItem key={g.category} value={g.category}>
              <AccordionHeader>
                <span className={styles.headerText}>
                  {CATEGORY_LABELS[g.category]}
                  <CounterBadge count={g.findings.length} color="informative" size="small" overflowCount={999} aria-label={`${g.findings.length} findings`} />
                </span>
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                {onApplyAll && fixable.length > 1 ? (
                  <Button size="small" disabled={disabled} onClick={() => setPreview({ category: g.category, findings: fixable })}>
                    Apply all {fixable.length} suggestions in {CATEGORY_LABELS[g.category].toLowerCase()}…
                  </Button>
                ) : null}
                <div role="list" aria-label={CATEGORY_LABELS[g.category]} className={styles.panel}>
                  {g.findings.map((f) => (
                    <FindingCard
                      key={`${f.ruleId}:${f.start}:${f.end}`}
                      finding={f}
                      source={source}
                      where={whereOf?.(f)}
                      onSelect={onSelect}
                      onApply={onApply}
                      onIgnore={onIgnore}
                      disabled={disabled}
                    />
                  ))}
                </div>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      <Dialog open={preview !== null} onOpenChange={(_, d) => (d.open ? undefined : setPreview(null))}>
        <DialogSurface aria-describedby="apply-all-list">
          <DialogBody>
            <DialogTitle>Apply {preview?.findings.length} suggestions?</DialogTitle>
            <DialogContent>
              <ul id="apply-all-list" className={styles.preview}>
                {preview?.findings.map((f) => (
                  <li key={`${f.start}:${f.end}`}>
                    <span className={styles.del}>{f.text}</span> → <span className={styles.ins}>{f.suggestions![0]}</span>
                    {whereOf?.(f) ? ` (${whereOf(f)})` : ""}
                  </li>
                ))}
              </ul>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  if (preview) onApplyAll?.(preview.category, preview.findings);
                  setPreview(null);
                }}
              >
                Apply all
              </Button>
              <Button onClick={() => setPreview(null)}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
