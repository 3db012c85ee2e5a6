// Tests of the people stage's general mechanisms for unseen text: list and paragraph structure, coreference
// of name forms (short forms, shorthand, nicknames), grammar cues and ownership of details. Every name,
// place and number here is invented.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";
import { isShortFormOf, mostlyEnglish } from "../../../src/engine/people/people";
import { flagged as flaggedIn, roleOf as roleOfIn } from "./helpers";

const leo: CaseProfile = { subject: { name: "Leo Marsh", aliases: ["Leo"], pronouns: "he/him" } };
const mia: CaseProfile = { subject: { name: "Mia Price", aliases: ["Mia"], pronouns: "she/her" } };

const roleOf = (text: string, name: string, profile: CaseProfile = leo) => roleOfIn(text, name, profile);
const flagged = (text: string, profile: CaseProfile = leo) => flaggedIn(text, profile);

describe("short forms by prefix and diminutive grammar", () => {
  test.each([
    ["ros", "rosalind", true],
    ["gray", "graham", true],
    ["tomek", "tomasz", true],
    ["antek", "antoni", true],
    ["mo", "mohammed", true],
    ["sam", "tom", false],
    ["al", "alan", false],
    ["rosalind", "ros", false],
  ])("%s of %s: %s", (short, full, want) => {
    expect(isShortFormOf(short, full)).toBe(want);
  });

  test("short forms of listed adults are those adults, not people to check", () => {
    const text = 'Leo lives with his foster carers, Rosalind and Graham Fenwick. Leo calls them "Ros and Gray".';
    const r = analyse(text, { ...leo, adults: ["Rosalind Fenwick", "Graham Fenwick"] });
    expect(r.review).toHaveLength(0);
    expect(r.people.filter((p) => p.role === "undecided")).toHaveLength(0);
  });

  test("a short form of another child is that child", () => {
    const text = "Leo's brother Tobiasz (6) was at home. Leo and Tobek played outside.";
    expect(flagged(text)).toEqual(["Tobiasz", "Tobek"]);
  });

  test("a family name alone that an adult is known by is that adult's family", () => {
    const text = "Leo's carer is Mrs Ellory Vantage. Placement: Vantage foster home.";
    expect(analyse(text, leo).review).toHaveLength(0);
  });
});

describe("shorthand records", () => {
  const jax: CaseProfile = { subject: { name: "Jaxon Reed", aliases: ["Jaxon", "Jax"], pronouns: "he/him" } };
  test("a lower-case name equated with a full name, and its apostrophe-less possessive, are that child", () => {
    const text = "m rang to say jax not home. said going to zed's.\nzed = prob Zedekiah Hollis (15), same yr group.\njax found at zeds house.";
    const found = flagged(text, jax);
    // "zeds" is flagged as "zed" (its possessive ending is not part of the name).
    expect(found).toEqual(["zed", "zed", "Zedekiah Hollis", "zed"]);
    const r = analyse(text, jax);
    // The child's own name in lower case is the subject, not another child.
    expect(r.people.find((p) => p.role === "subject")?.forms).toContain("jax");
  });
});

describe("paragraphs and items parallel to the subject's", () => {
  test("a paragraph opened by a name and a dash, beside the subject's own, is another child's", () => {
    const text = "Hi Dana,\n\nLeo Marsh – Leo's review is on 12 November.\n\nKitty Vane – no change. Kitty is still waiting for the assessment.\n\nThanks,\nHal";
    expect(roleOf(text, "Kitty Vane")).toBe("other-child");
  });

  test("family-name items: the label and the first person named in it", () => {
    const text =
      "Subject: Updates – Marsh / Okonedo / Brightwater\n\nMarsh: saw Leo at the unit yesterday.\n\nOkonedo: Zuri's conference is on the 12th.\n\nBrightwater: letter for Tamsin went out on Tuesday.";
    const found = flagged(text);
    expect(found).toEqual(expect.arrayContaining(["Okonedo", "Brightwater", "Zuri", "Tamsin"]));
  });

  test("a transcript's speakers are not items parallel to the child's", () => {
    const text = "Leo: I like it here.\n\nDella: That's good to hear.\n\nLeo: Can I stay?";
    expect(roleOf(text, "Della")).not.toBe("other-child");
  });

  test("a school in a paragraph headed by another child is that child's", () => {
    const text = "3. Wren Tully (11)\nPick-up: Wednesday, 3.20pm, from the main gate at Fairholme Academy.\n\n4. Leo Marsh\nPick-up: from home.";
    expect(flagged(text)).toEqual(expect.arrayContaining(["Wren Tully", "Fairholme Academy"]));
  });

  test("a school is one child's wherever it is named again", () => {
    const text = "Present: Miss Ada Crane – class teacher, Eastholm Junior School\n\nEastholm Junior School (Nessa): Nessa, Leo's sister, is doing well.";
    expect(flagged(text).filter((t) => t === "Eastholm Junior School")).toHaveLength(2);
  });

  test("a school after a numbered section's child head, before the subject is named", () => {
    const text = "4.3 Rueben was also being exploited. He attended St Cuthbert's College. Nobody linked him to Leo.";
    const found = flagged(text);
    if (found.includes("Rueben")) expect(found).toContain("St Cuthbert's College");
  });

  test("'[pronoun] school, X' is the school of the nearest child that pronoun can mean, never the subject's", () => {
    expect(flagged("Leo lives with Dad. His sister Nia (8) lives with Mum. Her school, Brook Primary, rang on Monday.")).toEqual(["Nia", "Brook Primary"]);
    expect(flagged("Leo lives with Dad and his sister Nia (8). Leo said her school, Ysgol Glan Afon, is big.")).toEqual(["Nia", "Ysgol Glan Afon"]);
    expect(flagged("Leo lives with Dad. His school, Brook Primary, rang on Monday.")).toEqual([]);
  });

  test("a school name with 'of' inside is one name", () => {
    const text = "Leo asked about his sister Kezia (9), who is at St Aidan's C of E Primary.";
    expect(flagged(text)).toContain("St Aidan's C of E Primary");
  });

  test("a reference number in brackets after another child's name is theirs", () => {
    const text = "Leo's brother Ehsan (7) has a case of his own. The PLO letter for Ehsan (CQ-2418830) went out on Tuesday.";
    expect(flagged(text)).toContain("CQ-2418830");
  });
});

describe("grammar cues", () => {
  test.each([
    ["an age before the name", "Leo and a 16-year-old, called Reuel in this review, were stopped in a car.", "Reuel", leo],
    ["another girl in apposition", "On Sundays she goes to the park with Semira, another girl at the home.", "Semira", mia],
    ["named with other children", "She has been biting Montague and other children in her room.", "Montague", mia],
    ["after a plural child noun and a colon", "She was found with three girls from her estate: Maisie Croft, Imani Brooks and Zara Hunt.", "Imani Brooks", mia],
    ["a friendship of the child's", "Since her friendship with Ilhana ended she has been on her own.", "Ilhana", mia],
    ["known from a club, in the child's words", 'She said, "Lolita from netball says I am the best shooter."', "Lolita", mia],
    ["coordinated with the head of a possessive phrase", "Orrin Blake and Leo's friend Tamsin Ware saw it happen.", "Orrin Blake", leo],
    ["an ordinary word owning a child's conference", "Leo was seen at home.\n\nOcean's ICPC report is done.", "Ocean", leo],
    ["a word after 'to' named as a person again", "He said he has seen what happened to Quillon. Quillon was in Year 11 last year.", "Quillon", leo],
  ])("%s", (_label, text, name, profile) => {
    expect(roleOf(text, name, profile)).toBe("other-child");
  });

  test.each([
    ["staff known from the school", "Leo was upset. Saskia from school rang me at 3pm.", "Saskia"],
    ["a name after a plural child noun and a comma without a list word", "Two pupils were excluded, so Marla Jessop rang me.", "Marla Jessop"],
  ])("not a child: %s", (_label, text, name) => {
    expect(roleOf(text, name)).not.toBe("other-child");
  });

  test("a given name of the other sex is not a short form ('Dan' beside 'Danielle')", () => {
    const r = analyse("Leo's sister Danielle (6) was at home. Dan came round later.", leo);
    const dan = r.people.find((p) => p.forms.includes("Dan"));
    expect(dan?.role).not.toBe("other-child");
  });

  test("a person with a child of their own is not a child", () => {
    expect(roleOf("Mia's grandmother lives with her son, Dapo, and his daughter, Ayomi.", "Dapo", mia)).not.toBe("other-child");
  });

  test("a nickname belongs to the name in its own apposition, not to a place before it", () => {
    const text = 'Leo was found at Dunmore station with a friend known as "Sparrow" (16).';
    expect(roleOf(text, "Dunmore")).not.toBe("other-child");
  });

  test("a place after 'in' is a place even if named again as a modifier", () => {
    const text = "Mia's older sister (19) has a flat in Brackenby and Mia stays there. The Brackenby team know her.";
    expect(roleOf(text, "Brackenby", mia)).not.toBe("other-child");
  });

  test("'other children' in prose before a colon lists the names after it, and nothing later", () => {
    const text = "The other children in the placement were also in: Jasper Hale and Tobin Hart.\n\nLeo has a new Arsenal duvet cover.";
    expect(roleOf(text, "Jasper Hale")).toBe("other-child");
    expect(roleOf(text, "Arsenal")).not.toBe("other-child");
  });
});

describe("quoted initials (F1)", () => {
  test("any form of call or go by introduces an initial; later mentions followed by a verb or quoted are the same person", () => {
    const text = "He said a boy everyone calls 'K' gave him a phone. K threatened him. K is about 16.\n4. Share what we know about 'K' with the police.";
    const r = analyse(text, leo);
    const k = r.people.find((p) => p.forms.includes("K"));
    expect(k?.role).toBe("other-child");
    expect(k?.mentions).toHaveLength(4);
  });
  test("'A' and 'I' as words are not later mentions", () => {
    const r = analyse("Leo goes by 'A' at school. A teacher said I was late.", leo);
    expect(r.people.find((p) => p.forms.includes("A"))?.mentions ?? []).toHaveLength(1);
  });
});

describe("names ending in a place word that is also a surname (F5)", () => {
  test("the subject's family and a name with an age or a date of birth stay people; a park stays a place", () => {
    const maya: CaseProfile = { subject: { name: "Maya Hall", pronouns: "she/her" } };
    const text = "Maya Hall (DOB 02/02/2016) lives with her brother Kian Hall (DOB 05/05/2019). They walk to Victoria Park (2 minutes away) with Evie Green (9).";
    const r = analyse(text, maya);
    expect(r.people.find((p) => p.role === "subject")?.forms).toContain("Maya Hall");
    expect(flagged(text, maya)).toEqual(["Kian Hall", "05/05/2019", "Evie Green"]);
  });
});

describe("records mostly not in English", () => {
  const form =
    "Ficha de Consulta\nTipo de consulta: acompanhamento\nMotivo: a criança foi vista pela equipa de saúde escolar. Observações: sem alterações relevantes. " +
    "Próxima consulta marcada para o mês seguinte. Documento preenchido pelo serviço e enviado para o processo. Consulta realizada na unidade de saúde com a presença da mãe, " +
    "que referiu que a criança dorme bem e come bem.";
  test("their capitalised words are not put to review as people", () => {
    expect(mostlyEnglish(form)).toBe(false);
    const r = analyse(form, mia);
    expect(r.review).toHaveLength(0);
    expect(r.people.filter((p) => p.role === "undecided")).toHaveLength(0);
  });
  test("a known given name still is, and English records keep putting unknown names to review", () => {
    expect(analyse(`${form} A Mia visitou a Zoe.`, mia).people.find((p) => p.displayName === "Zoe")?.role).toBe("undecided");
    expect(mostlyEnglish("Leo went to the park with Zennor and they had a good time at the play area near the shops.")).toBe(true);
  });
});

describe("a name at a meeting for the setting in brackets", () => {
  test("'Present: … Jo Whitcombe (Parklands Primary)' is a professional", () => {
    const text = "Present: Leo, Ms Carla Marsh (mother), Tom Asante (social worker), Jo Whitcombe (Parklands Primary).\n\nLeo said school is better.";
    expect(roleOf(text, "Jo Whitcombe")).toBe("adult");
    expect(flagged(text)).toEqual([]);
  });
  test("outside a line of those present, the bracket says nothing", () => {
    const text = "Leo plays with his brother Jo Whitcombe (Parklands Primary) after school.";
    expect(roleOf(text, "Jo Whitcombe")).toBe("other-child");
  });
});
