import { runRule, type Case } from "./helpers";

// jargon49: care-system words in their ordinary sense, told by grammar (ordinary-senses.ts). Probes in our own words,
// written before the change: every "passes" case below was flagged on main a0fe77d.
const check = (c: Case) => {
  const { got, want } = runRule("care-system-term", "jar", c);
  expect(got).toBe(want);
};

describe("contact with the writer, a professional or an adult's partner as a party (jargon49)", () => {
  test.each<Case>([
    { text: "I have had regular contact with Mum by phone since the meeting." },
    { text: "We have had weekly contact with the family since April." },
    { text: "Our last contact with the family was on 3 May." },
    { text: "My last contact with Dad was a short call on Friday." },
    { text: "I attempted contact with Mum by text twice this week." },
    { text: "Police contact with the family has increased since June." },
    { text: "The school's contact with Dad has been by email only." },
    { text: "The social worker's contact with Mum was brief." },
    { text: "Mum's contact with her former partner worries the school." },
    { text: "Dad's contact with his new partner is not known to the school." },
    { text: "Kayla's contact with her mother's boyfriend has stopped." },
  ])("passes: $text", check);
  test.each<Case>([
    { text: "Kayla has weekly {{jar|contact}} with Mum at the family centre." },
    { text: "Kayla's {{jar|contact}} with her dad went well on Saturday." },
    { text: "I observed {{jar|contact}} between Kayla and her father on Tuesday." },
    { text: "I arranged {{jar|contact}} with Dad for next week." },
    { text: "Dad's {{jar|contact}} with Kayla is supervised." },
    { text: "Kayla has after-school {{jar|contact}} with Dad on Wednesdays." },
    { text: "Dear Kayla, your {{jar|contact}} with Mum will be on Saturdays.", kind: "letter-to-child" },
  ])("flags: $text", check);
});

describe("looked after children as the verb and its object (jargon49)", () => {
  test.each<Case>([
    { text: "Gran looked after children from the street while their parents worked." },
    { text: "She has looked after children as a childminder for ten years." },
    { text: "Mum said her sister often looked after children at the weekend." },
  ])("passes: $text", check);
  test.each<Case>([
    { text: "Kayla is a {{jar|looked after child}} and lives with carers." },
    { text: "The school's work with {{jar|looked after children}} is led by Ms Barr." },
    { text: "{{jar|Looked after children}} have a review every six months." },
    // The subject child named in apposition: the label the record puts on her.
    { text: "As a {{jar|looked after child}}, Kayla has a review every six months." },
  ])("flags: $text", check);
});

describe("a student's placement or a school place (jargon49)", () => {
  test.each<Case>([
    { text: "A social work student on placement with the team joined the visit." },
    { text: "Hana, a student nurse on placement at the surgery, took notes." },
    { text: "Kayla's placement in a mainstream school is going well." },
    { text: "An alternative provision placement was agreed by the school." },
  ])("passes: $text", check);
  test.each<Case>([
    { text: "Kayla is settled in her {{jar|placement}} with the Evans family." },
    { text: "Kayla's {{jar|placement}} in a residential school is near her gran." },
  ])("flags: $text", check);
});

describe("the unit where the record names a unit that is not a home (jargon49)", () => {
  test.each<Case>([
    { text: "Kayla goes to the inclusion unit at school for maths. She likes the unit because it is quiet." },
    { text: "Mum was admitted to the burns unit on Friday. She hopes to leave the unit next week." },
    { text: "The baby was moved to the special care baby unit. Staff on the unit said he was feeding well." },
  ])("passes: $text", check);
  test.each<Case>([
    { text: "Kayla lives at Oak House, a children's home. She was back at {{jar|the unit}} by 9pm.", kind: "visit-record" },
    { text: "The family unit has been under strain. Kayla ran from {{jar|the unit}} at 10pm and staff called the police." },
    { text: "Kayla met a girl from the other unit. Staff at {{jar|the unit}} said she slept well." },
  ])("flags: $text", check);
});

// "has not had contact with her father" says what "has had no contact with her father" says: not in touch at all, the
// ordinary word (guards.ts already reads the second so). Without whom, it is still the arrangement.
describe("not had contact with someone, as no contact with them (jargon49)", () => {
  test.each<Case>([
    { text: "Kayla has not had contact with her father since the summer." },
    { text: "Mum hasn't had contact with her sister for months." },
  ])("passes: $text", check);
  test.each<Case>([
    { text: "Dad has not had {{jar|contact}} this month because he was ill." },
    { text: "Dad has not come to any {{jar|contact}} since the summer." },
    { text: "Kayla does not want {{jar|contact}} with her father." },
  ])("flags: $text", check);
});

// Contact with someone outside the family (guards.ts's outsiders) is the ordinary word whatever modifies the noun: "her
// allocated social worker", "the baby's health visitor", "older boys". Kin or a second person joined on keeps the care word.
describe("contact with outsiders, any modifier before the noun (jargon49)", () => {
  test.each<Case>([
    { text: "Mum has had regular contact with her allocated social worker." },
    { text: "Dad has had contact with the youth offending service twice." },
    { text: "Kayla has daily contact with her new key worker." },
    { text: "Mum has little contact with the baby's health visitor." },
    { text: "Kayla has contact with older boys online." },
  ])("passes: $text", check);
  test.each<Case>([
    { text: "Kayla has {{jar|contact}} with her mum and her grandmother on Sundays." },
    { text: "Kayla has {{jar|contact}} with her birth family every month." },
  ])("flags: $text", check);
});
