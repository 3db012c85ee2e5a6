import { nhsNumber } from "../../../../src/engine/rules/identifier/nhs-number";
import { runRule, tableTest } from "./run-rule";

tableTest(
  nhsNumber,
  [
    "NHS number: {{pid|943 476 5919}}",
    "Grace's NHS number is {{pid|485 777 3150}}. She now has",
    "Her number {{pid|9434765919}} is on the letter.",
    "NHS No. {{pid|943-476-5919}}",
    "Old letters show {{pid|401 023 2137}} as well.",
  ],
  [
    "Ring 0161 496 0000 for the surgery.",
    "A reference 1234567890 with no label and a wrong check digit.",
    "Sent 12 June 2025 09:12",
    "The budget was £1,234,567,890 last year.",
    "Too long: 943 476 59190",
    "Case number: NM24C00517",
  ],
);

describe("nhs-number confidence", () => {
  const conf = (text: string) => runRule(nhsNumber, text)[0]?.confidence ?? 0;

  it("is high when the modulus 11 check passes and lower, with a 'mistyped' message, when it fails", () => {
    const good = runRule(nhsNumber, "NHS number: 943 476 5919")[0];
    const bad = runRule(nhsNumber, "NHS number: 943 476 5918")[0];
    expect(good.confidence ?? 0).toBeGreaterThanOrEqual(0.9);
    expect(bad.confidence ?? 1).toBeLessThan(good.confidence ?? 0);
    expect(bad.message).toMatch(/mistyped/);
    expect(good.message).not.toMatch(/mistyped/);
  });

  it("is higher with an NHS label than without", () => {
    expect(conf("NHS number 943 476 5918")).toBeGreaterThan(conf("Number 943 476 5918"));
  });
});
