import { authoredParts, authoredVoice } from "../../../src/engine/quality/authors";
import { checkChildVoice } from "../../../src/engine/quality/child-voice";
import { checkParentViews } from "../../../src/engine/quality/parent-views";
import { AMIR, ctxFor, voicesFor } from "./context";
import authorsData from "../../../rules/quality/authors.json";

const childVoice = (text: string) => {
  const ctx = ctxFor(text, AMIR);
  return checkChildVoice(ctx, voicesFor(ctx));
};
const parentViews = (text: string) => {
  const ctx = ctxFor(text, AMIR);
  return checkParentViews(ctx, voicesFor(ctx));
};

describe("parts written by the child", () => {
  test.each([
    // A consultation booklet the child fills in.
    "MY REVIEW\nMy name: Amir Khan\nMy age: 10\n\n1. What is going well?\nI got into the football team. I like my new bedroom.\n\n2. What do I want to happen?\n- I want to see my brother more.",
    // A letter to the judge, signed by the child.
    "Dear Judge,\n\nI want to stay at Nan's because it is quiet there and I can walk to school. Please let me see Dad on Saturdays.\n\nLove from Amir",
    // An e-mail from the child, introducing themselves.
    "Hi, my name is Amir and I am 12. I don't want to go to the meeting because everyone talks about me.",
    // A form's section headed as the young person's own.
    "Pathway plan review\n\nYoung person's comments (completed by the young person)\nI want to stay in this flat until I finish college.",
  ])("the child's first person is their voice: %s", (text) => {
    const r = childVoice(text);
    expect(r.value).toBe(true);
    expect(r.evidence.some((e) => /\bI\b/.test(e.text))).toBe(true);
  });

  test("the form's printed questions are not the child's words", () => {
    const ctx = ctxFor("My name: Amir Khan\n\nWhat is going well for me?\nI like swimming.", AMIR);
    expect(authoredVoice(ctx, "subject").map((s) => ctx.text.slice(s.start, s.end))).toEqual(["I like swimming."]);
  });

  test("another writer's part after a rule line or a comments heading is not the child's", () => {
    const text = "My name: Amir Khan\nI want to see my brother.\n-----------\nCarer's comments (Jo)\nI think he has had a good term.";
    const ctx = ctxFor(text, AMIR);
    const said = authoredVoice(ctx, "subject").map((s) => ctx.text.slice(s.start, s.end));
    expect(said).toContain("I want to see my brother.");
    expect(said).not.toContain("I think he has had a good term.");
  });

  test.each([
    // The worker introducing themselves, a worker's "Name:" field, a worker signing off, a section the worker completes.
    "My name is Jo Bell and I am Amir's social worker. I want to arrange a meeting.",
    "Name: Amir Khan\nDOB: 01/02/2015\nI visited the home and the house was tidy.",
    "Dear Ms Khan,\nI am writing about the review. I want to meet you next week.\nFrom Jo",
    "Assessment (to be completed by the social worker)\nI have read the file and I want to meet the school.",
  ])("the worker's first person is not the child's: %s", (text) => {
    const ctx = ctxFor(text, AMIR);
    expect(authoredParts(ctx).filter((p) => p.author === "subject")).toEqual([]);
  });
});

describe("parts written by a parent", () => {
  test.each([
    // A review form's parent's field, answered on the same line or under the heading.
    "Review form\nParent's views (to be completed by parent): I don't think Amir needs a social worker any more. We are coping fine.",
    "Child protection conference\n\nParents' comments (completed by parents)\nWe feel the plan is unfair and we want the school to stop calling us.",
    // A parent's statement or letter.
    "I am Amir's mother. I have stopped drinking and I want him home for Christmas.",
    "To whoever reads this,\nI have done the course and my house is ready for him.\nFrom Mum",
  ])("the parent's first person is their view: %s", (text) => {
    const r = parentViews(text);
    expect(r.value).toBe(true);
  });

  test("a parent mentioned in the worker's first person is not the parent's view", () => {
    const r = parentViews("Case note\nI visited Amir at home. His mother was at work. I saw his room and his bike.");
    expect(r.value).toBe(false);
  });
});

describe("marker lines tried at the line's start only (issue 13)", () => {
  // Each marker is anchored at a line's start ("^" opening the whole pattern, no "|" beside it), so a pattern tried
  // only there answers as one searching the line.
  it.each(["childOpens", "childSigns", "parentOpens", "parentSigns"] as const)("%s opens with ^ and has no top-level alternative", (key) => {
    const src = authorsData[key];
    expect(src.startsWith("^")).toBe(true);
    let depth = 0;
    let inClass = false;
    for (let i = 0; i < src.length; i++) {
      const c = src[i];
      if (c === "\\") i++;
      else if (inClass) inClass = c !== "]";
      else if (c === "[") inClass = true;
      else if (c === "(") depth++;
      else if (c === ")") depth--;
      else expect(c === "|" && depth === 0).toBe(false);
    }
  });

  // The parts found in a text (author and span), to compare a text's lines written in different ways.
  const parts = (text: string) => authoredParts(ctxFor(text, AMIR)).map((p) => `${p.author} ${p.span.start}-${p.span.end}`);
  test.each([
    ["Notes\n  My name: Amir Khan\nI like football.", "subject"],
    ["Notes\nMY NAME IS AMIR\nI like football.", "subject"],
    ["Notes\nI’m Amir\nI like football.", "subject"],
    ["Notes\nHi, I'm amir\nI like football.", "subject"],
    ["Visit\n\tI am Amir’s mum\nI want him home.", "parent"],
    ["Letter\nI want to stay.\nLOVE FROM AMIR", "subject"],
    ["Letter\nI want him home.\n  from Mum", "parent"],
    ["Letter\r\nI want to stay.\r\nLove from Amir\r\n", "subject"],
    ["Letter\nI want to stay. \u2028Love from Amir", "subject"],
    ["Letter\nI want to stay.\rLove from Amir", "subject"],
  ])("finds the part in %j", (text, author) => {
    expect(parts(text).some((p) => p.startsWith(author))).toBe(true);
  });
  // The child's patterns are compiled only for a line that may hold one of their names; the name-free patterns
  // answer every other line, so a line whose name matches only under case folding must still reach the child's.
  test.each([
    ["Notes\nI am \u212Aai\nI like football.", { subject: { name: "Kai Lee", aliases: ["Kai"] } }, "subject"],
    ["Letter\nI want to stay.\nLove from Ja\u017Fon", { subject: { name: "Jason Ray" } }, "subject"],
    ["Letter\nI want to stay.\nLove from ZO\u00CB", { subject: { name: "Zoë Ray", aliases: ["Zoë"] } }, "subject"],
    ["Letter\nI want him home.\nFrom Kai's mum", { subject: { name: "Kai Lee", aliases: ["Kai"] } }, "parent"],
    ["Visit\nI am his mum\nI want him home.", AMIR, "parent"],
    ["Letter\nI want him home.\nFrom Dad", AMIR, "parent"],
  ])("finds the part in %j with or without the child's name", (text, profile, author) => {
    expect(authoredParts(ctxFor(text, profile)).some((p) => p.author === author)).toBe(true);
  });
  test.each([["Notes\nThe worker said my name is Amir\nI like football."], ["Notes\nxLove from Amir"]])("finds no part in %j", (text) => {
    expect(parts(text)).toEqual([]);
  });

  // The line gate (authors.json "opens") must let through every line a marker takes, in any case and spacing.
  test.each([
    "My name: Amir",
    "  my full name is Amir",
    "HELLO, my name is Amir",
    "hi I'm Amir",
    "Dear Judge, I am Amir’s mum",
    "I am Amir",
    "i’m Amir",
    "My name is Jo and I am Amir's dad",
    "\tFrom: Amir",
    "fromAmir",
    "LOVE Amir",
    "Lots of love, Amir",
    "Best wishes – Amir",
    "Written by Amir's mother",
  ])("the line gate lets %j through to the markers that take it", (line) => {
    const fill = (src: string) => new RegExp(src.replace(/\{NAME\}/g, "(?:Amir)"), "imu");
    const markers = [authorsData.childOpens, authorsData.childSigns, authorsData.parentOpens, authorsData.parentSigns].map(fill);
    expect(markers.some((m) => m.test(line))).toBe(true);
    expect(new RegExp(authorsData.opens, "iu").test(line)).toBe(true);
  });
});
