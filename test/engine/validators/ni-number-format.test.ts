import { isAllocatableNiPrefix, isValidNiNumber } from "../../../src/engine/validators/ni-number-format";

describe("National Insurance number format", () => {
  it.each(["AB123456C", "AB 12 34 56 C", "JG103721A", "PA654321D"])("accepts %s", (n) => expect(isValidNiNumber(n)).toBe(true));

  it("accepts HMRC's specimen prefix QQ only when asked", () => {
    expect(isValidNiNumber("QQ 12 34 56 C")).toBe(true);
    expect(isValidNiNumber("QQ 12 34 56 C", false)).toBe(false);
  });

  it.each([
    "DA123456A",
    "FA123456A",
    "IA123456A",
    "UA123456A",
    "VA123456A", // never a first letter
    "AD123456A",
    "AF123456A",
    "AI123456A",
    "AO123456A",
    "AQ123456A",
    "AU123456A",
    "AV123456A", // never a second
    "BG123456A",
    "GB123456A",
    "KN123456A",
    "NK123456A",
    "NT123456A",
    "TN123456A",
    "ZZ123456A", // not allocated
    "AB123456E",
    "AB12345C",
    "AB1234567C",
    "A1123456C",
    "",
  ])("rejects %s", (n) => expect(isValidNiNumber(n)).toBe(false));

  it("checks prefixes alone", () => {
    expect(isAllocatableNiPrefix("AB")).toBe(true);
    expect(isAllocatableNiPrefix("ab")).toBe(false);
    expect(isAllocatableNiPrefix("A")).toBe(false);
  });
});
