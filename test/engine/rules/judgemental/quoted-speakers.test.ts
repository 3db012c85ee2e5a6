// Who speaks a quoted label, and how the record introduces them (issue 12, item 3; stop 41). Invented wordings,
// written before the change: an adult's speech introduced by a line heading ("Teacher: '…'"), by the sentence before
// ("Nan rang this morning. '…'"), by a titled name the people stage may not place ("Mr Ward said: '…'"), a quoted
// predicate completing the reported clause ("wrote that Mum '…'"), and labels inside speech after a word of candour
// or a modal ("Honestly she's…", "Kayla can be…"). The child's own words, a parent's words about themself and a label
// the record rejects stay unflagged.
import type { CaseProfile } from "../../../../src/engine/types";
import { foundAndWanted } from "../../../helpers/found-and-wanted";

const PROFILE: CaseProfile = { subject: { name: "Kayla Brown", pronouns: "she/her" } };


describe("an adult's quoted label, however the record introduces the speaker", () => {
  test.each([
    // The speaker in the sentence before, the quote opening its own sentence.
    { text: 'Nan rang this morning. "She\'s been {{jud|a nightmare}} all week. She\'s {{jud|out of control}} and I can\'t cope with her."' },
    { text: 'The head of year was blunt. "She\'s {{jud|defiant}} with every member of staff and thinks the rules don\'t apply."' },
    // A line headed by its source.
    { text: 'Teacher: "Kayla is {{jud|lazy}} and never brings her homework."' },
    { text: '12/03/2025 Police: mother "{{jud|hostile}} and {{jud|uncooperative}}".' },
    { text: 'Mrs Grey (foster carer) on the phone: "Honestly she\'s {{jud|a little madam}}, you can\'t tell her anything."' },
    // A titled name the people stage leaves unplaced.
    { text: 'Mr Ward said: "Kayla is {{jud|sly}}. She takes food and hides it."' },
    // A modal copula inside the speech.
    { text: 'From the school report: "Kayla can be {{jud|disruptive}} in class when she is bored."' },
    // The quote completes the reported clause after "that" and its subject.
    { text: 'A support worker wrote that Mum "{{jud|can\'t be bothered}} to get up for the school run".' },
  ])("flags: $text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });

  test.each([
    // The child's own words, whoever they speak of.
    { text: 'Kayla rang this morning. "She\'s been a nightmare all week, my sister. She\'s out of control."' },
    { text: 'Kayla said: "Everyone thinks I\'m lazy and I\'m not."' },
    { text: 'Kayla: "I kicked off because nobody listened to me."' },
    // A parent's words about themself.
    { text: 'Dad said he had been "out of control" when he was drinking.' },
    // The record rejects the label.
    { text: 'Teacher: "Kayla is lazy." I do not agree: she has dyslexia that nobody had assessed.' },
    { text: 'Mr Ward said Kayla is "sly". That is not a fair description of a hungry child.' },
    // The speaker named after the quote is the child.
    { text: 'Mum came to the door. "She\'s out of control," Kayla said about her sister.' },
  ])("passes: $text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });
});

describe("a label feared, warned against, or told by the child of an adult", () => {
  test.each([
    // Feared or foreseen, not given: a modal naming after a word of fear or a condition.
    { text: 'Mum was worried that school would see Kayla as "a troublemaker" after the fight.' },
    { text: "Mum is afraid Kayla will be labelled naughty at her new school." },
    { text: 'Kayla is scared that staff might think of her as "a liar" if she tells.' },
    // Warned or argued against.
    { text: 'The judge warned against describing the mother as "feckless".' },
    { text: "The guardian cautioned against calling the father hostile." },
    // The child's account of what an adult calls them, every item of the list.
    { text: 'Kayla told me that Mum calls her "lazy" and "a liar" when she has been drinking.' },
  ])("passes: $text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });

  test.each([
    // Given, not feared: the naming verb is not under a modal after fear.
    { text: 'The school sees Kayla as "a {{jud|troublemaker}}" since the fight.' },
    { text: 'Mum is worried because the school called Kayla "a {{jud|liar}}".' },
  ])("flags: $text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });
});

// Published vocabulary that adults use of a child inside reported speech (stop 41): 'a madam' with its article (Collins,
// British informal: a precocious or pompous little girl) and 'go off the rails' said of a person (Grammarist idiom page).
describe("labels adults use of a child, reported or quoted", () => {
  test.each([
    { text: "Her aunt said Kayla can be a bit of {{jud|a madam}} when she is tired." },
    { text: "Her nan told me Kayla has {{jud|gone off the rails}} since the move." },
    { text: 'Mum said: "She has {{jud|gone right off the rails}} since Christmas."' },
    { text: 'Nan told me: "She has {{jud|kicked off}} every night this week."' },
  ])("flags: $text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });

  test.each([
    { text: "Dear Madam, thank you for your letter about Kayla's school place." },
    { text: "The plan for Kayla's move went off the rails in May when the house fell through." },
    { text: 'Kayla said: "I went off the rails after Nan died."' },
  ])("passes: $text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });
});

// A person's rejection of a person earlier in the sentence is an event, not the record rejecting the label (stop 41).
describe("a rejection before the naming rejects the words, not a person", () => {
  test.each([
    { text: "Dad says the grandparents have taught Kayla to reject him, and in his statement he describes the grandmother as {{jud|a waste of space}}." },
  ])("flags: $text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });
  test.each([{ text: "I reject the school's description of her as manipulative." }, { text: "The panel rejected the view of Mum as hostile." }])("passes: $text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });
});
