import { runRule, type Case } from "./helpers";
import { thresholdDecisionSense } from "../../../../src/engine/rules/jargon/guards";

const flag: Case[] = [
  { text: "The family have been hard to reach since the {{jar|step-down}} from child in need in June." },
  { text: "Remy has been {{jar|presenting as}} low this week." },
  // The noun, negated or not: negation does not make the word plain.
  { text: "The panel agreed there would be no {{jar|step-down}} before Easter." },
  { text: "Mum was not told about the {{jar|step-up}} in March." },
  { text: "She is {{jar|parentified}}, and it shows in her sleep." },
  { text: "The {{jar|Reg 44}} visit is on Tuesday." },
  { text: "The home told Ofsted under {{jar|Reg 40}} the same evening." },
  { text: "Adopters or {{jar|foster to adopt}} carers will be considered.", kind: "assessment" },
  { text: "The family has the features of the {{jar|toxic trio}}." },
  { text: "The {{jar|toxic trio}} is present in this family." },
  { text: "Kayla {{jar|did not attend}} her dentist appointment." },
  { text: "Name: Kayla Brown\nAge: 6\n\nThe clinic offered two sessions; she {{jar|did not attend}} the second." },
  { text: "She is {{jar|non-verbal}} and uses signs." },
  // The head noun's plural and the hyphenated compound (stop 45; invented wording).
  { text: "The panel judged them {{jar|good-enough parents}} for a toddler." },
  { text: "The question is whether they are {{jar|good enough parents}} now." },
  { text: "Dear Kayla, the judge decided there was a risk of {{jar|significant harm}}.", kind: "letter-to-child" },
];

const pass: Case[] = [
  { text: "She had to step down from the bus carefully." },
  // The open verb says what will happen; the noun is the shorthand.
  { text: "The plan is to step down to early help in the new year." },
  { text: "Step down to early help agreed at review." },
  { text: "Kayla's advocate came with her: Heledd Morse (social worker, facilitating and recording)." , kind: "court-report" },
  { text: "The local authority asks the court to make a care order and a placement order.", kind: "court-report" },
  { text: "Jordan and Mason were likely to suffer significant harm.", kind: "court-report" },
  { text: "Mum did not attend the meeting." },
  { text: "Her parents were good enough to drive her to the match." },
  // An older teenager keeps their own appointments (lexicon context for "did not attend", issue 12, set 4).
  { text: "Name: Kayla Brown\nAge: 16\n\nThe clinic offered two sessions; she did not attend the second and was discharged." },
  { text: "Precious has a strong attachment to her mother.", kind: "court-report" },
  { text: "Nobody here uses 'disguised compliance' any more." },
  // Put forward as a thing, not clinical shorthand for how someone seemed.
  { text: "At the review Gran and Grandad presented as a united front about the holidays." },
  // The jargon file's judgement-like entries keep negation: the sentence denies the judgement.
  { text: "This is not a toxic trio family; Mum has no drink or drug problem." },
];

describe("professional-jargon", () => {
  test.each(flag)("flags: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jar|");
  });
  test.each(pass)("passes: $text", (c) => {
    expect(runRule("professional-jargon", "jar", c).got).toBe(runRule("professional-jargon", "jar", c).want);
  });
});

describe("section 20 and named protocols (issue 12)", () => {
  test.each<Case>([
    { text: "{{jar|Section 20}} was agreed by both parents on Friday." },
    { text: "The home keeps a {{jar|Philomena Protocol form}} for her." },
    // Named tools, legal tests and the adoption term, in mixed or lower case (stop 23).
    { text: "The worker will update the {{jar|AssetPlus assessment}} next week." },
    { text: "The nurse found Kayla {{jar|Gillick competent}} to consent to the treatment." },
    { text: "{{jar|Letterbox exchange}} with the adoptive parents happens each spring." },
    { text: "The link can be kept going through {{jar|letterbox}} and visits." },
    // A named scheme in mixed case, from published explanations for parents and schools (stop 29).
    { text: "School were told under {{jar|Operation Encompass}} the next morning." },
    { text: "Dear Ms Kaur, the school heard about the new incident through {{jar|Op Encompass}}.", kind: "letter-to-child" },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jar|");
  });
  test.each<Case>([
    { text: "The children were looked after under section 20 before proceedings began.", kind: "court-report" },
    { text: "She lives with her aunt under section 20 of the Children Act 1989, which Mum agreed to." },
    // A door's letterbox.
    { text: "Someone pushed a note through the letterbox on Sunday night." },
    // The number in brackets after the words that say what it is: a citation.
    { text: "Independent visitor's monthly report (Regulation 44): extract for the file." },
    { text: "The nurse found Kayla Gillick competent to consent to the treatment.", kind: "court-report" },
    // An e-mail's header names the sender or the thread, not the writer's prose; and the ordinary verb.
    { text: "From: Operation Encompass <notify@example.org>\nSubject: RE: Operation Encompass notification\n\nThank you for this morning's call.", kind: "email" },
    { text: "The plan tried to encompass the whole family." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
});

// Issue 12 (stop 24): "section 47" written out is still a legal section outside court papers, unless the
// record says what it is where it is used or gives the section with its Act in its title.
describe("section 47 outside court papers", () => {
  test.each<Case>([
    { text: "The strategy discussion agreed a single-agency {{jar|section 47 enquiry}}." },
    { text: "12/05/2025 – {{jar|Section 47 enquiries}} completed; no further action.", kind: "chronology" },
    { text: "Actions: curtains and a mattress from the {{jar|Section 17}} budget by Friday." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "Child protection enquiries (section 47) began on Monday." },
    { text: "MEETING NOTES (Section 47 Children Act 1989)\nChild: Kayla Brown\n\nA section 47 enquiry will be led by the social worker." },
    { text: "The section 47 enquiry was reviewed by the court.", kind: "court-report" },
    // Stop 30: the Act first, in the title or right before the section.
    { text: "SECTION 17 FINANCIAL ASSISTANCE REQUEST\nChildren Act 1989, section 17 (support for children in need)\n\nSection 17 money for a bed." },
    { text: "She is supported under the Children Act 1989, section 17, while her mother is in hospital." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
});

describe("a section explained where it is used (issue 12 item 2, set 9)", () => {
  test.each<Case>([
    { text: "Section 20 means you agreed to us caring for Kayla while you are unwell." },
    { text: "She is looked after under section 20, which means Mum agreed to it and can change her mind." },
    { text: "A section 47 enquiry is when the council checks whether a child is being harmed." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
});

// Stop 27: the threshold as a decision about a child, and the core group, outside court papers. Both entries are
// off: the development corpus, annotated by its owners, leaves every use untagged (0 of 3 and 0 of 9).
describe("threshold and core group: off, as the corpus owners annotate them", () => {
  test.each<Case>([
    { text: "Threshold for a {{jar|Section 47 enquiry}} is met.", kind: "case-note" },
    { text: "BH asked: are we over threshold?", kind: "case-note" },
    { text: "In my view she meets the threshold for a referral.", kind: "assessment" },
    { text: "The next core group is on 12 January at 15:30.", kind: "case-note" },
    { text: "Mum has been to two of the four core group meetings.", kind: "visit-record" },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
});

// The sense check the threshold entry uses when it is switched on.
describe("threshold decision sense (guard)", () => {
  const decides = (text: string) => {
    const start = text.toLowerCase().indexOf("threshold");
    return thresholdDecisionSense({ text } as never, start, start + "threshold".length);
  };
  test.each([
    "Threshold for a Section 47 enquiry is met.",
    "BH asked: are we over threshold?",
    "In my view she meets the threshold for a referral.",
    "The threshold for significant harm is not met at present.",
  ])("a decision: %s", (text) => expect(decides(text)).toBe(true));
  test.each([
    "He has a high pain threshold and rarely cries.",
    "She stood on the threshold of the kitchen and would not come in.",
    "The threshold criteria under section 31 are conceded.",
  ])("not a decision: %s", (text) => expect(decides(text)).toBe(false));
});

// Stop 27: vocabulary from published glossaries and guides (rules/jargon.json names each source), each with its
// ordinary sense as a control. Invented sentences.
describe("published care-system vocabulary (stop 27)", () => {
  test.each<Case>([
    { text: "The plan has not moved since the summer and {{jar|drift}} is evident." },
    { text: "A date for the review was set to prevent {{jar|drift}}." },
    { text: "The audit found {{jar|drift and delay}} in the plan." },
    { text: "She talked about her phone at {{jar|keywork}} on Monday." },
    { text: "Two staff used a {{jar|Team Teach}} hold to move him away from the window." },
    { text: "Graded Care Profile 2\n\nArea 1: Physical care ({{jar|grade 3}})\nFeeding is adequate." },
    { text: "The school completed a {{jar|Boxall Profile}} in the autumn term." },
    { text: "The carers' {{jar|Form F}} goes to panel in March." },
    { text: "This is a first-stage viability, not a full {{jar|Form C assessment}}." },
    { text: "Mum has a {{jar|non-mol}} against him until June." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jar|");
  });
  test.each<Case>([
    // Everyday senses of the same words.
    { text: "She began to drift off to sleep on the sofa." },
    { text: "The boys have drifted apart since he moved school." },
    { text: "The car was stuck in a snow drift near the farm." },
    { text: "Her key worker, Dionne, sat with her at tea." },
    { text: "The key work session went well and she chose the film." },
    { text: "The team teach swimming to the younger children on Fridays." },
    { text: "He is capable of a grade 3 in maths, his teacher said." },
    { text: "She passed her grade 3 piano exam in May." },
    { text: "Please fill in the form for the school trip." },
    // A surname, not the school's checklist.
    { text: "Mrs Boxall, the class teacher, said she is settled." },
    { text: "Mum has a non-molestation order against him until June." },
    // The entry is on in prose since jargon40 (3 of 4 readable mentions gold); a heading is the form's (see below).
    { text: "MANAGEMENT OVERSIGHT – case note type: management decision" },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
});

// Stop 28: published youth justice, adoption and sexual-health vocabulary.
describe("published vocabulary (stop 28)", () => {
  test.each<Case>([
    { text: "Kayla agreed to do ten hours of {{jar|reparation}} at the allotments." },
    { text: "The school offered a {{jar|restorative meeting}} between the two girls." },
    { text: "Step-parent adoption: the {{jar|Annex A report}} is due in March." },
    { text: "Next: {{jar|linking meeting}} in January with the family finder." },
    { text: "The school nurse gave Kayla a leaflet about the {{jar|C-card}}." },
    { text: "Report to the court for the {{jar|non-lawyer review}} on 10 December.", kind: "court-report" },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jar|");
  });
  test.each<Case>([
    { text: "The debate was about reparations for the war." },
    { text: "Mum met the restorative justice worker on Monday." },
    // An appendix in a record that is not about adoption.
    { text: "The school's attendance figures are in Annex A of the report." },
    { text: "She is linking her new phone to the laptop before the meeting." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
});

// Stop 30: words from child protection medical examinations (the RCPCH Child Protection Evidence reviews, named in
// rules/jargon.json), in a letter a parent may be shown. Invented sentences.
describe("child protection medical vocabulary (stop 30)", () => {
  test.each<Case>([
    { text: "There were no {{jar|petechiae}} on her face or neck." },
    { text: "A {{jar|petechial}} rash was not seen." },
    { text: "Mouth, teeth and {{jar|frenula}} were normal." },
    { text: "The upper {{jar|frenulum}} was intact." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([{ text: "There were no spots or marks on her face or neck, and her mouth was normal." }])("passes: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
});

// jargon40: the inspection phrase in prose, not a supervision form's section heading.
describe("management oversight (jargon40)", () => {
  test.each<Case>([
    { text: "{{jar|Management oversight}} is regular but brief.", kind: "assessment" },
    { text: "There has been no {{jar|management oversight}} recorded since August.", kind: "supervision" },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "Management oversight (RC)\nI have read the file and agree the plan.", kind: "supervision" },
    { text: "Management Oversight:\nAgreed. Review in four weeks.", kind: "supervision" },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
});

// jargon43 (issue 12 item 2, "with digits"): a section or regulation set in brackets after the plain words it is the source of
// — a citation with the Act, or with the noun it governs — as "(section 47)" is. Bare, or with a gloss after it (set 13 tags
// "section 20 (accommodated with …)" in a header), it stays. Written before the change.
describe("a section in brackets after the words it is the source of (jargon43)", () => {
  test.each<Case>([
    { text: "A child protection enquiry (Section 47, Children Act 1989) started today." },
    { text: "Gran and Grandad were approved as temporary carers (Reg 24 approval) last week." },
    { text: "The strategy discussion agreed child protection enquiries (section 47 enquiries) for both boys." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "An enquiry was started under {{jar|section 47}} on Friday." },
    { text: "The {{jar|Reg 44}} visit is on Tuesday." },
    { text: "Mum signed the {{jar|section 20 agreement}} at the police station." },
    { text: "The team started a {{jar|section 47 enquiry}} (a child protection investigation) on Monday." },
    { text: "Mum agreed (see {{jar|section 20}} paperwork) on Friday." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
});

// jargon46 (issue 12 item 2, "with digits" false findings on unseen sets): a grade that is a school, exam or music grade in
// a record that also names the Graded Care Profile, and a section or regulation explained by the clause or sentence that
// follows it, as "which means" already does. Invented wordings, written before the change.
describe("grades and sections by what follows them (jargon46)", () => {
  test.each<Case>([
    { text: "Graded Care Profile 2 completed with Mum.\nKayla is predicted a grade 5 in English and a grade 4 in maths.", kind: "assessment" },
    { text: "Gran has been assessed using the Graded Care Profile. Kayla passed her grade 3 piano exam last week." },
    { text: "Dear Ms Brown,\nYou agreed to section 20. This means the council looks after Kayla while you are in hospital.", kind: "email" },
    { text: "Nan has temporary approval as a foster carer under Regulation 24, which lets a relative care for a child while they are assessed." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "Graded Care Profile 2 completed with Mum.\nArea 1: Physical care ({{jar|grade 3}})\nMum agreed with {{jar|grade 3}} for safety.", kind: "assessment" },
    { text: "Mum signed the {{jar|section 20}} form. This was at the police station." },
    { text: "Nan was approved under {{jar|Regulation 24}}, which was on Friday." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
});

// jargon48 (blind "with digits" false; the known leftover "section 17, Children Act 1989"): a section or regulation given
// with the instrument it belongs to, after it ("section 17, Children Act 1989", "Regulation 24 of the Care Planning
// Regulations 2010"), is a citation, as "section 17 of the Children Act" and "Children Act 1989, section 17" are. Bare, or
// with only a gloss, it stays. Written before the change (4 of the 5 passes were flagged).
describe("a section or regulation cited with its Act or Regulations after it (jargon48)", () => {
  test.each<Case>([
    { text: "The family get help with food under section 17, Children Act 1989, from the early help team." },
    { text: "Money for a cooker was agreed under Section 17, Children Act 1989." },
    { text: "Her aunt was approved under Regulation 24 of the Care Planning, Placement and Case Review (England) Regulations 2010." },
    { text: "The visit was made under Reg 44, Children's Homes (England) Regulations 2015." },
    { text: "She lives with her aunt under section 20 of the Children Act 1989, which Mum agreed to." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "The family get help with food under {{jar|section 17}} from the early help team." },
    { text: "Her aunt was approved under {{jar|Reg 24}} last week." },
    { text: "Mum signed the {{jar|section 20}}, and the Children Act was explained to her later." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
});

// jargon48: "tier 3" is the children's mental health framework's level (its sources). An immigration route ("a Tier 2 work
// visa", "Tier 4 student") or a lockdown level ("tier 3 restrictions") is another scheme's tier, not the service a child is
// waiting for. Written before the change (the three passes were flagged).
describe("tier: the mental health service's level, not a visa's or a lockdown's (jargon48)", () => {
  test.each<Case>([
    { text: "Mum came to the UK on a Tier 2 work visa in 2019." },
    { text: "Dad holds tier 4 student leave until June." },
    { text: "During tier 3 restrictions the contact moved online.", kind: "court-report" },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "She was stepped across to {{jar|tier 3}} in March." },
    { text: "The GP referred him to {{jar|Tier 2}} services for low mood." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
});
