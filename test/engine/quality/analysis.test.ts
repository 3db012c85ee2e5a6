import { checkAnalysis } from "../../../src/engine/quality/analysis";
import { AMIR, ctxFor } from "./context";

const run = (text: string) => checkAnalysis(ctxFor(text, AMIR));

describe("analysis", () => {
  const good: Array<[string, string]> = [
    ["Amir has moved three times this year. This means he has had no chance to settle.", "This means he has had no chance to settle."],
    ["In my assessment the risk to him is rising.", "In my assessment the risk to him is rising."],
    ["I am worried that Amir is missing school because he is caring for his mum.", "I am worried that Amir is missing school because he is caring for his mum."],
    ["The impact on Amir of the arguments at home is that he sleeps badly.", "The impact on Amir of the arguments at home is that he sleeps badly."],
    ["His anger should be understood as a response to losing his brother.", "His anger should be understood as a response to losing his brother."],
    ["The pattern of late-night calls strongly suggests that he is being exploited.", "The pattern of late-night calls strongly suggests that he is being exploited."],
    ["The school say he is defiant. His behaviour is likely to mean he is grieving for his grandad.", "His behaviour is likely to mean he is grieving for his grandad."],
    // Two weak signs together.
    ["I think he is lonely. As a result he spends evenings online.", "I think he is lonely."],
  ];
  test.each(good)("shows analysis: %s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });

  const weak: string[] = [
    // Description only.
    "Amir went to school on Monday. Police attended the home on Friday. The house was untidy.",
    // A worry with no reason.
    "I am worried. Amir was not at school again.",
    // A label is not an analysis.
    "These are recognised indicators of neglect. Amir needs to understand the consequences.",
    // One weak sign alone is not enough.
    "I think we should meet next week.",
    // Analysis words inside a quote are someone's words, not the worker's analysis.
    "Amir said, 'This means I can't see my friends.'",
    "Analysis\nAmir was seen on 3 May. He was wearing a coat.",
  ];
  test.each(weak)("does not show analysis: %s", (text) => {
    const r = run(text);
    expect(r.value).toBe(false);
    expect(r.message).toMatch(/what it means for Amir/);
  });
});
