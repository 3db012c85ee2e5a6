import fc from "fast-check";
import { base64Runs } from "../../../src/cli/verify";

// The verifier's base64 search, as it was written: the expression tried at every position.
const ALL = /[A-Za-z0-9+/]{24,}(?:[ \t]*\r?\n[ \t]*[A-Za-z0-9+/]{4,})*={0,2}/g;
const byRegex = (text: string) => [...text.matchAll(ALL)].map((m) => m[0]);

describe("base64Runs (where the verifier decodes base64)", () => {
  it("finds the blobs of a MIME part, with their continuation lines and padding", () => {
    const text = `x http://schemas.openxmlformats.org/wordprocessingml/2006/main\nContent: ${"QUJD".repeat(10)}\n  ${"REVG".repeat(3)}==\nshort AAAA\n${"a".repeat(23)}=${"b".repeat(30)}`;
    expect(base64Runs(text)).toEqual(byRegex(text));
    expect(base64Runs(text)).toHaveLength(3);
  });

  it("gives exactly the matches of the expression on any text", () => {
    const piece = fc.constantFrom("A", "z", "0", "+", "/", "=", "==", " ", "\t", "\n", "\r\n", ".", "é", "AAAAAAAAAAAA", "QUJDREVGSElKS0xN", "-");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        expect(base64Runs(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});
