// Line starts and ends, cached per text and found by binary search (src/engine/text/lines.ts). Their
// cost on a record written as one line is measured by npm run bench:worst ("repeated judgement").
import { lineEnd, lineNumber, lineStart } from "../../../src/engine/text/lines";
import { expectLinearWork, scanWork } from "../../helpers/scaling";

/** The plain searches they replace: back and forward for "\n". */
const searchStart = (text: string, offset: number) => text.lastIndexOf("\n", offset - 1) + 1;
const searchEnd = (text: string, offset: number) => {
  const e = text.indexOf("\n", offset);
  return e < 0 ? text.length : e;
};

describe("lineStart, lineEnd and lineNumber", () => {
  it("agree with a search for the line break at every offset (empty lines, a break at the end, no break)", () => {
    for (const text of ["", "one line", "a\nbb\n\nccc\n", "\n\nx", "first\r\nsecond\nthird"]) {
      for (let at = 0; at <= text.length; at++) {
        expect(lineStart(text, at)).toBe(at === 0 ? 0 : searchStart(text, at));
        expect(lineEnd(text, at)).toBe(searchEnd(text, at));
        expect(lineNumber(text, at)).toBe(text.slice(0, at).split("\n").length - 1);
      }
      // Past the end: the last line.
      expect(lineEnd(text, text.length + 5)).toBe(text.length);
    }
  });

  it("alternate between two texts and still answer for each", () => {
    const a = "x\nyy\nzzz";
    const b = "1234\n5";
    expect([lineEnd(a, 0), lineEnd(b, 0), lineStart(a, 4), lineStart(b, 5), lineEnd(a, 8), lineEnd(b, 5)]).toEqual([1, 4, 2, 5, 8, 6]);
  });
});

describe("line starts are cached per text, for a few texts at once", () => {
  // A stage that reads the text and its lower-case copy in turn (visit-purpose.ts) asked for the line
  // starts of each alternately: a one-text cache found them again, over the whole text, at every call.
  it("reading two texts in turn finds each one's line starts once, not once per call", () => {
    const work = (n: number) => {
      const text = "Visit to Home.\nShe was at school.\n".repeat(n);
      const lower = text.toLowerCase();
      return scanWork(() => {
        for (let at = 0; at < text.length; at += 40) {
          lineStart(text, at);
          lineEnd(lower, at);
        }
      });
    };
    expectLinearWork(work, 500);
  });

  it("gives the same answers whichever texts were asked for in between", () => {
    const texts = ["a\nbb\nccc", "x\ny", "one line", "\n\n\n", "p\nq\nr\ns\nt"];
    const fresh = texts.map((t) => Array.from({ length: t.length + 1 }, (_, i) => [lineStart(t, i), lineEnd(t, i), lineNumber(t, i)]));
    for (let round = 0; round < 3; round++)
      for (let k = 0; k < texts.length; k++) {
        const t = texts[(k * 3 + round) % texts.length];
        const want = fresh[texts.indexOf(t)];
        for (let i = 0; i <= t.length; i++) expect([lineStart(t, i), lineEnd(t, i), lineNumber(t, i)]).toEqual(want[i]);
      }
  });
});
