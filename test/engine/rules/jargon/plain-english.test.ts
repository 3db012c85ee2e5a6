import { runRule, type Case } from "./helpers";

const flag: Case[] = [
  { text: "Dear Kayla, I will {{jar|liaise}} with the school.", kind: "letter-to-child" },
  { text: "Dear Kayla, we will {{jar|facilitate}} family time {{jar|going forward}}.", kind: "letter-to-child" },
  { text: "Dear Kayla, we need to {{jar|ensure}} you are safe.", kind: "letter-to-child" },
];

const pass: Case[] = [
  { text: "Please ensure the form is signed." },
  // Stop 28: formal words are style, not jargon, outside writing to a child (no corpus tags them in a record).
  { text: "I will liaise with the school and facilitate family time going forward." },
  { text: "The plan is robust; we will utilise the centre in lieu of the office.", kind: "court-report" },
  { text: "I phoned the school and spoke to her teacher." },
  { text: "The parcel was delivered on Monday." },
  { text: "Her key worker, Dionne, was there." },
  // Job titles (Ruling 6, F20).
  { text: "The family liaison officer and the police community support officer came with me." },
  // An attendee's part in the meeting, in the bracket after their name and role (F20).
  {
    text: "Present: Carla Price (Mum); Rose Price (maternal grandmother, Nan); Dean Hall (Mum's partner); Jo Bell (family support worker); Sam Reed (social worker, facilitating and recording); Dee Kaur (school nurse); Ian Moss (teacher)",
  },
];

describe("plain-english outside an attendee's bracket", () => {
  test.each<Case>([
    { text: "Dear Kayla, Jo Bell (social worker, facilitating) opened the meeting. We will {{jar|facilitate}} the visits.", kind: "letter-to-child" },
    { text: "Dear Kayla, I will ask school to {{jar|liaise}} with the nurse (and {{jar|facilitate}} a meeting, if needed).", kind: "letter-to-child" },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("plain-english", "jar", c);
    expect(got).toBe(want);
  });
});

describe("plain-english", () => {
  test.each(flag)("flags: $text", (c) => {
    const { got, want } = runRule("plain-english", "jar", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jar|");
  });
  test.each(pass)("passes: $text", (c) => {
    const { got, want } = runRule("plain-english", "jar", c);
    expect(got).toBe(want);
  });
});

describe("a post's title and an e-mail address are not prose (issue 12 item 2, set 9)", () => {
  test.each<Case>([
    { text: "From: Dee Kaur (Hospital Safeguarding Liaison) <dee.kaur@example.org>\n\nKayla was seen overnight.", kind: "email" },
    { text: "Kind regards\nDee Kaur\nNamed Nurse, Family Liaison, St Anne's Hospital" },
    { text: "Please write to safeguarding.liaison@example.org with any questions." },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("plain-english", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([{ text: "Dear Kayla, Dee Kaur (Family Liaison) will {{jar|liaise}} with the school.", kind: "letter-to-child" }])("flags: $text", (c) => {
    const { got, want } = runRule("plain-english", "jar", c);
    expect(got).toBe(want);
  });
});

// jargon40: "determined" as an adjective of character is not the formal verb "decided".
describe("plain-english: determined as an adjective (jargon40)", () => {
  test.each<Case>([
    { text: "Dear Kayla, you were a happy, determined little girl who loved the swings.", kind: "letter-to-child" },
    { text: "Dear Kayla, you are so determined to do well at school.", kind: "letter-to-child" },
  ])("passes: $text", (c) => {
    const { got, want } = runRule("plain-english", "jar", c);
    expect(got).toBe(want);
  });
  test.each<Case>([
    { text: "Dear Kayla, the panel {{jar|determined}} that you could stay.", kind: "letter-to-child" },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("plain-english", "jar", c);
    expect(got).toBe(want);
  });
});
