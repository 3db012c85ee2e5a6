import { analyse } from "../../../../src/engine";
import type { CaseProfile } from "../../../../src/engine";
import { annotate, expectedFor, parseAnnotated } from "../../../helpers/annotated";

const amelia: CaseProfile = { subject: { name: "Amelia Hughes", aliases: ["Amelia", "Millie"], pronouns: "she/her" } };

/** Runs the engine and writes its other-child findings back in {{oc|…}} form. */
function marked(annotated: string, profile: CaseProfile = amelia): { got: string; want: string } {
  const { plain } = parseAnnotated(annotated);
  const found = analyse(plain, profile).findings.filter((f) => f.category === "other-child");
  return { got: annotate(plain, found, "oc"), want: expectedFor(annotated, "oc") };
}

describe("other-child-name: children found from context", () => {
  const flag: Array<[string, string]> = [
    ["kinship word before the name", "{{sc|Amelia}} talked about her brother {{oc|Tyler}} and said {{oc|Tyler}}'s room is messy."],
    ["age in brackets", "{{sc|Amelia}} plays with {{oc|Oluwaseun}} (8) after school."],
    ["age in words", "Her cousin, {{oc|Kacper Nowak}}, who is seven, lives nearby. {{oc|Kacper}} visits on Sundays."],
    ["apostrophe and hyphen names", "{{oc|D'Angelo}} (13) and {{oc|Lacey-Mae}} (6) were also at home with {{sc|Millie}}."],
    ["a-year-old description", "{{oc|Jordan Reilly}}, a 16-year-old from the estate, was there. {{oc|Jordan}} left at nine."],
    ["school year group", "{{oc|Priya}} is in Year 4 at the same school as {{sc|Amelia}}."],
    ["date of birth under 18", "{{oc|Summer Clarke}} (DOB {{oc|04/02/2017}}) was seen on 10/03/2025."],
    ["friend after a qualifier", "She has made a close friend at school, {{oc|Zara Ahmed}}, and sits with {{oc|Zara}} at lunch."],
    ["named with a child", "{{sc|Amelia}} and {{oc|Kwabena}} built a den in the garden."],
    ["baby with an initial", "Her half-sister {{oc|Baby K}} was born last month."],
    ["listed in the profile", "{{oc|Freddie}} went to the park."],
    ["peers named in a bullying account", "{{sc|Amelia}} said {{oc|Rocco}} and {{oc|Tiegan}} had been calling her names all week."],
    ["school of another child", "Her brother {{oc|Ashton}} (9) attends {{oc|Greenfield Primary}}."],
    ["a listed child right after an address", "{{sc|Amelia}} lives at 12 Florence Road {{oc|Freddie}} visits."],
    ["an adult's own child", "Mum's son {{oc|Tyler}} was at school."],
    ["a household table", "Name\tRelationship\tDOB\n{{ad|Kerry Smith}}\tMother\t01/02/1990\n{{oc|Jayden Smith}}\tBrother\t{{oc|03/04/2015}}\n{{oc|Ruby-Mae Cole}}\tHalf-sister\t{{oc|22/10/2021}}\n{{sc|Amelia Hughes}}\tSubject\t09/09/2012"],
    ["a name opening single-quoted speech", "Her brother {{oc|Tyler}} (7) shares her room. She said, '{{oc|Tyler}} is always kicking off.'"],
    ["possessive spreads", "Her twin {{oc|Ruby}} came too. {{oc|Ruby}}'s school has asked for a meeting."],
  ];
  it.each(flag)("%s", (_why, annotated) => {
    const { got, want } = marked(annotated, { ...amelia, otherChildren: ["Freddie Hughes"] });
    expect(got).toBe(want);
  });
});

describe("other-child-name: never the subject, adults, places or ordinary words", () => {
  const pass: Array<[string, string]> = [
    ["subject name, alias and possessive", "{{sc|Amelia Hughes}} (7) told me {{sc|Millie}}'s favourite toy is a rabbit. {{sc|Amelia}} is in Year 2."],
    ["adults with titles and roles", "Foster carer {{ad|Sandra Price}} and Mr {{ad|Dunmore}} were present; Dr {{ad|Patel}} rang later."],
    ["adult siblings by age", "Her older sister, {{ad|Chantelle}} (22), and her adult brother {{ad|Connor}} visited."],
    ["places named like people", "We met at Victoria Park, then walked along Florence Road to Chester Zoo."],
    ["ordinary words that are also names", "I hope the summer holidays go well. Will you ring me? May I visit on Friday?"],
    ["anonymised references", "Child B pushed her in the playground and the parents of Child B were told."],
    ["email header and signature", "From: {{ad|Tom Burrows}}\nTo: {{ad|Claire Donnelly}}\n\nHi {{ad|Claire}},\n\nNo change.\n\nThanks,\n{{ad|Tom}}"],
    ["professional with role after the name", "{{ad|Nadia Rehman}}, Social Worker, visited {{sc|Amelia}}."],
    ["relations of an adult", "Mum's friend {{ad|Tracey}} came round, and Dad's sister, {{ad|Paula}}, rang."],
    ["town after a preposition", "Her father lives in Eastfield and works in Manchester."],
  ];
  it.each(pass)("%s", (_why, annotated) => {
    const { got, want } = marked(annotated);
    expect(got).toBe(want);
  });

  it("never flags the subject child even when the first name matches another child's surname-qualified name", () => {
    const text = "Hope Castillo lives with her sister Grace. Hope Bennett (8) is in her class. Hope said she is happy.";
    const report = analyse(text, { subject: { name: "Hope Castillo", aliases: ["Hope"], pronouns: "she/her" } });
    const flagged = report.findings.filter((f) => f.category === "other-child").map((f) => f.text);
    expect(flagged).toEqual(["Grace", "Hope Bennett"]);
  });
});

describe("other-child-name: consistent identity", () => {
  it("gives one child id to every form of the same child's name", () => {
    const text = "Her brother Alfie Dunn (6) was there. Alfie Dunne's nursery rang. Alfie was tired.";
    const found = analyse(text, amelia).findings.filter((f) => f.category === "other-child" && f.data?.mentionKind === "name");
    expect(found.map((f) => f.text)).toEqual(["Alfie Dunn", "Alfie Dunne", "Alfie"]);
    expect(new Set(found.map((f) => f.data?.childId)).size).toBe(1);
    expect(found[1].data?.possessive).toBe(true);
  });

  it("treats a short form as the child named in full, or as the subject", () => {
    const found = analyse("Her brother Thomas (9) came. Tom said he was hungry.", amelia).findings.filter((f) => f.category === "other-child");
    expect(found.map((f) => f.text)).toEqual(["Thomas", "Tom"]);
    expect(found[0].data?.childId).toBe(found[1].data?.childId);
    const mo = analyse("Mo is settled. Mo said he likes nursery.", { subject: { name: "Mohammed Hassan", pronouns: "he/him" } });
    expect(mo.findings.filter((f) => f.category === "other-child")).toEqual([]);
  });

  it("explains why a name was judged to be a child", () => {
    const [finding] = analyse("Her brother Tyler (7) was at home.", amelia).findings.filter((f) => f.category === "other-child");
    expect(finding.message).toMatch(/another child/);
    expect(finding.note).toBeTruthy();
    expect(finding.source).toBeTruthy();
  });
});
