import { annotate, expectedFor, parseAnnotated } from "./annotated";

describe("annotated test helper", () => {
  it("round-trips spans written in corpus form", () => {
    const src = "Her brother {{oc|Tyler}} (7) said {{sc|Amelia}} was {{jud|attention seeking}}.";
    const { plain, spans } = parseAnnotated(src);
    expect(plain).toBe("Her brother Tyler (7) said Amelia was attention seeking.");
    expect(spans.map((s) => plain.slice(s.start, s.end))).toEqual(["Tyler", "Amelia", "attention seeking"]);
    const oc = spans.filter((s) => s.tag === "oc");
    expect(annotate(plain, oc, "oc")).toBe(expectedFor(src, "oc"));
  });

  it("rejects unknown tags", () => {
    expect(() => parseAnnotated("{{zz|x}}")).toThrow(/bad markup/);
  });
});
