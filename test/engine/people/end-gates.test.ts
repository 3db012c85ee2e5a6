// The people stage's end-anchored context patterns are run only when the word they end on (or hold) is there
// (src/engine/people/end-gates.ts). A gate must never say no where the pattern says yes: checked here against the
// patterns themselves on generated texts, and on the folding the i and u flags do ("ſ", the Kelvin sign).
// Invented sentences; every name is fictional.
import { RUNS, foldRun, lastWordOf } from "../../../src/engine/people/end-gates";
import { ADULT_ROLES, CHILD_KINSHIP, KIN_ALT, ROLE_ALT } from "../../../src/engine/people/name-lexicon";
import type { CaseProfile } from "../../../src/engine/types";
import { roleOf } from "./helpers";

describe("the words the gates read", () => {
  test("the role and kin entries are ASCII letters, spaces, hyphens and apostrophes (a run of [a-z] holds their words)", () => {
    for (const e of [...ADULT_ROLES, ...CHILD_KINSHIP]) expect([e, /^[a-z' -]+$/i.test(e)]).toEqual([e, true]);
  });
  test("an entry's last word, whole or as the start of a run", () => {
    const last = lastWordOf(["foster carer", "step-mother", "mother's partner"]);
    expect(["carer", "Mother", "PARTNER"].every((w) => last.test(w))).toBe(true);
    expect(last.test("carers")).toBe(false);
    expect(lastWordOf(["foster carer"], true).test("carers")).toBe(true);
  });
  test("folded as /iu folds: the long s and the Kelvin sign are s and k", () => {
    expect(foldRun("Siſter")).toBe("sister");
    expect(foldRun("\u212Aid")).toBe("kid");
    expect(lastWordOf(["sister"]).test("Siſter")).toBe(true);
    expect("x Siſter, \u212Aid".match(RUNS)).toEqual(["x", "Siſter", "\u212Aid"]);
  });
});

// Texts before a name, built from the lexicon's own words and the shapes the patterns allow around them.
function* leftTexts(words: readonly string[]): Generator<string> {
  const fronts = ["", "Later ", "spoke to her ", "x", "re-", "(", "\n", "Mr. "];
  const backs = ["", " ", ", ", " : ", "(", "  ,\t", "s ", "s, called ", " from school who she likes, ", "'", " is ", "x "];
  for (const w of words)
    for (const f of fronts)
      for (const b of backs) {
        yield f + w + b;
        yield f + w.toUpperCase() + b;
        yield f + w.replace(/s/g, "ſ") + b;
        yield f + w.replace(/ /g, "-") + b;
      }
}

describe("a gate never says no where its pattern says yes", () => {
  test("a role word at the end (ROLE_LEFT's shape)", () => {
    const roleLeft = new RegExp(`(?:^|[^\\p{L}])(${ROLE_ALT}|sw|fc|pa|iro|hv|gp|ta)\\s*[,:(]?\\s*$`, "iu");
    const last = lastWordOf([...ADULT_ROLES, "sw", "fc", "pa", "iro", "hv", "gp", "ta"]);
    const gate = (left: string) => {
      const m = /([a-z]+)\s*[,:(]?\s*$/iu.exec(left);
      return !!m && last.test(m[1]);
    };
    let matched = 0;
    for (const left of leftTexts([...ADULT_ROLES].slice(0, 60))) {
      if (!roleLeft.test(left)) continue;
      matched++;
      expect([left, gate(left)]).toEqual([left, true]);
    }
    expect(matched).toBeGreaterThan(1000);
  });
  test("a kin word anywhere (KIN_LEFT holds one)", () => {
    const kin = new RegExp(`(?:^|[^\\p{L}])(${KIN_ALT})`, "iu");
    const heads = lastWordOf(CHILD_KINSHIP, true);
    const gate = (left: string) => !!left.match(RUNS)?.some((run) => heads.test(run));
    let matched = 0;
    for (const left of leftTexts([...CHILD_KINSHIP])) {
      if (!kin.test(left)) continue;
      matched++;
      expect([left, gate(left)]).toEqual([left, true]);
    }
    expect(matched).toBeGreaterThan(1000);
    expect(gate("We met at the library on Tuesday, ")).toBe(false);
  });
});

describe("what the gated patterns find is unchanged", () => {
  const subject: CaseProfile = { subject: { name: "Wren Callow", pronouns: "she/her" } };
  test.each([
    ["a role before the name, then a comma", "Wren saw her social worker, Odile Brasher, on Monday.", "Odile Brasher", "adult"],
    ["a role on a label line", "Allocated worker: Tamsin Reave\nWren is 8.", "Tamsin Reave", "adult"],
    ["a kin word with a place between", "Wren talked about her cousin from Leeds, Piran, who is 7.", "Piran", "other-child"],
    ["an age with no article", "Police spoke to 13-year-old Jory at the park; Wren was at home.", "Jory", "other-child"],
    ["a plural role word and a pair", "Wren lives with her foster carers, Ines and Bartholomew Lusk.", "Bartholomew Lusk", "adult"],
    ["a title kept apart by initials", "Ms R. Tregarthen, the school nurse, saw Wren.", "Tregarthen", "adult"],
  ])("%s", (_label, text, name, role) => {
    expect(roleOf(text, name, subject)).toBe(role);
  });
});
