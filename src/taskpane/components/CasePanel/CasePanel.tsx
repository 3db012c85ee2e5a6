import { Field, Input, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { CaseFields } from "../../state/useCaseProfile";

export type CasePanelProps = {
  fields: CaseFields;
  onChange: <K extends keyof CaseFields>(key: K, value: CaseFields[K]) => void;
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
  row: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // Wide enough for the example name to show whole: at 320 px the pronouns go to the next line.
  grow: { flexGrow: 1, flexBasis: "180px", minWidth: 0 },
  // Fits a 160 px pane (320 px at 200 % zoom): fields shrink with the pane instead of overflowing it.
  field: { minWidth: 0, maxWidth: "100%" },
  input: { minWidth: 0, width: "100%", maxWidth: "100%", boxSizing: "border-box" },
});

/** Who the record is about. Kept in memory only; the engine uses it to tell the subject from other children. */
export function CasePanel({ fields, onChange }: CasePanelProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} style={{ minWidth: 0 }} aria-labelledby="case-panel-title">
      <Subtitle2 as="h2" id="case-panel-title">
        The child this record is about
      </Subtitle2>
      <div className={styles.row}>
        <Field label="Child's name" className={styles.grow} hint="First name and surname">
          <Input className={styles.input} value={fields.subjectName} onChange={(_, d) => onChange("subjectName", d.value)} placeholder="e.g. Maisie Oyelaran" />
        </Field>
        <Field label="Pronouns" className={styles.field}>
          <Select className={styles.input} value={fields.pronouns} onChange={(_, d) => onChange("pronouns", d.value)}>
            <option value="">Not given</option>
            <option value="she/her">she/her</option>
            <option value="he/him">he/him</option>
            <option value="they/them">they/them</option>
          </Select>
        </Field>
      </div>
      <Field className={styles.field} label="Also known as" hint="Nicknames or other spellings, separated by commas">
        <Input className={styles.input} value={fields.aliases} onChange={(_, d) => onChange("aliases", d.value)} placeholder="e.g. Mais" />
      </Field>
      <Field className={styles.field} label="Other children you know of" hint="Optional: the checker also finds children you have not listed">
        <Input className={styles.input} value={fields.otherChildren} onChange={(_, d) => onChange("otherChildren", d.value)} placeholder="e.g. Tobias Oyelaran" />
      </Field>
      <Field className={styles.field} label="Adults in the record" hint="Optional: parents, carers and professionals, separated by commas">
        <Input className={styles.input} value={fields.adults} onChange={(_, d) => onChange("adults", d.value)} placeholder="e.g. Donna Oyelaran, Declan Foyle" />
      </Field>
    </section>
  );
}
