// Children the sentence places, which went to the worker undecided (stop 42): an age after a comma that closes the
// sentence, clause or line ("with Tamsin Reid, 13."), a name given for someone the sentence describes as a child
// ("…is 14; staff only know his first name, Ashby"), and initials after "better known as". Adults and numbered parts
// in the same shapes stay adults or no person. Invented text (names differ from test/fixtures/child-probes/probes-17.txt).
import type { CaseProfile } from "../../../src/engine/types";
import { roleOf } from "./helpers";

const wren: CaseProfile = { subject: { name: "Wren Calloway", aliases: ["Wren"], pronouns: "she/her" } };

describe("an age after a comma that closes the item", () => {
  test.each([
    ["sentence end", "Wren was picked up by police with Tamsin Reid, 13. Both were cold.", "Tamsin Reid", "other-child"],
    ["semicolon", "In the car: Joel Fenn, 29; Priya Fenn, 7; and Wren.", "Priya Fenn", "other-child"],
    ["line end", "Living at the address\nGail Rudd, 40\nMilo Rudd, 10\nWren stays at weekends.", "Milo Rudd", "other-child"],
    ["adult at sentence end", "Wren was picked up by police with Tamsin Reid, 13. The driver was Joel Fenn, 29.", "Joel Fenn", "adult"],
    ["a surname that is a word", "Wren spent the night with Kacie Burrows, 15. She came home at noon.", "Kacie Burrows", "other-child"],
  ])("%s", (_label, text, name, role) => {
    expect(roleOf(text, name, wren)).toBe(role);
  });
  test("a numbered part of a text is no age", () => {
    expect(roleOf("The rule is in Chapter 3, 12. Wren read it with her carer.", "Chapter", wren)).not.toBe("other-child");
  });
});

describe("a name given for someone the sentence describes", () => {
  test.each([
    ["his first name, after an age", "The other boy is 14 and lives on the estate; Wren only knows his first name, Ashby.", "Ashby", "other-child"],
    ["gave her name as, after a child noun", "A girl of about 12 was with Wren and gave her name to staff as Lyra.", "Lyra", "other-child"],
    ["an adult described", "A man in his thirties was with Wren; he gave his name as Stew.", "Stew", "not-child"],
    ["a woman with a child's age nearby", "Wren is 13; a woman at the door would only give her first name, Dot.", "Dot", "not-child"],
  ])("%s", (_label, text, name, role) => {
    const got = roleOf(text, name, wren);
    if (role === "not-child") expect(got).not.toBe("other-child");
    else expect(got).toBe(role);
  });
});

describe("initials after better known as", () => {
  test("the initials are the child's", () => {
    expect(roleOf("Wren's cousin Aaron, better known as AJ (aged 6), was at the party. AJ cried when Wren left.", "AJ", wren)).toBe("other-child");
  });
});

describe("a family's children as an item of a list", () => {
  test("surname + twins between commas, with no article", () => {
    expect(roleOf("Re: this week - Wren C, Adeyemi twins, Pollard boys\nWren was on time.", "Adeyemi", wren)).toBe("other-child");
  });
  test("surname + children opening a sentence is not read without an article", () => {
    expect(roleOf("Wren went home. Pollard children's services rang later.", "Pollard", wren)).not.toBe("other-child");
  });
});

describe("surname particles meaning daughter of", () => {
  test("bint joins the given name to the surname", () => {
    const text = "Wren's cousin Maryam bint Saleh (7) sleeps over on Fridays.";
    expect(roleOf(text, "Maryam", wren)).toBe("other-child");
  });
});
