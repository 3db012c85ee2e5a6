import { checkNextSteps } from "../../../src/engine/quality/next-steps";
import { AMIR, ctxFor } from "./context";

const run = (text: string) => checkNextSteps(ctxFor(text, AMIR));

describe("next steps", () => {
  const good: Array<[string, string]> = [
    ["Next steps\n1. Book the review meeting.", "Next steps"],
    ["Actions: SW to call school.", "Actions: SW to call school."],
    ["I will visit Amir again on 4 June.", "I will visit Amir again on 4 June."],
    ["Referral to be sent to CAMHS by 12/06/2025.", "Referral to be sent to CAMHS by 12/06/2025."],
    ["Please send me the minutes when you can.", "Please send me the minutes when you can."],
    ["The plan is for Amir to stay with his aunt.", "The plan is for Amir to stay with his aunt."],
    ["Priya will book the interpreter for the next meeting.", "Priya will book the interpreter for the next meeting."],
    ["2. Share the safety plan with school (me).", "Share the safety plan with school (me)."],
  ];
  test.each(good)("shows a next step: %s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });

  const weak: string[] = [
    // A meeting that is simply due, with no owner.
    "There is a review at school on 4 June.",
    // No owner and no date.
    "To be discussed at the next meeting.",
    // "Will" is a name here, and nothing is planned.
    "Dad said Will will be playing in the final on Saturday.",
    "Amir went to the park with Will and Callum.",
    "CHILD AND FAMILY ASSESSMENT (extract)\nAmir is six.",
    "He said, 'I will run away.'",
  ];
  test.each(weak)("does not show a next step: %s", (text) => {
    const r = run(text);
    expect(r.value).toBe(false);
    expect(r.message).toMatch(/who will do it and by when/);
  });
});

describe("next steps from structure (issue 12, F9)", () => {
  test.each([
    "Our request is that the court makes a supervision order.",
    "The local authority invites the court to make a care order.",
    "Decisions agreed\n– Social worker to visit the school today.",
    "The recommendation is that Amir stays with his nan.",
    "Next steps\n1. Book the review meeting.",
    // A decision or recommendation heading over a noun phrase naming what will happen.
    "Recommendation: a further assessment of Dad's parenting before any return home.",
    "Decision\nNo further action; the case closes this week.",
    // A conditional plan in the passive.
    "Should the school raise any further concern, a strategy discussion will be held the same day.",
  ])("a plan or next step: %s", (text) => {
    expect(run(text).value).toBe(true);
  });

  test.each([
    "Plan: CIN\n\nVisited the home. Amir was asleep.",
    "Next steps: to be agreed with manager.",
    "Recommendations\n- Consider respite.\n- Continue to monitor.",
    "Recommendation: the family may benefit from parenting support.",
    "We'll probably need to think about a move at some point.",
    "I went to see Amir to talk about the weekend, when he was missing until Sunday.",
  ])("not a plan with an owner or a time: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});
