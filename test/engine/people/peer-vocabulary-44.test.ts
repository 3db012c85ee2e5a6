// Wider peer vocabulary for the sentence-wide peer cue: name-calling, picking on, winding up, laughing at, teasing
// (with a pronoun object). An adult with adult evidence of their own stays an adult. Invented text.
import type { CaseProfile } from "../../../src/engine/types";
import { roleOf } from "./helpers";

const boy: CaseProfile = { subject: { name: "Fionn Harte", aliases: ["Fionn"], pronouns: "he/him" } };

test.each([
  ["The name-calling by Saoirse Dunne and her friends got worse after half-term.", "Saoirse"],
  ['Fionn said: "Brannagh picks on me on the bus."', "Brannagh"],
  ["Fionn hit back because Corrin kept winding him up.", "Corrin"],
  ["Fionn says Tamsyn laughs at him when he reads aloud.", "Tamsyn"],
  ["Fionn was upset by Ruairi teasing him about his shoes.", "Ruairi"],
])("%s", (text, name) => {
  expect(roleOf(text, name, boy)).toBe("other-child");
});

test("a parent's partner who winds him up stays an adult", () => {
  expect(roleOf("Fionn said Mum's partner Declan winds him up.", "Declan", boy)).toBe("adult");
});
