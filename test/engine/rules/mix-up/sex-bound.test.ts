// What only one sex can have (a pregnancy and its antenatal care; a group for fathers) given to a named child of the
// other sex, where the record's own child is of that sex. Invented examples.
import type { CaseProfile } from "../../../../src/engine";
import { marked } from "./marked";

const tia: CaseProfile = { subject: { name: "Tia Moss", aliases: ["Tia"], pronouns: "she/her" } };
const rory: CaseProfile = { subject: { name: "Rory Blake", aliases: ["Rory"], pronouns: "he/him" } };

describe("sex-bound facts", () => {
  it("flags a boy given a pregnant girl's scan", () => {
    const { got, want } = marked(
      "{{sc|Tia}} is 16 and 25 weeks pregnant. The father is {{oc|Jack}}, also 16, who lives with his mother.\n\n{{mix|Jack}}'s 20-week scan was normal.",
      { ...tia, otherChildren: ["Jack Brown"] },
    );
    expect(got).toBe(want);
  });

  it("flags a girl who wants to join the dads' group", () => {
    const { got, want } = marked(
      "{{sc|Rory}}'s daughter lives with her mum, {{oc|Kayla}} (16).\n\n{{mix|Kayla}} wants to do the dads' group at the family hub on Tuesdays.",
      { ...rory, otherChildren: ["Kayla Moss"] },
    );
    expect(got).toBe(want);
  });

  it("leaves alone a boy going with his girlfriend to her scan", () => {
    const { got, want } = marked(
      "{{sc|Tia}} is 25 weeks pregnant. The father is {{oc|Jack}}, also 16.\n\n{{oc|Jack}} went with his girlfriend to the 20-week scan. {{oc|Jack}}'s girlfriend is pregnant.",
      { ...tia, otherChildren: ["Jack Brown"] },
    );
    expect(got).toBe(want);
  });
});
