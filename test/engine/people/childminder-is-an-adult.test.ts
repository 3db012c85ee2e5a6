// A childminder is an adult who cares for children for pay (Childcare Act 2006; registered with Ofsted): a person a
// record names by that role is an adult, and a he or she that stands for them is theirs, not the child's (stop 43,
// from pron48's leftover: "I asked the childminder how Nia had been. He said…" flagged the speaker's "He").
// Invented examples.
import { analyse, type CaseProfile } from "../../../src/engine";

const nia: CaseProfile = { subject: { name: "Nia Ward", aliases: ["Nia"], pronouns: "she/her" } };

const mixUps = (text: string) =>
  analyse(text, nia)
    .findings.filter((f) => f.category === "mix-up")
    .map((f) => f.text);
const otherChildren = (text: string) =>
  analyse(text, nia)
    .findings.filter((f) => f.category === "other-child")
    .map((f) => f.text);

describe("a childminder is an adult", () => {
  it("a male childminder's answer is his, not the child's", () => {
    expect(mixUps('I asked the childminder how Nia had been this week. He said: "She has settled well."')).toEqual([]);
    expect(mixUps("I asked the childminder about Nia. He said he had no worries about her.")).toEqual([]);
  });

  it("a childminder named with the role is not another child", () => {
    expect(otherChildren("Nia goes to her childminder, Pete Dunn, three days a week. Pete Dunn said Nia naps after lunch.")).toEqual([]);
    expect(otherChildren("Childminder Pete Dunn collects Nia from nursery on Mondays.")).toEqual([]);
  });

  it("a wrong pronoun for the child is still found after the childminder is named", () => {
    expect(mixUps("The childminder, Ms Rae Fox, said Nia is sleeping better and he now eats a full lunch.")).toEqual(["he"]);
  });
});
