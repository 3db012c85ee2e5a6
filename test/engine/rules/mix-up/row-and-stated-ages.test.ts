// Ages the check reads from a chronology dated by month ("09/2025⇥…") and from a row recording a birth
// ("14/10/2017⇥Dora Reed born"), and an age in years stated beside a name ("Dora, at 14, needs…") compared with half a
// year's slack: the age/stage check for pasted names. Invented examples.
import type { CaseProfile } from "../../../../src/engine";
import { marked } from "./marked";

const max: CaseProfile = { subject: { name: "Max Reed", aliases: ["Max"], pronouns: "he/him" }, otherChildren: ["Dora Reed"] };
const isla: CaseProfile = { subject: { name: "Isla Grant", aliases: ["Isla"], pronouns: "she/her" }, otherChildren: ["Kayla Moss"] };

describe("a chronology's birth rows and month-dated rows", () => {
  it("reads each child's date of birth from the row recording the birth, and dates a row by its month", () => {
    const { got, want } = marked(
      "Date\tEvent\tSource\n{{oc|14/10/2014}}\t{{oc|Dora Reed}} born to Ms Reed.\tHealth\n{{pid|19/04/2019}}\t{{sc|Max}} born at 36 weeks.\tHealth\n09/2023\t{{sc|Max}} starts Reception at Elm Primary.\tEducation\n09/2024\t{{mix|Dora}} moves up to Year 1; teacher reports he is quiet.\tEducation\n01/2026\tReview.\tCSC",
      max,
    );
    expect(got).toBe(want);
  });

  it("leaves alone a row whose year group fits the named child", () => {
    const { got, want } = marked(
      "Date\tEvent\tSource\n{{oc|14/10/2014}}\t{{oc|Dora Reed}} born to Ms Reed.\tHealth\n{{pid|19/04/2019}}\t{{sc|Max}} born at 36 weeks.\tHealth\n09/2024\t{{oc|Dora}} moves up to Year 5.\tEducation\n01/2026\tReview.\tCSC",
      max,
    );
    expect(got).toBe(want);
  });
});

describe("an age stated beside a name", () => {
  it("flags a child given the subject's age where the record gives them another", () => {
    const { got, want } = marked(
      "{{sc|Isla}} (born {{pid|02/12/2012}}) turned 14 on 2 December 2026. She has been found with {{oc|Kayla Moss}}, who is 16, on six occasions.\n\n{{mix|Kayla}}, at 14, needs a period of safety.",
      isla,
    );
    expect(got).toBe(want);
  });

  it("leaves alone a child whose stated age is a year from the other", () => {
    const { got, want } = marked(
      "{{sc|Isla}} (born {{pid|02/12/2012}}) turned 14 on 2 December 2026. She has been found with {{oc|Kayla Moss}}, who is 15, on six occasions.\n\n{{oc|Kayla}}, at 16, is at college.",
      isla,
    );
    expect(got).toBe(want);
  });
});
