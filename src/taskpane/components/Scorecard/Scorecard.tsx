import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { QualityKey, QualityReport, Readability } from "../../../engine";

export const QUALITY_LABELS: Record<QualityKey, string> = {
  childVoice: "Child's voice",
  parentViews: "Parents' views",
  analysis: "Analysis",
  nextSteps: "Next steps",
  visitPurpose: "Visit purpose",
};
const ORDER: QualityKey[] = ["childVoice", "analysis", "parentViews", "nextSteps", "visitPurpose"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  yes: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  no: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  evidence: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0, paddingLeft: 0, listStyleType: "none" },
  quote: { textAlign: "left", justifyContent: "flex-start", height: "auto", whiteSpace: "normal", fontWeight: tokens.fontWeightRegular },
  muted: { color: tokens.colorNeutralForeground3 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

/** onSelect is absent where the host cannot select text (Outlook): the evidence is then plain quotes, not buttons that fail. */
const quoteOf = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

export type ScorecardProps = { quality?: QualityReport; readability?: Readability; onSelect?: (start: number, end: number) => void };

/** Recording quality above the findings: "Child's voice ✓ — 3 quotes", each expandable to its evidence. */
export function Scorecard({ quality, readability, onSelect }: ScorecardProps) {
  const styles = useStyles();
  if (!quality) return null;
  const rows = ORDER.filter((k) => quality[k] && quality[k].value !== null);
  return (
    <section className={styles.root} aria-labelledby="scorecard-title">
      <Subtitle2 as="h2" id="scorecard-title">
        Recording quality
      </Subtitle2>
      <Accordion multiple collapsible>
        {rows.map((key) => {
          const q = quality[key];
          const ok = q.value === true;
          const count = q.evidence.length;
          return (
            <AccordionItem key={key} value={key}>
              <AccordionHeader size="small">
                <Text>
                  {QUALITY_LABELS[key]} <span className={ok ? styles.yes : styles.no}>{ok ? "✓" : "✗"}</span>
                  <span className={styles.hidden}>{ok ? " shown" : " missing"}</span>
                  {" — "}
                  {ok && count ? `${count} ${count === 1 ? "place" : "places"}` : q.message}
                </Text>
              </AccordionHeader>
              <AccordionPanel>
                <Caption1 as="p">{q.message}</Caption1>
                {count ? (
                  <ul className={styles.evidence}>
                    {q.evidence.map((e) => (
                      <li key={`${e.start}:${e.end}`}>
                        {onSelect ? (
                          <Button appearance="subtle" size="small" className={styles.quote} onClick={() => onSelect(e.start, e.end)}>
                            <span className={styles.hidden}>Show in document: </span>“{quoteOf(e.text)}”
                          </Button>
                        ) : (
                          <Caption1>“{quoteOf(e.text)}”</Caption1>
                        )}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      {readability ? (
        <Caption1 className={styles.muted}>
          Reading age about {Math.round(readability.readingAge)}; sentences average {Math.round(readability.averageSentenceWords)} words.
        </Caption1>
      ) : null}
    </section>
  );
}
