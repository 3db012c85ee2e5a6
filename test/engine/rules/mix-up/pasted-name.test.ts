import { analyse } from "../../../../src/engine";
import { PSEUDONYM_POLICY, redact } from "../../../../src/redact";
import type { CaseProfile } from "../../../../src/engine";
import { createContext } from "../../../../src/engine/pipeline";
import { findPastedNames } from "../../../../src/engine/rules/other-child/pasted-names";
import { annotate, expectedFor, parseAnnotated } from "../../../helpers/annotated";
import { marked } from "./marked";
import { countingReads, expectLinearWork, regexWork } from "../../../helpers/scaling";

const precious: CaseProfile = { subject: { name: "Precious Okonkwo", aliases: ["Precious"], pronouns: "she/her" } };
const river: CaseProfile = { subject: { name: "River Osei", aliases: ["River"], pronouns: "he/him" } };
const max: CaseProfile = { subject: { name: "Max Reed", aliases: ["Max"], pronouns: "he/him" } };
const tom: CaseProfile = { subject: { name: "Tom Avery", aliases: ["Tom"], pronouns: "he/him" } };
const isla: CaseProfile = { subject: { name: "Isla Grant", aliases: ["Isla"], pronouns: "she/her" } };

function otherChildren(annotated: string, p: CaseProfile) {
  const { plain } = parseAnnotated(annotated);
  const found = analyse(plain, p).findings.filter((f) => f.category === "other-child");
  return { got: annotate(plain, found, "oc"), want: expectedFor(annotated, "oc") };
}

describe("pasted-name", () => {
  it("flags a sibling's name where the pronouns fit the subject", () => {
    const { got, want, found } = marked(
      "{{sc|Precious}} lives with her brother {{oc|Daniel}} (11).\n\n{{mix|Daniel}}'s attendance at college has fallen and her tutor says she is often asleep.",
      precious,
    );
    expect(got).toBe(want);
    expect(found[0].suggestions).toEqual(["Precious"]);
  });

  it("flags a name seen once, never introduced, with the subject's own parent", () => {
    const { got, want } = marked("{{sc|River}} had contact with his father.\n\nDad arrived late. {{mix|Lily}} was excited to see {{mix|her}} dad and ran to him.", river);
    expect(got).toBe(want);
  });

  it("leaves a sibling alone when the pronouns fit the sibling", () => {
    const { got, want } = marked("{{sc|Precious}} lives with her brother {{oc|Daniel}} (11). {{oc|Daniel}} says he likes football.", precious);
    expect(got).toBe(want);
  });

  it("leaves a sibling introduced as a sibling alone", () => {
    const { got, want } = marked("Her brother {{oc|Daniel}} (11) shares her room.", precious);
    expect(got).toBe(want);
  });

  it("leaves a relationship statement alone", () => {
    const { got, want } = marked("Her sister {{oc|Hope}} (4) lives with Nan. {{oc|Hope}} is his half-sister.", river);
    expect(got).toBe(want);
  });

  // F2: reported clauses are exempt only after that/whether/if or after the verb's object.
  const reported: Array<[string, string, CaseProfile]> = [
    ["after whether", "Her brother {{oc|Daniel}} (11) visited.\n\n{{oc|Daniel}} asked whether she could come to his party.", precious],
    ["after the verb's object", "Her brother {{oc|Daniel}} (11) visited.\n\n{{oc|Daniel}} told Nan she could come to his party.", precious],
    ["after that", "Her brother {{oc|Daniel}} (11) visited.\n\n{{oc|Daniel}} thinks that she should come to his party.", precious],
  ];
  it.each(reported)("leaves a reported clause alone: %s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it("reads past a lower-case adverbial before the name", () => {
    const { got, want } = marked(
      "{{sc|Precious}} lives with her brother {{oc|Daniel}} (11).\n\nOn most days {{mix|Daniel}} misses college and her tutor says she is often asleep.",
      precious,
    );
    expect(got).toBe(want);
  });

  // F18: for a classmate only the name's own subject pronouns count.
  it("leaves a classmate alone when the possessives belong to the subject", () => {
    const annotated = "{{oc|Freya}} (7) is in his class.\n\n{{oc|Freya}} sits in his group and took his pencil at break.";
    expect(marked(annotated, tom).got).toBe(marked(annotated, tom).want);
    const oc = otherChildren(annotated, tom);
    expect(oc.got).toBe(oc.want);
  });

  // F18, any child: a possessive on the thing a verb of taking from someone moves (borrow, steal, snatch)
  // is not the taker's own, so it is someone else's (the subject's) and the name is the other child's (invented). (Not
  // "grab" or "pinch": one grabs one's own coat, and pinches an arm.)
  it.each([
    ["borrowed", "{{sc|Tom}} has settled at home. {{oc|Freya}} borrowed his bike and broke the chain."],
    ["snatched, after an adverb", "{{sc|Tom}} was upset at break. {{oc|Amelia}} suddenly snatched his lunchbox and ran off."],
    ["stole, with an adjective", "{{sc|Tom}} told me about the changing room. {{oc|Leah}} stole his new trainers."],
    ["borrows, under a heading", "Playground\n{{oc|Ava}} often borrows his football and will not give it back."],
  ])("leaves a child alone who takes the subject's thing: %s", (_why, annotated) => {
    // (Listed in the profile, as the unseen sets' children are, so the other-child check has its evidence.)
    const listed: CaseProfile = { ...tom, otherChildren: ["Freya", "Amelia", "Leah", "Ava"] };
    expect(marked(annotated, listed).got).toBe(marked(annotated, listed).want);
    const oc = otherChildren(annotated, listed);
    expect(oc.got).toBe(oc.want);
  });

  // …while a possessive after any other verb still speaks for the name, and so does a subject pronoun after a taking
  // verb (invented pastes).
  it.each([
    ["enjoys his lessons", "{{sc|Tom}} lives with Mum.\n\n{{mix|Freya}} enjoys his swimming lessons on Saturdays."],
    ["borrowed, then he", "{{sc|Tom}} lives with Mum.\n\n{{mix|Freya}} borrowed a book from the library and he read it twice."],
  ])("still flags a paste: %s", (_why, annotated) => {
    expect(marked(annotated, tom).got).toBe(marked(annotated, tom).want);
  });

  // F2 age/stage: the named child's known age cannot fit; the subject's does.
  const ages: Array<[string, string, CaseProfile]> = [
    [
      "a toddler's milestone given to an older sister",
      "{{sc|Max}} (18 months) lives with Mum and his sister {{oc|Freya}} (11).\n\n{{mix|Freya}} is now crawling and pulling {{mix|herself}} up on the furniture.",
      max,
    ],
    [
      "a cot, with ages from dates of birth and the visit date",
      "Child: {{sc|Max Reed}}, born {{pid|03/03/2024}}\nVisit: 10/09/2025\n\n{{sc|Max}}'s sister, {{oc|Freya}} (born {{oc|05/05/2014}}), was at school.\n\n{{mix|Freya}} was asleep in {{mix|her}} cot when I arrived.",
      max,
    ],
    [
      "a school year that only the subject can be in",
      "Child: {{sc|Isla Grant}}, born {{pid|04/02/2016}}\n\n01/02/2021 | {{sc|Isla}} (4) and {{oc|Poppy}} (1) seen at home.\n03/09/2025 | {{mix|Poppy}} started Year 5 with a new class teacher.",
      isla,
    ],
    [
      "an age stated in the sentence",
      "Child: {{sc|Isla Grant}}, born {{pid|04/02/2015}}. Report date 01/10/2025.\n\nHer sister {{oc|Poppy}} is six.\n\n{{mix|Poppy}} is ten and in Year 6 at Hillside Primary.",
      isla,
    ],
  ];
  it.each(ages)("flags %s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  const agesFit: Array<[string, string, CaseProfile]> = [
    [
      "a stage that fits the named child",
      "Child: {{sc|Max Reed}}, born {{pid|03/03/2024}}\nVisit: 10/09/2025\n\n{{sc|Max}}'s sister, {{oc|Freya}} (born {{oc|05/05/2014}}), was at home.\n\n{{oc|Freya}} started Year 7 at Hillside Academy this month.",
      max,
    ],
    [
      "a stage that fits neither child",
      "Child: {{sc|Max Reed}}, born {{pid|03/03/2024}}\nVisit: 10/09/2025\n\n{{sc|Max}}'s sister, {{oc|Freya}} (born {{oc|05/05/2014}}), was at home.\n\n{{oc|Freya}} is revising for her GCSEs.",
      max,
    ],
  ];
  it.each(agesFit)("leaves alone %s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  // F2 topic: a single mention under a heading about the subject.
  it("flags a single mention under a heading naming the subject", () => {
    const { got, want, found } = marked(
      "{{sc|Max}}'s cousin {{oc|Oliver}} (9) visits at weekends.\n\n{{sc|Max}}'s wishes and feelings\n{{mix|Oliver}} said he wants more time on his bike. {{sc|Max}} showed me his train set.",
      max,
    );
    expect(got).toBe(want);
    expect(found[0].confidence).toBeLessThan(0.6);
  });

  // A colon that opens a quotation ends a sentence's lead-in, not a label: the paragraph after it is not under a
  // heading naming the subject. Control: the same paragraph after a label naming the subject.
  it("leaves alone a child after a quotation introduced with a colon", () => {
    const { got, want } = marked(
      "2. The children's views\nThe worker read out what {{sc|Max}} had written: \"I look after {{oc|Ella}} when it kicks off.\" {{sc|Max}} drew a picture.\n\n{{oc|Ella}} told the worker she likes it when Nan comes. {{sc|Max}} said he does too.",
      { ...max, otherChildren: ["Ella Reed"] },
    );
    expect(got).toBe(want);
  });

  it("control: still flags a child after a label naming the subject with no quotation", () => {
    const { got, want } = marked(
      "The worker read out what {{sc|Max}} had written for the meeting: none of it was about home.\n\n{{mix|Ella}} told the worker {{mix|she}} likes it when Nan comes. {{sc|Max}} said he does too.",
      { ...max, otherChildren: ["Ella Reed"] },
    );
    expect(got).toBe(want);
  });

  it("leaves alone another child introduced under the subject's heading", () => {
    const { got, want } = marked(
      "{{sc|Max}}'s wishes and feelings\n{{sc|Max}}'s cousin {{oc|Oliver}} (9) came too. {{sc|Max}} showed me his train set.",
      max,
    );
    expect(got).toBe(want);
  });

  it("leaves alone a row of a list of children that follows the subject's row", () => {
    const { got, want } = marked("Children at the address\n{{sc|Max Tull}}, 8, Elm Primary\n{{oc|Oliver Tull}}, 11, Ash Academy\n\nReason for referral\nMum asked for help.", {
      ...max,
      subject: { ...max.subject, name: "Max Tull", aliases: ["Max"] },
    });
    expect(got).toBe(want);
  });

  it("reads a name after 'the evidence is that' as opening its clause", () => {
    const { got, want } = marked(
      "{{sc|Isla}} lives with Mum and her brother {{oc|Callum}}. {{oc|Callum}} came in from football.\n\n{{sc|Isla}} is taking her pregnancy seriously. Some records call her difficult; I have not used that word because the evidence is that {{mix|Callum}} missed one scan when she was frightened.",
      isla,
    );
    expect(got).toBe(want);
  });

  it("leaves alone a name after 'the evidence is that' when the pronouns fit that child", () => {
    const { got, want } = marked(
      "{{sc|Isla}} lives with Mum and her brother {{oc|Callum}}. {{oc|Callum}} came in from football.\n\nThe evidence is that {{oc|Callum}} missed one match when he was ill.",
      isla,
    );
    expect(got).toBe(want);
  });

  it("leaves alone a child named with their own age ('Oliver, now 9,') under the subject's heading", () => {
    const { got, want } = marked(
      "{{sc|Max}}'s cousin {{oc|Oliver}} (8) visits at weekends.\n\n{{sc|Max}}'s year\nIn May {{oc|Oliver}}, now 9, moved to Leeds with his mum. {{sc|Max}} showed me his train set.",
      max,
    );
    expect(got).toBe(want);
  });

  it("does not take an ordinary capitalised word before 'his father' for a pasted name", () => {
    const { got, want } = marked("3.1 {{sc|Max}} is settled at home.\n\n3.2 About his father, {{sc|Max}} said he likes the holidays.", max);
    expect(got).toBe(want);
  });

  it("leaves alone a child named together with another", () => {
    const { got, want } = marked(
      "{{sc|Max}}'s cousins {{oc|Oliver}} (9) and {{oc|Ruby}} (7) visit.\n\n{{sc|Max}}'s weekend\n{{oc|Oliver}} and {{oc|Ruby}} came for tea. {{sc|Max}} showed them his train set.",
      max,
    );
    expect(got).toBe(want);
  });

  it("flags another child addressed by name in a letter written to the subject", () => {
    const { got, want } = marked(
      "Dear {{sc|Isla}},\n\nYour sister {{oc|Esme}} (6) will stay with Nan. {{mix|Esme}}, you will keep seeing your mum every Saturday.",
      { ...isla, otherChildren: ["Esme Grant"] },
    );
    expect(got).toBe(want);
  });

  it("flags another child answering a question put to the subject by name", () => {
    const { got, want } = marked(
      "{{sc|Isla}} lives with her gran. Her cousin {{oc|Esme}} (8) visits on Sundays.\n\nWhen I asked {{sc|Isla}} about her new school, {{mix|Esme}} said it was \"fine, mostly\".",
      { ...isla, otherChildren: ["Esme Grant"] },
    );
    expect(got).toBe(want);
  });

  it("leaves alone another child answering a question put to that child", () => {
    const { got, want } = marked(
      "{{sc|Isla}} lives with her gran. Her cousin {{oc|Esme}} (8) visits on Sundays.\n\nWhen I asked {{oc|Esme}} about her school, {{oc|Esme}} said it was fine.",
      { ...isla, otherChildren: ["Esme Grant"] },
    );
    expect(got).toBe(want);
  });

  it("flags a child whose own assessment is said to find a pronoun of the subject's gender", () => {
    const { got, want } = marked(
      "{{sc|Tom}} lives with his sister {{oc|Marnie}} (7).\n\n{{mix|Marnie}}'s assessment found that he needs help with reading, and his teacher agrees.",
      { ...tom, otherChildren: ["Marnie Avery"] },
    );
    expect(got).toBe(want);
  });

  it("leaves alone a child whose teacher reports a pronoun of the teacher's gender", () => {
    const { got, want } = marked("{{sc|Tom}} lives with his sister {{oc|Marnie}} (7).\n\n{{oc|Marnie}}'s teacher said that he would ring Mum.", { ...tom, otherChildren: ["Marnie Avery"] });
    expect(got).toBe(want);
  });

  it("does not take a sentence adverb that is no common word before 'his mother' for a pasted name", () => {
    const { got, want } = marked("{{sc|Max}} was excluded in May. Fourthly, his mother was not asked what she knew.", max);
    expect(got).toBe(want);
  });

  it("reads a name opening a clause after a semicolon as opening its sentence", () => {
    const { got, want } = marked(
      "{{sc|Max}} has a sister, {{oc|Dora}}, who is nine and lives with her father.\n\n{{sc|Max}} has lived with Nan all his life; {{mix|Dora}}'s bond with her is strong, and he calls her \"Nana\".",
      { ...max, otherChildren: ["Dora Reed"] },
    );
    expect(got).toBe(want);
  });

  it("reads a name opening a main clause after a comma and 'and' as opening its sentence", () => {
    const { got, want } = marked(
      "{{sc|Max}} has a big sister, {{oc|Dora}}, who is seven.\n\nYou can ask your mum to contact the team if you want to see your file, and {{mix|Dora}} can ask for help when he is 18.",
      { ...max, otherChildren: ["Dora Reed"] },
    );
    expect(got).toBe(want);
  });

  it("leaves alone a joined clause whose pronoun reports someone else", () => {
    const { got, want } = marked(
      "{{sc|Max}} has a big sister, {{oc|Dora}}, who is seven.\n\nHe was quiet at tea, and {{oc|Dora}} said he was tired.",
      { ...max, otherChildren: ["Dora Reed"] },
    );
    expect(got).toBe(want);
  });

  it("reads a name opening a clause asserted after 'seeing that' as opening its sentence", () => {
    const { got, want } = marked(
      "{{sc|Max}} lives with his mother and his sister {{oc|Dora}}, who is nine.\n\nWe may escalate without seeing that {{mix|Dora}} is the child who has lost his bedroom.",
      { ...max, otherChildren: ["Dora Reed"] },
    );
    expect(got).toBe(want);
  });

  it("leaves alone an asserted clause whose pronoun is someone the child acts on", () => {
    const { got, want } = marked(
      "{{sc|Max}} lives with his mother and his sister {{oc|Dora}}, who is nine.\n\nThe drawing shows that {{oc|Dora}} looks after him in the mornings.",
      { ...max, otherChildren: ["Dora Reed"] },
    );
    expect(got).toBe(want);
  });

  it("flags another child answering an unnamed question put right after the subject was visited", () => {
    const { got, want } = marked(
      "{{sc|Max}} has a brother, {{oc|Jack}} (14).\n\nThe guardian visited {{sc|Max}} on 2 May. Asked what he wanted, {{mix|Jack}} said he wanted to go home.",
      { ...max, otherChildren: ["Jack Reed"] },
    );
    expect(got).toBe(want);
  });

  it("leaves alone a child answering when the visit was told in another paragraph or to someone else", () => {
    const { got, want } = marked(
      "{{sc|Max}} has a brother, {{oc|Jack}} (14).\n\nThe guardian visited {{sc|Max}} on 2 May.\n\nAsked what he wanted, {{oc|Jack}} said he wanted to go home. I phoned {{sc|Max}} on 3 May. Asked about school, {{oc|Jack}} said it was fine.",
      { ...max, otherChildren: ["Jack Reed"] },
    );
    expect(got).toBe(want);
  });

  it("leaves alone a letter that addresses its own reader", () => {
    const { got, want } = marked("Dear {{sc|Isla}},\n\nYour sister {{oc|Esme}} (6) will stay with Nan. {{sc|Isla}}, you will keep seeing your mum every Saturday.", isla);
    expect(got).toBe(want);
  });

  it("flags a child thanked by name in a note to its reader that speaks of that child in the third person", () => {
    const { got, want } = marked(
      "My brother {{oc|Esme}} (8) lives with Dad.\n\nNote from the IRO\nThank you, {{mix|Esme}}, for filling this in. We will hold your review at home. I will ask about seeing {{oc|Esme}} at the park.",
      { ...isla, otherChildren: ["Esme Grant"] },
    );
    expect(got).toBe(want);
  });

  it("leaves alone a child thanked by name who is not spoken of again", () => {
    const { got, want } = marked(
      "{{sc|Isla}} and {{oc|Esme}} (8) made a card.\n\nThank you, {{oc|Esme}}, for your card. I have put it on the wall next to {{sc|Isla}}'s.",
      { ...isla, otherChildren: ["Esme Grant"] },
    );
    expect(got).toBe(want);
  });

  // Issue 13: one line repeating "her brother Jaxon" made the opener check quadratic.
  it("flags a name opening a reported clause when a second reported clause joined to it carries the subject's pronoun", () => {
    const { got, want } = marked(
      "{{sc|Tom}} lives with his sister {{oc|Marnie}} (7).\n\n{{sc|Tom}}'s class teacher, Mr Haworth, reports that {{mix|Marnie}} has moved up two reading bands and that he now reads chapter books.",
      tom,
    );
    expect(got).toBe(want);
  });

  it("leaves alone a reported clause whose pronoun can be the reporter's", () => {
    const { got, want } = marked("{{sc|Tom}} lives with his sister {{oc|Marnie}} (7).\n\nMr Haworth reports that {{oc|Marnie}} told him he was kind.", tom);
    expect(got).toBe(want);
  });

  // F2 (age/stage): ages written in other shapes still place the named child.
  it("reads a bare number in a shorthand list as an age, and a year group that only the subject fits", () => {
    const tariq: CaseProfile = { subject: { name: "Tariq Sadiq", aliases: ["Tariq"], pronouns: "he/him" } };
    const { got, want } = marked(
      "22.10 kids at home: {{sc|tariq}} 14, {{oc|lena}} 6.\nchecked on {{sc|tariq}} again.\n{{mix|lena}} (yr 10) to sit mocks next week per mum.",
      tariq,
    );
    expect(got).toBe(want);
  });

  it("keeps a bracketed name's own age, and reads 'The following day' as an opener", () => {
    const { got, want } = marked(
      "1. The child is [{{sc|Isla}}], who is 13.\n\n2. Her sister [{{oc|Nell}}] (aged 4) lives with an aunt.\n\n3. The following day [{{mix|Nell}}] told the school nurse about her new boyfriend.",
      isla,
    );
    expect(got).toBe(want);
  });

  it("reads a date of birth after a bracketed aside", () => {
    const { got, want } = marked(
      'Child: {{sc|Max Reed}} ("{{sc|Maxi}}"), DOB 15/01/2018\nSibling: {{oc|Dora Reed}}, DOB 22/06/2012\nDate: 20/11/2025\n\nTeacher: {{mix|Dora}} is in Year 3 with me. {{sc|Max}} has been very quiet since half term.',
      { subject: { name: "Max Reed", aliases: ["Max", "Maxi"], pronouns: "he/him" } },
    );
    expect(got).toBe(want);
  });

  it("reads 'now N' after the subject's name as the subject's age", () => {
    const { got, want } = marked(
      "Child: {{sc|Max Reed}}, now 15\n\nHe lives with his sister {{oc|Romy}} (6).\n\n{{mix|Romy}} (Year 10) is choosing {{mix|her}} options this term.",
      max,
    );
    expect(got).toBe(want);
  });

  it.each([
    ["potty training", "{{mix|Romy}} is doing well with potty training."],
    ["a secondary school", "{{mix|Romy}} has settled at secondary school."],
    ["driving lessons", "{{mix|Romy}} has started driving lessons."],
  ])("flags a stage the named child cannot be at: %s", (_label, sentence) => {
    const tamsin: CaseProfile = { subject: { name: "Tamsin Ward", aliases: ["Tamsin"], pronouns: "she/her" } };
    // A toddler subject with a school-age sister, or a teenage subject with a young one.
    const young = /potty/.test(sentence);
    const intro = young
      ? "Child: {{sc|Tamsin Ward}} (2)\n\nShe lives with her sister {{oc|Romy}} (9).\n\n"
      : "Child: {{sc|Tamsin Ward}} (17)\n\nShe lives with her sister {{oc|Romy}} (6).\n\n";
    const { got, want } = marked(intro + sentence, tamsin);
    expect(got).toBe(want);
  });

  // F2 age/stage: a baby's weight, a school named as a "High", an age set off by commas.
  it.each([
    [
      "a baby's weight in kilograms under the young mother's name",
      "Baby: {{sc|Max Reed}}, born 02/11/2026\nMother: {{oc|Tanya Reed}}, 16, at Oak House.\n\nHealth\n{{mix|Tanya}} was weighed at the clinic on Monday and is now 4.2 kg.\n\nWritten 30/11/2026.",
    ],
    [
      "a birth weight",
      "Baby: {{sc|Max Reed}}, born 02/11/2026\nMother: {{oc|Tanya Reed}} (17)\n\n{{mix|Tanya}} has regained {{mix|her}} birth weight, the midwife says.\n\nWritten 30/11/2026.",
    ],
    [
      "pounds and ounces",
      "Baby: {{sc|Max Reed}}, born 02/11/2026\nMother: {{oc|Tanya Reed}} (15)\n\n{{mix|Tanya}} weighed 7 lb 2 oz at the health visitor's check.\n\nWritten 30/11/2026.",
    ],
  ])("flags a baby's stage under an older child's name: %s", (_label, annotated) => {
    const { got, want } = marked(annotated, max);
    expect(got).toBe(want);
  });

  it("leaves alone a young mother's own weight, and a High Street", () => {
    const { got, want } = marked(
      "Baby: {{sc|Max Reed}}, born 02/11/2026\nMother: {{oc|Tanya Reed}}, 16.\n\n{{oc|Tanya}} has put on 6 kg since the birth and shops on Bridge High Street.\n\nWritten 30/11/2026.",
      max,
    );
    expect(got).toBe(want);
  });

  it.each([
    "Baby: {{sc|Max Reed}}, born 02/11/2026\nMother: {{oc|Tanya Reed}} (16)\n\n{{oc|Tanya}} has lost 3 kg since the birth and is eating well.\n\nWritten 30/11/2026.",
    "Baby: {{sc|Max Reed}}, born 02/11/2026\nMother: {{oc|Tanya Reed}} (16)\n\n{{oc|Tanya}} has gained 1 lb 4 oz in a month, the midwife says.\n\nWritten 30/11/2026.",
  ])("leaves alone a weight a young mother gained or lost (a change, not a baby's weight): %s", (annotated) => {
    const { got, want } = marked(annotated, max);
    expect(got).toBe(want);
  });

  it("reads a secondary school named as a 'High', dated by a chronology's year heading, against a date of birth", () => {
    // The sister was in Year 3 in 2021 (a year group is a year or two wide), but her date of birth settles it.
    const annotated =
      "Chronology for {{sc|Max Reed}}, born 14/05/2011.\n\n2016\nHis sister {{oc|Ruby Reed}} born 20/10/2013.\n\n2021\n{{oc|Ruby}} is in Year 3 at Elm Grove.\n\n2022\n{{sc|Max}} and {{oc|Ruby}} moved to new carers in July. {{mix|Ruby}} then started at Hillcrest High in September and found it hard.\n\nPrepared 01/12/2026.";
    const { got, want } = marked(annotated, max);
    expect(got).toBe(want);
  });

  it("leaves alone the older child starting a 'High' in the year the heading gives", () => {
    const annotated =
      "Chronology for {{sc|Max Reed}}, born 20/10/2013.\n\n2016\nHis sister {{oc|Ruby Reed}} born 14/05/2011.\n\n2022\n{{sc|Max}} and {{oc|Ruby}} moved to new carers in July. {{oc|Ruby}} then started at Hillcrest High in September and found it hard.\n\nPrepared 01/12/2026.";
    const { got, want } = marked(annotated, max);
    expect(got).toBe(want);
  });

  // F2 plan: a plan is for the record's own child and family; a friend as the one to act is a paste.
  const leah: CaseProfile = { subject: { name: "Leah Moss", aliases: ["Leah"], pronouns: "she/her" } };
  const story =
    "{{sc|Leah}} went missing on Friday with her friend {{oc|Jade}}. {{oc|Jade}}'s mum rang the police. {{sc|Leah}} has a sister, {{oc|Poppy}} (12).\n\n";
  it.each([
    ["a dashed item under 'Next steps'", "Next steps\n- {{mix|Jade}} to be offered a return interview by Friday.\n- Strategy meeting on Monday."],
    ["a numbered item under 'Decisions'", "Decisions\n1. Strategy meeting on Monday.\n2. {{mix|Jade}} will meet her worker weekly at the youth hub."],
    ["an item under 'Actions agreed'", "Actions agreed\n{{mix|Jade}} should be seen alone at school this week."],
    ["a party to the plan beside the subject's own parent", "Decision\n1. Safety plan with {{mix|Jade}} and Mum this week, including a code word."],
  ])("flags a friend who opens a plan item: %s", (_label, plan) => {
    const { got, want } = marked(story + plan, leah);
    expect(got).toBe(want);
  });

  it.each([
    ["a sister's own item", "Next steps\n- {{oc|Poppy}} to be offered a place at the young carers' group."],
    ["an item that names the subject too", "Next steps\n- {{oc|Jade}} and {{sc|Leah}} to be seen together by the school nurse."],
    ["a friend who is not the one to act", "Next steps\n- Ask school about {{oc|Jade}}'s attendance.\n- {{sc|Leah}} to be offered a return interview."],
    ["a sister beside Mum in a plan", "Next steps\n- Safety plan with {{oc|Poppy}} and Mum this week."],
    ["a friend's own mother", "Next steps\n- Meeting with {{oc|Jade}} and her mum on Friday."],
    ["a friend outside any plan", "Background\n{{oc|Jade}} to be honest is not a good influence, Mum says."],
  ])("leaves alone: %s", (_label, plan) => {
    const { got, want } = marked(story + plan, leah);
    expect(got).toBe(want);
  });

  // F2 age/stage: a school year the name owns, anywhere in the sentence.
  const intro7 = "Child: {{sc|Max Reed}}, DOB 10/03/2019\n\nHis brother {{oc|Leon}} (11) and sister {{oc|Ivy}} (2) live with him.\n\nActions (2 December 2026)\n";
  it.each([
    ["a year group in an action item", "- School nurse to check {{mix|Leon}}'s height and weight in Year 3."],
    ["a teacher of the year", "- Mum to meet {{mix|Leon}}'s Year 3 teacher on Friday."],
  ])("flags a school year the named child cannot be in, owned by the name: %s", (_label, item) => {
    const { got, want } = marked(intro7 + item, max);
    expect(got).toBe(want);
  });
  it.each([
    ["the child's own year", "- Mum to meet {{oc|Leon}}'s Year 6 teacher on Friday."],
    ["a year after a clause break", "- Ask about {{oc|Leon}}'s bus pass, and {{sc|Max}}'s Year 3 trip."],
    ["a name that is not an owner", "- {{sc|Max}} to read with {{oc|Leon}} in Year 3 assembly."],
  ])("leaves alone: %s", (_label, item) => {
    const { got, want } = marked(intro7 + item, max);
    expect(got).toBe(want);
  });

  it("reads an age that leads a longer bracket ('(12, known as …)') as the subject's age", () => {
    const { got, want } = marked(
      "{{sc|Max}} (12, known as \"Mo\" at home) lives with his sister {{oc|Edie}} (5).\n\n{{sc|Max}} walks {{oc|Edie}} to her infant school. {{mix|Edie}} has moved up to Year 8 and has a new form tutor.",
      max,
    );
    expect(got).toBe(want);
  });

  it("reads a nursery or school that reports on a child as the child's setting", () => {
    const { got, want } = marked(
      "Child: {{sc|Max Reed}}, aged 3\n\n{{sc|Max}} goes to Little Acorns four mornings a week.\n- The nursery says that {{mix|Dora}} is often tired on Mondays.\n- {{oc|Dora}}, who is 10, helps Mum at bath time.",
      max,
    );
    expect(got).toBe(want);
  });

  it("leaves alone a child the reporting setting fits ('The nursery reports that' about a toddler sibling)", () => {
    const { got, want } = marked(
      "Child: {{sc|Max Reed}}, aged 9 (Year 4)\n\nThe nursery reports that {{oc|Dora}} is often tired on Mondays.\n{{oc|Dora}}, who is 3, has a new key worker.",
      max,
    );
    expect(got).toBe(want);
  });

  it("leaves alone an older child the reporting nursery sees at pick-up", () => {
    const { got, want } = marked(
      "Child: {{sc|Max Reed}}, aged 3\n\n- The nursery says that {{oc|Dora}} is often late at pick-up.\n- {{oc|Dora}}, who is 10, helps Mum at bath time.",
      max,
    );
    expect(got).toBe(want);
  });

  it("reads '(Y6)' after a name as a year group", () => {
    const { got, want } = marked(
      "Pupil: {{sc|Max Reed}} (Y1)\nSiblings on roll: {{oc|Dora}} (Y10)\n\n{{mix|Dora}} is learning to write {{mix|her}} name in reception-style letters and has a new reading book from the infant school library.",
      max,
    );
    expect(got).toBe(want);
  });

  it("leaves alone a name inside a clause placed before the main clause ('When Rosa cried, he…')", () => {
    const { got, want } = marked("{{sc|Max}} has a baby sister, {{oc|Rosa}}.\n\nWhen {{oc|Rosa}} cried, he put his hands over his ears.", max);
    expect(got).toBe(want);
  });

  it("still flags a pronoun inside the name's own preposed clause ('When Rosa hurt his knee, …')", () => {
    const { got, want } = marked("{{sc|Max}} has a sister, {{oc|Rosa}} (12).\n\nWhen {{mix|Rosa}} fell and hurt his knee at the park, Mum took him to the walk-in centre.", max);
    expect(got).toBe(want);
  });

  it("flags a toddler's milestones given to a newborn sibling (months apart, not years)", () => {
    const { got, want } = marked(
      "Child: {{sc|Max Reed}}    Date of birth: 02/03/2024\nVisit date: 10/03/2026\n\n{{sc|Max}}'s baby sister {{oc|Rosa}} (born {{oc|20/02/2026}}) was asleep upstairs.\n\n{{mix|Rosa}} is walking well and has around 30 words.",
      max,
    );
    expect(got).toBe(want);
  });

  it.each([
    ["walking well again after an operation", "{{oc|Rosa}} is walking well again after her operation."],
    ["starting to walk to school alone", "{{oc|Rosa}} has started walking to school on her own."],
    ["words to learn", "{{oc|Rosa}} has 10 words to learn for her spelling test."],
  ])("leaves alone an older sibling's %s in a toddler's record", (_why, sentence) => {
    const { got, want } = marked(`Child: {{sc|Max Reed}}    Date of birth: 02/03/2024\nVisit date: 10/03/2026\n\n{{sc|Max}}'s sister {{oc|Rosa}} (born {{oc|20/08/2018}}) was at home.\n\n${sentence}`, max);
    expect(got).toBe(want);
  });

  it("leaves alone a toddler's milestones for a sibling old enough to have them", () => {
    const { got, want } = marked(
      "Child: {{sc|Max Reed}}    Date of birth: 02/03/2021\nVisit date: 10/03/2026\n\n{{sc|Max}}'s sister {{oc|Rosa}} (born {{oc|20/08/2024}}) was at home.\n\n{{oc|Rosa}} is walking well and has around 30 words.",
      max,
    );
    expect(got).toBe(want);
  });

  it("flags a name opening a chronology row when the next sentence's he or she can only be the subject", () => {
    const { got, want } = marked(
      "Pupil: {{sc|Tom Avery}}\nSiblings: {{oc|Daisy}} (Y5)\n\n03/11/2025 – {{sc|Tom}} came in late.\n\n05/11/2025 – {{mix|Daisy}} was off school for two days. Mum said he had been sick in the night.",
      tom,
    );
    expect(got).toBe(want);
  });

  it.each([
    ["someone of the pronoun's gender named before it", "05/11/2025 – {{oc|Daisy}} was off school for two days. Dad rang and said he had been sick in the night."],
    ["a pronoun that fits the named child", "05/11/2025 – {{oc|Daisy}} was off school for two days. Mum said she had been sick in the night."],
    ["a name that does not open its row", "05/11/2025 – Mum rang. {{oc|Daisy}} was off school for two days. Mum said he had been sick."],
  ])("leaves alone a row's next-sentence pronoun with %s", (_why, row) => {
    const { got, want } = marked(`Pupil: {{sc|Tom Avery}}\nSiblings: {{oc|Daisy}} (Y5)\n\n03/11/2025 – {{sc|Tom}} came in late.\n\n${row}`, tom);
    expect(got).toBe(want);
  });

  // The child the writer saw is the one who speaks next: "I saw Kayla at school. He said…" under a heading about the subject.
  it.each([
    ["a child seen, under a heading", "Tom's wishes and feelings\nI saw {{mix|Daisy}} at school on 10 November. He said home is better now."],
    ["control: the pronoun fits the child seen", "Tom's wishes and feelings\nI saw {{oc|Daisy}} at school on 10 November. She said home is better now."],
    ["control: someone of the pronoun's gender between", "Tom's wishes and feelings\nI saw {{oc|Daisy}} at school on 10 November. Her teacher Mr Hill said he is worried."],
  ])("reads who speaks after a child the writer saw: %s", (_why, section) => {
    const { got, want } = marked(`Pupil: {{sc|Tom Avery}}\nSiblings: {{oc|Daisy}} (Y5)\n\n{{sc|Tom}} came in late.\n\n${section}`, tom);
    expect(got).toBe(want);
  });

  it("reads an age in months as a baby's, not as years", () => {
    const { got, want } = marked("{{oc|Linnea}} (12) is {{sc|Max}}'s sister. {{sc|Max}} is 18 months old.\n\n{{mix|Linnea}} was asleep in {{mix|her}} cot when I arrived.", max);
    expect(got).toBe(want);
  });

  it("leaves a young sibling alone when the content fits their own age", () => {
    const { got, want } = marked("Child: {{sc|Max Reed}}, now 15\n\nHe lives with his sister {{oc|Romy}} (6).\n\n{{oc|Romy}} (Year 2) has a new teacher.", max);
    expect(got).toBe(want);
  });

  // F2 (topic): under a label naming the subject, a reported clause about another child is a likely paste.
  it("flags a same-sex sibling named once after 'report that' in a section labelled with the subject", () => {
    const { got, want } = marked(
      "Household: {{sc|Isla}} and her sister {{oc|Bea Grant}} (8).\n\nCollege (Isla): {{sc|Isla}} is in Year 12. Attendance is good. Tutors report that {{mix|Bea}} has been missing lunch. She is polite in class.",
      isla,
    );
    expect(got).toBe(want);
  });

  // FORMAT.md: a name pasted where the subject is meant is `mix`, not `oc` (markup never nests); flagged once, as the
  // mix-up, whose suggestion removes the other child's name too. (A redaction asks for other children alone, and names it so.)
  it("flags a child of unknown-gender name, of stated age, inside an item the subject's name heads, as a mix-up only", () => {
    const { got, want, found } = marked(
      "{{oc|Zephyrin Vale}} (14) – key worker Dan\nNo change. {{oc|Zephyrin}} has a dentist visit on Friday.\n\n{{sc|Max Reed}} (15) – key worker Jo\n{{sc|Max}} has asked for a bike lock. He says his old one was stolen. He wants to cycle to college from next week and has saved up for lights. {{mix|Zephyrin}} starts his plumbing course on Monday; Jo will go along. {{sc|Max}} seems settled.",
      max,
    );
    expect(got).toBe(want);
    const { plain } = parseAnnotated(want);
    const kept = analyse(plain, max).findings.filter((f) => f.category === "other-child" && f.start === found[0].start);
    expect(kept).toHaveLength(0);
    const redacting = analyse(plain, max, { categories: ["other-child"] }).findings.filter((f) => f.start === found[0].start);
    expect(redacting).toHaveLength(1);
  });

  it("does not take a field or a mid-sentence label naming the subject for a heading when the name's gender is unknown", () => {
    const { got, want } = marked(
      "bro {{oc|zephyrin}} (10) at home.\nplan agreed w/ {{sc|max}}: he will text by 9pm every night.\n{{oc|zephyrin}} came in from school at 4pm. {{sc|max}} went out.",
      max,
    );
    expect(got).toBe(want);
  });

  // A reflexive is bound by its own clause's subject, wherever the name stands in the sentence. Invented examples.
  it("flags a name whose own clause binds a reflexive of the subject's gender", () => {
    const { got, want } = marked(
      "{{sc|Isla}} lives with her mum and her brother {{oc|Dylan}} (8).\n\nWe talked about how to write the plan so that {{mix|Dylan}} could read it later and recognise herself in it.",
      isla,
    );
    expect(got).toBe(want);
  });

  it("leaves a reflexive alone when someone else between could be what it means", () => {
    const { got, want } = marked(
      "{{sc|Isla}} lives with her mum and her brother {{oc|Dylan}} (8).\n\nWe asked whether {{oc|Dylan}} had seen Mum hurt herself.\n\n{{oc|Dylan}} told her to look after herself.",
      isla,
    );
    expect(got).toBe(want);
  });

  // F2 (consistent paste): a whole section under the subject's own heading about one other child.
  describe("a section under the subject's heading about another child", () => {
    const intro = "{{sc|Max}} lives with Mum and his brother {{oc|Ansel}} (6).\n\n";
    const both = (annotated: string) => {
      const { plain } = parseAnnotated(annotated);
      const found = analyse(plain, max).findings;
      return {
        mix: annotate(plain, found.filter((f) => f.category === "mix-up"), "mix"),
        wantMix: expectedFor(annotated.replace(/\{\{oc\|([^}]*)\}\}/g, "$1"), "mix"),
        oc: found.filter((f) => f.category === "other-child").length,
      };
    };
    it("flags each mention as a possible paste, and not as another child as well", () => {
      const text = intro + "{{sc|Max}}'s wishes and feelings\n{{mix|Ansel}} said he wants more time on his scooter. {{mix|Ansel}} showed me his marble run.\n\n{{sc|Max}}'s health\nNo concerns.";
      const r = both(text);
      expect(r.mix).toBe(r.wantMix);
      expect(r.oc).toBe(1);
    });
    it("leaves alone a section about the family", () => {
      const r = both(intro + "{{sc|Max}}'s family and friends\n{{oc|Ansel}} said he wants more time on his scooter.\n\n{{sc|Max}}'s health\nNo concerns.");
      expect(r.mix).toBe(r.wantMix);
    });
    it("leaves alone a section that names the subject as well", () => {
      const r = both(intro + "{{sc|Max}}'s health\n{{oc|Ansel}} has a cold and {{sc|Max}} has caught it.\n\nNext steps\nVisit again.");
      expect(r.mix).toBe(r.wantMix);
    });
    it("leaves alone a child the section introduces", () => {
      const r = both(intro + "{{sc|Max}}'s health\nHis brother {{oc|Ansel}} has a cold.\n\nNext steps\nVisit again.");
      expect(r.mix).toBe(r.wantMix);
    });
  });

  // Precision: a child introduced with their own age is being introduced, not pasted.
  it("leaves alone a child introduced with an age, whatever gender the names list gives", () => {
    const { got, want } = marked("Cases discussed:\n- {{oc|Temitope Adeyemi}} (12) and his little brother {{oc|Kunle}} (3): settled at home.", max);
    expect(got).toBe(want);
  });

  it("reads sections in proportion to the text, however many headings name the subject", () => {
    const workFor = (n: number) => {
      const text = "Max lives with his brother Ansel (6).\n" + "Max's health\nAnsel said he is fine. Ansel ate well.\n".repeat(n);
      const ctx = createContext(text, max);
      // Both the text its patterns read and the people it walks: a section's people found by scanning the
      // whole list per heading would not show in the regex work alone.
      const all = countingReads(ctx.people.all);
      return regexWork(() => findPastedNames(text, ctx, all.items, "m", "Max Reed")) + all.reads();
    };
    // Linear work gives about 2; a section or the list read again per heading about 4.
    expectLinearWork(workFor, 1500);
  });

  // Precision: an object pronoun of the subject's gender in the name's clause is someone the named
  // child acts on, so the sentence is about both of them, not a paste.
  it.each([
    ["a carer-parent winding the baby", "{{oc|Kacey}} (17) is the mother of {{sc|Max}}.\n\n{{oc|Kacey}} is good at winding him and talks to him, and he smiles at her.", max],
    ["a sister who feeds him", "{{sc|Max}} has a sister, {{oc|Lola}} (7).\n\n{{oc|Lola}} likes to feed him at tea time and he laughs.", max],
    ["a brother who reads to her", "{{sc|Precious}} lives with her brother {{oc|Daniel}} (11).\n\n{{oc|Daniel}} reads to her at bedtime and she falls asleep.", precious],
  ])("leaves alone a child acting on the subject: %s", (_label, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it("does work in proportion to the text (doubling the input doubles the text its patterns read)", () => {
    // Counted, not timed: the characters its regular expressions are handed. Rescanning the sentence per
    // name (one long line repeating a name is one sentence) would make twice the text four times the work.
    const workFor = (n: number) => {
      const line = "Precious spoke about her brother Jaxon, and her brother Jaxon (9) said she was fine, ".repeat(n);
      const ctx = createContext(line, precious);
      const all = ctx.people.all;
      expect(all.length).toBeGreaterThanOrEqual(2 * n);
      return regexWork(() => findPastedNames(line, ctx, all, "f", "Precious Okonkwo"));
    };
    expectLinearWork(workFor, 1500);
  });
});

describe("pasted-name and redaction", () => {
  it("a name reported as pasted is still redacted from a full check's report, under the child's one label", () => {
    const { plain } = parseAnnotated(
      "{{sc|Precious}} lives with her brother {{oc|Daniel}} (11).\n\n{{mix|Daniel}}'s attendance at college has fallen and her tutor says she is often asleep.",
    );
    const report = analyse(plain, precious);
    expect(report.findings.some((f) => f.ruleId === "pasted-name")).toBe(true);
    expect(redact(plain, report, PSEUDONYM_POLICY).text).not.toMatch(/Daniel/);
    expect(redact(plain, report, PSEUDONYM_POLICY).text).toMatch(/^Precious lives with her brother Child A \(11\)\.\n\nChild A's attendance/);
  });
});
