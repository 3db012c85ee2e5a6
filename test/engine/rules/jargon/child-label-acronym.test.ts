import { runRule, type Case } from "./helpers";

const flag: Case[] = [
  { text: "Tiago's {{jar|LAC}} review is on 15 October." },
  { text: "Child in Need ({{jar|CIN}}) plan agreed; the {{jar|CIN}} plan will be reviewed." },
  { text: "He is {{jar|NEET}} at the moment and an {{jar|UASC}}." },
  { text: "{{jar|CLA}} REVIEW" },
  // The label alone in quotation marks is the record's own shorthand repeated (stop 29).
  { text: "The minutes ask whether the twins are now \"{{jar|LAC}}\"." },
];

const pass: Case[] = [
  { text: "Tiago's review is on 15 October." },
  { text: "The Child in Need plan continues." },
  { text: "Kayla said, \"I hate being called LAC.\"" },
  { text: "He asked not to be called \"LAC\" at school; staff will say \"in care\" rather than \"LAC\"." },
  { text: "The lac of the lake; cin and lac in lower case." },
];

describe("child-label-acronym", () => {
  test.each(flag)("flags: $text", (c) => {
    const { got, want } = runRule("child-label-acronym", "jar", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jar|");
  });
  test.each(pass)("passes: $text", (c) => {
    const { got, want } = runRule("child-label-acronym", "jar", c);
    expect(got).toBe(want);
  });
});
