// A question the writer puts to no one named is put to the child the writer is with: the one who answers. A pronoun of
// the other gender as the question's object or owner ("asked what makes him cross, she pointed…") is the child's (stop
// 41). Invented examples, worded apart from test/fixtures/mixup-probes/probes-30.txt.
import type { CaseProfile } from "../../../../src/engine";
import { marked } from "./marked";

const profile = (name: string, pronouns: string): CaseProfile => ({ subject: { name, aliases: [name.split(" ")[0]], pronouns } });
const nell = profile("Nell Ward", "she/her");
const ravi = profile("Ravi Shah", "he/him");

describe("a question put to no one named", () => {
  it.each([
    ["answered by the child's own she", "I sat with {{sc|Nell}} at the kitchen table. When I asked what helps {{mix|him}} feel safe, she said her bedroom.", nell],
    ["answered by the child's own he after a semicolon", "I walked with {{sc|Ravi}} to the shop. I asked whether anything upsets {{mix|her}} at home; he said the shouting.", ravi],
    ["a bare 'Asked…' answered without a subject", "Seen {{sc|Ravi}} in his room. Asked what scares {{mix|her}} at night — said the dark.", ravi],
  ])("flags the question's pronoun: %s", (_, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it.each([
    ["the question put to someone named", "I sat with {{sc|Nell}}. When I asked Jonah what makes him cross, he said his sister."],
    ["the question about someone named in it", "I sat with {{sc|Nell}}. When I asked what Dad does when he is cross, she said he shouts."],
    ["answered by someone of the pronoun's gender", "I rang Mr Ward after seeing {{sc|Nell}}. When I asked what worries him most, he said money."],
  ])("leaves it alone: %s", (_, annotated) => {
    const { got, want } = marked(annotated, nell);
    expect(got).toBe(want);
  });
});
