import { reviewReadability, LONG_SENTENCE_WORDS } from "../../../src/engine/quality/readability";
import { AMIR, ctxFor } from "./context";

const run = (text: string) => reviewReadability(ctxFor(text, AMIR));

describe("readability", () => {
  test("flags a sentence too long for a 12-year-old", () => {
    const long =
      "Following the strategy discussion that took place on Monday with the police and the school and the health visitor, it was agreed that the local authority would continue its enquiries while Amir remains with his grandmother for the time being.";
    const r = run(`Amir is ten. ${long}`);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatchObject({ checkId: "readability", text: long });
    expect(r.notes[0].message).toMatch(/has 4\d words/);
    expect(r.notes[0].suggestion).toMatch(/shorter sentences/);
  });

  test("flags a sentence full of long words", () => {
    const hard = "The intermittent disengagement necessitated a comprehensive multidisciplinary reconsideration of the arrangements.";
    const r = run(`Amir likes football and he plays every Saturday. ${hard}`);
    expect(r.notes.map((n) => n.text)).toEqual([hard]);
    expect(r.notes[0].message).toMatch(/'intermittent', 'disengagement', 'necessitated'/);
  });

  test("leaves plain, short sentences alone and gives an easy score", () => {
    const r = run("Amir likes football. He plays on Saturdays with his friends. His team won last week and he was very happy.");
    expect(r.notes).toEqual([]);
    expect(r.readability).toBeDefined();
    expect(r.readability!.fleschReadingEase).toBeGreaterThan(70);
    expect(r.readability!.readingAge).toBeLessThan(12);
  });

  test("a dense document gets a higher reading age than a plain one", () => {
    const plain = run("Amir likes his new school. He has made two friends. He walks there with his aunt every day.");
    const dense = run(
      "The local authority's assessment identified significant deficiencies in parental supervision. Consequently, the multidisciplinary professionals recommended immediate implementation of an intensive intervention.",
    );
    expect(dense.readability!.readingAge).toBeGreaterThan(plain.readability!.readingAge);
    expect(dense.readability!.fleschReadingEase).toBeLessThan(plain.readability!.fleschReadingEase);
  });

  test("headings, form fields and quotes are left out", () => {
    const r = run(`Child: Amir Khan\nDate: 03/05/2025\nHe said, "${"and then we went to the shop and ".repeat(3)}came home."`);
    expect(r.notes).toEqual([]);
    expect(r.readability).toBeUndefined();
  });

  test("the threshold is the documented one", () => {
    expect(LONG_SENTENCE_WORDS).toBe(25);
    const words = (n: number) => Array.from({ length: n }, () => "word").join(" ") + ".";
    expect(run(words(25)).notes).toEqual([]);
    expect(run(words(26)).notes).toHaveLength(1);
  });
});
