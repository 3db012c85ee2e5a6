import { expandTwoDigitYear, isCalendarDate } from "../../../src/engine/validators/calendar-date";

describe("calendar dates", () => {
  it.each([
    [2015, 6, 14],
    [2024, 2, 29],
    [2000, 2, 29],
    [1985, 12, 31],
  ])("accepts %i-%i-%i", (y, m, d) => expect(isCalendarDate(y, m, d)).toBe(true));

  it.each([
    [2015, 2, 29],
    [1900, 2, 29],
    [2015, 4, 31],
    [2015, 13, 1],
    [2015, 0, 1],
    [2015, 1, 0],
    [15, 1, 1],
    [2015.5, 1, 1],
  ])("rejects %d-%d-%d", (y, m, d) => expect(isCalendarDate(y, m, d)).toBe(false));

  it("reads two-digit years as this century up to 30, the last one after", () => {
    expect(expandTwoDigitYear(14)).toBe(2014);
    expect(expandTwoDigitYear(30)).toBe(2030);
    expect(expandTwoDigitYear(85)).toBe(1985);
  });
});
