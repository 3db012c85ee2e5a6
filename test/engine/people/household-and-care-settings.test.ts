// Other children's details that documents give by their layout or by a word for where a child lives:
// household lists with the date straight after the name, numbers labelled after a name and age, care
// settings in brackets, and a setting named again for short. Invented text; the subject is a girl.
import type { CaseProfile } from "../../../src/engine/types";
import { analyse } from "../../../src/engine";
import { flagged, roleOf } from "./helpers";

const nell: CaseProfile = { subject: { name: "Nell Ashby", aliases: ["Nell"], pronouns: "she/her" } };

describe("a household list with the date straight after the name", () => {
  test.each([
    [
      "tabs under a heading",
      "Child: ASHBY, Nell\tDOB: 03/04/2015\nOthers in household:\nASHBY, Corran\t14/02/2013\tHolm Lea School\nASHBY, Pippa\t11/09/2022\tTiny Steps Nursery\n",
    ],
    [
      "dashes in a bulleted list",
      "Nell Ashby, DOB 03/04/2015.\nFamily living at the address:\n- Corran Ashby – 14/02/2013 – Holm Lea School\n- Pippa Ashby – 11/09/2022 – at home\n",
    ],
    ["bars under a heading for siblings", "Subject: Nell Ashby (03/04/2015)\nSiblings\nCorran Ashby | 14/02/2013 | Year 8\nPippa Ashby | 11/09/2022 | not in school\n"],
  ])("%s: each child's date is their date of birth", (_label, text) => {
    expect(flagged(text, nell)).toEqual(expect.arrayContaining(["14/02/2013", "11/09/2022"]));
  });
  test("a bulleted row with the relationship in brackets before the date", () => {
    const text = "Nell Ashby, DOB 03/04/2015.\nOthers living at the address\n• Corran Ashby (brother) – 22/01/2012\n• Pippa Ashby (sister) – 30/08/2023\n";
    expect(flagged(text, nell)).toEqual(expect.arrayContaining(["22/01/2012", "30/08/2023"]));
  });
  test("a relationship after the date makes it a date of birth without a heading", () => {
    expect(flagged("Nell is 10.\n\nCorran Ashby\t14/02/2013\tbrother\n", nell)).toContain("14/02/2013");
  });
  test("an adult's row: the date of birth says the person is an adult", () => {
    const text = "Others in household:\nASHBY, Corran\t14/02/2013\tHolm Lea School\nASHBY, Bronagh\t02/03/1990\tmother\n";
    expect(roleOf(text, "Bronagh", nell)).toBe("adult");
    expect(flagged(text, nell)).not.toContain("02/03/1990");
  });
  test("a log of visits by name and date is not a list of births", () => {
    const text = "Nell was seen twice.\n\nVisits\nJo Kettle\t14/02/2025\thome visit\nJo Kettle\t11/03/2025\tschool visit\n";
    expect(flagged(text, nell)).toEqual([]);
  });
});

describe("a number labelled straight after another child's name", () => {
  test.each([
    ["name, age, NHS no.", "Baby: Nell Ashby, NHS no. 943 556 2187.\nMum: Kayleigh Ashby, 16, NHS no. 943 118 0062.", "943 118 0062"],
    ["name (age) – NHS number", "Nell is settled. Her mum, Kayleigh Ashby (16) – NHS number 943 118 0062 – is in care herself.", "943 118 0062"],
    ["possessive NHS number is", "Nell is settled. Her brother Corran (13) is unwell; Corran's NHS number is 943 118 0062.", "943 118 0062"],
  ])("%s", (_label, text, number) => {
    expect(flagged(text, nell)).toContain(number);
  });
  test("the subject's own number stays an identifier", () => {
    expect(flagged("Nell Ashby, 10, NHS no. 943 556 2187.", nell)).toEqual([]);
  });
});

describe("a number named by its owner's possessive, whoever is named between (set 9)", () => {
  test.each([
    [
      "chat line",
      "Nell is at home. Her brother Corran (13) has a new phone.\n[Mon 09:02] Jo Bell: got Corran's no off an old bill of Nell's, 07700 900111, on file",
      "07700 900111",
    ],
    ["e-mail", "Nell is at home. Her brother Corran (13) has a new phone. I took Corran's mobile number off Nell's school form: 07700 900112.", "07700 900112"],
    ["chronology", "Nell is at home. Her brother Corran (13) has a new phone.\n12/03 – Corran's new number, given by Mum, is 07700 900113.", "07700 900113"],
  ])("%s", (_label, text, number) => {
    expect(flagged(text, nell)).toContain(number);
  });
  test("the subject's own number stays an identifier", () => {
    expect(flagged("Her brother Corran (13) lent her a phone. Nell's new number, from Corran's old phone bill, is 07700 900114.", nell)).not.toContain("07700 900114");
  });
});

describe("a reference in a sentence about another child", () => {
  test("the subject named only after it, in a later clause, does not make it the subject's", () => {
    const text =
      "Her brother Corran Ashby (born 08/05/2016) is the subject of separate proceedings under case number QX25C01185 and I mention him only to explain the plan for Nell.";
    expect(flagged(text, nell)).toContain("QX25C01185");
  });
  test("the subject named before it keeps it an identifier", () => {
    const text = "Nell and her brother Corran Ashby (born 08/05/2016) are the subject of proceedings under case number QX25C01185.";
    expect(flagged(text, nell)).not.toContain("QX25C01185");
  });
});

describe("a school in a clause whose he or she cannot be the subject", () => {
  test("past the subject named as the owner of something else", () => {
    const text = "Her brother Corran (12) told me he helps with Nell's bedtime and that he sometimes misses football at Brook Juniors to do it.";
    expect(flagged(text, nell)).toContain("Brook Juniors");
  });
  test("a she in a girl's record may be the subject", () => {
    const text = "Her brother Corran (12) helps with Nell's bedtime and she sometimes misses football at Brook Juniors.";
    expect(flagged(text, nell)).not.toContain("Brook Juniors");
  });
});

describe("a school the subject goes to as well", () => {
  test.each([
    ["owners listed with the subject", "School to be told (Nell and Pippa at Holm Lea Primary, Corran at Brook High).", "Holm Lea Primary"],
    ["where the subject goes too", "Their son Corran (8) is in Year 3 at Holm Lea Primary, where Nell moved up into Year 1.", "Holm Lea Primary"],
  ])("%s: the subject's identifier, not the other child's detail", (_label, text, school) => {
    expect(flagged(text, nell)).not.toContain(school);
  });
  test("the other child's own school beside it is still theirs", () => {
    expect(flagged("School to be told (Nell and Pippa at Holm Lea Primary, Corran at Brook High).", nell)).toContain("Brook High");
  });
});

describe("where another child lives in care", () => {
  test.each([
    ["a home in brackets after the child's home", "Nell sees her brother Corran (14) monthly. Corran's home (Alder Lodge) cancelled one visit.", "Alder Lodge"],
    ["residential care in brackets", "Nell's sister Pippa (15) moved to residential care (Fern House) in May.", "Fern House"],
    ["a looked-after child herself", "Nell's mum Kayleigh is 16. Kayleigh is a looked-after child herself (Mill Street children's home).", "Mill Street"],
    ["a children's home after its name", "Nell's brother Corran (14) lives at Fern House children's home.", "Fern House"],
    ["in residential care at", "Nell's brother Corran (14) is in residential care at Beckside House.", "Beckside House"],
    ["placed at, then what it is", "Nell's sister Pippa (15) is placed at Fern Lodge, a residential unit.", "Fern Lodge"],
    ["a young carers group", "Nell's sister Pippa (13) is a young carer and goes to St Brigid's young carers group.", "St Brigid"],
  ])("%s", (_label, text, setting) => {
    expect(flagged(text, nell).some((t) => t.startsWith(setting))).toBe(true);
  });
  test("a name with no place word, before a word for a children's home", () => {
    expect(flagged("Nell wants to see her brother Corran (10) more. Corran is placed at Oakhurst children's home.", nell)).toContain("Oakhurst");
  });
  test("the subject's own home is not another child's detail", () => {
    expect(flagged("Nell moved to residential care (Fern House) in May.", nell)).toEqual([]);
  });
});

describe("another child's setting named again for short", () => {
  test.each([
    ["a school without its school word", "Nell's sister Pippa (11, Holm Lea Primary) is copying her.\n\nActions: Holm Lea DSL to be told.", "Holm Lea"],
    ["a home without its house word", "Nell misses Corran (14). Corran's home (Beckside House) cancelled a visit.\n\nPlan agreed with Beckside and with Nell.", "Beckside"],
  ])("%s", (_label, text, short) => {
    expect(flagged(text, nell).filter((t) => t === short)).toHaveLength(1);
  });
  test("the town a school is named after stays a town", () => {
    const text = "Nell's brother Corran (12) attends Brackley Primary.\nAddress: 4 Mill Road, Brackley QX1 2AB. Nell likes living in Brackley.";
    expect(flagged(text, nell)).toEqual(["Corran", "Brackley Primary"]);
  });
});

describe("a birthday given as a day and month", () => {
  test.each([
    ["in apposition", "Nell's dad sends Corran (9) a card on his birthday, 3 September, every year.", "3 September"],
    ["in brackets after the child's name", "Nell's brother Corran's birthday (12 May) is the next contact.", "12 May"],
  ])("%s is the other child's date of birth", (_label, text, date) => {
    expect(flagged(text, nell)).toContain(date);
  });
  test("an event on a birthday is not a date of birth", () => {
    expect(flagged("Nell's brother Corran (9) has asked her to his birthday party on 12 May.", nell)).not.toContain("12 May");
  });
});

describe("a name that is also a word", () => {
  test("given an age in a sentence, it names the child where it opens a quoted sentence too", () => {
    const text = 'Nell said "Bella nice. Sunny loud." (Bella, 13, and Sunny, 12, live in her house.) It was a sunny day.';
    expect(flagged(text, nell).filter((t) => t === "Sunny")).toHaveLength(2);
  });
  test("with no age it stays a word where it opens a sentence", () => {
    expect(flagged("Sunny spells are forecast. Nell went to the park on a sunny day.", nell)).toEqual([]);
  });
});

describe("professionals named the way records name them", () => {
  test.each([
    ["initials in brackets in minutes", "Present: Jo Kettle (JK), chair.\nDiscussion\nJK asked Rhona Bexley (RB) about the visit. Nell was seen alone.", "Rhona"],
    ["an allocation line", "Nell was seen at school.\nAllocated to: Rhona Bexley, Assessment Team 2.", "Rhona"],
    ["a writer introducing themselves", "Dear Nell,\n\nMy name is Rhona Bexley and I was your worker when you were little.", "Rhona"],
    ["a letter signed with love", "Dear Nell,\n\nI hope you like the book.\n\nWith love,\nRhona", "Rhona"],
  ])("%s: an adult", (_label, text, name) => {
    expect(roleOf(text, name, nell)).toBe("adult");
  });
  test("a child quoted saying their name is not the writer", () => {
    expect(roleOf('Nell said her friend told her "My name is Corran and I am 9".', "Corran", nell)).not.toBe("adult");
  });
});

describe("names of things that look like names", () => {
  test("a school with a plural possessive in its name is one school", () => {
    expect(flagged("Nell's cousins live nearby: Hana (14) is at Calder Girls' School.", nell)).toEqual(["Hana", "Calder Girls' School"]);
  });
  test.each([
    ["Reg 24 approval", "Proceed to Reg 24 temporary approval for Nell."],
    ["a Reg 44 visit", "Reminders\n- Reg 44 visit on Tuesday for Nell's home."],
    ["Section 20", "Nell has been looked after under Section 20 since May."],
  ])("%s: a numbered part of a law is not a person", (_label, text) => {
    expect(flagged(text, nell)).toEqual([]);
  });
  test("a man called Reg is still a person", () => {
    expect(roleOf("Nell's grandad Reg (71) collects her from school.", "Reg", nell)).toBe("adult");
  });
});

describe("what is not worth a worker's question", () => {
  const reviewed = (text: string) => analyse(text, nell).review.map((r) => text.slice(r.start, r.end));
  test.each([
    ["a firm of solicitors named for its partners", "Ms Ruth Dale (instructed by Penrose & Kell) for the mother. Nell is 9."],
    ["a firm with & Co", "Mr Amos Hale (solicitor, Tarrant & Co) for the father. Nell is 9."],
    ["a hospital called General", "Nell was born at Ashcombe General to her mother, then 19."],
    ["a dental practice", "Nell has the dentist at 09:30 (Brookside Dental)."],
    ["a sign system", "Nell uses some Makaton signs and a picture book."],
    ["the title of a document", "Special Guardianship Report for Nell (Special Guardianship Regulations 2005)."],
  ])("%s", (_label, text) => {
    expect(reviewed(text)).toEqual([]);
    expect(flagged(text, nell)).toEqual([]);
  });
  test("an address already removed as an identifier is not asked about again", () => {
    const text = "Carers: Mr and Mrs Penn, 12 Prior's Walk, Alderton QX6 3BB.\nNell is settled there.";
    expect(reviewed(text).filter((t) => /QX6|Prior/.test(t))).toEqual([]);
  });
});

describe("a classmate named by where the child knows them from", () => {
  test.each([
    ["from my class", "Nell said she was at the park with Tia from her class."],
    ["from school, in the child's own words", 'Nell said she had been at the canal with "Tia from school".'],
  ])("%s", (_label, text) => {
    expect(roleOf(text, "Tia", nell)).toBe("other-child");
  });
});

describe("a child noun with where the child is from, then the name", () => {
  test.each([
    ["a girl from the subject's form", "Nell has started eating lunch with a girl from Nell's form, Priya."],
    ["a boy in someone's class", "Nell walks home with a boy in Corran's class, Priya."],
  ])("%s", (_label, text) => {
    expect(roleOf(text, "Priya", nell)).toBe("other-child");
  });
  test("the daughter of someone's partner does not make the partner a daughter", () => {
    expect(roleOf("Maisie (11) is the daughter of Kerry's partner Dean Walsh and stays every other weekend with Nell.", "Dean", nell)).not.toBe("other-child");
  });
});
