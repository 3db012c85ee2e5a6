// Pasted names betrayed by what the record says of the named child, read from grammar: one child named twice in
// roles one child cannot hold at once, a child's own first-person words giving the other sex, a child who moved
// out said to stay at home, and a child away or asleep during a visit who then shows or tells the writer things.
// Invented examples.
import type { CaseProfile } from "../../../../src/engine";
import { analyse } from "../../../../src/engine";
import { parseAnnotated } from "../../../helpers/annotated";
import { marked } from "./marked";

const noah: CaseProfile = { subject: { name: "Noah Pike", aliases: ["Noah"], pronouns: "he/him" }, otherChildren: ["Poppy Pike"] };
const marcus: CaseProfile = { subject: { name: "Marcus Bell", aliases: ["Marcus"], pronouns: "he/him" }, otherChildren: ["Ava Bell"] };
const hazel: CaseProfile = { subject: { name: "Hazel Moss", aliases: ["Hazel"], pronouns: "she/her" }, otherChildren: ["Reece Moss"] };

/** The other-child findings on the plain text, as the words they cover. */
const others = (annotated: string, p: CaseProfile) => {
  const { plain } = parseAnnotated(annotated);
  return analyse(plain, p)
    .findings.filter((f) => f.category === "other-child")
    .map((f) => plain.slice(f.start, f.end));
};

describe("a name repeated in roles one child cannot hold at once", () => {
  it("flags the second of two mentions set against each other by while", () => {
    const text = "Poppy goes to her father's every other weekend. {{sc|Noah}} sees Poppy go every other Friday while {{mix|Poppy}} stays at home with Mum.";
    const { got, want } = marked(text, noah);
    expect(got).toBe(want);
    // The first mention stays another child: only the paste becomes a mix-up.
    expect(others(text, noah)).toEqual(["Poppy", "Poppy"]);
  });

  it("leaves a possessive second mention alone", () => {
    const { got, want } = marked("Poppy was at school while Poppy's mum spoke to me about {{sc|Noah}}.", noah);
    expect(got).toBe(want);
  });

  it("leaves two mentions in two sentences alone", () => {
    const { got, want } = marked("Poppy was at nursery. While Poppy was at nursery {{sc|Noah}} helped Mum bake.", noah);
    expect(got).toBe(want);
  });
});

describe("a child's own words giving them the other sex", () => {
  it("flags a girl who calls herself the big brother", () => {
    const { got, want } = marked('{{sc|Marcus}} is 12 and his sister Ava is 9. At the review {{mix|Ava}} told the IRO: "I\'m the big brother, I look after her."', marcus);
    expect(got).toBe(want);
  });

  it("flags the speaker named after the quote", () => {
    const grace: CaseProfile = { subject: { name: "Grace Hill", aliases: ["Grace"], pronouns: "she/her" }, otherChildren: ["Oliver Hill"] };
    const { got, want } = marked('"I\'m a big sister now," {{mix|Oliver}} said. {{sc|Grace}} held the baby.', grace);
    expect(got).toBe(want);
  });

  it("leaves alone words that fit the speaker, or speak of someone else", () => {
    const { got, want } = marked('Ava told the IRO: "I\'m the big sister, I look after {{sc|Marcus}}." {{sc|Marcus}} said: "I\'m the big brother really."', marcus);
    expect(got).toBe(want);
  });
});

describe("a child who moved out said to stay at home", () => {
  it("flags the later mention", () => {
    const { got, want } = marked(
      "Her brother Reece moved out in August, and {{sc|Hazel}} lost the sibling who did much of her care.\n\nI have considered whether {{mix|Reece}} could remain at home with support.",
      hazel,
    );
    expect(got).toBe(want);
  });

  it("leaves alone a return home, and a move out of a placement", () => {
    expect(marked("Reece moved out in August. Reece has asked whether he can return home at Christmas, and {{sc|Hazel}} would like that.", hazel).got).not.toContain("{{mix");
    expect(marked("Reece moved out of his foster placement in May and came back to Mum. Reece is to remain at home with {{sc|Hazel}}.", hazel).got).not.toContain("{{mix");
  });
});

describe("a child away or asleep who then meets the writer", () => {
  const max: CaseProfile = { subject: { name: "Max Reed", aliases: ["Max"], pronouns: "he/him" }, otherChildren: ["Lola Reed"] };

  it("flags the child said to be asleep who then tells the writer things", () => {
    const { got, want } = marked(
      "I arrived at 01:10. Lola was asleep on the sofa. {{sc|Max}} was awake and talked to me about what happened. {{mix|Lola}} told me he had not eaten since school.",
      max,
    );
    expect(got).toBe(want);
  });

  it("leaves alone a child who woke or came home, or was spoken to by phone", () => {
    expect(marked("Lola was asleep when I arrived. {{sc|Max}} showed me the kitchen. Later Lola woke up and told me she was hungry.", max).got).not.toContain("{{mix");
    expect(marked("Lola was at school when I arrived. {{sc|Max}} showed me his room. Lola came home at 3.15 and told me about her day.", max).got).not.toContain("{{mix");
    expect(marked("Lola was not at home. I spoke to Lola on the phone afterwards and she said she would be back for tea.", max).got).not.toContain("{{mix");
  });
});

describe("a child asking or thinking about themselves by their own name", () => {
  const jay: CaseProfile = { subject: { name: "Jay Moss", aliases: ["Jay"], pronouns: "he/him" }, otherChildren: ["Macy Moss"] };

  it("flags the second mention", () => {
    const asked = marked("Macy asked whether {{mix|Macy}} could stay up later like his friends. {{sc|Jay}} laughed.", jay);
    expect(asked.got).toBe(asked.want);
    const { got, want } = marked("Macy thinks that {{mix|Macy}} is being blamed for the window. {{sc|Jay}} was tearful.", jay);
    expect(got).toBe(want);
  });

  it("leaves alone asking about someone else, and a possessive", () => {
    expect(marked("Macy asked whether {{sc|Jay}} could come to her party. Macy thinks that Macy's teacher is kind.", jay).got).not.toContain("{{mix");
  });
});
