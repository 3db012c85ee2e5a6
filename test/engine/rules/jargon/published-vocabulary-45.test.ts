// vocab45 (issue 12 item 2): vocabulary from published glossaries and procedure manuals, each entry's page named in
// rules/jargon.json. Invented sentences, written before the entries were added; none is a sentence of any eval set.
import { runRule, type Case } from "./helpers";

const professional = (c: Case) => runRule("professional-jargon", "jar", c);
const careTerm = (c: Case) => runRule("care-system-term", "jar", c);

describe("published vocabulary (vocab45): flagged", () => {
  test.each<Case>([
    // Local-authority panel names (procedure manuals): the name says nothing of what the panel decides.
    { text: "Dad was told the family would be discussed at the {{jar|legal gateway panel}} next month." },
    { text: "Outcome: {{jar|legal gateway}} agreed to write to the parents." },
    // Medical words for wetting and soiling.
    { text: "Kayla's {{jar|nocturnal enuresis}} has eased since the move." },
    { text: "The GP is treating the {{jar|encopresis}} with a stool softener." },
    // Mental-health service tiers and health-visiting service levels.
    { text: "She was placed on the waiting list for {{jar|tier 3}} support." },
    { text: "The health visitor moved the family to {{jar|universal partnership plus}} in May." },
    // A questionnaire's scoring band.
    { text: "Her teacher's questionnaire put her in the {{jar|borderline range}} for peer problems." },
    // Exploitation vocabulary (practitioner glossaries).
    { text: "Police believe the flat had been {{jar|cuckooed}} by men from out of town." },
    { text: "Officers searched a {{jar|trap house}} on the estate." },
    { text: "Kayla said the older boys talked about {{jar|going country}}." },
    { text: "He owes money and may be in {{jar|debt bondage}}." },
    // Residential-care shorthand for calming a child down.
    { text: "Staff used {{jar|verbal de-escalation}} and Kayla went to her room." },
  ])("$text", (c) => {
    const { got, want } = professional(c);
    expect(got).toBe(want);
    expect(want).toContain("{{jar|");
  });

  test.each<Case>([
    // The statutory arrangement after 18, with its noun.
    { text: "The review asked whether a {{jar|staying put arrangement}} could be agreed with Sam and Rita." },
    { text: "Carers are open to a {{jar|staying-put plan}}." },
  ])("$text", (c) => {
    const { got, want } = careTerm(c);
    expect(got).toBe(want);
    expect(want).toContain("{{jar|");
  });
});

describe("published vocabulary (vocab45): the everyday senses pass", () => {
  test.each<Case>([
    // "staying put" as an ordinary verb phrase.
    { text: "Mum says she is staying put in the flat until the council finds her somewhere." },
    { text: "We told Kayla to keep staying put by the gate while we parked." },
    // Tiers and ranges that are not the service or the score.
    { text: "The cake had three tiers and Kayla chose the top one." },
    { text: "The boiler's pressure is within the normal range." },
    // A gateway that is a gate, and a country walk.
    { text: "They met at the gateway to the park." },
    { text: "Kayla went walking in the country with her uncle." },
  ])("$text", (c) => {
    expect(professional(c).got).toBe(professional(c).want);
    expect(careTerm(c).got).toBe(careTerm(c).want);
  });
});

describe("published vocabulary (vocab45, second round): flagged", () => {
  test.each<Case>([
    // Medical words from bruising protocols and child protection medicals.
    { text: "The paediatrician noted a {{jar|subconjunctival haemorrhage}} in the left eye." },
    { text: "A small bruise on a baby can be a {{jar|sentinel injury}}." },
    { text: "The X-rays showed a {{jar|metaphyseal fracture}} of the right knee." },
    { text: "The blue mark on his back is {{jar|dermal melanocytosis}}, present since birth." },
    // A police notice named after a court case.
    { text: "Police gave Kayla's brother an {{jar|Osman warning}} on Friday." },
    // A youth justice outcome code.
    { text: "The panel decided on {{jar|Outcome 22}} and six weeks of work with the team." },
    // An adoption meeting's name.
    { text: "The adopters will attend the {{jar|life appreciation day}} in March." },
  ])("$text", (c) => {
    const { got, want } = professional(c);
    expect(got).toBe(want);
    expect(want).toContain("{{jar|");
  });
});

describe("published vocabulary (vocab45, second round): other senses pass", () => {
  test.each<Case>([
    // A person called Osman, and an outcome that is not the police code.
    { text: "Kayla shares a flat with Osman, who is 19." },
    { text: "The outcome of the 22 June meeting was a plan for more visits." },
    // A judgment's medical findings are the court's evidence, not the writer's shorthand.
    { text: "The radiologist found a metaphyseal fracture of the left tibia.", kind: "court-report" },
  ])("$text", (c) => {
    expect(professional(c).got).toBe(professional(c).want);
  });
});

describe("published vocabulary (vocab45, third round): school programme and room names", () => {
  test.each<Case>([
    { text: "School will book weekly sessions with the {{jar|Thrive practitioner}}." },
    { text: "She spent Tuesday afternoon in the {{jar|reset room}} after the argument." },
    { text: "He has had two days of {{jar|internal exclusion}} this term." },
  ])("flags: $text", (c) => {
    const { got, want } = professional(c);
    expect(got).toBe(want);
    expect(want).toContain("{{jar|");
  });
  test.each<Case>([
    // The ordinary verb, and a phone reset.
    { text: "Children thrive when adults around them are calm." },
    { text: "Thrive is what we want for her: she is doing well at school." },
    { text: "Kayla asked for her phone to be reset in the living room." },
  ])("passes: $text", (c) => {
    expect(professional(c).got).toBe(professional(c).want);
  });
});
