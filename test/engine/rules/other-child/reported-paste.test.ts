// A pasted name inside a reported clause, when who reports cannot be what the clause's pronoun refers to (a setting, a
// service, people in the plural, a person of the other sex): the pronoun fits the subject, so the name was put in the
// subject's place (other-child/pasted-names.ts, reporterCannotBe). A reporter who could be the referent leaves it alone.
import { analyse } from "../../../../src/engine";
import type { CaseProfile } from "../../../../src/engine";

const kai: CaseProfile = { subject: { name: "Kai Webb", aliases: ["Kai"], pronouns: "he/him" }, otherChildren: ["Maya Webb"] };
const intro = "Visit 1 December 2026. Kai (13) lives with Dad. His sister Maya (15) lives with Mum.\n\n";

function pasteOn(sentence: string): boolean {
  const text = intro + sentence + "\n";
  const at = text.indexOf("Maya", intro.length);
  return analyse(text, kai).findings.some((f) => f.category === "mix-up" && f.start <= at && at < f.end);
}

describe("a pasted name in a reported clause", () => {
  it.each([
    ["a hospital reports", "The hospital confirmed that Maya was discharged on Friday and he is due back for a check in a fortnight."],
    ["a grandmother reports", "Nan told me that Maya has lost his bus pass twice this month."],
    ["foster carers report", "The foster carers said Maya is sleeping better since he moved into the bigger room."],
  ])("finds it: %s", (_label, sentence) => {
    expect(pasteOn(sentence)).toBe(true);
  });

  it.each([
    ["a man reports, and the pronoun can be his", "Dad said Maya borrowed his charger and has not given it back."],
    ["a reporter of unknown sex", "The youth worker said Maya left his bag at the centre again."],
    ["the pronoun inside what the named child reports", "The school said Maya told them he was being bullied on the bus."],
  ])("leaves it: %s", (_label, sentence) => {
    expect(pasteOn(sentence)).toBe(false);
  });
});
