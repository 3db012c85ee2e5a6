// A quote whose attribution names the child as its topic ("said of <child>:", "Of <child>, … wrote:", "Speaking about
// <child>, … said,"), a question put to no one named at the start of a note's line ("Asked what…"), a short reply before
// the pronoun in an answer about the child, and people known only by a noun the resolver lacked (a caretaker, a
// babysitter, a stepsister) or whose sex the record states ("the lifeguard, who is a woman"). Invented examples, worded
// apart from test/fixtures/mixup-probes/probes-35.txt (stop 44, pron49).
import type { CaseProfile } from "../../../../src/engine";
import { marked } from "./marked";

const profile = (name: string, pronouns: string): CaseProfile => ({ subject: { name, aliases: [name.split(" ")[0]], pronouns } });
const ivy = profile("Ivy Dunn", "she/her");
const sol = profile("Sol Reyes", "he/him");

describe("a quote the attribution says is about the child", () => {
  it.each([
    ["said of the child", 'The childminder said of {{sc|Ivy}}: "{{mix|He}} naps after lunch and wakes happy."', ivy],
    ["a fronted Of", 'Of {{sc|Sol}}, his tutor wrote: "{{mix|Her}} essays are thoughtful and neat."', sol],
    ["talking about the child, a speaker of the pronoun's own sex", 'Talking about {{sc|Ivy}}, Mr Cole said, "{{mix|He}} never misses a practice."', ivy],
  ])("flags it: %s", (_, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it.each([
    ["said of someone else", '{{sc|Ivy}} was tired. Gran said of Ivy\'s uncle: "He lets her stay up far too late."', ivy],
    ["the quote also calls the child by the child's pronoun", 'Dad said of {{sc|Sol}}: "He is fine. She is the one who worries me."', sol],
    ["a woman named in the quote first", 'Grandad said of {{sc|Sol}}: "Aunt Rose takes him to the park and she makes him laugh."', sol],
    ["a time clause about someone unnamed", 'The carer said of {{sc|Ivy}}: "Things are calmer since he moved out."', ivy],
  ])("leaves it alone: %s", (_, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

describe("questions and answers in a note", () => {
  it.each([
    ["a question opening the line, after a quoted answer", 'In his room. {{sc|Sol}} showed me his drawings. Asked who lives at home – "Mum and Nana. Nana cooks." Asked what makes {{mix|her}} cross – said "losing at games".', sol],
    ["a one-word reply before the pronoun", 'I asked Grandad how {{sc|Ivy}} was eating. He said, "Fine. {{mix|He}} clears the plate most nights."', ivy],
  ])("flags it: %s", (_, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it.each([
    ["a reply, then a time clause about someone unnamed", 'I asked Grandad how {{sc|Ivy}} was eating. He said, "Fine. Since she went, meals are easier."', ivy],
  ])("leaves it alone: %s", (_, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

describe("people known only by a noun", () => {
  it.each([
    ["a caretaker the child talks about", '{{sc|Ivy}} talked about the caretaker at school. She said he fixed her locker.', ivy],
    ["a babysitter brought in with a", 'Mum has found a babysitter for Fridays. {{sc|Ivy}} said he plays cards with her.', ivy],
    ["a stepsister", '{{sc|Sol}} spoke about his stepsister. He said she borrows his games.', sol],
    ["a swimming instructor", '{{sc|Ivy}} has swimming on Mondays. She likes her instructor and said he is patient.', ivy],
  ])("leaves it alone: %s", (_, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it("takes the sex the record states for a noun", () => {
    const { got, want } = marked('{{sc|Ivy}} talked about the referee at her match, who is a woman. {{sc|Ivy}} said {{mix|he}} scored twice.', ivy);
    expect(got).toBe(want);
  });
});

// Principle B: an object pronoun whose own clause the child leads is someone else (probes-36, worded apart).
describe("an object pronoun in a clause the child leads", () => {
  it.each([
    ["the child's name leads", '{{sc|Sol}} was cheerful at tea. {{sc|Sol}} still phones her every Sunday.', sol],
    ["the child's own she leads", '{{sc|Ivy}} said she would rather not sit next to him on the coach.', ivy],
  ])("leaves it alone: %s", (_, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it("still flags an object whose clause someone else leads", () => {
    const { got, want } = marked('{{sc|Sol}} scraped his knee at break and the first aider cleaned it for {{mix|her}}.', sol);
    expect(got).toBe(want);
  });
});
