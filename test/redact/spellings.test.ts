import { searchWork, spellings } from "../../src/redact/spellings";
import { expectLinearWork } from "../helpers/scaling";

const find = (secrets: Parameters<typeof spellings>[0], text: string) => {
  const sp = spellings(secrets)!;
  return sp.find(text).map((h) => text.slice(h.start, h.end));
};

describe("spellings: every spelling of a name or number", () => {
  const name = [{ text: "Kayden Marsh", kind: "name" as const }];
  test.each([
    "Kayden Marsh",
    "KAYDEN MARSH",
    "kayden marsh",
    "KaydenMarsh",
    "Kayden_Marsh",
    "Kayden-Marsh",
    "Kayden%20Marsh",
    "Kayden.Marsh",
    "Marsh, Kayden",
    "Kay\u00adden Marsh",
    "Kay\u200bden Marsh",
    "Kayden&nbsp;Marsh",
    "Kaydén Marsh",
  ])("finds %s", (s) => expect(find(name, `x ${s} y`)).toHaveLength(1));
  test("finds it inside mailto: and as an e-mail's local part", () => {
    expect(find(name, "mailto:kayden.marsh@example.org")).toHaveLength(1);
  });
  test("a one-word name that is an ordinary word keeps its capital", () => {
    const hope = [{ text: "Hope", kind: "name" as const }];
    expect(find(hope, "I hope Hope and HOPE come")).toEqual(["Hope", "HOPE"]);
  });
  test("not inside another word", () => expect(find([{ text: "Ali", kind: "name" }], "Alison and Ali")).toEqual(["Ali"]));
  test.each(["07700 900417", "07700900417", "+44 7700 900417", "+44 (0)7700 900 417", "0044 7700-900-417", "tel:+447700900417", "077 009 004 17"])("phone %s", (s) => {
    expect(find([{ text: "07700 900417", kind: "identifier" }], `call ${s} now`)).toHaveLength(1);
  });
  test("a longer number is not a match", () => expect(find([{ text: "07700 900417", kind: "identifier" }], "077009004171")).toHaveLength(0));
  test("e-mails in any case, @ percent-encoded", () => {
    expect(find([{ text: "kay.m@example.org", kind: "identifier" }], "KAY.M@EXAMPLE.ORG and kay.m%40example.org")).toHaveLength(2);
  });
  test("an identifier read across a page break (a run of spaces) is found however it is spaced elsewhere", () => {
    expect(find([{ text: "21 November\n\n2025", kind: "identifier" }], "on 21 November 2025, 21 November\n\n2025 and 21  November 2025")).toHaveLength(3);
  });
  test("many numbers sharing their first digits (a bundle's phones): found, in work linear in the text", () => {
    const phones = (n: number) => Array.from({ length: n }, (_, i) => ({ text: `07700 9${String(i).padStart(5, "0")}`, kind: "identifier" as const }));
    const text = (n: number) => Array.from({ length: n }, (_, i) => `call 07700 9${String(i).padStart(5, "0")} or 07700 8${String(i).padStart(5, "0")}`).join(". ");
    expect(find(phones(50), text(50))).toHaveLength(50);
    // Counted, not timed: the search's own measure of its work (characters read and scanned, candidates
    // tried and confirmed). As many numbers as there are in the text, each searched for on its own, would
    // make four times the text sixteen times the work.
    expectLinearWork(
      (n) => {
        const sp = spellings(phones(n))!;
        const t = text(n);
        const before = searchWork();
        expect(sp.find(t)).toHaveLength(n);
        return searchWork() - before;
      },
      1000,
      4,
    );
  });
  test("which() says which secret matched (the longest wins)", () => {
    const sp = spellings([
      { text: "Kayden", kind: "name" },
      { text: "Kayden Marsh", kind: "name" },
    ])!;
    expect(sp.find("Kayden Marsh and Kayden").map((h) => h.secret.text)).toEqual(["Kayden Marsh", "Kayden"]);
  });
});
