import { analyse } from "../../../../src/engine/pipeline";
import { runRule, type Case } from "../jargon/helpers";
import type { CaseProfile } from "../../../../src/engine/types";

const flag: Case[] = [
  // Labels once filed in the jargon list (issue 12, F16) and labels of a parent's stance (F12).
  { text: "There is evidence of {{jud|disguised compliance}} by both parents." },
  { text: "Dad {{jud|lacks insight}} into the impact of his drinking." },
  { text: "Mum is {{jud|resistant to advice}} about safe sleeping." },
  { text: "Ms Baker was {{jud|evasive}} and {{jud|obstructive}} throughout the visit." },
  { text: "Parents remain {{jud|in denial}} about the injuries." },
  { text: "Home {{jud|chaotic}}.", kind: "chronology" },
  { text: "Ms Wright's {{jud|chaotic}} lifestyle meant that Mason was not taken to his review.", kind: "court-report" },
  { text: "Jack {{jud|refused to engage}} with me and would not come off the game." },
  { text: "Dad is still {{jud|refusing to engage}} and would not let me in.", kind: "email" },
  { text: "Mother {{jud|uncooperative}} and would not let the social worker see the bedrooms." },
  { text: "River {{jud|kicked off}} at teatime." },
  { text: "River's behaviour appears to be {{jud|attention seeking}}." },
  { text: "Mrs Keane said Seun can be {{jud|manipulative}} when he wants something." },
  { text: "Mum has been {{jud|non-compliant}} with dental appointments.", kind: "assessment" },
  { text: "Mother {{jud|failed to protect}} the children." },
  { text: "Dad is a {{jud|feckless}} parent." },
  { text: "Staff described him as {{jud|aggressive}}." },
  { text: "Kayla {{jud|failed to attend}} her appointment." },
  { text: "The household is {{jud|chaotic}} and meals are not regular." },
  { text: "Mum was {{jud|unable to protect}} Kayla from him." },
  { text: "Dad at the hearing was {{jud|hostile}} to everyone." },
  { text: "The kitchen was far from clean and Mum seemed {{jud|chaotic}}." },
  { text: "Mum was {{jud|confrontational}} at the start of the meeting." },
  { text: "Her cousin is {{jud|confined to a wheelchair}} after the accident." },
  { text: "The report calls Dad {{jud|disinterested}} in the contact arrangements." },
  // NSPCC, reframing responsibility for accessing services: labels beside "hard to reach" (vocab14).
  { text: "Mum has been {{jud|service resistant}} since the baby was born." },
  { text: "The family are described as {{jud|non-engaged}} in the referral." },
  { text: "Kayla was {{jud|out of control}} at home, Nan said." },
  // Everyday character insults and labels for a parent, and the same conclusions in other words (stop 23).
  { text: "Gran said Dad is {{jud|a waste of space}}." },
  { text: "Her carer says Kayla can be {{jud|a little madam}} at bedtime." },
  { text: "The duty officer wrote that the uncle is a {{jud|nasty piece of work}}." },
  { text: "Dad was late again. He is {{jud|unreliable}}." },
  // Published guidance on credibility and on school attendance (stop 30).
  { text: "Mother is a {{jud|poor historian}} and could not give dates." },
  { text: "The school describes Kayla as {{jud|school refusing}} since May." },
  // An entry quoted as written is the record's wording; scare quotes inside a noun phrase still label.
  { text: 'The visit on 2 May reads in full: "Home {{jud|filthy}} again. Mum {{jud|not bothered}}."' },
  { text: 'An "{{jud|aggressive}}" father came to the door.' },
  { text: "Mum is {{jud|overanxious}} about the baby's feeds." },
  { text: "The {{jud|flat was a tip}} when I arrived." },
  { text: "Kayla has been {{jud|difficult to pin down}} this week." },
  // The engagement summary as a disposition, in a review, a judgment, minutes and a chronology (issue 12).
  { text: "Mother {{jud|reluctant to engage}} in services.", kind: "assessment" },
  { text: "The father has been {{jud|resistant to engaging}} with the parenting course.", kind: "court-report" },
  { text: "Concerns were closed because of the family's {{jud|unwillingness to co-operate}}.", kind: "assessment" },
  { text: "12/03 Dad {{jud|unwilling to engage}}, no answer at door.", kind: "chronology" },
  { text: "Dad {{jud|has an anger problem}}." },
  { text: "Mum {{jud|will not listen to advice}} about the baby's sleep." },
  { text: "The old file records that Kayla is {{jud|low functioning}}." },
  // Published labels added in stop 29: the trauma-informed carers' guides (problem / extreme behaviour), 'Rewriting social care' (non-engagers).
  { text: "School report {{jud|problem behaviours}} in the afternoons." },
  { text: "Kayla has {{jud|extreme behaviours}} at bedtime, her carer says." },
  { text: "Both parents are {{jud|non-engagers}} according to the health visitor." },
  { text: "The team was set up to work with {{jud|difficult families}}." },
  { text: "The old referral calls Jordan a {{jud|teenage sex offender}}." },
];

// Every form of a verb entry, by grammar (issue 12): tenses, the progressive, a person as the subject.
const inflected: Case[] = [
  { text: "Her stepfather {{jud|minimised}} the bruising on her arm." },
  { text: "When we spoke, Mum was {{jud|minimising}} what Kayla had seen." },
  { text: "Mr Osei {{jud|minimises}} how much he drinks." },
  { text: "Both parents continue to {{jud|play down}} the arguments." },
  { text: "Ms Lomax {{jud|downplayed}} the burn." },
  { text: "She {{jud|played it down}} when the nurse asked." },
  { text: "Grandad {{jud|lacked insight}} into the risk; his {{jud|insight remains limited}}.", profile: { subject: { name: "Kayla Brown", pronouns: "she/her" } } },
  { text: "Father {{jud|refuses to cooperate}} with the drug testing." },
  { text: "Dad {{jud|resisted support}} from the family hub." },
  { text: "Kayla {{jud|kicks off}} when she is asked to switch off the tablet." },
  { text: "Dad was {{jud|very defensive}} and seemed to be {{jud|minimising}} the bruise." },
];
const notAStance: Case[] = [
  { text: "The plan aims to minimise disruption to her schooling." },
  { text: "Moving her at half term will minimise the change for her." },
  { text: "The risk was minimised by the carers locking the medicines away." },
  { text: "We minimised the number of people she has to speak to." },
  { text: "By minimising delay, the court keeps her timescales in view." },
  { text: "This helps minimise the chance of another missed visit." },
  { text: "Mum said the plan is sensible and will minimise the disruption." },
];

const pass: Case[] = [
  // A family's circumstances, not a label of the family (stop 29).
  { text: "Kayla has had a difficult family situation since Nan died." },
  // Quoted labels that are not an adult's label passed on: the child's own words, a record's words,
  // speech rather than a label, or a label the record then rejects.
  { text: "Kayla said her brother can be 'sulky' in the mornings." },
  // Control (vocab14): a service, not a person, is the one resisting.
  { text: "The bacteria were resistant to the first antibiotic." },
  { text: "The referral form calls her 'sulky' and 'hostile'. Neither word says what happened at home." },
  { text: "Her carer said 'she is being sulky because she misses her mum' when I arrived." },
  { text: "Her carer called her 'sulky'. I do not agree; she was worried about her mum." },
  // Ordinary senses of the stop-23 words: a thing, not a person.
  { text: "The bus timetable is unreliable on Sundays." },
  { text: "The phone signal at the flat is unreliable." },
  { text: "He takes a high-functioning approach to the timetable." },
  { text: "The dates of the moves were difficult to pin down from the old files." },
  { text: "The school records were hard to get hold of." },
  { text: "She denies that her lifestyle is chaotic." },
  { text: "It is not the local authority's case that Ms Thompson is manipulative or dishonest." },
  { text: "I do not consider that Ms Marsh is being deliberately dishonest." },
  { text: "In my view this was not Jordan being aggressive for the sake of it." },
  { text: "Please could we not describe Tiago as attention seeking in emails." },
  { text: "We agreed that 'refused to engage' does not describe what happened." },
  { text: "He said: 'I just kicked off because staff wouldn't let me out.'" },
  { text: "Jordan told me: \"Staff think I'm just attention seeking but I'm not.\"" },
  { text: "Dad was aggressive and threw a chair at the wall." },
  { text: "The meeting kicked off at 10am." },
  { text: "The call dropped out twice." },
  { text: "She was lying on the bed." },
  // Words of manner in their ordinary sense, about a thing (issue 12).
  { text: "The traffic was chaotic and we arrived late." },
  { text: "Her nan's illness is aggressive and she is starting a new treatment." },
  { text: "The family live in a hostile environment for migrants." },
  { text: "Mum has been unable to protect herself from his violence." },
];

// Labels the writer rejects, however the rejection is worded, and the child's own account (issue 12, F13).
const rejected: Case[] = [
  { text: "It would be wrong to describe Kayla as manipulative; she is frightened of going home." },
  { text: "It is unfair to call Mum neglectful when the boiler has been broken since October." },
  { text: "The foster carer says Kayla is manipulative. I do not agree: Kayla is trying to keep herself safe." },
  { text: "Dad describes Mum as hysterical, which I do not accept." },
  // The writer's own experience of the child differs (issue 12, set 4).
  { text: "His teacher describes Kayla as manipulative. My own experience of her has been very different: she asks for help when she needs it." },
  { text: "The duty officer called her hostile on the phone; I have found Mum quite differently in person." },
  { text: "Neither parent is obstructive; both have come to every meeting." },
  { text: "Kayla told her teacher she had a meltdown at home." },
  { text: "Kayla said she had a tantrum because she was tired." },
  { text: "Kayla has been called streetwise and resilient, which misses that she is thirteen." },
  { text: "I have found nothing to suggest that Mum is neglectful." },
  { text: "Far from being attention seeking, Kayla was trying to tell us something." },
  { text: "It is unfair to say that Dad was obstructive; the letters went to the wrong address." },
  { text: "No one should describe Kayla as manipulative." },
  { text: "Her silence in class reads as fear rather than defiance." },
  { text: "Kayla calls herself lazy and says she is a liar." },
  { text: "In her letter to the judge Kayla wrote that she was naughty when she was little." },
  { text: "Kayla feels she is a troublemaker because of what her stepdad says." },
  { text: "A teacher's email calls Dad hostile. This description ignores that he was told the news in a corridor." },
  // Reported or named words the record then rejects, in the same sentence or the next (issue 12, item 3).
  { text: "The magistrate rejected the council's description of the flat as chaotic." },
  { text: "The nursery's log called Mum uncooperative. That is not borne out by the diary, which shows she came every week." },
  // A naming gerund as the subject of "can hide"; the unquoted naming two sentences before is the same label, rejected too.
  { text: 'The nursery recorded Mum as disengaged and closed the case. Mum had been told not to let anyone in. Recording a parent as "disengaged" without asking why can hide coercive control.' },
  { text: "Dad was said to be hostile at the door. I do not find that he was." },
  { text: "The residential home labelled Kayla as manipulative; the review considers this label unfair." },
  { text: "Several agencies described Kayla as streetwise; this masked what the older men were doing to her." },
  { text: "The audit found that the word promiscuous appeared in two referrals about a twelve-year-old." },
  { text: "The new worker declined to record that Kayla had kicked off and wrote down what she did instead." },
  { text: "My manager asked me not to write that Kayla was attention seeking." },
  { text: "The referral described Dad as aggressive. There is no evidence that he has harmed anyone." },
  { text: "Words like manipulative tell the reader nothing about the child." },
  { text: "Dad tells her off when she is rude to her nan." },
  { text: "Nobody at the review thought Kayla was attention seeking." },
  { text: "Kayla is not, in my view, manipulative." },
  { text: "There was nothing chaotic about the flat when I visited." },
  { text: "Her carer said Kayla was aggressive. What I saw was a frightened girl, not an aggressive one." },
];
// Labels of manner (the "rude" entry) are judged by what they describe.
const manner: Case[] = [
  { text: "Kayla was {{jud|rude}} and {{jud|stroppy}} when I asked about the weekend." },
  { text: "Her form tutor says she is {{jud|disruptive}} in lessons." },
  { text: "Dad became {{jud|surly}} as soon as the interpreter arrived." },
  { text: "A second move this term would be disruptive for her." },
  { text: "The building works next door are disruptive." },
  { text: "Kayla can be {{jud|challenging}} with her carers, and her {{jud|behaviour is challenging}} at school." },
  { text: "It has been a challenging year for the whole family." },
  { text: "Kayla was rude to the receptionist after she was made to wait and swore at her." },
  // Everyday words for a child's mood or manner, in the same class (stop 23).
  { text: "Kayla can be {{jud|moody}} after phone calls with her dad." },
  { text: "Kayla handed the tablet back when asked, a bit {{jud|mardy}}." },
  { text: "Ten minutes before the end Kayla started {{jud|whining}} to her mum." },
  { text: "The puppy was whining at the back door all evening." },
  // "a bit" is a degree word, not a bite: the label stays bare.
  { text: "Kayla was a bit {{jud|rude}} to her nan on the phone." },
  { text: "Kayla was rude to her brother and bit him on the arm." },
  // A naming or judging frame, passive or with the person as its object (stop 31, judvocab33).
  { text: "Kayla is often seen by school as {{jud|rude}}." },
  { text: "Kayla presents as {{jud|needy}}." },
  { text: "Her teacher considers her {{jud|disruptive}}." },
  { text: "The school describes Kayla as {{jud|demanding}}." },
  { text: "The move was seen as disruptive by the school." },
];
const adopted: Case[] = [
  // Rejected only in a later paragraph: the naming where it was reported stands (the later quote is the writer's remark).
  { text: 'Her carer said that Kayla can be {{jud|moody}} after calls.\n\nAnalysis\n\nThe description of her as "moody" does not help.' },
  { text: "Teachers report she is {{jud|manipulative}}; I agree." },
  // "Misses" with a day, a lesson or an appointment as its object is absence, not a rejection of the label before it.
  { text: "Their mum says Riley has been {{jud|a nightmare}} since the move. Please let me know if either of them misses a day." },
  // A quote as the last conjunct of a naming's predicate is a label, not speech, however long (up to twelve words).
  { text: 'His records describe Kayla as {{jud|defiant}} and "a {{jud|bad influence}} on the other girls".' },
  // A speaker's pronoun that is the child's, with the child named as the one described: the speaker is not the child.
  { text: "Mrs Kell said Kayla gets on well with the others. She described Kayla as a bit of a {{jud|drama queen}} when she is tired." },
  { text: "The teacher told me Kayla is {{jud|manipulative}}." },
  { text: "Kayla is not attention seeking but is {{jud|manipulative}} with staff." },
  { text: "He is a {{jud|troublemaker}} and {{jud|attention seeking}}.", profile: { subject: { name: "Kai Brown", pronouns: "he/him" } } },
  // Reported without a rejection, or reported and then agreed with: the record adopts the words.
  { text: "The nursery describe Mum as {{jud|uncooperative}}, which matches what I saw at the door." },
  { text: "Her carers called her {{jud|manipulative}} and I share that view." },
  { text: "Staff described Kayla as {{jud|aggressive}}. She had challenged a teacher in the corridor." },
  { text: "Her carer said Kayla was {{jud|defiant}} at bedtime, and she was the same with me." },
  { text: "The school call her {{jud|'disrespectful'}}, which matches what I saw at the gate." },
  // An adult's short quoted label reported without challenge is passed on by the record (the annotation
  // decision of the later development sets: "another person's label reported without challenge").
  { text: "Her carer called her '{{jud|hostile}}' and '{{jud|sulky}}'." },
  { text: "Her foster carer describes her as '{{jud|a handful}}' at bedtime." },
  { text: "Mum has shown {{jud|poor engagement}} with the plan and a {{jud|refusal to engage}} with the clinic." },
  { text: "Kayla is {{jud|manipulating her carers}} to get her own way." },
  { text: "Kayla keeps {{jud|placing herself in dangerous situations}} with adults she meets online." },
];

describe("judgemental-label", () => {
  test.each(rejected)("a rejected label or the child's account passes: $text", (c) => {
    const found = ["judgemental-label", "victim-blaming"].map((id) => runRule(id, "jud", c));
    for (const { got, want } of found) expect(got).toBe(want);
  });
  test.each(adopted)("an adopted or reported label is flagged: $text", (c) => {
    const [label, blame] = ["judgemental-label", "victim-blaming"].map((id) => runRule(id, "jud", c));
    // Each judgement is found by one of the two rules: count them together.
    const marks = (s: string) => (s.match(/\{\{jud\|/g) ?? []).length;
    expect(marks(label.got) + marks(blame.got)).toBe(marks(label.want));
  });

  test.each(manner)("a label of manner describes a person, as a bare label: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });

  test.each(inflected)("every form of a verb entry: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each(notAStance)("a plan or action that reduces something is not a stance: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });

  test.each(flag)("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jud|");
  });
  test.each(pass)("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });

  test("a finding explains itself with alternatives, a note and a source", () => {
    const f = analyse("Jack refused to engage with me.", { subject: { name: "Jack Doherty" } }).findings.find((x) => x.ruleId === "judgemental-label");
    expect(f?.message).toMatch(/refused to engage/);
    expect(f?.suggestions).toBeUndefined(); // only a description fits: advice, never inserted
    expect(f?.advice).toContain("[name]"); // a label may be about a parent: the writer fills it in
    expect(f?.note).toBeTruthy();
    expect(f?.source).toMatch(/http/);
  });
});

describe("labels with words inside the phrase, and behaviour as the subject (issue 12)", () => {
  const flagInside: Case[] = [
    { text: "Gran {{jud|lacked any insight}} into the risks." },
    { text: "Dad has been {{jud|resistant to the support}} offered by the family centre." },
    { text: "Her conduct in lessons has been {{jud|disruptive}} since half term." },
    { text: "She has been {{jud|suffering with}} migraines." },
  ];
  const passInside: Case[] = [
    // A named label the writer answers: set against what the child was, or with no record behind it.
    { text: "Teachers saw her as a problem child rather than as a girl being exploited." },
    { text: "She was called aggressive in three reports, yet no report says what she did." },
    { text: "The schedule this week has been disruptive for everyone." },
    { text: "Gran has shown she understands the risks." },
  ];
  test.each(flagInside)("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jud|");
  });
  test.each(passInside)("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

describe("dismissive labels in other words (issue 12)", () => {
  test.each<Case>([{ text: "Staff think she scratches her arms {{jud|for attention}}." }, { text: "Dad was {{jud|non-engaging}} at the review." }])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([{ text: "The cut needed medical attention at the walk-in centre." }, { text: "Mum has not engaged with the housing service since May." }])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

describe("a placement that broke down, in its plural and perfect forms (real text)", () => {
  test.each<Case>([
    { text: "Her last two {{jud|placements broke down}} within a month." },
    { text: "By March the {{jud|placement had broken down}}." },
    { text: "There were three {{jud|placement breakdowns}} in a year." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([{ text: "Mia broke down in tears at school." }, { text: "The car had broken down on the motorway." }])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

describe("labels in other forms and their rejection (issue 12, item 3)", () => {
  test.each<Case>([
    { text: "Staff say Tia {{jud|manipulated the carers}} into letting her stay up." },
    { text: "He {{jud|manipulates other staff}} when his keyworker is off." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jud|");
  });
  test.each<Case>([
    // An abuser manipulating the child is named, not a label of the child.
    { text: "The man manipulated her into sending photographs." },
    // A naming gerund judged by a modal verb: the label is quoted to be rejected.
    { text: "Describing her as manipulative would be wrong; she was frightened." },
    { text: "Calling his mother obstructive would not reflect how hard she tried." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

// A label's noun form is the same judgement (issue 12, item 3): "her hostility", "his defensiveness".
describe("labels as nouns", () => {
  test.each<Case>([
    { text: "Mum's {{jud|hostility}} towards the worker was evident." },
    { text: "Dad's {{jud|defensiveness}} made the visit hard." },
    { text: "Her {{jud|evasiveness}} about the bruise was noted." },
    { text: "The family's {{jud|obstructiveness}} delayed the assessment." },
    { text: "Mum's {{jud|resistance to advice}} continues." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jud|");
  });
  test.each<Case>([
    { text: "Kayla showed some resistance to the new bedtime at first, then settled." },
    { text: "The infection showed resistance to two antibiotics." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

// A label that is someone else's or the lesser reading (issue 12, item 3).
describe("labels quoted from a record, or set aside in a comparison", () => {
  test.each<Case>([
    { text: "The referral form states that Dad was \"hostile\". Dad says nobody rang him." },
    { text: "Her shouting at the gate looked more like panic than defiance to me." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([{ text: "Dad was {{jud|hostile}} when I arrived." }, { text: "She was more {{jud|defiant}} than last week." }])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

// "alleged" doubts a child's account; abuse between adults is a legal matter, not the child's word.
describe("alleged: a child's account, not abuse between adults", () => {
  test.each<Case>([
    { text: "Police were called twice last year about alleged domestic abuse between the parents.", kind: "assessment" },
    { text: "It was alleged the perpetrator used the arrangement to frighten Kayla's mother.", kind: "assessment" },
    { text: "It was alleged that the abuser kept the family's money.", kind: "assessment" },
  ])("passes: $text", (c) => {
    const found = ["judgemental-label", "victim-blaming"].map((id) => runRule(id, "jud", c));
    for (const { got, want } of found) expect(got).toBe(want);
  });
  test.each<Case>([{ text: "Kayla {{jud|alleged}} that her uncle hit her.", kind: "case-note" }])("flags: $text", (c) => {
    const found = ["judgemental-label", "victim-blaming"].map((id) => runRule(id, "jud", c));
    expect(found.map((f) => f.got)).toContain(found[0].want);
  });
});

// A note's list of a person's states: the participle after the comma is the person's.
describe("a participle listed after a person in a note", () => {
  test.each<Case>([{ text: "- Dad {{jud|in denial}}, {{jud|minimising}} the bruises." }])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([{ text: "- After school on Monday, minimising screen time helped Kayla sleep." }, { text: "To reduce delay, minimising the wait for the family." }])(
    "passes: $text",
    (c) => {
      const { got, want } = runRule("judgemental-label", "jud", c);
      expect(got).toBe(want);
    },
  );
});

// Compliance with a court's order is a legal fact; with a plan or appointments it is a judgement.
describe("non-compliance: a court's order or a plan", () => {
  test.each<Case>([{ text: "Dad has twice refused to comply with the non-molestation order.", kind: "court-report" }])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([{ text: "Mum has been {{jud|non-compliant}} with the dentist referral." }])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

// Another person's label reported without challenge (issue 12, item 3): the grammar of reporting a label
// (a school, a record, a relative who is worried, an adult's own speech about someone else), unless the
// record rejects the words or examines them as words, here or where it quotes them again.
describe("a label reported by someone else and passed on", () => {
  const him: CaseProfile = { subject: { name: "Jordan Price", pronouns: "he/him" } };
  test.each<Case>([
    { text: "The academy describe her as '{{jud|mouthy}}' in science." },
    { text: "The officer's log calls the bedroom '{{jud|filthy}}'." },
    { text: "The referral form calls Dad '{{jud|hostile}}'." },
    { text: "Grandad is worried he is 'running with the {{jud|wrong crowd}}'.", profile: him },
    { text: "Dad rang at four. He said: \"She's a {{jud|liar}}, she never says where she goes.\"" },
    { text: "Her carer told me Kayla can be '{{jud|sly}}' with money and hides receipts in her room." },
    { text: "Dad messaged to say Kayla was '{{jud|out of control}}' again." },
    { text: "In Nan's words, Kayla is '{{jud|a nightmare}}' at bedtime." },
    { text: "According to the nursery, Mum is '{{jud|uncooperative}}'." },
    { text: "Mr Shah, her form tutor, said Kayla is '{{jud|rude}}' to staff." },
    // A second verb of saying shares the sentence's adult subject; an insult stays one beside what happened.
    { text: "Mr Okoro said he was out, and described Jordan as '{{jud|a little monster}}' who 'kicks the doors'.", profile: him },
    // A form's field holding an adult's words, the label a second predicate of the person named.
    { text: "Carer's view: \"Kayla is kind to the little ones but can be {{jud|a nightmare}} at bedtime.\"" },
    // The pronoun after "X told me" is X, the adult, not the subject child.
    { text: "Sunita told me she thinks Kayla is '{{jud|attention seeking}}' at night.", profile: { subject: { name: "Kayla Brown", pronouns: "she/her" }, adults: ["Sunita Bhatt"] } },
    // A role's possession as the speaker; a professional by initials (Ruling 7).
    { text: "The nursery's notes describe Mum as '{{jud|hostile}}' at pick-up." },
    { text: "DW said Kayla is '{{jud|sly}}' with money." },
    // A second quote shares the report of the first, however far the verb of saying.
    { text: "Her aunt, Mrs Bell, told the health visitor at the two-year review in the spring that Mum has always been 'scatty' and '{{jud|uncooperative}}' with everyone." },
    // A long lower-case quote that completes the sentence's own predicate is a label, not speech.
    { text: "The police note says Mum was 'very {{jud|hostile}} to anyone who asked about the children'." },
    // A form's field holding an adult's words about the person named.
    { text: 'Carer description (from the diary): "Jordan has been {{jud|attention seeking}} since Monday and won\'t eat what I cook."', profile: him },
    // A label an adult applies by a verb of naming ("refer to … as", "labelled", "see … as", "started calling"),
    // a professional as the speaker, the speaker in a relative clause (issue 12: one construction).
    { text: "Staff refer to her as '{{jud|attention seeking}}'." },
    { text: "Staff at the unit refer to Kayla as '{{jud|attention seeking}}' at night." },
    { text: "The school labelled him 'a {{jud|troublemaker}}'.", profile: him },
    { text: "His head of year labelled him 'a {{jud|troublemaker}}' in Year 8.", profile: him },
    { text: "Nan has labelled Kayla 'a {{jud|liar}}'." },
    { text: "Kayla's foster carer has started calling her '{{jud|lazy}}'." },
    { text: "Her teachers see her as '{{jud|lazy}}'." },
    { text: "The health visitor described Mum as '{{jud|hostile}}'." },
    { text: "The GP referred to Dad as '{{jud|aggressive}}'." },
    { text: "Mrs Patel, the deputy head, described Kayla as '{{jud|manipulative}}'." },
    { text: "Jordan spends time with Tyler, who Dad calls 'a {{jud|troublemaker}}'.", profile: him },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "The officer's log calls the bedroom 'filthy'. That word tells us little about what Kayla needs." },
    { text: "Staff said Kayla 'kicked off' at tea.\n\nAnalysis\n'Kicked off' does not describe what happened: she was frightened." },
    { text: "Kayla said: \"Everyone here thinks I'm a liar and I'm not.\"" },
    { text: "Practice points. Language matters. Where records called a girl 'streetwise', she was not protected." },
    { text: "The minutes record that Mum was 'not engaging'. Mum told me she was never invited." },
    { text: "In the summer holidays, Kayla said she was 'bored'." },
    { text: "Jordan told me: \"He's a liar, he said he'd come and he never did.\"", profile: him },
    { text: "Jordan said he was bored, and described his cousin as 'a nightmare' at football.", profile: him },
    { text: "It was a lazy afternoon, so we stayed in and played cards." },
    { text: "Kayla's comment: \"Mum is tired all the time but she is a nightmare when she has had a drink, I hate it.\"" },
    // The writer objects to the words: asks that they are not used, or that the remark is recorded as a concern.
    { text: "The duty log describes Kayla as 'promiscuous'; her social worker asked that this is not used again." },
    { text: "The receptionist said Dad was 'hostile'. I asked for this to be recorded as a concern." },
    // Initials that stand for a child ("YP": young person) are not a professional speaking.
    { text: "YP said her cousin is 'sly' with money." },
    // Controls for the verbs of naming: the speaker's word for themself, a label the writer has not seen
    // borne out or rejects, a negated report, and a child's own words about themself.
    { text: "Mum called herself 'lazy'." },
    { text: "Dad describes himself as 'a nightmare' in the mornings." },
    { text: "Mum said she herself is 'lazy' in the mornings." },
    { text: "Mum said she is 'a worrier'." },
    { text: "Dad called Kayla 'lazy' but I have not seen this." },
    { text: "The school labelled her 'a troublemaker', which I do not accept." },
    { text: "Staff refer to her as 'attention seeking'; I disagree: she is frightened at night." },
    { text: "Nobody at the unit has called Kayla 'lazy'." },
    { text: "Kayla said: \"I'm lazy, everyone says so.\"" },
    { text: "Kayla called herself 'lazy'." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

// The same judgements as idioms (issue 12, item 3): a sneer at a parent's effort, manipulation said plainly.
describe("judgements as idioms", () => {
  test.each<Case>([
    { text: "Dad pays towards school dinners {{jud|when he can be bothered}}." },
    { text: "Mum rings the contact centre {{jud|if she can be bothered}}, usually late." },
    { text: "They turn up to core group {{jud|as and when they can be bothered}}." },
    { text: "Honestly I think {{jud|she's playing you}} over the headaches." },
    { text: "Staff feel he is {{jud|working the system}} to get more pocket money." },
    { text: "She has {{jud|wrapped staff round her little finger}} since she arrived." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jud|");
  });
  test.each<Case>([
    { text: "We can arrange contact when it suits her shifts." },
    { text: "He is playing football with staff on Saturday." },
    { text: "She's playing in the school band this term." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

// A learning point about a label's subject matter: the label's noun is the topic, said of no one.
describe("a label's noun as the topic of a general point", () => {
  test.each<Case>([
    { text: "Practitioners should consider the impact of non-engagement on the child before closing a case.", kind: "assessment" },
    { text: "Training will cover the signs of non-compliance with safety plans.", kind: "assessment" },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "We discussed the impact of {{jud|non-engagement}} by Mum on Kayla's health.", kind: "assessment" },
    { text: "Mum's {{jud|non-engagement}} continued.", kind: "assessment" },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

// Honesty and concealment judged in other words: the liar label by litotes or idiom, and an inference of
// concealment stated as fact (the liar and evasive entries).
describe("honesty and concealment in other words", () => {
  test.each<Case>([
    { text: "Mum {{jud|doesn't always tell the truth}} about who stays over." },
    { text: "Dad has been {{jud|economical with the truth}} about the fines." },
    { text: "She was {{jud|clearly hiding something}} when I asked about the bruise." },
    { text: "Kayla is {{jud|not always truthful}} with her carers." },
    { text: "Staff think he is {{jud|trying to get a reaction}} from the younger ones." },
    { text: "Nan said Kayla is {{jud|a hard child to love}}." },
    // The label quoted without its article (stop 32, judvocab34).
    { text: 'Nan said Kayla was a "{{jud|hard child to love}}" compared with her sister.' },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "Kayla said she was hiding something behind her back for Nan's birthday." },
    { text: "We told Jordan that adults should always tell the truth about what happened." },
    { text: "Mum said she will always tell the truth to the court." },
    { text: "The nurse tested for a reaction to the new cream." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

describe("a label's subject in notes, coordinated predicates and reported speech (stop 28)", () => {
  const him: CaseProfile = { subject: { name: "Jordan Price", pronouns: "he/him" } };
  const her: CaseProfile = { subject: { name: "Kayla Shaw", pronouns: "she/her" } };
  test.each<Case>([
    // The first conjunct's subject, past a quote and a comma.
    { text: 'He got off the bus, said "Not again" and was {{jud|stroppy}} all afternoon.', profile: him },
    // A note's verbless predicate of the person opening the sentence or clause.
    { text: "Presentation: Dad {{jud|surly}} and short with staff." },
    { text: "Nan {{jud|overprotective}}; keeps him indoors after school.", profile: him },
    // A reporting pronoun that is also the child's, resolved back to the adult who opens the chain.
    { text: 'Mr Kerr gave his account first. He said he was at work. He described Jordan as "{{jud|manipulative}}".', profile: him },
    // The research's verb phrases in every form of the verb.
    { text: "Dad {{jud|couldn't be bothered}} to ring back." },
    { text: "Kayla {{jud|answered back}} when asked to tidy up.", profile: her },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    // A verbless note with an -ing word reads as a verb.
    { text: "Mum challenging the decision at panel." },
    // The chain opens with the child: the child's words about someone.
    { text: 'Jordan talked about school. He described his teacher as "manipulative".', profile: him },
    // The speaker's words about themself.
    { text: 'Mrs Shaw rang the office. She said she is "stroppy in the mornings" and needs more sleep.', profile: her },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

describe("victim-blaming verb phrases in every form (stop 28)", () => {
  test.each<Case>([{ text: "Staff said she {{jud|brings it on herself}} by staying out." }, { text: "He {{jud|sold sex}} for somewhere to sleep." }])("flags: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
  });
});

describe("reported labels: correction, later denial and a new section (stop 29)", () => {
  const run = (c: Case) => runRule("judgemental-label", "jud", c);
  test.each<Case>([
    // A rejection in a later section that is about something else does not withdraw the label.
    { text: 'Her aunt described Kayla as "{{jud|manipulative}}" with adults.\n\nMy assessment\nI do not think Kayla needs a referral to CAMHS at this stage.' },
    // A child's own denial later ("I'm not a liar") is their view, not the record's rejection of the label.
    { text: 'Her nan said Kayla is "a {{jud|liar}}". Kayla said: "I\'m not a liar, I just forget."' },
    // A speaker coordinated with "but" before the verb of saying.
    { text: 'Mr Hale nodded but said Mum is "{{jud|lazy}}".' },
  ])("flags: $text", (c) => {
    const { got, want } = run(c);
    expect(got).toBe(want);
  });

  test.each<Case>([
    // Corrected by what the child was, or by what the writer saw.
    { text: 'Staff called her "manipulative" but she was trying to keep herself safe.' },
    { text: 'The police log says Mum is "aggressive"; that was not what I saw.' },
    // Denied where the record repeats the label.
    { text: 'The nurse said Mum is "non-compliant".\n\nAnalysis\nThe missed clinics were on school days. I do not agree that Mum is non-compliant.' },
    // The registers of a judgment or a review: a submission rejected, another account, the views examined as views.
    { text: 'It was submitted on behalf of the father that the mother was "vindictive". There is no evidence to support that submission.' },
    { text: "The nursery describes him as disruptive and defiant, but his childminder gave a different picture." },
    { text: 'Staff felt the mother was "obstructive". The review considers that these views shaped the response.' },
    // The alternative set aside by "rather than".
    { text: "When he cried at bedtime it was fear of the dark rather than a bid for attention." },
  ])("passes: $text", (c) => {
    const { got, want } = run(c);
    expect(got).toBe(want);
  });
});

describe("reported labels: any adult role or record as the speaker, remarks that keep a label, a finding with its evidence (stop 30)", () => {
  const run = (c: Case) => runRule("judgemental-label", "jud", c);
  const boy: CaseProfile = { subject: { name: "Jordan Price", pronouns: "he/him" } };
  test.each<Case>([
    // A role the people stage knows, a summary, and a listing verb with "as" after a longer source phrase.
    { text: 'In her report the social worker described Dad as "{{jud|obstructive}}".' },
    { text: 'The police summary describes Dad as "{{jud|hostile}}".' },
    { text: 'A police entry from last year nevertheless lists him as a "{{jud|gang member}}".', profile: boy },
    // A record's noun that reads as a verb of saying ("report says", "records describe").
    { text: 'Mr Lee\'s report says Dad is "{{jud|manipulative}}".' },
    // Remarks that neither reject nor withdraw the words.
    { text: 'The notes describe Mum as "{{jud|uncooperative}}", but neither word is explained.' },
    { text: 'Her carer described Kayla as "{{jud|sneaky}}". The IRO asked what the carer had seen that led to those words.' },
    // A new paragraph about words in general does not examine this label.
    { text: 'Her teacher said Kayla is "{{jud|lazy}}".\n\nSeveral parents spoke about the words used in school reports.' },
    // A lower-case quoted clause after "that", with no one speaking in it.
    { text: 'The manager told us that "the {{jud|manipulative}} ones always get their way".' },
    // A person noun after the label; a second label given by the same frame.
    { text: "I found Dad an {{jud|unreliable}} witness." },
    { text: "Staff describe him as quiet in lessons and {{jud|stroppy}} when challenged.", profile: boy },
    { text: "Mum {{jud|minimised}} her drinking." },
    // The failure-to-protect entry's "failed to prioritise" in its other forms, of a person.
    { text: 'The nurse recorded that Mum was "{{jud|not prioritising}}" his health.' },
    { text: "Mum's {{jud|failure to engage}} with the family support worker was discussed." },
    // "wrongly" in the next sentence is about another naming, not this one.
    { text: "Young people are often described as {{jud|difficult to engage}}. Professionals often wrongly view exploitation as a relationship." },
    { text: "The school said Mum was {{jud|chaotic}}. I accept that, as the diary shows missed pick-ups." },
  ])("flags: $text", (c) => {
    const { got, want } = run(c);
    expect(got).toBe(want);
  });

  test.each<Case>([
    // Withdrawn by its author where it is quoted again.
    { text: 'Her carer described Kayla as "sneaky". The carer later withdrew "sneaky" and will write what she sees.' },
    // A finding followed by the evidence that shows it.
    { text: "Mum minimised her drinking, which the blood test results clearly show." },
    { text: "The team is not prioritising this referral." },
    // Read again by others as something else, set against the label.
    { text: 'Her teacher described Kayla as "defiant" when she does not answer; her parents understand this as panic rather than choice.' },
    // Rejections in the registers of guidance and reviews: a view called wrong, a seeming corrected, a category denied.
    { text: "Staff wrongly described Kayla as manipulative for two years." },
    { text: "His behaviour may seem to be non-compliant where in fact the issue may be how workers communicate." },
    { text: "Mum appeared hostile when in reality she was frightened of losing the children." },
    // A rejection in the label's own sentence, then a concession about something else in the next.
    {
      text: "Professionals were saying that the girls were from chaotic families, as though that explained why they had not been cared for. I accept that the parents must take some responsibility.",
    },
    { text: "School refusal is a recognised difficulty and Kayla has support for it." },
    { text: 'His "aggressive" was a slip of the pen.' },
    // Services' failure to engage with a family is not the family's label.
    { text: "A failure to engage with the family may have serious implications for the child." },
  ])("passes: $text", (c) => {
    const { got, want } = run(c);
    expect(got).toBe(want);
  });
});

// A quoted or reported label stands unless the record names it and rejects it (FORMAT's rule, sets 12 and 14):
// a passive report, an unplaced speaker and facts that undercut the label without naming it pass it on; a
// rejection counts only where it names the label or points back at it, in its sentence or the next two.
describe("a quoted label passed on unless a rejection points at it (stop 31)", () => {
  test.each<Case>([
    { text: "She has been described as \"{{jud|manipulative}}\" in past records." },
    { text: "She was labelled \"{{jud|attention seeking}}\" by staff at the unit." },
    // The subject named before a passive naming verb is the one described, not the speaker (stop 31, judvocab33).
    { text: "Kayla has been described as '{{jud|manipulative}}' in past records." },
    { text: "Kayla was previously called \"a {{jud|liar}}\" at her last school." },
    { text: "He described the family as \"{{jud|a nightmare}} household\"." },
    { text: "The records state that Kayla '{{jud|refused to engage}}' with all three. Each was offered by phone." },
    // Rejections about something else in the next sentence do not withdraw the label.
    { text: "Staff called her \"{{jud|manipulative}}\". She missed two days of school after that." },
    { text: "The log described her as \"{{jud|manipulative}}\". No evidence of injuries was found." },
    { text: "The school described her as \"{{jud|aggressive}}\". She disputed the detention." },
    { text: "Mum described Kayla as \"{{jud|out of control}}\". Kayla rejected the offer of a lift." },
    // Merely planned to be raised, or a fact that undercuts the label without naming it.
    { text: "The school described her as \"{{jud|manipulative}}\". I will raise this with the head teacher." },
    { text: "The school describes her as \"{{jud|lazy}}\". She has dyslexia that had not been assessed." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "Previous workers described her as \"manipulative\"; that isn't who turned up at the visit." },
    { text: "She should not be described as \"manipulative\"." },
    { text: "Calling her \"manipulative\" misses the point: she was being groomed." },
    { text: "The panel did not find that she was \"manipulative\"." },
    { text: "The carer described her as \"manipulative\". We do not accept that." },
    { text: "The school described her as \"manipulative\". The panel did not find any evidence for it." },
    { text: "The school described her as \"manipulative\". It was the wrong word for a frightened child." },
    { text: "The school described her as \"manipulative\". This was not accepted by the conference." },
    { text: "She was described as \"manipulative\" and \"sly\". Neither description fits the girl I met." },
    { text: "Staff called her \"sly\". In my view she is not sly; she is hungry." },
    { text: "The police called him \"a gang member\". Nobody who knows him would agree." },
    { text: "The police called him \"a gang member\", but he was a 14-year-old being exploited." },
    { text: "The carer described her as \"attention seeking\". She was in fact frightened of the dark." },
    // Said of themself: a child, or a parent whose pronoun cannot be the subject child's.
    { text: "She said she had been \"attention seeking\" and was sorry." },
    { text: "Dad said he was \"a waste of space\" back then." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

describe("reported labels: what rejects them and what does not (stop 32)", () => {
  test.each<Case>([
    // A possession ("no support"), a relative clause after a rejection's own object, a school term: not rejections.
    { text: 'Mrs Crowther told me Amy has been "{{jud|out of control}}" since the summer. She also said the family have no support and that she works nights.' },
    { text: 'Her carer told me she worries Amy is "{{jud|manipulative}}"; I have not seen anything that suggests risk around him.' },
    { text: 'Her carer said Amy is "{{jud|manipulative}}". Her school attendance this term is 97%.' },
    // A plan to raise the description is not a rejection of it.
    { text: 'I plan to raise the description of her as "{{jud|manipulative}}" with the school.' },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: 'Earlier reports described Amy as "a handful". Her carers have never seen her that way.' },
    // A later naming that rejects the words, or a naming that is the subject of a rejection.
    { text: 'Police records described her as "manipulative". Records should not use words like "manipulative" to describe children who are being exploited.' },
    { text: 'The school said Amy is "sly" about lunchtimes. The school will be asked to stop using words like "sly".' },
    { text: 'A record called her "mouthy"; her key worker agreed with her and has stopped using it.' },
    { text: 'The nurse recorded the mother as "vague and evasive". The triage label of the mother as "vague and evasive" closed down curiosity and should not have been carried into later records.' },
    { text: "The practitioner resisted describing Julie as neglectful without first asking what support had been offered." },
    { text: 'The school described her as "manipulative". I would challenge this.' },
    { text: 'The school described her as "manipulative". That is language that blames her.' },
    { text: 'The description of her as "manipulative" is unfair.' },
    // A later sentence that reads what happened another way, about the label's own words or what it was said of.
    { text: 'Staff said Amy\'s behaviour was "attention seeking" when she banged the door. Analysis: when Amy banged the door on her first night, it was distress rather than a bid for attention.' },
    { text: 'Her carer described her as "a bit sly" about the food. Hiding food is common in children who have gone hungry and should not be read as dishonesty.' },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

describe("the research's labels in their other regular forms (stop 34, judge38: scripts/judgemental-variants.mjs)", () => {
  test.each<Case>([
    // American spelling of the research's 'challenging behaviour' and 'behaviour problems'.
    { text: "The report lists his {{jud|challenging behaviors}} at school." },
    { text: "Mum says he has {{jud|behavior problems}} at home." },
    // The plural of the research's 'poor behaviour'; of 'dropout', under the same education guard.
    { text: "The school logged {{jud|poor behaviours}} in every lesson." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

describe("labels in a list, and a challenge nobody made (stop 34, judge38; FORMAT.md ruling 5: two judgements are two findings)", () => {
  test.each<Case>([
    // Each label of a list shares the first one's predicate, quoted or not.
    { text: "Her teacher said she was {{jud|lazy}}, {{jud|rude}} and {{jud|disruptive}}." },
    { text: 'Her teacher said she was "{{jud|lazy}}", "{{jud|rude}}" and "{{jud|disruptive}}".' },
    // A new clause after the negated one asserts its label.
    { text: "She is not lazy, she is {{jud|rude}}." },
    // A challenge nobody made rejects nothing.
    { text: 'Staff called her "{{jud|manipulative}}"; nobody challenged this.' },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    // A negated list joined by "or": every item is denied.
    { text: "Kayla is not aggressive, defiant or rude." },
    { text: "Kayla is not aggressive, defiant, or rude." },
    // A thing's list is not a person's.
    { text: "The building work was noisy, disruptive and slow." },
    { text: 'Staff called her "manipulative"; I challenged this.' },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

describe("quoted labels by who speaks: the speaker's own account, the child's account, a clause about others (stop 35)", () => {
  const boy: CaseProfile = { subject: { name: "Kyle Dale", aliases: ["Kyle"], pronouns: "he/him" } };
  test.each<Case>([
    // A professional's or a partner's label of the parent is passed on.
    { text: 'The second social worker described Ms Dale as "{{jud|obstructive}}" at every visit.', profile: boy },
    { text: 'Mr Dale said she is "{{jud|hysterical}}" when she has been drinking.', profile: boy },
    // The pronoun after the verb is also the child's: the label may be of the child.
    { text: 'Mum said she is "{{jud|out of control}}" at home and will not come in before midnight.' },
    // An adult gives the label to the writer.
    { text: 'His teacher told me Kyle is "{{jud|lazy}}" in maths.', profile: boy },
    // "No evidence that" opening a clause about what professionals did does not take the note back.
    { text: 'A police note reads: "{{jud|Knows exactly what she\'s doing}}." The panel found no evidence that any professional asked her who she had been with.' },
    { text: 'The school said Kyle is "{{jud|lazy}}". Mum has no confidence that the school will help.', profile: boy },
  ])("flags: $text", (c) => {
    const { got, want } = runRule(c.text.includes("Knows") ? "victim-blaming" : "judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    // A named parent's words about themself (a pronoun of the speaker's gender that is not the child's).
    { text: 'Ms Dale told the court that she had been "hostile" to the first social worker and regretted it.', profile: boy },
    { text: 'Mum admits she can be "lazy" about appointments.', profile: boy },
    // The child's account of what adults call them.
    { text: 'Kyle said his teacher calls him "lazy" but he is tired because his baby brother wakes at night.', profile: boy },
    { text: 'Kyle says the staff at club think he is "attention seeking" when he asks for help.', profile: boy },
    // "No evidence that" whose clause names the label, and "no confidence that" the phrase described anything.
    { text: 'A police note calls him "manipulative". The panel found no evidence that he was manipulative.', profile: boy },
    { text: 'Records describe Kyle as "not engaging". The review has no confidence that the phrase "not engaging" described anything he did.', profile: boy },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

describe("denials the negation scan does not read (stop 35)", () => {
  test.each<Case>([
    { text: "Kayla was not so much late as absent, and she was {{jud|defiant}} when asked why." },
    { text: "Kayla is {{jud|lazy}} about her homework, but anything else she does well." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "In my view Kayla is not so much defiant as frightened of getting it wrong." },
    { text: "Kayla is anything but lazy: she gets up at six to walk the dog." },
    { text: "None of this makes Kayla manipulative; she goes where the older boys tell her to go." },
    { text: "Nothing about this shows that Kayla is aggressive." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

describe("quoted labels the writer answers or distances, and a speaker's words about themself (stop 38, judge43)", () => {
  const boy: CaseProfile = { subject: { name: "Kyle Dale", aliases: ["Kyle"], pronouns: "he/him" } };
  test.each<Case>([
    // The writer's own observation that bears the label out, or no observation at all: the label stands.
    { text: 'The school said Kyle is "{{jud|defiant}}". What I saw at home was Kyle refusing to do anything Mum asked.', profile: boy },
    { text: 'His teacher described Kyle as "{{jud|lazy}}". I saw him twice this month.', profile: boy },
    // A pronoun speaker whose reported clause is about someone else.
    { text: 'Mum rang the office. She said Kyle is "{{jud|out of control}}" and she wants him moved.', profile: boy },
    // An adult's insult, and a label that still stands.
    { text: 'His PE teacher called Kyle "{{jud|lazy}}" in front of the class.', profile: boy },
    { text: 'The school still describes Kyle as "{{jud|disruptive}}".', profile: boy },
    // The adult speaker named after the quote.
    { text: 'I rang the school. "He is {{jud|lazy}} and always late," his head of year said.', profile: boy },
    { text: '"Completely {{jud|out of control}}," said the duty officer, when Kayla was brought in.' },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    // What the writer found set against the label: a state of fear or need, or a quality.
    { text: 'His school calls Kyle "aggressive". What we have seen over six sessions is a very anxious boy.', profile: boy },
    { text: 'The duty log called Kayla "attention seeking". At the hospital I found a distressed 12-year-old who had not slept.' },
    // "So-called" is the writer distancing the words, not someone calling the child by them.
    { text: 'The so-called "challenging behaviour" was Kayla hiding under her bed whenever the door banged.' },
    // A parent speaking of themself, the speaker given by a pronoun that is not the child's.
    { text: 'Dad spoke about his twenties. He said he was "a waste of space" until he stopped drinking.' },
    { text: 'Mum talked about her time in care. She said she was "out of control" at fourteen.', profile: boy },
    // Other children's words, often the bullying the record is about.
    { text: 'Some boys in his class called Kyle "a liar" after the football match.', profile: boy },
    { text: 'Her friends said Kayla is "a bully" and stopped sitting with her.' },
    // A naming given up.
    { text: 'Since the meeting the school has stopped calling Kyle "disruptive".', profile: boy },
    { text: 'The revised plan no longer refers to Mum as "uncooperative".', profile: boy },
    // A speaker named after the quote who speaks of themself, or a pronoun that may be the child.
    { text: '"I was lazy at school too," Kyle\'s dad said.', profile: boy },
    { text: '"I am so lazy," she said, and laughed.' },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});

describe("quoted labels after a question, a thinker, or a contrast later (stop 39, judge44)", () => {
  const boy: CaseProfile = { subject: { name: "Tom Reed", aliases: ["Tom"], pronouns: "he/him" } };
  test.each<Case>([
    // Someone else's thought passed on unchallenged: the label stands.
    { text: 'His stepmum thinks Tom is "{{jud|lazy}}" and says he never lifts a finger at home.', profile: boy },
    { text: 'His teacher feels Tom is "{{jud|disruptive}}" in class.', profile: boy },
    // The writer's own view, quoted.
    { text: 'I feel Tom is "{{jud|manipulative}}" with staff.', profile: boy },
    // A verb of telling other than "said", with no copula before the quote.
    { text: 'Mum shared that Tom "{{jud|kicks off}}" when he is tired.', profile: boy },
    { text: 'His carer mentioned that Tom "{{jud|plays up}}" at bedtime.', profile: boy },
    // A role named with the child's possessive speaks; an adult's speech opening with the pronoun and a verb-label.
    { text: 'Tom\'s childminder said he "{{jud|kicks off}}" at pick-up.', profile: boy },
    { text: '"He {{jud|kicks off}} every single night," his stepdad told me.', profile: boy },
    // The writer's own visits bear the label out, or their experience is the same.
    { text: 'The school say Tom is "{{jud|rude}}" to staff. On my visits he has sworn at his mum and at me.', profile: boy },
    { text: 'His teacher describes Tom as "{{jud|defiant}}". That has been my experience too.', profile: boy },
    // A question answered "yes" is the writer's conclusion: "whether" after the label does not count.
    { text: "Tom {{jud|kicked off}} when I asked whether he had eaten.", profile: boy },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    // The child's own account with the same verbs.
    { text: 'Tom shared that he "kicks off" when the other boys tease him.', profile: boy },
    // A sibling named with the child's possessive is a child speaking; a passive after the possessive names no speaker.
    { text: 'Tom\'s sister said he "kicks off" when their mum goes out.', profile: boy },
    // The writer's experience, or their own visits, set against a reported label.
    { text: 'The school describe Tom as "defiant". That has not been my experience of him over eight visits.', profile: boy },
    { text: 'His carer calls Tom "sly" about food; I have seen no sign of this in six months.', profile: boy },
    { text: 'The referral calls Tom\'s mother "hostile". On each of my visits she has been warm and welcoming.', profile: boy },
    { text: 'Police recorded Tom as "aggressive" at the station. When I visited the next morning he was quiet and frightened.', profile: boy },
    // A possibility raised in a question, not a judgement passed.
    { text: "Staff asked whether Tom's shouting was attention seeking or a sign that something had happened.", profile: boy },
    { text: 'The head of year asked whether Tom was being "manipulative" about the detentions.', profile: boy },
    { text: "We considered if Tom was being defiant, and agreed to ask him first.", profile: boy },
    // A thinker's label the writer answers with a contrast later.
    { text: 'Mum worries that Tom is "attention seeking" when he cries at night. I explained that crying at night after a move is a sign of distress, not a bid for attention.', profile: boy },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("judgemental-label", "jud", c);
    expect(got).toBe(want);
  });
});
