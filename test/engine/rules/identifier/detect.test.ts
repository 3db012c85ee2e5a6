import fc from "fast-check";
import { detectIdentifiers } from "../../../../src/engine/rules/identifier/detect";
import { createContext } from "../../../../src/engine/pipeline";
import { identifierRules } from "../../../../src/engine/rules/identifier";
import { parseAnnotated } from "../../../helpers/annotated";
import { expectLinearWork, regexWork } from "../../../helpers/scaling";


const RECORD = `STATUTORY VISIT RECORD
Child: Oluwaseun Adebanjo
DOB: {{pid|03/11/2014}}
Mosaic ID: {{pid|2290417}}
NHS number: {{pid|943 476 5919}}
Date and time: 14/10/2025, 16:05 to 17:10
Carers' address: {{pid|27 Nightingale Avenue, Hallbrook, KX9 4TD}}
Visiting worker: Amira Haddad, {{pid|amira.haddad@northam.example.org}}, {{pid|07700 900418}}
Seun said his friend lives on Florence Road near Victoria Park. Case number: {{pid|NQ25C00318}}.
National Insurance number: {{pid|QQ 12 34 56 C}}. Post to {{pid|NQ1 2HE}}.`;

describe("detectIdentifiers", () => {
  it("finds every kind in one record, sorted and without overlaps", () => {
    const { plain, spans } = parseAnnotated(RECORD);
    const found = detectIdentifiers(plain);
    expect(found.map((m) => plain.slice(m.start, m.end))).toEqual(spans.map((s) => s.text));
    expect(found.map((m) => m.kind)).toEqual([
      "date of birth",
      "case number",
      "NHS number",
      "address",
      "email address",
      "phone number",
      "case number",
      "National Insurance number",
      "postcode",
    ]);
  });

  it("is scanned once per analysis and shared through the rule context", () => {
    const text = "Mob 07700 900219";
    const ctx = createContext(text, { subject: { name: "Amelia Hughes" } });
    const a = ctx.identifiers;
    expect(ctx.identifiers).toBe(a);
    expect(a).toEqual(detectIdentifiers(text));
    // A new analysis of the same text scans again (nothing is kept between analyses).
    expect(createContext(text, { subject: { name: "Amelia Hughes" } }).identifiers).not.toBe(a);
  });

  it("keeps an address over the postcode inside it, and a labelled reference over a bare number", () => {
    const text = "Address: 9 Jordan Close, Northmoor NM4 1PE. Ref: 9434765919";
    const found = detectIdentifiers(text);
    expect(found.map((m) => [m.kind, text.slice(m.start, m.end)])).toEqual([
      ["address", "9 Jordan Close, Northmoor NM4 1PE"],
      ["case number", "9434765919"],
    ]);
  });

  it("never throws and returns valid offsets on awkward input", () => {
    const inputs = [
      "",
      "\u0000\u0001\uffff\ud800",
      "DOB:\r\n03/11/2009\r\nTel: 07700 900482\r\n",
      "😀 07700 900482 😀 DOB 😀 01/01/2010",
      "رقم الهاتف 07700 900482 العنوان",
      "@@@@ @. .@ a@b. @example.org",
      "Flat 1, ".repeat(2000) + "NQ1 2HE",
      "0".repeat(100000),
      "1 A ".repeat(50000) + "Road",
      "born ".repeat(20000),
      "ID: " + "1/".repeat(5000),
    ];
    for (const text of inputs) {
      const found = detectIdentifiers(text);
      let last = 0;
      for (const m of found) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(text.length);
        last = m.end;
      }
    }
  });

  it("handles a 10 MB text, in work linear in its size", () => {
    const { plain } = parseAnnotated(RECORD);
    const sized = (bytes: number) => `${plain}\n`.repeat(Math.ceil(bytes / plain.length));
    // Counted, not timed: the characters handed to regular expressions (twice the text, twice the work).
    expectLinearWork((bytes) => regexWork(() => detectIdentifiers(sized(bytes))), 500_000);
    expect(detectIdentifiers(sized(10_000_000)).length).toBeGreaterThan(1000);
  });

  it("gives sorted, non-overlapping, in-range matches for any string", () => {
    const pieces = fc.constantFrom(
      "07700 900482", "DOB: ", "03/11/2014", " born ", "4 Feb 2017", "12 Hope Street", ", Northam ", "NQ1 2HE",
      "Flat 3", "QQ 12 34 56 C", "NM24C00517", "Ref: ", "943 476 5919", "a@b.co", " ", ",", "\n", "(", ")", "0", "1",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const found = detectIdentifiers(text);
        let last = 0;
        for (const m of found) {
          if (m.start < last || m.end <= m.start || m.end > text.length) return false;
          last = m.end;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});

describe("identifier rules", () => {
  it("each have a documentation page and a unique id", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { existsSync } = require("node:fs") as typeof import("node:fs");
    const ids = identifierRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(existsSync(`${__dirname}/../../../../docs/rules/${id}.md`)).toBe(true);
    expect(identifierRules.every((r) => r.meta.category === "identifier")).toBe(true);
  });
});
