// Tests of people-stage mechanisms found by studying text written by other hands (issue 15): how a
// pet name joins its full name, what a due date or a birth identifies, what a court heading's party
// numbers are, and whose kin a kin word names. Every name, place and date here is invented.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";
import { flagged as flaggedIn, roleOf as roleOfIn } from "./helpers";

const leo: CaseProfile = { subject: { name: "Leo Marsh", aliases: ["Leo"], pronouns: "he/him" } };

const roleOf = (text: string, name: string, profile: CaseProfile = leo) => roleOfIn(text, name, profile);
const flagged = (text: string, profile: CaseProfile = leo) => flaggedIn(text, profile);

describe("pet names join the child they shorten", () => {
  test("a seven-letter pet name with its ending ('Florrie' for Florentyna)", () => {
    const text = "Leo's sister Florentyna (10) was at school. Mum says Florrie has been doing the shopping. Florrie needs a young carers referral.";
    expect(flagged(text)).toEqual(["Florentyna", "Florrie", "Florrie"]);
  });

  test("a full name placed only by its generation still owns its pet name", () => {
    const text = "Leo sees Harper at contact. Harper came with Dad.\nAfter contact Leo said he misses Harps and wants to see her more.";
    expect(roleOf(text, "Harper")).toBe("other-child");
    expect(roleOf(text, "Harps")).toBe("other-child");
  });
});

describe("an expected baby's due date and a baby's birth date, however written", () => {
  test.each([
    ["Mum told me she is pregnant again – due 03/09/2027.", "03/09/2027"],
    ["Her partner's baby would be due around March 2027, she thinks.", "March 2027"],
    ["Mum is expecting another baby with Mr Pryce, due 11 October 2027; Leo drew the baby.", "11 October 2027"],
    ["Mum's cousin is staying and her baby is due on 2 May. The flat is crowded.", "2 May"],
  ])("%s", (text, date) => {
    expect(flagged(text)).toContain(date);
  });

  test("a due date that is not a baby's is left alone", () => {
    expect(flagged("Leo's review is due on 4 March 2027 and his PEP is due 1 April 2027.")).toEqual([]);
  });

  test("the date in a sentence recording someone else's birth", () => {
    const text = "On 12 June 2026 Leo's cousin Imani, now 17, gave birth to a baby boy. Leo has met him twice.";
    expect(flagged(text)).toContain("12 June 2026");
  });

  test("the subject's own birth stays an identifier of the subject", () => {
    const text = "Mum gave birth to Leo on 5 July 2015 at Eastfield Hospital.";
    expect(flagged(text)).not.toContain("5 July 2015");
  });
});

describe("court headings and parentage", () => {
  test("a party number on the next line is not the age of the name above it", () => {
    const text = "Between:\nEASTMOOR COUNCIL\nApplicant\n- and -\n(1) ROSALIND VANE\n(2) PIERS VANE\n(3) LEO MARSH (by his Children's Guardian)\nRespondents\n";
    expect(flagged(text)).toEqual([]);
  });

  test("an age in brackets on the name's own line still counts", () => {
    expect(flagged("Leo's brother Ambrose (7) lives with Dad.")).toEqual(["Ambrose"]);
  });

  test("the people a child is 'the child of' are the parents", () => {
    const text = "Leo was born in 2014, the second child of Rosalind Vane and Piers Vane. His older brother Ambrose was born in 2011.";
    expect(roleOf(text, "Rosalind")).not.toBe("other-child");
    expect(roleOf(text, "Piers")).not.toBe("other-child");
    expect(flagged(text)).toEqual(["Ambrose"]);
  });
});

describe("whose relative, and how old", () => {
  const maya: CaseProfile = { subject: { name: "Maya Lund", aliases: ["Maya"], pronouns: "she/her" } };
  test("in a mother's reported words, 'her sister' is the mother's sister", () => {
    const text = "Mum confirmed that her sister Philippa is coming to stay in the spring. Maya is pleased.";
    expect(roleOf(text, "Philippa", maya)).not.toBe("other-child");
  });

  test("the child's own sister is still a child", () => {
    const text = "Maya said her sister Philippa shares a room with her.";
    expect(roleOf(text, "Philippa", maya)).toBe("other-child");
  });

  test("an age said with a pronoun inside the bracket", () => {
    const text = "Also, Rosalind (our eldest, she's 21 now) will be home for Christmas. Maya is excited.";
    expect(roleOf(text, "Rosalind", maya)).not.toBe("other-child");
    expect(flagged("Maya shares a room with Rosalind (the youngest, she's 6 now).", maya)).toEqual(["Rosalind"]);
  });
});

describe("kin words by grammar: plural copulas, relative clauses, predicates", () => {
  test("'his friends are A and B'", () => {
    expect(flagged("Leo told me his friends are Oswin and Tamsin, and that he likes the new reading scheme.")).toEqual(["Oswin", "Tamsin"]);
  });

  test("a place adverb between the kin word and the names", () => {
    expect(flagged('Leo said: "I have two cousins there, Oswin and Tamsin. I miss them."')).toEqual(["Oswin", "Tamsin"]);
  });

  test("a relative clause between the kin word and the name", () => {
    const text = "Leo mentioned a boy he shared a room with at the hostel, Oswin Pardew, who now lives in a children's home.";
    expect(flagged(text)).toEqual(["Oswin Pardew"]);
  });

  test("'referred to here as'", () => {
    expect(flagged("His classmate, referred to here as Oswin, told the reviewer that Leo was scared.")).toEqual(["Oswin"]);
  });

  test("'X is a boy …' as a predicate", () => {
    expect(flagged("Leo went to Oswin's house; Oswin is a boy he knows from football.")).toEqual(["Oswin", "Oswin"]);
  });

  test("'X is a child's social worker' is not a child", () => {
    expect(roleOf("Tamsin is a child's social worker in the east team.", "Tamsin")).not.toBe("other-child");
  });
});

describe("schools owned by grammar", () => {
  test("a named child's school in apposition", () => {
    const text = "Leo's brother Ambrose is doing well. Ambrose's school (St Jude's) say his attendance is better.";
    expect(flagged(text)).toContain("St Jude");
  });

  test("a school a friend is from", () => {
    expect(flagged("Leo asked whether his friend Oswin from St Jude's could come to the next visit.")).toEqual(["Oswin", "St Jude"]);
  });

  test("an adult from a school is not a child's school", () => {
    expect(flagged("Mr Vane from Holmfield School rang about Leo's attendance.")).toEqual([]);
  });

  test("a labelled child's school and date of birth", () => {
    const text = "Leo was found with Child C (aged 13, date of birth 14/03/2013). Child C's school, Holmfield Academy, had raised concerns.";
    expect(flagged(text)).toEqual(["14/03/2013", "Holmfield Academy"]);
  });

  test("the school of an unnamed child described by age", () => {
    const text = "Leo wrote a letter to the victim, a 14-year-old girl at Holmfield Academy, whose bag was taken.";
    expect(flagged(text)).toEqual(["Holmfield Academy"]);
  });

  test("the subject described by age keeps his own school", () => {
    const text = "Leo, a 14-year-old boy at Holmfield Academy, was interviewed with an appropriate adult.";
    expect(flagged(text)).toEqual([]);
  });
});

describe("court party words", () => {
  test("'the Second and Third Respondents, A and B' names no person", () => {
    const text = "For the Second and Third Respondents, A and B, acting through their Children's Guardian: Ms Quill.\nA and B are 15 and 13.";
    const r = analyse(text, { subject: { name: "A" } });
    expect(r.findings.filter((f) => f.category === "other-child")).toEqual([]);
    expect(r.review).toEqual([]);
  });
});

describe("a name inside a relative clause about a kin noun", () => {
  const maya: CaseProfile = { subject: { name: "Maya Lund", aliases: ["Maya"], pronouns: "she/her" } };
  test("'Tilly (a baby Winifred cared for)': Winifred is the carer, Tilly the baby", () => {
    const text = "Maya lived with Winifred Dale, a single carer, and two other children, Tilly (a baby Winifred cared for in 2015) and Sienna.";
    expect(roleOf(text, "Winifred", maya)).not.toBe("other-child");
    expect(roleOf(text, "Tilly", maya)).toBe("other-child");
  });

  test("'a friend Tilly' with no verb after the name is still a friend", () => {
    expect(flagged("Maya has a friend Tilly in her class.", maya)).toEqual(["Tilly"]);
  });
});

describe("a cousin with nothing else known goes to the worker", () => {
  test("a bare cousin is put to review, not decided", () => {
    const text = "Leo is not in touch with his cousin Barnaby, who came over with him and now lives in Leeds.";
    const r = analyse(text, leo);
    expect(r.findings.filter((f) => f.category === "other-child")).toEqual([]);
    expect(r.review.map((s) => text.slice(s.start, s.end))).toEqual(["Barnaby"]);
  });

  test("a cousin with an age or a second child cue is another child", () => {
    expect(flagged("Leo's cousin Barnaby (9) stayed over.")).toEqual(["Barnaby"]);
    expect(flagged("Leo's cousin Barnaby is in Year 5.")).toEqual(["Barnaby"]);
  });
});

describe("a court heading's children in capitals", () => {
  test("a short unfamiliar name in capitals on the heading is a name, not an acronym", () => {
    const text = "Before:\nRECORDER PIKE\n\nRE: ODO, LEO AND WREN (CHILDREN)\n\nMr Tom Vane for the Applicant.\n";
    expect(flagged(text)).toEqual(["ODO", "WREN"]);
  });

  test("capitals elsewhere stay acronyms", () => {
    expect(flagged("The ODO team rang about Leo.\n")).toEqual([]);
  });
});

describe("a baby named before or after birth", () => {
  test("'going to call her …' in a pregnancy sentence names the expected baby", () => {
    expect(flagged("Mum is 28 weeks pregnant and is going to call her Juniper. Leo has not been told yet.")).toEqual(["Juniper"]);
  });

  test("'they've named him …'", () => {
    expect(flagged("Leo's aunt had her baby last week; they've named him Caspar.")).toEqual(["Caspar"]);
  });
});

describe("institutions named with 'children's'", () => {
  test("'the Wessex children's home' is not a family's children", () => {
    const text = "Leo's friend Oswin is now in a children's home in Wessex. Leo asked to phone the Wessex children's home.";
    expect(flagged(text)).toEqual(["Oswin"]);
  });

  test("'the Okafor children' still names a family's children", () => {
    expect(flagged("Leo played with the Okafor children next door.")).toEqual(["Okafor"]);
  });
});

describe("labelled children in chronology rows", () => {
  const alfie: CaseProfile = { subject: { name: "Alfie Stroud", aliases: ["Alfie"], pronouns: "he/him" } };
  test("a kin word used as a label ('Child D', 'Sibling 2') is not the kin word of the cell before it", () => {
    const text = "Date | Agency | Event\n04/04/2016 | Nursery Service | Child D born to Adult M.\n23/01/2024 | Nursery Service | Sibling 2 born.\n";
    const r = analyse(text, alfie);
    const flaggedTexts = r.findings.filter((f) => f.category === "other-child").map((f) => text.slice(f.start, f.end));
    expect(flaggedTexts).toEqual(expect.arrayContaining(["04/04/2016", "23/01/2024"]));
    expect(flaggedTexts).not.toContain("Nursery Service");
  });

  test("the subject's own label born in a row is not another child", () => {
    const text = "Date | Event\n17/10/2022 | Child A born at 36 weeks.\n";
    const r = analyse(text, { subject: { name: "Child A" } });
    const flaggedTexts = r.findings.filter((f) => f.category === "other-child").map((f) => text.slice(f.start, f.end));
    expect(flaggedTexts).not.toContain("17/10/2022");
  });
});

describe("an acronym's possessive", () => {
  test("'7. IRO's analysis' heading an item is not a child", () => {
    const text = "1. Leo's views\nLeo chaired the meeting with the IRO's help.\n\n7. IRO's analysis\nLeo is settled.\n";
    expect(flagged(text)).toEqual([]);
  });
});
