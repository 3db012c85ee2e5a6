// A boyfriend, girlfriend or friend may be any age: the cue is weak kin that is weighed against the person's
// adult evidence (an adult's given name, "older", a car, a home of their own, a job, an adult's age) rather
// than deciding alone; an age a parent was when they had a child is not a child's age now.
// Every sentence and name here is invented (and differs from test/fixtures/adult-probes).
import type { CaseProfile } from "../../../src/engine/types";
import { roleOf as roleIn } from "./helpers";

const marnie: CaseProfile = { subject: { name: "Marnie Tewks", pronouns: "she/her" } };
const roleOf = (text: string, name: string) => roleIn(text, name, marnie);

describe("a friend weighs like a boyfriend or girlfriend", () => {
  test("a friend with an adult's given name is not flagged alone (the worker decides)", () => {
    expect(roleOf("Marnie has a friend, Brenda, who lives two doors down.", "Brenda")).toBe("undecided");
  });
  test("a friend with nothing else is still another child", () => {
    expect(roleOf("Marnie has a friend, Talia, who lives two doors down.", "Talia")).toBe("other-child");
  });
  test("a school friend is a child's, even with an older given name", () => {
    expect(roleOf("Marnie walked home with her school friend Brenda.", "Brenda")).toBe("other-child");
  });
});

describe("adult evidence further on in the name's own clause", () => {
  test("older and a car make a boyfriend an adult", () => {
    expect(roleOf("Marnie said her boyfriend Callum is older than her and picks her up in his car.", "Callum")).toBe("adult");
  });
  test("a home of their own, past a first predicate", () => {
    expect(roleOf("Marnie said her boyfriend, Callum, works at the garage and has his own flat.", "Callum")).toBe("adult");
  });
  test("an older boyfriend with nothing else goes to the worker", () => {
    expect(roleOf("Marnie has been seeing an older boyfriend, Callum.", "Callum")).toBe("undecided");
  });
  test("a brother with a car is not called an adult on that alone (the worker decides)", () => {
    expect(roleOf("Marnie's brother Callum, who has a car, came to the review.", "Callum")).toBe("undecided");
  });
  test("another person's clause is not the name's: his dad's car is not his", () => {
    expect(roleOf("Marnie's boyfriend Callum said his dad has a car.", "Callum")).toBe("other-child");
  });
});

describe("an adult by the noun or the thing of theirs", () => {
  test("a man called by name, an older male", () => {
    expect(roleOf("Marnie has been seen with a man called Callum, who she says is her boyfriend.", "Callum")).toBe("adult");
    expect(roleOf("Marnie met an older male, Callum, online.", "Callum")).toBe("adult");
  });
  test("a boyfriend's own car", () => {
    expect(roleOf("Marnie was seen getting into her boyfriend Callum's car.", "Callum")).toBe("adult");
  });
  test("'a lot older', quoted, goes to the worker", () => {
    expect(roleOf("Marnie's boyfriend Callum is 'a lot older' than her.", "Callum")).toBe("undecided");
  });
  test("an age before a male or female is a child's age", () => {
    expect(roleOf("A 15-year-old male called Ty was with Marnie.", "Ty")).toBe("other-child");
  });
});

describe("ages", () => {
  test("'who is 19' with no comma is an age", () => {
    expect(roleOf("Marnie said she has a boyfriend called Callum who is 19.", "Callum")).toBe("adult");
  });
  test("the age a parent was when they had a child is not a child's age", () => {
    expect(roleOf("Marnie's mum Shereen was 16 when she had Marnie.", "Shereen")).toBe("adult");
    expect(roleOf("Shereen Tewks, aged 17 at the time of Marnie's birth, was in care herself.", "Shereen Tewks")).toBe("adult");
  });
});

describe("a boyfriend's his or her is resolved like any kin word's", () => {
  test("the boyfriend of the aunt who opens the sentence is an adult", () => {
    expect(roleOf("Odile Grant (maternal aunt, 34) attended with her boyfriend, Jayden.", "Jayden")).toBe("adult");
  });
});
