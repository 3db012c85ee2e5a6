// A title and a surname ("Ms Reid") after the same person named in full with a title ("Ms Donna Reid") are one
// person, even when the subject's family shares the surname: the People list shows the mother once, not twice.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";

const kai: CaseProfile = { subject: { name: "Kai Reid", aliases: ["Kai"], pronouns: "he/him" } };
const peopleNamed = (text: string, surname: string) => analyse(text, kai).people.filter((p) => p.forms.some((f) => f.includes(surname)) && p.role !== "subject");

describe("a title and a surname join the one person named in full with a title of that gender", () => {
  test.each([
    ["a court report", "Kai lives with his mother, Ms Donna Reid. Ms Reid attended every review."],
    ["a letter, the short form first", "Dear Ms Reid,\nI write about Kai. Ms Donna Reid (mother) was present at the meeting."],
    ["minutes", "Present: Mrs Ann Reid (maternal grandmother), social worker.\nMrs Reid said Kai sleeps well."],
  ])("%s", (_label, text) => {
    const people = peopleNamed(text, "Reid");
    expect(people).toHaveLength(1);
    expect(people[0].role).toBe("adult");
    expect(people[0].mentions).toHaveLength(2);
  });

  test("a title of the other gender is another person", () => {
    const people = peopleNamed("Kai lives with Ms Donna Reid. Mr Reid lives in Leeds.", "Reid");
    expect(people).toHaveLength(2);
  });

  test("two people of that title and surname: the short form joins neither", () => {
    const text = "Ms Donna Reid and Ms Ann Reid both came. Ms Reid spoke first.";
    const joined = peopleNamed(text, "Reid").filter((p) => p.mentions.length > 1);
    expect(joined).toHaveLength(0);
  });
});

describe("a name first met in a heading in capitals", () => {
  const text = "WITNESS STATEMENT OF GRAHAM ELLINGHAM\n\nI am Graham Ellingham, the foster carer for Kai Reid.";
  const graham = () => analyse(text, kai).people.find((p) => p.forms.includes("Graham Ellingham"))!;
  test("is shown as the record writes it elsewhere", () => {
    expect(graham().displayName).toBe("Graham Ellingham");
  });
  test("gives a reason in words, not the label's last words", () => {
    expect(graham().reasons).toContain('named after "statement of"');
    expect(graham().reasons.some((r) => r.startsWith("has a role: statement"))).toBe(false);
  });
});
