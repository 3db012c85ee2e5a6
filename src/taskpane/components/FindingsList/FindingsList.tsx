import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from "react";
import {
  Badge,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { CATEGORIES } from "../../../engine/types";
import type { Category, Finding, Report } from "../../../engine";
import { insertable, isInsertable, numbersKeptWithWords } from "../../state/session";
import { pasteFixFor } from "../../state/paste-fix";

export const CATEGORY_LABELS: Record<Category, string> = {
  "other-child": "Other children",
  identifier: "Personal details",
  jargon: "Jargon",
  judgemental: "Judgemental wording",
  "mix-up": "Possible mix-ups",
};

const SHORT_LABELS: Record<Category, string> = {
  "other-child": "Other child",
  identifier: "Personal detail",
  jargon: "Jargon",
  judgemental: "Judgemental",
  "mix-up": "Mix-up",
};

/** Groups findings by category in a fixed order, each group with its count. */
export function groupByCategory(findings: readonly Finding[]): { category: Category; findings: Finding[] }[] {
  return CATEGORIES.map((category) => ({ category, findings: findings.filter((f) => f.category === category) })).filter((g) => g.findings.length > 0);
}

export type FindingsListProps = {
  report: Report;
  /** Findings to show (the report's, less ignored ones). Defaults to all. */
  findings?: Finding[];
  source: string;
  /** Findings the worker ignored, to list and restore. */
  ignored?: Finding[];
  whereOf?: (f: Finding) => string | undefined;
  /** Why Apply cannot change this finding here (a header, a quoted message), or null. */
  cannotApply?: (f: Finding) => string | null;
  onSelect?: (f: Finding) => void;
  onApply?: (f: Finding, replacement: string) => void;
  onApplyAll?: (edits: { finding: Finding; replacement: string }[], label: string) => void;
  onIgnore?: (f: Finding, all: boolean) => void;
  onRestore?: (f: Finding) => void;
  /** Set from outside (the summary bar's counts). */
  filter?: Category | "all";
  onFilter?: (c: Category | "all") => void;
  disabled?: boolean;
  /**
   * What the last Apply did, with its Undo: shown here, beside the finding the worker was on, in a live
   * region of its own (always present, so the change is announced), not at the top of the pane out of view.
   */
  notice?: ReactNode;
  noticeRef?: Ref<HTMLDivElement>;
  /** People the checker could not place (and the worker has not): an empty list is then not a success. */
  unplaced?: number;
  /**
   * The child the findings were computed for: another child's name then also offers this child's name, last, for a
   * sentence pasted from a sibling's record. Never the first wording, so "Apply all" never writes it.
   */
  subject?: string;
};

/** Each row has this height, so the list can draw only the rows in view: one line, or two in a narrow pane. */
export const ROW_HEIGHT = 34;
export const TWO_LINE_ROW_HEIGHT = 46;
/**
 * Below this list width a row is two lines (the words and their kind, then the reason): on one line, at
 * 320 px, the words were cut to "Tobias Oyela…" and the reason to "This i…".
 */
const TWO_LINE_BELOW = 360;
const VIEW_ROWS = 10;
const OVERSCAN = 6;
const CONTEXT = 70;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  list: {
    position: "relative",
    overflowY: "auto",
    overflowX: "hidden",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  row: {
    position: "absolute",
    left: 0,
    right: 0,
    height: `${ROW_HEIGHT}px`,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    boxSizing: "border-box",
    cursor: "pointer",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    color: tokens.colorNeutralForeground1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected, boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}` },
  twoLine: { flexDirection: "column", alignItems: "stretch", justifyContent: "center", rowGap: tokens.spacingVerticalXXS },
  head: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0, maxWidth: "65%", flexShrink: 0 },
  headFull: { maxWidth: "100%" },
  words: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", minWidth: 0 },
  reason: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, minWidth: 0 },
  cat: { flexShrink: 0 },
  detail: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Wraps so that at 200 % zoom (a 160 px pane) a long category or place name pushes Previous/Next onto a line of
  // their own instead of past the pane's edge.
  nav: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  context: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  del: { textDecorationLine: "line-through", color: tokens.colorPaletteRedForeground1 },
  ins: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  preview: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "40vh", overflowY: "auto", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  ignoredList: { margin: 0, padding: 0, listStyleType: "none", maxHeight: "30vh", overflowY: "auto", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  ignoredRow: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, justifyContent: "space-between" },
});

/** True while the element is narrower than `below` px (followed as the pane is resized). */
function useNarrow(el: HTMLElement | null, below: number): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    if (!el) return;
    const measure = () => setNarrow(el.clientWidth > 0 && el.clientWidth < below);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [el, below]);
  return narrow;
}

/** The finding in its sentence, with the words marked; optionally with a replacement shown in place. */
function InContext({ f, source, replacement }: { f: Finding; source: string; replacement?: string }) {
  const styles = useStyles();
  const before = source.slice(Math.max(0, f.start - CONTEXT), f.start);
  const after = source.slice(f.end, f.end + CONTEXT);
  return (
    <span className={styles.context}>
      {f.start > CONTEXT ? "…" : ""}
      {before}
      {replacement === undefined ? (
        <mark className={styles.mark}>{f.text}</mark>
      ) : (
        <>
          <span className={styles.del}>{f.text}</span> <span className={styles.ins}>{replacement}</span>
        </>
      )}
      {after}
      {f.end + CONTEXT < source.length ? "…" : ""}
    </span>
  );
}

/**
 * The findings as a compact list (one line each, two in a narrow pane: the words, the category, a short reason) with one
 * finding open above it. Only the rows in view are drawn, so a long document stays light. Arrow keys
 * in the list and Alt+Up/Alt+Down anywhere in the pane move between findings and select each in the
 * document, keeping focus in the pane. Apply is only ever the explicit Apply button.
 */
export function FindingsList(props: FindingsListProps) {
  const {
    report,
    findings,
    source,
    ignored = [],
    whereOf,
    cannotApply,
    onSelect,
    onApply,
    onApplyAll,
    onIgnore,
    onRestore,
    disabled,
    notice,
    noticeRef,
    unplaced = 0,
    subject,
  } = props;
  const styles = useStyles();
  const [ownFilter, setOwnFilter] = useState<Category | "all">("all");
  const filter = props.filter ?? ownFilter;
  const setFilter = props.onFilter ?? setOwnFilter;
  const all = findings ?? report.findings;
  const shown = useMemo(() => (filter === "all" ? all : all.filter((f) => f.category === filter)), [all, filter]);
  const groups = useMemo(() => groupByCategory(all), [all]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(true);
  const [choice, setChoice] = useState<string>("");
  const [scrollTop, setScrollTop] = useState(0);
  const [showIgnored, setShowIgnored] = useState(false);
  const [preview, setPreview] = useState<{ finding: Finding; replacement: string }[] | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const idBase = "finding-row";
  const [listEl, setListEl] = useState<HTMLDivElement | null>(null);
  const narrow = useNarrow(listEl, TWO_LINE_BELOW);
  const attachList = useCallback((el: HTMLDivElement | null) => {
    listRef.current = el;
    setListEl(el);
  }, []);
  const rowHeight = narrow ? TWO_LINE_ROW_HEIGHT : ROW_HEIGHT;

  const index = Math.min(active, Math.max(0, shown.length - 1));
  const current = shown[index];
  const pasteFix = useMemo(() => (current ? pasteFixFor(current, subject) : null), [current, subject]);
  const wordings = useMemo(() => {
    const own = current ? insertable(source, current) : [];
    return pasteFix && !own.includes(pasteFix) ? [...own, pasteFix] : own;
  }, [current, source, pasteFix]);
  useEffect(() => setChoice(wordings[0] ?? ""), [wordings]);

  const wordingLabel = (w: string) => (w === pasteFix ? `${w}, if this sentence is about ${subject?.trim()}` : w);

  const viewHeight = Math.min(shown.length, VIEW_ROWS) * rowHeight;
  const go = useCallback(
    (to: number, show = true) => {
      if (!shown.length) return;
      const next = Math.max(0, Math.min(shown.length - 1, to));
      setActive(next);
      setOpen(true);
      const list = listRef.current;
      if (list) {
        const top = next * rowHeight;
        if (top < list.scrollTop) list.scrollTop = top;
        else if (top + rowHeight > list.scrollTop + list.clientHeight) list.scrollTop = top + rowHeight - list.clientHeight;
      }
      if (show && onSelect) {
        // Selecting in the document can move focus out of the pane: put it back where it was.
        const had = document.activeElement as HTMLElement | null;
        onSelect(shown[next]);
        if (had) setTimeout(() => had.isConnected && document.activeElement !== had && had.focus(), 50);
      }
    },
    [shown, onSelect, rowHeight],
  );

  // Alt+Down / Alt+Up anywhere in the pane: next / previous finding.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!e.altKey || (e.key !== "ArrowDown" && e.key !== "ArrowUp")) return;
      e.preventDefault();
      go(index + (e.key === "ArrowDown" ? 1 : -1));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [go, index]);

  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = VIEW_ROWS - 1;
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: shown.length - 1, PageDown: index + page, PageUp: index - page };
    if (e.key in moves && !e.altKey) {
      e.preventDefault();
      go(moves[e.key]);
    } else if (e.key === "Enter") {
      e.preventDefault();
      setOpen(true);
    } else if (e.key === "Escape") setOpen(false);
  };

  const ignoredList = () => (
    <div>
      <Button size="small" appearance="subtle" onClick={() => setShowIgnored(!showIgnored)} aria-expanded={showIgnored}>
        {showIgnored ? "Hide ignored" : `Show ignored (${ignored.length})`}
      </Button>
      {showIgnored ? (
        <ul className={styles.ignoredList} aria-label="Ignored findings" tabIndex={0}>
          {ignored.slice(0, 200).map((f) => (
            <li key={`${f.ruleId}:${f.start}:${f.end}`} className={styles.ignoredRow}>
              <Text size={200}>
                “{f.text}” · {SHORT_LABELS[f.category]}
              </Text>
              {onRestore ? (
                <Button size="small" onClick={() => onRestore(f)} aria-label={`Restore “${f.text}”`}>
                  Restore
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );

  const words = report.stats.words.toLocaleString("en-GB");
  const noticeRegion = (
    <div role="status" aria-live="polite" ref={noticeRef} data-testid="findings-notice">
      {notice}
    </div>
  );
  if (all.length === 0) {
    return (
      <section className={styles.root} aria-labelledby="findings-title">
        <MessageBar intent={unplaced ? "warning" : "success"} data-testid="nothing-found">
          <MessageBarBody id="findings-title">
            Nothing to change was found in {words} words{ignored.length ? ` (${ignored.length} ignored)` : ""}
            {unplaced ? `, but ${unplaced === 1 ? "1 person" : `${unplaced} people`} the checker could not place may be a child: say who they are under People.` : "."}
          </MessageBarBody>
        </MessageBar>
        {noticeRegion}
        {ignored.length ? ignoredList() : null}
      </section>
    );
  }

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(shown.length, Math.ceil((scrollTop + viewHeight) / rowHeight) + OVERSCAN);
  const rows = [];
  // The active row is always drawn, so aria-activedescendant names a row that exists.
  const drawn = index >= first && index < last ? [] : shown[index] ? [index] : [];
  for (let i = first; i < last; i++) drawn.push(i);
  for (const i of drawn) {
    const f = shown[i];
    rows.push(
      <div
        key={`${f.ruleId}:${f.start}:${f.end}`}
        id={`${idBase}-${i}`}
        role="option"
        aria-selected={i === index}
        aria-setsize={shown.length}
        aria-posinset={i + 1}
        className={mergeClasses(styles.row, narrow && styles.twoLine, i === index && styles.active)}
        style={{ top: i * rowHeight, height: rowHeight }}
        onClick={() => go(i)}
      >
        <span className={mergeClasses(styles.head, narrow && styles.headFull)}>
          <span className={styles.words}>“{f.text}”</span>
          <Badge className={styles.cat} size="small" appearance="tint" color={f.category === "other-child" || f.category === "identifier" ? "danger" : "informative"}>
            {SHORT_LABELS[f.category]}
          </Badge>
        </span>
        <span className={styles.reason}>{f.message}</span>
      </div>,
    );
  }

  const blocked = current && cannotApply ? cannotApply(current) : null;
  const applyAllList =
    filter !== "all" && onApplyAll
      ? shown
          .filter((f) => !(cannotApply?.(f) ?? null))
          .flatMap((f) => {
            const w = insertable(source, f);
            return w.length ? [{ finding: f, replacement: w[0] }] : [];
          })
      : [];

  return (
    <section className={styles.root} aria-labelledby="findings-title">
      <Text weight="semibold" as="h2" id="findings-title" role="heading" aria-level={2}>
        {all.length === 1 ? "1 thing to look at" : `${all.length} things to look at`} in {words} words{ignored.length ? ` (${ignored.length} ignored)` : ""}
      </Text>
      {groups.length > 1 ? (
        <div className={styles.filters} role="group" aria-label="Show">
          <ToggleButton size="small" checked={filter === "all"} onClick={() => (setFilter("all"), setActive(0))}>
            All {all.length}
          </ToggleButton>
          {groups.map((g) => (
            <ToggleButton key={g.category} size="small" checked={filter === g.category} onClick={() => (setFilter(g.category), setActive(0))}>
              {CATEGORY_LABELS[g.category]} {g.findings.length}
            </ToggleButton>
          ))}
        </div>
      ) : null}
      {noticeRegion}

      {current && open ? (
        <div className={styles.detail} role="region" aria-label="Finding" aria-live="off">
          <div className={styles.nav}>
            <Caption1 className={styles.muted}>
              {numbersKeptWithWords(`${index + 1} of ${shown.length} · ${CATEGORY_LABELS[current.category]}${whereOf?.(current) ? ` · ${whereOf(current)}` : ""}`)}
            </Caption1>
            <span className={styles.actions}>
              <Button size="small" onClick={() => go(index - 1)} disabled={index === 0} aria-keyshortcuts="Alt+ArrowUp" title="Previous (Alt+Up)">
                Previous
              </Button>
              <Button size="small" onClick={() => go(index + 1)} disabled={index >= shown.length - 1} aria-keyshortcuts="Alt+ArrowDown" title="Next (Alt+Down)">
                Next
              </Button>
            </span>
          </div>
          <Text weight="semibold">{current.message}</Text>
          {onSelect ? (
            <Button
              appearance="transparent"
              size="small"
              style={{ height: "auto", textAlign: "left", justifyContent: "flex-start", padding: 0, minWidth: 0, fontWeight: "normal" }}
              onClick={() => go(index)}
            >
              <InContext f={current} source={source} />
            </Button>
          ) : (
            <InContext f={current} source={source} />
          )}
          {current.advice ? <Text size={200}>What to do: {current.advice}</Text> : null}
          {(current.suggestions ?? []).some((w) => !isInsertable(w)) ? (
            <Text size={200}>
              Ideas for rewording (write your own; these are not inserted):{" "}
              {(current.suggestions ?? [])
                .filter((w) => !isInsertable(w))
                .slice(0, 3)
                .join("; ")}
            </Text>
          ) : null}
          {current.note ? <Caption1 className={styles.muted}>Why it matters: {current.note}</Caption1> : null}
          {wordings.length && onApply ? (
            <>
              {wordings.length > 1 ? (
                <RadioGroup aria-label="Wording to use" value={choice} onChange={(_, d) => setChoice(d.value)}>
                  {wordings.map((w) => (
                    <Radio key={w} value={w} label={wordingLabel(w)} />
                  ))}
                </RadioGroup>
              ) : null}
              <Caption1 className={styles.muted}>After the change:</Caption1>
              <InContext f={current} source={source} replacement={choice} />
            </>
          ) : wordings.length ? (
            <Text size={200}>Instead, try: {wordings.map(wordingLabel).join("; ")}</Text>
          ) : null}
          {onIgnore ? (
            <div className={styles.actions}>
              {onApply && wordings.length ? (
                <Button
                  size="small"
                  appearance="primary"
                  disabledFocusable={disabled || !!blocked || !choice}
                  onClick={() => onApply(current, choice)}
                  title={blocked ?? undefined}
                >
                  Apply
                </Button>
              ) : null}
              <Button size="small" disabledFocusable={disabled} onClick={() => onIgnore(current, false)}>
                Ignore
              </Button>
              <Button size="small" appearance="subtle" disabledFocusable={disabled} onClick={() => onIgnore(current, true)}>
                Ignore all like this
              </Button>
            </div>
          ) : null}
          {blocked && wordings.length ? <Caption1 className={styles.muted}>{blocked}</Caption1> : null}
        </div>
      ) : null}

      <div
        ref={attachList}
        id="findings-list"
        className={styles.list}
        style={{ height: viewHeight + 2 }}
        role="listbox"
        tabIndex={0}
        aria-label={`Findings: ${filter === "all" ? "all" : CATEGORY_LABELS[filter]}. Up and down arrows move between them.`}
        aria-activedescendant={shown.length ? `${idBase}-${index}` : undefined}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={onListKey}
      >
        <div style={{ height: shown.length * rowHeight, position: "relative" }}>{rows}</div>
      </div>

      {applyAllList.length > 1 ? (
        <Button size="small" disabled={disabled} onClick={() => setPreview(applyAllList)}>
          Apply all {applyAllList.length} suggestions in {CATEGORY_LABELS[filter as Category].toLowerCase()}…
        </Button>
      ) : null}
      {ignored.length ? ignoredList() : null}

      <Dialog open={preview !== null} onOpenChange={(_, d) => (d.open ? undefined : setPreview(null))}>
        <DialogSurface aria-describedby="apply-all-list">
          <DialogBody>
            <DialogTitle>Apply {preview?.length} suggestions?</DialogTitle>
            <DialogContent>
              <ul id="apply-all-list" className={styles.preview} tabIndex={0} aria-label="Changes">
                {preview?.map(({ finding: f, replacement }) => (
                  <li key={`${f.start}:${f.end}`}>
                    <span className={styles.del}>{f.text}</span> → <span className={styles.ins}>{replacement}</span>
                    {whereOf?.(f) ? ` (${whereOf(f)})` : ""}
                  </li>
                ))}
              </ul>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  if (preview) onApplyAll?.(preview, `Applied ${preview.length} suggestions`);
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
