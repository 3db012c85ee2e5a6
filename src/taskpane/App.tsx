import { useState } from "react";
import { Body1, MessageBar, MessageBarBody, Spinner, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { CasePanel } from "./components/CasePanel/CasePanel";
import { DocumentInput } from "./components/DocumentInput/DocumentInput";
import { FindingsList } from "./components/FindingsList/FindingsList";
import { useAnalysis } from "./state/useAnalysis";
import { useCaseProfile } from "./state/useCaseProfile";
import { EXAMPLE_CASE, EXAMPLE_TEXT } from "./example";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: "720px",
    marginLeft: "auto",
    marginRight: "auto",
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  privacy: { color: tokens.colorNeutralForeground3 },
});

/** The task pane: who the record is about, the text, and what to change. Works in a plain browser. */
export function App() {
  const styles = useStyles();
  const caseProfile = useCaseProfile();
  const { state, check, reset } = useAnalysis();
  const [text, setText] = useState("");

  const disabledReason = caseProfile.fields.subjectName.trim()
    ? undefined
    : "Enter the child's name first, so the checker can tell them apart from other children.";

  const loadExample = () => {
    for (const [key, value] of Object.entries(EXAMPLE_CASE) as [keyof typeof EXAMPLE_CASE, string][]) caseProfile.setField(key, value);
    setText(EXAMPLE_TEXT);
    reset();
  };

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">Clear Record</Title3>
        <Body1 className={styles.privacy}>
          Checks a record for other children, personal details, jargon and judgemental wording. Everything stays on this computer.
        </Body1>
      </header>
      <CasePanel fields={caseProfile.fields} onChange={caseProfile.setField} />
      <DocumentInput
        text={text}
        onTextChange={setText}
        onCheck={() => check(text, caseProfile.profile)}
        onClear={() => {
          setText("");
          reset();
        }}
        onExample={loadExample}
        checking={state.status === "running"}
        disabledReason={disabledReason}
      />
      {state.status === "running" ? <Spinner size="small" label="Checking…" /> : null}
      {state.status === "error" ? (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === "done" ? <FindingsList report={state.report} source={state.checkedText} /> : null}
    </main>
  );
}
