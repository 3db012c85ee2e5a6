import { runRule, type Case } from "./helpers";

const flag: Case[] = [
  { text: "I will {{jar|liaise}} with the school." },
  { text: "We will {{jar|facilitate}} family time {{jar|going forward}}." },
  { text: "Dear Kayla, we need to {{jar|ensure}} you are safe.", kind: "letter-to-child" },
];

const pass: Case[] = [
  { text: "Please ensure the form is signed." },
  { text: "I phoned the school and spoke to her teacher." },
  { text: "The parcel was delivered on Monday." },
  { text: "Her key worker, Dionne, was there." },
  // Job titles (Ruling 6, F20).
  { text: "The family liaison officer and the police community support officer came with me." },
];

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
