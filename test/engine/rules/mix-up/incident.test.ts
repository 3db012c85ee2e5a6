// An incident named by what happened to the subject ("the pegs incident"), given to a child the record never places in it.
// Invented examples.
import type { CaseProfile } from "../../../../src/engine";
import { marked } from "./marked";

const max: CaseProfile = { subject: { name: "Max Reed", aliases: ["Max"], pronouns: "he/him" }, otherChildren: ["Dora Reed"] };

describe("an incident that happened to the subject, given to another child", () => {
  it("flags a child named with an incident the record tells of the subject", () => {
    const { got, want } = marked(
      "{{sc|Max}} (9) lives with his mum and his sister {{oc|Dora}} (6). On Monday {{sc|Max}} said a coach pushed him into the fence at training.\n\nActions\n- {{mix|Dora}} to be offered a trusted adult to talk to about the fence incident.",
      max,
    );
    expect(got).toBe(want);
  });

  it("leaves alone a child the record places in the incident", () => {
    const { got, want } = marked(
      "{{sc|Max}} (9) lives with his mum and his sister {{oc|Dora}} (6). On Monday {{sc|Max}} and {{oc|Dora}} were pushed into the fence at training.\n\nActions\n- {{oc|Dora}} to be offered a trusted adult to talk to about the fence incident.",
      max,
    );
    expect(got).toBe(want);
  });
});
