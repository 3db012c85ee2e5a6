import { analyse } from "../../../../src/engine/pipeline";
import { runRule, type Case } from "../jargon/helpers";
import { expectLinearWork, regexWork } from "../../../helpers/scaling";

const flag: Case[] = [
  { text: "Seun is {{jud|putting himself at risk}} and staff are finding it hard." },
  { text: "Sky has been {{jud|putting themselves at risk}} by going to this address." },
  { text: "She {{jud|placed herself at risk}} again on Friday." },
  { text: "Precious needs to understand the consequences of her {{jud|lifestyle choices}}." },
  { text: "Mum continues to make {{jud|poor choices}} in her relationships.", kind: "chronology" },
  { text: "Mum has had {{jud|a string of unsuitable partners}} since 2019." },
  { text: "Kayla goes missing to the address where she was exploited; staff say she is {{jud|voting with her feet}}." },
  { text: "She has become increasingly {{jud|promiscuous}}.", kind: "assessment" },
  // Domestic abuse framed as a quarrel or as the relationship's weather (Zero Tolerance; Everyday Victim Blaming; stop 29).
  { text: "Mum and Dad have a {{jud|volatile relationship}} and the police have been called twice." },
  { text: "Police attended a {{jud|domestic dispute}} at the address on 3 May." },
  // Zero Tolerance, reporting child sexual abuse: a child described as a consenting adult (stop 29).
  { text: "The file calls her his {{jud|schoolgirl lover}}." },
  // Adultification (Davis and Marsh 2020): a child seen as more grown up than other children (stop 29).
  { text: "Staff feel Kayla is {{jud|more grown up}} than the other girls and can look after herself." },
  { text: "Staff said Kayla is very {{jud|streetwise}} and {{jud|mature for her age}}." },
  { text: "Kayla has been {{jud|associating with older men}} at the park." },
  { text: "Her {{jud|boyfriend}} (24) picks her up from school." },
  { text: "Mum said Kayla is seeing her {{jud|boyfriend}}, who is 24, every night.", profile: { subject: { name: "Kayla Brown", pronouns: "she/her" } } },
  { text: "Kayla is 14. Her {{jud|boyfriend}} is six years older." },
  { text: "Kayla is 16. Her {{jud|boyfriend}}, Lee Dunn (23), collects her from college." },
  // The research's variants in their other regular forms (stop 34, judge38): a plural, a hyphenated modifier, an American spelling.
  { text: "Kayla is 14 and has had two {{jud|older boyfriends}}, both in their twenties." },
  { text: "The GP's letter calls her a {{jud|sexually-active}} 13-year-old." },
  { text: "Police are worried about his {{jud|risky behaviors}} with older males." },
  { text: "Staff feel it was probably {{jud|six of one and half a dozen of the other}}.", kind: "email" },
  { text: "He was seen {{jud|running drugs}} for an older male." },
  // A lifestyle named by a habit or a vice, in a judgment, a conference note and an assessment.
  { text: "The girls came into care because of their mother's drug use and {{jud|associated lifestyle}}.", kind: "court-report" },
  { text: "Dad's {{jud|drinking lifestyle}} was discussed at conference." },
  { text: "The family has a {{jud|transient lifestyle}} and moves often.", kind: "assessment" },
];

const pass: Case[] = [
  // 'Grown up' as a time or a noun is not adultification (stop 29).
  { text: "Kayla wants to be a vet when she is grown up." },
  { text: "The situation at school was volatile after the fight." },
  { text: "Police attended a domestic abuse incident at the address." },
  { text: "Kayla has a string of friends from the netball club and a series of matches in May." },
  { text: "His going missing is not a lifestyle choice and should not be described as one in his records." },
  { text: "I said that going missing to an adult's flat is not a lifestyle choice." },
  { text: "The case note describes Leyla as \"putting herself at risk\" and her episodes as a \"lifestyle choice\". We discussed how this language puts the blame on her." },
  { text: "Please do not describe her as promiscuous; she is being exploited." },
  { text: "Kayla's boyfriend, who is 15, goes to her school." },
  // A stated gap of two years is a near-peer; another named person's partner is not the child's.
  { text: "Kayla is 14. Her boyfriend is two years older and goes to her school." },
  { text: "Her friend Tamsin Reed (17) has a baby. Tamsin's boyfriend Jordan Ellery (19) helps with the night feeds." },
  // Past the age of consent, a partner within two years is a near-peer, not an adult with power over her.
  { text: "Kayla is 17. She and her boyfriend, Tom Price (19), are expecting a baby in March." },
  { text: "Young person: Kayla Brown, 17 (DOB 01/02/2009)\nDate: 20/11/2026\n\nShe said she and her boyfriend, Tom Price (19), are expecting a baby in March." },
  { text: "Mum's boyfriend was present during the visit." },
  { text: "She agreed to the plan and consented to the medical." },
  { text: "Kayla said: 'I know I keep putting myself at risk.'" },
  { text: "Lifestyle choice.", allow: ["lifestyle choice"] },
  // Every item of a negated list joined by "or" takes the negation (stop 34, judge38), quoted or not.
  { text: "She is not streetwise, mature for her age or promiscuous." },
  { text: "She wasn't \"streetwise\", \"promiscuous\" or \"mature for her age\"." },
  // A clause that rejects the words holds across the quote mark (stop 34, judge38).
  { text: "It is wrong to say she was \"choosing to go missing\"." },
  { text: "Far from being \"streetwise\", she is a frightened 13-year-old." },
  // Another person opens the line and the child is not named before the words: "her" is that person's.
  { text: "- Sister Amy Brown (19) lives with her boyfriend in Leeds.", profile: { subject: { name: "Kayla Brown", pronouns: "she/her" } } },
];

describe("the child's age in the guard and the message (stop 34, judge38)", () => {
  const kayla = { subject: { name: "Kayla Brown", aliases: ["Kayla"], pronouns: "she/her" } };
  test.each<Case>([
    // A choice to be with an adult the record gives an age: the harm, whatever was chosen.
    { text: "Kayla is 14. She {{jud|decided to}} go with Craig Dunn (31) in his car.", profile: kayla },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([{ text: "Kayla is 14. She chose to go to the cinema with her friend Amy Price (14).", profile: kayla }])("passes: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
  });
  test("the message gives the child's age and why it decides", () => {
    const said = (text: string) => analyse(text, kayla).findings.find((f) => f.ruleId === "victim-blaming")?.message ?? "";
    expect(said("Kayla is 14. She is promiscuous.")).toContain("the child is 14: sexual activity under 16");
    expect(said("Kayla is 12. Staff describe her as promiscuous.")).toContain("a child under 13 cannot consent");
    expect(said("Kayla is 14. She decided to go with Craig Dunn (31) in his car.")).toContain("the child is 14, and a child cannot choose to be harmed or exploited");
  });
});

describe("victim-blaming", () => {
  test("the advice names the subject child, and a whole sentence is never offered as a replacement", () => {
    const f = analyse("Seun is putting himself at risk.", { subject: { name: "Seun Adebayo" } }).findings.find((x) => x.ruleId === "victim-blaming");
    expect(f?.advice).toContain("Seun may have been groomed");
    expect(f?.suggestions).toBeUndefined();
    expect(f?.note).toBeTruthy();
  });

  test.each(flag)("flags: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jud|");
  });
  test.each(pass)("passes: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
  });
});

describe("victim-blaming reads the sentence before for an adult's age (issue 12, F12)", () => {
  test("a boyfriend whose adult age was given just before", () => {
    const r = runRule("victim-blaming", "jud", { text: "Police stopped a car driven by Craig (31) with her in it. Her {{jud|boyfriend}} had been drinking." });
    expect(r.got).toBe(r.want);
  });
  test("a child in a relationship with an adult", () => {
    const r = runRule("victim-blaming", "jud", { text: "Kayla is 14 and is {{jud|in a relationship with}} a 23-year-old man." });
    expect(r.got).toBe(r.want);
  });
  test("a parent in a relationship with a partner is not victim-blaming", () => {
    const r = runRule("victim-blaming", "jud", { text: "Mum is in a relationship with Steven, who is 40." });
    expect(r.got).toBe(r.want);
  });
});

// Ages the record gives anywhere, read through the people stage (issue 12, gap a): "sexually active"
// is a safeguarding concern worded as a choice for a child under 13, and under 16 outside a health
// conversation about a same-age partner; "boyfriend" for an adult named earlier.
const JADE = { subject: { name: "Jade Moss", pronouns: "she/her" } };

describe("victim-blaming judges sexual wording by the ages the record gives", () => {
  const flagged: Case[] = [
    { text: "Name: Jade Moss\nAge: 12\nDate: 3 June 2025\n\nJade told me she {{jud|is sexually active}} with a boy from her class.", profile: JADE },
    { text: "Jade is 15. She {{jud|has been sexually active}} since the summer, and her mum is worried.", profile: JADE },
    { text: "Jade (16) {{jud|is sexually active}} with a man she met online.", profile: JADE },
    { text: "Jade (15) has been seeing Owen Lake. Owen is 26 and drives a van. Yesterday her {{jud|boyfriend}} collected her from school.", profile: JADE },
    { text: "Jade has been {{jud|in a relationship with}} Owen Lake, 23, since Easter.", profile: JADE },
    { text: "Jade (14) left with her {{jud|boyfriend}}, Dean Cole (19), at midnight.", profile: JADE },
    // "She" is the neighbour here, an adult reporting: not the child's words.
    { text: "Jade (14) stayed at Gary Bell's (41). His neighbour, Kerry Moss, rang us. She says Gary is Jade's {{jud|boyfriend}}.", profile: JADE },
  ];
  const passed: Case[] = [
    { text: "Jade (17) and her girlfriend Kim Ross (17) came to the clinic together; both said they are sexually active and asked about contraception.", profile: JADE },
    { text: "Jade (15) has been seeing Owen Lake, who is in her year at school. Her boyfriend walked her home.", profile: JADE },
    { text: "Jade's mother, Kerry Moss (39), came to the meeting. Her boyfriend waited in the car.", profile: JADE },
    { text: "Jade (14) says her boyfriend, Sam Kerr (14), makes her laugh.", profile: JADE },
    { text: "Jade is in a relationship with a boy in Year 11.", profile: JADE },
    // The child's own description is her words (recorded as hers, not judged).
    { text: "Jade describes Owen Lake (26) as her boyfriend.", profile: JADE },
    { text: "Jade (14) was found at the home of Gary Bell (41). She says Gary is her boyfriend.", profile: JADE },
  ];
  test.each(flagged)("flags: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
  });
  test.each(passed)("passes: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
  });

  test("the message says why the child's age matters", () => {
    const under13 = analyse("Jade Moss (DOB 02/03/2013) was seen at school on 14 May 2025. The nurse thinks Jade is sexually active.", JADE).findings.find((f) => f.ruleId === "victim-blaming");
    expect(under13?.message).toMatch(/is 12: a child under 13 cannot consent/);
    const under16 = analyse("Jade (15) is sexually active.", JADE).findings.find((f) => f.ruleId === "victim-blaming");
    expect(under16?.message).toMatch(/under 16 is a safeguarding concern/);
  });
});

describe("time", () => {
  it("a huge sentence repeating age-judged words is not reread for every finding", () => {
    // Counted, not timed: the characters handed to regular expressions (twice the text, about twice the
    // work; a reread of the sentence per finding would make it four times).
    expectLinearWork((n) => regexWork(() => analyse("Jade (14) told Dean Cole (31) that her boyfriend is sexually active and she said she kicked off, ".repeat(n), JADE)), 300);
  });
});

describe("victim-blaming by its grammar, not its exact words (issue 12)", () => {
  const nadia = { subject: { name: "Nadia Okafor", pronouns: "she/her" } };
  const kofi = { subject: { name: "Kofi Mensah", pronouns: "he/him" } };
  const flagGrammar: Case[] = [
    // Harm framed as the child's choice, in any tense and with any choice word.
    { text: "Nadia {{jud|decided to}} run away from the children's home on Sunday night.", profile: nadia },
    { text: "Since meeting a 25-year-old man online she has {{jud|made her own choice to}} stay with him.", profile: nadia },
    { text: "His uncle says the trap house is {{jud|his own choice}}.", profile: kofi },
    // The choice as an adverbial after the act (a chronology, an e-mail, a police note).
    { text: "Police found her at a flat with two older men; she had gone there {{jud|by choice}}.", profile: nadia },
    { text: "Officer's note: Kofi went off with the dealers {{jud|of his own accord}}.", profile: kofi },
    { text: "CCTV shows Nadia got into the car {{jud|willingly}}, the driver a man of 30 (groomed online).", profile: nadia },
    // "putting herself at risk" in another word order, or with other words inside.
    { text: "Carers fear the harm Nadia {{jud|exposes herself}} to when she goes to the park at night.", profile: nadia },
    { text: "She keeps {{jud|placing herself}} in a position of real danger.", profile: nadia },
    // Every tense of the phrase, and "dating" an adult.
    { text: "Nadia (13) has been {{jud|sleeping with}} a man she met on the bus.", profile: nadia },
  ];
  const passGrammar: Case[] = [
    // Choices that protect the child, ordinary choices, and choices made by adults.
    { text: "Nadia decided to tell her teacher what the men had done.", profile: nadia },
    { text: "Nadia chose to go to drama club instead of netball.", profile: nadia },
    { text: "Mum decided to stay at her sister's after the row.", profile: nadia },
    { text: "The panel decided to move her to a home closer to school.", profile: nadia },
    { text: "Nadia came to the review meeting of her own accord and spoke well.", profile: nadia },
    { text: "Mum left the flat of her own accord after the older men arrived.", profile: nadia },
    { text: "He went to football by choice this term.", profile: kofi },
    // Reflexives that are not about risk; sleeping that is not sex.
    { text: "She put herself to bed early after the party.", profile: nadia },
    { text: "He placed himself at the front of the queue for lunch.", profile: kofi },
    { text: "He slept with the landing light on.", profile: kofi },
    // The writer names the label to criticise it.
    { text: "Early records framed the abuse as her choice.", profile: nadia },
    { text: "The GP recorded that she was sexually active at 12; no one treated it as abuse.", profile: nadia },
  ];
  test.each(flagGrammar)("flags: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jud|");
  });
  test.each(passGrammar)("passes: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
  });
  test("'dating' a man whose adult age the record gives", () => {
    const r = runRule("victim-blaming", "jud", { text: "Nadia is 14. She has {{jud|been dating}} Gary Moss (27) since the spring.", profile: nadia });
    expect(r.got).toBe(r.want);
  });
});

describe("victim-blaming in other words for the same framing (issue 12)", () => {
  const tariq = { subject: { name: "Tariq Ali", pronouns: "he/him" } };
  const flagWords: Case[] = [
    { text: "Kayla (15) makes {{jud|bad decisions}} about where she goes at night." },
    { text: "Her {{jud|risk-taking}} has grown since she left school." },
    { text: "Kayla (13) was {{jud|sending naked pictures}} to a 26-year-old man." },
    { text: "She keeps {{jud|getting herself}} into risky situations at the bus station." },
    { text: "Officers believe Tariq is {{jud|selling drugs}} for an older cousin in Hull.", profile: tariq },
    // An adult's age given in a relative clause.
    { text: "Kayla (14) has a {{jud|boyfriend}} who is 20 and has a car." },
  ];
  const passWords: Case[] = [
    { text: "Kayla gets herself dressed and makes her own breakfast." },
    { text: "Tariq's uncle was jailed for dealing drugs in 2019.", profile: tariq },
    { text: "Tariq was groomed by older teenagers to sell drugs on the estate.", profile: tariq },
    { text: "The review praised the panel's decision making." },
    { text: "Kayla (15) has a boyfriend who is 16 and in her year at school." },
    // The child's own account, reported, with her age in brackets after her name.
    { text: "Kayla (14) says she has a boyfriend who is 20." },
  ];
  test.each(flagWords)("flags: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
  });
  test.each(passWords)("passes: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
  });
});

// Harm done to a child worded as the child's permission (issue 12, item 3): a passive of what an adult
// did, after "allowed herself" or "let himself". Being comforted or helped is not a harm.
describe("victim-blaming: harm worded as the child's permission", () => {
  test.each<Case>([
    { text: "Ruby {{jud|allowed herself to be}} driven to a flat in another town by two men." },
    { text: "He has {{jud|let himself be}} used to carry parcels for the older boys." },
    { text: "She keeps {{jud|allowing herself to be}} picked up from the park after dark." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jud|");
  });
  test.each<Case>([
    { text: "After the hearing Ruby allowed herself to be comforted by her foster carer." },
    { text: "He let himself be helped with his homework for the first time." },
    { text: "Mum allowed herself to be taken to the refuge by the outreach worker." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
  });
});

// The same framings with other words inside or around them (issue 12, item 3).
describe("victim-blaming: split and reworded framings", () => {
  test.each<Case>([
    { text: "Kayla {{jud|makes herself vulnerable}} by meeting adults she met online." },
    { text: "Kayla (14) is {{jud|in an inappropriate relationship with}} a 24-year-old man." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jud|");
  });
  test.each<Case>([
    { text: "Kayla (15) is in an inappropriate relationship with a boy in her class, according to her mum." },
    { text: "Mum is in an unhealthy relationship with her partner, who is controlling." },
    { text: "The plan makes her less vulnerable when she travels." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
  });
});

// Whose partner, and which sense (issue 12, item 3).
describe("victim-blaming: someone else's partner, a time, a contraction", () => {
  test.each<Case>([
    // A possessive that is not the subject's: her brother's girlfriend, in Kayla's record.
    { text: "Her brother Sam (15) lives there too, and his girlfriend Ella (14) often stays." },
    // "the boyfriend" after the record has named mum's boyfriend is that man.
    { text: "Kayla (9) told her teacher that her mum's boyfriend shouted at her. Mum would not talk to me. The boyfriend is Lee Carr, and he is 34." },
    // Around a time, not a judgement.
    { text: "Kayla has had trouble sleeping around the time of the court hearing." },
    // Control (vocab14): foreknowledge of an event by an adult, not put on the child.
    { text: "The school knew what would happen to the timetable in June." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "Staff think Kayla {{jud|knows exactly what she's doing}} when she goes to the flat." },
    // The same judgement reported in the past tense.
    { text: "The officer wrote that Kayla {{jud|knew exactly what she was doing}} when she got in the car." },
    { text: "Her {{jud|boyfriend}}, who is 26, collects her from school." },
    { text: "She is said to be {{jud|sleeping around}}." },
    // Foreknowledge put on the child (Durham SCP; Contextual Safeguarding Network), vocab14.
    { text: "The police log says Kayla {{jud|must have known what would happen}} at the flat." },
    { text: "A worker said she {{jud|doesn't have to get in the car}} with them." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
  });
});

// A sentence that says what the words do to the child discusses them; it does not use them.
describe("victim-blaming words discussed for their effect", () => {
  test.each<Case>([
    { text: "Talking about her risk-taking behaviour can suggest that Kayla shares the blame for what the men did." },
    // A category the writer denies, a view the writer calls wrong.
    { text: "There is no such thing as a child prostitute." },
    { text: "Professionals often wrongly viewed her relationship with the man as consensual." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "Kayla's {{jud|risk-taking behaviour}} has increased since May." },
    // The same label with 'life' between; a professional's quoted words after an inverted verb of saying.
    { text: 'As a result, said a psychiatrist, she was "vulnerable to making {{jud|poor life choices}}".' },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("victim-blaming", "jud", c);
    expect(got).toBe(want);
  });
});
