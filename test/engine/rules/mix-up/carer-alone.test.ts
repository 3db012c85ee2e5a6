// Two facts a record states about its own child betray a name pasted in the child's place (stop 41): the carers the
// subject is placed with (a sibling the record says lives elsewhere cannot be settled with them), and the writer having
// just seen the subject alone (the next sentence's child showing or telling the writer things is the subject).
// Invented examples, worded apart from the probes in test/fixtures/mixup-probes/probes-28.txt and probes-29.txt.
import { analyse, type CaseProfile } from "../../../../src/engine";
import { planRedactions, applyEdits, PSEUDONYM_POLICY } from "../../../../src/redact";
import { parseAnnotated } from "../../../helpers/annotated";
import { marked } from "./marked";

const jude: CaseProfile = { subject: { name: "Jude Fenton", aliases: ["Jude"], pronouns: "he/him" }, otherChildren: ["Rosa Fenton"] };

const CARER_PASTE =
  "{{sc|Jude}} (8) has lived with his foster carers, Helen and Gary Moss, since April. His sister {{oc|Rosa}} (5) remains at home with their father.\n\n{{mix|Rosa}} is happily settled with Helen and Gary and enjoys feeding the hens. {{sc|Jude}} wants to see {{oc|Rosa}} more often.";

describe("a sibling who lives elsewhere, settled with the subject's carers", () => {
  it("flags the sibling's name", () => {
    const { got, want } = marked(CARER_PASTE, jude);
    expect(got).toBe(want);
  });

  it("flags the sibling's placement with the subject's carer written as hers", () => {
    const { got, want } = marked(
      "{{sc|Jude}}'s placement with Mrs Ines Kaur is going well. {{oc|Rosa}} (5), who lives with her mother, saw him at contact.\n\n{{mix|Rosa}}'s placement with Mrs Kaur is to be reviewed in June.",
      jude,
    );
    expect(got).toBe(want);
  });

  it("reads the subject's carers from a sentence the subject's own pronoun opens", () => {
    const { got, want } = marked(
      "{{sc|Jude}} is 8. He has been placed with his foster carers, Helen and Gary Moss, since April. {{oc|Rosa}} (5) lives with their father.\n\n{{mix|Rosa}} is happy with Gary and likes the hens.",
      jude,
    );
    expect(got).toBe(want);
  });

  it("leaves alone a sibling who visits or talks to the carers", () => {
    const { got, want } = marked(
      "{{sc|Jude}} (8) has lived with his foster carers, Helen and Gary Moss, since April. {{oc|Rosa}} (5) remains at home with their father.\n\n{{oc|Rosa}} visits Helen and Gary on Sundays. {{oc|Rosa}} told Helen she liked the hens.",
      jude,
    );
    expect(got).toBe(want);
  });

  it("leaves alone a sibling placed with the same carers", () => {
    const { got, want } = marked(
      "{{sc|Jude}} and {{oc|Rosa}} live with their foster carers, Helen and Gary Moss. {{oc|Rosa}} (5) is settled with Helen and Gary too.",
      jude,
    );
    expect(got).toBe(want);
  });

  it("still takes the pasted name out when the record is redacted", () => {
    const { plain } = parseAnnotated(CARER_PASTE);
    const report = analyse(plain, jude);
    const out = applyEdits(plain, planRedactions(plain, report, PSEUDONYM_POLICY)).text;
    expect(out).not.toMatch(/Rosa/);
    expect(out).toMatch(/Jude/);
  });
});

describe("the subject seen alone, then another child telling the writer things", () => {
  it("flags the other child who tells the writer things in the next sentence", () => {
    const { got, want } = marked(
      "Visit 04/12/2026. {{sc|Jude}}, {{oc|Rosa}} and Dad at home.\n\nI met {{sc|Jude}} by himself in the garden. {{mix|Rosa}} told me {{mix|she}} is frightened of the dog next door. {{sc|Jude}} said he wants a rabbit.",
      jude,
    );
    expect(got).toBe(want);
  });

  it("leaves alone the other child seen afterwards, or not seen alone", () => {
    for (const annotated of [
      "Visit 04/12/2026. {{sc|Jude}}, {{oc|Rosa}} and Dad at home.\n\nI met {{sc|Jude}} by himself in the garden. Later {{oc|Rosa}} told me she is frightened of the dog next door.",
      "Visit 04/12/2026. {{sc|Jude}}, {{oc|Rosa}} and Dad at home.\n\nI met {{sc|Jude}} in the garden. {{oc|Rosa}} told me she is frightened of the dog next door.",
    ]) {
      const { got, want } = marked(annotated, jude);
      expect(got).toBe(want);
    }
  });
});
