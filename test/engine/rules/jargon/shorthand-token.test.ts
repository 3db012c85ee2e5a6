import { forEachShorthandToken } from "../../../../src/engine/rules/jargon/acronyms";

// The scan replaced a regex run over every record (stop 45): it must find the same words, at the same offsets.
const REGEX = /(?<![\p{L}\p{N}&@./'’-])[a-z]{1,4}(?:\/[a-z]{1,3})?(?![\p{L}\p{N}@]|[/-][\p{L}\p{N}])/gu;

const byRegex = (text: string): string[] => [...text.matchAll(REGEX)].map((m) => `${m.index}:${m[0]}`);
const byScan = (text: string): string[] => {
  const out: string[] = [];
  forEachShorthandToken(text, (start, end) => out.push(`${start}:${text.slice(start, end)}`));
  return out;
};

describe("forEachShorthandToken", () => {
  it.each([
    "t/c fc re contact",
    "sw to visit; fc said",
    "sw-led, fc/2, sw's, x.y, @ab, ab@, ab&c",
    "da/dv abc/defg ab/c/d",
    "éab abé 𝒜ab ab𝒜 😀ab ab😀",
  ])("agrees with the regex on %j", (text) => {
    expect(byScan(text)).toEqual(byRegex(text));
  });

  it("finds the shorthand in a note", () => {
    expect(byScan("t/c fc re contact, sw to visit")).toEqual(["0:t/c", "4:fc", "7:re", "19:sw", "22:to"]);
  });

  it("agrees with the regex on random text of letters, joiners, marks and other scripts", () => {
    const pieces = ["a", "b", "s", "t", "c", "fc", "sw", "abcd", "abcde", "A", "Z", "0", "9", "&", "@", ".", "/", "'", "’", "-", " ", "\n", ",", "é", "É", "𝒜", "😀", "\ud800", "\udc00", "٣", "_"];
    let seed = 20251207;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    for (let n = 0; n < 3000; n++) {
      let text = "";
      const len = 1 + (next() % 24);
      for (let k = 0; k < len; k++) text += pieces[next() % pieces.length];
      expect([text, byScan(text)]).toEqual([text, byRegex(text)]);
    }
  });
});
