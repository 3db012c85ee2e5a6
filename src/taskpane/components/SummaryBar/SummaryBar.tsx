import { forwardRef } from "react";
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CATEGORIES, type Category, type Report } from "../../../engine/types";
import { CATEGORY_LABELS } from "../FindingsList/FindingsList";
import { countByCategory, recheckNote } from "../../state/session";

export type SummaryBarProps = {
  report: Report;
  /** Findings left after ignoring. */
  visibleCount: number;
  counts: Partial<Record<Category, number>>;
  /** Who the record is about, as the case stands ("" when not given). */
  subject: string;
  /** One sentence per part the host could not read. */
  notRead: string[];
  /** True for a first look at the opening of a long document. */
  partial?: boolean;
  /** The case, or only the kind of record chosen, changed since this check (a re-check is on its way). */
  recheckFor?: "case" | "kind" | null;
  /** The document had no text. */
  empty?: boolean;
  onFilter?: (c: Category | "all") => void;
  /** Moves focus to the findings list (skips the People section). */
  onGoToFindings?: () => void;
  /** What was checked, as the worker calls it ("document", "draft", "email"). */
  target?: string;
  /** People the checker could not place and the worker has not yet placed (any may be a child). */
  unplaced?: number;
  /** The child named in the case, found nowhere in the text while other children were (session.subjectNotFound). */
  subjectMissing?: string | null;
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground2 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** One sentence for the live region: what the check found, for whom, and what it could not read. */
export function summarySentence(p: Pick<SummaryBarProps, "report" | "visibleCount" | "subject" | "notRead" | "partial" | "empty" | "unplaced">): string {
  // Parts the host cannot read (text boxes in Word on the web) may still hold text: never say "empty" outright then.
  if (p.empty) return p.notRead.length ? "There is no text to check in the parts that could be read." : "The document is empty: there is nothing to check.";
  const words = p.report.stats.words.toLocaleString("en-GB");
  const counts = countByCategory(p.report.findings);
  const parts = CATEGORIES.filter((c) => counts[c]).map((c) => `${counts[c]} ${CATEGORY_LABELS[c].toLowerCase()}`);
  const what = p.visibleCount === 0 ? `Nothing to change found in ${words} words` : `${p.visibleCount} to look at in ${words} words: ${parts.join(", ")}`;
  const who = p.subject ? ` Checked for ${p.subject}.` : " No child named in the case, so other children may be missed.";
  const partly = p.notRead.length ? ` Partly read: ${p.notRead.length} ${p.notRead.length === 1 ? "part" : "parts"} could not be read.` : "";
  // "Nothing to change" is never the last word while someone who may be a child is still to be placed.
  const n = p.partial ? 0 : (p.unplaced ?? 0);
  const place = n ? ` ${n === 1 ? "1 person" : `${n} people`} the checker could not place: say who they are under People.` : "";
  return `${p.partial ? "First pages only, still checking the rest. " : ""}${what}.${who}${partly}${place}`;
}

/** The top of the results: counts per category (each one filters the list), the case, and what was not read. */
export const SummaryBar = forwardRef<HTMLElement, SummaryBarProps>(function SummaryBar(props, ref) {
  const styles = useStyles();
  const { counts, subject, notRead, partial, empty, recheckFor, onFilter, onGoToFindings, target = "document", subjectMissing } = props;
  return (
    <section ref={ref} className={styles.root} tabIndex={-1} aria-labelledby="summary-title">
      <Text weight="semibold" as="h2" id="summary-title" role="heading" aria-level={2}>
        {empty ? "Empty document" : partial ? "First look (still checking)" : "Summary"}
      </Text>
      <Text role="status" aria-live="polite" size={200}>
        {summarySentence(props)}
      </Text>
      {!empty ? (
        <div className={styles.counts} role="group" aria-label="Show one kind">
          {onGoToFindings && props.visibleCount ? (
            <Button size="small" appearance="primary" onClick={onGoToFindings}>
              Go to findings
            </Button>
          ) : null}
          {CATEGORIES.filter((c) => counts[c]).map((c) => (
            <Button key={c} size="small" appearance="outline" onClick={() => onFilter?.(c)}>
              {CATEGORY_LABELS[c]}: {counts[c]}
            </Button>
          ))}
        </div>
      ) : null}
      {/* Findings are marked in the pane, not in the text: said, so nobody takes a marked name for a redacted one. */}
      <Caption1 className={styles.muted}>
        {subject ? `The child: ${subject}.` : "The child: not given."} Checking changes nothing in the {target}; everything stays on this computer.
      </Caption1>
      {subjectMissing && !recheckFor ? (
        <Caption1 className={styles.warn} data-testid="subject-missing">
          {subjectMissing} is not named in this {target}. If the child goes by another name here, add it under Also known as; if it is about another child, put that child&apos;s
          name above. As it stands, they are counted as another child.
        </Caption1>
      ) : null}
      {recheckFor ? <Caption1 className={recheckFor === "case" ? styles.warn : styles.muted}>{recheckNote(recheckFor)}</Caption1> : null}
      {notRead.map((n) => (
        // On an empty document the parts not read are a note, not a warning about findings that may be missed.
        <Caption1 key={n} className={empty ? styles.muted : styles.warn}>
          Not read: {n}
        </Caption1>
      ))}
    </section>
  );
});
