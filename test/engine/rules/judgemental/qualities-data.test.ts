// The qualities the judgemental rules read as the opposite of a label (rules/qualities.json; stop 45, judg50): moved
// from code to a data file with its sources. The file is the list the code uses, and the behaviour it carries is the
// same: a writer's own meeting set against a quoted label, a quoted quality listed beside a quoted label. Invented
// wordings.
import qualities from "../../../../rules/qualities.json";
import { QUALITY } from "../../../../src/engine/rules/judgemental/reported";
import type { CaseProfile } from "../../../../src/engine/types";
import { foundAndWanted } from "../../../helpers/found-and-wanted";

const PROFILE: CaseProfile = { subject: { name: "Nia Prowse", pronouns: "she/her" } };

describe("rules/qualities.json", () => {
  test("has its sources and whole, lower-case words", () => {
    expect(qualities.source).toMatch(/https:\/\//);
    expect(qualities.words.length).toBeGreaterThan(0);
    for (const w of qualities.words) expect(w).toMatch(/^[a-z]+$/);
    expect(new Set(qualities.words).size).toBe(qualities.words.length);
  });

  test("is the pattern the rules use", () => {
    const whole = new RegExp(`^${QUALITY}$`, "i");
    for (const w of qualities.words) expect(whole.test(w)).toBe(true);
    expect(whole.test("defiant")).toBe(false);
  });

  test.each([
    // The writer's own visits set against the quoted label.
    { text: 'A neighbour called Nia\'s father "aggressive". On each of my visits he has been calm and polite.' },
    // A quoted quality beside a quoted label, joined by "but".
    { text: 'Her swimming coach described Nia as "{{jud|defiant}}" but "gentle with the little ones".' },
  ])("$text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });
});
