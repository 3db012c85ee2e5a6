import { isPseudonym, labelLetters, PseudonymRegistry } from "../../src/redact";

test.each([
  [0, "A"],
  [1, "B"],
  [25, "Z"],
  [26, "AA"],
  [27, "AB"],
  [701, "ZZ"],
  [702, "AAA"],
])("labelLetters(%d) = %s", (n, s) => expect(labelLetters(n)).toBe(s));

test.each([
  ["Child A", true],
  ["Child AB", true],
  ["Child a", false],
  ["Childhood", false],
  ["Tyler", false],
])("isPseudonym(%j) = %s", (s, yes) => expect(isPseudonym(s)).toBe(yes));

describe("PseudonymRegistry", () => {
  test("labels by name, case and spacing aside", () => {
    const r = new PseudonymRegistry();
    expect(r.labelFor(["Tyler  Hughes"])).toBe("Child A");
    expect(r.labelFor(["tyler hughes"])).toBe("Child A");
    expect(r.labelFor(["Kacper"])).toBe("Child B");
  });

  test("a first name matches an earlier full name only when one child has it", () => {
    const r = new PseudonymRegistry();
    r.labelFor(["Tyler Hughes"]);
    r.labelFor(["Tyler Reid"]);
    r.labelFor(["Callum Reid"]);
    expect(r.labelFor(["Callum"])).toBe("Child C");
    expect(r.labelFor(["Tyler"])).toBe("Child D");
  });

  test("labels already used in a map or in the text are not handed out again", () => {
    const r = new PseudonymRegistry(new Map([["tyler", "Child A"]]));
    r.reserveLabelsIn("Child B was seen; Child D too.");
    expect(r.labelFor(["Callum"])).toBe("Child C");
    expect(r.labelFor(["Hope"])).toBe("Child E");
    expect(r.map.get("hope")).toBe("Child E");
  });

  test("a different prefix", () => {
    const r = new PseudonymRegistry(new Map(), "Sibling");
    r.reserveLabelsIn("Sibling A");
    expect(r.labelFor(["x"])).toBe("Sibling B");
  });
});

test('a new label never spells a name being labelled or already known ("Person AB" for a person called AB)', () => {
  const r = new PseudonymRegistry(new Map(), "Person");
  for (let i = 0; i < 27; i++) r.labelFor([`Zennor${String.fromCharCode(97 + (i % 26))}${i}`]);
  expect(r.labelFor(["AB"])).not.toBe("Person AB");
  const known = new PseudonymRegistry(new Map([["ac", "Person Z"]]), "Person");
  for (let i = 0; i < 27; i++) known.labelFor([`Orla${i}`]);
  expect(known.labelFor(["Quinn"])).not.toBe("Person AC");
});
