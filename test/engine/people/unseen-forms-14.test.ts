// Classes of evidence the people stage got wrong on unseen text (invented text here): a child whose given name
// is also a kin word, a kin word heading an organisation's name, a referral form's "Referred by", a pet named in
// a sentence about friends, and a school's short name that is really a road or another organisation, or a school
// the subject shares.
import type { CaseProfile } from "../../../src/engine/types";
import { flagged, roleOf } from "./helpers";

describe("a given name that is also a kin word (Nana, Nan, Gran)", () => {
  const profile: CaseProfile = {
    subject: { name: "Ama Boateng", aliases: ["Ama"], pronouns: "she/her" },
    otherChildren: ["Nana Owusu"],
    adults: ["Grace Owusu"],
  };
  test("a listed child called Nana is found in full and alone", () => {
    const text = "Mrs Owusu's children:\n- Nana Owusu, born 02/04/2022, attends Bright Beginnings Nursery\n\nAma and Nana play well together. When Nana cried, Ama gave her a toy.";
    const out = flagged(text, profile);
    expect(out).toContain("Nana Owusu");
    expect(out.filter((t) => t === "Nana")).toHaveLength(2);
  });
  test("without the profile or an age, Nana is a grandmother, not a child", () => {
    const bare: CaseProfile = { subject: { name: "Ama Boateng", aliases: ["Ama"], pronouns: "she/her" } };
    expect(flagged("Ama goes to Nana on Sundays. Nana makes jollof.", bare)).toEqual([]);
  });
  test("an age after the word makes it a name", () => {
    const bare: CaseProfile = { subject: { name: "Ama Boateng", aliases: ["Ama"], pronouns: "she/her" } };
    expect(flagged("Ama shares a room with her cousin, Nana (4), at her aunt's.", bare)).toContain("Nana");
  });
});

describe("a capitalised kin word heading an organisation's name", () => {
  const profile: CaseProfile = { subject: { name: "Jonah Pike", aliases: ["Jonah"], pronouns: "he/him" } };
  test("'Tanya Reeve, Children in Care Team' is not described as children", () => {
    const text = "Referred to: Tanya Reeve, Children in Care Team. Jonah was seen at school.";
    expect(flagged(text, profile)).not.toContain("Tanya Reeve");
  });
  test("a kin word in lower case still describes the name before it", () => {
    const text = "Jonah lives with his mother and Tia, his sister.";
    expect(flagged(text, profile)).toContain("Tia");
  });
});

describe("a referral form's 'Referred by' names a professional", () => {
  const profile: CaseProfile = { subject: { name: "Jonah Pike", aliases: ["Jonah"], pronouns: "he/him" } };
  test("the referrer is an adult", () => {
    expect(roleOf("Referred by: Tanya Reeve\nJonah was seen at school.", "Tanya Reeve", profile)).toBe("adult");
  });
});

describe("a pet named in a sentence about friends", () => {
  const profile: CaseProfile = { subject: { name: "Jonah Pike", aliases: ["Jonah"], pronouns: "he/him" } };
  test("'his rabbit Biscuit and his best friend Ellis from class': Biscuit is not a child", () => {
    const text = "In the house of good things Jonah drew his rabbit Biscuit and his best friend Ellis from class.";
    const out = flagged(text, profile);
    expect(out).not.toContain("Biscuit");
    expect(out).toContain("Ellis");
  });
});

describe("a school's short name that is a road or another organisation", () => {
  const profile: CaseProfile = { subject: { name: "Jonah Pike", aliases: ["Jonah"], pronouns: "he/him" } };
  test("'on Mill Road' is the road, 'Mill Road Primary' the sister's school", () => {
    const text = "Jonah was stopped on Mill Road. His sister, Tia (8), attends Mill Road Primary.";
    const out = flagged(text, profile);
    expect(out).toContain("Mill Road Primary");
    expect(out).not.toContain("Mill Road");
  });
  test("'Ashby Family Hub' is not the sister's 'Ashby Juniors'", () => {
    const text = "Lead practitioner: Jo Hart, Ashby Family Hub.\n\nTia is in Year 5 at Ashby Juniors. Jonah's review will be at Ashby Family Hub.";
    const out = flagged(text, profile);
    expect(out).toContain("Ashby Juniors");
    expect(out).not.toContain("Ashby");
  });
});

describe("a school counted from the subject's year or class is shared", () => {
  const profile: CaseProfile = { subject: { name: "Jonah Pike", aliases: ["Jonah"], pronouns: "he/him" } };
  test("'who's in the year above at Kestrel School'", () => {
    const text = "Jonah walked to the bus with Cody (13), who's in the year above at Kestrel School.";
    const out = flagged(text, profile);
    expect(out).toContain("Cody");
    expect(out).not.toContain("Kestrel School");
  });
  test("'is in the parallel class at Fenwick Primary'", () => {
    const text = "Jonah fell out with his cousin Brody. Brody is also ten and is in the parallel class at Fenwick Primary.";
    expect(flagged(text, profile)).not.toContain("Fenwick Primary");
  });
  test("a school of the other child's own is still theirs", () => {
    const text = "Jonah walked to the bus with Cody (13), who goes to Kestrel School.";
    expect(flagged(text, profile)).toContain("Kestrel School");
  });
});

describe("a setting found without its setting word is the same setting when named again", () => {
  const profile: CaseProfile = { subject: { name: "Kian Doyle", aliases: ["Kian"], pronouns: "he/him" } };
  test("'attends Bluebell Corner nursery', then 'manager at Bluebell Corner'", () => {
    const text = "Youngest child Tayo, 2, attends Bluebell Corner nursery on Hollin Road.\n\n11:45 Call from Kim Stanhope, manager at Bluebell Corner. Kian was at school.";
    expect(flagged(text, profile).filter((t) => t === "Bluebell Corner")).toHaveLength(2);
  });
});
