// Abbreviations a record defines in its own lower-case words ("ED – emergency department", "Sch = school") are not
// people, so they are not put to the worker; initials of real people, a child called Ed and "Child R" are left as
// they were. Invented text.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";

const poppy: CaseProfile = { subject: { name: "Poppy Hart", aliases: ["Poppy"], pronouns: "she/her" } };

function roleOf(text: string, form: string): string | undefined {
  const r = analyse(text, poppy);
  return r.people.find((p) => p.forms.includes(form))?.role;
}
const reviewed = (text: string): string[] => analyse(text, poppy).review.map((s) => text.slice(s.start, s.end));

describe("a defined abbreviation is not a person", () => {
  test.each([
    ["a key line with =", "Key: Sch = school, FC = foster carer.\nPoppy told her FC that Sch had been hard this week.\n", "Sch"],
    ["a glossary line with a dash", "ED – emergency department.\nPoppy attended ED on Monday with her foster carer.\n", "ED"],
    ["a glossary line with a colon", "HV: health visitor\nPoppy's HV came on Tuesday and HV weighed her.\n", "HV"],
    ["expanded by its first word", "Pol = police.\nPoppy said Pol came to the house at night.\n", "Pol"],
  ])("%s", (_, text, form) => {
    expect(reviewed(text)).not.toContain(form);
    expect(roleOf(text, form) ?? "not-a-person").toBe("not-a-person");
  });
});

describe("people's initials and short names are left alone", () => {
  test.each([
    ["initials then a role in brackets", "JB (social worker) visited Poppy at home. JB saw her bedroom.\n", "JB"],
    ["initials that speak", "AJ said that Poppy had been crying in class. AJ is her teacher.\n", "AJ"],
    ["a speaker's initials and a colon", "AJ: she was crying in class again\nPoppy said she was fine.\n", "AJ"],
    ["a child called Ed", "Poppy plays football with Ed, a boy of 9 from her class. Ed is her best friend.\n", "Ed"],
  ])("%s", (_, text, form) => {
    // The definition test needs lower-case words after the abbreviation that spell it: none of these has them.
    expect(roleOf(text, form)).not.toBe("not-a-person");
  });
});
