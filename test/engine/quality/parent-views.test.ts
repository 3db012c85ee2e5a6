import { checkParentViews } from "../../../src/engine/quality/parent-views";
import { AMIR, ctxFor, voicesFor } from "./context";
import type { CaseProfile } from "../../../src/engine/types";

const run = (text: string, profile: CaseProfile = AMIR) => {
  const ctx = ctxFor(text, profile);
  return checkParentViews(ctx, voicesFor(ctx));
};

describe("parents' views", () => {
  const good: Array<[string, string]> = [
    ["Mum told me she is worried about the school move.", "Mum told me she is worried about the school move."],
    // Engagement counts too, even when it is not attending.
    ["Mr Khan did not attend the core group on Tuesday.", "Mr Khan did not attend the core group on Tuesday."],
    ["Amir lives with his father, Mr Jon Reyes. Mr Reyes said he wants more contact.", "Mr Reyes said he wants more contact."],
    ["I phoned his mother afterwards. She said she supports the plan.", "She said she supports the plan."],
    ["Parents' views\nBoth agreed with the safety plan.", "Parents' views"],
    ["Ms Khan accepts that the house was cold and says she has now paid the bill.", "Ms Khan accepts that the house was cold and says she has now paid the bill."],
    // Parents known from a header field, a fronted reporter, a relative sharing the family name (F8).
    ["Mother: Sadia Khan\nFather: Imran Khan\n\nSadia told me she wants Amir to stay at his school.", "Sadia told me she wants Amir to stay at his school."],
    ["Through her solicitor, Mrs Khan opposes the move to a new carer.", "Through her solicitor, Mrs Khan opposes the move to a new carer."],
    ["Amir's aunt, Ms Noor Khan, has offered to help.\n\nMrs Khan accepts that Amir cannot come home yet.", "Mrs Khan accepts that Amir cannot come home yet."],
    ["His father is Mr Tariq Khan. Mr Khan wants weekly phone calls.", "Mr Khan wants weekly phone calls."],
    ["4. The parents' views\n\nThey both hope Amir will come home.", "The parents' views"],
    // A parent introduced by name and role in a header, then called by title and family name.
    ["Applicant: Omar Haddad (father)\nRespondent: Lena Brook (mother)\n\nMr Haddad asks for more weekend time.", "Mr Haddad asks for more weekend time."],
    // A worker who could not reach a parent at all: engagement, as Ruling 3 counts an unanswered call.
    ["I have been unable to contact Amir's mother since the strategy meeting.", "I have been unable to contact Amir's mother since the strategy meeting."],
    // A summary written to a parent with no greeting, its title naming them: "you" is the parent.
    [
      "Assessment summary for Ms Khan\n\nAmir Khan, 8\n\nYou told me you have been finding the nights hard since Amir's dad left.",
      "You told me you have been finding the nights hard since Amir's dad left.",
    ],
  ];
  test.each(good)("shows the parents' views: %s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });

  const weak: string[] = [
    // A carer is not a parent.
    "The foster carer, Mrs Lee, said Amir is settled. Mrs Lee asked about respite.",
    // A failed contact with a professional.
    "I was unable to contact the school about Amir's attendance before they closed.",
    // The same summary written to a professional, or to an adult of another family name.
    "Summary for Dr Patel\n\nAmir Khan, 8\n\nYou asked me whether Amir's weight had been checked. You said you would see him at the surgery.",
    "Summary for Ms Jones\n\nAmir Khan, 8\n\nYou told me the school has a place for him from May.",
    // Two people of that family name introduced, or a title that does not fit: no one is meant.
    "Carer: Paul Brook (uncle)\nSam Brook (father)\n\nMr Brook asked about respite.",
    // Named as someone's father in running text, not a party list: the title alone does not make him the parent.
    "Sister Mia born. Father Dai Rees, Mum's partner.\nMr Rees said to have left.",
    "Applicant: Omar Haddad (father)\n\nMrs Haddad asked about respite.",
    // Another child's parent.
    "Tom's mother rang to complain about the fight in the playground.",
    "I have not been able to speak to his mother yet.",
    // A grandparent.
    "Nan said she will collect him on Friday.",
    // Passive: the parent did not speak.
    "Mum was told about the incident at pick-up.",
    "Amir spoke about his mum and dad.",
    // A reduced passive: the school described Dad (F14).
    "Dad described as distant by the school.",
  ];
  test.each(weak)("does not show the parents' views: %s", (text) => {
    const r = run(text);
    expect(r.value).toBe(false);
    expect(r.message).toMatch(/parents' views were not found/);
  });
});

describe("parents' views relayed with a noun, and a parent named through the child (issue 12, F8)", () => {
  test.each([
    [
      "His father is Mr Tariq Malik. The uncle has told us that the family support Mr Malik's wish for Amir to come home.",
      "The uncle has told us that the family support Mr Malik's wish for Amir to come home.",
    ],
    ["Mum's view is that the new school is too far away.", "Mum's view is that the new school is too far away."],
    // Engagement in any form (FORMAT.md Ruling 3).
    ["Dad did not turn up to the review and has not returned my calls.", "Dad did not turn up to the review and has not returned my calls."],
    // "Amir's mother" is a person a later "she" can refer to, though the phrase opens with a possessive.
    ["Amir's mother came to the review. She said she feels shut out of decisions.", "She said she feels shut out of decisions."],
  ])("a parent's view: %s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });

  test.each(["Mum's views were not sought before the move.", "Amir's wish is to stay at his school."])("not a parent's view: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("parents' positions in judgments, reviews and minutes (issue 12)", () => {
  const shown: Array<[string, string]> = [
    // Relayed by a representative, then a pronoun.
    ["Amir's mother was not at court. Her barrister confirmed that she resists the plan for adoption.", "Her barrister confirmed that she resists the plan for adoption."],
    ["Counsel for the father indicated that he no longer disputes the medical evidence.", "Counsel for the father indicated that he no longer disputes the medical evidence."],
    ["The mother, through her advocate, said she would like fortnightly family time.", "The mother, through her advocate, said she would like fortnightly family time."],
    ["On behalf of the father, Mr Osei submitted that a further assessment is needed.", "On behalf of the father, Mr Osei submitted that a further assessment is needed."],
    ["It was submitted on behalf of the mother that the bruising had an innocent cause.", "It was submitted on behalf of the mother that the bruising had an innocent cause."],
    ["The father's solicitors wrote that he will not take part in the assessment.", "The father's solicitors wrote that he will not take part in the assessment."],
    // A party's case stated with a noun.
    ["7. The mother's case is that the injury happened at nursery.", "The mother's case is that the injury happened at nursery."],
    ["It is the father's evidence that he was at work that evening.", "It is the father's evidence that he was at work that evening."],
    ["Ms Khan's position is that Amir should return home by the summer.", "Ms Khan's position is that Amir should return home by the summer."],
    // Base forms and the verbs of a party's case.
    ["The parents do not oppose a supervision order.", "The parents do not oppose a supervision order."],
    ["The mother does not accept the threshold findings.", "The mother does not accept the threshold findings."],
    ["His father maintains that he never left Amir alone.", "His father maintains that he never left Amir alone."],
    ["Mum was clear she does not want another change of school.", "Mum was clear she does not want another change of school."],
    // Minutes: initials of a parent once introduced, and a labelled line of a parent's position.
    [
      "Present: Sara Patel (Mum) SP, Leon Gray (social worker) LG\nSP said she needs help getting Amir to school.\nLG said the plan is on track.",
      "SP said she needs help getting Amir to school.",
    ],
    ["Attendees: Jo Dean (mother, M)\nM said the evenings are the hardest.", "M said the evenings are the hardest."],
    ["Amir is settled.\nFather (by phone): not happy with the contact times, would prefer Sundays.", "Father (by phone): not happy with the contact times, would prefer Sundays."],
  ];
  test.each(shown)("a parent's position: %s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });

  test.each([
    "The guardian's solicitor said she supports the final care plan.",
    "The children's guardian, through her solicitor, supports the care plan.",
    "Counsel for the local authority submitted that the threshold is crossed.",
    "It is submitted on behalf of the local authority that the plan is proportionate.",
    "The school's case is that Amir needs a specialist place.",
    "The mother's case was listed for Tuesday.",
    "Present: Sara Patel (SW) SP, Leon Gray (school) LG\nSP said the plan works.\nLG said Amir is fine.",
    "Mother: Carla Price\nFather: Dean Price",
  ])("not a parent's position: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("a record about several children: another family's item is not this child's (issue 12)", () => {
  const roundUp = (other: string) =>
    `From: Leon Gray\nTo: Duty team\nSubject: Round-up\n\nHi all,\n\nAmir Khan: seen at school on Monday, no change to the plan.\n\n${other}\n\nThanks, Leon`;

  test("a parent in another child's item does not count", () => {
    expect(run(roundUp("Maya Finch: mum rang this morning, she wants Saturday contact. Dad did not attend the review.")).value).toBe(false);
    expect(run(roundUp("2. Maya Finch\nMum agrees with the plan.")).value).toBe(false);
  });

  test("a parent in the child's own item still counts", () => {
    const text = "Subject: Round-up\n\n1. Amir Khan\nHis mum rang to say she supports the plan.\n\n2. Maya Finch\nMum did not attend.";
    expect(run(text).evidence.map((e) => e.text)).toEqual(["His mum rang to say she supports the plan."]);
  });

  test("a brother's or sister's section shares the parents", () => {
    const text = "Amir Khan\nSeen at home, settled.\n\nSana Khan\nMum said she is worried about Sana's sleep.";
    expect(run(text).value).toBe(true);
  });
});

describe("a relative clause's speaker is its antecedent (issue 12, probes)", () => {
  test("the parent named before 'who said' gives the view", () => {
    const text = "I rang Amir's father, Mr Hamid Khan, who said the bruise came from a fall at football.";
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(text);
  });

  test("a professional named before 'who said' does not", () => {
    expect(run("I rang the school nurse, who said Amir had been weighed on Monday.").value).toBe(false);
  });
});

describe("relatives and representatives (issue 12, probes)", () => {
  const LILY_RECORD = { subject: { name: "Lily Moran", aliases: ["Lily"], pronouns: "she/her" } };
  const runFor = (text: string) => {
    const ctx = ctxFor(text, LILY_RECORD);
    return checkParentViews(ctx, voicesFor(ctx));
  };

  test("a titled grandmother of the child's family name is not taken for a parent", () => {
    const text = "I met Lily's grandmother, Mrs Edna Moran, at her flat. Mrs Moran said she would like help with the bus fares.";
    expect(runFor(text).value).toBe(false);
  });

  test("a parent of the family name is still found when a grandmother has another first name", () => {
    const text = "Lily's grandmother, Mrs Edna Moran, was present. Ms Chloe Moran told me she wants Lily home by Easter.";
    expect(runFor(text).value).toBe(true);
  });

  test("a lawyer reporting what their client accepts gives the parent's position", () => {
    const text = "Mr Webb, the father's solicitor, told the panel that his client accepts the findings.";
    const r = runFor(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(text);
    const named = "Ms Okoye told the meeting that her client opposes the move.";
    expect(runFor(named).value).toBe(true);
  });
});

describe("an advocate named without a role word speaks for the party named beside them (quality6 probes)", () => {
  test.each([
    "18. Ms Grant, who appears for the mother, argued that the progress in rehab had been overlooked.",
    "Mr Lee, appearing on behalf of the father, submitted that the father should have more time with Amir.",
  ])("%s", (text) => {
    const ctx = ctxFor(text, AMIR, "court-report");
    expect(checkParentViews(ctx, voicesFor(ctx)).value).toBe(true);
  });

  test("an advocate for the local authority does not give a parent's view", () => {
    const ctx = ctxFor("Ms Grant, who appears for the local authority, argued that the threshold is met.", AMIR, "court-report");
    expect(checkParentViews(ctx, voicesFor(ctx)).value).toBe(false);
  });
});

describe("letters a judgment gives the parents (quality6 probes)", () => {
  test.each([
    "1. Her mother is referred to as M and her father as F.\n2. F does not accept the findings.",
    "1. The mother ('M') and the father ('F') both took part.\n2. M accepts that the threshold is met.",
  ])("%s", (text) => {
    const ctx = ctxFor(text, AMIR, "court-report");
    expect(checkParentViews(ctx, voicesFor(ctx)).value).toBe(true);
  });

  test("a letter with no parent introduced is nobody's", () => {
    const ctx = ctxFor("1. The school is referred to as S.\n2. S accepts that the report was late.", AMIR, "court-report");
    expect(checkParentViews(ctx, voicesFor(ctx)).value).toBe(false);
  });
});

describe("a parent's stance as a copula and an adjective, and co-operation (quality6)", () => {
  test.each([
    "The father is neutral on the application.",
    "The parents were keen for Amir to return to his old school.",
    "Both parents have co-operated fully with the assessment.",
  ])("%s", (text) => {
    expect(run(`Amir is 6. ${text}`).value).toBe(true);
  });

  test("a professional's or the child's feeling is not a parent's view", () => {
    expect(run("The teacher was unhappy with his homework. Amir was happy to see me.").value).toBe(false);
  });
});

test.each(["Dad expressed his frustration with the delays.", "Mother voiced her concerns about the school.", "The mother was asked about the bruise and gave no explanation."])(
  "a parent expressing or accounting counts: %s",
  (text) => {
    expect(run(`Amir is 6. ${text}`).value).toBe(true);
  },
);

describe("parents' views: parents named in more ways (issue 12, stop 22)", () => {
  test.each([
    // The parents of the child's birth, then named by first name alone.
    "14/05/2014 | Amir born at St Luke's to Nadia Farooq (then 20) and Paul Grey.\n03/2016 | Nadia tells the health visitor she feels alone.",
    // "Your birth mummy is called …" in a letter for the child's later life.
    "Dear Amir,\nYour birth mummy is called Rosa. I met Rosa many times. She told me she wanted you to have her ring.",
    // A key to the people of a review.
    "Key to people: Adult K = Amir's mother; Adult L = Adult K's brother.\n\n06/2023 | GP | Adult K tells GP she feels low.",
    // Not turning up, in a base form after a negation.
    "Contact at the family centre. Mum did not arrive and the worker waited forty minutes.",
    // A letter to a parent by first name, her full name in the address block.
    "Ms Sadia Khan\n4 Hill Road\n\nDear Sadia,\n\nThank you for seeing me. You told me you want help with bedtimes.",
  ])("found: %#", (text) => {
    expect(run(text).value).toBe(true);
  });

  test.each([
    // Someone else's birth; a plan that a parent will come; another family's key entry.
    "Amir's cousin was born to Nadia Farooq. Nadia tells the school the cousin is doing well.",
    "Mum will come to the next review.",
    "Key: Adult P = Child D's father.\nAdult P tells GP he feels low.",
  ])("not found: %#", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("parents named later by title, a parent's labelled words, pointers and raised passives (issue 12, stop 23)", () => {
  const runFor = (text: string, profile = AMIR) => {
    const ctx = ctxFor(text, profile);
    return checkParentViews(ctx, voicesFor(ctx));
  };
  test("a parent introduced by role and full name is the parent when called by title and family name", () => {
    const text = "I spoke to his father Dariusz Nowak on the phone.\n\nMr Nowak said he blames the older boys and wants Amir home by six.";
    expect(runFor(text).evidence.map((e) => e.text)).toContain("Mr Nowak said he blames the older boys and wants Amir home by six.");
  });
  test("a parent's own words after their name on a labelled line", () => {
    const text = 'Family present: Rosa Diaz (mother)\n\nWHAT THE ADULTS SAY\nRosa: "I know mornings went wrong. I\'m getting him there now."';
    expect(runFor(text).value).toBe(true);
  });
  test.each(["The parents' views are set out in the parenting assessment and are not repeated here.", "Mum's account is recorded separately in the police statement."])(
    "a pointer to where the views are given is not the views: %s",
    (text) => {
      expect(runFor(text).value).toBe(false);
    },
  );
  test("a parent reported by others to have done something is not speaking", () => {
    expect(runFor("Amir's father is Mr Tariq Khan.\n\nReview meeting. Mr Khan reported to have moved out. Mr Khan said to be working away.").value).toBe(false);
  });
});

test("a pronoun continues the chain of the same pronoun across a named object (issue 12, stop 23)", () => {
  const profile = { subject: { name: "Lily Moran", aliases: ["Lily"], pronouns: "she/her" } };
  const text =
    'Lily asked me not to say it came from her. I said I would keep her safe when I speak to Mum, and I would tell her first what I will say. She said, "Okay, but tell me first."';
  const ctx = ctxFor(text, profile);
  expect(checkParentViews(ctx, voicesFor(ctx)).value).toBe(false);
});

describe("parents' views in more of the forms other writers use (stop 24)", () => {
  test.each([
    // Stances and responses.
    "Mum turned down the offer of a family group conference.",
    "I spoke with Amir's father by phone; he is against the move to foster care.",
    "Both parents were in favour of the school transfer.",
    "Dad welcomed the plan but is unsure about the timescales.",
    // Taking part, in other words.
    "Mother was present throughout and contributed to the plan.",
    "Mum messaged me after the meeting to say thank you.",
    // Headings in their other forms, the pronoun under them going on about the parents.
    "Review\nWhat Mum and Dad think\nThey feel the school overreacted and want the plan to end.",
    "Review\nThe family's perspective\nThey believe the school overreacted.",
    "Assessment\nViews of the parents: not happy with the delay.",
    // A relayed noun of view, and a parent's own words quoted straight after them.
    "Dad's reaction to the news was to leave the room.",
    'In her own words, Mum "just wants a break".',
    "Dad: \"He's my son and I'm not giving up.\"",
  ])("found: %#", (text) => {
    expect(run(text).value).toBe(true);
  });

  test.each([
    // The parent as the object of someone else's words, or in the child's words.
    'Amir wrote that sharing his parents "is mostly fine".',
    'The school told Mum "he cannot come back until Monday".',
    // Facts about the parents, not their views.
    "Amir's mother works nights at the hospital. His father lives in Leeds.",
    "The parents' views are set out in the parenting assessment.",
  ])("not found: %#", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("a grown-up of the child's family name (issue 12)", () => {
  const TEO: CaseProfile = { subject: { name: "Teo Marsh", aliases: ["Teo"], pronouns: "he/him" }, adults: ["Carla Marsh", "Ross Marsh"] };
  const KAI: CaseProfile = { subject: { name: "Kai Brandt-Oduya", aliases: ["Kai"], pronouns: "he/him" }, adults: ["Grace Oduya"] };
  test("named in full without a title, an adult of the family name is a parent", () => {
    expect(run("Mother\nCarla Marsh told the officers she wanted Teo home by the weekend.", TEO).value).toBe(true);
  });
  test("a titled parent carries one half of a double-barrelled name", () => {
    expect(run("Ms Oduya said she would rather be rung at night than find out in the morning.", KAI).value).toBe(true);
  });
  test("a cousin of the family name is not a parent", () => {
    expect(run("His cousin Ross Marsh (24) has asked to visit at Easter.", TEO).value).toBe(false);
  });
});

describe("a parent's engagement as a noun (Ruling 3, stop 27)", () => {
  test.each([
    "Your father showed little commitment to contact, and so few of his letters are on file.",
    "Mum's attendance at contact has been poor since March.",
    "The father's engagement with the plan was good until the summer.",
    "Dad has shown real interest in the parenting course.",
  ])("engagement: %s", (text) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(text);
  });

  test.each([
    // Another child's parent, and a word of engagement that is not about a parent.
    "Lacey's father showed little commitment to contact.",
    "Amir's attendance at school has been good this term.",
    "The police are looking into Dad's involvement in the assault.",
  ])("not the parents' engagement: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("a parent called by the first name alone (issue 12, stop 28)", () => {
  test("a grown-up named in full with the child's family name is a parent by the first name too", () => {
    const r = run("Adult referred: Magdalena Khan (39)\n\nWhat has happened\nMagdalena says she will not go back to the flat.");
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain("Magdalena says she will not go back to the flat.");
  });

  test("not one introduced in another role", () => {
    expect(run("Amir's aunt, Ewa Khan (39), came to the meeting room.\n\nEwa says she will not go back to the flat.").value).toBe(false);
  });
});

describe("a parent's stance and what they would not do are their engagement (Ruling 3, stop 28)", () => {
  test.each([
    "Mum has been engaging well with the parenting course.",
    "Mum is in agreement with the plan.",
    "Dad was unable to attend the meeting on Tuesday.",
    "Dad would not discuss the incident.",
    "Dad would not open the door when I called.",
  ])("engagement: %s", (text) => {
    const r = run(`I visited Amir at home. ${text}`);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(text);
  });

  test.each([
    // Not a parent; an adjective of the child; a parent's ability, not their part in the work.
    "The foster carer would not open the door.",
    "Amir is an engaging boy.",
    "Dad would not be able to cope with three children.",
  ])("not the parents' engagement: %s", (text) => {
    expect(run(`I visited Amir at home. ${text}`).value).toBe(false);
  });
});

describe("a parent named with the role after a dash or after the name (stop 28)", () => {
  test.each([
    "Mother – Leah Ahmadi\nFather – Sam Ahmadi\n\nI visited Amir at home. Leah said the flat is cold.",
    "I visited Amir at home. Leah is Amir's mother. Leah said the flat is cold.",
  ])("%s", (text) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain("Leah said the flat is cold.");
  });

  test.each([
    // Another child's mother, another role, a carer on a dashed line.
    "I visited Amir at home. Leah is Jade's mother. Leah said the flat is cold.",
    "I visited Amir at home. Leah is Amir's teacher. Leah said the flat is cold.",
    "Foster carer – Leah Smith\n\nI visited Amir at home. Leah said the flat is cold.",
  ])("not a parent: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("a parent's wish relayed by another adult (stop 29)", () => {
  test("a carer's report of what the mother wants is the mother's wish", () => {
    expect(run("I visited Amir at his carer's flat. Mrs Okafor said Amir's mother wants him to study medicine.").value).toBe(true);
  });
  test("another adult's report of how a parent seems stays theirs", () => {
    expect(run("I visited Amir at school. His teacher said his mother seems tired.").value).toBe(false);
  });
});

describe("a parent's engagement and decisions in a judgment's words (published text)", () => {
  test.each([
    // Invented sentences in the register of a published judgment.
    [
      "I accept that the mother loves Amir. She has been committed to attending family time despite the long journey.",
      "She has been committed to attending family time despite the long journey.",
    ],
    ["The father decided not to challenge the local authority's plan.", "The father decided not to challenge the local authority's plan."],
    ["Mr Khan chose not to contest the application.", "Mr Khan chose not to contest the application."],
  ])("%s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });
});

describe("a name in apposition to a parent who is an object (stop 30)", () => {
  test.each([
    "Amir's sister Freya (16) moved to live with their father, Mr Ian Lockwood, in Harrogate in August and attends the sixth-form college.",
    "He has a half-brother, aged 9, who lives with his father Gavin Fenwick in Saltby and attends Dene Bank Primary.",
  ])("the verb after 'and' is not the parent's: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
  test("a parent named before their verb still speaks", () => {
    expect(run("Amir lives with his mother. His father, Mr Ian Khan, said he wants Amir to stay at his school.").value).toBe(true);
    expect(run("When asked by the worker, Mum said she wants Amir home.").value).toBe(true);
  });
});

describe("a passive submission with its principal fronted (quality40, probe p183)", () => {
  test.each([
    "1. Amir is 4.\n\n2. On behalf of the mother it is submitted that Amir should return to her care.",
    "On behalf of the father it is said that he was at work that night.",
  ])("the parent's position: %s", (text) => {
    expect(run(text).value).toBe(true);
  });
  test.each(["On behalf of the school it is submitted that Amir's place should be kept.", "It is submitted that Amir should return home."])("not a parent's: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("the worker's calls to a parent that went unanswered (quality43, probe p219; Ruling 3)", () => {
  test.each([
    "Attempts to contact family.\n\nRang Mum at 10am and 2pm, no answer. Checked with school: Amir was in today.",
    "I tried to call his father twice this week but the phone went straight to voicemail.",
    "Case note. No reply from his mother to the letter of 3 May.",
  ])("engagement: %s", (text) => {
    expect(run(text).value).toBe(true);
  });
  test.each(["Rang Mum's partner at 10am, no answer. Checked with school: Amir was in today.", "Rang the school at 10am, no answer. Amir was seen at lunch."])(
    "not the parent: %s",
    (text) => {
      expect(run(text).value).toBe(false);
    },
  );
});

describe("the worker met or spoke with a parent: engagement (quality46, probe p290)", () => {
  test.each([
    "Met Ms Khan at the family centre. She brought the housing letter.",
    "I spoke to Mum on the phone about the dentist.",
    "We had a meeting with both parents at the school.",
  ])("engagement: %s", (text) => {
    expect(run(text).value).toBe(true);
  });
  test.each([
    // Not a parent: another adult, or a titled name that is not the child's family name.
    "Met the headteacher at school. Amir's attendance is 91%.",
    "I spoke to Ms Reed, the school nurse, about his inhaler.",
    // The parent named as someone's, not met.
    "Met the social worker for Mum's partner's children.",
  ])("no parent met: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("a parent's labelled line with their name in apposition (stop 44, quality49)", () => {
  test.each([
    ["Family time\nMother, Ms Sadia Khan: attended 5 of 6 sessions; cancelled once by text.", "attended 5 of 6 sessions; cancelled once by text."],
    ["Positions\nFather, Imran Khan: wants Amir home by the summer.", "wants Amir home by the summer."],
  ])("shows the parents' views: %s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text).join(" ")).toContain(sentence);
  });
  test.each([
    // A header field: the parent's name and details, no view or engagement.
    "Household\nMother, Ms Sadia Khan: 34, works nights at the hospital.",
    // Someone else in apposition to a role that is not a parent.
    "Carers\nFoster carer, Mrs Lee: wants a respite weekend in May.",
  ])("does not show the parents' views: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

// Stop 50 (kind50): the worker or the home's staff reaching a parent by phone, text or email is the parent's engagement,
// as an unanswered call is (Ruling 3), the parent named by role or as the child's own ("Amir's mother").
describe("the worker or staff reached a parent by phone: engagement (stop 50)", () => {
  test.each([
    "Amir had not come back by ten. At 22:15 staff rang Amir's mother, who had not heard from him and gave us his cousin's address.",
    "Officers phoned his father at 23:00 to let him know Amir had been found.",
    "Texted Mum to confirm Thursday's review.",
  ])("engagement: %s", (text) => {
    expect(run(text).value).toBe(true);
  });
  test.each([
    // Not contacted, or the child phoning, or someone else's parent.
    "We have not contacted the parents yet; the manager will decide tomorrow.",
    "Staff rang Jordan's mother to ask whether Amir was at her house.",
    "Amir was upset after school. He went to his room and played music until tea.",
  ])("no parent reached: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

// Stop 50 (kind50): "argued" is a party's case when it states one ("the mother argued that…", "argued for a return home");
// parents who argued with each other, a lot, or about money quarrelled, which says nothing of their views of the child's
// care (a life-story letter's "Mum and Dad argued a lot").
describe("parents who quarrelled did not give a view (stop 50)", () => {
  test.each(["When you were a baby, your mum and dad argued a lot and the police came to the flat.", "Mum and Dad argued with each other about money most nights."])(
    "no view: %s",
    (text) => {
      expect(run(text).value).toBe(false);
    },
  );
  test.each(["At the hearing the mother argued that Amir should come home.", "Dad argued for more time with Amir at weekends."])("a view: %s", (text) => {
    expect(run(text).value).toBe(true);
  });
});

describe("a relative who is the child's carer or a party stands in a parent's place (stop 50, quality50b)", () => {
  test.each([
    [
      "Amir has lived with his grandmother since he was two. The grandmother's own view is that he should stay at his school.",
      "The grandmother's own view is that he should stay at his school.",
    ],
    [
      "This is an application by the paternal aunt for a special guardianship order. The aunt said she can keep Amir at his school.",
      "The aunt said she can keep Amir at his school.",
    ],
  ])("counts the carer relative's view: %s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });
  test.each([
    // A relative who is only mentioned, not the child's carer or a party.
    "Amir's grandmother lives in Leeds and sends cards at Christmas. The grandmother's view is that he should change school.",
    "Amir lives with his mother. Amir's uncle visited at the weekend and the uncle said the house was tidy.",
  ])("not a parent figure's view: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("a parent's engagement as someone recorded it (stop 50, quality50b; Ruling 3)", () => {
  test.each([
    ["The health visitor recorded Amir's mother as disengaged after two missed contacts.", "The health visitor recorded Amir's mother as disengaged after two missed contacts."],
    ["The nursery described the father as cooperative at every handover.", "The nursery described the father as cooperative at every handover."],
  ])("counts engagement as recorded: %s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });
  test.each(["The health visitor recorded Amir as withdrawn at the check.", "The file described the neighbour as uncooperative about the fence."])(
    "not a parent's engagement: %s",
    (text) => {
      expect(run(text).value).toBe(false);
    },
  );
});
