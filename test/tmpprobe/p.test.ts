import { analyse } from "../../src/engine";
it("probe", () => {
  const texts = [
    "A case concerning two primary school aged children, a boy (A) and a girl (B) came before the District Court for review following the breakdown of their placement. The social worker said there had been inter-sibling contact.",
    "The judge noted the foster placement was going well and sibling contact was weekly.",
    "6. Key Issues Identified • Professionals missed a",
  ];
  for (const t of texts) for (const kind of ["court-report", "assessment"] as const) {
    const r = analyse(t, { subject: { name: "Kayla Brown", pronouns: "she/her" } }, { kind });
    console.log(kind, JSON.stringify(r.findings.map((f) => [f.category, f.ruleId, t.slice(f.start, f.end)])));
  }
});
