import { applyEdits, type Edit } from "../../src/redact";

const edit = (start: number, end: number, replacement: string, extra: Partial<Edit> = {}): Edit => ({
  start,
  end,
  replacement,
  category: "other-child",
  reason: "another child's name",
  operator: "pseudonym",
  ...extra,
});

describe("applyEdits", () => {
  const text = "Hi. Tyler rang 07700 900871. Bye.";
  //            0123456789012345678901234567890123
  const name = edit(4, 9, "Child A");
  const phone = edit(15, 27, "[phone number]", { category: "identifier", operator: "replace" });
  const sentence = edit(4, 29, "", { operator: "remove-sentence" });

  test("applies edits in one pass whatever order they come in", () => {
    expect(applyEdits(text, [phone, name]).text).toBe("Hi. Child A rang [phone number]. Bye.");
    expect(applyEdits(text, [name, phone]).text).toBe("Hi. Child A rang [phone number]. Bye.");
    expect(applyEdits(text, [phone, name]).applied).toEqual([name, phone]);
  });

  test.each([
    ["name first", [name, phone, sentence]],
    ["sentence first", [sentence, phone, name]],
  ])("a sentence removal beats the edits inside it (%s) and they are reported", (_n, edits) => {
    const r = applyEdits(text, edits);
    expect(r.text).toBe("Hi. Bye.");
    expect(r.applied).toEqual([sentence]);
    expect(r.skipped.map((s) => s.edit)).toEqual(expect.arrayContaining([name, phone]));
    expect(r.skipped).toHaveLength(2);
    for (const s of r.skipped) {
      expect(s.keptInstead).toBe(sentence);
      expect(s.reason).toBe("it overlaps a larger edit");
    }
  });

  test("of two partly overlapping edits the larger wins; on a tie the earlier", () => {
    const a = edit(0, 5, "A");
    const b = edit(3, 10, "B");
    expect(applyEdits("0123456789xyz", [a, b]).text).toBe("012Bxyz");
    const c = edit(3, 8, "C");
    const r = applyEdits("0123456789", [c, a]);
    expect(r.text).toBe("A56789");
    expect(r.skipped).toEqual([{ edit: c, reason: "it overlaps a larger edit", keptInstead: a }]);
  });

  test("one larger edit displaces two smaller ones", () => {
    const r = applyEdits("abcdefghij", [edit(1, 3, "X"), edit(4, 6, "Y"), edit(0, 8, "Z")]);
    expect(r.text).toBe("Zij");
    expect(r.skipped).toHaveLength(2);
  });

  test("a repeated edit is applied once", () => {
    const r = applyEdits(text, [name, { ...name }]);
    expect(r.text).toBe("Hi. Child A rang 07700 900871. Bye.");
    expect(r.skipped).toEqual([{ edit: name, reason: "it repeats another edit", keptInstead: name }]);
  });

  test.each([
    ["past the end", edit(30, 99, "x")],
    ["negative", edit(-1, 2, "x")],
    ["backwards", edit(5, 2, "x")],
    ["not an integer", edit(1.5, 3, "x")],
  ])("an edit %s is skipped, not applied", (_n, bad) => {
    const r = applyEdits(text, [bad, name]);
    expect(r.text).toBe("Hi. Child A rang 07700 900871. Bye.");
    expect(r.skipped).toEqual([{ edit: bad, reason: "its position is outside the text" }]);
  });

  test("an edit that would split an emoji in two is skipped", () => {
    const t = "a😀b";
    const r = applyEdits(t, [edit(2, 3, "x")]);
    expect(r.text).toBe(t);
    expect(r.skipped[0].reason).toBe("it would split a character in two");
    expect(applyEdits(t, [edit(1, 3, "x")]).text).toBe("axb");
  });

  test("an insertion where another edit starts goes before it", () => {
    expect(applyEdits("abcdef", [edit(2, 4, "X"), edit(2, 2, "[")]).text).toBe("ab[Xef");
    expect(applyEdits("abcdef", [edit(2, 2, "")]).skipped[0].reason).toBe("it changes nothing");
  });

  test("no edits give the text back unchanged", () => {
    expect(applyEdits(text, [])).toEqual({ text, applied: [], skipped: [] });
    expect(applyEdits("", [])).toEqual({ text: "", applied: [], skipped: [] });
  });

  test("edits at the very start and end", () => {
    expect(applyEdits("Tyler", [edit(0, 5, "Child A")]).text).toBe("Child A");
    expect(applyEdits("ab", [edit(0, 1, "X"), edit(1, 2, "Y")]).text).toBe("XY");
  });
});
