import { useEffect, useId, useState } from "react";
import { Caption1, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DocumentKind } from "../../../engine/types";
import { CHOOSABLE_KINDS, KIND_LABELS, KIND_MATTERS, LET_CHECKER_DECIDE, kindLine, parseKindChoice } from "../../state/kind-choice";

export type KindLineProps = {
  /** The kind the check used (the report's). */
  kind: DocumentKind;
  /** The text that was checked: the reasons are worked out from it, in this pane, and never shown. */
  text: string;
  /** The kind the worker chose for this session, or null when the checker (or the host) decides. */
  chosen: DocumentKind | null;
  /** Where the host says what the text is (Outlook: an email), that kind and why, in plain words. */
  host?: { kind: DocumentKind; why: string };
  /** A new choice (null: let the checker decide again); the pane checks again with it. */
  onChoose: (kind: DocumentKind | null) => void;
  disabled?: boolean;
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  // The list shrinks with the pane (a native select is as wide as its longest option otherwise).
  select: { minWidth: 0, maxWidth: "100%" },
  selectInner: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

/**
 * "Read as: Court report or statement", why (the evidence in plain words, never the record's own), and a list to
 * check it as another kind for this session: what decides which checks apply (visit purpose, legal words).
 */
export function KindLine({ kind, text, chosen, host, onChoose, disabled }: KindLineProps) {
  const styles = useStyles();
  const id = useId();
  const byChecker = !chosen && !host;
  // The reasons: the kind module is loaded only when a reason is wanted (it is not in the pane's first bundle).
  const [evidence, setEvidence] = useState<{ for: string; list: string[] } | { for: string; failed: true } | null>(null);
  const key = `${kind}\u0000${text}`;
  useEffect(() => {
    if (!byChecker || kind === "unknown") return;
    let live = true;
    import("../../../engine/kind").then(
      (m) => live && setEvidence({ for: key, list: m.kindEvidence(text, kind) }),
      () => live && setEvidence({ for: key, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [byChecker, kind, text, key]);
  const mine = evidence && evidence.for === key ? evidence : null;
  const failed = !!mine && "failed" in mine;
  const line = kindLine(kind, chosen ? { by: "worker" } : host ? { by: "host", what: host.why } : { by: "checker", evidence: mine && "list" in mine ? mine.list : null });
  const [error, setError] = useState<string | null>(null);
  return (
    <section className={styles.root} aria-labelledby={`${id}-title`} data-testid="kind-line">
      <Text weight="semibold" id={`${id}-title`}>
        Read as: {line.readAs}
      </Text>
      <Caption1 className={styles.muted} aria-live="polite">
        {failed ? "Why it was read this way could not be worked out here. The checks above used this kind." : line.because}
      </Caption1>
      <Field label="Wrong kind? Check it as" hint={KIND_MATTERS} validationMessage={error ?? undefined} size="small">
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          size="small"
          value={chosen ?? LET_CHECKER_DECIDE}
          disabled={disabled}
          onChange={(_, data) => {
            try {
              const next = parseKindChoice(data.value);
              setError(null);
              onChoose(next);
            } catch (e) {
              setError(e instanceof Error ? e.message : "That kind could not be chosen.");
            }
          }}
        >
          <option value={LET_CHECKER_DECIDE}>{host ? `${KIND_LABELS[host.kind]} (default)` : "Let the checker decide"}</option>
          {CHOOSABLE_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </Select>
      </Field>
    </section>
  );
}
