// A job title is not jargon (Ruling 6), but the title ends before "for the … meeting/conference/review": the
// care word that names the meeting is the writer's own wording, and was hidden as part of the title
// ("the social worker for the respite review" left "respite" unflagged). Probes written before the change.
import { analyse } from "../../../../src/engine";

const profile = { subject: { name: "Maisie Oyelaran" }, otherChildren: [], adults: [] };
const jargonIn = (text: string) =>
  analyse(text, profile)
    .findings.filter((f) => f.category === "jargon")
    .map((f) => text.slice(f.start, f.end));

describe("a job title ends before 'for the … meeting'", () => {
  test.each([
    ["Jo Smith was the social worker for the respite review on Monday.", "respite"],
    ["Jo Smith was the social worker for the placement review.", "placement"],
    ["The teacher for the step-down meeting sent apologies.", "step-down"],
    ["Ms Patel, the nurse for the contact review, was late.", "contact"],
    ["Mr Hale was the officer for the placement planning meeting.", "placement"],
    ["She came as the worker for the respite panel.", "respite"],
  ])("flags the meeting's care word: %s", (text, word) => {
    expect(jargonIn(text)).toContain(word);
  });

  test.each([
    // Still titles: what the role is for is a group of people or a service, not a meeting.
    "Sarah Lee, Virtual School Head for looked after children, attended.",
    "Mr Hale is the designated teacher for children in care.",
    "Amy Cole, nurse for looked after children, visited on Monday.",
  ])("keeps a title that names whom the role is for: %s", (text) => {
    expect(jargonIn(text)).toEqual([]);
  });
});
