import type { CaseProfile } from "../../../../src/engine";
import { marked } from "./marked";

const leo: CaseProfile = { subject: { name: "Leo Marsh", aliases: ["Leo"], pronouns: "he/him" } };
const nia: CaseProfile = { subject: { name: "Nia Okoro", aliases: ["Nia"], pronouns: "she/her" } };

describe("aspect-section pastes", () => {
  it("flags another child's name opening a section headed by one part of the subject's life", () => {
    const { got, want } = marked(
      "Review of {{sc|Leo}}'s placement.\n\nHome\n{{sc|Leo}} gets on well with his carers. He sees his friend Mason at the park most weekends.\n\n2. Education\n{{mix|Mason}} has settled into Year 4 and his teacher says he reads well.\n\n3. Contact\n{{sc|Leo}} sees Mum on Saturdays.\n",
      leo,
    );
    expect(got).toBe(want);
  });

  it("reads a form field about the subject in an 'about me' block", () => {
    const { got, want } = marked(
      "ABOUT ME\nName: {{sc|Nia Okoro}}\nAge: 14\nAppearance: tall, braids, red coat.\nMedical: {{mix|Keira}} has type 1 diabetes and carries insulin in her bag.\n\nPEOPLE I SEE\nKeira Dunn, 14, friend from school.\n",
      nia,
    );
    expect(got).toBe(want);
  });

  it("reads headings with an owner word or several aspects ('My health', 'Education/school')", () => {
    const { got, want } = marked(
      "All about {{sc|Leo}}\nName: {{sc|Leo Marsh}}\n\nMy health\n{{mix|Oscar}} has a peanut allergy and carries an EpiPen.\n\nEducation/school\n{{mix|Oscar}} is in Year 6 at Hill Primary.\n\nMy friends\nOscar and Sam from football.\n",
      leo,
    );
    expect(got).toBe(want);
  });

  it("reads a label opening the section as part of it", () => {
    const { got, want } = marked(
      "{{sc|Nia}} has lived with her aunt since May. Her school friend Ruby (13) stays most weekends.\n\nHealth\nFrom the GP letter: {{mix|Ruby}} is up to date with her immunisations and her asthma is controlled.\n\nNext steps\nReview in March.\n",
      nia,
    );
    expect(got).toBe(want);
  });

  it("leaves a family discussed child by child alone", () => {
    const { got, want } = marked(
      "{{sc|Leo}} (6) lives with Mum and his sister Ella (9).\n\nHealth\n{{sc|Leo}} has eczema. Ella is well.\n\nEducation\nElla is in Year 5 and {{sc|Leo}} is in Year 2.\n",
      leo,
    );
    expect(got).toBe(want);
  });

  it("leaves a child with a heading of their own alone", () => {
    const { got, want } = marked(
      "1. {{sc|Leo}}\n{{sc|Leo}} is 7 and doing well.\n\n2. Ella\nElla is 9.\n\nHealth\nElla has asthma and uses an inhaler at school.\n",
      leo,
    );
    expect(got).toBe(want);
  });

  it("leaves a section headed by other people alone", () => {
    const { got, want } = marked(
      "{{sc|Leo}} lives with his grandparents.\n\nSiblings and friends\nMason has moved to Leeds and Leo misses him.\n",
      leo,
    );
    expect(got).toBe(want);
  });

  it("leaves a child introduced in the section's first words alone", () => {
    const { got, want } = marked(
      "{{sc|Nia}} lives with her mother.\n\nHealth\nHer brother Sam has autism and needs a quiet house. {{sc|Nia}} is well.\n",
      nia,
    );
    expect(got).toBe(want);
  });

  it("does not take the colon of a time for a label naming the subject", () => {
    const { got, want } = marked(
      "{{sc|Nia}} and her sister Lily are with carers tonight.\n\nFor the day team\n1. Arrange transport for {{sc|Nia}} (school, 8:45) and for her sister.\n2. Check Lily's arrangement with the carers.\n3. Tell school that {{sc|Nia}} is safe.\n",
      nia,
    );
    expect(got).toBe(want);
  });

  // Agencies' reports set out as labels ("School:", "Health:", "Police:"): a label beside labels that are not parts
  // of a child's life names who reported, so a sibling's health there is the sibling's. Control: an "about me" block.
  it("leaves an agency's label among agencies alone", () => {
    const { got, want } = marked(
      "Conference for {{sc|Leo}}. His sister Ruby (2) lives at home.\n\n4. Information from agencies\nSchool: {{sc|Leo}}'s attendance is 88%.\nHealth: Ruby's immunisations are up to date.\nPolice: two call-outs since June.\n",
      leo,
    );
    expect(got).toBe(want);
  });

  it("control: a paste among labels that are all parts of the subject's life is still flagged", () => {
    const { got, want } = marked(
      "About {{sc|Leo}}. His friend Ruby (9) stays most weekends.\n\nSchool: {{sc|Leo}} is in Year 4.\nHealth: {{mix|Ruby}} is up to date with {{mix|her}} immunisations.\nHobbies: football and drawing.\n",
      leo,
    );
    expect(got).toBe(want);
  });
});
