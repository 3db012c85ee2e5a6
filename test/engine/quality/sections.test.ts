import { sectionsOf } from "../../../src/engine/quality/sections";
import { AMIR, ctxFor } from "./context";

const titles = (text: string) => sectionsOf(ctxFor(text, AMIR)).map((s) => s.headingText);

describe("sections: headings in their many numbered forms", () => {
  const forms: Array<[string, string]> = [
    ["5. Analysis\nAmir is safer now.", "Analysis"],
    ["4.2 Analysis\nAmir is safer now.", "Analysis"],
    ["4.2. Analysis\nAmir is safer now.", "Analysis"],
    ["2.3.1 Risk and protective factors\nAmir is safer now.", "Risk and protective factors"],
    ["B. Worries and strengths\nAmir is safer now.", "Worries and strengths"],
    ["c) Our view\nAmir is safer now.", "Our view"],
    ["(iv) Assessment of need\nAmir is safer now.", "Assessment of need"],
    ["Section 5: Analysis\nAmir is safer now.", "Analysis"],
    ["Part 3 – Social worker's view\nAmir is safer now.", "Social worker's view"],
    ["SECTION 7 - Recommendations\nAmir is safer now.", "Recommendations"],
    ["Question 4. What are the risks?\nAmir is safer now.", "What are the risks"],
  ];
  test.each(forms)("%j opens a section headed %j", (text, title) => {
    expect(titles(text)).toContain(title);
  });

  test("a numbered paragraph of prose is not a heading", () => {
    expect(titles("3.4 Mr Khan has attended all the meetings to which he was invited and says he wants to help.\n")).toEqual([]);
  });
});
