import { sweepRegex } from "../../src/cli/writers/docx";

const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m[0]);

describe("sweepRegex (repeat mentions swept after redaction)", () => {
  it("keeps a name's capital, so ordinary words are left alone", () => {
    const re = sweepRegex(["Hope", "Will Harrison"])!;
    expect(all(re, "Hope said I hope Will Harrison and WILL HARRISON and will harrison come. HOPE.")).toEqual(["Hope", "Will Harrison", "WILL HARRISON", "HOPE"]);
  });

  it("matches lower-case identifiers in any case, as whole words", () => {
    const re = sweepRegex(["mum@example.org", "07700 900871"])!;
    expect(all(re, "Mum@Example.org, 07700  900871, x07700 900871")).toEqual(["Mum@Example.org", "07700  900871"]);
  });

  it("gives nothing for no strings", () => {
    expect(sweepRegex([" ", "a"])).toBeUndefined();
  });
});
