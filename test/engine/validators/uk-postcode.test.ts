import { isUkPostcode } from "../../../src/engine/validators/uk-postcode";

describe("isUkPostcode", () => {
  it.each(["M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "SW1A1AA", "GIR 0AA", "NQ6 1AZ"])("accepts %s", (p) => expect(isUkPostcode(p)).toBe(true));
  it.each(["Q1 1AA", "M1 1AC", "M1 1IA", "M1  1AE", "M1", "m1 1ae", "NM24C00517", "AB12 3CD4", ""])("rejects %s", (p) => expect(isUkPostcode(p)).toBe(false));
});
