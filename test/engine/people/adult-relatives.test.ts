// Adults named like children: a grown-up sibling, cousin or parent whose only child-like cue is a
// kinship word or a child's age nearby. Invented sentences; every name and place is fictional.
import type { CaseProfile } from "../../../src/engine/types";
import { flagged, roleOf as roleOfIn } from "./helpers";

const wren: CaseProfile = { subject: { name: "Wren Haddow", pronouns: "she/her" } };

const roleOf = (text: string, name: string) => roleOfIn(text, name, wren);

describe("an adult's life in the relative's own clause keeps them from being flagged as a child", () => {
  test.each([
    ["a baby of their own", "Wren's sister Odile, who has her own baby, called round.", "Odile"],
    ["a baby lately born to them", "Wren's sister Odile recently had a baby girl.", "Odile"],
    ["a son of their own", "Wren's cousin Marlow has a son and lives in Tarnside.", "Marlow"],
    ["pregnant", "Wren's sister Odile is pregnant with her second.", "Odile"],
    ["in prison now", "Wren's brother Caddock is currently in prison.", "Caddock"],
    ["drives the child", "Wren's brother Caddock drove her to the clinic.", "Caddock"],
    ["works full time", "Wren's brother Caddock is working full time at the depot.", "Caddock"],
    ["lives with a partner", "Wren's sister Odile lives with her boyfriend near the park.", "Odile"],
    ["a trade", "Wren's brother Caddock is a plumber in Tarnside.", "Caddock"],
    ["works as", "Wren's cousin Marlow works as a chef.", "Marlow"],
    ["an emergency contact", "Wren's sister Odile is her emergency contact at school.", "Odile"],
    ["at work", "Wren lives with her mum and Jaxon. Jaxon was at work when I called.", "Jaxon"],
    ["a parent's partner", "Wren, Pim (6) and Jaxon were in. Jaxon is mum's partner.", "Jaxon"],
  ])("%s", (_label, text, name) => {
    expect(roleOf(text, name)).not.toBe("other-child");
  });

  test.each([
    ["over 18", "Wren's cousin Marlow is over 18 and has offered to help.", "Marlow"],
    ["an adult", "Wren's sister Odile is an adult now.", "Odile"],
    ["a decade of life", "Wren's brother Caddock is in his early twenties.", "Caddock"],
  ])("an adult's age in words makes an adult: %s", (_label, text, name) => {
    expect(roleOf(text, name)).toBe("adult");
  });
});

describe("who an age belongs to", () => {
  test("an age in a bracket after another name there is that name's", () => {
    const text = "Present: Verity Haddow (mother of Pim, 4), Wren.";
    expect(roleOf(text, "Verity")).not.toBe("other-child");
    expect(roleOf(text, "Pim")).toBe("other-child");
  });

  test("'both children's' is no parent of the speaker's own", () => {
    const text = "On Monday Verity took Pim (4) to nursery. Verity said she is tired of both children's squabbles.";
    expect(roleOf(text, "Verity")).not.toBe("other-child");
    expect(roleOf(text, "Pim")).toBe("other-child");
  });
});

describe("a relative of a named person", () => {
  test("the brother of a named adult is no other child", () => {
    const text = "Wren lives with her mother Verity Haddow. Verity's brother Ansel calls in on Sundays.";
    expect(roleOf(text, "Ansel")).not.toBe("other-child");
  });
  test("the brother of the child, or of another child, is still a child", () => {
    expect(roleOf("Wren's brother Ansel calls in on Sundays.", "Ansel")).toBe("other-child");
    expect(roleOf("Pim (8) is Wren's cousin. Pim's brother Ansel calls in too.", "Ansel")).toBe("other-child");
  });
  test("the son of a named adult is a child", () => {
    expect(roleOf("Verity Haddow is Wren's mum. Verity's son Ansel was asleep.", "Ansel")).toBe("other-child");
  });
});

describe("a name's generation", () => {
  test("a modern given name with an adult's life in its own clause is no other child", () => {
    expect(roleOf("Jaxon was at work when I called; Wren was at home.", "Jaxon")).not.toBe("other-child");
  });
  test("with an age in words it is a child", () => {
    expect(roleOf("Wren lives with mum and Jaxon. Jaxon is three.", "Jaxon")).toBe("other-child");
  });
});

describe("children in the same shapes are still found", () => {
  test.each([
    ["a sibling with no age", "Wren's brother Caddock showed me his toy cars.", "Caddock"],
    ["a teenager with a paper round", "Wren's brother Caddock (15) has a paper round.", "Caddock"],
    ["a pregnant teenager with her age", "Wren's sister Odile, aged 15, is pregnant.", "Odile"],
    ["a young carer", "Wren's brother Caddock is a young carer for their mum.", "Caddock"],
    ["work experience is no job", "Wren's brother Caddock was at work experience all week.", "Caddock"],
    ["an age in words", "Wren plays with Pim. Pim is four.", "Pim"],
    ["a cleaner room is no job", "Wren's brother Caddock is tidier than Wren and his room is cleaner.", "Caddock"],
  ])("%s", (_label, text, name) => {
    expect(roleOf(text, name)).toBe("other-child");
  });
});

describe("a his or her that may be the child's: the sentence's own opener owns the kin word", () => {
  test("a titled adult opening the clause owns 'her sister'", () => {
    const text = "Wren lives with her mum. Ms Haddow is calmer when seen with her sister, Odile Marsh, present.";
    expect(roleOf(text, "Odile")).not.toBe("other-child");
  });
  test("after a reporting verb the her may be the child's", () => {
    const text = "Wren lives with her mum. Ms Haddow said her sister, Odile Marsh, was upset.";
    expect(roleOf(text, "Odile")).toBe("other-child");
  });
  test("with no person opening the sentence the kin word counts as before", () => {
    expect(roleOf("Wren is calmer when seen with her sister, Odile, present.", "Odile")).toBe("other-child");
  });
  test("a child opening the sentence keeps the relative a child", () => {
    expect(roleOf("Wren lives with Mum and Pim (6). Pim is happier with her sister, Odile, there.", "Odile")).toBe("other-child");
  });
});

describe("children of one's own, after a short place phrase", () => {
  test("'her friend Odile from the church, who has two children' is no other child", () => {
    const text = "Ms Haddow named her friend Odile from the Polish church, who has two children of her own.";
    expect(roleOf(text, "Odile")).not.toBe("other-child");
  });
});

// A partner or relative of an adult, however the owner is written: "Mum and her boyfriend …", "her aunt … came
// with her partner", "… has a new boyfriend, …", "Mum's ex-boyfriend". A list of one owner's relations ("her mum
// and her baby brother") and the child's own partner stay as they were.
describe("a partner of an adult, joined to the adult", () => {
  const opening = "Wren (14) lives with her mother Lorna Haddow. ";
  test.each([
    ["joined by and", "Mum and her boyfriend Gareth argued on Saturday.", "Gareth"],
    ["came with", "Her aunt Shona came with her boyfriend, Gareth, to the meeting.", "Gareth"],
    ["has a new boyfriend", "Lorna has a new boyfriend, Gareth Pike.", "Gareth Pike"],
    ["an ex-boyfriend", "Mum's ex-boyfriend Gareth still calls the house.", "Gareth"],
    ["a father joined by and", "Dad and his girlfriend Odile came to the meeting.", "Odile"],
    ["a father's relationship verb", "Dad has moved in with his girlfriend Odile.", "Odile"],
    ["a mother's relationship verb", "Mum introduced her new boyfriend Gareth on Saturday.", "Gareth"],
    ["back in touch with", "Her mother is back in touch with her ex-partner Gareth.", "Gareth"],
  ])("%s", (_label, sentence, name) => {
    expect(flagged(opening + sentence, wren)).not.toContain(name);
    expect(roleOf(opening + sentence, name)).toBe("adult");
  });
  test("a list of one owner's relations: her mum and her baby brother", () => {
    expect(flagged(opening + "She sees her mum and her baby brother, Alfie, on Fridays.", wren)).toContain("Alfie");
  });
  test("a household list: lives with Mum and her brother", () => {
    expect(flagged(opening + "Wren lives with Mum and her brother Alfie.", wren)).toContain("Alfie");
  });
  test("the child's own boyfriend, with no age, goes to the worker (stop 37: a boyfriend may be an adult)", () => {
    expect(roleOf(opening + "Wren has a boyfriend, Callum.", "Callum")).toBe("undecided");
  });
  test.each([
    ["in the kin phrase", "Wren's 19-year-old boyfriend Callum was present.", "adult"],
    ["after an apposition", "Callum, Wren's boyfriend, is 19.", "adult"],
    ["a child's age after an apposition", "Callum, Wren's boyfriend, is 15.", "other-child"],
    ["a brother's age in the kin phrase", "Her 3-year-old brother Callum was asleep.", "other-child"],
  ])("the age of a partner or relative %s is theirs", (_label, sentence, role) => {
    expect(roleOf(opening + sentence, "Callum")).toBe(role);
  });
  test("a parent's view of a boyfriend is no relationship of the parent's", () => {
    // In a teenager's record "her boyfriend" after "Mum does not like" is as likely the child's: not the mother's
    // partner (an adult), but with no age the worker decides.
    expect(roleOf(opening + "Mum does not like her boyfriend Callum.", "Callum")).toBe("undecided");
    expect(flagged(opening + "Mum walks her sister Odile to school.", wren)).toContain("Odile");
  });
  test("an adult's son is a child", () => {
    expect(flagged(opening + "Mum and her son Alfie (6) came to the office.", wren)).toContain("Alfie");
    expect(flagged(opening + "Lorna has a son, Alfie, who is 6.", wren)).toContain("Alfie");
  });
});
