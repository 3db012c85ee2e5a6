// A he/she seen from the speaker's side (stop 43, pron48): a parent or relative who answers a question only about the
// child, or reports, with an unnamed he or she of the other sex is as often speaking of a partner or the child's other
// parent; a question that makes the child its clause's subject, the child named earlier in the sentence, or a reporter
// who is not family still points at the child. And a clause joined by "and" to a reported clause the child's name
// leads goes on about the child, past a reporter of unknown sex. Invented examples, worded apart from
// test/fixtures/mixup-probes/probes-33.txt and probes-34.txt.
import type { CaseProfile } from "../../../../src/engine";
import { marked } from "./marked";

const profile = (name: string, pronouns: string): CaseProfile => ({ subject: { name, aliases: [name.split(" ")[0]], pronouns } });
const nia = profile("Nia Ward", "she/her");
const kit = profile("Kit Moss", "he/him");

describe("a he/she from the speaker's side", () => {
  it.each([
    ["a question about how the child has been, answered by a speaker of the other sex", 'I asked the foster carer how {{sc|Nia}} had been this week. He said, "{{mix|He}} has been eating well and napping."', nia],
    ["the child named before the reporter in the sentence", '{{sc|Kit}} is calmer at bedtime and Dad says {{mix|she}} now reads before lights out.', kit],
    ["a reporter who is not family", '{{sc|Nia}} came to the clinic. The nurse, Ms Day, reported that {{mix|he}} has grown two centimetres.', nia],
    ["a joined clause after a reported clause the child leads, past a reporter of unknown sex", 'The tutor said {{sc|Kit}} is reading more and {{mix|her}} spelling has improved.', kit],
    ["a question answered by a speaker of the pronoun's own sex", 'I asked Gran about {{sc|Kit}}. She said: "{{mix|She}} has been off school with a cold."', kit],
  ])("flags it: %s", (_, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it.each([
    ["a mother's answer about an unnamed man after a question about the child", 'I asked Mum about {{sc|Nia}} on the phone. She said: "He came round drunk and he would not go."', nia],
    ["a father's answer about an unnamed woman", 'I asked Dad about {{sc|Kit}}\'s weekend. He said: "She kept him up late again."', kit],
    ["a mother reports on an unnamed man", '{{sc|Nia}} was tired today. Mum said he had been shouting in the street at midnight.', nia],
    ["the mother's she reports on an unnamed man", 'I rang Mum about {{sc|Nia}}. Mum sounded low; she told me he has moved out.', nia],
    ["a grandfather does not know whether an unnamed woman will come", '{{sc|Kit}} needs collecting on Friday. Grandad did not know whether she would be back by then.', kit],
    ["the reporter's own clause after an owner of the child's name", 'The tutor said {{sc|Kit}}\'s work is good and she has no worries.', kit],
  ])("leaves it alone: %s", (_, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

// A role set off by commas beside a name of known sex is that person, of that sex (referents.ts, appositiveGenders).
describe("a role in apposition with a name", () => {
  it.each([
    ["the name after the role", '{{sc|Kit}} was weighed today. The health visitor, Mr Amis, noted that {{mix|she}} has put on weight.', kit],
    ["the name before the role", '{{sc|Nia}} was weighed today. Ms Pryce, the health visitor, noted that {{mix|he}} has put on weight.', nia],
  ])("takes the name's sex: %s", (_, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it.each([
    ["an animal beside a name", '{{sc|Nia}} feeds the goats on Sundays. She told me about Pip, the goat she likes best: he eats her gloves.', nia],
    ["a list of those present, not an apposition", 'Present: Mrs Khan, the nurse, the GP. {{sc|Kit}} was discussed. The nurse said she would visit again.', kit],
  ])("leaves it alone: %s", (_, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});
