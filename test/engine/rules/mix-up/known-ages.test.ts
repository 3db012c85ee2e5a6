// What the record knows of each child's age, read from more of the shapes records use (table columns, a
// nickname before the age, a year group after a comma, a birthday to come, "a 7-year-old", a scheduled health
// review, further-education college), and a reported clause without "that": the age/stage check for pasted names.
import { analyse } from "../../../../src/engine";
import type { CaseProfile } from "../../../../src/engine";
import { annotate, expectedFor, parseAnnotated } from "../../../helpers/annotated";

const max: CaseProfile = { subject: { name: "Max Reed", aliases: ["Max"], pronouns: "he/him" } };
const isla: CaseProfile = { subject: { name: "Isla Grant", aliases: ["Isla"], pronouns: "she/her" } };

function marked(annotated: string, p: CaseProfile, tag = "mix", category = "mix-up") {
  const { plain } = parseAnnotated(annotated);
  const found = analyse(plain, p).findings.filter((f) => f.category === category);
  return { got: annotate(plain, found, tag), want: expectedFor(annotated, tag) };
}

describe("ages the record gives, and the stages that contradict them", () => {
  it.each([
    [
      "a household table with a date-of-birth column (a support request)",
      "Household\n\nName\tRelationship\tDate of birth\tSchool\n{{sc|Max Reed}}\tsubject\t{{pid|02/03/2017}}\tElm Primary, Year 4\n{{oc|Dora Reed}}\tsister\t{{oc|14/10/2022}}\tBusy Bees Nursery\n\nRequest dated 01/12/2026.\n\nHis coat is too small and {{mix|Dora}}'s Year 4 trainers have split.",
    ],
    [
      "a table of the children with an age column (meeting minutes)",
      "Children\n\nName | Age | Lives with\n{{sc|Max Reed}} | 15 | Mum\n{{oc|Dora Reed}} | 6 | Mum\n\nMinutes of the core group, 01/12/2026.\n\n{{mix|Dora}} has started driving lessons with an instructor.",
    ],
    [
      "a table with a school-year column (a chronology's front sheet)",
      "Name\tSchool / year\n{{sc|Max Reed}}\tHill Academy, Year 10\n{{oc|Dora Reed}}\tOak Infants, Year 1\n\n{{mix|Dora}} has finished {{mix|her}} GCSE mock exams and did well in maths.",
    ],
  ])("reads a child's age from their table row: %s", (_label, annotated) => {
    const { got, want } = marked(annotated, max);
    expect(got).toBe(want);
  });

  it("does not take the row above a name in a table for a heading about the subject", () => {
    const annotated =
      "Name\tRelationship\tDOB\n{{sc|Max Reed}}\tsubject\t{{pid|02/03/2017}}\n{{oc|Liam Reed}}\tbrother\t{{oc|27/01/2012}}\n{{oc|Dora Reed}}\tsister\t{{oc|14/10/2022}}\n\nMax sleeps on the sofa.";
    expect(marked(annotated, max).got).toBe(marked(annotated, max).want);
    const oc = marked(annotated, max, "oc", "other-child");
    expect(oc.got).toBe(oc.want);
  });

  it.each([
    ["a nickname before the age in a bracket", 'Known faces: {{sc|Max Reed}} ("Maxi", 14), {{oc|Jordan}} (16).\n\n- {{mix|Jordan}} turns 15 on Monday: card at the next session.'],
    ["a year group after a comma in a field", "Child: {{sc|Max Reed}}, Year 3\nOther children: {{oc|Jordan Reed}} (12)\n\n09:40 {{mix|Jordan}} was upset and sat in the Year 3 book corner."],
    ["an age written as a noun", "{{sc|Max}} is a 2-year-old who lives with his brother {{oc|Jordan}} (7).\n\nPlan\n- {{mix|Jordan}} to have {{mix|her}} 2-year development review at the clinic."],
  ])("reads ages written in other shapes: %s", (_label, annotated) => {
    const { got, want } = marked(annotated, max);
    expect(got).toBe(want);
  });

  // An age band a group is for. Controls: a band that fits the named child; a time range is not a band.
  it.each([
    ["a group for an age band", "{{sc|Max Reed}} (13) lives with his sister {{oc|Dora}} (16).\n\nPlan\n1. {{mix|Dora}} will join the six-week group for 12- to 14-year-olds, Thursdays."],
    ["a band with 'aged'", "{{sc|Max Reed}} (13) lives with his sister {{oc|Dora}} (16).\n\nPlan\n1. {{mix|Dora}} to be offered the club for children aged 12 to 14."],
    ["control: a band that fits the named child", "{{sc|Max Reed}} (13) lives with his sister {{oc|Dora}} (16).\n\nPlan\n1. {{oc|Dora}} will join the group for 15- to 17-year-olds."],
    ["control: a time range", "{{sc|Max Reed}} (13) lives with his sister {{oc|Dora}} (16).\n\nPlan\n1. {{oc|Dora}} will work 10-14 hours a week."],
  ])("reads an age band: %s", (_label, annotated) => {
    const { got, want } = marked(annotated, max);
    expect(got).toBe(want);
  });

  // A clause of its own after a semicolon, read to its own end. Controls: the stage in the next clause, and a stage that fits.
  it.each([
    ["a stage in a semicolon clause", "{{sc|Max Reed}} is 13. {{oc|Dora}}, three, was asleep.\n\n- Share with the duty team: {{sc|Max}} not in school; {{mix|Dora}} off roll in Year 8 with no new school.", true],
    ["control: the stage in the clause after", "{{sc|Max Reed}} is 13. {{oc|Dora}}, three, was asleep.\n\n- Share with the duty team: {{oc|Dora}} not at nursery; {{sc|Max}} off roll in Year 8.", false],
    ["control: a stage that fits the named child", "{{sc|Max Reed}} is 13. {{oc|Dora}}, three, was asleep.\n\n- Share with the duty team: {{sc|Max}} off roll; {{oc|Dora}} to start at nursery; the family moving to Year 8 housing.", false],
  ])("reads a clause after a semicolon: %s", (_label, annotated) => {
    const { got, want } = marked(annotated as string, max);
    expect(got).toBe(want);
  });

  it.each([
    ["a that-less report (a court letter)", "{{sc|Max Reed}}, born 02/03/2019; {{oc|Dora Reed}}, born 30/08/2023.\n\n3.2 The mother says {{mix|Dora}} has missed nine days of Year 2 this term. Report 01/12/2026."],
    ["a that-less report (a message thread)", "{{sc|Isla}} (17) and {{oc|Dora}} (10) live with Nan.\n\n[Tue 10:02] KO: Nan said {{mix|Dora}} isn't going to college tomorrow either."],
  ])("reads a child named straight after a reporting verb: %s", (_label, annotated) => {
    const p = /Isla/.test(annotated) ? isla : max;
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it.each([
    ["a child speaking of someone else", 'Baby: {{sc|Max Reed}}, 3 weeks\nMother: {{oc|Jade}} ("Jay", 16)\n\n{{oc|Jade}} says he visits most days and buys nappies.'],
    ["the subject telling of a sibling", "Not seen: {{oc|Kai}} (15, brother).\n\n{{sc|Max}} (8) said {{oc|Kai}} \"gets away with everything\" because he is older."],
    ["a child whose own age fits", "Name\tAge\n{{sc|Max Reed}}\t9\n{{oc|Dora Reed}}\t17\n\n{{oc|Dora}} has started driving lessons."],
    ["a named college, which can be a secondary school", "{{sc|Isla}} (17) and her sister {{oc|Dora}} (12).\n\n{{oc|Dora}} goes to Brookfield College and likes it."],
    ["a birthday to come that fits the child", "{{sc|Max}} (9) and {{oc|Jordan}} (14).\n\n{{oc|Jordan}} will be 15 next week."],
  ])("leaves other children alone: %s", (_label, annotated) => {
    const p = /Isla/.test(annotated) ? isla : max;
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
  it.each([
    ["a school log", "Pupil: {{sc|Max Reed}}, Year 2\nOther children: {{oc|Jordan Reed}} (13)\n\n11:15 {{mix|Jordan}} asked to sit with Mrs {{ad|Patel}} in the Year 2 book corner."],
    ["a foster carer's diary", "{{sc|Max}} (6) and his brother {{oc|Jordan}} (14).\n\nMonday: {{mix|Jordan}} read with Mr {{ad|Hill}} from the Year 1 phonics book."],
  ])("reads a school year past an adult named in the child's sentence: %s", (_label, annotated) => {
    const { got, want } = marked(annotated, max);
    expect(got).toBe(want);
  });

  it("stops at another child named after the adult", () => {
    const annotated = "{{sc|Max}} (6) and his brother {{oc|Jordan}} (14).\n\nMonday: {{oc|Jordan}} helped Mr {{ad|Hill}} and {{oc|Kacey}} in the Year 1 classroom.";
    const { got, want } = marked(annotated, max);
    expect(got).toBe(want);
  });

  // Ages a name owns, compared wherever the name sits in its sentence, whoever else the sentence names.
  it.each([
    ["a numbered birthday", "Children at the home: {{sc|Max}} (13), {{oc|Jordan}} (16).\n\n{{sc|Max}} showed me his room. The duvet was a present for {{mix|Jordan}}'s thirteenth birthday in October."],
    ["a year group, with the subject named as the one reported on", "{{sc|Max Reed}}, DOB 15/12/2016, Year 5. His sister {{oc|Dora}} (14, Year 9).\n\n{{mix|Dora}}'s Year 5 teacher reported in October that {{sc|Max}} is tired in class. Note of 01/12/2026."],
    ["a year group straight after the name", "Pupil: {{sc|Max Reed}}   Year 5   DOB: {{pid|08/10/2016}}\n\nMum said {{sc|Max}}'s sister {{oc|Dora}}, who is in Year 1, is upset.\n\nPlan\n1. Mentoring sessions for {{mix|Dora}} in Year 5, from 7 December 2026."],
    ["a health review dated by its own sentence", "{{sc|Max Reed}} (DOB {{pid|27/08/2022}}) and {{oc|Harrison}} (NHS 485 221 7718, 8).\n\n{{mix|Harrison}}'s 2-year check on 5 September 2024 noted speech a little behind. Letter of 3 December 2026."],
  ])("compares an age the name owns: %s", (_label, annotated) => {
    const { got, want } = marked(annotated, max);
    expect(got).toBe(want);
  });

  it.each([
    ["a numbered birthday that fits the child", "Children at the home: {{sc|Max}} (13), {{oc|Jordan}} (16).\n\nThe duvet was a present for {{oc|Jordan}}'s sixteenth birthday in October."],
    ["a year group the child is in", "{{sc|Max Reed}}, DOB 15/12/2016, Year 5. His sister {{oc|Dora}} (14, Year 9).\n\n{{oc|Dora}}'s Year 9 teacher reported that {{sc|Max}} waits for her after school. Note of 01/12/2026."],
    ["a year group after the name in a sentence naming the subject", "Pupil: {{sc|Max Reed}}   Year 5   DOB: {{pid|08/10/2016}}\n\n{{oc|Dora}}, who is in Year 1, is a cousin. {{sc|Max}} first met {{oc|Dora}} in Year 5."],
    ["a health review the other child had at that age", "{{sc|Max Reed}} (DOB {{pid|27/08/2022}}) and {{oc|Harrison}} (NHS 485 221 7718, 8).\n\n{{oc|Harrison}}'s 2-year check on 5 September 2020 noted speech a little behind. Letter of 3 December 2026."],
  ])("leaves an owned age that fits the named child alone: %s", (_label, annotated) => {
    const { got, want } = marked(annotated, max);
    expect(got).toBe(want);
  });

  it("takes the subject's own date of birth on another child's name for the paste", () => {
    const annotated =
      "Subject: Information request - {{mix|Harrison Reed}}, DOB {{pid|27/08/2022}}\n\nThe records for {{sc|Max Reed}}, DOB {{pid|27/08/2022}}, and his brother.\n\n{{oc|Harrison}} (NHS 485 221 7718, 8): asthma, well controlled. Letter of 3 December 2026.";
    expect(marked(annotated, max).got).toBe(marked(annotated, max).want);
    // Twins share a date of birth: the brother's other age agrees with it, so nothing was pasted.
    const twins = annotated.replace("{{mix|Harrison Reed}}", "{{oc|Harrison Reed}}").replace(", 8)", ", 4)");
    expect(marked(twins, max).got).toBe(marked(twins, max).want);
  });

  it.each([
    ["a time phrase before the name, dated in the sentence", "{{sc|Max}} was born on 2 December 2025. His half-sister {{oc|Maisie}} was born on 19 June 2019.\n\nAt the 8-week check on 3 February 2026, {{mix|Maisie}} weighed 4.9 kg and was feeding well. Hearing on 14 January 2027."],
    ["an age in years and months", "{{sc|Max Reed}}, born 23/03/2024, lives with his aunt and her son {{oc|Brodie}}, who is four.\n\n{{sc|Max}} had his review in October 2026. {{mix|Brodie}}'s speech was noted to be behind for a child of two years and seven months. Report of 01/12/2026."],
    ["a table cell opening the item", "Children: {{sc|Max Reed}} (2), {{oc|Harley Reed}} (6).\n\nOutcome\tWhat needs to happen\n1. Health needs are met\t{{mix|Harley}} to have a 2-year development review."],
    ["a birth month and a review age in words", "{{sc|Max}} was born in June 2023. {{oc|Ava}} was born in March 2021.\n\nHealth\n\n{{mix|Ava}}'s two-year development check in July 2025 found a speech delay."],
  ])("reads more shapes of age and sentence: %s", (_label, annotated) => {
    const { got, want } = marked(annotated, max);
    expect(got).toBe(want);
  });

  it("keeps a time phrase's other child when the date fits them", () => {
    const annotated = "{{sc|Max}} was born on 19 June 2019. His half-sister {{oc|Maisie}} was born on 2 December 2025.\n\nAt the 8-week check on 3 February 2026, {{oc|Maisie}} weighed 4.9 kg and was feeding well. Hearing on 14 January 2027.";
    expect(marked(annotated, max).got).toBe(marked(annotated, max).want);
  });
});

// A school the record gives the subject, said of another child whose own school it gives as another.
describe("schools the record gives, and a sentence that puts another child at the subject's", () => {
  const head = "Name: {{sc|Isla Grant}}   DOB: {{pid|21/07/2011}}   Year 11, Elm High School\n\nFriends\n";
  it.each([
    ["another child at the subject's school", `${head}{{oc|Dora}} (surname unknown), 14, Oak Academy, seen in the car.\n\nPlan\n1. {{mix|Dora}}'s safety plan to be agreed by her head of year at Elm High School by 4 December.`],
    ["control: the child goes to the same school", `${head}{{oc|Dora}} (surname unknown), 14, Elm High School, seen in the car.\n\nPlan\n1. {{oc|Dora}}'s safety plan to be agreed by her head of year at Elm High School by 4 December.`],
    ["control: the subject is named before the school", `${head}{{oc|Dora}} (surname unknown), 14, Oak Academy, seen in the car.\n\nPlan\n1. {{oc|Dora}} to meet {{sc|Isla}} at Elm High School on Friday.`],
  ])("%s", (_label, annotated) => {
    const { got, want } = marked(annotated, { ...isla, otherChildren: ["Dora"] });
    expect(got).toBe(want);
  });
});

describe("an age set off by a comma before a bracketed aside that ends the line", () => {
  it.each([
    [
      "the subject's age before their pronouns in a header",
      "Child discussed: {{sc|Isla Grant}}, 13 (she/her)\nHousehold: Mum and their children {{oc|Mila}} (4) and {{oc|Ben}} (2).\n\n- {{mix|Mila}} has been self-harming since Year 7, according to the school nurse.",
    ],
    [
      "control: a bracket that goes on past the line's end is not an aside",
      "Child discussed: {{sc|Isla Grant}}, 13 (she/her) and her brother\nHousehold: Mum and their children {{oc|Mila}} (4) and {{oc|Ben}} (2).\n\n- Mila has been self-harming since Year 7, according to the school nurse.",
    ],
  ])("%s", (_label, annotated) => {
    const { got, want } = marked(annotated, isla);
    expect(got).toBe(want);
  });
});

// Ages in the register of statements, judgments and reviews: an age set off as an aside ("Bia, at 10,"), a birthday
// past ("when Remy turned 14"), and an age or year group written before a name as what the child is ("a Year 11
// called Harriet"). Controls: a year group that dates the sentence; an age that fits the named child.
describe("ages written as asides, past birthdays and before a name", () => {
  it.each([
    ["an age as an aside", "4.1 {{sc|Isla}} is 10. Her sister, {{oc|Beatriz}}, 5, lives with her in foster care.\n\n4.7 {{mix|Beatriz}}, at 10, understands what the court is being asked to decide."],
    ["a birthday past", "1.1 {{sc|Isla}} was born in January 2012. Her friend {{oc|Remy}} was sixteen in June 2026.\n\n3.3 When {{mix|Remy}} turned 14 in March 2026, she was moved to full-time alternative provision."],
    ["a year group before a name", "Child: {{sc|Isla Grant}}, Year 7, Elm High School\n\nShe would like to keep her reading mentor, a Year 11 called {{oc|Harriet Cole}}.\n\n2. Attainment\n{{mix|Harriet}} is in the lowest Year 7 reading group."],
    ["control: an aside age that fits the named child", "4.1 {{sc|Isla}} is 10. Her sister, {{oc|Beatriz}}, 5, lives with her in foster care.\n\n4.7 {{oc|Beatriz}}, at 5, does not understand what the court is being asked to decide."],
    ["control: a year group dating the sentence", "Child: {{sc|Isla Grant}}, Year 7, Elm High School\n\nHer cousin {{oc|Harriet}} is 9. In Year 11 {{oc|Harriet}} will sit her exams."],
  ])("%s", (_label, annotated) => {
    const { got, want } = marked(annotated, isla);
    expect(got).toBe(want);
  });
});
