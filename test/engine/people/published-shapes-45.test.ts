// Shapes seen in real published text (news reports of practice reviews, case-study handouts) and rewritten here
// in invented sentences (see test/fixtures/child-probes/probes-14.txt for the source addresses): an age straight
// before a name with no article, a friend of an adult known by a family name alone, and a child's own
// first-person account that gives their age.
import type { CaseProfile } from "../../../src/engine/types";
import { roleOf as roleIn } from "./helpers";

const nell: CaseProfile = { subject: { name: "Nell Ashdown", pronouns: "she/her" } };
const roleOf = (text: string, name: string) => roleIn(text, name, nell);

describe("an age written straight before the name", () => {
  test.each([
    ["digits", "Police spoke to 13-year-old Corran Blyth about the fire. Nell was at home.", "Corran", "other-child"],
    ["a number word", "Nell mostly plays with nine year-old Odette from the flats.", "Odette", "other-child"],
    ["after a kin word and a comma", "Nell lives with her aunt and the aunt's son, 12-year-old Kian Pell.", "Kian", "other-child"],
    ["an adult's age", "Nell's grandfather, 71-year-old Wendell Crabbe, takes her to school.", "Wendell", "adult"],
  ])("%s", (_, text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });
});

describe("a friend of someone named by a family name alone", () => {
  test("the mother named in full, then by her family name: her friend is not called a child", () => {
    expect(roleOf("Nell's mother, Kerys Vance, works nights. Vance's friend Corinne Vail minds Nell overnight.", "Corinne")).not.toBe("other-child");
  });
  test("a child named in full, then by the family name: their friend is still a child", () => {
    expect(roleOf("Arlo Fenwick, 13, was stopped with Nell on Friday. Fenwick's friend Tobin Quayle ran off.", "Tobin")).toBe("other-child");
  });
  test("a friend of a first name stays a child", () => {
    expect(roleOf("Nell went to the park with Maisie. Maisie's friend Tia came too.", "Tia")).toBe("other-child");
  });
});

describe("a first-person account that gives the writer's age", () => {
  test("my name is X and I'm 12: a child", () => {
    expect(roleOf("My name is Maddox and I'm 12. I look after Nell when Mum goes out.", "Maddox")).toBe("other-child");
  });
  test("my name is X and I am her social worker: not a child", () => {
    expect(roleOf("My name is Colleen Pryor and I am Nell's social worker. I visited on 3 March.", "Colleen")).not.toBe("other-child");
  });
});

describe("a parent or carer named after a copula that opens the clause", () => {
  test.each([
    ["her mum is", "Nell was born in 2016. Her mum is Tessa Kilbride and her dad is Owain Ashdown.", "Tessa", "adult"],
    ["and her dad is", "Nell was born in 2016. Her mum is Tessa Kilbride and her dad is Owain Ashdown.", "Owain", "adult"],
    ["her foster carer is now", "Nell moved in June. Her foster carer is now Marguerite, and her sister is Ilse.", "Marguerite", "adult"],
    ["a sister in the same shape stays a child", "Nell moved in June. Her foster carer is now Marguerite, and her sister is Ilse.", "Ilse", "other-child"],
  ])("%s", (_, text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });
  test("a role word that does not open its clause says nothing of the name after the copula", () => {
    expect(roleOf("The boy who sat with her dad was Jago, her cousin, who is 9.", "Jago")).not.toBe("adult");
  });
});

describe("two people named after one plural role word, and a prosecutor", () => {
  test.each([
    ["the second grandparent", "After the hearing Nell went to live with her grandparents, Marjorie and Alun Pryce, and her cousin Tegan, who is 10.", "Alun", "adult"],
    [
      "a cousin after the pair stays a child",
      "After the hearing Nell went to live with her grandparents, Marjorie and Alun Pryce, and her cousin Tegan, who is 10.",
      "Tegan",
      "other-child",
    ],
    ["the second foster carer", "Nell has settled with her foster carers, Bev and Malcolm Tuck, since March.", "Malcolm", "adult"],
    ["a prosecutor", '"Why did nobody see her?" asked prosecutor Imogen Barraclough on the first day of the trial.', "Imogen", "adult"],
  ])("%s", (_, text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });
  test("two children named after a plural word for children are not given a role", () => {
    expect(roleOf("Nell misses her brothers, Kit and Rafe, who live with their dad.", "Rafe")).toBe("other-child");
  });
});
