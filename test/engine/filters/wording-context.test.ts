// When a judgemental or jargon word is the writer's own, and when it is someone's words (quoted,
// spoken in a transcript, reported from a child) or the writer rejecting it.
import { analyse } from "../../../src/engine/pipeline";

const PROFILE = { subject: { name: "Mia Carter", aliases: ["Mia"], pronouns: "she/her" }, adults: ["Dean Carter"] };
const judgemental = (text: string) =>
  analyse(text, PROFILE)
    .findings.filter((f) => f.category === "judgemental")
    .map((f) => f.text);

describe("wording context", () => {
  test("a short quoted label the writer adopts is reported", () => {
    expect(judgemental('Mia is "manipulative" and lies to staff about where she goes.')).toEqual(["manipulative"]);
  });

  // The annotation decision of the later sets (issue 12): another person's label reported without
  // challenge is passed on by the record; rejected, it is their words only.
  test("a label quoted from someone else is passed on unless the record rejects it", () => {
    expect(judgemental('Staff at the home called her "manipulative" in the handover.')).toEqual(["manipulative"]);
    expect(judgemental('Staff at the home called her "manipulative" in the handover; I do not agree.')).toEqual([]);
  });

  test("a label quoted in order to reject it is not reported", () => {
    expect(judgemental("I do not see Mia as 'streetwise' or manipulative.")).toEqual([]);
  });

  test("a transcript line is the speaker's own words", () => {
    const text = "Present: Mia Carter; Dean Carter (Dad)\n\nDean: I think she kicked off because she was tired.\nMia: I kicked off because you shouted at me.\n";
    expect(judgemental(text)).toEqual([]);
  });

  test("a notes item headed by a name is not a transcript", () => {
    const text = "Children\nMia: kicked off at school on Monday and was sent home.\n";
    expect(judgemental(text)).toEqual(["kicked off"]);
  });

  test("a child's reported words are hers", () => {
    expect(judgemental("Mia told the school nurse that he is her boyfriend and that he is 19.")).toEqual([]);
  });

  test("the writer's own use in the same record is still reported", () => {
    expect(judgemental("Mia has an older boyfriend who is 19.")).toEqual(["older boyfriend"]);
  });

  test("two judgements in one sentence are two findings", () => {
    expect(judgemental("Dad was evasive and obstructive when I asked about the bruise.")).toEqual(["evasive", "obstructive"]);
  });
});
