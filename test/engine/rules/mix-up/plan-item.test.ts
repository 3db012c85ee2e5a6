// Plan items: a brother or sister may have their own part in a family plan, so a sibling who opens an item is
// a paste only when the item's business (a phrase the record used of the subject, and never of that child,
// before or beside the plan) was the subject's. Invented examples in several kinds of record.
import type { CaseProfile } from "../../../../src/engine";
import { marked } from "./marked";

const leah: CaseProfile = { subject: { name: "Leah Moss", aliases: ["Leah"], pronouns: "she/her" } };
const owen: CaseProfile = { subject: { name: "Owen Price", aliases: ["Owen"], pronouns: "he/him" } };

describe("plan items written for the subject under a sibling's name", () => {
  it.each([
    [
      "a school nurse's note",
      leah,
      "{{sc|Leah}} came to the lunchtime drop-in on her own. She does not want her sister {{oc|Poppy}} (11) to know.\n\nActions\n1. Discussed with the DSL, who will make a referral today.\n2. {{mix|Poppy}} to come back to the drop-in on Friday.",
    ],
    [
      "a youth justice report's contract",
      owen,
      "{{sc|Owen}} was interviewed twice at the youth offending office with his case manager. His brother {{oc|Callum}} (17) was not involved in the offence.\n\n7. Proposed contract\n- {{mix|Callum}} will meet his case manager weekly and attend the victim awareness sessions.",
    ],
    [
      "a leaving-care plan, the name opening a second clause",
      leah,
      "{{sc|Leah}} has asked for supported lodgings near college. Her brother {{oc|Kyle}} (14) lives with foster carers.\n\nPlan\n- Referral made to the supported lodgings scheme; {{mix|Kyle}} to move in once a host is matched.",
    ],
  ])("flags a sibling opening an item whose business was the subject's: %s", (_label, p, annotated) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  it.each([
    [
      "a sibling's own business in a family plan",
      owen,
      "{{sc|Owen}} sees his case manager weekly. His sister {{oc|Mia}} (9) has asthma and missed her inhaler review.\n\nPlan\n- {{oc|Mia}} to have her inhaler review at the GP by Friday.",
    ],
    [
      "business the record gave both children",
      leah,
      "{{sc|Leah}} goes to young carers on Tuesdays. Her brother {{oc|Kyle}} (12) goes to young carers too.\n\nNext steps\n- {{oc|Kyle}} to keep going to young carers every week.",
    ],
    [
      "only ordinary words shared",
      leah,
      "{{sc|Leah}} wants to stay with Nan at weekends. Her sister {{oc|Poppy}} (8) is at home with Mum.\n\nActions\n- {{oc|Poppy}} to stay at home with Mum and Dean.",
    ],
    [
      "an item that names the subject first",
      owen,
      "{{sc|Owen}} was interviewed at the youth offending office. His brother {{oc|Callum}} (17) was there too.\n\nPlan\n- {{sc|Owen}} to see the nurse; {{oc|Callum}} to go back to the youth offending office on Monday.",
    ],
  ])("leaves alone: %s", (_label, p, annotated) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});
