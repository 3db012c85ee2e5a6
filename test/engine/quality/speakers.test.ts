// Who speaks where sentence grammar does not reach: speaker turns, shorthand notes, copied messages,
// a letter answering the parent it is written to (issue 12, F8, F10).
import { checkChildVoice } from "../../../src/engine/quality/child-voice";
import { checkParentViews } from "../../../src/engine/quality/parent-views";
import { parentNames, shorthandParentViews, speakerTurns } from "../../../src/engine/quality/speakers";
import { lastWord } from "../../../src/engine/quality/voice";
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

describe("work done once (issue 13)", () => {
  test("the parents' names are read once per analysis, whichever check asks first", () => {
    const ctx = ctxFor(MINUTES, AMIR, "case-note");
    expect(parentNames(ctx)).toBe(parentNames(ctx));
    expect(parentNames(ctxFor(MINUTES, AMIR, "case-note"))).not.toBe(parentNames(ctx));
  });

  // The shared-subject pattern is compiled per child; a fixed pattern for its closing words is tried first.
  test.each([
    ['Call from the carer. She said Amir came home from contact AND TOLD her, "I don\'t want to go next week."', true],
    ['Call from the carer. She said Amir came home from contact and then told her, "I don\'t want to go."', true],
    ['Call from the carer. She said Amir came home from contact and he told her, "I don\'t want to go."', false],
    ['Call from the carer. She said Amir came home from contact and told her\nthat night, "I don\'t want to go."', false],
  ])("a quote after 'and said': %s", (text, voice) => {
    expect(childVoice(text)).toBe(voice);
  });
});

describe("lastWord (voice.ts): the word that ends a stretch, read backwards", () => {
  const reference = (s: string) => /([\p{L}'’-]+)\s*$/u.exec(s)?.[1] ?? "";
  test.each(["his mother", "Amir's ", "the step-dad\t\n", "", "   ", "Mrs Wiśniewska ", "Zoë’s\u00a0", "a 𝒜b ", "x\ud835", "end.", "O'Neill-"])("%j", (s) => {
    expect(lastWord(s)).toBe(reference(s));
  });
  test("gives what the pattern gives on many generated stretches", () => {
    const pieces = ["a", "Z", " ", "\t", "\n", "'", "’", "-", ".", "é", "𝒜", "\ud835", "\udc9c", "\u00a0", "\u2028", "\ufeff", "1", "_", "ǅ"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % pieces.length;
    for (let i = 0; i < 5000; i++) {
      let s = "";
      for (let k = i % 11; k > 0; k--) s += pieces[next()];
      expect(lastWord(s)).toBe(reference(s));
    }
  });
});
