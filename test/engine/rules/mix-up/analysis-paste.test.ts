import { analyse } from "../../../../src/engine";
import type { CaseProfile } from "../../../../src/engine";
import { parseAnnotated } from "../../../helpers/annotated";
import { marked } from "./marked";

const sam: CaseProfile = { subject: { name: "Sam Hollis", aliases: ["Sam"], pronouns: "he/him" }, otherChildren: ["Jude Hollis"] };
const poppy: CaseProfile = { subject: { name: "Poppy Vance", aliases: ["Poppy"], pronouns: "she/her" }, otherChildren: ["Ivy Vance", "Rex Vance"] };

describe("analysis pastes (a possible copy of a sibling's analysis)", () => {
  it("asks about a listed brother heading a clause in the analysis, and keeps him as another child", () => {
    const annotated =
      "{{sc|Sam}} (10) lives with his mum and his brother {{oc|Jude}} (7).\n\nAnalysis\n{{sc|Sam}} has coped with a lot of change this year. {{mix|Jude}} has been struggling to sleep since the move and often asks for Dad.\n";
    const { got, want } = marked(annotated, sam);
    expect(got).toBe(want);
    // The other-child finding stays beside the question: a real brother is never reported as less than another child.
    const { plain } = parseAnnotated(annotated);
    const at = plain.indexOf("Jude has been");
    const findings = analyse(plain, sam).findings.filter((f) => f.start === at);
    expect(findings.map((f) => `${f.category}/${f.ruleId}`).sort()).toEqual(["mix-up/analysis-paste", "other-child/other-child-name"]);
    const child = findings.find((f) => f.category === "other-child")!;
    const question = findings.find((f) => f.category === "mix-up")!;
    expect(question.data?.childId).toBe(child.data?.childId);
    expect(question.confidence).toBeLessThan(0.5);
  });

  it("reads a risk or summary heading the same way, once a record", () => {
    const { got, want } = marked(
      "{{sc|Poppy}} (13) lives with her dad and her sister {{oc|Ivy}} (9).\n\nSummary of risk\n{{sc|Poppy}} is doing well at school. {{mix|Ivy}}'s fear of the dark has got worse and she will not sleep without a light. {{oc|Ivy}}'s teacher has noticed it too.\n",
      poppy,
    );
    expect(got).toBe(want);
  });

  it("leaves a sibling named in a family role, beside another child, after a preposition or outside the analysis", () => {
    for (const annotated of [
      // A caring role.
      "{{sc|Poppy}} (13) lives with her dad and her sister {{oc|Ivy}} (16).\n\nAnalysis\n{{sc|Poppy}} is doing well. {{oc|Ivy}} has been looking after the house since Mum left, which is too much for her.\n",
      // Two children in one sentence.
      "{{sc|Poppy}} (13) lives with her dad, {{oc|Ivy}} (9) and {{oc|Rex}} (4).\n\nAnalysis\n{{sc|Poppy}} is doing well. {{oc|Ivy}} and {{oc|Rex}} have been unsettled by the move.\n",
      // After a preposition.
      "{{sc|Poppy}} (13) lives with her dad and {{oc|Ivy}} (9).\n\nAnalysis\n{{sc|Poppy}} worries about {{oc|Ivy}} when she is out.\n",
      // A section that is not an analysis.
      "{{sc|Poppy}} (13) lives with her dad and {{oc|Ivy}} (9).\n\nHousehold\n{{oc|Ivy}} has started at the nursery class this term.\n",
      // Not listed in the profile: nothing says the worker expected this child.
      "{{sc|Sam}} (10) lives with his mum.\n\nAnalysis\n{{sc|Sam}} is settled. {{oc|Kacper}} has been unkind to him at school, his teacher says.\n",
    ]) {
      const { got, want } = marked(annotated, annotated.includes("Poppy") ? poppy : { ...sam, otherChildren: [] });
      expect(got).toBe(want);
    }
  });

  it("asks nothing where the record already holds a paste", () => {
    const { got, want } = marked(
      "{{sc|Poppy}} (13) lives with her mum and her brother {{oc|Rex}} (4).\n\n{{mix|Rex}} was excited to see her dad at contact and showed him her new bike.\n\nAnalysis\n{{sc|Poppy}} is settled. {{oc|Rex}} has been struggling to sleep since the move.\n",
      poppy,
    );
    expect(got).toBe(want);
  });
});
