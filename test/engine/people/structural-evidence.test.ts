// People-stage mechanisms that rest on how a record is built rather than on its wording (issue 15, stop 25):
// calendar words used as given names, kin words and plurals that are not names, places inside lists of
// children, adult roles given in field labels, and a child's row in a table. Every name here is invented.
import type { CaseProfile } from "../../../src/engine/types";
import { flagged as flaggedIn } from "./helpers";

const wren: CaseProfile = { subject: { name: "Wren Haddow", aliases: ["Wren"], pronouns: "she/her" } };
const flagged = (text: string, profile: CaseProfile = wren) => flaggedIn(text, profile);

describe("a calendar word the record uses as a given name is a name, away from dates", () => {
  test.each([
    ["an age in brackets", "Wren lives with Mum and her little sister June (6). June started Reception in September.", ["June (6)", "June"]],
    ["a kin word before it", "Wren's cousin, May, came to the review on 4 May with her dad. Wren and May played cards.", ["May", "May"]],
    ["an age after a comma", "At home are Mum, Wren and her brother August, 9, who shares her room. August is at Holt Primary.", ["August", "August"]],
  ])("%s", (_label, text, expected) => {
    const found = flagged(text);
    for (const e of expected) expect(found).toContain(e.split(" ")[0]);
    expect(found.filter((f) => f === expected[0].split(" ")[0]).length).toBe(expected.length);
  });

  test("a profile-listed child with a month's name, with the month used as a date beside it", () => {
    const profile: CaseProfile = { ...wren, otherChildren: ["April Haddow"] };
    const text = "Wren arrived with Mum and April. April drew a card. The next review is on 14 April 2027 and Wren went home in April.";
    expect(flagged(text, profile)).toEqual(["April", "April"]);
  });

  test("months alone stay months", () => {
    const text = "Wren's sister was born in June. Since May Wren has been attending; her brother Ty (8) visits in August.";
    expect(flagged(text)).toEqual(["Ty"]);
  });
});

describe("a lower-case word before an age is a name only when it is not an ordinary word in another shape", () => {
  test.each([
    ["a hyphenated kin word", "Police protection: Wren (13) and half-sister (5), both to EDT carers.", "half-sister"],
    ["a step-relative", "Wren (13) and step-brother (9) were seen together.", "step-brother"],
    ["the plural of a word in a figure", "Attendance 88% (absences 12, lates 9). Wren (13) is in Year 8.", "lates"],
  ])("%s", (_label, text, word) => {
    expect(flagged(text)).not.toContain(word);
  });

  test("a lower-case name in shorthand is still read", () => {
    expect(flagged("wren (13) seen at home, bro kairo (10) in too.")).toContain("kairo");
  });
});

describe("under a heading about other children, a word after a place preposition is a place", () => {
  test.each([
    ["a school in brackets", "Siblings: Kobe (Year 9 at Farrowgate); Elsie-Mae (Reception)\n\nWren walks to school.", "Farrowgate"],
    ["where a sibling is placed", "Where the other children are\nKobe (12) is with carers in Tillbury (Mrs Oyelaran). Elsie-Mae (3) is with Nan.", "Tillbury"],
    ["where siblings go", "Other children in the household:\nKobe (9), who goes to Dunhallow, and Elsie-Mae (4).", "Dunhallow"],
  ])("%s", (_label, text, place) => {
    const found = flagged(text);
    expect(found).toContain("Kobe");
    expect(found).not.toContain(place);
  });
});

describe("a field label naming an adult role, wherever the form puts it", () => {
  test.each([
    [
      "the second field on a line",
      "PLAN REVIEW\nName: Wren Haddow   Age: 16\nMy PA: Jolene Marr   Social worker: Tomasz Briar\n\n1. Wren: finish the course.\n2. Tomasz Briar: book the review.",
      "Tomasz Briar",
    ],
    [
      "a label qualified by a time",
      "Name: Wren Haddow\nSocial worker until 18: Kit Ferrand\nActions\n1. Wren: apply for college.\n2. Kit Ferrand: chase the housing form.",
      "Kit Ferrand",
    ],
    ["a label qualified in brackets", "Wren Haddow | Key worker (nights): Remy Stroud | Room 4\nWren (15) slept well.", "Remy Stroud"],
  ])("%s", (_label, text, adult) => {
    expect(flagged(text).some((f) => adult.startsWith(f) || f.startsWith(adult.split(" ")[0]))).toBe(false);
  });
});

describe("a role word in the plural possessive owns the person named; it is not their role", () => {
  test.each([
    ["in brackets", "Wren would like a buddy: Tobiah (the carers' other foster child) is in Year 10 here.", "Tobiah"],
    ["after a comma", "Wren shares a room with Sunniva, the teachers' daughter, who is in Year 4.", "Sunniva"],
  ])("%s", (_label, text, name) => {
    expect(flagged(text)).toContain(name);
  });
});

describe("a he or she after a place named like a person refers to the child named before", () => {
  const profile: CaseProfile = { ...wren, otherChildren: ["Kobe Haddow"] };
  test.each([
    ["a child of known gender", "Where the others are\nKobe (12) is with carers in Preston (Mrs Oyelaran). He goes to Farrow Academy, so a taxi is needed.", profile],
    [
      "a child whose name tells no gender, under a heading line",
      "Where the others are\nSky (12) is with carers in Preston (Mrs Oyelaran). He goes to Farrow Academy, so a taxi is needed.",
      { ...wren, otherChildren: ["Sky Haddow"] },
    ],
  ])("%s", (_label, text, p) => {
    const found = flagged(text, p);
    expect(found).toContain("Farrow Academy");
    expect(found).not.toContain("Preston");
  });
});

describe("a table row opened by a name: its numbers and addresses are that person's", () => {
  const table = [
    "PEOPLE WREN MAY BE WITH",
    "Name\tAge\tWho\tPhone\tAddress",
    "Jakub Orlov\t15\tfriend from football\t07700 900461\t14 Brook Lane, Emberton",
    "Tamsin Reade\t14\tgirlfriend\tnot known\tnear the park",
    "Corinne Haddow\t44\tMum\t07700 900222\t3 Fell View, Emberton EM4 2QQ",
  ].join("\n");
  test("a child's row gives up the child's phone and address; the mother's row gives up nothing", () => {
    const found = flagged(table);
    expect(found).toEqual(expect.arrayContaining(["Jakub Orlov", "07700 900461", "Tamsin Reade"]));
    expect(found.some((f) => f.includes("900222") || f.includes("Fell View"))).toBe(false);
  });
  test("cells between bars", () => {
    const found = flagged("| Name | Age | Phone |\n| Jakub Orlov | 15 | 07700 900461 |\n| Corinne Haddow | 44 (Mum) | 07700 900222 |");
    expect(found).toContain("07700 900461");
    expect(found).not.toContain("07700 900222");
  });
});

describe("a table's header names its columns: the age and relationship cells are the row's person's", () => {
  test.each([
    ["tabs", "Name\tAge\tRelationship\nJakub Orlov\t15\tfriend\nCorinne Haddow\t44\tMum\nWren was seen alone."],
    ["bars", "| Name | Age | Who they are |\n| Jakub Orlov | 15 | friend |\n| Corinne Haddow | 44 | Mum |\nWren was seen alone."],
    ["a relationship with no age", "Name\tAge\tRelationship\nJakub Orlov\t15\tfriend\nCorinne Haddow\tnot known\tMum\nWren was seen alone."],
  ])("%s", (_label, text) => {
    const found = flagged(text);
    expect(found).toContain("Jakub Orlov");
    expect(found).not.toContain("Corinne Haddow");
  });
});

describe("a number in brackets that counts something is not an age", () => {
  test.each([
    ["a heading's review number", "CARE PLAN (review 2)\nName: Wren Haddow\n\nWren is settled."],
    ["a part of a document", "Wren's Story (Part 3)\nWren moved to her carers last spring."],
    ["a visit count", "Family Time Notes (visit 4)\nWren saw Mum at the centre."],
  ])("%s", (_label, text) => {
    expect(flagged(text)).toEqual([]);
  });

  test.each([
    ["about", "Dad brought Wren's cousin Tobiah (about 7) without asking.", "Tobiah"],
    ["she's, in shorthand", "wren was brilliant with Pippin (shes 3) at the beach.", "Pippin"],
    ["aged after a kin word", "Wren played at the park with Sol (cousin aged 6) and his dad.", "Sol"],
  ])("an age's own words still give an age: %s", (_label, text, name) => {
    expect(flagged(text)).toContain(name);
  });
});

describe("an item head the record also writes in lower case is the item's subject matter, not a child", () => {
  test("numbered recommendations", () => {
    const text =
      "1. Wren Haddow: her story\n2. Her family\n\nWren's brother Kobe (9) was adopted; there is memorybox once a year.\n\n" +
      "Recommendations\n1. That the plan continues.\n2. Sibling time with Kobe: four times a year.\n3. Memorybox with Kobe's adopters: Wren to be helped to write her card.\n";
    const found = flagged(text);
    expect(found).toContain("Kobe");
    expect(found).not.toContain("Memorybox");
  });
});

describe("a school named after its town: the town alone stays a town", () => {
  test.each([
    ["the town in an address", "Wren's friend Kobe (14) goes to Fellbrook Academy. Kobe lives at 4 Mill Row, Fellbrook.\n\nPlaces Wren goes\nFellbrook and the park by the river."],
    ["what a town has", "Wren's friend Kobe (14) goes to Fellbrook Academy.\n\nPlaces Wren goes\nFellbrook bus station; the skate park."],
  ])("%s", (_label, text) => {
    const found = flagged(text);
    expect(found).toContain("Fellbrook Academy");
    expect(found).not.toContain("Fellbrook");
  });
});

describe("a saint's name where a child goes is the child's school, past a town between that owns nothing", () => {
  test.each([
    ["goes to", "Wren's brother Kobe (13) is in foster care in Preston and goes to St Aldhelm's.", "St Aldhelm's"],
    ["attends", "Wren's sister Elsie-Mae (8) lives with Nan in Ashton and attends St Wenna's.", "St Wenna's"],
  ])("%s", (_label, text, school) => {
    expect(flagged(text).some((f) => school.startsWith(f) && f.length >= school.length - 2)).toBe(true);
  });

  test("a saint's name with a school word keeps its whole name", () => {
    expect(flagged("Wren's brother Kobe (13) goes to St Aldhelm's Academy.")).toContain("St Aldhelm's Academy");
  });
});

describe("full names listed alike with a child named by the generation of her name are children too", () => {
  test("a friendship list on a transition form", () => {
    const text = "FRIENDSHIPS\nPlease keep with: Anouk Brennan, Ayla Forde (both moving up in September)\n\nWren is a quiet girl.";
    expect(flagged(text)).toEqual(expect.arrayContaining(["Anouk Brennan", "Ayla Forde"]));
  });
  test("a list holding an adult says nothing of the others", () => {
    const text = "Present: Anouk Brennan, Ayla Forde, Dr Tomas Reid (GP)\n\nWren was seen.";
    expect(flagged(text)).not.toContain("Anouk Brennan");
  });
});

describe("a name heading the child's peer group in the child's own words is a peer", () => {
  test.each([
    ["and them", 'Wren said: "At school my tummy hurt because Solveig and them laughed at my reading."', "Solveig"],
    ["and her mates", 'Wren told me, "I hate break because Solveig and her mates follow me round."', "Solveig"],
  ])("%s", (_label, text, name) => {
    expect(flagged(text)).toContain(name);
  });
});
