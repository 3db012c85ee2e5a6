import { checkParentViews } from "../../../src/engine/quality/parent-views";
import { AMIR, ctxFor, voicesFor } from "./context";

const run = (text: string) => {
  const ctx = ctxFor(text, AMIR);
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
  ];
  test.each(good)("shows the parents' views: %s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });

  const weak: string[] = [
    // A carer is not a parent.
    "The foster carer, Mrs Lee, said Amir is settled. Mrs Lee asked about respite.",
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
