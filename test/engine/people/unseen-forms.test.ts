// Tests of people-stage mechanisms found by studying a fourth set written by another hand (issue 15,
// second round): a bracketed relation that makes a person an adult, and other shapes the engine was not
// written against. Every name, place and date here is invented.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";
import { flagged as flaggedIn, roleOf as roleOfIn } from "./helpers";

const zara: CaseProfile = { subject: { name: "Zara Hughes", aliases: ["Zara"], pronouns: "she/her" } };

const roleOf = (text: string, name: string, profile: CaseProfile = zara) => roleOfIn(text, name, profile);
const flagged = (text: string, profile: CaseProfile = zara) => flaggedIn(text, profile);

describe("a relation of an adult, in brackets or after a comma, is an adult", () => {
  test.each([
    ["Present: Mum, Tariq (Mum's brother) and his daughter Lola, Bernadette (Mum's best friend), and Zara.", ["Bernadette", "Tariq"]],
    ["Gwen (Dad's sister) will collect Zara on Fridays. Gwen has a car.", ["Gwen"]],
    ["Zara rang Ossian, her dad's best friend, when the lights went off.", ["Ossian"]],
    ["If the plan breaks down, Zara will go to Fenella (Nan's cousin) in Hartby.", ["Fenella"]],
  ])("%s", (text, adults) => {
    for (const name of adults) expect(roleOf(text, name)).not.toBe("other-child");
    for (const name of adults) expect(flagged(text)).not.toContain(name);
  });

  test("a bracketed relation of the child is still a child", () => {
    expect(roleOf("Zara's sister stays at weekends. Mirela (Zara's sister) is 9.", "Mirela")).toBe("other-child");
    expect(flagged("Present: Mum, Tariq (Mum's brother) and his daughter Lola.")).toEqual(["Lola"]);
  });

  test("an adult's child in brackets is a child", () => {
    expect(roleOf("Zara plays with Pip (Mum's friend's son) after school.", "Pip")).not.toBe("adult");
  });

  test("a case name's '(Children)' is not a kin word", () => {
    expect(flagged("I have read the guidance in Re Q-T and Others (Children) [2021] on fact-finding.")).toEqual([]);
  });
});

/** The texts put to the worker for review. */
function reviewed(text: string, profile: CaseProfile = zara): string[] {
  return (analyse(text, profile).review ?? []).map((r) => text.slice(r.start, r.end));
}

describe("a title kept apart from the surname by initials or a collar number is still a title", () => {
  test.each([
    ["Ms K. Trewin (instructed by the local authority) for the Applicant", "Trewin"],
    ["Mr P. J. Alcott for the Children's Guardian", "Alcott"],
    ["Submitted by PC 2231 M. Ferris, Northfield Response Team", "Ferris"],
    ["Reviewed by Sgt D. Okafor on the same day.", "Okafor"],
    ["Attending: DC 40117 Pellow and Zara's mum.", "Pellow"],
  ])("%s", (text, name) => {
    expect(reviewed(`Zara is 8. ${text}`)).not.toContain(name);
    expect(flagged(`Zara is 8. ${text}`)).not.toContain(name);
  });

  test("an initial alone, without a title, is not a title", () => {
    expect(roleOf("Zara played with K. Bright at break; they sit together in class.", "Bright")).not.toBe("adult");
  });
});

describe("residential staff named by their shift are adults", () => {
  test.each(["Bex (night staff) heard Zara come in at 2am.", "Zara baked a cake with Juno, care staff, and then went to bed."])("%s", (text) => {
    const name = text.includes("Bex") ? "Bex" : "Juno";
    expect(reviewed(text)).not.toContain(name);
    expect(flagged(text)).not.toContain(name);
  });
});

describe("a household list's 'Name, attends …' is a child at a school or nursery", () => {
  test.each([
    ["Household\nGemma Hughes, mother\nOssie, attends Little Robins Nursery", ["Ossie", "Little Robins Nursery"]],
    ["Household\nGemma Hughes, mother\nMaisie – goes to Brookfield Primary School", ["Maisie", "Brookfield Primary School"]],
  ])("%s", (text, expected) => {
    expect(flagged(`Zara is 8 and lives with her mum.\n${text}`)).toEqual(expected);
  });
});

describe("a child known by a numbered label has their date of birth flagged", () => {
  test.each([
    ["Zara lives with her half-siblings, Sibling 1 (born May 2016) and Sibling 2 (born 04/10/2019).", ["May 2016", "04/10/2019"]],
    ["Child 3, DOB 12/02/2017, was at nursery.", ["12/02/2017"]],
    ["Dad has two older children: Child M, born in June 2016, who lives with her mother, and Child N.", ["June 2016"]],
  ])("%s", (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  test("a date of birth 18 or more years ago under a numbered label is not a child's", () => {
    expect(flagged("Sibling 1 (born May 1999) lives in Leeds.")).toEqual([]);
  });
});

describe("a kin noun's place phrase does not end on a preposition before a place name", () => {
  test("'a boy at the station in Kelworth': Kelworth is where, not who", () => {
    expect(flagged("A 16-year-old approached a 17-year-old boy at the bus station in Kelworth and took his phone.")).toEqual([]);
  });

  test("the kin noun still names the child after its place phrase", () => {
    expect(flagged("Zara has a friend from school, Kai, who is 12. She met a girl at the youth club called Mia.")).toEqual(["Kai", "Mia"]);
  });
});

describe("a pet named in one sentence and called a pet in the next", () => {
  test.each([
    "I went under my duvet with Milo.\nTB: Is Milo your...?\nZara: He's our dog! He is soft.",
    "Zara cuddled Alfie on the sofa. She's our cat.",
    "Zara said she walks Teddy every day; Teddy is our dog.",
  ])("%s", (text) => {
    expect(flagged(text)).toEqual([]);
  });

  test("a person called a friend in the next sentence is still a person", () => {
    expect(flagged("Zara plays with Kai at break. He is my best friend.")).toEqual(["Kai"]);
  });
});

describe("an ordinary word opening a numbered item is the item's action, not a name", () => {
  test("'3. Referral for Reuben …' beside items headed by children", () => {
    const text =
      "Plan\n1. Zara to go to school every day.\n2. Mum to take Zara to the GP.\n3. Referral for Reuben to the short breaks service.\n4. Kai to be seen by the school nurse.";
    expect(flagged(text)).toEqual(["Reuben", "Kai"]);
  });
});

describe("an agency's reference in a paragraph about another child is the referral's, not the child's", () => {
  test("'(MASH ref …)' after a sibling's disclosure", () => {
    const text =
      "Zara is 8 and in Year 3.\n\n04/03/2026 – Her sister Tamsin (10) told her teacher that Dad hit Mum. The school referred to the MASH the same day (MASH ref QT-26-41177).";
    expect(flagged(text)).toEqual(["Tamsin"]);
  });
});

describe("a kin word after a child's parent noun in apposition names the parent", () => {
  test("'whose father, her son Ralph Obi' names an adult", () => {
    const text = "Nan is 64. She also cares for Kemi, whose father, her son Ralph Obi, died in 2020. Kemi is 9.";
    expect(flagged(text)).toEqual(["Kemi", "Kemi"]);
  });

  test("a list after 'his mother,' is not an apposition", () => {
    const text = "Zara's cousin Leon lives with his mother, his sisters Orla and Shona, and his grandad.";
    expect(flagged(text)).toEqual(expect.arrayContaining(["Orla"]));
  });
});
