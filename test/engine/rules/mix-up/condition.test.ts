// Conditions: the care of a long-term condition (or the return home interview after going missing) is the child's who
// has it, so another child given it, when the record gives the condition only to the subject, is a paste. Invented examples.
import type { CaseProfile } from "../../../../src/engine";
import { marked } from "./marked";
import { mentionsCondition } from "../../../../src/engine/rules/mix-up/condition";
import conditionsData from "../../../../rules/mix-up/conditions.json";

const max: CaseProfile = { subject: { name: "Max Reed", aliases: ["Max"], pronouns: "he/him" } };

describe("condition care given to another child", () => {
  it("flags another child given the care of a condition the record gives only to the subject", () => {
    const { got, want } = marked(
      "{{sc|Max}} has asthma and lives with his sister {{oc|Dora}} (6).\n\nAt school {{mix|Dora}}'s inhaler was left in the classroom, so the nurse rang Mum.",
      { ...max, otherChildren: ["Dora Reed"] },
    );
    expect(got).toBe(want);
  });

  it("flags another child given the return home interview for the subject's missing episodes", () => {
    const { got, want } = marked(
      "{{sc|Max}} went missing twice in May. His sister {{oc|Dora}} (17) lives in Leeds.\n\n{{mix|Dora}} has a return home interview booked for Friday.",
      { ...max, otherChildren: ["Dora Reed"] },
    );
    expect(got).toBe(want);
  });

  it("leaves alone another child with the condition in the record's own words", () => {
    const { got, want } = marked(
      "{{sc|Max}} has asthma. His sister {{oc|Dora}} (6) has asthma too.\n\nAt school {{oc|Dora}}'s inhaler was left in the classroom, so the nurse rang Mum.",
      { ...max, otherChildren: ["Dora Reed"] },
    );
    expect(got).toBe(want);
  });
});

describe("mentionsCondition (the whole-text pre-check, its look-behind read after the match)", () => {
  // The expression it stands for: any condition's word with no letter or hyphen before it.
  const withLookBehind = (text: string) => {
    const data = conditionsData.conditions.map((c) => [...c.names, ...c.care]);
    return data.some((words) =>
      words.some((w) => new RegExp(`(?<![\\p{L}-])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")}(?![\\p{L}-])`, "iu").test(text)),
    );
  };
  it.each([
    "Max has asthma.",
    "ASTHMA review",
    "Asthma",
    "non-asthma",
    "xasthma and then asthma",
    "xasthma only",
    "asthmatic",
    "Max's inhaler",
    "Max’s Inhaler was lost",
    "his blood\nsugar was high",
    "his BLOOD  SUGAR",
    "bloodsugar",
    "𝐀asthma",
    "a\u00e9asthma",
    "",
    "nothing to see here",
    // (stop 49: tried only at runs of letters that open a condition word, folded as /iu folds)
    "Her peak  flow was low.",
    "re-asthma",
    "asthmatically",
    "The ſeizure plan is in the bag.",
    "Nut ALLERGY noted",
    "her EpiPen.",
    "he is deaf-blind",
    "Type 1\ndiabetes",
    "peak of the day, flow chart",
  ])("agrees with the look-behind expression on %j", (text) => {
    expect(mentionsCondition(text)).toBe(withLookBehind(text));
  });
});

describe("the conditions data", () => {
  // mentionsCondition tries a condition's words only where a run of letters opens, so every word must open with a letter.
  it("has every condition word (names and care) opening with a letter", () => {
    const words = conditionsData.conditions.flatMap((c) => [...c.names, ...c.care]);
    expect(words.filter((w) => !/^\p{L}/u.test(w))).toEqual([]);
  });
});
