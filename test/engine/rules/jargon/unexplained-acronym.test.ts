import { analyse } from "../../../../src/engine/pipeline";
import { runRule, type Case } from "./helpers";

const flag: Case[] = [
  { text: "{{jar|ICPC}} was on Tuesday. Outcome was a {{jar|CP}} plan." },
  { text: "Recorded by: Sam Whitfield, {{jar|SW}}\n{{jar|SW}} to visit on Friday." },
  { text: "{{jar|Strat}} held. Outcome: {{jar|S47}} enquiry, single agency." },
  { text: "{{jar|DV}} incident at the family home.", kind: "chronology" },
  { text: "All three children remain subject to {{jar|ICOs}}.", kind: "email" },
  { text: "Her {{jar|PEP}} records that she reads well.", kind: "court-report" },
  { text: "The {{jar|EWO}} visited on Monday." },
  { text: "Kayla's {{jar|mat gran}} rang." },
];

const pass: Case[] = [
  { text: "A Child Protection (CP) plan was agreed. The CP plan will be reviewed." },
  { text: "CAMHS (Child and Adolescent Mental Health Services) will see her. CAMHS said yes." },
  { text: "PC Jones attended. Her NHS number and GP are recorded. The UK Border Agency was told." },
  { text: "IN THE MATTER OF THE CHILDREN ACT 1989\nSTATUTORY VISIT RECORD" },
  { text: "Mr JR Hughes rang. Reference NP/25/004417. Her NI number is QQ 12 34 56 C." },
  { text: "She was SCARED and did NOT want to go home." },
  { text: "The sw corner of the garden; the cp and la letters." },
  { text: "Kayla said, \"My SW never listens.\"" },
  { text: "Chapter II and part IV of the plan." },
  { text: "Dad (DOB 01/02/1980) rang. RE: the meeting" },
];

describe("unexplained-acronym", () => {
  test.each(flag)("flags: $text", (c) => {
    const { got, want } = runRule("unexplained-acronym", "jar", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jar|");
  });
  test.each(pass)("passes: $text", (c) => {
    const { got, want } = runRule("unexplained-acronym", "jar", c);
    expect(got).toBe(want);
  });

  test("a known acronym's finding carries the expansion, note and source", () => {
    const f = analyse("Outcome: CP plan.", { subject: { name: "Kayla Brown" } }).findings.find((x) => x.ruleId === "unexplained-acronym");
    expect(f?.message).toContain("child protection");
    expect(f?.note).toBeTruthy();
    expect(f?.source).toMatch(/http/);
  });

  test("an organisation can allow an acronym", () => {
    const r = analyse("The EWO visited.", { subject: { name: "Kayla Brown" } }, { allow: ["EWO"] });
    expect(r.findings.filter((f) => f.ruleId === "unexplained-acronym")).toHaveLength(0);
  });

  test("never throws on odd input", () => {
    for (const t of ["", "(", "((ABC", "A".repeat(100000), "\u202e\u0635\u0644 CP \ud83d\ude00", "X (\n", "\r\nCP\r\n"]) {
      expect(() => analyse(t, { subject: { name: "" } })).not.toThrow();
    }
  });
});
