import { reviewChronology } from "../../../src/engine/quality/chronology-order";
import { AMIR, ctxFor } from "./context";

const run = (text: string) => reviewChronology(ctxFor(text, AMIR));

describe("chronology order", () => {
  test("flags the one entry out of date order", () => {
    const text = [
      "Chronology",
      "02/01/2024: Referral from school.",
      "15/01/2024: Strategy discussion.",
      "03/12/2023: Police called to the home.",
      "20/01/2024: ICPC held.",
      "04/03/2024: Review.",
    ].join("\n");
    const notes = run(text);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ checkId: "chronology-order", text: "03/12/2023: Police called to the home." });
    expect(notes[0].message).toMatch(/out of date order: it comes after an entry dated 15\/01\/2024/);
  });

  test("accepts entries in order, with written dates and bullets", () => {
    const text = "- 3 March 2024 – Home visit.\n- 10 March 2024 – School meeting.\n- 2 April 2024 – Review.\n- 2 April 2024 – Letter sent.";
    expect(run(text)).toEqual([]);
  });

  test("accepts a newest-first chronology and flags the entry that breaks it", () => {
    const text = "10/05/2024 Review.\n01/05/2024 Visit.\n20/05/2024 Call.\n12/04/2024 Referral.\n01/04/2024 Birth of sibling.";
    const notes = run(text);
    expect(notes.map((n) => n.text)).toEqual(["20/05/2024 Call."]);
    expect(notes[0].suggestion).toMatch(/newest to oldest/);
  });

  test("flags an entry recorded long after the event", () => {
    const text = "01/02/2024: Visit. Recorded on 20/02/2024.\n05/02/2024: Call. Recorded on 06/02/2024.\n09/02/2024: Review.";
    const notes = run(text);
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toMatch(/recorded 19 days after the event/);
  });

  test("reads a 'Date recorded' column", () => {
    const text = "Date | Date recorded | Event\n01/02/2024 | 02/02/2024 | Visit\n05/02/2024 | 28/02/2024 | Call\n09/02/2024 | 09/02/2024 | Review";
    const notes = run(text);
    expect(notes).toHaveLength(1);
    expect(notes[0].text).toMatch(/^05\/02\/2024/);
  });

  test("fewer than three dated lines is not a chronology", () => {
    expect(run("12/10/2024: Visit.\n01/01/2023: Referral.")).toEqual([]);
  });

  test("ignores impossible dates", () => {
    expect(run("45/13/2024: x\n01/01/2024: a\n02/01/2024: b\n03/01/2024: c")).toEqual([]);
  });
});
