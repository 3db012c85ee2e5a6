import { checkChildVoice } from "../../../src/engine/quality/child-voice";
import { AMIR, LILY, ROBIN, ctxFor, voicesFor } from "./context";
import type { CaseProfile } from "../../../src/engine/types";

const run = (text: string, profile: CaseProfile = AMIR) => {
  const ctx = ctxFor(text, profile);
  return checkChildVoice(ctx, voicesFor(ctx));
};

describe("child's voice", () => {
  // [text, profile, evidence sentence expected]
  const good: Array<[string, CaseProfile, string]> = [
    ["Amir told me he wants to stay with his aunt.", AMIR, "Amir told me he wants to stay with his aunt."],
    ["We talked in the car. Amir said, 'I miss my dog.'", AMIR, "Amir said, 'I miss my dog.'"],
    ["I met Amir at school. He said the new class is better.", AMIR, "He said the new class is better."],
    ["Lily is eight months old. She smiled at her grandmother and reached for the rattle.", LILY, "She smiled at her grandmother and reached for the rattle."],
    ["During family time I saw Lily feed well and settle in her father's arms.", LILY, "During family time I saw Lily feed well and settle in her father's arms."],
    ["Robin was quiet at first. They said they would rather meet at the library next time.", ROBIN, "They said they would rather meet at the library next time."],
    [
      "When I asked Amir about the fight, he explained that the older boys had taken his bag.",
      AMIR,
      "When I asked Amir about the fight, he explained that the older boys had taken his bag.",
    ],
    ["Amir is clear that he does not want to move schools.", AMIR, "Amir is clear that he does not want to move schools."],
    // The child's account relayed with a noun, past a parenthesis naming who wrote it down.
    [
      'The school says he is settled. Amir\'s own words, recorded by his teacher, were: "I want to stay with Nan."',
      AMIR,
      'Amir\'s own words, recorded by his teacher, were: "I want to stay with Nan."',
    ],
    // A capitalised opener is not a person; a gender-matching name beats "the teacher" (issue 12, F10).
    ["Amir was sent home early on Monday. Later he told the teacher his arm hurt.", AMIR, "Later he told the teacher his arm hurt."],
    ["Lily went to the nurse with the teacher. She said her tummy hurt.", LILY, "She said her tummy hurt."],
    // A child who does not use words: what she did, joined by "and" after a clause about the worker.
    [
      "Lily does not use words. She pulled away when I mentioned bath time and smiled when her carer sang.",
      LILY,
      "She pulled away when I mentioned bath time and smiled when her carer sang.",
    ],
    // How the child looked or seemed, seen by the worker: a feeling state after a verb of appearing.
    [
      "Lily looked uncomfortable when the television was turned up and moved closer to me.",
      LILY,
      "Lily looked uncomfortable when the television was turned up and moved closer to me.",
    ],
    ["Lily is eight months old. She seemed curious about my lanyard.", LILY, "She seemed curious about my lanyard."],
    // "The child", "the young person": the subject, in a record that names no other child.
    ["Duty call. The child said to me that she did not want to go back to the flat tonight.", LILY, "The child said to me that she did not want to go back to the flat tonight."],
    ["The young person told the guardian that he wants to stay where he is.", AMIR, "The young person told the guardian that he wants to stay where he is."],
    // A record written to the child with no greeting: the child named in the title lines only, "you" in the body.
    [
      "Visit to Amir Khan, 14 October\n\nI came to see you at your aunt's house. You showed me the den in the garden, and you were laughing when the roof fell in. You told me you like your new teacher.",
      AMIR,
      "You told me you like your new teacher.",
    ],
  ];
  test.each(good)("shows the child's voice: %s", (text, profile, sentence) => {
    const r = run(text, profile);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
    expect(r.message).toMatch(/own words/);
  });

  const weak: Array<[string, CaseProfile]> = [
    // An adult's words about the child are not the child's voice.
    // An adult's demeanour is not the child's; "the child" is not the subject where another child is named.
    ["The foster carer looked tired and seemed anxious about the review. Amir was at school.", AMIR],
    ["Amir was at his gran's. His brother Leon, aged 6, was at home. The child said he was hungry.", AMIR],
    // A summary written to a parent without a greeting names the child in its body: "you" is the parent.
    [
      "Summary for Ms Khan\n\nYou told me you have been finding the nights hard since Amir's dad left. You said you would like help with Amir's sleep. You were open with me about how tired you feel.",
      AMIR,
    ],
    ["Mum said Amir was 'fine' and sleeping well.", AMIR],
    ["The foster carer said Amir was upset after contact.", AMIR],
    // A refusal to talk is recorded, but it is not the child's words.
    ["Amir did not want to talk to me and stayed in his room.", AMIR],
    // Another child's words.
    ["Amir's sister Bella told me she likes her new school.", AMIR],
    // A plan to hear the child is not the child's voice.
    ["At the next visit I will record what Amir says about school.", AMIR],
    ["The statement needs Amir's wishes and feelings in his own words.", AMIR],
    // A round-up of several children with no words from any of them.
    ["Updates:\nAmir Khan – review on 3 May, no change.\nBella Jones – moved school.", AMIR],
    // Adults' reports in other shapes: a plural present report verb, "is clear that" (F10).
    ["Teachers report that Amir is withdrawn at lunchtime.", AMIR],
    ["His grandmother is sure that Amir would rather live with her.", AMIR],
    // A pronoun that belongs to an adult.
    ["Mum rang on Monday. She said the new flat is damp.", LILY],
    // The writer not having seen the child is no observation of them.
    ["I have not seen Amir myself since April, when he had a chest infection.", AMIR],
    ["", AMIR],
  ];
  test.each(weak)("does not show the child's voice: %s", (text, profile) => {
    const r = run(text, profile);
    expect(r.value).toBe(false);
    expect(r.evidence).toEqual([]);
    expect(r.message).toMatch(/add what/i);
  });
});

describe("the child's voice in letters, relayed accounts, shorthand and observation (issue 12, F10)", () => {
  const ELLIS: CaseProfile = { subject: { name: "Ellis Marsh", aliases: ["Ellis"], pronouns: "he/him" } };
  const good: Array<[string, CaseProfile, string]> = [
    // A letter written to the child: "you" is the child.
    ["Dear Amir,\n\nThanks for the chat in the park. You told me that you miss your cousins.\n\nFrom Sue", AMIR, "You told me that you miss your cousins."],
    [
      "Hello Lily\n\nWhen I came to your school you said you would rather walk home with Grandad.\n\nSue",
      LILY,
      "When I came to your school you said you would rather walk home with Grandad.",
    ],
    // Relayed with a noun or a phrase.
    ["According to Lily, the dog next door barks all night.", LILY, "According to Lily, the dog next door barks all night."],
    ["Amir's view is that he is too old for a babysitter.", AMIR, "Amir's view is that he is too old for a babysitter."],
    ["In Robin's own words, 'the flat feels like ours now'.", ROBIN, "In Robin's own words, 'the flat feels like ours now'."],
    // The name in capitals, a curly apostrophe and a full name (the names' pattern is compiled only where a shape follows one).
    ["According to LILY , the dog next door barks all night.", LILY, "According to LILY , the dog next door barks all night."],
    ["Amir Khan’s first words at the meeting were about his bike.", AMIR, "Amir Khan’s first words at the meeting were about his bike."],
    // Running notes where the child's name is written in lower case.
    // (the sentence splitter keeps a shorthand line whole when the next word is in lower case)
    ["09/02 hv. ellis said he likes the new cot. m tired.", ELLIS, "09/02 hv. ellis said he likes the new cot. m tired."],
    // A baby observed, in the passive and in plain description.
    ["Ellis is four months old. He was observed to be feeding well from his bottle.", ELLIS, "He was observed to be feeding well from his bottle."],
    ["Lily is nine weeks old. She made good eye contact with me and quietened when her carer sang.", LILY, "She made good eye contact with me and quietened when her carer sang."],
    // A field naming the child's wishes; a feeling shown; a "she" with nobody else it could be.
    ["Lily's wishes: to have her own room at Dad's.", LILY, "Lily's wishes: to have her own room at Dad's."],
    ["Amir became upset when we talked about moving.", AMIR, "Amir became upset when we talked about moving."],
    ["Seen alone.\nShe told me: 'I don't like the dark.'", LILY, "She told me: 'I don't like the dark.'"],
    // A subject pronoun is never an object, even after a word that can open a noun phrase ("about school he said").
    ["Amir was quiet. When I asked about school he said it was boring.", AMIR, "When I asked about school he said it was boring."],
  ];
  test.each(good)("shows the child's voice: %s", (text, profile, sentence) => {
    const r = run(text, profile);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });

  const weak: Array<[string, CaseProfile]> = [
    // A letter to a parent: "you" is the parent.
    ["Dear Mrs Moran,\n\nYou told me that you want Lily home by Easter.\n\nSue", LILY],
    // Offers and conditions in a letter to the child are not the child's words.
    ["Dear Amir,\n\nIf you want to talk, you can ring me. Whenever you feel worried, tell your nan.\n\nSue", AMIR],
    // Someone else's account, or the child's views not recorded.
    ["According to Lily's teacher, she is quieter after weekends.", LILY],
    ["Amir's views were not sought before the move.", AMIR],
    // The child's words inside an adult's report are second-hand.
    ["Grandad told me Amir said he wants to live with him.", AMIR],
    // A child's name that is also an ordinary word is not read as the child when it is not used as a name.
    ["Visit in the autumn half term. Mum said the flat is cold.", { subject: { name: "Autumn Reed", aliases: ["Autumn"], pronouns: "she/her" } }],
  ];
  test.each(weak)("does not show the child's voice: %s", (text, profile) => {
    expect(run(text, profile).value).toBe(false);
  });
});

describe("the child's voice in shorthand, relayed by an advocate or reviewing officer (issue 12)", () => {
  test.each([
    ["09/03 visit\nobs: AK giggling, reaching for the carer's keys.", "obs: AK giggling, reaching for the carer's keys."],
    ["Obs - Amir settling on the carer's lap, pointing at the dog.", "Obs - Amir settling on the carer's lap, pointing at the dog."],
    ["Review of arrangements\nHis advocate told the panel that Amir wants to stay at his school.", "His advocate told the panel that Amir wants to stay at his school."],
    ["Amir's views, as relayed by the IRO, are that he wants more time with his cousins.", "Amir's views, as relayed by the IRO, are that he wants more time with his cousins."],
    ["Review\nAmir (via his advocate): wants to keep his bedroom and see his nan more.", "Amir (via his advocate): wants to keep his bedroom and see his nan more."],
    ["AK said he likes the new football club.", "AK said he likes the new football club."],
  ])("the child's voice: %s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });

  test.each([
    // Another person's initials, introduced as such, are not the child's.
    "Present: Anna Kerr (teacher) AK\nAK said the class is noisy.",
    "His sister's advocate said she wants to stay with her aunt.",
    "Amir's teacher says he is playing up in class.",
  ])("not the child's voice: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("the child's wishes relayed by someone whose role is to carry them (issue 12)", () => {
  test.each([
    "The IRO told the review that Amir wants to stay with his carers.",
    "The children's guardian reports that Amir would like to live with his aunt.",
    "The advocate said Amir wants a say in where he lives.",
  ])("the child's voice: %s", (text) => {
    expect(run(text).value).toBe(true);
  });

  test.each([
    // A carer's or a parent's account of the child is theirs, not the child's voice.
    "His carer reports that Amir is tearful after calls.",
    "His father is clear that Amir would rather stay.",
    // Outside a court record a guardian may be a special guardian, a carer.
    "His guardian says Amir wants a new bike.",
  ])("not the child's voice: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("direct speech after a verb the lists do not hold (issue 12, probes)", () => {
  test.each([
    ['When I knocked, he yelled "Leave me alone, I am busy".', 'When I knocked, he yelled "Leave me alone, I am busy".'],
    ['Amir muttered: "I never get a turn on the computer."', 'Amir muttered: "I never get a turn on the computer."'],
  ])("is the child's voice: %s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });

  test("is not the child's voice when someone else speaks", () => {
    expect(run('His uncle grumbled "kids these days" and left the room.').value).toBe(false);
  });
});

describe("a running note that drops the writer (quality6 probes)", () => {
  test("'Saw Lily at nursery' names Lily, so the 'she' after it is Lily", () => {
    const r = run('Case note 12/06\n\nSaw Lily at nursery this morning. She was in the sand tray. She showed me a shell and said "mine".', LILY);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain('She showed me a shell and said "mine".');
  });

  test("a capitalised verb before a name nobody knows does not make the speaker the child", () => {
    const r = run("Case note 12/06\n\nMet Rowan at the gate. She said the bus was late.", LILY);
    expect(r.value).toBe(false);
  });
});

describe("the child's account in the words of reports and judgments (quality6)", () => {
  test.each([
    "Amir reported that he had not eaten since yesterday.",
    "Amir made a disclosure to his teacher.",
    "Amir was adamant he would not go back.",
    "Amir was keen to show me his new trainers.",
  ])("%s", (text) => {
    expect(run(`Amir is 6. ${text}`).value).toBe(true);
  });

  test.each(["Amir was reported missing on Friday.", "The school reported that Amir was late."])("not the child's account: %s", (text) => {
    expect(run(`Amir is 6. ${text}`).value).toBe(false);
  });
});

describe("the child's voice named as such, or communicated without speech (quality6)", () => {
  test.each([
    'Amir is 6. Amir\'s voice: "I want to go home."',
    "Amir is 6. Amir communicated through his tablet that he was hungry.",
    'Amir is 6. Amir put it in his own words: "Dad is nice when he is not cross."',
  ])("%s", (text) => {
    expect(run(text).value).toBe(true);
  });

  test("a voice said to be unheard is not the child's voice", () => {
    expect(run("Amir is 6. Amir's voice was not heard in the assessment.").value).toBe(false);
  });
});

describe("child's voice: who is speaking, read more widely (issue 12, stop 22)", () => {
  const BANKS: CaseProfile = { subject: { name: "Jaden Okoro", aliases: ["Jaden"], pronouns: "he/him" } };
  test.each([
    // A contracted pronoun ("He's") is the pronoun, so the next "he" goes on about the child.
    [AMIR, "Amir has a referral order. He's been turning up every week. When I saw him on Friday he said he is scared of the older boys."],
    // A youth justice record calls the young person by family name alone; his mother is titled.
    [BANKS, "Okoro attended with his mother, Ms Ruth Okoro. Okoro wrote to the shop owner. He said he is sorry and does not want to go back there."],
    // A verb after a subordinate clause goes on with the main clause's subject.
    [LILY, "Lily is two. Her carer’s evidence is that she lights up when her gran visits, runs to the window when the car pulls up, and settles on her lap."],
    // "I have seen" the child do something: the writer's observation of a baby.
    [LILY, "Lily is five months old. At family time I have seen Lily reach for her father and quieten when he sings."],
    // A summary addressed to the child in a greeting that runs on into the first sentence.
    [AMIR, "Dear Amir, this summary goes with the copies of your file.\nIn 2014 you wrote in your review booklet that you wanted a dog."],
  ])("found: %#", (profile, text) => {
    expect(run(text, profile).value).toBe(true);
  });

  test.each([
    // The gran visits; nothing the child did.
    [LILY, "When her gran visits, she brings biscuits and sits with Mum."],
    // "Seen" in the passive, or with no action after it.
    [AMIR, "Amir was seen by the GP on Tuesday. I have seen Amir twice this month."],
  ])("not found: %#", (profile, text) => {
    expect(run(text, profile).value).toBe(false);
  });
});

test("a parent titled by the child's family name at the start of a sentence stays the parent", () => {
  const profile: CaseProfile = { subject: { name: "Leo Marsh", aliases: ["Leo"], pronouns: "he/him" } };
  expect(run("Leo's mother, Ms Dawn Marsh, rang. Ms Marsh said she understood that.", profile).value).toBe(false);
});

describe("the child's words after a colon in their own sentence (issue 12, stop 23)", () => {
  const runFor = (text: string) => {
    const ctx = ctxFor(text, AMIR);
    return checkChildVoice(ctx, voicesFor(ctx));
  };
  test("a sentence whose subject is the child introduces their words with a colon", () => {
    expect(runFor('Amir filled in the review form on his own: "I like it here but the bus is too early."').value).toBe(true);
  });
  test("someone else's sentence, or the child's possession, does not", () => {
    expect(runFor('Amir\'s teacher completed the form: "Settled, works hard."').value).toBe(false);
    expect(runFor('The school filled in the form about Amir: "Settled, works hard."').value).toBe(false);
  });
});

describe("a pronoun is not given to a named person of the other gender (people stage, stop 24)", () => {
  // The carer or parent is named without a title or a role word; the people stage knows the name's gender, so
  // the "he" (or "she") after the object pronoun goes on about the child, not about the named adult.
  test.each([
    [AMIR, "Amir is four months old. Priya feeds him well and talks to him during feeds, he watches her face and smiles."],
    [LILY, "Lily is nine months old. Tom baths her every night and sings to her, she reaches for him and laughs."],
    [AMIR, "Amir was weighed on Monday. Hannah held him on her lap at the clinic and he babbled at the nurse."],
  ])("found: %#", (profile, text) => {
    const r = run(text, profile);
    expect(r.value).toBe(true);
  });

  test("the named adult of the pronoun's gender is still the one who smiles", () => {
    expect(run("Amir is four months old. Priya visited on Sunday; she smiled and waved at the staff.", AMIR).value).toBe(false);
  });
});

describe("a young child's voice in a letter written to them, and their first words and favourite things (stop 24)", () => {
  test.each([
    // What "you" were seen to do: the same observations as "Amir reached for…", addressed to the child.
    [AMIR, "Dear Amir,\n\nWhen you first met Sam and Rita you hid your face, and then you reached for Rita's necklace."],
    [LILY, "Dear Lily,\n\nAt the park you always ran straight to the big slide. Nana says you laughed all the way down."],
    // The child's first words and favourite things, in the second person or with their name.
    [LILY, 'Dear Lily,\n\nYour very first word was "duck", at the pond by the library.'],
    [AMIR, "To Amir\nYour favourite thing at nursery was the sand tray."],
    [AMIR, 'Amir is 18 months old and lives with his grandparents. Amir\'s favourite toy is a red bus, and his first words were "bus" and "Nana".'],
  ])("found: %#", (profile, text) => {
    expect(run(text, profile).value).toBe(true);
  });

  test.each([
    // Addressed to someone else: "you" is the parent, not the child.
    [AMIR, "Dear Ms Khan,\n\nAt the meeting you smiled when Amir's school report was read."],
    // A conditional or an offer is not something the child did.
    [LILY, "Dear Lily,\n\nIf you smiled at the judge she would not mind. Mum's favourite colour is blue."],
  ])("not found: %#", (profile, text) => {
    expect(run(text, profile).value).toBe(false);
  });
});

describe("the child's voice in the words of direct work and habit (stop 24)", () => {
  test.each([
    "Amir scored his worry at 8 out of 10 on the scale.",
    "Amir rated it 2 out of 10 for how safe he feels at Dad's.",
    "Amir's drawing showed his family with Dad outside the house.",
    "Amir kept asking when he could go home.",
    "Amir was quiet at first but opened up about school.",
    'Amir\'s reaction was: "Good, I never liked that flat."',
  ])("found: %s", (text) => {
    expect(run(text).value).toBe(true);
  });
  test.each(["Amir's scores in the reading test were low.", "Amir scored a goal for the school team and then went home."])("not found: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("a child whose name is also a word (issue 12)", () => {
  const JUNE: CaseProfile = { subject: { name: "June Pollard", aliases: ["June"], pronouns: "she/her" } };
  const WILL: CaseProfile = { subject: { name: "Will Archer", aliases: ["Will"], pronouns: "he/him" } };
  test.each([
    ["At the contact centre June asked whether her dog was being fed.", JUNE],
    ["June told me she wants to keep her bedroom. She said, 'It's the only quiet place.'", JUNE],
    ["On the drive back Will said he liked the new school.", WILL],
  ])("the name is the child, not a month or a modal: %s", (text, profile) => {
    expect(run(text, profile).value).toBe(true);
  });
  test("a date is not the child", () => {
    expect(run("The review was held in June. Dad said it went well.", JUNE).value).toBe(false);
  });
});

describe("a section headed as the child's own say (issue 12, set 8)", () => {
  test.each([
    'Age\nKian is 15 by his own account.\n\nWhat Amir says\nThrough the interpreter he told me: "I want to learn English first."',
    "Amir's views\nHe said he would rather stay at the same school, even if it means a long bus ride.",
    'In his own words\n"I just want to be at home with my brother."',
    // A section on the child's experience in a review or an assessment, with what was seen of them (stop 27).
    '3. The child\'s experience\nAmir could not speak for himself. A nursery nurse describes a baby who was "very still, watching everyone".',
    'What life is like for Amir\nHis teacher writes that he "lights up at story time".',
    // Every shape of the heading in capitals (the name-built pattern is tried after a cheap word gate).
    'VOICE OF THE CHILD\nHis teacher writes that he "lights up at story time".',
    "WHAT AMIR WOULD LIKE\nHe said he would rather stay at the same school.",
  ])("the body's speech is the child's: %#", (text) => {
    expect(run(text).value).toBe(true);
  });
  test("a heading about someone else's say is not the child's", () => {
    expect(run("Kian's views\nHe said he would rather stay at the same school.").value).toBe(false);
    expect(run("The child's experience\nNo information was recorded about Amir's daily life.").value).toBe(false);
  });
});

// Issue 12 item 1: the child described rather than named ("a settled little girl who told…").
describe("the child as an indefinite description", () => {
  test.each([
    ["Lily is four. The guardian's report describes a settled, talkative little girl who told the guardian that she wanted to stay.", LILY],
    ["Amir has been at the unit since May. Staff see a quiet boy who told them he misses his dad.", AMIR],
    ["Amir is now nine. At school I met a bright, chatty child who says he wants to be a vet.", AMIR],
    ["14. Lily was placed with her aunt in June. The social worker found a confident girl who said she likes her new school.", LILY],
  ])("a description of the subject speaks for them: %s", (text, profile) => {
    expect(run(text, profile).value).toBe(true);
  });

  test.each([
    // Nobody named before it, another child named in the paragraph, or a child of the other gender.
    ["A boy who lives next door told me he saw a car outside.", AMIR],
    ["Amir's brother Leo is six. Staff describe a lively boy who said he wants a dog.", AMIR],
    ["Amir was at school. The teacher described a girl in his class who said she wants to move.", AMIR],
  ])("is not the subject otherwise: %s", (text, profile) => {
    expect(run(text, profile).value).toBe(false);
  });
});

describe("a child who does not use words, in what they do", () => {
  test.each([
    "Amir (non-verbal, autistic) flapped his hands and hummed when his mum came in.",
    "Obs: Amir rocking and humming in the corner while the adults talked.",
    "Amir took my hand and led me to the fridge when he wanted a drink.",
  ])("is the child's voice: %s", (text) => {
    expect(run(text).value).toBe(true);
  });

  test("someone else's rocking is not the child's voice", () => {
    expect(run("Amir was asleep upstairs. His mum rocked the baby and hummed a song.").value).toBe(false);
  });
});

describe("child's voice: the message when none is found", () => {
  it("speaks of the child in the child's own pronouns", () => {
    const lily = run("Lily's health visitor called to rearrange the review.", LILY);
    expect(lily.value).toBe(false);
    expect(lily.message).toBe(
      "Nothing Lily said, wished or felt was found: add what Lily said or showed you, in her own words where you can, or what you saw of her if she does not use words.",
    );
    const amir = run("The housing officer confirmed the repairs.", AMIR);
    expect(amir.message).toContain("in his own words where you can, or what you saw of him if he does not use words.");
    const robin = run("The housing officer confirmed the repairs.", ROBIN);
    expect(robin.message).toContain("in their own words where you can, or what you saw of them if they do not use words.");
  });
});

describe("the child's words in a participle clause after what they did (published case studies)", () => {
  // Invented sentences in the register of a published practice example.
  test.each([
    "Amir is 14. He has refused to meet his new social worker, saying 'she'll only leave in a few months'.",
    "Amir is 14. He refused to go back to the unit, saying he did not feel safe there.",
  ])("%s", (text) => {
    expect(run(text).value).toBe(true);
  });

  test.each(["Amir is 14. His mother rang, saying he was ill.", "Amir is 14. The teacher phoned, saying Amir was late."])("someone else's words: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("the child's voice named as missing (stop 30)", () => {
  test.each(["The absence of Amir's voice is the central finding.", "There was no record of Amir's views were asked."])("not voice: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
  test("the child's view given is still voice", () => {
    expect(run("Amir's view is that he is too old for a babysitter.").value).toBe(true);
  });
});

describe("the child's quoted words after a shared subject, and 'In my own words' (quality43, probes p210, p225)", () => {
  test("a carer relays the child's own words, quoted, the child the subject of both verbs", () => {
    expect(run('Call from the carer. She said Amir came home from contact and told her, "I don\'t want to go next week."').value).toBe(true);
  });
  test.each([
    // Someone else is the subject of the saying.
    'Call from the carer. She said Amir came home and his mum told him, "You are not going back."',
    'Call from the carer. She said Amir came home and Mrs Pryce told him, "Bed by eight."',
    // No quotation: the carer's report, set aside as before.
    "Call from the carer. She said Amir came home from contact and told her he did not want to go.",
  ])("not the child's voice: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
  test("the young person's own field in a form", () => {
    expect(run("Pathway plan review\n\nEducation: Amir starts college this month.\n\nIn my own words: I want my own flat near college.\n").value).toBe(true);
    expect(run("Pathway plan review\n\nEducation: Amir starts college this month.\n\nIn my own words: \n").value).toBe(false);
  });
});

describe("a labelled line of the child's views in notes (quality43, probe p244)", () => {
  test("the child's views through an advocate, in shorthand", () => {
    expect(run("CLA review notes\n\nHealth: seen in March.\nAmir's views (via his advocate): happy where he is, wants more time with his sister.\n").value).toBe(true);
  });
  test.each(["CLA review notes\n\nAmir's views (via his advocate): not gathered this time.\n", "CLA review notes\n\nKian's views: wants more time with his sister.\n"])(
    "not the child's voice: %s",
    (text) => {
      expect(run(text).value).toBe(false);
    },
  );
});

describe("a score the child gives a place, their life or a question (quality47, probes p320-p321)", () => {
  test.each(["Amir rated home a 4 and school a 9.", "On the scale Amir scored school at 9."])("found: %s", (text) => {
    expect(run(text).value).toBe(true);
  });
  test.each(["Amir's reading was scored at the level of a seven-year-old.", "His teacher rated his attendance as a concern."])("not found: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("a professional named by a role the people stage knows, before the pronoun (quality48, stop 42 leftover)", () => {
  // The role words the people stage knows ("health visitor", "play therapist", "key person", "psychologist") name a
  // person the next sentence's "she" can mean: what she told the writer is the professional's account, not the child's.
  test.each([
    "Call from the health visitor. She told me she had seen Lily at the clinic and her weight was fine.",
    "Message left by the play therapist. She said she had met Lily twice and would write up her notes.",
    "The psychologist rang back. She told me she had seen Lily on Friday.",
    "Spoke with the key person at nursery. She said Lily had a quiet morning.",
    "Call from the counsellor. She explained that the sessions would move to Tuesdays.",
  ])("not the child's voice: %s", (text) => {
    expect(run(text, LILY).value).toBe(false);
  });
  test.each([
    "Call from the health visitor about a missed check. Later I saw Lily at home. She told me she likes her new bike.",
    "The play therapist sat in. Lily said she wanted to draw her house.",
    "I visited with the health visitor, who weighed Lily. Lily smiled at me and said hello.",
  ])("still the child's voice: %s", (text) => {
    expect(run(text, LILY).value).toBe(true);
  });
});

describe("someone who came upon or saw the child found them in a state: observed experience (stop 50, quality50b)", () => {
  test.each([
    ["At seven the night carer found Amir drowsy and confused in his room.", "At seven the night carer found Amir drowsy and confused in his room."],
    ["When officers arrived they saw Amir frightened on the landing.", "When officers arrived they saw Amir frightened on the landing."],
    ["The practice nurse noticed Amir very tearful after the injection.", "The practice nurse noticed Amir very tearful after the injection."],
  ])("counts the child's state as found: %s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });
  test.each([
    // An adult's own state, a thing found, a finding about the child that is no state of theirs.
    "Staff found Amir's mother drowsy on the sofa when they called.",
    "The carer found Amir's phone under the mattress.",
    "The panel found Amir eligible for the bursary.",
    "Staff found the carer drowsy in the lounge; Amir was at school.",
  ])("not the child's observed state: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});
