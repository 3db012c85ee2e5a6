import { analyse } from "../../../../src/engine";
import type { CaseProfile } from "../../../../src/engine";
import { annotate, expectedFor, parseAnnotated } from "../../../helpers/annotated";

const precious: CaseProfile = { subject: { name: "Precious Okonkwo", aliases: ["Precious"], pronouns: "she/her" } };
const river: CaseProfile = { subject: { name: "River Osei", aliases: ["River"], pronouns: "he/him" } };

function marked(annotated: string, p: CaseProfile) {
  const { plain } = parseAnnotated(annotated);
  const found = analyse(plain, p).findings.filter((f) => f.category === "mix-up");
  return { got: annotate(plain, found, "mix"), want: expectedFor(annotated, "mix"), found };
}

describe("pasted-name", () => {
  it("flags a sibling's name where the pronouns fit the subject", () => {
    const { got, want, found } = marked(
      "{{sc|Precious}} lives with her brother {{oc|Daniel}} (11).\n\n{{mix|Daniel}}'s attendance at college has fallen and her tutor says she is often asleep.",
      precious,
    );
    expect(got).toBe(want);
    expect(found[0].suggestions).toEqual(["Precious"]);
  });

  it("flags a name seen once, never introduced, with the subject's own parent", () => {
    const { got, want } = marked("{{sc|River}} had contact with his father.\n\nDad arrived late. {{mix|Lily}} was excited to see {{mix|her}} dad and ran to him.", river);
    expect(got).toBe(want);
  });

  it("leaves a sibling alone when the pronouns fit the sibling", () => {
    const { got, want } = marked("{{sc|Precious}} lives with her brother {{oc|Daniel}} (11). {{oc|Daniel}} says he likes football.", precious);
    expect(got).toBe(want);
  });

  it("leaves a sibling introduced as a sibling alone", () => {
    const { got, want } = marked("Her brother {{oc|Daniel}} (11) shares her room.", precious);
    expect(got).toBe(want);
  });

  it("leaves a sibling's reported words about the subject alone", () => {
    const { got, want } = marked("Her brother {{oc|Daniel}} (11) visited.\n\n{{oc|Daniel}} asked whether she could come to his party.", precious);
    expect(got).toBe(want);
  });

  it("leaves a relationship statement alone", () => {
    const { got, want } = marked("Her sister {{oc|Hope}} (4) lives with Nan. {{oc|Hope}} is his half-sister.", river);
    expect(got).toBe(want);
  });
});
