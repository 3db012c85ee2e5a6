import type { CaseProfile } from "../../../../src/engine";
import { createContext } from "../../../../src/engine/pipeline";
import { staticReferents } from "../../../../src/engine/rules/mix-up/referents";
import { marked } from "./marked";

const profile = (name: string, pronouns: string): CaseProfile => ({ subject: { name, aliases: [name.split(" ")[0]], pronouns } });

const initials = (text: string, p: CaseProfile) =>
  staticReferents(createContext(text, p))
    .filter((r) => r.key?.startsWith("initials:"))
    .map((r) => `${text.slice(r.start, r.end)}:${r.gender ?? "?"}`);

describe("referents: people known by their initials", () => {
  const grace = profile("Grace Lee", "she/her");

  it("takes initials on an attendance line, with a bracketed role, or after a name for people", () => {
    expect(initials("Present: JT, PM\n\nJT said all is well.", grace)).toEqual(["JT:?", "PM:?", "JT:?"]);
    expect(initials("KB (school nurse) saw Grace. KB said so.", grace)).toEqual(["KB:?", "KB:?"]);
    expect(initials("DM (father) attended. DM said little.", grace)).toEqual(["DM:m", "DM:m"]);
  });

  it("does not take an acronym spelt out in brackets, or the subject's own initials, for someone else", () => {
    expect(initials("Her PEP (personal education plan) is due. The PEP is late.", grace)).toEqual([]);
    expect(initials("Present: GL (child), JT (school)\nGL said she is fine.", grace)).toEqual(["JT:?"]);
  });

  const cases: Array<[string, string, CaseProfile]> = [
    [
      "a he for a professional named by initials in minutes",
      "Present: JT (school), PM (health visitor)\n\nJT said {{sc|Grace}}'s attendance is 95% and he has no concerns. PM said he saw the baby last week.",
      grace,
    ],
    [
      "the subject named after the initials, not as an owner, still takes the wrong pronoun",
      "Present: JT (school), PM (health visitor)\n\nJT said {{sc|Grace}} has settled well and {{mix|he}} is enjoying school.",
      grace,
    ],
    ["a letter pair that nobody defined stays a word", "{{sc|Grace}} is well. OK, {{mix|he}} is settled.", grace],
  ];
  it.each(cases)("%s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});

describe("referents: a job title without 'the' in shorthand notes", () => {
  const ben = profile("Ben Hollis", "he/him");
  const cases: Array<[string, string, CaseProfile]> = [
    ["a title followed by a verb of reporting is the one who reports", "{{sc|Ben}} (12) seen with a cough. GP noted she had no concerns about his weight.", ben],
    ["so in a chronology row", "11/10/2026 School. SENCO said she will apply for an EHCP for {{sc|Ben}}.", ben],
    ["a title as a row's label, with no verb after it, is no one", "GP\t{{sc|Ben}} (12) seen with a cough. {{mix|She}} was given antibiotics.", ben],
    ["a title before a noun names a service, not a person", "{{sc|Ben}} (12) had a GP appointment. {{mix|She}} was given antibiotics.", ben],
  ];
  it.each(cases)("%s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});
