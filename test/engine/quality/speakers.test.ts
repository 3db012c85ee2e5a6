// Who speaks where sentence grammar does not reach: speaker turns, shorthand notes, copied messages,
// a letter answering the parent it is written to (issue 12, F8, F10).
import { checkChildVoice } from "../../../src/engine/quality/child-voice";
import { checkParentViews } from "../../../src/engine/quality/parent-views";
import { parentNames, shorthandParentViews, speakerTurns } from "../../../src/engine/quality/speakers";
import { AMIR, ctxFor, voicesFor } from "./context";

const childVoice = (text: string, kind: "case-note" | "email" | "court-report" = "case-note") => {
  const ctx = ctxFor(text, AMIR, kind);
  return checkChildVoice(ctx, voicesFor(ctx)).value;
};
const parentViews = (text: string, kind: "case-note" | "email" | "court-report" = "case-note") => {
  const ctx = ctxFor(text, AMIR, kind);
  return checkParentViews(ctx, voicesFor(ctx)).value;
};

const MINUTES = [
  "Family meeting",
  "Present: Carla Price (Mum); Steven Hale (Mum's partner); Jo Lee (social worker)",
  "",
  "Jo: Thanks for coming. Carla, do you want to start?",
  "Carla: Not really. Nobody asked me before.",
  "Steven: I can do the mornings.",
  "Amir: I want to stay at Nan's because it's near school.",
].join("\n");

describe("speaker turns", () => {
  test("a parent introduced with a role is a parent when she speaks", () => {
    const ctx = ctxFor(MINUTES, AMIR, "case-note");
    expect(parentNames(ctx).has("carla")).toBe(true);
    expect(speakerTurns(ctx).map((t) => t.speaker)).toEqual(["other", "parent", "other", "subject"]);
  });

  test("the child's and the parent's turns are their voices", () => {
    expect(childVoice(MINUTES)).toBe(true);
    expect(parentViews(MINUTES)).toBe(true);
  });

  test("fewer than three turns are not a transcript", () => {
    expect(childVoice("Plan: Amir to stay at Nan's.\nDate: 3 May")).toBe(false);
  });
});

describe("shorthand notes and copied messages", () => {
  test("'m rang, said…' is the parent's view", () => {
    expect(parentViews("21/10/25 09.40 call from school\nm rang to say amir not home last nite. m v worried.")).toBe(true);
  });

  test("the child's own texts copied in are the child's voice", () => {
    expect(childVoice('10.15 amir texted my work mobile. copied as sent: "im safe dont ring police"')).toBe(true);
  });

  test("another person's words about the child are not the child's voice", () => {
    expect(childVoice('Amir\'s brother, Leo (20), told Mum that Amir "owes people".')).toBe(false);
  });

  test("sharing a bedroom is not speech", () => {
    expect(childVoice("Family and social relationships: Amir shares a bedroom with Leo.", "court-report")).toBe(false);
  });
});

describe("a letter answering the parent", () => {
  test("'You told me…' in a letter to a parent is the parent's view", () => {
    const text = "Anytown Nursery\n\n13 October 2025\n\nDear Ms Price,\n\nThank you for coming in. You told me that mornings are hard since your partner left.";
    expect(parentViews(text, "email")).toBe(true);
  });
});

describe("a titled speaker with the child's family name (issue 12)", () => {
  test("is a parent", () => {
    const text = "Family meeting\n\nChair: Thanks for coming.\nMs Khan: I want Amir home by the summer.\nChair: Amir, what do you think?\nAmir: I want to see my mum more.";
    expect(speakerTurns(ctxFor(text, AMIR, "case-note")).map((t) => t.speaker)).toEqual(["other", "parent", "other", "subject"]);
  });
});

test("a child called by a letter is not the mother in shorthand (quality6 probes)", () => {
  const ctx = ctxFor('M told his teacher in May that he was "always hungry".', { subject: { name: "Child M", aliases: ["M"], pronouns: "he/him" } });
  expect(shorthandParentViews(ctx)).toEqual([]);
  expect(shorthandParentViews(ctxFor("m rang, said she is worried.", AMIR))).toHaveLength(1);
});
