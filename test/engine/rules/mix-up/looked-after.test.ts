// Looked-after plans: a PEP, pathway plan or looked-after review belongs to a child in care, so a child the record says
// lives with a parent who is given one is a paste. Invented examples.
import { analyse } from "../../../../src/engine";
import type { CaseProfile } from "../../../../src/engine";
import { annotate, expectedFor, parseAnnotated } from "../../../helpers/annotated";

const max: CaseProfile = { subject: { name: "Max Reed", aliases: ["Max"], pronouns: "he/him" } };

function marked(annotated: string, p: CaseProfile) {
  const { plain } = parseAnnotated(annotated);
  const found = analyse(plain, p).findings.filter((f) => f.category === "mix-up");
  return { got: annotate(plain, found, "mix"), want: expectedFor(annotated, "mix") };
}

describe("a looked-after child's plan given to a child at home", () => {
  it("flags a child who lives with a parent given a looked-after child's plan", () => {
    const { got, want } = marked(
      "{{sc|Max}} lives with foster carers. He sees his sister, {{oc|Dora}} (12), who lives with her mother, every Friday.\n\n{{mix|Dora}}'s PEP was reviewed in May and the targets were met.",
      { ...max, otherChildren: ["Dora Reed"] },
    );
    expect(got).toBe(want);
  });

  it("leaves alone a brother or sister in care with a plan of their own", () => {
    const { got, want } = marked(
      "{{sc|Max}} lives with foster carers. His sister {{oc|Dora}} (12) lives in another foster home.\n\n{{oc|Dora}}'s PEP was reviewed in May and the targets were met.",
      { ...max, otherChildren: ["Dora Reed"] },
    );
    expect(got).toBe(want);
  });
});
