import { isValidNhsNumber } from "../../../src/engine/validators/nhs-number-checksum";

describe("isValidNhsNumber (modulus 11)", () => {
  it.each([
    ["943 476 5919"], // the NHS's commonly used test number
    ["9434765919"],
    ["943-476-5919"],
    ["401 023 2137"],
    ["987 654 3210"], // remainder 0: check digit 0
    ["100 000 0001"],
  ])("accepts %s", (n) => expect(isValidNhsNumber(n)).toBe(true));

  it.each([
    ["943 476 5918"], // one digit wrong
    ["943 476 9519"], // two digits swapped
    ["485 777 3921"],
    ["123 456 7890"],
    ["943 476 591"], // nine digits
    ["943 476 59190"], // eleven digits
    ["943 476 591X"],
    [""],
  ])("rejects %s", (n) => expect(isValidNhsNumber(n)).toBe(false));

  it("rejects every number whose check digit would have to be 10", () => {
    // 0*10 + … + 6*2 = 12, remainder 1, so 11 - 1 = 10: no valid check digit exists.
    for (let d = 0; d <= 9; d++) expect(isValidNhsNumber(`000000006${d}`)).toBe(false);
  });
});
