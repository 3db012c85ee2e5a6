// An injury the record has described on the subject (its kind and where it is on the body), seen again with another
// child's name: the child named is in the subject's place. Invented examples.
import type { CaseProfile } from "../../../../src/engine";
import { marked } from "./marked";

const max: CaseProfile = { subject: { name: "Max Reed", aliases: ["Max"], pronouns: "he/him" }, otherChildren: ["Dora Reed"] };

describe("an injury described on the subject, given to another child", () => {
  it("flags a child named with the subject's injury", () => {
    const { got, want } = marked(
      "{{sc|Max}} (9) told his teacher that he had been hit. He showed a bruise on his left cheek. His sister {{oc|Dora}} (6) was at home.\n\nActions\n- GP to see {{mix|Dora}} and record the bruise on {{mix|her}} left cheek.",
      max,
    );
    expect(got).toBe(want);
  });

  it("leaves alone a child said to have the same injury too, or one described on that child", () => {
    const { got, want } = marked(
      "{{sc|Max}} (9) told his teacher that he had been hit. He showed a bruise on his left cheek. His sister {{oc|Dora}} (6) was at home.\n\nActions\n- GP to see {{oc|Dora}} as well and record any bruise on her left cheek.\n\n{{oc|Dora}} also has a cut on her left knee. GP to look at {{oc|Dora}}'s cut on her left knee.",
      max,
    );
    expect(got).toBe(want);
  });
});

describe("an injury on a child named as the body part's owner, where force was used on the subject", () => {
  it("flags the child whose wrist is marked where the subject's wrist was grabbed", () => {
    const { got, want } = marked(
      "{{sc|Max}} (13) told his social worker that a member of staff had grabbed his left wrist and pulled him back into the kitchen. His sister {{oc|Dora}} (15) saw it from the doorway.\n\nA body map completed that evening recorded a small red mark on {{mix|Dora}}'s left wrist.",
      max,
    );
    expect(got).toBe(want);
  });

  it("leaves alone a child whose own injury is elsewhere on the body, or said of them before", () => {
    const { got, want } = marked(
      "{{sc|Max}} (13) told his social worker that a member of staff had grabbed his left wrist. His sister {{oc|Dora}} (15) fell in the garden and has a graze on her right knee.\n\nA body map recorded a graze on {{oc|Dora}}'s right knee.",
      max,
    );
    expect(got).toBe(want);
  });
});
