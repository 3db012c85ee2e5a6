import { analyse } from "../../../../src/engine";
import type { CaseProfile } from "../../../../src/engine";
import { annotate, expectedFor, parseAnnotated } from "../../../helpers/annotated";

const profile = (name: string, pronouns: string): CaseProfile => ({ subject: { name, aliases: [name.split(" ")[0]], pronouns } });

function marked(annotated: string, p: CaseProfile) {
  const { plain } = parseAnnotated(annotated);
  const found = analyse(plain, p).findings.filter((f) => f.category === "mix-up");
  return { got: annotate(plain, found, "mix"), want: expectedFor(annotated, "mix"), found };
}

describe("pronoun-mismatch", () => {
  const cases: Array<[string, string, CaseProfile]> = [
    ["wrong pronoun right after the subject", "{{sc|Ella}} was seen at A&E with a scald to {{mix|his}} left arm.", profile("Ella Stone", "she/her")],
    ["wrong pronoun in the next sentence", "{{sc|Leyla}} is being exploited. {{mix|His}} relationship with Mum is strained.", profile("Leyla Yilmaz", "she/her")],
    ["they/them subject", "{{sc|River}} went up to their room and {{mix|she}} stayed there all evening.", profile("River Nowak", "they/them")],
    ["a chain of wrong pronouns", "{{sc|Jordan}} is excited. {{mix|He}} wants to stay near college, where {{mix|he}} is doing a course.", profile("Jordan Whitlock", "they/them")],
    ["pronoun about another person named nearer", "{{sc|Ivy}} was settled. Mr {{ad|Doyle}} said he would come to family time.", profile("Ivy Thompson", "she/her")],
    ["pronoun about a parent written as a role", "{{sc|Aarav}} was quiet. Mum said she was worried about his sleep.", profile("Aarav Mehta", "he/him")],
    ["object pronoun in the subject's own clause", "{{sc|Grace}} sees him every month.", profile("Grace Mwangi", "she/her")],
    ["inside the child's own words", "{{sc|Sky}} said, \"He keeps texting me.\"", profile("Sky Pennington", "they/them")],
    ["generic he or she", "Each child should know who his or her social worker is. {{sc|Tom}} does.", profile("Tom Reed", "he/him")],
    ["matching pronouns", "{{sc|Hope}} told me she likes her school.", profile("Hope Mensah", "she/her")],
  ];
  it.each(cases)("%s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it("suggests the subject's own pronoun", () => {
    const { found } = marked("{{sc|Ella}} hurt {{mix|his}} arm.", profile("Ella Stone", "she/her"));
    expect(found[0].suggestions).toEqual(["her"]);
  });

  it("does nothing without pronouns in the profile", () => {
    expect(analyse("Ella hurt his arm.", { subject: { name: "Ella Stone" } }).findings.filter((f) => f.category === "mix-up")).toEqual([]);
  });
});
