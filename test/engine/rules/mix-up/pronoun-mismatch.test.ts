import { analyse } from "../../../../src/engine";
import type { CaseProfile } from "../../../../src/engine";
import { createContext } from "../../../../src/engine/pipeline";
import { findMismatches } from "../../../../src/engine/rules/mix-up/pronoun-mismatch";
import { marked } from "./marked";
import { expectLinearWork, regexWork } from "../../../helpers/scaling";

const profile = (name: string, pronouns: string): CaseProfile => ({ subject: { name, aliases: [name.split(" ")[0]], pronouns } });

describe("pronoun-mismatch", () => {
  const cases: Array<[string, string, CaseProfile]> = [
    ["wrong pronoun right after the subject", "{{sc|Ella}} was seen at A&E with a scald to {{mix|his}} left arm.", profile("Ella Stone", "she/her")],
    ["wrong pronoun in the next sentence", "{{sc|Leyla}} is being exploited. {{mix|His}} relationship with Mum is strained.", profile("Leyla Yilmaz", "she/her")],
    ["an age set off by commas after the subject's name", "{{sc|Kai}} is 2.\n\n{{sc|Kai}}, then 19 months old, was taken to the GP with bruising to {{mix|her}} forehead.", profile("Kai Dunn", "he/him")],
    [
      "a place's name opening an organisation in brackets",
      "{{sc|Rosa}} is 12.\n\nCare\n{{sc|Rosa}} was diagnosed with autism (Eastvale Children's Centre, 2021). Her report describes strong vocabulary. {{mix|He}} needs instructions broken into steps.",
      profile("Rosa Lind", "she/her"),
    ],
    ["a team's name after 'the' in the subject's sentence", "{{sc|Levi}} is 13.\n\n{{sc|Levi}} plays rugby for the Eastvale Hawks and says {{mix|she}} wants to get bigger.", profile("Levi Stone", "he/him")],
    [
      "a clause on the place the subject's sentence names",
      "{{sc|Kacey}} asked whether {{oc|Brook}} would still go to Elm Infants if he moved. {{sc|Kacey}} is now in Year 6 at Oak Primary, where {{mix|his}} attendance is 98 per cent.",
      { ...profile("Kacey Marsh", "she/her"), otherChildren: ["Brook Marsh"] },
    ],
    ["they/them subject", "{{sc|River}} went up to their room and {{mix|she}} stayed there all evening.", profile("River Nowak", "they/them")],
    ["a chain of wrong pronouns", "{{sc|Jordan}} is excited. {{mix|He}} wants to stay near college, where {{mix|he}} is doing a course.", profile("Jordan Whitlock", "they/them")],
    ["pronoun about another person named nearer", "{{sc|Ivy}} was settled. Mr {{ad|Doyle}} said he would come to family time.", profile("Ivy Thompson", "she/her")],
    ["pronoun about a parent written as a role", "{{sc|Aarav}} was quiet. Mum said she was worried about his sleep.", profile("Aarav Mehta", "he/him")],
    ["object pronoun in the subject's own clause", "{{sc|Grace}} sees him every month.", profile("Grace Mwangi", "she/her")],
    ["inside the child's own words", "{{sc|Sky}} said, \"He keeps texting me.\"", profile("Sky Pennington", "they/them")],
    // A bare role word as an item of a list of people is someone else, not the next name's role: the
    // partner in "Present: Mum, Lee, Ash" is not a woman because "Mum" is listed before him.
    [
      "a partner listed after 'Mum,' in a list of those present",
      "Present: Mum, {{ad|Lee}}, {{sc|Ash}}. {{ad|Lee}} said he thinks {{sc|Ash}} is doing better. He agreed to knock before going into their room.",
      profile("Ash Nowak", "they/them"),
    ],
    [
      "a household list with Dad first",
      "Household: Dad, {{ad|Robin}} and {{sc|Mia}}. {{ad|Robin}} said she would take {{sc|Mia}} to the dentist.",
      profile("Mia Hart", "she/her"),
    ],
    // A child of an either-gender name leading a clause of their own is whom the subject may be speaking of.
    [
      "another child leading a clause before the subject reports",
      "{{oc|Harley}} (9) is also placed there. {{oc|Harley}} has just moved in and {{sc|Skye}} says he is really loud.",
      profile("Skye Lund", "she/her"),
    ],
    ["generic he or she", "Each child should know who his or her social worker is. {{sc|Tom}} does.", profile("Tom Reed", "he/him")],
    // F11 (e): an indefinite that is then named is a particular person a later pronoun can mean.
    [
      "a pronoun for an adult introduced as 'a man called X'",
      "{{sc|Tessa}} said a man called \"Rook\", who she thinks is 20, meets her after school. She said she does not want to get him into trouble.",
      profile("Tessa Lund", "she/her"),
    ],
    ["'her' before a new clause's pronoun is an object", "{{sc|Wilf}} is well. Ms {{ad|Orme}} said she would call. {{sc|Wilf}} told her he was fine.", profile("Wilf Garner", "he/him")],
    ["matching pronouns", "{{sc|Hope}} told me she likes her school.", profile("Hope Mensah", "she/her")],
    [
      "a pronoun for an indefinite person a reported clause is about",
      "{{sc|Lola}} said a boy in her class keeps calling her names. She said he pushed her in the playground.",
      profile("Lola Price", "she/her"),
    ],
    ["an indefinite person only spoken to is not whom the pronoun means", "{{sc|Lola}} said she spoke to a boy in her class. {{mix|He}} was upset.", profile("Lola Price", "she/her")],
    ["someone just brought in by name", "{{sc|Mia}} told me her mum has a new boyfriend called Lee. {{sc|Mia}} says he is nice to her but he shouts.", profile("Mia Stone", "she/her")],
    [
      "someone brought in by name two sentences back gives way to the subject",
      "{{sc|Mia}} told me her mum has a new boyfriend called Lee. {{sc|Mia}} was at school today. {{sc|Mia}} said {{mix|he}} had a good day.",
      profile("Mia Stone", "she/her"),
    ],
    ["the subject acting on someone else's things", "{{sc|Rosie}}'s baby brother was born last week. Mum said he is feeding well. {{sc|Rosie}} has been helping to change his nappy.", profile("Rosie Hart", "she/her")],
    ["with nobody of that gender in the sentence before, the subject's clause settles it", "{{sc|Rosie}} was at home with Mum. {{sc|Rosie}} has been helping to change {{mix|his}} nappy.", profile("Rosie Hart", "she/her")],
    [
      "a he/she the sentence before tied to someone else carries on",
      "{{sc|Oscar}} has a new friend, Jordan. Jordan came round after school and she stayed for tea. {{sc|Oscar}} said she is the best at drawing.",
      profile("Oscar Lynch", "he/him"),
    ],
    [
      "a he/she the sentence before tied to the subject does not",
      "{{sc|Oscar}} came home and {{mix|she}} had tea. {{sc|Oscar}} said {{mix|she}} is the best at drawing.",
      profile("Oscar Lynch", "he/him"),
    ],
    ["the subject reporting again about someone from their own quoted words", '{{sc|Theo}} said: "Maisie is my best friend, she saves me a seat." {{sc|Theo}} said she lives on his road.', profile("Theo Marsh", "he/him")],
    ["the subject reporting about themselves after a quote about nobody of that gender", '{{sc|Theo}} said: "School is fine." {{sc|Theo}} said {{mix|she}} lives on {{mix|her}} road.', profile("Theo Marsh", "he/him")],
    ["what only a professional does", "Present: KB (school nurse)\n\nKB said {{sc|Leo}} has been seen twice for headaches; she will refer to the GP.", profile("Leo Grant", "he/him")],
    ["what only a professional does, with nobody else near, is still a mix-up", "{{sc|Leo}} has had headaches. {{mix|She}} will make a referral to the school nurse.", profile("Leo Grant", "he/him")],
    ["a pronoun for a quantified, generic child", "Every child needs someone he can trust; {{sc|Lily}} trusts her key worker.", profile("Lily Evans", "she/her")],
    ["a sentence-initial 'A young person…' is generic", "A young person who is looked after should know where he will live. {{sc|Lily}} does.", profile("Lily Evans", "she/her")],
    ["the subject named after the generic child still takes the wrong pronoun", "Every child in the class went, and {{sc|Lily}} said {{mix|he}} enjoyed it.", profile("Lily Evans", "she/her")],
    ["a possessive after a comma in a list of objects", "{{sc|Kai}} lives with his mother, her partner and his half-sister in a flat.", profile("Kai Morgan", "he/him")],
    ["a he/she who reports on the child by the child's own pronoun", "11:30 Goodbye. {{sc|Theo}} left with Jo still upset; she told me later he was fine.", profile("Theo Lane", "he/him")],
    ["a he/she whose clause goes on, through 'said she', to the child as object", "His relationship with Marlowe is warm, and she has said she wants to see him more. {{sc|Finn}} agrees.", profile("Finn Abbott", "he/him")],
    [
      "the same he/she again in its sentence acting on the child",
      "{{sc|Rory}} is close to Bay. His relationship with Marlowe is warm, and she has asked, more than once, for a life where she is not responsible for him.",
      profile("Rory Fenwick", "he/him"),
    ],
    ["not past a stop: someone new acts on the child", "HV 11/02. yp seen alone in bedroom. {{sc|Tyler}} presented low, not much eye contact. said {{mix|she}} isnt sleeping + stays up on phone till 2am. m says T refusing school since xmas. m tearful, says she cant cope with him.", profile("Tyler Greaves", "he/him")],
    ["reporting on the child by the wrong pronoun is still a mix-up", "{{sc|Daisy}} was quiet today and {{mix|he}} told me {{mix|he}} did not want to talk.", profile("Daisy Fry", "she/her")],
  ];
  it.each(cases)("%s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  // A he/she opening a clause joined by and/but/so to one the subject's name opens carries that subject on,
  // even when the sentence before was about someone of the pronoun's gender.
  it.each([
    ["after ', and'", "{{oc|Kira}} (9) wants to be away from home. {{sc|Tyrone}} asked to stay at school, and {{mix|she}} should not go home tonight.", profile("Tyrone Bell", "he/him")],
    ["after 'but'", "{{oc|Kira}} (9) stayed at Nan's. {{sc|Tyrone}} wanted to go too but {{mix|she}} had a temperature.", profile("Tyrone Bell", "he/him")],
    ["after 'so'", "{{oc|Kira}} (9) said the flat is noisy. {{sc|Tyrone}} is tired at school, so {{mix|she}} will be offered a quiet room.", profile("Tyrone Bell", "he/him")],
    ["not when someone of that gender is named between", "{{sc|Tyrone}} went to see {{oc|Maya}} and she showed him her room.", profile("Tyrone Bell", "he/him")],
    ["not when the subject reports", "{{oc|Kira}} (9) went to the park. {{sc|Tyrone}} said she cried all the way home.", profile("Tyrone Bell", "he/him")],
  ])("coordination: %s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  // A label the subject's name ends introduces what follows as about them.
  it.each([
    ["a plan agreed with the child", "Mum said she found money in his jeans.\nSafety plan agreed with {{sc|Jax}}: {{mix|she}} will text Mum by 9pm every night.", profile("Jax Bell", "he/him")],
    ["an update from the child", "Nan rang twice on Monday.\nUpdate from {{sc|Jax}}: {{mix|her}} new school starts on Monday.", profile("Jax Bell", "he/him")],
    ["not when someone else who could be meant is on the label's line", "Mum phoned about {{sc|Jax}}: she is coming at six.", profile("Jax Bell", "he/him")],
  ])("label: %s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it("suggests the subject's own pronoun", () => {
    const { found } = marked("{{sc|Ella}} hurt {{mix|his}} arm.", profile("Ella Stone", "she/her"));
    expect(found[0].suggestions).toEqual(["her"]);
  });

  it("does nothing without pronouns in the profile", () => {
    expect(analyse("Ella hurt his arm.", { subject: { name: "Ella Stone" } }).findings.filter((f) => f.category === "mix-up")).toEqual([]);
  });
});

describe("pronoun-mismatch: resolution (FAILURES F11)", () => {
  const flagged: Array<[string, string, CaseProfile]> = [
    ["gender before nearness: the nearest person is the wrong gender", "{{sc|Maya}} showed Mum {{mix|his}} reading book.", profile("Maya Lund", "she/her")],
    [
      "a wrong pronoun after a chain of right ones",
      "{{sc|Ruby}} arrived at nine with Dad. She was tired. She ate some toast. She said she missed school. Then {{mix|he}} went upstairs.",
      profile("Ruby Hale", "she/her"),
    ],
    ["object pronoun bound away from its clause's subject", "{{sc|Leo}} was weighed at clinic. The nurse lifted {{mix|her}} onto the scales.", profile("Leo Marsh", "he/him")],
    ["the subject reporting", "{{sc|Kofi}} said {{mix|she}} wants to play in the cup match.", profile("Kofi Mensah", "he/him")],
    ["a clause joined to one the subject leads", "{{sc|Ash}} went up to their room and {{mix|she}} stayed there all evening.", profile("Ash Pryce", "they/them")],
    ["the subject's name in lower case in shorthand notes", "rudi home at 10. safety plan agreed w/ rudi: {{mix|she}} will text by 9pm.", profile("Rudi Kerr", "he/him")],
    ["no-one of that gender anywhere near", "{{sc|Nia}} went to the clinic with Mum. {{mix|His}} test was negative.", profile("Nia Roberts", "she/her")],
  ];
  it.each(flagged)("flags %s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  const left: Array<[string, string, CaseProfile]> = [
    ["someone of the right gender a sentence further back", "Mum has missed every appointment. I cannot support {{sc|Max}} going back to live with her.", profile("Max Bell", "he/him")],
    ["a reflexive bound inside its clause to an indefinite noun", "{{sc|Kira}} met an older man who calls himself her protector.", profile("Kira Shaw", "she/her")],
    ["an object pronoun whose person was named before", "Dad did not come. {{sc|Ella}} said she misses him.", profile("Ella Stone", "she/her")],
    ["another person of the right gender in the same sentence", "{{sc|Zara}} often mothers her brother, and she ties his shoelaces.", profile("Zara Quinn", "she/her")],
    ["a person of unknown gender leading the clause", "The officer who found {{sc|Sam}} wrote in her report that he was calm.", profile("Sam Ode", "he/him")],
    ["a new row of a chronology starts afresh", "01/02/2024 | Mr Doyle visited.\n03/02/2024 | {{sc|Ivy}} seen at school.", profile("Ivy Doyle", "she/her")],
  ];
  it("flags the answer of the child a question was put to by name ('When I asked Ella …, he said')", () => {
    const { got, want } = marked(
      "Dad showed me the new bunk beds. When I asked {{sc|Ella}} what would help at school, {{mix|he}} said \"a quiet place at lunch\".",
      profile("Ella Stone", "she/her"),
    );
    expect(got).toBe(want);
  });

  // A request for leave: the one who asks is the one who would be let ("asked if he can leave the room").
  it.each([
    ["a they/them child asking, past a quotation", "{{sc|Ellis}} said {{oc|Noah}} needs help and that {{oc|Tyler}} helps. {{sc|Ellis}} is worried that a meeting will \"just be shouting\" and asked if {{mix|he}} can leave the room.", profile("Ellis Fair", "they/them")],
    ["a child asking whether", "Contact went well. {{sc|Amira}} asked whether {{mix|he}} could phone Nan on Sunday.", profile("Amira Haddad", "she/her")],
    ["control: someone else asking", "{{sc|Amira}} was tired. Her brother {{oc|Yusuf}} asked whether he could phone Nan on Sunday.", profile("Amira Haddad", "she/her")],
    ["control: an adult asks about a child", "{{sc|Amira}} was tired. Mum asked if she could stay up late.", profile("Amira Haddad", "he/him")],
  ])("reads who asks for leave: %s", (_label, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  // A they/them child's own reporter: "Their carers noticed that she…" after a sentence about the child alone.
  it.each([
    ["their carers, past a professional the child spoke to", "{{sc|Tegan}} told the reviewing officer: \"I'm not worried about them now.\" Their foster carers noticed that {{mix|she}} was sleeping better.", profile("Tegan Lloyd", "they/them")],
    ["control: their after other children", "{{sc|Tegan}} visits {{oc|Leo}} and {{oc|Max}} on Sundays. Their carers noticed that he was sleeping better.", profile("Tegan Lloyd", "they/them")],
  ])("reads whose reporter 'their' names: %s", (_label, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it("leaves alone the answer of someone else asked by name", () => {
    const { got, want } = marked("{{sc|Ella}} was at school. When I asked Mr {{ad|Doyle}} how she was, he said she seemed happier.", profile("Ella Stone", "she/her"));
    expect(got).toBe(want);
  });

  it("leaves alone a question whose answer is given by someone written between", () => {
    const { got, want } = marked("I asked {{sc|Ella}} about her weekend and her brother answered; he said they went swimming.", profile("Ella Stone", "she/her"));
    expect(got).toBe(want);
  });

  it("leaves alone a pronoun after '<subject>'s school reported that': the school reports, about a man named before", () => {
    const { got, want } = marked(
      "Mr {{ad|Varga}} was told not to come to the flat. On 3 May, {{sc|Nadia}}'s school reported that he was seen at the gates.",
      profile("Nadia Kerr", "she/her"),
    );
    expect(got).toBe(want);
  });

  it("still flags a wrong pronoun after the subject reports ('Nadia said that he…')", () => {
    const { got, want } = marked("{{sc|Nadia}} was tired. {{sc|Nadia}} said that {{mix|he}} had not slept.", profile("Nadia Kerr", "she/her"));
    expect(got).toBe(want);
  });

  it.each(left)("leaves alone %s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it("does work in proportion to the text (doubling the input roughly doubles the regex work)", () => {
    const p = profile("Leo Marsh", "he/him");
    const workFor = (n: number) => {
      // One long line: every pronoun's sentence is the whole line, so a look-back to the sentence's start
      // (rather than a bounded window) would read the whole line per pronoun.
      const text = "Leo said his brother Jaxon told him that she and he went with her mother, ".repeat(n);
      const ctx = createContext(text, p);
      void ctx.people;
      return regexWork(() => findMismatches(ctx, "m"));
    };
    expectLinearWork(workFor, 1000);
  });
});

describe("pronoun-mismatch: binding and who a name is (stop 22)", () => {
  const flagged: Array<[string, string, CaseProfile]> = [
    [
      "a reflexive after a clause closed by 'and' and a verb binds to the main clause's subject",
      "{{sc|Robin}} cried after Grandad left and hid by {{mix|himself}} in the shed.",
      profile("Robin Vale", "they/them"),
    ],
    ["a reflexive bound to the subject past someone after a preposition", "{{sc|Posy}} sat next to Dad and hugged {{mix|himself}}.", profile("Posy Lund", "she/her")],
    [
      "a he/she carries on the clause subject before, past an object and an owner",
      "{{sc|Omid}} is settled. He asked whether he could phone his friend Reza. He showed me Reza's number in his phone. About college, he said he is worried about his English. {{mix|She}} said {{mix|she}} sees the sea when he closes his eyes.",
      profile("Omid Rahimi", "he/him"),
    ],
    [
      "a paragraph that names nobody before its pronoun carries on from the one before",
      "{{sc|Omid}} is settled. He showed me his room.\n\nSleep is poor most nights. {{mix|She}} said {{mix|she}} sees the sea when he closes his eyes.",
      profile("Omid Rahimi", "he/him"),
    ],
    [
      "a possessive before 'old name' near the subject whose name changed",
      "{{sc|Kit}} and Rosa walk to school together. Dad asked the school to stop sending letters with {{mix|her}} old name on.",
      profile("Kit Barr", "they/them"),
    ],
    [
      "an object pronoun after a same-gender he/she in a sentence about the subject's old name",
      "Mum rang on Monday. She still uses {{sc|Kit}}'s old name when she talks about {{mix|her}} and will not use their pronouns.",
      profile("Kit Barr", "they/them"),
    ],
    [
      "a child's possessive in a clause joined to a reported clause the subject opens",
      "{{sc|Kit}} is in Year 9. Later Mum said {{sc|Kit}} has been sleeping better and {{mix|her}} school report was good.",
      profile("Kit Barr", "they/them"),
    ],
  ];
  it.each(flagged)("flags %s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  const left: Array<[string, string, CaseProfile]> = [
    ["an emphatic reflexive is not bound by the object before it", "{{sc|Kit}} does not know yet. Nan wants to tell him herself, and asked if she can visit on Sunday.", profile("Kit Barr", "he/him")],
    ["a reflexive is not bound by the subject after a preposition", "Mr Ray Hollins, who is not related to {{sc|Tia}} and does not put himself forward, was seen twice.", profile("Tia Hollins", "she/her")],
    ["'her' before 'since' is an object", "{{sc|Owen}} is settled with Mrs. Pell. He has lived with her since June.", profile("Owen Cray", "he/him")],
    ["an object after an infinitive whose own subject is the object before it", "{{sc|Finn}} wants to learn to cook. Aunt Greta has asked him to teach her to bake bread.", profile("Finn Moss", "he/him")],
    ["an object pronoun can be the owner in its clause's subject", "{{sc|Ada}} had a quiet weekend. On Sunday Jesse's gran took him to the zoo.", profile("Ada Penn", "she/her")],
    ["the subject as owner does not lead the clause", "{{sc|Cal}} is doing well. His wish to stay with his mother, and her quick change of hours, mean the plan can end.", profile("Cal Dunn", "he/him")],
    ["a title says which of two people with one surname is meant", "{{sc|Bea}} is three. Mrs Ryle has raised four children and has looked after {{sc|Bea}} well. Mr Ryle has diabetes and a bad back; he is gentle with {{sc|Bea}} and reads to her.", profile("Bea Ryle", "she/her")],
    ["the record saying what someone is settles their gender", "{{sc|Lola}} went to a party. Vivian is a boy she knows from school and she thinks he is 16.", profile("Lola Finch", "she/her")],
    ["an infinitive of purpose keeps the sentence's subject as the object's clause-mate", "Nan lives in Leeds. {{sc|Tom}} is well. {{sc|Tom}} went to Leeds to visit her.", profile("Tom Reed", "he/him")],
    ["a paragraph after a heading, the paragraph before it about a parent", "{{sc|Omid}} is well. Mum was upset and said she has no money.\n\nParenting capacity\nShe said she is tired.", profile("Omid Rahimi", "he/him")],
    ["a possessive in a sentence about the subject's old name", "Mum rang on Monday. She still uses {{sc|Kit}}'s old name when she talks to her sister.", profile("Kit Barr", "they/them")],
    ["an object pronoun after a same-gender he/she with no old name spoken of", "Mum rang on Monday. She still visits {{sc|Kit}} when she can and Nan drives her there.", profile("Kit Barr", "they/them")],
    ["the reporter of a clause the subject opens can still be meant", "{{sc|Kit}} is in Year 9. Later Mum said {{sc|Kit}} has settled and she is relieved.", profile("Kit Barr", "they/them")],
    ["a month-dated chronology row starts afresh", "04/2024 – Ms Odu is told and is upset.\n06/2024 – {{sc|Sol}} says Mr Pike threw a cup at {{mix|her}}.", profile("Sol Odu", "they/them")],
    [
      "the child's own turn in a transcript",
      "JR: Who feeds the cat?\n{{sc|Nell}}: Me. He's called Biscuit.\nJR: Does anyone help?\n{{sc|Nell}}: Mum does. He sleeps on my bed.",
      profile("Nell Avery", "she/her"),
    ],
  ];
  it.each(left)("leaves alone %s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

describe("pronoun-mismatch: who a reported or result clause is about (stop 25)", () => {
  const flagged: Array<[string, string, CaseProfile]> = [
    [
      "a reporter written as the subject's own speaks of the subject",
      "Dev and Omar are at the same school. {{sc|Safa}}'s class teacher says {{mix|he}} has been tired and {{mix|his}} homework is late.",
      profile("Safa Iqbal", "she/her"),
    ],
    ["a reporter owned through a possessive pronoun, with 'that'", "{{sc|Jonah}} moved in May. His foster carer reported that {{mix|her}} sleep is better.", profile("Jonah Pike", "he/him")],
    [
      "a result clause goes on about the main clause's subject, past people after a preposition",
      "{{sc|Wren}} has done so well with Mrs Ali and Tom that {{mix|she}} wants to stay there.",
      profile("Wren Tate", "they/them"),
    ],
    [
      "a second reported clause joined by 'and that' goes on about the first one's subject (a child's schoolwork is not the teacher's)",
      "{{sc|Kit}} is in Year 9. Ms Rowe said {{sc|Kit}} finds break hard and that {{mix|her}} classwork is strong.",
      profile("Kit Barr", "they/them"),
    ],
    [
      "a girl named in apposition at the end of the sentence before is not what it was about",
      "{{sc|Kit}} has started eating lunch with a girl from {{sc|Kit}}'s form, Maya. Mr Dale said {{sc|Kit}} is calmer and that {{mix|her}} written work has improved.",
      profile("Kit Barr", "they/them"),
    ],
    [
      "a result clause after 'such'",
      "{{sc|Ola}} made such good progress with his tutor that {{mix|she}} moved up a set.",
      profile("Ola Bamidele", "he/him"),
    ],
  ];
  it.each(flagged)("flags %s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  const left: Array<[string, string, CaseProfile]> = [
    ["a reporter whose own gender fits the pronoun", "{{sc|Safa}}'s dad says he is tired after night shifts.", profile("Safa Iqbal", "she/her")],
    ["what a reporter owned by the subject will do", "{{sc|Safa}} moved in May. {{sc|Safa}}'s teacher says he will ring Mum tomorrow.", profile("Safa Iqbal", "she/her")],
    ["a reporter owned by the subject worried about the subject", "{{sc|Safa}}'s form tutor says he is worried about her.", profile("Safa Iqbal", "she/her")],
    ["a reporter not written as the subject's", "{{sc|Safa}} is in Year 4. The teacher says he will ring Mum.", profile("Safa Iqbal", "she/her")],
    ["a reported clause that names someone first", "{{sc|Jonah}}'s carer says Lily is settled and her sleep is better.", profile("Jonah Pike", "he/him")],
    ["a second reported clause about the reporter's own thing", "{{sc|Kit}} is in Year 9. Ms Rowe said {{sc|Kit}} finds break hard and that her own class is noisy.", profile("Kit Barr", "they/them")],
    ["the reporter as the subject of a second reported clause", "{{sc|Kit}} is in Year 9. Ms Rowe said {{sc|Kit}} finds break hard and that she will ring Mum on Friday.", profile("Kit Barr", "they/them")],
    ["a result clause whose subject is someone else", "Mum was so upset with {{sc|Wren}} that she cried.", profile("Wren Tate", "they/them")],
    ["an object of the main clause can be meant by the result clause", "{{sc|Ola}} pushed Nan so hard that she fell over.", profile("Ola Bamidele", "he/him")],
  ];
  it.each(left)("leaves alone %s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
  // A name that qualifies a place or group ("the Ash Grove football team", "Hill Top Primary") is no one a pronoun can mean.
  it.each([
    ["a team named after a place", "{{sc|Leo}} plays for the Ash Grove football team and {{mix|she}} has a match on Saturday.", profile("Leo Hart", "he/him")],
    ["a school in a letter to a parent", "Dear Kelly,\n\n{{sc|Mia}} goes to Hill Top Primary and {{mix|he}} has made two friends there.", profile("Mia Cole", "she/her")],
    ["a club in a chronology row", "03/03/2026 – {{sc|Sam}} joined the Rose Lane boxing club; {{mix|her}} coach says {{mix|she}} is keen.", profile("Sam Okoye", "he/him")],
  ])("reads past a name that qualifies a place or group: %s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it("still reads a person named before a place word as a person", () => {
    const { got, want } = marked("{{sc|Leo}} met Mrs {{ad|Ashton}} at the club. {{ad|Ashton}} said she would give him a lift.", profile("Leo Hart", "he/him"));
    expect(got).toBe(want);
  });
});

// Pronouns that are someone else by their own words: a title of address names an office ("His Honour Judge
// Okafor", "Her Majesty's Courts and Tribunals Service"), and a pronoun whose predicate says it is an adult ("she is
// the mother") is that adult — in judgments, minutes, letters, phone notes, chronologies and a child's booklet.
describe("pronoun-mismatch: titles of address, and a pronoun said to be an adult", () => {
  const cases: Array<[string, string, CaseProfile]> = [
    ["a judge's title in a court header", "Before:\nHIS HONOUR JUDGE OKAFOR\n{{sc|Remi}} is the subject of this application.", profile("Remi Dale", "they/them")],
    ["a judge's title in minutes", "{{sc|Nell}} attended. Her Honour Judge Pratt asked that the report be filed by Friday.", profile("Nell Carr", "he/him")],
    ["a judge referred to by title", "{{sc|Theo}} wants to write to the judge. His Lordship said he would read the letter.", profile("Theo Marsh", "she/her")],
    ["a prison's name in a letter", "{{sc|Jaya}}'s father is at His Majesty's Prison Ranby and {{sc|Jaya}} visits monthly.", profile("Jaya Singh", "she/her")],
    ["the court service in a booklet", "{{sc|Kit}} will go to court. Her Majesty's Courts and Tribunals Service sent the letter.", profile("Kit Row", "he/him")],
    ["an aside in a judgment", "The parents of {{sc|V}} are M – she is the mother – and F is the father.", profile("V", "he/him")],
    ["a phone note", "I rang Lee about {{sc|Ava}}; he is {{sc|Ava}}'s stepfather and said she slept well.", profile("Ava Shaw", "she/her")],
    ["minutes", "{{sc|Sam}} was not present. Pat attended, and she was the foster carer until May.", profile("Sam Odell", "he/him")],
    ["a chronology row", "03/02 Call from Jo Reid; she is the school nurse. {{sc|Kai}} had a nosebleed.", profile("Kai Moss", "they/them")],
    ["a wrong pronoun not said to be an adult", "{{sc|Kai}} came home late. {{mix|She}} is the eldest of three.", profile("Kai Moss", "he/him")],
    // Said to be the subject's own brother, sister or friend: that child, not the subject.
    ["a pronoun said to be the sibling the subject lived with", "For {{sc|Tia}}, time with Rory matters most: he is the sibling she lived with longest.", profile("Tia Lowe", "she/her")],
    ["a pronoun said to be the subject's brother", "{{sc|Tia}} talks about contact a lot; he is her older brother and rings on Sundays.", profile("Tia Lowe", "she/her")],
    ["a pronoun said to be the subject's friend by name", "{{sc|Tia}} was upset. Sam phoned later; he is {{sc|Tia}}'s best friend.", profile("Tia Lowe", "she/her")],
    ["control: a wrong pronoun said to be a sibling, with nobody else related", "{{sc|Tia}} is the eldest of four. {{mix|He}} is the sibling who does the school run.", profile("Tia Lowe", "she/her")],
    // "her own" is bound by its clause's subject, like a reflexive.
    ["a possessive before own, the subject opening its clause", "Mum says {{sc|Reece}} packs {{mix|her}} own bag on Sunday nights.", profile("Reece Hale", "he/him")],
    ["control: the mother opens the clause of her own", "{{sc|Reece}} says Mum packs her own bag on Sunday nights.", profile("Reece Hale", "he/him")],
    ["control: the mother between the subject and her own", "{{sc|Reece}} helped Mum pack her own bag.", profile("Reece Hale", "he/him")],
    ["control: a wrong pronoun said to be someone else's brother", "{{sc|Tia}} came home late. {{mix|He}} is Rory's big brother and looks after him.", profile("Tia Lowe", "she/her")],
  ];
  it.each(cases)("%s", (_name, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

// Who a pronoun can be, read from the clause it sits in: a verb joined by "and" with no subject of its own shares
// the clause before it's subject; a participle clause opening the sentence is controlled by the main clause's
// subject; someone named two sentences back gives way to the subject named in the pronoun's own sentence; a title
// and surname is a person of the title's gender. Each with a control where the other person is meant.
describe("pronoun-mismatch: clauses that say who is meant", () => {
  const cases: Array<[string, string, CaseProfile]> = [
    ["an object after a subjectless verb joined by and", "{{sc|Harvey}} was taken home by police at 01:45. Ms {{ad|Quinlan}} opened the door and hugged {{mix|her}}.", profile("Harvey Quinlan", "he/him")],
    ["control: the mother's own pronoun after and", "{{sc|Harvey}} was taken home at 01:45. Ms {{ad|Quinlan}} opened the door and she hugged him.", profile("Harvey Quinlan", "he/him")],
    ["control: an object of the first verb can still be meant", "{{sc|Ella}} misses her brother and worries about him.", profile("Ella Stone", "she/her")],
    ["a reflexive in a participle clause", "Asked to describe {{mix|herself}} in three words, {{sc|Jayden}} chose \"funny, fast, kind\".", profile("Jayden Moss", "he/him")],
    ["control: the mother controls the participle clause", "{{sc|Jayden}} was quiet. Asked to describe herself, Mum said she was tired.", profile("Jayden Moss", "he/him")],
    ["someone of the pronoun's gender two sentences back", "Dad is rarely seen. The bruising is not consistent with a fall. I have not seen {{sc|Evie}} since April, when {{mix|he}} had a chest infection.", profile("Evie Sand", "she/her")],
    ["control: the father in the sentence before", "The bruising is not consistent with a fall. Dad is rarely seen. I have not seen {{sc|Evie}} since April, when he moved out.", profile("Evie Sand", "she/her")],
    ["control: a titled adult the people stage may not place", "Mr Sheikh was arrested. On 2 December, {{sc|Sana}}'s school reported that he was seen at the gates.", profile("Sana Iqbal", "she/her")],
    ["a wrong possessive after a wrong pronoun, past the mother", "{{sc|Tiana}} said the hold hurt, and {{mix|he}} showed Mum the mark on {{mix|his}} arm.", profile("Tiana Boateng", "she/her")],
  ];
  it.each(cases)("%s", (_name, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

// A he/she opening a clause where the paragraph's only person before it is the subject, three or four sentences
// back: nobody else could be meant. A person noun that only describes a thing ("sibling plans") is nobody.
describe("pronoun-mismatch: the subject as the paragraph's only person", () => {
  const cases: Array<[string, string, CaseProfile]> = [
    [
      "the subject three sentences back, nobody between",
      "Actions\n\nThe room was searched with {{sc|Reuben}}'s belongings listed. All medication is now locked away. A review of storage will be done within five days. {{mix|Her}} risk assessment will be rewritten before discharge.",
      profile("Reuben Hart", "he/him"),
    ],
    [
      "control: a woman in the paragraph between",
      "Actions\n\nThe room was searched with {{sc|Reuben}}'s belongings listed. Mum was told by phone. A review of storage will be done within five days. Her view is that it was an accident.",
      profile("Reuben Hart", "he/him"),
    ],
    [
      "control: the subject in the paragraph before only",
      "{{sc|Reuben}} was in hospital.\n\nThe room was searched. All medication is now locked away. A review of storage will be done within five days. Her view is that it was an accident.",
      profile("Reuben Hart", "he/him"),
    ],
    [
      "a person noun describing a thing is nobody",
      "The council is training carers, and {{sc|Tegan}} has agreed to help. Leaders plan to audit twenty sibling plans by June. {{mix|Her}} brothers will be asked for their views.",
      profile("Tegan Lloyd", "they/them"),
    ],
    ["control: a sister who plans", "{{sc|Tegan}} has agreed to help. Mum's sister plans to come. She will bring the cake.", profile("Tegan Lloyd", "they/them")],
    // A reflexive is bound in its own sentence: with only the child there (as an owner), nobody else can bind it.
    ["a reflexive with only the child in its sentence", "{{sc|Noah}} brought a painting home. His painting shows {{mix|herself}} at the beach.", profile("Noah Price", "he/him")],
    ["control: a reflexive bound by someone else in its sentence", "{{sc|Noah}} brought a painting home. His sister said she painted herself at the beach.", profile("Noah Price", "he/him")],
    // A possessive reads first as its clause's subject's: a wrong pronoun tied to the child carries it, past an object between.
    ["a possessive in a clause a wrong pronoun opens", "{{sc|Maya}} said the fall hurt, and {{mix|he}} showed Tom the cut on {{mix|his}} knee.", profile("Maya Reed", "she/her")],
    // Nobody of the pronoun's gender, or of unknown gender, anywhere near, while the child is spoken of.
    ["nobody of the pronoun's gender in the window", "{{sc|Omar}} told me he is sleeping badly. He showed me a graze on {{mix|her}} elbow.", profile("Omar Aziz", "he/him")],
    ["control: a person of unknown gender in the window", "{{sc|Omar}} told me he is sleeping badly. He showed me the nurse's letter and her phone number.", profile("Omar Aziz", "he/him")],
    ["control: the child reporting on someone spoken of after a preposition", "{{sc|Lily}} is 9. Her uncle lives nearby. {{sc|Lily}} walks to the shop with him on Sundays. She said he buys her sweets.", profile("Lily Hart", "she/her")],
    // A sentence the child's name opens and the child's own pronoun carries on is about the child throughout: an
    // object in it looks back one sentence only, as a subject does.
    [
      "an object in a sentence the child opens and the child's own pronoun carries on",
      "{{oc|Liam}} has taken on a parenting role for his sisters. {{sc|Ruby}}'s bond with her sisters is warm.\n{{sc|Ruby}} needs carers who can help {{mix|him}} understand why her sisters live elsewhere.",
      { ...profile("Ruby Kerr", "she/her"), otherChildren: ["Liam Kerr"] },
    ],
    [
      "control: an object two sentences after the person it means, in a sentence without the child's own pronoun",
      "{{oc|Liam}} has taken on a parenting role for his sisters. {{sc|Ruby}}'s bond with her sisters is warm.\n{{sc|Ruby}} needs carers who can help him understand this.",
      { ...profile("Ruby Kerr", "she/her"), otherChildren: ["Liam Kerr"] },
    ],
    // "At the last session Jasmine…, but he…": a name after a short adverbial opens its sentence, and a clause joined to it carries it on.
    [
      "a coordinated clause after a name a time phrase puts first",
      "{{sc|Nia}} sees her father, Mr Hale, on Sundays. Mr Hale is always on time. At the last visit {{sc|Nia}} was shy at first, but {{mix|he}} relaxed once the games came out.",
      profile("Nia Hale", "she/her"),
    ],
    ["control: a mother who plans the day", "{{sc|Tegan}} has agreed to help. Mum plans the day. She will bring the cake.", profile("Tegan Lloyd", "they/them")],
  ];
  it.each(cases)("%s", (_name, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

// A job title the people stage's data knows (rules/people/cues.json) is a person a he/she can mean once a determiner or
// an owner brings it in ("the GP", "Tom's IRO"); bare, in a heading or a table's column, it is nobody. In the child's own
// clause, someone of unknown gender after a preposition gives way to the child for a possessive; a second "that" clause
// joined to one the child leads carries the child on; an indefinite that leads nothing is nobody.
describe("pronoun-mismatch: job titles and who a clause carries on (stop 32)", () => {
  const cases: Array<[string, string, CaseProfile]> = [
    ["control: a GP who reports", "{{sc|Tom}} had a cough last week. The GP said she would see him again on Friday.", profile("Tom Hardy", "he/him")],
    ["control: a dentist spoken of as an object", "{{sc|Tom}} saw the dentist. She said his teeth are healthy.", profile("Tom Hardy", "he/him")],
    ["control: the child's IRO", "{{sc|Tom}}'s IRO visited on Monday. She said he seemed settled.", profile("Tom Hardy", "he/him")],
    ["control: a consultant who sees the child", "The consultant saw {{sc|Tom}} in clinic. She noted that he has gained weight.", profile("Tom Hardy", "he/him")],
    ["control: a psychologist", "{{sc|Ava}} has started sessions with the psychologist. He thinks she is making progress.", profile("Ava Lund", "she/her")],
    ["control: an interpreter", "The interpreter arrived late. {{sc|Ava}} waited with me and he apologised to her.", profile("Ava Lund", "she/her")],
    [
      "a bare job title heading a table's row is nobody",
      "22/07/2026\tGP\t{{sc|Kai}} seen for an immunisation catch-up. Small bruise on {{mix|her}} cheek noted.",
      profile("Kai Dunn", "he/him"),
    ],
    ["a possessive in the child's clause past a service after a preposition", "{{sc|Kai}} was taken to the GP twice with bruising to {{mix|her}} forehead.", profile("Kai Dunn", "he/him")],
    ["control: a mother after a preposition", "{{sc|Kai}} was taken to his mother with bruising to her arm.", profile("Kai Dunn", "he/him")],
    [
      "a second 'that' clause joined to one the child leads",
      "I have told the judge that {{sc|Zara}} wants to stay living with Mum and that {{mix|he}} would like to see Dad at weekends.",
      profile("Zara Hussain", "she/her"),
    ],
    ["control: a second 'that' clause about a man named in it", "I told the judge that {{sc|Zara}} misses Dad and that he would like more time.", profile("Zara Hussain", "she/her")],
    [
      "an indefinite that leads nothing is nobody",
      "Mr Ali or another interpreter will be there. {{sc|Omar}} said he sleeps badly. He showed me a scar on {{mix|her}} hand.",
      profile("Omar Aziz", "he/him"),
    ],
    // An adult brought in with "a" where the record tells what happened is someone a he/she opening the next clause can mean.
    ["control: a new social worker", "{{sc|Tom}} has a new social worker. She visited on Monday.", profile("Tom Hardy", "he/him")],
    ["control: seen by a doctor", "{{sc|Tom}} was seen by a doctor in clinic. She said the wound was clean.", profile("Tom Hardy", "he/him")],
    ["control: supported by a youth worker", "{{sc|Tom}} is supported by a youth worker. She said he has been coming to the club.", profile("Tom Hardy", "he/him")],
    ["a worker only asked for is nobody yet", "{{sc|Tom}} asked for a female worker. {{mix|She}} said it would be easier to talk.", profile("Tom Hardy", "he/him")],
    // The child reporting on a job title spoken of after a preposition; a possessive owning a person after someone of its gender.
    ["control: the child reporting on a teacher spoken of after 'about'", "{{sc|Tom}} talked about his teacher. He said she is strict.", profile("Tom Hardy", "he/him")],
    ["control: the child's clause acting on the child's own object pronoun", "The interpreter arrived late. {{sc|Ava}} waited with me and he apologised to her.", profile("Ava Lund", "she/her")],
    ["control: a job title after a preposition", "{{sc|Ava}} has started sessions with the psychologist. He thinks she is making progress.", profile("Ava Lund", "she/her")],
    ["control: 'her every week' is an object", "{{sc|Tom}} is close to his grandmother. He visits her every week and she cooks for him.", profile("Tom Hardy", "he/him")],
    // Who reports or is told a clause the child's name leads is not whom its possessive means.
    ["a possessive in a reported clause the child leads", "At the meeting {{sc|Maisie}}'s key worker said {{sc|Maisie}} had started hiding food in {{mix|his}} coat pocket.", profile("Maisie Hart", "she/her")],
    ["a possessive in what the child tells someone", "{{sc|Joy}} drew three houses. {{sc|Joy}} told Abi that {{mix|his}} favourite day is Saturday.", profile("Joy Beck", "she/her")],
    ["control: a father told something", "{{sc|Joy}} drew three houses. {{sc|Joy}} told Dad that his dinner was cold.", profile("Joy Beck", "she/her")],
    // A section headed by the child's name is the worker's account, not the child's own turn.
    ["a section headed by the child's name", "The children\n{{sc|Joy}}: Abi saw {{sc|Joy}} at school. {{sc|Joy}} said {{mix|he}} likes dance.", profile("Joy Beck", "she/her")],
    ["control: the child's own turn", "Abi: Who do you play with?\n{{sc|Joy}}: He is my best friend at school.\nAbi: What do you like?\n{{sc|Joy}}: Dance.", profile("Joy Beck", "she/her")],
    // A record quoted word for word: a possessive in a quoted clause the child's name opens, nobody else before it in the quote.
    ["a quoted record's clause the child opens", 'The index reads: "{{sc|Danielle}} asked to keep {{mix|his}} school reports." We kept them.', profile("Danielle Moss", "she/her")],
    ["control: a quoted clause acting on someone else's thing", 'Mum said: "{{sc|Danielle}} took his phone again." She was upset.', profile("Danielle Moss", "she/her")],
    ["control: a man in the quote before the pronoun", 'Mum said: "{{sc|Danielle}} and Dad went to his flat."', profile("Danielle Moss", "she/her")],
    // A speaker says "I" of themself: a he/she in their quoted words is whom they speak of, the child when the quote names
    // the child as what a clause is about and nobody else the pronoun could mean is in the quote or just before it.
    ["a quoted teacher names the child, then the wrong subject pronoun", 'Mrs Okafor said: "{{sc|Jayden}} has settled well and {{mix|she}} is making friends."', profile("Jayden Cole", "he/him")],
    ["a quoted carer names the child, then the wrong possessive after a stop", 'Mrs Hale said: "{{sc|Leon}} tries hard. {{mix|Her}} handwriting is untidy."', profile("Leon Ward", "he/him")],
    ["a quoted carer names the child, then the wrong object of the speaker's clause", 'Carer said: "{{sc|Archie}} wakes at night and I settle {{mix|her}} back to sleep."', profile("Archie Ford", "he/him")],
    ["a speaker written as she, standing for the woman just before", 'I met Mrs Okafor. She said: "{{sc|Jayden}} is happy and {{mix|she}} eats well."', profile("Jayden Cole", "he/him")],
    ["control: a sister named in the quote", 'Mrs Okafor said: "{{sc|Jayden}} walks in with his sister Amira and she waits with him."', profile("Jayden Cole", "he/him")],
    ["control: a man named in the sentences before the quote", 'Dad moved out in May. Mum said: "{{sc|Zara}} is angry and he knows it."', profile("Zara Khan", "she/her")],
    ["control: a man named after the quote", '"{{sc|Zara}} is lovely and he spoils her," Nan said of Grandad.', profile("Zara Khan", "she/her")],
    ["control: a quoted clause of time about someone unnamed", 'Mum said: "{{sc|Zara}} has been upset since he left."', profile("Zara Khan", "she/her")],
    ["control: the child named as an object in the quote", 'Mum said: "I told {{sc|Leon}} she would be back after lunch."', profile("Leon Ward", "he/him")],
    ["control: the child addressed in the quote", 'Mrs Hay said: "{{sc|Owen}}, she is here to see you."', profile("Owen Price", "he/him")],
    // What a professional does about a concern is the reporter's own, whoever the child is; a rank before a role is someone else.
    ["control: the child's teacher reports her own action", "{{sc|Kai}}'s teacher said she had raised concerns with the head teacher.", profile("Kai Webb", "he/him")],
    ["control: the child's teacher rang someone", "{{sc|Kai}}'s teacher says she rang Mum on Monday.", profile("Kai Webb", "he/him")],
    ["the child's teacher reports on the child", "{{sc|Kai}}'s teacher says {{mix|she}} has gone quiet in class.", profile("Kai Webb", "he/him")],
    // Someone the record has not named: a reason, time or "that" clause of what the child reports after the child's own pronoun.
    ["control: a reason clause in what the child reports", "{{sc|Ella}} said she did not want to go because he would be there.", profile("Ella Ward", "she/her")],
    ["control: a time clause in what the child reports", "{{sc|Ella}} said she hates it when he shouts at Mum.", profile("Ella Ward", "she/her")],
    ["control: an indirect question of identity", "{{sc|Ella}} came home at 2am in a car. {{sc|Ella}} did not say who he was.", profile("Ella Ward", "she/her")],
    ["the record's own reason clause after the child's possessive", "{{sc|Daisy}} is tired. Her tiredness is likely to be because {{mix|he}} is up early.", profile("Daisy Hope", "she/her")],
    ["the wrong pronoun joined by 'and' after the child's own", "{{sc|Ella}} said she was tired and {{mix|he}} went to bed early.", profile("Ella Ward", "she/her")],
    ["the child saying where they are", "Safety plan agreed with {{sc|Jax}}: he will text by 9pm every night to say where {{mix|she}} is.", profile("Jax Reid", "he/him")],
    // A pronoun said, or denied, to be the child's boyfriend or partner is that person.
    ["control: denied to be the child's boyfriend", "{{sc|Ella}} did not want to talk about Kai. She said he is not her boyfriend.", profile("Ella Ward", "she/her")],
    // An adult brought in with a sex ("an older male") is whom a pronoun of that sex can mean, not only a he/she opening a clause.
    ["control: an older male, then his name", "{{sc|Ella}} has been spending time with an older male. Mum does not know his name.", profile("Ella Ward", "she/her")],
    // What only a young child does is not a parent's.
    ["what only a young child does, after the mother reports", "{{sc|Oscar}} is unsettled. Mum says {{mix|she}} has wet the bed three times.", profile("Oscar Lane", "he/him")],
    ["control: the mother's own act of training the child", "{{sc|Oscar}} is unsettled. Mum says she has been toilet training him.", profile("Oscar Lane", "he/him")],
    // A he/she said to hold any adult role of the people stage's data is that adult.
    ["control: a pronoun said to be the child's form tutor", "{{sc|Tom}} attends Brookside Academy. She is his form tutor.", profile("Tom Hardy", "he/him")],
    ["control: a possessive owning a person, after a woman", "{{sc|Tom}}'s mother was not at home. {{sc|Tom}} was collected by her partner.", profile("Tom Hardy", "he/him")],
  ];
  it.each(cases)("%s", (_name, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

// The record gives the child's own account sentence after sentence ("She said…", "She told me…"): a he/she opening the next
// sentence to report in turn is not someone the child only spoke of after a preposition or later in one of those sentences.
describe("pronoun-mismatch: the child's account, reported in turn", () => {
  const cases: Array<[string, string, CaseProfile]> = [
    [
      "a he reporting after the child's two reports, a boy only after 'with'",
      "{{sc|Ava}} said she likes her new school. She told me she went swimming with Leo on Sunday. {{mix|He}} said {{mix|he}} wants to go again.",
      profile("Ava Lund", "she/her"),
    ],
    [
      "a she reporting after the child's two reports, a girl only later in the child's sentence",
      "{{sc|Tom}} said he was tired because his cousin, Mia, kept him up. He told me he missed the bus. {{mix|She}} said {{mix|she}} will try to sleep earlier.",
      profile("Tom Hardy", "he/him"),
    ],
    ["control: one report by the child", "{{sc|Ava}} told me she went swimming with Leo on Sunday. He said he wants to go again.", profile("Ava Lund", "she/her")],
    ["control: a he that does not report", "{{sc|Ava}} said she likes her new school. She told me she went swimming with Leo on Sunday. He wants to go again.", profile("Ava Lund", "she/her")],
    ["control: the boy reports in his own right", "{{sc|Ava}} said she likes her new school. Leo said he likes it too. He said he wants to go again.", profile("Ava Lund", "she/her")],
  ];
  it.each(cases)("%s", (_name, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

// Someone the record (or a speaker) speaks of without a name, and speech in the speaker's own frame (stop 36, issue 15 item 5).
describe("pronoun-mismatch: unnamed people, quoted speech and reports", () => {
  const cases: Array<[string, string, CaseProfile]> = [
    ["a baby after 'the'", "{{sc|Noel}} held the baby on his lap and said she was heavy.", profile("Noel Frost", "he/him")],
    ["a lodger after 'the'", "{{sc|Tia}} said the lodger is quiet and he stays in his room.", profile("Tia Frost", "she/her")],
    ["a pet after an owner", "{{sc|Ivy}} showed me her rabbit and said he likes carrots.", profile("Ivy Frost", "she/her")],
    ["control: an animal word naming a thing", "{{sc|Ivy}} loves horse riding and {{mix|he}} goes every Saturday.", profile("Ivy Frost", "she/her")],
    ["'the other child'", "{{sc|Mae}} was not hurt, but the other child was and he went home early.", profile("Mae Frost", "she/her")],
    ["a friend after 'with'", "{{sc|Ravi}} went to the park with his friend after school and she fell off the swing.", profile("Ravi Frost", "he/him")],
    ["a man after 'about', in a clause of reason", "{{sc|Ada}} did not tell anyone about the man in the car because he told her not to.", profile("Ada Frost", "she/her")],
    ["control: a result clause goes on about the main clause's subject", "{{sc|Ada}} has settled so well with Lorraine that {{mix|he}} wants to stay.", profile("Ada Frost", "she/her")],
    [
      "a quoted she reporting on the child by the child's own pronoun",
      'The carer said: "{{sc|Owen}} is doing better. She says he has not lost his temper once this week."',
      profile("Owen Frost", "he/him"),
    ],
    ["control: a quoted clause the child's name opens", 'The carer said: "{{sc|Ruth}} is doing better and {{mix|he}} is eating well."', profile("Ruth Frost", "she/her")],
    [
      "the speaker after the quote, after a wrong pronoun inside it",
      'Mrs Ahmed said: "{{sc|Seb}} has worked hard, {{mix|her}} writing is much neater." She will send his report home.',
      profile("Seb Frost", "he/him"),
    ],
    ["the child reporting by the child's own pronoun, which goes on", "{{sc|Cara}} was upset. She said he lied because she would not lend him money.", profile("Cara Frost", "she/her")],
    ["control: a reported clause that keeps the wrong pronouns", "{{sc|Cara}} was upset. She said {{mix|he}} wanted to go home to {{mix|his}} mum.", profile("Cara Frost", "she/her")],
  ];
  it.each(cases)("%s", (_name, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

// The child reporting on someone of the pronoun's gender who led the sentence before, and a pupil's "Miss"/"Sir" (stop 38, F11).
describe("pronoun-mismatch: whom the child reports on, and a teacher called Miss or Sir", () => {
  const cases: Array<[string, string, CaseProfile]> = [
    ["Mum leading the sentence before the child reports", "Mum came home at midnight. {{sc|Kian}} said she was drunk and shouting.", profile("Kian Hale", "he/him")],
    ["a stepdad leading the sentence before", "Her stepdad collected her from school. {{sc|Tess}} said he was in a bad mood all evening.", profile("Tess Hale", "she/her")],
    ["a man leading a clause of time in the sentence before", "Police attended after a man followed {{sc|Tess}} home. {{sc|Tess}} says he wore a grey hoodie.", profile("Tess Hale", "she/her")],
    ["a man the child disclosed about", "{{sc|Tess}} disclosed that a man approached her in the park. {{sc|Tess}} said he asked for her number.", profile("Tess Hale", "she/her")],
    ["a driver (either sex) leading the sentence before", "The driver did not stop. {{sc|Tess}} said he was on his phone the whole time.", profile("Tess Hale", "she/her")],
    ["control: a teacher only as an object in the sentence before", "{{sc|Kian}} met his new teacher today. {{sc|Kian}} said {{mix|she}} wants to sit at the front.", profile("Kian Hale", "he/him")],
    [
      "control: a quote naming the child and a right reflexive before the wrong possessive",
      'Mum said, "{{sc|Kian}} has not been himself, {{mix|her}} sleep is all over the place."',
      profile("Kian Hale", "he/him"),
    ],
    ["control: an answer to a question about the child", 'I asked Nan whether {{sc|Kian}} had settled. She said, "{{mix|She}} has, {{mix|she}} loves the new room."', profile("Kian Hale", "he/him")],
    ["control: an answer to the teacher asked about the child's progress", 'When I asked the class teacher about {{sc|Tess}}\'s progress, he said, "{{mix|His}} reading has taken off."', profile("Tess Hale", "she/her")],
    ["an answer about the mother the question named", 'I asked the carer whether {{sc|Kian}} had heard from Mum. She said, "She rang on Sunday."', profile("Kian Hale", "he/him")],
    ["an answer about the dad the question named", 'I asked Mum whether {{sc|Tess}} sees her dad. She said, "He has not been in touch."', profile("Tess Hale", "she/her")],
    ["a girl brought in by a cleft", "{{sc|Kian}} did not hit anyone. It was a girl in Year 9, and she has been excluded.", profile("Kian Hale", "he/him")],
    ["a man brought in by 'there was'", "There was a man at the door when {{sc|Tess}} got home; he left without giving his name.", profile("Tess Hale", "she/her")],
    ["control: a predicate describing the child", "{{sc|Tess}} is a lively girl. {{mix|He}} enjoys dancing.", profile("Tess Hale", "she/her")],
    [
      "a brother leading a sentence two back",
      "{{sc|Tess}} lives with Mum and her brother Kyle. Kyle is at college most days. {{sc|Tess}} shares a room with Mum. {{sc|Tess}} said he plays music late.",
      profile("Tess Hale", "she/her"),
    ],
    [
      "control: the man two back only as a he/she, the report child-bound",
      "Dad came to the review. He was calm. {{sc|Tess}} was quiet. {{sc|Tess}} said {{mix|he}} is in Year 8 now.",
      profile("Tess Hale", "she/her"),
    ],
    ["'Miss' in the child's quoted words", '{{sc|Kian}} said "Miss was shouting at me". He said she shouts at everyone.', profile("Kian Hale", "he/him")],
    ["'Sir' in the child's quoted words", '{{sc|Tess}} said "Sir kept me in at break". She said he was fair about it.', profile("Tess Hale", "she/her")],
    ["control: 'Miss' with a surname is the titled woman only", "Miss Cole came in. {{sc|Kian}} was tired and {{mix|she}} fell asleep in the lesson.", profile("Kian Hale", "he/him")],
    ["control: a woman set after a comma is no clause's subject", "{{sc|Kian}} sees his mother, Ms Rana Hale, on Saturdays. {{sc|Kian}} said {{mix|she}} scored two goals.", profile("Kian Hale", "he/him")],
  ];
  it.each(cases)("%s", (_name, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

describe("pronoun-mismatch: the child reports on whom a clause they reported just before was about (stop 40)", () => {
  const cases: Array<[string, string, CaseProfile]> = [
    ["a man named in a reported clause without 'that'", "{{sc|Ruby}} (9) said Marcus stays over most weekends. {{sc|Ruby}} said he brings pizza.", profile("Ruby Kane", "she/her")],
    ["a kin word leading a reported clause without 'that'", "{{sc|Leah}} (11) said her grandad has a new puppy. {{sc|Leah}} said he walks it before school.", profile("Leah Dorsey", "she/her")],
    ["control: with 'that', as before", "{{sc|Leah}} (11) said that her grandad has a new puppy. {{sc|Leah}} said he walks it before school.", profile("Leah Dorsey", "she/her")],
    ["control: the one reported on before is a woman", "{{sc|Ruby}} (9) said her mum works nights. {{sc|Ruby}} said {{mix|he}} makes toast on those days.", profile("Ruby Kane", "she/her")],
    ["control: a man after a preposition in the reported clause leads nothing", "{{sc|Ruby}} (9) said to Marcus that it was late. {{sc|Ruby}} said {{mix|he}} was tired.", profile("Ruby Kane", "she/her")],
  ];
  it.each(cases)("%s", (_name, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

describe("pronoun-mismatch: a relative someone has is someone in particular (stop 40)", () => {
  const cases: Array<[string, string, CaseProfile]> = [
    ["a brother brought in by 'has an older brother'", "{{sc|Isla}} (7) has an older brother. Mum said he has started at college.", profile("Isla Burke", "she/her")],
    ["a sister brought in by 'has a little sister'", "{{sc|Max}} (10) has a little sister. She started nursery in September.", profile("Max Ford", "he/him")],
    ["a baby boy someone had, then the child reports on him", "Mum had a baby boy last month. {{sc|Ellie}} (9) said he cries all night.", profile("Ellie Rowe", "she/her")],
    ["a cousin (of either sex) someone has, then the subject's aunt reports", "{{sc|Poppy}} (12) has a cousin living with them. Her aunt said he is 17.", profile("Poppy Shah", "she/her")],
    ["control: 'a baby brother' is a boy, not a baby of either sex", "{{sc|Max}} (6) has a baby brother. {{mix|She}} loves helping at bath time.", profile("Max Ford", "he/him")],
    ["control: a sister someone has is no 'he'", "{{sc|Zoe}} (8) has a stepsister at the same school. {{mix|He}} is in Year 3.", profile("Zoe Hart", "she/her")],
  ];
  it.each(cases)("%s", (_name, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

describe("pronoun-mismatch: whom the child told of (stop 40)", () => {
  const cases: Array<[string, string, CaseProfile]> = [
    ["a man the child told the worker about", "{{sc|Zara}} (11) told me about the man at the corner shop. She said she does not know his name but he gives her sweets.", profile("Zara Quinn", "she/her")],
    ["so when the child's name reports", "{{sc|Zara}} (11) told me about the man at the shop. {{sc|Zara}} said he gives her free sweets.", profile("Zara Quinn", "she/her")],
    ["control: the child told of a place, not a person", "{{sc|Zara}} (11) told me about her new school. She said {{mix|he}} is happy there.", profile("Zara Quinn", "she/her")],
  ];
  it.each(cases)("%s", (_name, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

describe("pronoun-mismatch: a he/she above the child's own name (Principle C, stop 40)", () => {
  const cases: Array<[string, string, CaseProfile]> = [
    ["a she reporting on the child by name", "{{sc|Max}} (4) was collected at noon. She said {{sc|Max}} had been sick twice.", profile("Max Kerr", "he/him")],
    ["a he who thinks something of the child by name, after 'and'", "{{sc|Nia}} (7) was at school. He told me that {{sc|Nia}} has nightmares and he thinks {{sc|Nia}} misses her nan.", profile("Nia Bello", "she/her")],
    ["the child's name as the object of the she's clause", "{{sc|Max}} (4) was playing. She said she loves {{sc|Max}} very much.", profile("Max Kerr", "he/him")],
    ["control: the name in a second clause joined by 'and'", "{{sc|Max}} (4) is at nursery. {{mix|She}} is happy there, and {{sc|Max}} is eating well.", profile("Max Kerr", "he/him")],
    ["control: the name only in the sentence before", "{{sc|Nia}} (7) was at school when I called. {{mix|He}} said {{mix|he}} likes {{mix|his}} new teacher.", profile("Nia Bello", "she/her")],
  ];
  it.each(cases)("%s", (_name, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

describe("pronoun-mismatch: one given a parent's title (stop 40)", () => {
  const cases: Array<[string, string, CaseProfile]> = [
    ["the one the child does not call Dad", "{{sc|Ava}} (10) lives with her mum and her mum's partner. {{sc|Ava}} said she does not call him Dad yet.", profile("Ava Price", "she/her")],
    ["control: being called names is the child's", "{{sc|Ava}} (10) was in the library. {{sc|Ava}} said nobody in her class calls {{mix|him}} names any more.", profile("Ava Price", "she/her")],
  ];
  it.each(cases)("%s", (_name, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

// pron50 (stop 45): the one asked answers, even when the answer's he/she fits the child; a he/she set against the child by
// "not … but" is someone else. Written before the change (invented; probes-37.txt).
describe("pronoun-mismatch: the one asked answers; not the child but someone else; the child's own professional quoted (stop 45)", () => {
  const cases: Array<[string, string, CaseProfile]> = [
    [
      "a carer asked in the same sentence answers after a semicolon; the quoted wrong pronoun is the child",
      'I asked the foster carer how {{sc|Mia}} had been this week; she said, "Much better. {{mix|He}} is sleeping through now."',
      profile("Mia Shah", "she/her"),
    ],
    ["control: the same answer with the child's own pronoun", 'I asked the foster carer how {{sc|Mia}} had been this week; she said, "Much better. She is sleeping through now."', profile("Mia Shah", "she/her")],
    ["a teacher asked by title and name", 'I asked Mrs Dean how {{sc|Amara}} was getting on in class; she said, "Really well. {{mix|His}} reading has come on."', profile("Amara Bello", "she/her")],
    ["set against the child's name", "The school said it was not {{sc|Leo}} but she who had started the argument.", profile("Leo Grant", "he/him")],
    ["set against the child's own object pronoun", "{{sc|Leo}} said it was not him but she who took the money from the tin.", profile("Leo Grant", "he/him")],
    ["the contrast opening a sentence", "{{sc|Leo}} was at the park with friends. Not {{sc|Leo}} but she was hurt when the rope swing broke.", profile("Leo Grant", "he/him")],
    ["control: a plain 'but' with no negation goes on about the child", "{{sc|Leo}} was tired after school but {{mix|she}} still wanted to go to football.", profile("Leo Grant", "he/him")],
    // A he/she with no clause subject to carry on, and nobody but the child near who fits, is the child; a girl named only in a
    // bracketed aside closed before the question is not whom its answer's she means.
    [
      "the child seen as an object, then her she; the other girl only in an aside",
      '{{sc|Nell}} was in the garden when I arrived. I met {{sc|Nell}} by the swing. She picked the cards for "swimming" and "Nana". (Priya, 11, is also placed there.) When I asked what worries {{mix|him}} most she tapped the card for school.',
      profile("Nell Ward", "she/her"),
    ],
    // Quoted words of the child's own professional (by the child's name or pronoun) opening with a he/she speak of the child.
    ["the child's own teacher, by her pronoun", '{{sc|Rosa}} has had a better half term. Her teacher said: "{{mix|He}} puts {{mix|his}} hand up in every lesson now."', profile("Rosa Byrne", "she/her")],
    ["the child's key person by name, named in apposition", '{{sc|Owen}}\'s key person, Mrs Hale, wrote, "{{mix|She}} settles quickly after drop-off."', profile("Owen Price", "he/him")],
    ["control: a boy named in the sentence before the quote", '{{sc|Rosa}} sits beside Kyle in class. Her teacher said: "He is very patient with the younger ones."', profile("Rosa Byrne", "she/her")],
    ["control: a parent's quote", '{{sc|Rosa}} was at home after school. Mum said: "He is working nights this month."', profile("Rosa Byrne", "she/her")],
    ["control: the quote names a girl first", '{{sc|Owen}}\'s key person, Mrs Hale, wrote, "Lily joined the room this week. She cried at drop-off."', profile("Owen Price", "he/him")],
    [
      "control: a woman seen with the child, and a boy named just before",
      'I met {{sc|Nell}} and her nan in the garden while her brother Jake kicked a ball about. She picked the cards for "swimming" and "Nana". When I asked what worries him most she tapped the card for school.',
      profile("Nell Ward", "she/her"),
    ],
  ];
  it.each(cases)("%s", (_name, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});
