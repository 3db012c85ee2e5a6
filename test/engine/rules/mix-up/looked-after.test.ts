// Looked-after plans: a PEP, pathway plan or looked-after review belongs to a child in care, so a child the record says
// lives with a parent who is given one is a paste. Invented examples.
import type { CaseProfile } from "../../../../src/engine";
import { marked } from "./marked";

const max: CaseProfile = { subject: { name: "Max Reed", aliases: ["Max"], pronouns: "he/him" } };

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

describe("the plan written as the child's own inside the clause they open", () => {
  it("flags a child at home taken to 'her LAC review'", () => {
    const { got, want } = marked(
      "{{sc|Max}} lives with foster carers. {{oc|Dora}} (12) and {{oc|Kit}} (9) live with their mother.\n\n{{mix|Dora}} to bring the chart to {{mix|her}} LAC review in March.",
      { ...max, otherChildren: ["Dora Reed", "Kit Reed"] },
    );
    expect(got).toBe(want);
  });

  it("leaves alone a child at home going to someone else's review", () => {
    const { got, want } = marked(
      "{{sc|Max}} lives with foster carers. {{oc|Dora}} (12) lives with her mother.\n\n{{oc|Dora}} will come to her brother's LAC review in March.",
      { ...max, otherChildren: ["Dora Reed"] },
    );
    expect(got).toBe(want);
  });
});

describe("adoption given to a child in long-term foster care or with a special guardian", () => {
  it("flags a child in long-term foster care said to move to 'her adoptive family'", () => {
    const { got, want } = marked(
      "The plan for {{sc|Max}} is adoption. His sister {{oc|Dora}}, who is placed in long-term foster care, sees him monthly.\n\nThe life-story book will be finished before {{mix|Dora}} moves to {{mix|her}} adoptive family.",
      { ...max, otherChildren: ["Dora Reed"] },
    );
    expect(got).toBe(want);
  });

  it("flags a child under a special guardianship order given an adoption order", () => {
    const { got, want } = marked(
      "The plan for {{sc|Max}} is adoption. {{oc|Kit}}, who lives with his grandmother under a special guardianship order, is nine.\n\n{{mix|Kit}}'s adoption order is expected in the spring.",
      { ...max, otherChildren: ["Kit Reed"] },
    );
    expect(got).toBe(want);
  });

  it("leaves alone a child whose own plan is adoption", () => {
    const { got, want } = marked(
      "{{sc|Max}} lives with his mother. His sister {{oc|Dora}} is in foster care and her plan is adoption.\n\nThe life-story book will be finished before {{oc|Dora}} moves to her adoptive family.",
      { ...max, otherChildren: ["Dora Reed"] },
    );
    expect(got).toBe(want);
  });
});

describe("a stay with another household measured to now", () => {
  it("flags a child who lives with a grandmother said to have lived with the carers for months", () => {
    const { got, want } = marked(
      "{{sc|Max}} has lived with them since March. His cousin {{oc|Kit}} (6) lives with the paternal grandmother.\n\nMembers noted that {{mix|Kit}} has now lived with the carers for 21 months.",
      { ...max, otherChildren: ["Kit Reed"] },
    );
    expect(got).toBe(want);
  });

  it("leaves alone the same household said twice, and a household in the past", () => {
    const { got, want } = marked(
      "{{sc|Max}} lives with foster carers. {{oc|Kit}} (6) lives with his mother.\n\n{{oc|Kit}} has lived with his parents since birth. {{oc|Kit}} lived with his grandmother for a year.",
      { ...max, otherChildren: ["Kit Reed"] },
    );
    expect(got).toBe(want);
  });
});
