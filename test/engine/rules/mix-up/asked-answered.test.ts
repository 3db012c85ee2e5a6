// The mirror of the "answer" sign (stop 48): a question put by name to another child (asked, debriefed, interviewed)
// and answered, straight after, by the subject. One exchange has one child in it, and in the subject's record that child
// is the subject, so the name the question was put to is the one pasted in. Invented examples only.
import type { CaseProfile } from "../../../../src/engine";
import { createContext } from "../../../../src/engine/pipeline";
import { findAskedAnsweredPastes } from "../../../../src/engine/rules/mix-up/asked-answered";
import { countingReads, expectLinearWork, regexWork } from "../../../helpers/scaling";
import { marked } from "./marked";

const tom: CaseProfile = { subject: { name: "Tom Avery", aliases: ["Tom"], pronouns: "he/him" }, otherChildren: ["Kian Avery"] };
const intro = "{{sc|Tom}} lives with Mum and his brother {{oc|Kian}} (9).\n\n";

describe("a question put to another child and answered by the subject", () => {
  it.each([
    ["a debrief held with the other child, the subject speaking next", "Debrief with {{mix|Kian}} held at 20:15 by the night worker in the lounge. {{sc|Tom}} said: \"I only threw the cup.\""],
    ["an interview of the other child, the subject answering next", "Interviewed {{mix|Kian}} at school with his teacher present. {{sc|Tom}} told me he had not slept."],
    ["a question asked of the other child and answered by the subject in one sentence", "When I asked {{mix|Kian}} what had happened on Friday, {{sc|Tom}} said a boy pushed him."],
    ["a question asked of the other child after a semicolon", "I asked {{mix|Kian}} about the bruise; {{sc|Tom}} replied that he fell off the trampoline."],
  ])("flags the name asked: %s", (_, body) => {
    const { got, want } = marked(intro + body, tom);
    expect(got).toBe(want);
  });

  it.each([
    ["the other child answering their own question", "I asked {{oc|Kian}} about his day. He said it was fine and {{sc|Tom}} agreed."],
    ["the other child asked to do something, not asked a question", "After I asked {{oc|Kian}} to leave the room, {{sc|Tom}} said he felt safer."],
    ["the subject answering in a new paragraph", "Debrief with {{oc|Kian}} held at 20:15 by the night worker.\n\n{{sc|Tom}} said he was sorry about the cup."],
    ["the subject telling of the other child in the answer", "I asked {{oc|Kian}} about the bruise. {{sc|Tom}} said {{oc|Kian}} fell off the trampoline."],
    ["the subject seen after the question, and then speaking", "I asked {{oc|Kian}} about school and then saw {{sc|Tom}} alone. {{sc|Tom}} said he likes maths."],
    ["both children asked together", "I asked {{oc|Kian}} and {{sc|Tom}} what they wanted for tea. {{sc|Tom}} said pizza."],
    ["the question put to the subject and answered by the subject", "I asked {{sc|Tom}} about the bruise; {{sc|Tom}} said he fell over."],
    ["a debrief with the other child, the subject not answering", "Debrief with {{oc|Kian}} held at 20:15. {{sc|Tom}} was asleep by then."],
    ["a question asked in one sentence and the subject speaking in the next (a sibling may answer for another)", "I asked {{oc|Kian}} about the bruise. {{sc|Tom}} said he fell over."],
  ])("leaves the name alone: %s", (_, body) => {
    const { got, want } = marked(intro + body, tom);
    expect(got).toBe(want);
  });

  // The answer given by a he or she of the subject's gender, the child asked being of the other: "When I asked Kian
  // what had happened, she said…" in Tess's record.
  const tess: CaseProfile = { subject: { name: "Tess Avery", aliases: ["Tess"], pronouns: "she/her" }, otherChildren: ["Kian Avery"] };
  const tessIntro = "{{sc|Tess}} lives with Mum and her brother {{oc|Kian}} (9).\n\n";
  it.each([
    ["a question asked of a boy, answered by 'she'", "When I asked {{mix|Kian}} what had happened on Friday, she said a girl pushed her."],
    ["a question asked of a boy, answered by 'she' after a semicolon", "I asked {{mix|Kian}} about the bruise; she told me she fell off the trampoline."],
  ])("flags the name asked: %s", (_, body) => {
    const { got, want } = marked(tessIntro + body, tess);
    expect(got).toBe(want);
  });

  it.each([
    ["answered by the child's own 'he'", "When I asked {{oc|Kian}} what had happened on Friday, he said a boy pushed him."],
    ["a woman written between who can be the 'she'", "When I asked {{oc|Kian}} what his mum thought, she said it was fine."],
    ["an adult named between", "When I asked {{oc|Kian}} and Mrs Lee about Friday, she said it was sorted."],
    ["a request, not a question", "I asked {{oc|Kian}} to wait outside; she said she felt safer then."],
  ])("leaves the name alone: %s", (_, body) => {
    const { got, want } = marked(tessIntro + body, tess);
    expect(got).toBe(want);
  });

  // The same exchange the other way round: a debrief or interview of the subject answered in the next sentence by another
  // child (the same sentence is the older "answer" sign's).
  it.each([
    ["a debrief held with the subject, another child speaking next", "Debrief with {{sc|Tom}} held at 20:15 by the night worker in the lounge. {{mix|Kian}} said: \"I only threw the cup.\""],
    ["an interview of the subject, another child answering next", "Interviewed {{sc|Tom}} at school with his teacher present. {{mix|Kian}} told me he had not slept."],
  ])("flags the one answering: %s", (_, body) => {
    const { got, want } = marked(intro + body, tom);
    expect(got).toBe(want);
  });

  it.each([
    ["the other child telling of the subject", "Debrief with {{sc|Tom}} held at 20:15. {{oc|Kian}} said {{sc|Tom}} threw the cup."],
    ["the other child speaking in a new paragraph", "Debrief with {{sc|Tom}} held at 20:15.\n\n{{oc|Kian}} said he was sorry about the cup."],
    ["the subject asked in one sentence, another child speaking in the next", "I asked {{sc|Tom}} about the bruise. {{oc|Kian}} said he fell over."],
  ])("leaves the one answering alone: %s", (_, body) => {
    const { got, want } = marked(intro + body, tom);
    expect(got).toBe(want);
  });

  it("reads in proportion to the text, however many questions and adults follow one another", () => {
    const workFor = (n: number) => {
      const text = "Tom lives with Mum and his brother Kian (9).\n" + "Debrief with Kian held by Ms Lee, Mr Ray and Mrs Cole. Interviewed Tom with Ms Lee. ".repeat(n);
      const ctx = createContext(text, tom);
      const all = countingReads(ctx.people.all);
      return regexWork(() => findAskedAnsweredPastes(ctx, all.items, "m")) + all.reads();
    };
    expectLinearWork(workFor, 800);
  });
});
