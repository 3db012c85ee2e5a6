// Firms' names after their initials ("ABC Ltd", "HSBC Bank") and banks and building societies are organisations, not
// people; the display names of an e-mail's correspondents, quoted or not, are the adults who wrote and received it.
// Invented text.
import { roleOf } from "./helpers";
import type { CaseProfile } from "../../../src/engine/types";

const maisie: CaseProfile = { subject: { name: "Maisie Oyelaran", aliases: ["Maisie"], pronouns: "she/her" } };

describe("organisations", () => {
  test.each([
    ["a firm's word after its initials", "Please pay ABC Ltd by Friday.", "Ltd"],
    ["a bank after its initials", "Please remit funds to ABC Bank, account number 123 456 789.", "Bank"],
    ["a bank's name", "Mum's payment to Harwell Bank was late again.", "Harwell Bank"],
    ["a building society", "Maisie has a savings account with Thornbury Building Society.", "Thornbury Building Society"],
  ])("%s", (_why, text, name) => {
    expect(roleOf(text, name, maisie)).not.toMatch(/undecided|other-child|adult/);
  });
  test("control: a person after a firm's name is still a person", () => {
    expect(roleOf("Maisie's uncle works at ABC Ltd. Kai Brent (9) is his son.", "Kai Brent", maisie)).toBe("other-child");
  });
});

describe("an e-mail's correspondents", () => {
  test.each([
    [
      "quoted in single quotes, a long list",
      "To: 'Dana Whitfield' <dana.whitfield@example.org>, 'Omar Reyes' <omar.reyes@example.org>, 'Lena Ruiz-Holt' <lena@example.org>",
      ["Dana Whitfield", "Omar Reyes", "Lena Ruiz-Holt"],
    ],
    ["quoted in double quotes", 'Cc: "Lyle Penrose" <lyle@example.org>', ["Lyle Penrose"]],
    ["not quoted", "From: Priya Kaur <priya@example.org>", ["Priya Kaur"]],
  ])("%s", (_why, text, names) => {
    for (const n of names) expect(roleOf(`${text}\nSubject: visit\n\nMaisie was seen today.`, n, maisie)).toBe("adult");
  });
});
