import { useMemo, useState } from "react";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Edit } from "../../../redact";
import type { TrackingMode } from "../../../hosts/host";
import type { RedactChoice, RedactChoices } from "../../state/checking";
import { editKey } from "../../state/useDocumentCheck";

export type RedactPanelProps = {
  choices: RedactChoices;
  onChoices: (c: RedactChoices) => void;
  /** The edits these choices make on the checked text. */
  plan: (c: RedactChoices) => Edit[];
  source: string;
  whereOf: (offset: number) => string;
  tracking: TrackingMode | null;
  pendingTracked: number | null;
  /** `leaveOut`: keys (editKey) of the changes unticked in the preview. */
  onRedact: (tracking: "keep" | "suspend" | undefined, leaveOut: ReadonlySet<string>) => void;
  disabled?: boolean;
  /** Why redaction cannot start now (e.g. the case changed and the check is being re-run). */
  blockedReason?: string | null;
  /** People the checker could not place and the worker has not: redaction leaves their names as written. */
  unplaced?: number;
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, maxHeight: "50vh", overflowY: "auto" },
  del: { textDecorationLine: "line-through", color: tokens.colorPaletteRedForeground1 },
  ins: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  field: { minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, width: "100%", maxWidth: "100%", boxSizing: "border-box" },
});

const CHILD_OPTIONS: { value: RedactChoice; label: string }[] = [
  { value: "pseudonym", label: "Child A, Child B…" },
  { value: "mask", label: "Mask ([redacted])" },
  { value: "remove-sentence", label: "Remove the sentence" },
  { value: "keep", label: "Leave as it is" },
];
const ID_OPTIONS: { value: RedactChoice; label: string }[] = [
  // Short enough to show whole in a 320 px pane ("Say what it was ([phone number])" was cut off).
  { value: "replace", label: "Label it ([phone number])" },
  { value: "mask", label: "Mask ([redacted])" },
  { value: "remove-sentence", label: "Remove the sentence" },
  { value: "keep", label: "Leave as it is" },
];

/** What the panel and the preview say while people are left to place (their names would stay in the copy). */
export const unplacedMessage = (n: number) =>
  `${n === 1 ? "1 person" : `${n} people`} the checker could not place will keep ${n === 1 ? "their name" : "their names"}: say who they are under People first.`;

/** Redaction: a choice per category, a preview of every change, and a question about track changes. */
export function RedactPanel({ choices, onChoices, plan, source, whereOf, tracking, pendingTracked, onRedact, disabled, blockedReason, unplaced = 0 }: RedactPanelProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [trackChoice, setTrackChoice] = useState<"" | "keep" | "suspend">("");
  const edits = useMemo(() => (open ? plan(choices) : []), [open, plan, choices]);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const trackingOn = tracking !== null && tracking !== "off";
  const chosen = edits.filter((e) => !unticked.has(editKey(e))).length;
  const toggle = (key: string, on: boolean) =>
    setUnticked((u) => {
      const next = new Set(u);
      if (on) next.delete(key);
      else next.add(key);
      return next;
    });
  return (
    <section className={styles.root} aria-labelledby="redact-title">
      <Subtitle2 as="h2" id="redact-title">
        Redact for disclosure
      </Subtitle2>
      <Field label="Other children" className={styles.field}>
        <Select className={styles.select} value={choices["other-child"]} onChange={(_, d) => onChoices({ ...choices, "other-child": d.value as RedactChoice })}>
          {CHILD_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Personal details" className={styles.field}>
        <Select className={styles.select} value={choices.identifier} onChange={(_, d) => onChoices({ ...choices, identifier: d.value as RedactChoice })}>
          {ID_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      {pendingTracked ? (
        <MessageBar intent="warning">
          <MessageBarBody>This document has {pendingTracked} tracked changes: deleted text stays in the file until they are accepted.</MessageBarBody>
        </MessageBar>
      ) : null}
      {unplaced ? (
        <MessageBar intent="warning" data-testid="unplaced-people">
          <MessageBarBody>{unplacedMessage(unplaced)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {blockedReason ? <Text className={styles.muted}>{blockedReason}</Text> : null}
      <Button
        appearance="primary"
        disabled={disabled || !!blockedReason}
        onClick={() => {
          setUnticked(new Set());
          setOpen(true);
        }}
      >
        Preview redaction…
      </Button>
      <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
        <DialogSurface aria-describedby="redact-preview">
          <DialogBody>
            <DialogTitle>{edits.length === 1 ? "1 change" : `${edits.length} changes`} to make</DialogTitle>
            <DialogContent id="redact-preview">
              {unplaced ? (
                <Text block weight="semibold">
                  {unplacedMessage(unplaced)}
                </Text>
              ) : null}
              {edits.length === 0 ? <Text>Nothing to redact with these choices.</Text> : null}
              {edits.length ? (
                <Text size={200}>
                  Untick any change you do not want. {chosen} of {edits.length} will be made.
                </Text>
              ) : null}
              <ol className={styles.list} aria-label="Changes" tabIndex={0}>
                {edits.map((e) => {
                  const key = editKey(e);
                  return (
                    <li key={key}>
                      <Checkbox
                        checked={!unticked.has(key)}
                        onChange={(_, d) => toggle(key, !!d.checked)}
                        label={
                          <span>
                            <span className={styles.del}>{source.slice(e.start, e.end)}</span> → <span className={styles.ins}>{e.replacement || "(removed)"}</span>{" "}
                            <span className={styles.muted}>
                              ({whereOf(e.start)}: {e.reason})
                            </span>
                          </span>
                        }
                      />
                    </li>
                  );
                })}
              </ol>
              {trackingOn && edits.length ? (
                <Field label="Track changes is on. Redacting with it on leaves the original text in the file as a deletion." required>
                  <RadioGroup value={trackChoice} onChange={(_, d) => setTrackChoice(d.value as "keep" | "suspend")}>
                    <Radio value="suspend" label="Turn track changes off for the redaction, then back on (recommended)" />
                    <Radio value="keep" label="Keep track changes on (accept the changes before sharing)" />
                  </RadioGroup>
                </Field>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                disabled={chosen === 0 || (trackingOn && !trackChoice)}
                onClick={() => {
                  setOpen(false);
                  onRedact(trackingOn ? (trackChoice as "keep" | "suspend") : undefined, unticked);
                }}
              >
                {chosen === edits.length ? "Redact" : `Redact ${chosen}`}
              </Button>
              <Button onClick={() => setOpen(false)}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
