// Classes of evidence the people stage missed or misread on unseen text (invented text): a heading word read as
// a given name, the subject's own school, a child's name shaped like initials, a birth year or due month.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";
import { flagged } from "./helpers";

/** Flagged as another child's or put to the worker. */
function analyseSchools(text: string, profile: CaseProfile): string[] {
  const r = analyse(text, profile);
  return [...r.findings.filter((f) => f.category === "other-child"), ...r.review].map((s) => text.slice(s.start, s.end));
}

const teddy: CaseProfile = { subject: { name: "Teddy Marsh", aliases: ["Teddy"], pronouns: "he/him" } };

describe("a preposition opening a heading is not a given name", () => {
  test("'About Teddy' is the subject, 'About Nell' is Nell", () => {
    const text = "Meet Teddy and Nell\n\nAbout Teddy\n\nTeddy was born in 2023. He loves diggers.\n\nAbout Nell\n\nNell (5) is his sister.";
    const out = flagged(text, teddy);
    expect(out).not.toContain("About Teddy");
    expect(out).not.toContain("About Nell");
    expect(out.filter((t) => t === "Nell")).toHaveLength(3);
  });
});

describe("the subject's own school is never another child's", () => {
  const libby: CaseProfile = { subject: { name: "Libby Hale", aliases: ["Libby"], pronouns: "she/her" } };
  test("a school on the subject's header line, later given to a friend", () => {
    const text =
      "Name: Libby Hale   DOB: 02/03/2011   Year 11, Brackley High School\n\nReferral from Brackley High School after Libby went missing.\n\nFriends\nSkye Dorran, 15, Year 10, Brackley High School, also missing.\nPoppy Lund, 14, Fenwick Academy.";
    const out = flagged(text, libby);
    expect(out).not.toContain("Brackley High School");
    expect(out).toContain("Fenwick Academy");
    expect(out).toContain("Skye Dorran");
  });
  test("a school the subject attends, named again beside a friend", () => {
    const text = "Libby attends Brackley High School. Her friend Skye (15) is in Year 10 at Brackley High School.";
    expect(flagged(text, libby)).not.toContain("Brackley High School");
  });
  test("a child the subject meets at a school keeps that school", () => {
    const text = "Their son Arjun, who is 6, will meet Libby after school at Greenbank Primary.";
    const out = analyseSchools(text, libby);
    expect(out).toContain("Greenbank Primary");
  });
});

describe("a short name in capitals given a child's age in a list of children", () => {
  const kofi: CaseProfile = { subject: { name: "Kofi Ward", aliases: ["Kofi"], pronouns: "he/him" } };
  test("'… and DJ (11)' is a child, named again later", () => {
    const text = "Children at the home: Kofi (13), Alfie (16) and DJ (11). I spoke with Kofi while Alfie and DJ played pool.";
    expect(flagged(text, kofi).filter((t) => t === "DJ")).toHaveLength(2);
  });
  test("initials of a professional are not", () => {
    const text = "Present: Kofi (13), KT (nursery manager) and the DJ at the party, RP.";
    expect(flagged(text, kofi)).toEqual([]);
  });
});

describe("an expected child named by kinship", () => {
  test("the due date of a new half-sibling is another child's date of birth; a review's is not", () => {
    const text = "There may be a new half-sibling, due in February 2027. Teddy's review is due in March 2027.";
    const out = flagged(text, teddy);
    expect(out).toContain("February 2027");
    expect(out).not.toContain("March 2027");
  });
});

describe("a place whose uniform a child wears is that child's school", () => {
  const aria: CaseProfile = { subject: { name: "Aria Lindsay", aliases: ["Aria"], pronouns: "she/her" } };
  test("'in his St Wilfrid's uniform'", () => {
    const text = "Ms Lindsay called Caleb (9) to the door. Caleb was in his St Wilfrid's uniform and went back inside.";
    expect(flagged(text, aria).some((t) => t.startsWith("St Wilfrid"))).toBe(true);
  });
  test("the subject's uniform is not another child's school", () => {
    const text = "Aria was in her St Wilfrid's uniform. Her brother Caleb (9) was at home.";
    expect(flagged(text, aria).some((t) => t.startsWith("St Wilfrid"))).toBe(false);
  });
});

describe("a school named as the same form or class is the subject's too", () => {
  const haris: CaseProfile = { subject: { name: "Haris Malik", aliases: ["Haris"], pronouns: "he/him" } };
  test("'in the same form at' and a table's 'same form at'", () => {
    const text = "Haris and Lennie (15) were in the same form at Calder Vale High. Drew Hale, 15, friend, same form at Oldmere Academy. Sam (12) attends Brook Primary.";
    const out = flagged(text, haris);
    expect(out).not.toContain("Calder Vale High");
    expect(out).not.toContain("Oldmere Academy");
    expect(out).toContain("Brook Primary");
  });
});

// Tried in stop 27 and dropped: reading a name before ", <country>" or after "comes from" as a place lost a child on a
// blind set (a list of children whose next name is also a country: "Chelsea, Jordan and Kai"). A child stays a child.
describe("a child's name beside a name that is also a country, or after 'from', stays a child", () => {
  const toby: CaseProfile = { subject: { name: "Toby Marsh", aliases: ["Toby"], pronouns: "he/him" } };
  test("'Chelsea, Jordan and Kai (all 9)'", () => {
    const text = "Toby's friends Chelsea, Jordan and Kai (all 9) came to tea.";
    expect(flagged(text, toby)).toEqual(expect.arrayContaining(["Chelsea", "Jordan", "Kai"]));
  });
  test("a child moved by staff is still a child", () => {
    const text = "Kit (15) sat in her chair. Staff moved Kit and Toby settled.";
    expect(flagged(text, toby).filter((t) => t === "Kit")).toHaveLength(2);
  });
});

// A header label is a whole word at the line's start ("To:", "Present:"), not the start of "Toby's" or "Today".
describe("a line that starts with a word beginning like a header label is not a header", () => {
  const toby: CaseProfile = { subject: { name: "Toby Marsh", aliases: ["Toby"], pronouns: "he/him" } };
  test.each(["Toby's friends Amber, Jordan and Kai (all 9) came to tea.", "Today Amber, Jordan and Kai (all 9) came to tea."])("%s", (text) => {
    expect(flagged(text, toby)).toEqual(["Amber", "Jordan", "Kai"]);
  });
  test("a real header still names adults", () => {
    expect(flagged("To: Amber Lee, Jordan Hale\nToby (9) is settled.", toby)).toEqual([]);
  });
});

describe("a form label in another language before its English one", () => {
  test("'Dyddiad geni / DOB:' is not a child who owns the date", () => {
    const cai: CaseProfile = { subject: { name: "Cai Rowlands", aliases: ["Cai"], pronouns: "he/him" } };
    const text = "Plentyn / Child: Cai Rowlands\nDyddiad geni / DOB: 04/06/2016\nAwdur / Author: Siwan Pryce\n\nCai lives with his sister Nia (9).";
    expect(flagged(text, cai)).toEqual(["Nia"]);
  });
});

describe("a reported case's subject in brackets before its citation", () => {
  test("'(Domestic Abuse: Fact-Finding) [2022] EWCA Civ 1310' names nobody", () => {
    const kerys: CaseProfile = { subject: { name: "Kerys Hale", aliases: ["Kerys"], pronouns: "she/her" } };
    const text = "I have had regard to Re K-L and Others (Children) (Domestic Abuse: Fact-Finding) [2022] EWCA Civ 1310. Tia (8) is her sister.";
    expect(flagged(text, kerys)).toEqual(["Tia"]);
  });
});

describe("a school reporting on the subject's schooling is the subject's", () => {
  test("'Call Holly Bank Primary to confirm Aria's attendance'", () => {
    const aria: CaseProfile = { subject: { name: "Aria Lindsay", aliases: ["Aria"], pronouns: "she/her" } };
    const text = "Holly Bank Primary told me that Caleb (9) was sent home with vomiting. Call Holly Bank Primary to confirm Aria's attendance.";
    expect(flagged(text, aria)).toEqual(["Caleb"]);
  });
});
