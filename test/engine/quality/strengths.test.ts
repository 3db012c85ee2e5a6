import { reviewStrengths } from "../../../src/engine/quality/strengths";
import { AMIR, ctxFor } from "./context";

const run = (text: string) => reviewStrengths(ctxFor(text, AMIR));

const PROBLEMS =
  "Incident report\nAmir was excluded for two days after a fight in the lunch hall. Police were called to the home on Friday after a domestic incident. " +
  "There are concerns about his attendance, which is 61% this term. He has missed three appointments with the school nurse and the GP. " +
  "The neighbour reported shouting late at night on two occasions. The risk of harm is high and the case will be discussed at the strategy meeting. " +
  "Mum has not responded to letters and the house was cold when I called.";

describe("strengths", () => {
  test("notes a record that describes only difficulties", () => {
    const notes = run(PROBLEMS);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ checkId: "strengths", text: "Incident report" });
    expect(notes[0].message).toMatch(/only difficulties; when Amir reads it later/);
  });

  test("a strength, interest or progress is enough", () => {
    expect(run(`${PROBLEMS} Amir enjoys drawing and is proud of his new bike.`)).toEqual([]);
    expect(run(`${PROBLEMS} His reading has improved since January.`)).toEqual([]);
  });

  test("short notes may be about one problem", () => {
    expect(run("Police called. Concerns about harm. Incident logged.")).toEqual([]);
  });
});
