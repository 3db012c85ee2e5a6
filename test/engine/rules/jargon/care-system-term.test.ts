import { runRule, type Case } from "./helpers";

const flag: Case[] = [
  // "contact" as a noun by its syntax (issue 12, F7).
  { text: "{{jar|Contact}} went ahead on Tuesday." },
  { text: "He was upset after {{jar|contact}}." },
  { text: "Dad wants {{jar|contact}}, but not at the centre." },
  { text: "Mum asked for Saturday morning {{jar|contact}} instead." },
  { text: "I will discuss the {{jar|contact}} day change with the manager." },
  // The object of a verb of discussing is the noun (issue 12, set 4).
  { text: "Reason for the visit: to discuss {{jar|contact}} and her new college course." },
  { text: "We discussed {{jar|contact}} over the summer with both carers." },
  { text: "River has found the evenings harder since {{jar|contact}} with Mum was cut to once a month." },
  { text: "Seun has {{jar|contact}} with his mother every other Saturday." },
  { text: "Type: {{jar|Supervised contact}} – father" },
  { text: "Dad said the {{jar|contact}} was too short.", kind: "visit-record" },
  { text: "I phoned Mum to arrange {{jar|contact}} for Saturday." },
  { text: "Dad asked if {{jar|contact}} can move to the Sunday.", kind: "email" },
  { text: "Gran wondered whether {{jar|contact}} might be longer in the holidays." },
  { text: "The other children in the {{jar|placement}} were also in.", kind: "visit-record" },
  { text: "The {{jar|placement}} of the twins with their aunt has lasted a year." },
  { text: "The {{jar|placement}} of Kayla with Gran is stable." },
  // A parent-and-baby placement is where the young parent and the baby live: the care word (stop 32, set 7 tags 2 of 2).
  { text: "She moved to a parent-and-child {{jar|foster placement}} with her baby." },
  { text: "A mum-and-baby {{jar|foster placement}} in the next county was offered." },
  { text: "She does not want a mother and baby {{jar|placement}} out of the area." },
  // Stop 28: a residential school placement is where the child lives.
  { text: "Kayla may need a residential school {{jar|placement}} if things do not settle." },
  { text: "Helen asked whether {{jar|respite}} could be arranged for half term." },
  { text: "He {{jar|absconded}} from the home at 11pm.", kind: "court-report" },
  { text: "Mother asked about {{jar|contact}} with Father.", kind: "chronology" },
  { text: "The father asks for more {{jar|contact}} with Mateo.", kind: "email" },
  // A letter in proceedings that is not addressed to the court is read by the family too (stop 34).
  { text: "Safeguarding letter\nTo: Ms Jo Bell\nCase number: AB26P01188\n\nThe father asks for more {{jar|contact}} with Mateo.", kind: "email" },
  // After a preposition or a verb of going, the noun (issue 12, F7).
  { text: "She was tired following {{jar|contact}} and went to bed early." },
  { text: "Kayla looks forward to {{jar|contact}} every Saturday." },
  { text: "The taxi was late taking her to {{jar|contact}}." },
  { text: "The centre will offer Saturday morning {{jar|contact}} from 6 December." },
  // A negated sentence still uses the care word: negation denies an event, not the word's meaning.
  { text: "Dad has not come to any {{jar|contact}} since the summer." },
  { text: "The text from Nan was not part of the {{jar|contact arrangements}}." },
  // Writing to a child: not named, not explained.
  { text: "Dear Kayla, your {{jar|pathway plan}} is due in May.", kind: "letter-to-child" },
  // The child's account in the worker's words is still the worker's choice of word (quoted words are not).
  { text: "Kayla told me she likes {{jar|contact}} with her brother on Sundays." },
  { text: "She is back at {{jar|the unit}} after a night away.", kind: "visit-record" },
  // A compound noun after "into", and a sentence's subject before when it happened.
  { text: "The arguing has now spread into {{jar|contact}} handovers at the family centre." },
  { text: "{{jar|Contact}} on Sunday was cut short because Kayla felt sick." },
  { text: "{{jar|Contact}} last week went well." },
  // The word, then the day it happens on or how often: the arrangement for family time (stop 29).
  { text: "She would like to join the choir but it is at the same time as {{jar|contact}} on Tuesdays." },
  // "peers", "peer group" as the child's friends, in a letter to the child (jargon41: only there).
  { text: "Dear Kayla,\nYour {{jar|peers}} were kind to you on the trip.", kind: "letter-to-child" },
  { text: "Dear Kayla,\nYou get on well with your {{jar|peer group}} at school.", kind: "letter-to-child" },
  { text: "{{jar|CONTACT}} RECORD – Kayla and her father\nThe {{jar|contact}} went well." },
  // A noun before "to": the arrangement, not the verb; the placement's own plan.
  { text: "Dad has shown little commitment to {{jar|contact}} since the summer." },
  { text: "The {{jar|placement}} plan was updated with the carers." },
  // A council's plan in numbered sections that names the order is not a statement to the court.
  {
    text: "1. Legal status\nKayla is under a Section 31 care order (Children Act 1989).\n2. Her wishes\nShe wants weekly {{jar|contact}} with Mum.\n3. Analysis\nKayla is settled in this {{jar|placement}}.",
  },
];

const pass: Case[] = [
  // The review's name, hyphenated: the review entry decides it (only in a letter to the child), not the shorter "looked-after child".
  { text: "Record of looked-after child review\nThe review was held at the office." },
  // Contact that is lost is the everyday sense, with a word between (issue 12, sets 3 and 4).
  { text: "Moving schools meant losing daily contact with her best friend's family and her cousin." },
  { text: "The loss of regular contact with his brother since the move upsets him." },
  // Writing to a child, the letter names the person or says what the words mean.
  { text: "Dear Kayla, you went to stay with a foster carer called Jo for two nights.", kind: "letter-to-child" },
  { text: "Dear Kayla, your foster carer, Jo, says you love the new bike.", kind: "letter-to-child" },
  { text: "Dear Kayla, Priya, your personal adviser, will meet you in March.", kind: "letter-to-child" },
  { text: "Dear Kayla, we will start your pathway plan soon. This is the plan for your life after care.", kind: "letter-to-child" },
  // A judgment that opens with the judge's name is a court paper: contact is the legal term there.
  { text: "His Honour Judge Pell :\n1. This judgment concerns K. I approve the contact arrangements set out in the care plan.", kind: "case-note" },
  // A team's own name is a name, like a job title (Ruling 6).
  { text: "Northdale Children's Services\nChildren in Care Team\n\nDear Kayla,\nThank you for seeing me.", kind: "letter-to-child" },
  // "the unit" after the record has named a treatment or hospital unit is that place.
  { text: "Mum is in a residential rehabilitation unit. She hopes to leave the unit in May.", kind: "visit-record" },
  { text: "Kayla said, \"I hate contact at the centre.\"" },
  // The verb, and getting in touch.
  { text: "Contact on Monday if there are any changes." },
  { text: "Kayla came into contact with the police at the station." },
  // No communication at all is the ordinary word, not family time.
  { text: "Her father moved abroad and has had no contact with her since 2021." },
  { text: "Kayla has not had any contact with her uncle for years." },
  // Stop 31: none at all since a time is being out of touch, even where a parent "has had no contact".
  { text: "Her mother lives in Scotland and has had no contact since 2023." },
  { text: "Dad has had no contact for over two years." },
  // A correction of the word itself still removes it.
  { text: "We now say family time, not contact, in Kayla's plan." },
  // A form's field label, and a place field in the header (issue 12, F7).
  { text: "VISIT RECORD\nChild: Kayla Brown\nPlacement: Oak House (residential)\nDate: 05/11/2025" },
  { text: "Address: 7 Oak Way (kinship foster placement with her grandmother)\nDate: 01/10/2025" },
  { text: "Aisling to ask the school about a vocational placement one day a week." },
  { text: "Her contact details have changed; the new contact number is on file." },
  { text: "Mum said she will contact school tomorrow." },
  { text: "Jade has been in contact with her dad by phone." },
  { text: "He made contact with the duty team." },
  { text: "Contact between Ivy and her mother should continue three times a week.", kind: "court-report" },
  { text: "Case No: NM24C00341\nFamily time: direct contact with Yusuf four times a year.", kind: "assessment" },
  { text: "Her school placement is going well and she starts a work placement in May." },
  { text: "The local authority asks the court to make a placement order." },
  { text: "Mum had a respite from the noise when the neighbours moved." },
  { text: "Kayla said, \"I hate contact, it's boring.\"" },
  { text: "Her foster carer, Mrs Keane, was at home." },
  { text: "Seun had contact with his mother.", allow: ["contact"] },
  { text: "After the row, Kayla had no contact with the girls for a week." },
  { text: "Please let me know if your contact details change." },
  // "placement" as where a thing is put, or a student's or year's placement (issue 12, item 2).
  { text: "The placement of the new desks means the meeting moves to room 4." },
  { text: "We discussed the placement of a camera by the back door." },
  { text: "Our placement student will take notes at the review." },
  // A "contact" to children's services is a referral, not family time.
  { text: "A contact from the police was received on 3 May about a fight." },
  // "peer group" as the professional term of contextual safeguarding (F7).
  { text: "The exploitation meeting mapped the peer group around the skate park." },
  { text: "Kayla has been seen with a peer group of older boys who are known to police." },
  // A support group for the adults who care for the child is not the child's friends (issue 12, set 4).
  { text: "Support for the family: the foster carers' peer group meets on the first Monday of the month." },
  // A service's own form for recording its contact with a family, named in the title (issue 12, sets 1 and 4).
  { text: "Family Nurse Partnership Team – Contact Record\nSeen at home with Mum." },
  { text: "SCHOOL NURSING SERVICE: CONTACT LOG\nKayla was seen at the drop-in." },
  { text: "A peer group assessment will be shared with the school." },
  // A job title is not jargon (Ruling 6).
  { text: "Sarah Lee, Virtual School Head for looked after children, attended." },
  { text: "Her Contact Supervisor wrote up the session notes." },
  { text: "Mum and the baby moved to a parent and child assessment placement." },
  // Keeping in touch: "in regular contact", as "in contact" is.
  { text: "Kayla's parents are involved and in regular contact with the school." },
  // Court papers recognised from their layout: a judgment's header, numbered paragraphs arguing for an order.
  { text: "Neutral Citation Number: [2024] EWFC 123 (B)\nBefore: HHJ Morgan\n\nThe child's placement with her aunt is stable." },
  {
    text: "1. I am the allocated social worker.\n2. The local authority relies on the threshold criteria in the Children Act 1989.\n3. Kayla's placement with her grandmother has been stable since May.",
  },
  // Stop 31: role and plan words a letter to a child may use (no development corpus tags them in a letter): plain
  // words, job titles (Ruling 6) and plain process names are not jargon.
  { text: "Dear Kayla, your foster carers told me you are happy.", kind: "letter-to-child" },
  { text: "Dear Kayla, you are one of the children in care we visit.", kind: "letter-to-child" },
  { text: "Your birth mother wanted you to know she loves you.", kind: "letter-to-child" },
  { text: "If you are unhappy you can ask for an advocate or talk to your personal adviser.", kind: "letter-to-child" },
  // A possessive before the role noun is part of a job title (Ruling 6; stop 29).
  { text: "Dear Kayla, our care leavers' counsellor can go through the papers with you.", kind: "letter-to-child" },
  // A letter addressed to the court in proceedings is read by the court first: its legal terms are the right words (stop 34).
  { text: "Safeguarding letter\nTo: The Family Court sitting at Anytown\nCase number: AB26P01188\n\nThe father asks for more contact with Mateo.", kind: "email" },
];

describe("care-system-term", () => {
  test.each(flag)("flags: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jar|");
  });
  test.each(pass)("passes: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
});

describe("'contact' judged by whom it is with (issue 12)", () => {
  const family: Case[] = [
    { text: "Dad's {{jar|contact}} with the twins is on Thursdays." },
    { text: "She wants {{jar|contact}} with her half-sister at Christmas." },
  ];
  const outsiders: Case[] = [
    { text: "He has little contact with his classmates outside school." },
    { text: "There has been no contact with the police this year." },
    { text: "We have had regular contact with the school nurse." },
    { text: "Her contact with other young people online worries her carers." },
  ];
  test.each(family)("flags contact with family: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
  test.each(outsiders)("passes contact with people outside the family: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
});

// Issue 12 (stop 24): a service's own contact with a family (an enquiry, a visit, a call) named in a form's
// heading or a field, against family time named in its own section or by what happened to it.
describe("'contact' as a service's enquiry or as family time", () => {
  test.each<Case>([
    { text: "Reason for contact\nThe school rang about a bruise on Tuesday." },
    { text: "Purpose of contact\nThe two-year review and a check on sleep." },
    { text: "No previous contact about Kayla; one referral about her brother in 2023." },
    { text: "Community Nursing Service - Home contact record\nChild: Kayla Brown" },
    // No communication at all, and contact that was hidden (stop 30): the ordinary word.
    { text: "Since the order there have been no further incidents and no contact between them." },
    { text: "School to call us if Kayla discloses any contact with Mr Harrop." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "Feeding\nKayla took her bottle well.\n\n{{jar|Contact}}\nDad came on Tuesday for two hours." },
    { text: "Kayla saw her brother every week but {{jar|contact}} stopped when he moved to Leeds." },
    { text: "Mum rang for the {{jar|contact}} call at six and Kayla spoke to her for ten minutes." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
});

// Issue 12 (stop 24): a role word followed by the person's name says who someone is.
describe("role words that name the person", () => {
  test.each<Case>([
    { text: "Their other foster child, Ruby (6), shares a room with Kayla." },
    { text: "Your birth mother, Donna, chose your name. Your birth father is Lee.", kind: "letter-to-child" },
    { text: "You went home from hospital with your foster carer Margaret.", kind: "letter-to-child" },
    // Stop 28: the words fill a bracket right after the person's name.
    { text: "Kayla could walk in with Jordan (the carers' other foster child) on Mondays." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    // In a letter to the child (jargon41: only there).
    { text: "Dear Kayla,\nYou are a {{jar|foster child}}, and the school needs consent for the trip.", kind: "letter-to-child" },
    { text: "Dear Kayla,\nJordan is in Year 7 and you (a {{jar|foster child}} since May) are in Year 5.", kind: "letter-to-child" },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
});

describe("a parent's contact, however little (issue 12, sets 6 and 8)", () => {
  test.each<Case>([
    { text: "Her birth father has had no {{jar|contact}} since the spring." },
    { text: "Dad, who moved out in June, has no {{jar|contact}}. Mum is worried he will turn up at school." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([{ text: "Her father lives in Spain and has had no contact with her since 2020." }])("passes: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
});

describe("contact by its grammar (issue 12 item 2, sets 8 and 9)", () => {
  test.each<Case>([
    // A plan's item that opens with the word, then where or how often.
    { text: "Plan:\n- {{jar|Contact}} at the family centre every Saturday, supervised by Jo.\n- School to send a weekly update." },
    { text: "What we agreed\n• {{jar|Contact}} twice a week at Gran's, after school." },
    { text: "Decision: {{jar|contact}} every other Sunday with Dad.", kind: "supervision" },
    // "other contact", and the children's time with the parent a letter is written to.
    { text: "The children will not have any other {{jar|contact}} with you until the review." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    // Touch and gaze are the everyday word.
    { text: "Staff said no physical contact happened during the search." },
    { text: "Carers should log any physical contact they have to make." },
    { text: "She made good eye contact and smiled at me." },
    { text: "We will be in contact with you next week." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
});

// Stop 27: a children's home's word for punishments (Norfolk In-care Council jargon guide), not a government's.
describe("sanctions in a children's home (stop 27)", () => {
  test.each<Case>([
    { text: "The {{jar|sanctions log}} shows two entries this month." },
    { text: "Staff have used three phone {{jar|sanctions}} since she moved in." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "Dad lost his job when the economic sanctions hit the firm." },
    { text: "Mum's benefit sanctions mean there is no money for the gas." },
    { text: "The news was about sanctions against Russia." },
    { text: "He went to the pastoral base as his plan says. No sanction." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
});

// Children Act 1989 s.25(1)(a): in court papers on a secure accommodation order "absconding" is the Act's test.
describe("abscond as the secure accommodation test's words (stop 28)", () => {
  test.each<Case>([
    {
      text: "12. The local authority applies for a secure accommodation order. The test in section 25 is met: Kayla has a history of absconding and is likely to abscond.",
      kind: "court-report",
    },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "Kayla {{jar|absconded}} from the home at 11pm.", kind: "court-report" },
    { text: "Staff asked about secure accommodation after Kayla {{jar|absconded}} again.", kind: "case-note" },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
});

// jargon40 (issue 12 item 2): the care words' senses by what they govern and whom they describe. Written before the change.
describe("care words by grammar and form (jargon40)", () => {
  test.each<Case>([
    // A bulleted field label, and a second field on a form's row, are the form's wording, not prose.
    { text: "Next steps\n- Next contact: the 6-8 week review, and a weight check at the same visit.", kind: "visit-record" },
    { text: "Child: Kayla Brown (7)   Placement type: foster care\nVenue: Orchard Room", kind: "visit-record" },
    // The label is said of other named people, not put on the child the record is about.
    { text: "You will see Shannon and Kyle, who lived there as foster children at the same time as you.", kind: "letter-to-child" },
    { text: "Mum, Shania, is a looked-after child herself, with her own social worker." },
    // Contact that would be lost, as the object of "lose" coordinated with another loss.
    { text: "If it breaks down, Kayla would lose both her home and her contact with Tyler and Mason." },
    // A student's practice placement named on the record's own title line.
    { text: "Direct observation of practice (2 of 3), final placement, MA Social Work Student: Amara Osei", kind: "visit-record" },
    // "siblings" is left untagged by every corpus (0 of 125 mentions in 16 sets).
    { text: "Kayla was finding it hard to share her mum's attention with a new sibling.", kind: "visit-record" },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    // A field label that names whom the time is with is the arrangement itself (sets 4 and 13 tag it).
    { text: "5. Family time\n{{jar|Contact}} with Summer: twice weekly, supervised, at the family centre.", kind: "case-note" },
    { text: "Actions\n- {{jar|Contact}} with Kyle: speak to his social worker about fortnightly visits.", kind: "visit-record" },
    // Still the child's own label where it is said of her.
    { text: "Kayla is a {{jar|looked-after child}} and her teacher knows." },
    { text: "Kayla would lose her {{jar|placement}} if the carers moved away." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
});

// jargon41 (issue 12 item 2): labels for children that no development set tags in a professional record — "peers" for a
// child's classmates (0 of 7 single-word mentions in 16 sets) and "foster child" (0 of 10), in sets written by both groups of
// annotators — are left to a letter to the child, where the child reads them. Written before the change.
describe("labels for children, outside a letter to the child (jargon41)", () => {
  test.each<Case>([
    { text: "Peers in her form group laugh at her accent, and she has stopped putting her hand up.", kind: "case-note" },
    { text: "She gets on well with her peer group at school.", kind: "visit-record" },
    { text: "The panel approved Mr and Mrs Hale to care for Kayla as a long-term fostered child.", kind: "case-note" },
    { text: "Kayla is a foster child and needs consent for the trip.", kind: "case-note" },
    { text: "School treats the foster children on roll the same as everyone else.", kind: "email" },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "Dear Kayla,\nYou told me your {{jar|peers}} at school have been kind since the move.", kind: "letter-to-child" },
    { text: "Dear Kayla,\nBeing a {{jar|foster child}} does not mean you cannot go on the trip.", kind: "letter-to-child" },
    // The care words gold tags in most sets keep their sense checks in every record.
    { text: "Kayla was quiet after {{jar|contact}} with Mum on Saturday.", kind: "case-note" },
    { text: "Kayla has settled well in her {{jar|placement}} with Mr and Mrs Hale.", kind: "visit-record" },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
});

// jargon43 (issue 12 item 2): the care words' senses from the sentence's syntax, written before the change. "respite" measured
// out ("no respite", "a brief respite") is the dictionary's relief; arranged, with whom, where or how often, it is the stay.
// A negated subject ("Nobody … any contact with the family") is no contact at all, as "no contact with" is.
describe("care words by their syntax (jargon43)", () => {
  test.each<Case>([
    { text: "Mum has had no respite since the baby was born." },
    { text: "There has been little respite for the family this year." },
    { text: "The move gave Mum a brief respite from the arguments." },
    { text: "Dad said the school holidays bring no respite at all." },
    { text: "Gran's visit gave Mum some welcome respite." },
    { text: "Nobody from the team has had any contact with the family since they moved." },
    { text: "No one at school has had any contact with Dad this term." },
    // Contact that is made, attempted or established is getting in touch, in any voice or mood, as "made contact" is.
    { text: "No contact was made with Mum despite three calls." },
    { text: "No contact could be made with Dad by phone." },
    { text: "Contact has not been established with the family since the referral." },
    { text: "Mum has had no contact back from the housing officer." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "Kayla goes to {{jar|respite}} one weekend a month." },
    { text: "She came back from {{jar|respite}} tired but happy." },
    { text: "Mum asked for more {{jar|respite}} over the summer." },
    { text: "The carers will be taking a {{jar|respite}} weekend at half term." },
    { text: "Mum has had no {{jar|respite}} at the weekends since the summer." },
    { text: "There has been no {{jar|respite care}} since March." },
    { text: "Dad did not turn up to {{jar|contact}} again." },
    { text: "Mum has not turned up to {{jar|contact}} for three weeks." },
    { text: "Dad has not had any {{jar|contact}} since the summer." },
    { text: "Mum has not been to {{jar|contact}} since May." },
    { text: "Dad came to {{jar|contact}} late and left early." },
    { text: "No {{jar|contact}} took place this week because Dad was ill." },
    { text: "Dad is not to have {{jar|contact}} with Kayla unless it is supervised." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
});

describe("contact counted as an occasion, and the venue beside 'family time' (jargon44)", () => {
  test.each<Case>([
    // Counted one by one: an occasion the family came to an agency's notice, not family time.
    { text: "Each contact was followed by a letter and nothing more.", kind: "assessment" },
    { text: "By June another contact was closed with advice only." },
    { text: "A contact went to the duty team on Monday night." },
    // The lexicon keeps official venue names; a record that says "family time" has made the change already.
    { text: "Family time takes place at the contact centre in Millgate on Fridays." },
    { text: "Kayla waved from the window of the contact centre. Her family time with Gran lasted two hours." },
    // Nobody chose it: out of touch, the ordinary word.
    { text: "Kayla has had no contact with her uncle since he went back to Poland." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    // With whom it is, or a compound: family time however it is counted.
    { text: "Each {{jar|contact}} with Dad ended in tears at the door." },
    { text: "Every {{jar|contact session}} last month started late." },
    { text: "Kayla was quiet after the {{jar|contact}} on Sunday." },
    // The venue where the record never says "family time".
    { text: "Gran has visited her twice at the {{jar|contact centre}}." },
    // A wish about family time is about the arrangement, even a wish for none.
    { text: "Kayla says she wants no {{jar|contact}} with Dad until after her exams." },
    { text: "Kayla has asked for no {{jar|contact}} with her mother over Christmas." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
});

// jargon48 (blind "lower-case word | plain" false): "contact" that a service or professional has with a family member, or
// that the child has with other pupils, is the ordinary word (being in touch, meeting), as "contact with the police" is.
// Family time is the child's with parents, kin or siblings. Written before the change (every pass was flagged).
describe("contact a service has with the family, or a child with other pupils (jargon48)", () => {
  test.each<Case>([
    { text: "The police have had contact with Mum twice this month." },
    { text: "School has had regular contact with Dad about attendance." },
    { text: "The health visitor had brief contact with the family before the move." },
    { text: "Kayla avoids contact with the other pupils at break." },
    { text: "She has little contact with students outside her class." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "Mum has had {{jar|contact}} with Kayla twice this month." },
    { text: "The boys have had {{jar|contact}} with their dad every Saturday." },
    { text: "The police asked about {{jar|contact}} with Dad on Sundays." },
    { text: "Staff said {{jar|contact}} with Gran went well." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
});

// jargon48 (set 18 "lower-case word | negation before" false): contact nobody ever had with someone, and contact that is
// answered or not, are being in touch (messages, calls, visits from anyone) — the ordinary word, as "no contact with her
// uncle" is. An arrangement someone misses, or a wish for none, stays. Written before the change (the passes were flagged).
describe("contact never had with someone, or answered (jargon48)", () => {
  test.each<Case>([
    { text: "Kayla has never had contact with her father's side of the family." },
    { text: "Dad has not responded to any contact since the hearing." },
    { text: "Mum replied to the contact within a day." },
    { text: "Nobody has had contact with Dad since the hearing." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "Dad has never missed {{jar|contact}} with Kayla." },
    { text: "Dad has never come to {{jar|contact}} on time." },
    { text: "Kayla says she never wants {{jar|contact}} with her father again." },
    { text: "Nobody told Mum that {{jar|contact}} with Kayla was cancelled." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
});

// jargon48: "abscond" said of an adult (a parent on bail, a man the police were looking for) is the word's ordinary legal
// sense; young people in care rejected it said of them, and its suggestion ("ran away") fits a child. Told by the clause's
// subject: an adult's role word (the people stage's adult roles). Written before the change (the passes were flagged).
describe("abscond said of an adult (jargon48)", () => {
  test.each<Case>([
    { text: "Dad absconded from the bail hostel in March." },
    { text: "Mum's partner absconded while on bail and was arrested in May." },
    { text: "The man had absconded before the police arrived." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "Kayla {{jar|absconded}} from the home at 9pm." },
    { text: "She has {{jar|absconded}} twice this week." },
    { text: "Staff said Kayla had {{jar|absconded}} again." },
    { text: "Her brother Leo (14) {{jar|absconded}} from his foster home.", profile: { subject: { name: "Kayla Brown", pronouns: "she/her" }, otherChildren: ["Leo Brown"] } },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("care-system-term", "jar", c);
    expect(got).toBe(want);
  });
});
