import { isCorrection, isNegated, isNegatedOrCorrected } from "../../../src/engine/text/negation";
import { parseAnnotated } from "../../helpers/annotated";
import { analyse } from "../../../src/engine/pipeline";
import { expectLinearWork, regexWork } from "../../helpers/scaling";
import { tokenise } from "../../../src/engine/text/tokens";

// The {{jud|...}} span is the wording; the whole text is one sentence.
function check(annotated: string): boolean {
  const { plain, spans } = parseAnnotated(annotated);
  const s = spans[0];
  return isNegatedOrCorrected(plain, { start: 0, end: plain.length }, s.start, s.end);
}

describe("negation", () => {
  test.each([
    "His going missing is not a {{jud|lifestyle choice}} and should not be described as one.",
    "It is not the local authority's case that Ms Thompson is manipulative or {{jud|dishonest}}.",
    "I do not consider that Ms Marsh is being deliberately {{jud|dishonest}}.",
    "In my view this was not Jordan being {{jud|aggressive}} for the sake of it.",
    "She denies that her lifestyle is {{jud|chaotic}}.",
    "Please could we not describe Tiago as {{jud|attention seeking}} in emails.",
    "We should avoid saying a child is {{jud|promiscuous}}.",
    "This is never a case of {{jud|putting herself at risk}}.",
    "The phrase {{jud|refused to engage}} does not describe what happened.",
  ])("negated or corrected: %s", (t) => {
    expect(check(t)).toBe(true);
  });

  test.each([
    "Seun is {{jud|putting himself at risk}}.",
    "Jack would not come off the game and {{jud|refused to engage}} with me.",
    "There was no food, and the house was {{jud|chaotic}}.",
    "It is not clear why she was {{jud|attention seeking}}.",
    "No one knew she was {{jud|putting herself at risk}}.",
    "Mum did not attend because she is {{jud|chaotic}}.",
    "Dad {{jud|did not engage}} with the plan.",
  ])("asserted: %s", (t) => {
    expect(check(t)).toBe(false);
  });

  test("isNegated and isCorrection are separate checks", () => {
    const t = "This language puts the blame on her: lifestyle choice.";
    expect(isNegated(t, { start: 0, end: t.length }, t.indexOf("lifestyle"))).toBe(false);
    expect(isCorrection(t, { start: 0, end: t.length }, t.length - 1)).toBe(true);
  });
});

describe("negation across coordination, quote marks and corrections (issue 12)", () => {
  test.each([
    "I do not see Mia as 'streetwise' or {{jud|manipulative}}.",
    "I do not see Mia as {{jud|streetwise}} or manipulative.",
    "The school now refers to him as a child at risk, not as a {{jud|troublemaker}}.",
    "She is not lazy, nor {{jud|manipulative}}.",
    "Labelling her {{jud|defiant}} misses how frightened she is.",
    "Nor is it right to call her {{jud|promiscuous}}: she is thirteen.",
    "It would not be fair to describe Dad as {{jud|obstructive}}.",
  ])("negated or corrected: %s", (t) => {
    expect(check(t)).toBe(true);
  });

  test.each([
    "She was seen as {{jud|manipulative}} by staff and this was not challenged.",
    "Not long after the visit he became {{jud|aggressive}} and threw a cup.",
    "He is not at school today and is {{jud|unmotivated}}.",
  ])("asserted: %s", (t) => {
    expect(check(t)).toBe(false);
  });
});

// Issue 13: one huge sentence repeating a judgement was rescanned for every finding (quadratic).
describe("time", () => {
  it("a sentence with many judgements is read once, not once per judgement", () => {
    const profile = { subject: { name: "Maisie Oyelaran", pronouns: "she/her" } };
    // Counted, not timed: the characters handed to regular expressions (twice the text, about twice the work).
    expectLinearWork((n) => regexWork(() => analyse("She was attention seeking and not engaging, ".repeat(n), profile)), 500);
  });
});

describe("negation read from the shared tokens", () => {
  // The token walk must answer exactly as the text walk does, wherever the window and the span fall.
  const WORDS = [
    "not",
    "Not",
    "never",
    "don't",
    "don’t",
    "isn’t",
    "as",
    "see",
    "describe",
    "and",
    "or",
    "but",
    "sure",
    "one",
    "she",
    "was",
    "a",
    "called",
    "kicked",
    "off",
    "'",
    "’",
    '"',
    "“",
    "”",
    ",",
    ";",
    ".",
    "(",
    "–",
    "!",
    " ",
    "\n",
    "won''t",
    "é",
    "-",
    "12",
  ];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };

  it("agrees with the text walk on generated sentences", () => {
    for (let round = 0; round < 3000; round++) {
      let text = "";
      const length = 1 + random(40);
      for (let i = 0; i < length; i++) text += WORDS[random(WORDS.length)] + (random(10) < 6 ? " " : "");
      const tokens = tokenise(text);
      const start = random(text.length + 1);
      const sentence = { start: random(start + 1), end: text.length };
      expect([text, start, isNegated(text, sentence, start, tokens)]).toEqual([text, start, isNegated(text, sentence, start)]);
    }
  });
});
