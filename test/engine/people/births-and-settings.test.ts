// Births written in every form, settings where another child learns, and names that are also words.
// Invented text; the subject is a girl, so a "he" cannot be her.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";

const nell: CaseProfile = { subject: { name: "Nell Ashby", aliases: ["Nell"], pronouns: "she/her" } };
const otherChild = (text: string) =>
  analyse(text, nell)
    .findings.filter((f) => f.category === "other-child")
    .map((f) => f.text);
const roleOf = (text: string, name: string) => analyse(text, nell).people?.find((p) => p.displayName === name)?.role;

describe("a year or month of birth", () => {
  test.each([
    ["b. and a year", "Nell lives with her dad. Corran (b. 2016) lives with his mother.", "Corran"],
    ["born and a year in brackets", "Nell lives with her dad. Corran (born 2016) lives with his mother.", "Corran"],
    ["born in a year", "Nell lives with her dad. Corran was born in 2016 and lives in Hull.", "Corran"],
  ])("%s makes a child", (_label, text, name) => {
    expect(roleOf(text, name)).toBe("other-child");
  });
  test("a year of birth long ago makes an adult", () => {
    expect(roleOf("Nell lives with her dad. Corran (b. 1988) lives in Hull.", "Corran")).toBe("adult");
  });
  test("born in a month and year: the date is the child's", () => {
    expect(otherChild("Nell lives with her dad. Her brother Corran was born in October 2016.")).toEqual(["Corran", "October 2016"]);
  });
});

describe("a date of birth in brackets after one name", () => {
  test("years before the record's date: a child's birth, the date theirs", () => {
    const text = "Visit on 3 March 2025. Nell lives with her dad. Corran (12/03/2016) attends Hill Primary.";
    expect(roleOf(text, "Corran")).toBe("other-child");
    expect(otherChild(text)).toEqual(expect.arrayContaining(["Corran", "12/03/2016"]));
  });
  test("the subject's own is an identifier, not another child", () => {
    const found = analyse("Visit on 3 March 2025. Nell Ashby (14/02/2015) lives with her dad.", nell).findings;
    expect(found.find((f) => f.text === "14/02/2015")?.category).toBe("identifier");
  });
});

describe("chronology rows recording a birth", () => {
  const rows = "Chronology\nOctober 2016 – Corran born.\n05/03/2021 – Birth of half-sister Pippa.\n2019 - Tiernan born to Sorcha and Declan.\n";
  test("a row opening with a month and year, and a 'birth of' row", () => {
    const found = otherChild(rows);
    expect(found).toEqual(expect.arrayContaining(["October 2016", "Corran", "05/03/2021", "Pippa", "Tiernan"]));
  });
  test("a row recording the subject's own birth is hers, though other children are named above the table", () => {
    const text = "Family: brothers Corran and Tiernan.\n\nDate\tEvent\tSource\n14/02/2015\tNell born at home, 36 weeks.\tHealth\n11/09/2018\tCorran born.\tHealth\n";
    const found = analyse(text, nell).findings;
    expect(found.find((f) => f.text === "14/02/2015")?.category).toBe("identifier");
    expect(found.find((f) => f.text === "11/09/2018")?.category).toBe("other-child");
  });
  test("the parents a child is born to are adults", () => {
    expect(roleOf(rows, "Sorcha")).toBe("adult");
    expect(roleOf(rows, "Declan")).toBe("adult");
  });
  test("a mother who gave birth is an adult, the baby a child", () => {
    const text = "Nell was quiet. In May 2024 Sorcha gave birth to Tiernan.";
    expect(roleOf(text, "Sorcha")).toBe("adult");
    expect(roleOf(text, "Tiernan")).toBe("other-child");
  });
});

describe("a family table without a header", () => {
  test("name, relationship and date on a line: the date is that person's date of birth", () => {
    const text = "Family members\nCorran Ashby      brother     14/02/2015\nPippa Ashby       sister      11/09/2018\n";
    expect(otherChild(text)).toEqual(["Corran Ashby", "14/02/2015", "Pippa Ashby", "11/09/2018"]);
  });
  test("an event row with no relationship is not a date of birth", () => {
    const text = "Meetings\nCore Group      review      14/02/2025\n";
    expect(analyse(text, nell).findings.filter((f) => f.text === "14/02/2025")).toEqual([]);
  });
});

describe("a setting where another child learns", () => {
  test.each([
    ["a tutor at a centre", "Nell is well. Dávid (12) lives next door. Dávid's tutor at The Bridge Centre says he is settled.", "Bridge Centre"],
    ["a pupil referral unit", "Nell is well. Her brother Corran (13) has been attending Ravensmead PRU since March.", "Ravensmead PRU"],
    ["a school someone went to in order to see him", "Nell was quiet. I went to Hollins Academy to see her brother Corran (13) afterwards.", "Hollins Academy"],
    ["a he in a girl's record", "Nell's brother Corran is 13. He attends Hollins Academy, where he is in Year 8.", "Hollins Academy"],
    ["a setting with no school word, after 'attends'", "Nell was quiet. Her brother Corran (4) attends Bright Horizons in town.", "Bright Horizons"],
    ["an unnamed brother's setting", "Nell was quiet. Her brother attends Bright Horizons in town.", "Bright Horizons"],
    ["a he's in a girl's record", "Nell was quiet. Her brother Corran (13) was there. He's at Ravensmead Pupil Referral Unit now.", "Ravensmead Pupil Referral Unit"],
    ["named after the child who attends it", "Nell's brother Pim is 3. Mum works at the nursery Pim attends, Little Wrens, on Mondays.", "Little Wrens"],
    ["an unnamed child known by an age", "Nell was at the park. The other girl was a 14-year-old from Hollins Academy.", "Hollins Academy"],
    ["a saint's name after a child known by an age", "Nell was at the park. The other girl was a 14-year-old from St Bede's.", "St Bede's"],
  ])("%s", (_label, text, setting) => {
    expect(otherChild(text)).toContain(setting);
  });
  test("a she in a girl's record is the subject: her own school stays", () => {
    expect(otherChild("Nell's brother Corran is 13. She attends Hollins Academy.")).toEqual(["Corran"]);
  });
  test("the subject described by an age keeps her own school", () => {
    expect(otherChild("Nell, a 14-year-old at Hollins Academy, was quiet.")).toEqual([]);
    expect(otherChild("Nell, a 14-year-old from St Bede's, was quiet.")).toEqual([]);
  });
  test("the subject's own setting is not another child's", () => {
    expect(otherChild("Nell attends Bright Horizons. Her brother Corran (9) does not.")).toEqual(["Corran"]);
  });
  test("the subject's school named again without its school words is no person and no other child's", () => {
    const text = "Child: Nell Ashby, Year 7, Wexley High School\n\nNell likes Wexley. Her friend Corran (12) moved to Wexley too.";
    expect(otherChild(text)).toEqual(["Corran"]);
  });
  test("another child's school named again without its school words is still theirs", () => {
    const text = "Nell is well. Her brother Corran (13) attends Wexley High School. Wexley rang about Corran on Monday.";
    expect(otherChild(text)).toEqual(expect.arrayContaining(["Wexley High School", "Wexley"]));
  });
  test("a school's town named before an estate or a road is the place, not the school", () => {
    const text = "Nell is well. Her brother Corran (13) attends Wexley College. Nell was found on the Wexley estate.";
    expect(otherChild(text)).toEqual(["Corran", "Wexley College"]);
  });
  test("an adult's workplace is not a child's setting", () => {
    expect(otherChild("Nell is well. Her dad, Mr Ashby, attends Ravensmead College on a course.")).toEqual([]);
  });
});

describe("names that are also words", () => {
  test("a word name joined to a child by 'and' at a sentence start", () => {
    expect(otherChild("Nell lives with her mum. Blessing and Precious (both 6) were at home.")).toEqual(["Blessing", "Precious"]);
  });
  test("words listed beside a given name are put to the worker, not passed over", () => {
    const r = analyse("Nell lives with her mum. At home were Favour, Miracle and Kingsley.", nell);
    const placed = (r.people ?? []).filter((p) => p.role !== "not-a-person").map((p) => p.displayName);
    expect(placed).toEqual(expect.arrayContaining(["Favour", "Miracle", "Kingsley"]));
  });
  test("ordinary words in a list with no given name stay words", () => {
    const r = analyse("Nell lives with her mum. Health, Education and Police attended.", nell);
    expect((r.people ?? []).filter((p) => p.role !== "not-a-person" && p.role !== "subject")).toEqual([]);
  });
});

describe("a family named by its children", () => {
  test("the Novak children are other children", () => {
    expect(otherChild("Nell was quiet. The Novak children were playing outside.")).toEqual(["Novak"]);
  });
  test("a family name after 'the' with no children word stays unplaced", () => {
    expect(otherChild("Nell was quiet. The Novak house was cold.")).toEqual([]);
  });
});

describe("an adult's life makes a kin word uncertain", () => {
  test.each([
    ["a job", "Nell lives with her mum. Her older sister Jade, who works as a carer, visits on Sundays.", "Jade"],
    ["university", "Nell lives with her mum. Her brother Kyle is at university in Leeds.", "Kyle"],
    ["prison", "Nell lives with her mum. Her brother Kyle is in prison.", "Kyle"],
    ["a home of his own", "Nell lives with her mum. Her brother Kyle has his own flat in Hull.", "Kyle"],
  ])("%s: put to the worker, not flagged as a child", (_label, text, name) => {
    expect(roleOf(text, name)).toBe("undecided");
  });
  test("an age still decides: a 15-year-old with a Saturday job is a child", () => {
    expect(roleOf("Nell lives with her mum. Her brother Kyle (15) works Saturdays at the chip shop.", "Kyle")).toBe("other-child");
  });
  test("someone else's job in the clause does not count", () => {
    expect(roleOf("Nell lives with her mum. Her brother Kyle said his dad works as a driver.", "Kyle")).toBe("other-child");
  });
});

describe("a parent's place in the name's own clause makes an adult", () => {
  test.each([
    ["mother to", "Nell Ashby\nNell is 9.\nMaren Ashby\nMaren is mother to both girls and works part time.", "Maren Ashby"],
    ["the father of", "Nell lives with her mum. Dorian was the father of her baby brother.", "Dorian"],
  ])("%s", (_label, text, name) => {
    expect(roleOf(text, name)).not.toBe("other-child");
  });
  test("the parent of someone else is still read: 'is mother's' is not 'is mother to'", () => {
    expect(roleOf("Nell lives with her mum. Her cousin Tilly, 7, is the father's favourite.", "Tilly")).toBe("other-child");
  });
});

describe("a young child's own life", () => {
  test.each([
    ["crying in a cot", "Nell was quiet. Ellie was crying in her cot."],
    ["crawling", "Nell was quiet. Ellie has started crawling."],
    ["teething", "Nell was quiet. Mum said Ellie had been up all night teething."],
    ["a nappy of her own", "Nell was quiet. Ellie's nappy needed changing."],
    ["sharing a bedroom with the subject", "Nell shares a bedroom with Ellie."],
    ["playing with the subject", "Nell was playing on the trampoline with Ellie."],
  ])("%s makes a child", (_label, text) => {
    expect(roleOf(text, "Ellie")).toBe("other-child");
  });
  test.each([
    ["changing a nappy", "Nell was quiet. Kerry changed her nappy and put her in the cot."],
    ["pushing a pram", "Nell was quiet. Kerry was pushing the pram."],
  ])("a carer %s is not made a child", (_label, text) => {
    expect(roleOf(text, "Kerry")).not.toBe("other-child");
  });
});

describe("a child's date of birth that is not the subject's", () => {
  const header = "Name: Nell Ashby\nDOB: 03/04/2015\n\n";
  test("once the subject's own date is known, another child's date is another child's", () => {
    expect(otherChild(`${header}Police noted a second child at the address, DOB 04/05/2018, name not given.`)).toEqual(["04/05/2018"]);
  });
  test("the subject's own date written again is hers", () => {
    expect(otherChild(`${header}Nell's date of birth was confirmed as 03/04/2015 by the school.`)).toEqual([]);
  });
  test("an adult's date of birth is not a child's", () => {
    expect(otherChild(`${header}Police noted an adult at the address, DOB 04/05/1990.`)).toEqual([]);
  });
  test("without the subject's date nothing is assumed", () => {
    expect(otherChild("Police noted a second child at the address, DOB 04/05/2018, name not given. Nell was asleep.")).toEqual([]);
  });
});

describe("pets", () => {
  test.each([
    ["in apposition", "Nell showed me the family dog, Tyson. Tyson was barking.", "Tyson"],
    ["called", "Nell has a hamster called Nibbles and a cat called Luna.", "Luna"],
    ["after the name", "Nell was walking Bella, the dog, when I arrived.", "Bella"],
    ["a pet noun before the name", "Nell said she loves her puppy Milo. Milo sleeps on her bed.", "Milo"],
    ["in brackets", "The dog (Rocky) was shut in the kitchen during the visit. Nell was calm.", "Rocky"],
  ])("a pet's name %s is not a person", (_label, text, name) => {
    expect(roleOf(text, name)).toBe("not-a-person");
    expect(otherChild(text)).toEqual([]);
  });
  test("a name read as a pet once is still a child where kinship or an age says so", () => {
    expect(roleOf("Nell is scared of the dog Tyler keeps. Her brother Tyler (8) lives with Dad.", "Tyler")).toBe("other-child");
  });
  test("a child named beside a pet is still a child", () => {
    expect(otherChild("Nell's brother Tyson (8) walks the dog, Bella, after school.")).toEqual(["Tyson"]);
  });
});

describe("a place that opens a sentence", () => {
  test("'In Devon, Nell…' lists nobody with the subject", () => {
    expect(otherChild("In Devon, Nell stayed with her aunt.")).toEqual([]);
  });
});
