import { reviewRepeatedText } from "../../../src/engine/quality/repeated-text";
import { AMIR, ctxFor } from "./context";

const run = (text: string) => reviewRepeatedText(ctxFor(text, AMIR));

const PARA = "Amir was seen alone in his bedroom and talked about his football team, his new teacher and the dog next door.";

describe("repeated text", () => {
  test("flags a paragraph pasted in twice, at the second copy", () => {
    const text = `${PARA}\n\nThe house was warm and tidy.\n\n${PARA}`;
    const notes = run(text);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ checkId: "repeated-text", start: text.lastIndexOf(PARA), text: PARA });
    expect(notes[0].message).toMatch(/repeats most of an earlier one \("Amir was seen alone/);
  });

  test("flags a near-duplicate with a few words changed", () => {
    const changed = PARA.replace("the dog next door", "the neighbour's dog");
    expect(run(`${PARA}\n${changed}`)).toHaveLength(1);
  });

  test("leaves different paragraphs alone", () => {
    expect(run(`${PARA}\n\nMum said the new flat is damp and the landlord has not replied to her letters since March.`)).toEqual([]);
  });

  test("leaves short repeated lines (headings, sign-offs) alone", () => {
    expect(run("Next steps\nSee below.\n\nNext steps\nSee below.")).toEqual([]);
  });

  test("ignores quoted replies in emails", () => {
    expect(run(`${PARA}\n\n> ${PARA}`)).toEqual([]);
  });
});
