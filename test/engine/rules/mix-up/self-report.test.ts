// A child who tells of themselves is not named again as the one told of: "Dora told me that Dora…" names the teller
// where the child told of was meant. Invented examples.
import type { CaseProfile } from "../../../../src/engine";
import { marked } from "./marked";

const max: CaseProfile = { subject: { name: "Max Reed", aliases: ["Max"], pronouns: "he/him" }, otherChildren: ["Dora Reed"] };

describe("a child named again as the one they tell of", () => {
  it("flags the second mention after a verb of telling", () => {
    const { got, want } = marked(
      "{{sc|Max}} (4) was playing with his train when his sister {{oc|Dora}} (7) came home from school.\n{{oc|Dora}} told me that {{mix|Dora}} \"bit me last week, but only because I took the train\".",
      max,
    );
    expect(got).toBe(want);
  });

  it("leaves alone a child telling of someone else, or named twice in one clause for another reason", () => {
    const { got, want } = marked(
      "{{sc|Max}} (4) was playing with his train when his sister {{oc|Dora}} (7) came home.\n{{oc|Dora}} told me that {{sc|Max}} bites when he is tired. {{oc|Dora}} and {{oc|Dora}}'s friend played outside.",
      max,
    );
    expect(got).toBe(want);
  });
});
